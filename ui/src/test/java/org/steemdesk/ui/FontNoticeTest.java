package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steemdesk.i18n.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FontNoticeTest {
    private final UiSettings settings = new UiSettings(Language.KOREAN, Theme.LIGHT);

    @Start
    void start(Stage stage) {
        new MainWindow(stage, settings, new StatusModel(), new KoreanFont(Optional.empty()));
        stage.show();
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
