package org.steemdesk.ui.keys;

import java.util.Arrays;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import org.steemdesk.i18n.Messages;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.ui.ActionMessage;
import org.steemdesk.ui.session.VaultSession;
import org.steemdesk.ui.session.VaultSession.State;

/** Changing the vault password while it is unlocked: the current one, the new one twice. */
public final class PasswordController {
    private final VaultSession session;
    private final Messages messages;
    private final VaultTask task;
    private final InvalidationListener stateShown = obs -> showState();
    private ActionMessage message;

    @FXML private VBox passwordSection;
    @FXML private PasswordField currentPassword;
    @FXML private PasswordField newPassword;
    @FXML private PasswordField newPasswordRepeat;
    @FXML private Button changePassword;
    @FXML private ProgressIndicator passwordBusy;
    @FXML private Label passwordMessage;

    public PasswordController(VaultSession session, Messages messages, VaultTask task) {
        this.session = session;
        this.messages = messages;
        this.task = task;
    }

    @FXML
    private void initialize() {
        message = new ActionMessage(passwordMessage);
        passwordMessage.managedProperty().bind(passwordMessage.textProperty().isNotEmpty());
        passwordSection.managedProperty().bind(passwordSection.visibleProperty());
        changePassword.setOnAction(e -> change());
        for (PasswordField field : List.of(currentPassword, newPassword, newPasswordRepeat)) {
            field.setOnAction(e -> change());
        }
        session.stateProperty().addListener(new WeakInvalidationListener(stateShown));
        showState();
    }

    private void showState() {
        passwordSection.setVisible(session.stateProperty().get() == State.UNLOCKED);
    }

    private void change() {
        char[] fresh = newPassword.getText().toCharArray();
        char[] repeat = newPasswordRepeat.getText().toCharArray();
        boolean same = Arrays.equals(fresh, repeat);
        Arrays.fill(repeat, '\0');
        if (!same) {
            Arrays.fill(fresh, '\0');
            message.error(messages.get("keys.error.passwordsDiffer"));
            VaultTask.retype(newPasswordRepeat);
            return;
        }
        task.track(session.changePassword(currentPassword.getText().toCharArray(), fresh), passwordBusy,
                changePassword.disableProperty(), message, done -> {
                    currentPassword.clear();
                    newPassword.clear();
                    newPasswordRepeat.clear();
                    message.success(messages.get("keys.password.changed"));
                }, this::showRefused);
    }

    private void showRefused(Throwable failure) {
        if (failure instanceof KeystoreException e) {
            switch (e.reason()) {
                case WRONG_PASSWORD -> VaultTask.retype(currentPassword);
                case EMPTY_PASSWORD -> VaultTask.retype(newPassword);
                default -> { }
            }
        }
    }
}
