package org.steemdesk.ui.feed;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import org.steemdesk.ui.post.ImageLoader;

/**
 * The feed's thumbnails: fetched off the FX thread and decoded at thumbnail size (the full image is never kept), the
 * most recently shown {@link #KEPT} kept, so scrolling back does not fetch again while the memory stays bounded. An
 * address that failed is not asked again while the feed view lives (a row keeps its placeholder).
 */
final class Thumbnails {
    /** At 2 × 72 px square, RGBA, about 80 KB each: at most about 10 MB. */
    static final int KEPT = 120;

    private final ImageLoader images;
    private final Executor ui;
    private final double width;
    private final Map<URI, Image> loaded = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<URI, Image> eldest) {
            return size() > KEPT;
        }
    };
    private final Map<URI, List<Consumer<Optional<Image>>>> pending = new HashMap<>();
    private final Map<URI, Boolean> failed = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<URI, Boolean> eldest) {
            return size() > KEPT;
        }
    };

    /** @param width the width a thumbnail is shown at; images are decoded at twice that, for sharp scaling */
    Thumbnails(ImageLoader images, Executor ui, double width) {
        this.images = Objects.requireNonNull(images, "images");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.width = width;
    }

    Optional<Image> known(URI url) {
        return Optional.ofNullable(loaded.get(url));
    }

    /**
     * Hands the image to {@code shown} on the UI executor (empty: it did not load); one fetch per address however many
     * rows ask for it meanwhile.
     */
    void load(URI url, Consumer<Optional<Image>> shown) {
        if (failed.containsKey(url)) {
            ui.execute(() -> shown.accept(Optional.empty()));
            return;
        }
        List<Consumer<Optional<Image>>> waiting = pending.get(url);
        if (waiting != null) {
            waiting.add(shown);
            return;
        }
        waiting = new ArrayList<>(List.of(shown));
        pending.put(url, waiting);
        images.load(url, width * 2).whenCompleteAsync((image, failure) -> {
            Optional<Image> result = Optional.ofNullable(failure == null ? image : null);
            result.ifPresentOrElse(i -> loaded.put(url, i), () -> failed.put(url, true));
            pending.remove(url).forEach(each -> each.accept(result));
        }, ui);
    }

    /** How many thumbnails are kept now (never more than {@link #KEPT}). */
    int kept() {
        return loaded.size();
    }
}
