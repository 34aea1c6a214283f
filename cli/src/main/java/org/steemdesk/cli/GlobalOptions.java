package org.steemdesk.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.steemdesk.app.AppSettings;
import org.steemdesk.app.node.NodeUrl;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.ChainId;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Options every command understands, before or after the command name. Each command mixes this in, and every
 * setter writes to the root command's copy, so a value given anywhere on the line is seen by all commands.
 */
public final class GlobalOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    private final List<String> nodes = new ArrayList<>();
    private Path dataDir;
    private ChainId chainId = ChainId.MAINNET;
    private boolean json;
    private boolean debug;
    private String account;
    private Path vaultPasswordFile;
    private String language;
    private Duration timeout;

    @Option(names = "--node", paramLabel = "URL")
    void setNodes(List<String> urls) {
        List<String> all = root().nodes;
        for (String url : urls) {
            if (!all.contains(url)) {
                all.add(url);
            }
        }
    }

    @Option(names = "--data-dir", paramLabel = "DIR")
    void setDataDir(Path dir) {
        root().dataDir = dir;
    }

    @Option(names = "--chain-id", paramLabel = "HEX")
    void setChainId(String hex) {
        root().chainId = ChainId.fromHex(hex);
    }

    @Option(names = "--json")
    void setJson(boolean value) {
        root().json = value;
    }

    @Option(names = "--debug")
    void setDebug(boolean value) {
        root().debug = value;
    }

    @Option(names = "--account", paramLabel = "NAME")
    void setAccount(String name) {
        root().account = name;
    }

    @Option(names = "--vault-password-file", paramLabel = "F")
    void setVaultPasswordFile(Path file) {
        root().vaultPasswordFile = file;
    }

    @Option(names = "--lang", paramLabel = "ko|en")
    void setLanguage(String tag) {
        root().language = tag;
    }

    @Option(names = "--timeout", paramLabel = "DURATION", converter = Timeout.class)
    void setTimeout(Duration value) {
        root().timeout = value;
    }

    /** 1s to 1h, so that a typo can neither make every node "too slow" nor hold a command for a day. */
    static final class Timeout implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String text) {
            Duration value;
            try {
                value = CliFormat.duration(text, "--timeout");
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("a duration such as 30s, 2m or 1h, got \"" + text + "\"");
            }
            if (value.compareTo(Duration.ofSeconds(1)) < 0 || value.compareTo(Duration.ofHours(1)) > 0) {
                throw new CommandLine.TypeConversionException("1s to 1h, got \"" + text + "\"");
            }
            return value;
        }
    }

    public List<String> nodes() {
        return List.copyOf(root().nodes);
    }

    public Path dataDir() {
        return root().dataDir;
    }

    public ChainId chainId() {
        return root().chainId;
    }

    public boolean json() {
        return root().json;
    }

    public boolean debug() {
        return root().debug;
    }

    /** The --account value, if given; see {@code AppContext.actingAccount()} for the default. */
    public String account() {
        return root().account;
    }

    /** The --lang value as given, if any; the desktop app validates it. */
    public String language() {
        return root().language;
    }

    public Path vaultPasswordFile() {
        return root().vaultPasswordFile;
    }

    /** The --timeout value, if given. */
    public Duration timeout() {
        return root().timeout;
    }

    /**
     * The application settings these options give, the same for a command and for the desktop app. A bad
     * {@code --node} or {@code --account} is reported here, when the first command (or the desktop) needs them.
     */
    public AppSettings settings() {
        AppSettings settings = AppSettings.defaults().withNodes(nodes().stream().map(GlobalOptions::nodeUrl).toList())
                .withChainId(chainId());
        if (dataDir() != null) {
            settings = settings.withDataDir(dataDir());
        }
        if (account() != null) {
            settings = settings.withAccount(AccountName.of(account()));
        }
        if (timeout() != null) {
            settings = settings.withTimeout(timeout());
        }
        return settings;
    }

    private static URI nodeUrl(String text) {
        try {
            return NodeUrl.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CliError("cli.error.node", text);
        }
    }

    private GlobalOptions root() {
        return mixee == null ? this : ((SteemdeskCommand) mixee.root().userObject()).global;
    }
}
