package org.steemdesk.ui.keys;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.steemdesk.app.wallet.KeyRotation;
import org.steemdesk.app.wallet.RotationDraft;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.ActionMessage;
import org.steemdesk.ui.Background;
import org.steemdesk.ui.SheetFocus;
import org.steemdesk.ui.keys.PasswordChangeModel.Step;
import org.steemdesk.ui.session.VaultSession;

/**
 * The Steemit "change password" on the keys page, for one stored account: the app's {@link KeyRotation} generates
 * the new master password (shown large, with copy), the user types three of its characters back from the backup
 * (the password hidden by then), reads exactly what will be signed, gives the current master password (its owner
 * key is derived at signing and wiped) and ticks the last confirmation; the change is signed and sent once, the
 * vault moved to the new keys in the same step. Everything slow runs off the FX thread; the draft's secrets are
 * wiped when the sheet closes, whatever happened.
 */
public final class PasswordChangeController {
    private final KeyRotation rotation;
    private final VaultSession session;
    private final Background background;
    private final PasswordChangeModel model;
    private final Messages messages;
    private ActionMessage message;
    private SheetFocus focus;
    private AccountName account;
    private RotationDraft draft;
    private Step step = Step.PREPARING;
    /** Counts the openings, so a draft planned for a sheet closed meanwhile is destroyed, not shown. */
    private int opening;
    /** The shown password as the text field holds it; the clipboard is cleared on close if it still has it. */
    private String shown;

    @FXML private StackPane rotationSheet;
    @FXML private Label rotationTitle;
    @FXML private VBox newPasswordStep;
    @FXML private TextField rotationPassword;
    @FXML private Button rotationCopy;
    @FXML private VBox backupStep;
    @FXML private Label rotationChallenge;
    @FXML private TextField rotationTypedBack;
    @FXML private VBox signStep;
    @FXML private Label rotationKeys;
    @FXML private TextArea rotationJson;
    @FXML private PasswordField rotationCurrent;
    @FXML private CheckBox rotationUnderstood;
    @FXML private Label rotationMessage;
    @FXML private Button rotationCancel;
    @FXML private ProgressIndicator rotationBusy;
    @FXML private Button rotationBack;
    @FXML private Button rotationNext;
    @FXML private Button rotationSign;

    public PasswordChangeController(KeyRotation rotation, VaultSession session, Background background,
                                    PasswordChangeModel model, Messages messages) {
        this.rotation = rotation;
        this.session = session;
        this.background = background;
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        message = new ActionMessage(rotationMessage);
        focus = new SheetFocus(rotationSheet);
        // Hidden, the sheet takes no room: the page's scroll range stays the sections' own.
        for (Node node : List.of(rotationSheet, newPasswordStep, backupStep, signStep, rotationBack, rotationNext,
                rotationSign)) {
            node.managedProperty().bind(node.visibleProperty());
        }
        rotationCancel.setOnAction(e -> close());
        rotationBack.setOnAction(e -> back());
        rotationNext.setOnAction(e -> next());
        rotationSign.setOnAction(e -> sign());
        rotationCopy.setOnAction(e -> copy());
        rotationSign.disableProperty().bind(rotationUnderstood.selectedProperty().not()
                .or(rotationCurrent.textProperty().isEmpty()).or(rotationBusy.visibleProperty()));
    }

    /** Opens the sheet for {@code changed}: the new password is generated and the change planned at once. */
    void open(AccountName changed) {
        discard();
        account = changed;
        int mine = ++opening;
        rotationTitle.setText(model.title(changed));
        rotationCancel.setText(messages.get("keys.rotate.cancel"));
        rotationSheet.setVisible(true);
        show(Step.PREPARING);
        focus.opened();
        rotationBusy.setVisible(true);
        message.info(messages.get("keys.rotate.preparing"));
        background.supply(() -> {
            rotation.settle(changed); // one left unclear earlier is finished first, as `keys rotate` does
            return rotation.draft(changed);
        }).whenCompleteAsync((planned, failure) -> {
            if (mine != opening) {
                if (planned != null) {
                    planned.destroy();
                }
                return;
            }
            rotationBusy.setVisible(false);
            if (failure != null) {
                message.error(model.failure(failure));
                return;
            }
            draft = planned;
            char[] password = planned.newPassword();
            shown = new String(password); // a text field needs a String; it lives as long as the sheet shows it
            Arrays.fill(password, '\0');
            rotationPassword.setText(shown);
            rotationChallenge.setText(model.challenge(planned.challenge()));
            rotationKeys.setText(model.newKeys(planned.plan()));
            rotationJson.setText(model.operations(planned.plan()));
            message.clear();
            show(Step.NEW_PASSWORD);
        }, background.ui());
    }

    private void show(Step shownStep) {
        step = shownStep;
        newPasswordStep.setVisible(step == Step.NEW_PASSWORD);
        backupStep.setVisible(step == Step.BACKUP);
        signStep.setVisible(step == Step.SIGN);
        rotationBack.setVisible(step == Step.BACKUP || step == Step.SIGN);
        rotationNext.setVisible(step == Step.NEW_PASSWORD || step == Step.BACKUP);
        rotationSign.setVisible(step == Step.SIGN);
        Map<Step, Node> focus = Map.of(Step.BACKUP, rotationTypedBack, Step.SIGN, rotationCurrent,
                Step.NEW_PASSWORD, rotationCopy);
        if (focus.containsKey(step)) {
            focus.get(step).requestFocus();
        }
    }

    private void next() {
        if (step == Step.NEW_PASSWORD) {
            rotationTypedBack.clear();
            message.clear();
            show(Step.BACKUP);
        } else if (step == Step.BACKUP) {
            char[] typed = model.typedBack(rotationTypedBack.getCharacters());
            rotationTypedBack.clear();
            if (typed == null || !draft.confirmBackup(typed)) {
                message.error(model.backupMismatch());
                return;
            }
            message.info(messages.get("keys.rotate.backup.ok"));
            rotationUnderstood.setSelected(false);
            show(Step.SIGN);
        }
    }

    private void back() {
        rotationCurrent.clear();
        message.clear();
        show(step == Step.SIGN ? Step.BACKUP : Step.NEW_PASSWORD);
    }

    private void copy() {
        if (shown != null) {
            var content = new ClipboardContent();
            content.putString(shown);
            Clipboard.getSystemClipboard().setContent(content);
            message.info(messages.get("keys.rotate.copied"));
        }
    }

    private void sign() {
        RotationDraft signing = draft;
        if (signing == null || !signing.backupConfirmed()) {
            return;
        }
        char[] current = typedCurrent();
        rotationBusy.setVisible(true);
        rotationBack.setDisable(true);
        rotationCancel.setDisable(true); // closing would wipe the draft's keys while they sign
        message.info(messages.get("keys.rotate.sending"));
        AccountName changed = account;
        // The copy is wiped once the owner key is derived, or when the work fails before that.
        session.whileUnlocked(() -> {
            try {
                return rotation.execute(signing, current);
            } finally {
                Arrays.fill(current, '\0');
            }
        }).whenCompleteAsync((outcome, failure) -> {
            rotationBusy.setVisible(false);
            rotationBack.setDisable(false);
            rotationCancel.setDisable(false);
            if (failure != null) {
                message.error(model.failure(failure));
                return;
            }
            signing.destroy();
            draft = null;
            forgetPassword();
            show(Step.DONE);
            message.success(model.outcome(outcome, changed));
            rotationCancel.setText(messages.get("keys.rotate.close"));
        }, background.ui());
    }

    /** The current master password taken out of its field (which is cleared); the caller wipes it. */
    private char[] typedCurrent() {
        CharSequence typed = rotationCurrent.getCharacters();
        char[] password = new char[typed.length()];
        for (int i = 0; i < password.length; i++) {
            password[i] = typed.charAt(i);
        }
        rotationCurrent.clear();
        return password;
    }

    private void close() {
        opening++;
        discard();
        rotationSheet.setVisible(false);
        focus.closed();
    }

    /** Wipes whatever this sheet held of the last change: the draft, the fields, the clipboard's copy. */
    private void discard() {
        if (draft != null) {
            draft.destroy();
            draft = null;
        }
        forgetPassword();
        rotationTypedBack.clear();
        rotationCurrent.clear();
        rotationUnderstood.setSelected(false);
        rotationKeys.setText(null);
        rotationJson.clear();
        message.clear();
    }

    private void forgetPassword() {
        rotationPassword.clear();
        var clipboard = Clipboard.getSystemClipboard();
        if (shown != null && clipboard.hasString() && shown.equals(clipboard.getString())) {
            clipboard.clear();
        }
        shown = null;
    }
}
