package org.steemdesk.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steemdesk.app.AppSettings;
import org.steemdesk.app.node.NodeUrl;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.ChainId;
import org.steemdesk.i18n.Language;

/**
 * The desktop app's start, read from a command line that names no command: only the global options, each well
 * formed. Read without picocli, whose model of every subcommand (and its Java 5 class files, which no CDS archive or
 * AOT cache can hold) cost about a quarter of the time to the first frame. Anything else (a command, help, an
 * unknown option, a value the CLI would refuse) is left to {@link SteemdeskCommand#run}, which reports it exactly as
 * before; so this reader only has to recognise the good case, never to word an error.
 */
public record DesktopArguments(AppSettings settings, Optional<Language> language) {
    private static final Duration MIN_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration MAX_TIMEOUT = Duration.ofHours(1);

    /** The desktop start these arguments ask for, or empty when the CLI must read them. */
    public static Optional<DesktopArguments> of(String... args) {
        var values = new Values();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (GlobalOptionNames.FLAGS.contains(arg)) {
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            String value;
            if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            if (!values.set(name, value)) {
                return Optional.empty();
            }
        }
        return values.desktop();
    }

    /** The options as given, checked as GlobalOptions checks them once they are all read. */
    private static final class Values {
        private final List<String> nodes = new ArrayList<>();
        private String dataDir;
        private String chainId;
        private String account;
        private String language;
        private String timeout;

        /** Takes one option's value; false for a name that is not a global option with a value. */
        boolean set(String name, String value) {
            switch (name) {
                case "--node" -> {
                    if (!nodes.contains(value)) {
                        nodes.add(value);
                    }
                }
                case "--data-dir" -> dataDir = value;
                case "--chain-id" -> chainId = value;
                case "--account" -> account = value;
                case "--lang" -> language = value;
                case "--timeout" -> timeout = value;
                case "--vault-password-file" -> {
                    // read by commands only; the desktop asks for the password itself
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        Optional<DesktopArguments> desktop() {
            try {
                var urls = new ArrayList<URI>();
                for (String node : nodes) {
                    urls.add(NodeUrl.parse(node));
                }
                AppSettings settings = AppSettings.defaults().withNodes(urls)
                        .withChainId(chainId == null ? ChainId.MAINNET : ChainId.fromHex(chainId));
                if (dataDir != null) {
                    settings = settings.withDataDir(Path.of(dataDir));
                }
                if (account != null) {
                    settings = settings.withAccount(AccountName.of(account));
                }
                if (timeout != null) {
                    Duration value = CliFormat.duration(timeout, "--timeout");
                    if (value.compareTo(MIN_TIMEOUT) < 0 || value.compareTo(MAX_TIMEOUT) > 0) {
                        return Optional.empty();
                    }
                    settings = settings.withTimeout(value);
                }
                return Optional.of(new DesktopArguments(settings,
                        Optional.ofNullable(language).map(Language::fromTag)));
            } catch (RuntimeException refused) {
                return Optional.empty(); // the CLI says what is wrong, in its words
            }
        }
    }
}
