package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steemdesk.i18n.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FontNoticeTest {
    private final TestDesktop desktop = new TestDesktop(Language.KOREAN, Theme.LIGHT, new KoreanFont(Optional.empty()),
            List.of(TestDesktop.NO_NODE));
    private final UiSettings settings = desktop.settings;

    @Start
    void start(Stage stage) {
        new MainWindow(stage, desktop.context);
        stage.show();
    }

    @AfterEach
    void close() {
        desktop.close();
    }

    @Test
    void withoutAKoreanFontKoreanUsersAreToldWhatToInstall(FxRobot robot) {
        var notice = robot.lookup("#fontNotice").queryAs(Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).contains(KoreanFont.PACKAGE).contains("Korean font");
    }

    @Test
    void englishNeedsNoNotice(FxRobot robot) {
        robot.interact(() -> settings.languageProperty().set(Language.ENGLISH));
        assertThat(robot.lookup("#fontNotice").queryAs(Label.class).isVisible()).isFalse();
    }
}
