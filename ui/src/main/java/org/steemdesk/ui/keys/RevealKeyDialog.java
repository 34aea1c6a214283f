package org.steemdesk.ui.keys;

import java.util.Arrays;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.steemdesk.i18n.Messages;

/**
 * Asks for the vault password before a key is shown, then shows it once with a copy button and hides it by
 * itself after {@link #SHOWN_FOR}. The key has to become a String for the text field; it lives only as long as the
 * dialog, and the copy is cleared from the clipboard when the dialog closes if it is still there.
 */
final class RevealKeyDialog {
    static final Duration SHOWN_FOR = Duration.seconds(30);

    private final Messages messages;
    private final Window owner;

    RevealKeyDialog(Messages messages, Window owner) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.owner = owner;
    }

    /** The vault password the user typed, or null when cancelled; the caller wipes it. */
    char[] askPassword(String keyName) {
        var dialog = new Dialog<char[]>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("keys.reveal.title"));
        dialog.setHeaderText(messages.get("keys.reveal.ask", keyName));
        var password = new PasswordField();
        password.setId("revealPassword");
        password.setPromptText(messages.get("keys.unlock.password"));
        dialog.getDialogPane().setContent(password);
        var show = new ButtonType(messages.get("keys.reveal.show"), ButtonType.OK.getButtonData());
        var cancel = new ButtonType(messages.get("dialog.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(show, cancel);
        dialog.setResultConverter(button -> button == show ? password.getText().toCharArray() : null);
        password.requestFocus();
        char[] result = dialog.showAndWait().orElse(null);
        password.clear();
        return result;
    }

    /** Shows the key (wiped here) until closed or {@link #SHOWN_FOR} has passed. */
    void show(String keyName, char[] wif) {
        String text = new String(wif);
        Arrays.fill(wif, '\0');
        var alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(messages.get("keys.reveal.title"));
        alert.setHeaderText(messages.get("keys.reveal.shown", keyName));
        var field = new TextField(text);
        field.setEditable(false);
        field.getStyleClass().add("reveal-wif");
        var copy = new Button(messages.get("keys.reveal.copy"));
        var clipboard = Clipboard.getSystemClipboard();
        copy.setOnAction(e -> {
            var content = new ClipboardContent();
            content.putString(text);
            clipboard.setContent(content);
        });
        var hint = new Label(messages.get("keys.reveal.autoHide", (long) SHOWN_FOR.toSeconds()));
        alert.getDialogPane().setContent(new VBox(8, new HBox(8, field, copy), hint));
        alert.getButtonTypes().setAll(new ButtonType(messages.get("dialog.close"), ButtonType.OK.getButtonData()));
        var timer = new PauseTransition(SHOWN_FOR);
        timer.setOnFinished(e -> alert.close());
        timer.play();
        alert.showAndWait();
        timer.stop();
        field.clear();
        if (clipboard.hasString() && text.equals(clipboard.getString())) {
            clipboard.clear();
        }
    }
}
