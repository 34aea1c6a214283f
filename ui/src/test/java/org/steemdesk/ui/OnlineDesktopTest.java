package org.steemdesk.ui;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What every TestFX test against the shared loopback node starts from: the desktop shown on its own stage, the
 * node it talks to, and the desktop once a test has opened it (in its language, on its page).
 */
@ExtendWith(ApplicationExtension.class)
abstract class OnlineDesktopTest {
    @RegisterExtension
    final ShownDesktop shown = ShownDesktop.online();
    final DesktopChain node = shown.node;
    TestDesktop desktop;
}
