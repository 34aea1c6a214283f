package org.steemdesk.ui.keys;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.util.StringConverter;
import org.steemdesk.ui.ActionMessage;
import org.steemdesk.ui.Background;
import org.steemdesk.ui.ErrorMessages;

/**
 * How a keys section runs a vault action: its busy indicator shows and its trigger is off while the work runs
 * (off the FX thread, in the {@code VaultSession}); then the result is handed on, or the failure is said in the
 * section's message line in the user's language.
 *
 * <p>Focus stays where the user is. A focused button that is disabled (or a section that is hidden) hands the focus
 * to the next control on the page, which scrolls the page to it: the "current password" field of another section.
 * So while the work runs the focus is held by the page itself, and afterwards it returns to the control the user
 * left, unless the outcome moved it on (a wrong password is selected for retyping).
 *
 * <p>The keys page's sections are given one, built where the controllers are built, in place of the background
 * and the error messages it runs with.
 */
public record VaultTask(Background background, ErrorMessages errors) {
    /** @param running set while the work runs (a trigger's disable property, or a flag several buttons follow) */
    <T> void track(CompletableFuture<T> work, ProgressIndicator busy, BooleanProperty running, ActionMessage message,
                   Consumer<T> onSuccess) {
        track(work, busy, running, message, onSuccess, failure -> { });
    }

    /**
     * As above; {@code onFailure} gets the failure after its message is shown, to put the focus on the field it
     * concerns ({@link #retype}).
     */
    <T> void track(CompletableFuture<T> work, ProgressIndicator busy, BooleanProperty running, ActionMessage message,
                   Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Node before = busy.getScene() == null ? null : busy.getScene().getFocusOwner();
        Node holder = before == null ? null : holder(busy);
        if (holder != null) {
            holder.requestFocus();
        }
        busy.setVisible(true);
        running.set(true);
        message.clear();
        work.whenCompleteAsync((result, failure) -> {
            running.set(false);
            if (failure != null) {
                Throwable cause = Background.unwrap(failure);
                message.error(errors.describe(cause));
                onFailure.accept(cause);
            } else {
                onSuccess.accept(result);
            }
            var scene = busy.getScene();
            if (holder != null && scene != null && scene.getFocusOwner() == holder && canTakeFocus(before)) {
                before.requestFocus();
            }
            busy.setVisible(false);
        }, background.ui());
    }

    /** Puts the focus on a field whose text was refused, all of it selected, so typing replaces it. */
    static void retype(TextInputControl field) {
        field.requestFocus();
        field.selectAll();
    }

    private static boolean canTakeFocus(Node node) {
        if (node.getScene() == null || node.isDisabled()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * What holds the focus while the work runs: the page's content (never hidden or disabled, and focusing it does
     * not scroll), else the top of the section.
     */
    private static Node holder(Node busy) {
        Node node = busy;
        Parent top = busy.getParent();
        while (node.getParent() != null) {
            if (node.getParent() instanceof ScrollPane scroll && scroll.getContent() != null) {
                return scroll.getContent();
            }
            node = node.getParent();
            top = (Parent) node;
        }
        return top;
    }

    /** Names the choices of a choice box; they are picked, never typed. */
    static <T> StringConverter<T> names(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are not typed in");
            }
        };
    }
}
