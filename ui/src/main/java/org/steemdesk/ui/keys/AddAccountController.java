package org.steemdesk.ui.keys;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.steemdesk.app.account.UnknownAccountException;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.i18n.Messages;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.ui.ActionMessage;
import org.steemdesk.ui.session.VaultSession;
import org.steemdesk.ui.session.VaultSession.State;

/**
 * Adding an account while the vault is unlocked: by its master password (the derived keys are checked on chain; the
 * owner key only when ticked, with a warning) or by one private key (WIF) and its role.
 */
public final class AddAccountController {
    private final VaultSession session;
    private final Messages messages;
    private final VaultTask task;
    private final InvalidationListener stateShown = obs -> showState();
    private ActionMessage message;

    @FXML private VBox addSection;
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

    public AddAccountController(VaultSession session, Messages messages, VaultTask task) {
        this.session = session;
        this.messages = messages;
        this.task = task;
    }

    @FXML
    private void initialize() {
        message = new ActionMessage(addMessage);
        addMessage.managedProperty().bind(addMessage.textProperty().isNotEmpty());
        for (Node node : List.of(addSection, masterPasswordLabel, masterPassword, withOwner, ownerWarning, roleLabel,
                wifRole, wifLabel, wifKey)) {
            node.managedProperty().bind(node.visibleProperty());
        }
        wifRole.getItems().setAll(KeyRole.POSTING, KeyRole.ACTIVE, KeyRole.MEMO, KeyRole.OWNER);
        wifRole.setValue(KeyRole.POSTING);
        wifRole.setConverter(VaultTask.names(task.errors()::role));
        byWif.selectedProperty().addListener((obs, old, wif) -> showMode());
        withOwner.selectedProperty().addListener((obs, old, checked) -> ownerWarning.setVisible(checked));
        showMode();
        addAccount.setOnAction(e -> add());
        // Enter in any field adds, as the button does.
        for (TextField field : List.of(accountName, masterPassword, wifKey)) {
            field.setOnAction(e -> add());
        }
        session.stateProperty().addListener(new WeakInvalidationListener(stateShown));
        showState();
    }

    /** The first thing to fill in when an account is to be added (after the vault was created or unlocked). */
    void focusFirstField() {
        if (addSection.isVisible()) {
            accountName.requestFocus();
        }
    }

    private void showState() {
        addSection.setVisible(session.stateProperty().get() == State.UNLOCKED);
    }

    /** By master password or by one private key: each shows its own fields. */
    private void showMode() {
        boolean wif = byWif.isSelected();
        for (Node node : List.of(masterPasswordLabel, masterPassword, withOwner)) {
            node.setVisible(!wif);
        }
        ownerWarning.setVisible(!wif && withOwner.isSelected());
        for (Node node : List.of(roleLabel, wifRole, wifLabel, wifKey)) {
            node.setVisible(wif);
        }
    }

    private void add() {
        AccountName account;
        try {
            account = AccountName.of(accountName.getText().trim().replaceFirst("^@", ""));
        } catch (IllegalArgumentException e) {
            message.error(messages.get("keys.error.badAccountName"));
            VaultTask.retype(accountName);
            return;
        }
        if (byWif.isSelected()) {
            KeyRole role = wifRole.getValue();
            task.track(session.addByWif(account, role, wifKey.getText().toCharArray()), addBusy,
                    addAccount.disableProperty(), message, stored -> {
                        wifKey.clear();
                        message.success(messages.get("keys.add.storedWif", account.value(), task.errors().role(role)));
                    }, this::showRefused);
        } else {
            task.track(session.addByPassword(account, masterPassword.getText().toCharArray(), withOwner.isSelected()),
                    addBusy, addAccount.disableProperty(), message, stored -> {
                        masterPassword.clear();
                        withOwner.setSelected(false);
                        message.success(messages.get("keys.add.storedPassword", account.value(), roles(stored)));
                    }, this::showRefused);
        }
    }

    /** Selects what was refused for retyping: the account name, the password or the key (its role when it is another). */
    private void showRefused(Throwable failure) {
        if (failure instanceof UnknownAccountException) {
            VaultTask.retype(accountName);
        } else if (failure instanceof KeystoreException e) {
            switch (e.reason()) {
                case EMPTY_PASSWORD, WIF_GIVEN_AS_PASSWORD, PASSWORD_MATCHES_NO_KEY ->
                        VaultTask.retype(byWif.isSelected() ? wifKey : masterPassword);
                case NOT_A_WIF, PASSWORD_GIVEN_AS_WIF, PUBLIC_KEY_GIVEN_AS_WIF, KEY_NOT_OF_ACCOUNT,
                        KEY_BELOW_THRESHOLD -> VaultTask.retype(wifKey);
                case KEY_OF_OTHER_ROLE -> wifRole.requestFocus();
                default -> { }
            }
        }
    }

    private String roles(Set<KeyRole> roles) {
        return roles.stream().map(task.errors()::role).collect(Collectors.joining(", "));
    }
}
