package org.steemdesk.ui.feed;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import org.steemdesk.ui.post.ImageLoader;

/** The feed's thumbnails: each loaded once (off the FX thread) and kept while the feed view lives. */
final class Thumbnails {
    private final ImageLoader images;
    private final Executor ui;
    private final double width;
    private final Map<URI, Image> loaded = new HashMap<>();

    /** @param width the width a thumbnail is shown at; images are loaded at twice that, for sharp scaling */
    Thumbnails(ImageLoader images, Executor ui, double width) {
        this.images = Objects.requireNonNull(images, "images");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.width = width;
    }

    Optional<Image> known(URI url) {
        return Optional.ofNullable(loaded.get(url));
    }

    /** Loads the image and hands it to {@code shown} on the UI executor; a failed load shows nothing. */
    void load(URI url, Consumer<Image> shown) {
        images.load(url, width * 2).whenCompleteAsync((image, failure) -> {
            if (image != null) {
                loaded.put(url, image);
                shown.accept(image);
            }
        }, ui);
    }
}
