package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.app.AppContext;
import org.steemdesk.app.AppSettings;
import org.steemdesk.app.work.Work;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.i18n.Language;

/** What the window is built from, read off the calling thread before the toolkit is up. */
class DesktopStartTest {
    @TempDir
    Path dataDir;
    private final Background background = new Background(Work.threaded(), Runnable::run);
    private AppContext app;
    private DesktopStart start;

    @AfterEach
    void close() {
        if (start != null) {
            start.session().close();
        }
        background.close();
        if (app != null) {
            app.close();
        }
    }

    private DesktopStart begin(AppSettings settings, Optional<Language> language) throws Exception {
        app = AppContext.open(settings);
        start = DesktopStart.begin(new DesktopLaunch(settings, language), app, background).get(30, TimeUnit.SECONDS);
        return start;
    }

    private AppSettings settings() {
        return AppSettings.defaults().withDataDir(dataDir).withNodes(java.util.List.of(TestDesktop.NO_NODE));
    }

    @Test
    void opensNothingOnTheCallingThreadAndCreatesTheDataDirectoryOnTheWorker() throws Exception {
        Path fresh = dataDir.resolve("fresh");
        var settings = settings().withDataDir(fresh);
        app = AppContext.open(settings);
        assertThat(fresh).doesNotExist(); // AppContext.open is lazy: the window does not wait for the disk
        start = DesktopStart.begin(new DesktopLaunch(settings, Optional.empty()), app, background)
                .get(30, TimeUnit.SECONDS);
        assertThat(Files.isDirectory(fresh)).isTrue();
        assertThat(start.theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void theLanguageOfTheLaunchWinsOverTheSavedOne() throws Exception {
        try (var first = AppContext.open(settings())) {
            new Preferences(first.settingsStore()).language(Language.KOREAN);
        }
        assertThat(begin(settings(), Optional.of(Language.ENGLISH)).language()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void theSavedLanguageAndThemeAreUsedWithoutLang() throws Exception {
        try (var first = AppContext.open(settings())) {
            var preferences = new Preferences(first.settingsStore());
            preferences.language(Language.KOREAN);
            preferences.theme(Theme.DARK);
        }
        var ready = begin(settings(), Optional.empty());
        assertThat(ready.language()).isEqualTo(Language.KOREAN);
        assertThat(ready.theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void theAccountOfTheLaunchIsActedFor() throws Exception {
        var ready = begin(settings().withAccount(AccountName.of("kimchi")), Optional.empty());
        assertThat(ready.session().currentAccountProperty().get()).isEqualTo(AccountName.of("kimchi"));
    }
}
