package org.steemdesk.ui.post;

import java.lang.ref.WeakReference;
import java.net.URI;
import java.util.Objects;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A post image that is fetched only when {@link #load()} is called (when it scrolls near the view); until then a
 * placeholder box holds its place.
 */
public final class LazyImage extends StackPane {
    static final double MAX_WIDTH = 640;
    private static final double PLACEHOLDER_HEIGHT = 200;

    private final URI url;
    private final ImageLoader loader;
    private final java.util.concurrent.Executor ui;
    private boolean requested;

    LazyImage(URI url, ImageLoader loader, java.util.concurrent.Executor ui) {
        this.url = Objects.requireNonNull(url, "url");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.ui = Objects.requireNonNull(ui, "ui");
        getStyleClass().add("post-image");
        setPrefSize(MAX_WIDTH / 2, PLACEHOLDER_HEIGHT);
        setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMaxWidth(MAX_WIDTH);
        setMaxHeight(USE_PREF_SIZE);
        getChildren().add(new FontIcon("fth-image"));
    }

    public URI url() {
        return url;
    }

    public boolean requested() {
        return requested;
    }

    /** Starts fetching the image once; a failure leaves the placeholder, marked as broken. */
    public void load() {
        if (requested) {
            return;
        }
        requested = true;
        // Held weakly: a download still under way (up to the HTTP client's timeouts) must not keep a closed post's
        // whole body (this placeholder's parents) in memory.
        var placeholder = new WeakReference<>(this);
        loader.load(url, MAX_WIDTH).whenCompleteAsync((image, failure) -> {
            LazyImage shown = placeholder.get();
            if (shown != null) {
                shown.show(failure == null ? image : null);
            }
        }, ui);
    }

    private void show(Image image) {
        if (image == null) {
            getStyleClass().add("broken");
            return;
        }
        var view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setFitWidth(Math.min(MAX_WIDTH, image.getWidth()));
        setPrefSize(USE_COMPUTED_SIZE, USE_COMPUTED_SIZE);
        getStyleClass().add("loaded");
        getChildren().setAll(view);
    }
}
