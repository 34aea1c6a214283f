package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class LanguageSwitchTest extends OfflineDesktopTest {
    private final UiSettings settings = desktop.settings;

    LanguageSwitchTest() {
        super(null);
    }

    @Test
    void choosingKoreanInSettingsRelabelsTheWholeOpenView(FxRobot robot) {
        robot.clickOn("#settingsNav");
        var before = labels();
        assertThat(before).contains("Settings", "Language", "Theme");

        robot.clickOn("#korean");
        WaitForAsyncUtils.waitForFxEvents();

        var after = labels();
        assertEveryLabelChanged(before, after);
        assertThat(after).contains("설정", "언어", "테마", "피드", "지갑");
        assertThat(settings.pageProperty().get()).isEqualTo(Page.SETTINGS);
    }

    @ParameterizedTest
    @EnumSource(Page.class)
    void everyPageSwitchesBothWays(Page page, FxRobot robot) {
        robot.interact(() -> settings.pageProperty().set(page));
        var english = labels();

        robot.interact(() -> settings.languageProperty().set(Language.KOREAN));
        var korean = labels();
        assertEveryLabelChanged(english, korean);

        robot.interact(() -> settings.languageProperty().set(Language.ENGLISH));
        assertThat(labels()).isEqualTo(english);
    }

    /**
     * Labels may keep their text only where both languages write the same (names like "English", "RC {0}", the
     * dash for missing data) or where the text is just a number.
     */
    private static void assertEveryLabelChanged(List<String> before, List<String> after) {
        assertThat(after).hasSameSizeAs(before);
        var sameInBoth = patternsSameInBothLanguages();
        for (int i = 0; i < before.size(); i++) {
            String text = before.get(i);
            // Numbers, account names (@alice) and node addresses read the same in both languages.
            if (text.isEmpty() || text.matches("[\\d,.%]+") || text.matches("@[a-z0-9.-]+|https?://\\S+")
                    || sameInBoth.stream().anyMatch(p -> p.matcher(text).matches())) {
                continue;
            }
            assertThat(after.get(i)).as("label %d, was \"%s\"", i, text).isNotEqualTo(text);
        }
    }

    private static List<Pattern> patternsSameInBothLanguages() {
        var english = new Messages(Language.ENGLISH).bundle();
        var korean = new Messages(Language.KOREAN).bundle();
        return english.keySet().stream()
                .filter(k -> english.getString(k).equals(korean.getString(k)))
                .map(k -> new Messages(Language.ENGLISH).get(k)) // resolves escapes; placeholders stay as {n}
                .map(LanguageSwitchTest::placeholdersAsWildcards)
                .toList();
    }

    private static Pattern placeholdersAsWildcards(String text) {
        return Pattern.compile(Arrays.stream(text.split("\\{\\d+}", -1))
                .map(Pattern::quote)
                .collect(Collectors.joining(".*")));
    }

    private List<String> labels() {
        WaitForAsyncUtils.waitForFxEvents();
        var texts = new ArrayList<String>();
        collect(shown.stage().getScene().getRoot(), texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Labeled labeled) {
            texts.add(labeled.getText() == null ? "" : labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }
}
