package org.steemdesk.ui;

import java.util.Objects;
import org.steemdesk.app.AppContext;
import org.steemdesk.ui.post.ImageLoader;
import org.steemdesk.ui.session.VaultSession;

/**
 * What the window and its controllers are built from; one per app run, language-independent: the application
 * (its use cases), the desktop's own pieces (threads seen from the FX thread, preferences, images, the vault
 * session, the status model, fonts, links).
 */
public record DesktopContext(AppContext app, Background background, Preferences preferences, ImageLoader images,
                             VaultSession session, UiSettings settings, StatusModel status, KoreanFont koreanFont,
                             LinkOpener links) {
    public DesktopContext {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(koreanFont, "koreanFont");
        Objects.requireNonNull(links, "links");
    }
}
