package org.steemdesk.ui;

import java.util.Objects;
import org.steemdesk.ui.session.VaultSession;

/** What the window and its controllers are built from; one per app run, language-independent. */
public record DesktopContext(DesktopServices services, VaultSession session, UiSettings settings, StatusModel status,
                             KoreanFont koreanFont, LinkOpener links) {
    public DesktopContext {
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(koreanFont, "koreanFont");
        Objects.requireNonNull(links, "links");
    }
}
