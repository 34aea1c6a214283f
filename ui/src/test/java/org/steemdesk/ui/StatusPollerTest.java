package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steemdesk.i18n.Language;
import org.steemdesk.ui.session.StatusPoller;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class StatusPollerTest {
    private final DesktopChain node = new DesktopChain();
    private final TestDesktop desktop = new TestDesktop(Language.ENGLISH, Theme.LIGHT,
            new KoreanFont(Optional.of("System")), List.of(node.url()), VaultFixtures::storeAlice);

    @AfterEach
    void close() {
        desktop.close();
        node.close();
    }

    @Test
    void statusShowsTheNodeAndTheCurrentAccountsManaAndRc() {
        var poller = new StatusPoller(desktop.app.status(), desktop.background, desktop.status, desktop.session);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desktop.session.currentAccountProperty().get()).isEqualTo(VaultFixtures.ALICE);
        poller.poll();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desktop.status.onlineProperty().get()).isTrue();
        assertThat(desktop.status.nodeProperty().get()).isEqualTo(node.url().toString());
        assertThat(desktop.status.headBlockLagProperty().get()).isLessThan(Duration.ofMinutes(1));
        // The recorded account and RC last updated long ago: both pools have regenerated in full since.
        assertThat(desktop.status.votingManaProperty().get()).isEqualTo(1.0);
        assertThat(desktop.status.resourceCreditsProperty().get()).isEqualTo(1.0);
        assertThat(desktop.status.queuedVotesProperty().get()).isZero();
    }

    @Test
    void withoutANodeTheAppIsOffline() {
        try (var offline = new TestDesktop(Language.ENGLISH)) {
            offline.status.onlineProperty().set(true);
            new StatusPoller(offline.app.status(), offline.background, offline.status, offline.session).poll();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(offline.status.onlineProperty().get()).isFalse();
            assertThat(offline.status.votingManaProperty().get()).isNull();
        }
    }
}
