package org.steemdesk.ui;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.i18n.Language;

/**
 * The global options the desktop client reads: {@code --lang}, {@code --node URL} (repeatable) and
 * {@code --data-dir DIR}, in the same spellings as the CLI's, each also as {@code --option=value}. Other arguments
 * are ignored: the CLI has already rejected unknown ones.
 */
public record LaunchOptions(Optional<Language> language, List<URI> nodes, Optional<Path> dataDir) {
    private static final String LANG = "--lang";
    private static final String NODE = "--node";
    private static final String DATA_DIR = "--data-dir";

    public LaunchOptions {
        Objects.requireNonNull(language, "language");
        nodes = List.copyOf(nodes);
        Objects.requireNonNull(dataDir, "dataDir");
    }

    public static LaunchOptions parse(List<String> args) {
        Optional<Language> language = Optional.empty();
        List<URI> nodes = new ArrayList<>();
        Optional<Path> dataDir = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!name.equals(LANG) && !name.equals(NODE) && !name.equals(DATA_DIR)) {
                continue;
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException(name + " needs a value" + hint(name));
            }
            switch (name) {
                case LANG -> language = Optional.of(Language.fromTag(value));
                case NODE -> nodes.add(parseNode(value));
                default -> dataDir = Optional.of(Path.of(value));
            }
        }
        return new LaunchOptions(language, nodes, dataDir);
    }

    private static String hint(String name) {
        return switch (name) {
            case LANG -> ": ko or en";
            case NODE -> ": a URL such as https://api.steemit.com";
            default -> ": a directory";
        };
    }

    /** A node URL as the user typed it; http or https with a host. */
    public static URI parseNode(String text) {
        try {
            URI url = URI.create(text.trim());
            if ((!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) || url.getHost() == null) {
                throw new IllegalArgumentException(text);
            }
            return url;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--node needs a URL such as https://api.steemit.com, got " + text);
        }
    }
}
