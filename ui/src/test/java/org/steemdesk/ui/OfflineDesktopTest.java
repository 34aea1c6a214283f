package org.steemdesk.ui;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.steemdesk.i18n.Language;
import org.testfx.framework.junit5.ApplicationExtension;

/** What every TestFX test of the desktop without a node starts from: the desktop in English, shown on one page. */
@ExtendWith(ApplicationExtension.class)
abstract class OfflineDesktopTest {
    @RegisterExtension
    final ShownDesktop shown;
    final TestDesktop desktop;

    /** @param page the page shown first, or null for the one the settings remember */
    OfflineDesktopTest(Page page) {
        shown = ShownDesktop.offline(Language.ENGLISH, page);
        desktop = shown.desktop();
    }
}
