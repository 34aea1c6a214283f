package org.steemdesk.ui;

import java.util.Objects;
import javafx.scene.control.Label;

/**
 * The line under an action that says how it went: plainly (progress, a hint), as an error or as a success. The
 * colours are app.css's {@code .message.error} and {@code .message.success}, the same on every page.
 */
public final class ActionMessage {
    private static final String MESSAGE = "message";
    private static final String ERROR = "error";
    private static final String SUCCESS = "success";

    private final Label label;

    public ActionMessage(Label label) {
        this.label = Objects.requireNonNull(label, "label");
        if (!label.getStyleClass().contains(MESSAGE)) {
            label.getStyleClass().add(MESSAGE);
        }
    }

    public void info(String text) {
        show(text, null);
    }

    public void error(String text) {
        show(text, ERROR);
    }

    public void success(String text) {
        show(text, SUCCESS);
    }

    public void clear() {
        show(null, null);
    }

    private void show(String text, String tone) {
        label.getStyleClass().removeAll(ERROR, SUCCESS);
        if (tone != null) {
            label.getStyleClass().add(tone);
        }
        label.setText(text);
    }
}
