package org.steemdesk.ui.keys;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.ProgressIndicator;
import javafx.util.StringConverter;
import org.steemdesk.ui.ActionMessage;
import org.steemdesk.ui.Background;
import org.steemdesk.ui.ErrorMessages;

/**
 * How a keys section runs a vault action: its busy indicator shows and its trigger is off while the work runs
 * (off the FX thread, in the {@code VaultSession}); then the result is handed on, or the failure is said in the
 * section's message line in the user's language.
 */
final class VaultTask {
    private final Background background;
    private final ErrorMessages errors;

    VaultTask(Background background, ErrorMessages errors) {
        this.background = Objects.requireNonNull(background, "background");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    /** @param running set while the work runs (a trigger's disable property, or a flag several buttons follow) */
    <T> void track(CompletableFuture<T> work, ProgressIndicator busy, BooleanProperty running, ActionMessage message,
                   Consumer<T> onSuccess) {
        busy.setVisible(true);
        running.set(true);
        message.clear();
        work.whenCompleteAsync((result, failure) -> {
            busy.setVisible(false);
            running.set(false);
            if (failure != null) {
                message.error(errors.describe(Background.unwrap(failure)));
            } else {
                onSuccess.accept(result);
            }
        }, background.ui());
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
