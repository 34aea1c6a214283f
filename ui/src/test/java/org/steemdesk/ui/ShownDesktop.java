package org.steemdesk.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.steemdesk.i18n.Language;
import org.steemdesk.ui.session.VaultSession;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window of a page test on TestFX's primary stage, and its clean-up after each test: either a desktop
 * without a node, shown before each test, or alice's vault against a fresh loopback node, opened by the test itself
 * (it may record votes or take a guard snapshot first). Registered with {@code @RegisterExtension} after
 * {@code ApplicationExtension}, so the primary stage is set up before it shows the window and the desktop is closed
 * before the stage is cleaned up — the order the page tests had when each repeated this set-up.
 */
final class ShownDesktop implements BeforeEachCallback, AfterEachCallback {
    /** The loopback node, or null for a desktop without one. */
    final DesktopChain node;
    private final Page firstPage;
    private TestDesktop desktop;

    private ShownDesktop(DesktopChain node, TestDesktop desktop, Page firstPage) {
        this.node = node;
        this.desktop = desktop;
        this.firstPage = firstPage;
    }

    /** A desktop without a node in {@code language}, shown before each test on {@code page} (null: as saved). */
    static ShownDesktop offline(Language language, Page page) {
        return new ShownDesktop(null, new TestDesktop(language), page);
    }

    /** Alice's vault against a fresh loopback node; each test opens it with {@link #unlock} and {@link #show}. */
    static ShownDesktop online() {
        return new ShownDesktop(new DesktopChain(), null, null);
    }

    TestDesktop desktop() {
        return desktop;
    }

    Stage stage() {
        return FxToolkit.toolkitContext().getRegisteredStage();
    }

    /** Alice's desktop against the node in {@code language}, her vault not yet unlocked. */
    TestDesktop create(Language language) {
        desktop = new TestDesktop(language, Theme.LIGHT, new KoreanFont(Optional.of("System")), List.of(node.url()),
                VaultFixtures::storeAlice);
        return desktop;
    }

    /** Unlocks alice's vault and waits until the session has an account. */
    TestDesktop unlock() throws Exception {
        desktop.session.unlock(VaultFixtures.VAULT_PASSWORD.toCharArray()).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return desktop.session.stateProperty().get() == VaultSession.State.UNLOCKED
                    && desktop.session.currentAccountProperty().get() != null;
        });
        return desktop;
    }

    /** Shows the main window on {@code page}. */
    void show(Page page) throws Exception {
        desktop.settings.pageProperty().set(page);
        FxToolkit.setupFixture(this::showWindow);
    }

    /** Alice's desktop against the node, unlocked and shown on {@code page}. */
    TestDesktop open(Language language, Page page) throws Exception {
        create(language);
        unlock();
        show(page);
        return desktop;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (node == null) {
            if (firstPage != null) {
                desktop.settings.pageProperty().set(firstPage);
            }
            FxToolkit.setupFixture(this::showWindow);
        }
    }

    private void showWindow() {
        Stage stage = stage();
        new MainWindow(stage, desktop.context);
        stage.show();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (desktop != null) {
            desktop.close();
        }
        if (node != null) {
            node.close();
        }
    }
}
