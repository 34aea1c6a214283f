package org.steemdesk.ui;

import org.steemdesk.app.AppContext;
import org.steemdesk.ui.feed.FeedPrefetch;
import org.steemdesk.ui.post.ImageLoader;
import org.steemdesk.ui.session.VaultSession;

/**
 * What the window and its controllers are built from; one per app run, language-independent: the application
 * (its use cases), the desktop's own pieces (threads seen from the FX thread, preferences, images, the vault
 * session, the status model, fonts, links, the feed's first page read as the desktop started).
 */
public record DesktopContext(AppContext app, Background background, Preferences preferences, ImageLoader images,
                             VaultSession session, UiSettings settings, StatusModel status, KoreanFont koreanFont,
                             LinkOpener links, FeedPrefetch feedPrefetch) {
}
