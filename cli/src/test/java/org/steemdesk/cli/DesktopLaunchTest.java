package org.steemdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.AppSettings;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.ChainId;
import org.steemdesk.i18n.Language;

/** Without a command, the global options are parsed once, here, and handed to the desktop as the CLI reads them. */
class DesktopLaunchTest {
    private static final String TESTNET = "46d82ab7d8db682eb1959aed0ada039a6d49afa1602491f93dde9cac3e8e6c32";

    private record Opened(AppSettings settings, Optional<Language> language) {
    }

    private final List<Opened> opened = new ArrayList<>();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Terminal terminal = new Terminal(new ByteArrayInputStream(new byte[0]), new PrintStream(
                new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8), null);
        return SteemdeskCommand.run(args, terminal, (settings, language) -> {
            opened.add(new Opened(settings, language));
            return 0;
        });
    }

    @Test
    void theDesktopGetsEveryGlobalOptionTheCliReads() {
        assertThat(run("--node", "https://api.steemit.com", "--lang", "ko", "--node=http://127.0.0.1:8090",
                "--data-dir", "/tmp/steemdesk", "--chain-id", TESTNET, "--account", "alice")).isZero();
        Opened desktop = opened.get(0);
        assertThat(desktop.language()).contains(Language.KOREAN);
        assertThat(desktop.settings().nodes()).containsExactly(URI.create("https://api.steemit.com"),
                URI.create("http://127.0.0.1:8090"));
        assertThat(desktop.settings().dataDir()).contains(Path.of("/tmp/steemdesk"));
        assertThat(desktop.settings().chainId()).isEqualTo(ChainId.fromHex(TESTNET));
        assertThat(desktop.settings().account()).contains(AccountName.of("alice"));
        assertThat(desktop.settings().nodePolicy()).isEqualTo(AppSettings.NODE_POLICY);
    }

    @Test
    void noOptionsMeanTheDefaults() {
        assertThat(run("--lang=en")).isZero();
        assertThat(opened.get(0).language()).contains(Language.ENGLISH);
        assertThat(opened.get(0).settings().nodes()).isEmpty();
        assertThat(opened.get(0).settings().chainId()).isEqualTo(ChainId.MAINNET);
        assertThat(run()).isZero();
        assertThat(opened.get(1).language()).isEmpty();
    }

    @Test
    void aBadNodeOrLanguageIsOneClearLineAndNoWindow() {
        assertThat(run("--node", "ftp://x")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("steemdesk: --node needs a URL such as "
                + "https://api.steemit.com, got ftp://x");
        assertThat(run("--lang", "de")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ko or en");
        assertThat(run("--lang")).isEqualTo(2);
        assertThat(opened).isEmpty();
    }
}
