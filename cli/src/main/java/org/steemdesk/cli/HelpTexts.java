package org.steemdesk.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Supplier;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;
import picocli.CommandLine;

/**
 * The {@code cli.help.*} texts of the i18n bundles as the resource bundle picocli reads usage help from: key
 * {@code cli.help.K} answers picocli's key {@code K} (a command's {@code steemdesk.keys.import.usage.description}, an
 * option's longest name, a positional's {@code LABEL[index]}, the headings). The language is asked for only when the
 * help is printed, after the command line (and its {@code --lang}) was parsed. Both bundles hold the same keys (the
 * consistency test), so the key set is taken from English. The texts are picocli's own
 * format (%n, no MessageFormat).
 */
final class HelpTexts extends ResourceBundle {
    static final String PREFIX = "cli.help.";

    private final Supplier<Messages> messages;
    private final Map<String, String> keys = new HashMap<>();

    /**
     * @param aliases picocli keys answered by another picocli key: the help subcommand of every parent command
     *                shares the texts of the root's
     */
    HelpTexts(Supplier<Messages> messages, Map<String, String> aliases) {
        this.messages = messages;
        ResourceBundle english = new Messages(Language.ENGLISH).bundle();
        for (String key : english.keySet()) {
            if (key.startsWith(PREFIX)) {
                keys.put(key.substring(PREFIX.length()), key);
            }
        }
        aliases.forEach((alias, key) -> {
            if (keys.containsKey(key)) {
                keys.put(alias, keys.get(key));
            }
        });
    }

    /** The texts a command of this tree prints, in the language of its command line. */
    static HelpTexts of(CommandLine command) {
        return (HelpTexts) command.getResourceBundle();
    }

    Messages messages() {
        return messages.get();
    }

    @Override
    protected Object handleGetObject(String key) {
        String bundleKey = keys.get(key);
        return bundleKey == null ? null : messages.get().bundle().getString(bundleKey);
    }

    @Override
    protected Set<String> handleKeySet() {
        return keys.keySet();
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(keys.keySet());
    }
}
