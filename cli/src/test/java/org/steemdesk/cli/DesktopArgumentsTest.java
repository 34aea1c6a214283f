package org.steemdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The launcher's picocli-free reading of a desktop start must give the desktop exactly what the CLI would (the
 * same settings and language), and must hand every other line (a command, help, a bad or unknown option) to the CLI.
 */
class DesktopArgumentsTest {
    private static final String TESTNET = "46d82ab7d8db682eb1959aed0ada039a6d49afa1602491f93dde9cac3e8e6c32";

    /** What the CLI hands the desktop for these arguments, if it opens it. */
    private static Optional<DesktopArguments> throughTheCli(String... args) {
        var opened = new ArrayList<DesktopArguments>();
        var nowhere = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        SteemdeskCommand.run(args, new Terminal(new ByteArrayInputStream(new byte[0]), nowhere, nowhere, null),
                (settings, language) -> {
                    opened.add(new DesktopArguments(settings, language));
                    return 0;
                });
        return opened.stream().findFirst();
    }

    private static String[] line(String text) {
        return text.isEmpty() ? new String[0] : text.replace("TESTNET", TESTNET).split(" ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--lang ko", "--lang=en", "--lang KO",
        "--node https://api.steemit.com --lang ko --node=http://127.0.0.1:8090 --node https://api.steemit.com",
        "--data-dir /tmp/steemdesk --chain-id TESTNET --account alice", "--timeout 45s --json --debug",
        "--vault-password-file /tmp/pw --data-dir=/tmp/d --timeout=2m"})
    void aDesktopStartGivesWhatTheCliWouldGive(String text) {
        Optional<DesktopArguments> fast = DesktopArguments.of(line(text));
        assertThat(fast).isPresent();
        // Compared as text: the settings hold a clock and a SecureRandom, equal in kind but not as instances.
        assertThat(fast).hasToString(throughTheCli(line(text)).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"keys list", "--lang ko tx inspect f.json", "--help", "-h", "--version", "-V",
        "--lang de", "--lang", "--node ftp://x", "--node", "--chain-id zz", "--account A!", "--timeout 0s",
        "--timeout 2h", "--timeout soon", "--verbose", "--data-dir --lang ko", "--lang=ko list", "x"})
    void everyOtherLineGoesToTheCli(String text) {
        assertThat(DesktopArguments.of(line(text))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--lang de", "--node ftp://x", "--timeout 2h"})
    void aValueTheFastReaderRefusesTheCliRefusesToo(String text) {
        assertThat(throughTheCli(line(text))).isEmpty();
    }

    @Test
    void theLinesTestedAboveCoverEveryGlobalOption() {
        List<String> covered = List.of("--node", "--data-dir", "--chain-id", "--json", "--debug", "--account",
                "--vault-password-file", "--lang", "--timeout");
        for (var setter : GlobalOptions.class.getDeclaredMethods()) {
            var option = setter.getAnnotation(picocli.CommandLine.Option.class);
            if (option != null) {
                assertThat(covered).contains(option.names());
            }
        }
    }
}
