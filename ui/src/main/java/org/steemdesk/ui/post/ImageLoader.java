package org.steemdesk.ui.post;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;

/** Fetches an image off the FX thread, scaled to at most {@code maxWidth}. */
@FunctionalInterface
public interface ImageLoader {
    CompletableFuture<Image> load(URI url, double maxWidth);
}
