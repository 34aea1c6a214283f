package org.steemdesk.ui.post;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import org.jsoup.nodes.Document;

/**
 * A scrolling post body that fetches each image only when it comes within {@link #PRELOAD} pixels of the visible
 * area, so a long post with many images costs nothing until read.
 */
public final class PostBodyPane extends ScrollPane {
    static final double PRELOAD = 600;

    private final List<LazyImage> images;

    public PostBodyPane(PostRenderer renderer, Document safe) {
        var body = renderer.render(safe);
        this.images = PostRenderer.images(body);
        setContent(body);
        setFitToWidth(true);
        getStyleClass().add("post-scroll");
        getStylesheets().add(PostBodyPane.class.getResource("post.css").toExternalForm());
        // Checked after every layout pulse, when positions are final (a scroll or resize ends in one).
        Runnable check = this::loadNearView;
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(check);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(check);
            }
        });
    }

    /** Starts loading the images within reach of the visible area. */
    public void loadNearView() {
        if (getScene() == null || images.stream().allMatch(LazyImage::requested)) {
            return;
        }
        Bounds view = localToScene(getLayoutBounds());
        for (LazyImage image : images) {
            if (image.requested()) {
                continue;
            }
            Bounds at = image.localToScene(image.getLayoutBounds());
            if (at.getMaxY() >= view.getMinY() - PRELOAD && at.getMinY() <= view.getMaxY() + PRELOAD) {
                image.load();
            }
        }
    }

    public List<LazyImage> images() {
        return images;
    }
}
