package org.steemdesk.ui;

import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * JavaFX's scroll pane skin with its viewport drawn directly, not cached as a bitmap; app.css gives it to every
 * {@code .scroll-pane}. The stock skin caches the viewport ({@code Node.setCache}): on the software pipeline that is
 * an image of the viewport's size kept on the Java heap for every scroll pane built, shown or not — 2.4 MB for each
 * page's, and the pages stay built — and Prism's scroll optimisation is off, so every scroll step draws the content
 * into the cache and the cache onto the window instead of the content once.
 */
public final class UncachedScrollPaneSkin extends ScrollPaneSkin {
    /** The style class JavaFX gives the viewport: the one child the skin caches. */
    static final String VIEWPORT = "viewport";

    public UncachedScrollPaneSkin(ScrollPane pane) {
        super(pane);
        getChildren().stream().filter(child -> child.getStyleClass().contains(VIEWPORT))
                .forEach(viewport -> viewport.setCache(false));
    }
}
