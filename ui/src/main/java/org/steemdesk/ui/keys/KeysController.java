package org.steemdesk.ui.keys;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.steemdesk.app.keys.StoredKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.i18n.Messages;
import org.steemdesk.keystore.login.AccountKeys;
import org.steemdesk.keystore.login.RoleMatch;
import org.steemdesk.ui.Background;
import org.steemdesk.ui.Preferences;
import org.steemdesk.ui.ErrorMessages;
import org.steemdesk.ui.keys.KeyRow.ChainMatch;
import org.steemdesk.ui.session.VaultSession;
import org.steemdesk.ui.session.VaultSession.State;

/**
 * The Keys screen: create, unlock and lock the vault, the auto-lock time, the stored keys compared with the chain,
 * adding an account by master password or private key, revealing and removing keys, changing the vault password.
 * All vault and network work goes through the {@link VaultSession}, off the FX thread.
 */
public final class KeysController {
    private static final List<Duration> AUTO_LOCK_CHOICES = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofMinutes(60));
    private static final String ERROR = "error";
    private static final String SUCCESS = "success";

    private final VaultSession session;
    private final Background background;
    private final Preferences preferences;
    private final Messages messages;
    private final ErrorMessages errors;
    private final ObservableList<KeyRow> rows = FXCollections.observableArrayList();
    /** Set while a reveal or removal runs; those buttons are also disabled without a selected row. */
    private final BooleanProperty rowActionRunning = new SimpleBooleanProperty(this, "rowActionRunning");
    private final InvalidationListener stateShown = obs -> showState();
    private final InvalidationListener entriesShown = obs -> showEntries();

    @FXML private VBox createSection;
    @FXML private PasswordField createPassword;
    @FXML private PasswordField createPasswordRepeat;
    @FXML private Button createVault;
    @FXML private ProgressIndicator createBusy;
    @FXML private Label createMessage;
    @FXML private VBox unlockSection;
    @FXML private PasswordField unlockPassword;
    @FXML private Button unlockVault;
    @FXML private ProgressIndicator unlockBusy;
    @FXML private Label unlockMessage;
    @FXML private VBox unlockedSection;
    @FXML private ComboBox<Duration> autoLock;
    @FXML private Button lockVault;
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
    @FXML private Label accountsMessage;
    @FXML private VBox addSection;
    @FXML private RadioButton byPassword;
    @FXML private RadioButton byWif;
    @FXML private TextField accountName;
    @FXML private Label masterPasswordLabel;
    @FXML private PasswordField masterPassword;
    @FXML private Label roleLabel;
    @FXML private ChoiceBox<KeyRole> wifRole;
    @FXML private Label wifLabel;
    @FXML private PasswordField wifKey;
    @FXML private CheckBox withOwner;
    @FXML private Label ownerWarning;
    @FXML private Button addAccount;
    @FXML private ProgressIndicator addBusy;
    @FXML private Label addMessage;
    @FXML private VBox passwordSection;
    @FXML private PasswordField currentPassword;
    @FXML private PasswordField newPassword;
    @FXML private PasswordField newPasswordRepeat;
    @FXML private Button changePassword;
    @FXML private ProgressIndicator passwordBusy;
    @FXML private Label passwordMessage;

    public KeysController(VaultSession session, Background background, Preferences preferences, Messages messages,
                          ErrorMessages errors) {
        this.session = Objects.requireNonNull(session, "session");
        this.background = Objects.requireNonNull(background, "background");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    @FXML
    private void initialize() {
        setUpTable();
        setUpAutoLock();
        wifRole.getItems().setAll(KeyRole.POSTING, KeyRole.ACTIVE, KeyRole.MEMO, KeyRole.OWNER);
        wifRole.setValue(KeyRole.POSTING);
        wifRole.setConverter(converter(errors::role));
        byWif.selectedProperty().addListener((obs, old, wif) -> showAddMode());
        withOwner.selectedProperty().addListener((obs, old, checked) -> show(ownerWarning, checked));
        show(ownerWarning, false);
        showAddMode();
        for (Label message : List.of(createMessage, unlockMessage, accountsMessage, addMessage, passwordMessage)) {
            message.managedProperty().bind(message.textProperty().isNotEmpty());
        }

        createVault.setOnAction(e -> create());
        unlockVault.setOnAction(e -> unlock());
        unlockPassword.setOnAction(e -> unlock());
        lockVault.setOnAction(e -> session.lock());
        recheck.setOnAction(e -> recheck());
        revealKey.setOnAction(e -> reveal());
        removeAccount.setOnAction(e -> remove());
        addAccount.setOnAction(e -> add());
        changePassword.setOnAction(e -> changePassword());
        var noRow = keysTable.getSelectionModel().selectedItemProperty().isNull();
        revealKey.disableProperty().bind(noRow.or(rowActionRunning));
        removeAccount.disableProperty().bind(noRow.or(rowActionRunning));

        // Observed weakly: a view replaced by a language switch must not be kept alive (or updated) by the session.
        session.stateProperty().addListener(new WeakInvalidationListener(stateShown));
        session.entries().addListener(new WeakInvalidationListener(entriesShown));
        showState();
        showEntries();
    }

    private void setUpTable() {
        keysTable.setItems(rows);
        accountColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                messages.get("account.handle", c.getValue().account().value())));
        roleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(errors.role(c.getValue().role())));
        publicKeyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().publicKey().toString()));
        chainColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().chain()));
        chainColumn.setCellFactory(column -> new TableCell<>() {
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
        });
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

    private void setUpAutoLock() {
        var choices = new ArrayList<>(AUTO_LOCK_CHOICES);
        Duration current = session.autoLockProperty().get();
        if (!choices.contains(current)) {
            choices.add(current);
            choices.sort(null);
        }
        autoLock.getItems().setAll(choices);
        autoLock.setConverter(converter(d -> messages.get("keys.autolock.minutes", d.toMinutes())));
        autoLock.setValue(current);
        autoLock.valueProperty().addListener((obs, old, idle) -> {
            if (idle != null && !idle.equals(session.autoLockProperty().get())) {
                session.autoLockProperty().set(idle);
                background.perform(() -> preferences.autoLock(idle));
            }
        });
    }

    private void showState() {
        State state = session.stateProperty().get();
        show(createSection, state == State.ABSENT);
        show(unlockSection, state == State.LOCKED);
        show(unlockedSection, state == State.UNLOCKED);
        show(accountsSection, state != State.ABSENT);
        show(addSection, state == State.UNLOCKED);
        show(passwordSection, state == State.UNLOCKED);
    }

    private void showAddMode() {
        boolean wif = byWif.isSelected();
        for (Node node : List.of(masterPasswordLabel, masterPassword, withOwner)) {
            show(node, !wif);
        }
        show(ownerWarning, !wif && withOwner.isSelected());
        for (Node node : List.of(roleLabel, wifRole, wifLabel, wifKey)) {
            show(node, wif);
        }
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

    private void create() {
        char[] password = createPassword.getText().toCharArray();
        char[] repeat = createPasswordRepeat.getText().toCharArray();
        boolean same = Arrays.equals(password, repeat);
        Arrays.fill(repeat, '\0');
        if (!same) {
            Arrays.fill(password, '\0');
            fail(createMessage, messages.get("keys.error.passwordsDiffer"));
            return;
        }
        track(session.create(password), createBusy, createVault, createMessage, done -> {
            createPassword.clear();
            createPasswordRepeat.clear();
        });
    }

    private void unlock() {
        track(session.unlock(unlockPassword.getText().toCharArray()), unlockBusy, unlockVault, unlockMessage,
                done -> unlockPassword.clear());
    }

    private void recheck() {
        List<AccountName> names = session.accountNames();
        if (names.isEmpty()) {
            return;
        }
        recheckBusy.setVisible(true);
        accountsMessage.setText(null);
        session.chainKeys(names).whenCompleteAsync((keys, failure) -> {
            recheckBusy.setVisible(false);
            if (failure != null) {
                rows.replaceAll(r -> r.withChain(ChainMatch.UNKNOWN));
                fail(accountsMessage, errors.describe(failure));
            } else {
                rows.replaceAll(r -> r.withChain(compare(r, keys)));
            }
        }, background.ui());
    }

    private static ChainMatch compare(KeyRow row, Map<AccountName, AccountKeys> onChain) {
        AccountKeys keys = onChain.get(row.account());
        if (keys == null) {
            return ChainMatch.UNKNOWN;
        }
        return keys.roleMatch(row.role(), row.publicKey()).filter(RoleMatch::unlocks).isPresent()
                ? ChainMatch.MATCHES : ChainMatch.DIFFERS;
    }

    private void add() {
        AccountName account;
        try {
            account = AccountName.of(accountName.getText().trim().replaceFirst("^@", ""));
        } catch (IllegalArgumentException e) {
            fail(addMessage, messages.get("keys.error.badAccountName"));
            return;
        }
        if (byWif.isSelected()) {
            KeyRole role = wifRole.getValue();
            track(session.addByWif(account, role, wifKey.getText().toCharArray()), addBusy, addAccount, addMessage,
                    stored -> {
                        wifKey.clear();
                        succeed(addMessage, messages.get("keys.add.storedWif", account.value(), errors.role(role)));
                    });
        } else {
            track(session.addByPassword(account, masterPassword.getText().toCharArray(), withOwner.isSelected()),
                    addBusy, addAccount, addMessage, stored -> {
                        masterPassword.clear();
                        withOwner.setSelected(false);
                        succeed(addMessage, messages.get("keys.add.storedPassword", account.value(), roles(stored)));
                    });
        }
    }

    private String roles(Set<KeyRole> roles) {
        return roles.stream().map(errors::role).collect(Collectors.joining(", "));
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
            track(session.remove(row.account()), recheckBusy, rowActionRunning, accountsMessage,
                    count -> succeed(accountsMessage, messages.get("keys.remove.done", row.account().value())));
        }
    }

    private void reveal() {
        KeyRow row = keysTable.getSelectionModel().getSelectedItem();
        String keyName = messages.get("keys.reveal.keyName", row.account().value(), errors.role(row.role()));
        var dialog = new RevealKeyDialog(messages, keysTable.getScene().getWindow());
        char[] password = dialog.askPassword(keyName);
        if (password == null) {
            return;
        }
        track(session.reveal(row.account(), row.role(), password), recheckBusy, rowActionRunning, accountsMessage,
                wif -> dialog.show(keyName, wif));
    }

    private void changePassword() {
        char[] fresh = newPassword.getText().toCharArray();
        char[] repeat = newPasswordRepeat.getText().toCharArray();
        boolean same = Arrays.equals(fresh, repeat);
        Arrays.fill(repeat, '\0');
        if (!same) {
            Arrays.fill(fresh, '\0');
            fail(passwordMessage, messages.get("keys.error.passwordsDiffer"));
            return;
        }
        track(session.changePassword(currentPassword.getText().toCharArray(), fresh), passwordBusy, changePassword,
                passwordMessage, done -> {
                    currentPassword.clear();
                    newPassword.clear();
                    newPasswordRepeat.clear();
                    succeed(passwordMessage, messages.get("keys.password.changed"));
                });
    }

    /** Shows progress while the work runs, then its result or its failure as a message in the user's language. */
    private <T> void track(CompletableFuture<T> work, ProgressIndicator busy, Button trigger, Label message,
                           Consumer<T> onSuccess) {
        track(work, busy, trigger.disableProperty(), message, onSuccess);
    }

    private <T> void track(CompletableFuture<T> work, ProgressIndicator busy, BooleanProperty running, Label message,
                           Consumer<T> onSuccess) {
        busy.setVisible(true);
        running.set(true);
        message.setText(null);
        work.whenCompleteAsync((result, failure) -> {
            busy.setVisible(false);
            running.set(false);
            if (failure != null) {
                fail(message, errors.describe(Background.unwrap(failure)));
            } else {
                onSuccess.accept(result);
            }
        }, background.ui());
    }

    private static void fail(Label message, String text) {
        message.getStyleClass().removeAll(ERROR, SUCCESS);
        message.getStyleClass().add(ERROR);
        message.setText(text);
    }

    private static void succeed(Label message, String text) {
        message.getStyleClass().removeAll(ERROR, SUCCESS);
        message.getStyleClass().add(SUCCESS);
        message.setText(text);
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are not typed in");
            }
        };
    }
}
