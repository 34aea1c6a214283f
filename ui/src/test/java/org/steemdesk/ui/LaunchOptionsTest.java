package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steemdesk.i18n.Language;

class LaunchOptionsTest {
    @Test
    void readsTheLanguageAndLeavesOtherOptionsAlone() {
        var options = LaunchOptions.parse(List.of("--node", "https://api.steemit.com", "--lang", "ko",
                "--data-dir", "/tmp/x"));
        assertThat(options.language()).contains(Language.KOREAN);
        assertThat(LaunchOptions.parse(List.of("--lang=en")).language()).contains(Language.ENGLISH);
    }

    @Test
    void noLanguageMeansTheSystemDecides() {
        assertThat(LaunchOptions.parse(List.of("--node", "https://api.steemit.com")).language()).isEmpty();
    }

    @Test
    void aBadLanguageIsRejectedClearly() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--lang", "de"))).hasMessageContaining("ko or en");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--lang"))).hasMessageContaining("ko or en");
    }
}
