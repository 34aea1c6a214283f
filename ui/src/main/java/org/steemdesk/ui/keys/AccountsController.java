package org.steemdesk.ui.keys;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.steemdesk.app.keys.StoredKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.i18n.Messages;
import org.steemdesk.keystore.login.AccountKeys;
import org.steemdesk.keystore.login.RoleMatch;
import org.steemdesk.ui.ActionMessage;
import org.steemdesk.ui.session.VaultSession;
import org.steemdesk.ui.session.VaultSession.State;

/**
 * The stored keys, each compared with the account's keys on chain (checked again when the list changes or on
 * request); a key is revealed only after the vault password, and an account's keys are removed only after a
 * confirmation. The selected account's master password can be changed (the page's sheet). Shown while a vault
 * exists.
 */
public final class AccountsController {
    private final VaultSession session;
    private final Messages messages;
    private final VaultTask task;
    private final ObservableList<KeyRow> rows = FXCollections.observableArrayList();
    /** Set while a reveal or removal runs; those buttons are also disabled without a selected row. */
    private final BooleanProperty rowActionRunning = new SimpleBooleanProperty(this, "rowActionRunning");
    private final InvalidationListener stateShown = obs -> showState();
    private final InvalidationListener entriesShown = obs -> showEntries();
    private ActionMessage message;
    private Consumer<AccountName> changePassword = account -> { };

    @FXML private VBox accountsSection;
    @FXML private TableView<KeyRow> keysTable;
    @FXML private TableColumn<KeyRow, String> accountColumn;
    @FXML private TableColumn<KeyRow, String> roleColumn;
    @FXML private TableColumn<KeyRow, String> publicKeyColumn;
    @FXML private TableColumn<KeyRow, ChainMatch> chainColumn;
    @FXML private Button recheck;
    @FXML private ProgressIndicator recheckBusy;
    @FXML private Button revealKey;
    @FXML private Button removeAccount;
    @FXML private Button rotateAccount;
    @FXML private Label accountsMessage;

    public AccountsController(VaultSession session, Messages messages, VaultTask task) {
        this.session = session;
        this.messages = messages;
        this.task = task;
    }

    @FXML
    private void initialize() {
        message = new ActionMessage(accountsMessage);
        accountsMessage.managedProperty().bind(accountsMessage.textProperty().isNotEmpty());
        accountsSection.managedProperty().bind(accountsSection.visibleProperty());
        setUpTable();
        recheck.setOnAction(e -> recheck());
        revealKey.setOnAction(e -> reveal());
        removeAccount.setOnAction(e -> remove());
        rotateAccount.setOnAction(e -> changePassword.accept(
                keysTable.getSelectionModel().getSelectedItem().account()));
        var noRow = keysTable.getSelectionModel().selectedItemProperty().isNull();
        revealKey.disableProperty().bind(noRow.or(rowActionRunning));
        removeAccount.disableProperty().bind(noRow.or(rowActionRunning));
        rotateAccount.disableProperty().bind(noRow.or(rowActionRunning));
        // Observed weakly: a view replaced by a language switch must not be kept alive (or updated) by the session.
        session.stateProperty().addListener(new WeakInvalidationListener(stateShown));
        session.entries().addListener(new WeakInvalidationListener(entriesShown));
        showState();
        showEntries();
    }

    /** What "change master password" does with the selected row's account (the page opens its sheet). */
    void onChangePassword(Consumer<AccountName> action) {
        changePassword = Objects.requireNonNull(action, "action");
    }

    /** Focuses the keys table when it has keys to show; says whether it did. */
    boolean focusTable() {
        if (!accountsSection.isVisible() || rows.isEmpty()) {
            return false;
        }
        keysTable.requestFocus();
        return true;
    }

    private void setUpTable() {
        keysTable.setItems(rows);
        accountColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                messages.get("account.handle", c.getValue().account().value())));
        roleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(task.errors().role(c.getValue().role())));
        publicKeyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().publicKey().toString()));
        chainColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().chain()));
        chainColumn.setCellFactory(column -> new ChainCell());
        keysTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private String chainText(ChainMatch match) {
        return switch (match) {
            case UNCHECKED -> messages.get("keys.chain.unchecked");
            case MATCHES -> messages.get("keys.chain.matches");
            case DIFFERS -> messages.get("keys.chain.differs");
            case UNKNOWN -> messages.get("keys.chain.unknown");
        };
    }

    private void showState() {
        accountsSection.setVisible(session.stateProperty().get() != State.ABSENT);
    }

    private void showEntries() {
        List<KeyRow> fresh = session.entries().stream()
                .map(e -> new KeyRow(e.account(), e.role(), e.publicKey(), previousMatch(e)))
                .toList();
        rows.setAll(fresh);
        if (fresh.stream().anyMatch(r -> r.chain() == ChainMatch.UNCHECKED)) {
            recheck();
        }
    }

    /** Keeps a row's last comparison while its key is unchanged, so re-listing does not ask the chain again. */
    private ChainMatch previousMatch(StoredKey entry) {
        return rows.stream().filter(r -> r.account().equals(entry.account()) && r.role() == entry.role()
                && r.publicKey().equals(entry.publicKey())).map(KeyRow::chain).findFirst()
                .orElse(ChainMatch.UNCHECKED);
    }

    private void recheck() {
        List<AccountName> names = session.accountNames();
        if (names.isEmpty()) {
            return;
        }
        recheckBusy.setVisible(true);
        message.clear();
        session.chainKeys(names).whenCompleteAsync((keys, failure) -> {
            recheckBusy.setVisible(false);
            if (failure != null) {
                rows.replaceAll(r -> r.withChain(ChainMatch.UNKNOWN));
                message.error(task.errors().describe(failure));
            } else {
                rows.replaceAll(r -> r.withChain(compare(r, keys)));
            }
        }, task.background().ui());
    }

    private static ChainMatch compare(KeyRow row, Map<AccountName, AccountKeys> onChain) {
        AccountKeys keys = onChain.get(row.account());
        if (keys == null) {
            return ChainMatch.UNKNOWN;
        }
        return keys.roleMatch(row.role(), row.publicKey()).filter(RoleMatch::unlocks).isPresent()
                ? ChainMatch.MATCHES : ChainMatch.DIFFERS;
    }

    private void remove() {
        KeyRow row = keysTable.getSelectionModel().getSelectedItem();
        var confirm = new Alert(Alert.AlertType.CONFIRMATION);
        confirm.initOwner(keysTable.getScene().getWindow());
        confirm.setTitle(messages.get("keys.remove.title"));
        confirm.setHeaderText(messages.get("keys.remove.confirm", row.account().value()));
        confirm.setContentText(messages.get("keys.remove.explain"));
        var removeButton = new ButtonType(messages.get("keys.remove.button"), ButtonType.OK.getButtonData());
        var cancel = new ButtonType(messages.get("dialog.cancel"), ButtonType.CANCEL.getButtonData());
        confirm.getButtonTypes().setAll(removeButton, cancel);
        if (confirm.showAndWait().filter(b -> b == removeButton).isPresent()) {
            task.track(session.remove(row.account()), recheckBusy, rowActionRunning, message,
                    count -> message.success(messages.get("keys.remove.done", row.account().value())));
        }
    }

    private void reveal() {
        KeyRow row = keysTable.getSelectionModel().getSelectedItem();
        String keyName = messages.get("keys.reveal.keyName", row.account().value(), task.errors().role(row.role()));
        var dialog = new RevealKeyDialog(messages, keysTable.getScene().getWindow());
        char[] password = dialog.askPassword(keyName);
        if (password == null) {
            return;
        }
        task.track(session.reveal(row.account(), row.role(), password), recheckBusy, rowActionRunning, message,
                wif -> dialog.show(keyName, wif));
    }

    /** The comparison with the chain in words, green when the key signs for its role, red when it no longer does. */
    private final class ChainCell extends TableCell<KeyRow, ChainMatch> {
        @Override
        protected void updateItem(ChainMatch match, boolean empty) {
            super.updateItem(match, empty);
            getStyleClass().removeAll("chain-matches", "chain-differs");
            setText(empty || match == null ? null : chainText(match));
            if (!empty && match == ChainMatch.MATCHES) {
                getStyleClass().add("chain-matches");
            } else if (!empty && match == ChainMatch.DIFFERS) {
                getStyleClass().add("chain-differs");
            }
        }
    }
}
