package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
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
    void readsRepeatedNodesAndTheDataDirectory() {
        var options = LaunchOptions.parse(List.of("--node", "https://api.steemit.com", "--node=http://127.0.0.1:8090",
                "--data-dir", "/tmp/steemdesk"));
        assertThat(options.nodes()).containsExactly(URI.create("https://api.steemit.com"),
                URI.create("http://127.0.0.1:8090"));
        assertThat(options.dataDir()).contains(Path.of("/tmp/steemdesk"));
        assertThat(LaunchOptions.parse(List.of()).nodes()).isEmpty();
    }

    @Test
    void aBadNodeIsRejectedClearly() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--node", "ftp://x"))).hasMessageContaining(
                "https://api.steemit.com");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--data-dir"))).hasMessageContaining("directory");
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
