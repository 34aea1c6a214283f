package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.steemdesk.i18n.Messages;

/**
 * Keeps the two bundles and the sources in step: every key in both languages with the same placeholders, every
 * key used somewhere, every used key defined, and no user-visible text written straight into FXML or controllers.
 * Keys count as used when they appear as {@code %key} in FXML or as a literal in {@code .get("key"...)} in Java.
 */
class LocalizationConsistencyTest {
    private static final Path UI_RESOURCES = Path.of("src/main/resources");
    // app.rewards and app.vote name reward kinds, CSV headers and vote failures for the UI and the CLI alike; the CLI's
    // texts are cli.* keys.
    private static final List<Path> JAVA_SOURCES = List.of(Path.of("src/main/java"), Path.of("../i18n/src/main/java"),
            Path.of("../app/src/main/java/org/steemdesk/app/rewards"), Path.of("../app/src/main/java/org/steemdesk/app/vote"),
            Path.of("../cli/src/main/java"));

    private static final String CLI_HELP = "cli.help.";
    private static final Pattern FXML_KEY = Pattern.compile("\"%([\\w.]+)\"");
    // .get("key"…) anywhere; the CLI's CliError("key"…) carries a key that ErrorReporter looks up.
    private static final Pattern JAVA_KEY = Pattern.compile("(?:\\.get|\\bCliError)\\(\\s*\"([\\w.]+)\"");
    // A phrase table (kind → key, e.g. HistorySentences) names whole keys as string literals and looks them up later.
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][\\w]*(?:\\.[\\w]+)+)\"");
    // ./steemdesk prints its own lines (building, preparing) from the bundles before Java runs: `say KEY`.
    private static final Path LAUNCHER_SCRIPT = Path.of("../steemdesk");
    private static final Pattern SCRIPT_KEY = Pattern.compile("\\bsay ([\\w.]+)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern FXML_TEXT_ATTRIBUTE =
            Pattern.compile("\\b(text|promptText|title|accessibleText|headerText|contentText)=\"([^\"]*)\"");
    private static final Pattern JAVA_LITERAL_TEXT = Pattern.compile(
            "\\.set(Text|PromptText|Title|HeaderText|ContentText|AccessibleText)\\(\\s*\""
            + "|new (Label|Button|ToggleButton|RadioButton|CheckBox|Tooltip|MenuItem|Menu|MenuButton|Tab|Hyperlink"
            + "|Text|TitledPane)\\(\\s*\"");

    private final Map<String, String> english = bundle("messages.properties");
    private final Map<String, String> korean = bundle("messages_ko.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(difference(english.keySet(), korean.keySet())).as("keys missing in Korean").isEmpty();
        assertThat(difference(korean.keySet(), english.keySet())).as("keys missing in English").isEmpty();
    }

    @Test
    void placeholdersMatchBetweenLanguages() {
        var mismatched = new ArrayList<String>();
        english.forEach((key, text) -> {
            if (korean.containsKey(key) && !placeholders(text).equals(placeholders(korean.get(key)))) {
                mismatched.add(key + ": " + placeholders(text) + " vs " + placeholders(korean.get(key)));
            }
        });
        assertThat(mismatched).isEmpty();
    }

    @Test
    void everyTextIsAValidMessageFormat() {
        english.forEach((key, text) -> assertThatCode(() -> new MessageFormat(text, Locale.ENGLISH))
                .as(key).doesNotThrowAnyException());
        korean.forEach((key, text) -> assertThatCode(() -> new MessageFormat(text, Locale.KOREAN))
                .as(key).doesNotThrowAnyException());
    }

    @Test
    void everyKeyIsUsedAndEveryUsedKeyExists() {
        var used = usedKeys();
        mentionedKeys().stream().filter(english::containsKey).forEach(used::add);
        // The CLI's usage help (cli.help.*) is read by picocli by its own key names; cli's CommandHelpTest checks those
        // keys against the command tree (every command, option and parameter has one, no key is left over).
        english.keySet().stream().filter(key -> key.startsWith(CLI_HELP)).forEach(used::add);
        assertThat(difference(english.keySet(), used)).as("unused keys").isEmpty();
        assertThat(difference(used, english.keySet())).as("keys used but not defined").isEmpty();
    }

    @Test
    void fxmlHasNoLiteralTexts() {
        var literals = new ArrayList<String>();
        for (Path file : files(UI_RESOURCES, ".fxml")) {
            Matcher m = FXML_TEXT_ATTRIBUTE.matcher(read(file));
            while (m.find()) {
                if (!m.group(2).isEmpty() && !m.group(2).startsWith("%")) {
                    literals.add(file.getFileName() + ": " + m.group());
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    @Test
    void controllersSetNoLiteralTexts() {
        var literals = new ArrayList<String>();
        for (Path file : files(Path.of("src/main/java"), ".java")) {
            Matcher m = JAVA_LITERAL_TEXT.matcher(read(file));
            while (m.find()) {
                literals.add(file.getFileName() + ": " + m.group());
            }
        }
        assertThat(literals).isEmpty();
    }

    @Test
    void theChecksSeeTheirTargets() {
        // Guards against a moved source tree making every check above pass vacuously.
        assertThat(files(UI_RESOURCES, ".fxml")).hasSizeGreaterThanOrEqualTo(Page.values().length);
        assertThat(usedKeys()).contains("settings.language", "time.hours.ago", "app.title");
    }

    private static Set<String> usedKeys() {
        var used = new TreeSet<String>();
        for (Path file : files(UI_RESOURCES, ".fxml")) {
            FXML_KEY.matcher(read(file)).results().forEach(r -> used.add(r.group(1)));
        }
        for (Path root : JAVA_SOURCES) {
            for (Path file : files(root, ".java")) {
                JAVA_KEY.matcher(read(file)).results().forEach(r -> used.add(r.group(1)));
            }
        }
        SCRIPT_KEY.matcher(read(LAUNCHER_SCRIPT)).results().forEach(r -> used.add(r.group(1)));
        return used;
    }

    /** Whole keys written as string literals in the desktop's sources (counted as used only when they are keys). */
    private static Set<String> mentionedKeys() {
        var mentioned = new TreeSet<String>();
        for (Path file : files(Path.of("src/main/java"), ".java")) {
            JAVA_LITERAL.matcher(read(file)).results().forEach(r -> mentioned.add(r.group(1)));
        }
        return mentioned;
    }

    private static Set<String> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(r -> r.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        var result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Map<String, String> bundle(String name) {
        var resource = "/" + Messages.BUNDLE.substring(0, Messages.BUNDLE.lastIndexOf('.')).replace('.', '/')
                + "/" + name;
        try (var in = Messages.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            var map = new TreeMap<String, String>();
            properties.forEach((k, v) -> map.put((String) k, (String) v));
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
