package org.steemdesk.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;
import org.steemdesk.i18n.Messages;

/** Loads FXML views in one language, with controllers built by the given factory. */
public final class ViewLoader {
    private final Messages messages;
    private final Callback<Class<?>, Object> controllers;

    public ViewLoader(Messages messages, Callback<Class<?>, Object> controllers) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.controllers = Objects.requireNonNull(controllers, "controllers");
    }

    /** Loads {@code fxml} (a resource path relative to this package). */
    public Parent load(String fxml) {
        var url = Objects.requireNonNull(ViewLoader.class.getResource(fxml), () -> "no view " + fxml);
        var loader = new FXMLLoader(url, messages.bundle());
        loader.setControllerFactory(controllers);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load view " + fxml, e);
        }
    }
}
