package org.steemdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command of the tree, walked from the root as picocli sees it, answers {@code X --help} and {@code help X}
 * with its usage in both languages: a command added later cannot forget its help. One tree per language serves all
 * the runs (building it costs far more than printing a usage).
 */
class CommandHelpTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void everyCommandAnswersHelpBothWaysInEnglish() {
        assertThat(failures("en", "Usage: steemdesk ")).isEmpty();
    }

    @Test
    void everyCommandAnswersHelpBothWaysInKorean() {
        assertThat(failures("ko", "사용법: steemdesk ")).isEmpty();
    }

    @Test
    void theWalkSeesTheWholeTree() {
        assertThat(commandPaths(tree())).contains(List.of("keys", "import"), List.of("vote"),
                List.of("curation", "trail", "add")).hasSizeGreaterThan(40);
    }

    @Test
    void theIssuesCommandsNoLongerAskForRequiredOptions() {
        for (String[] args : new String[][] {{"help", "keys", "import"}, {"keys", "import", "--help"},
                {"vote", "--help"}, {"keys", "help", "import"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).as(String.join(" ", args)).startsWith("Usage: steemdesk ");
            assertThat(run.err()).isEmpty();
        }
    }

    @Test
    void everyCommandOptionAndParameterHasItsTextInBothLanguages() {
        for (Language language : Language.values()) {
            CommandFactory factory = new CommandFactory(new CommandContext(new Terminal()));
            CommandLine root = new CommandLine(new SteemdeskCommand((settings, lang) -> 0), factory);
            CommandIndex.register(root, factory);
            CommandHelp.install(root, () -> new Messages(language));
            List<String> missing = new ArrayList<>();
            for (CommandSpec spec : specs(root)) {
                String q = spec.qualifiedName(" ");
                check(q, spec.usageMessage().description(), missing);
                spec.options().forEach(o -> check(q + " " + o.longestName(), o.description(), missing));
                spec.positionalParameters().forEach(p -> check(q + " " + p.paramLabel(), p.description(), missing));
            }
            assertThat(missing).as(language.name()).isEmpty();
        }
    }

    @Test
    void everyHelpTextInTheBundlesIsAskedForByTheTree() {
        CommandLine root = tree();
        Set<String> asked = new HashSet<>(Set.of("usage.synopsisHeading", "usage.commandListHeading"));
        for (CommandSpec spec : specs(root)) {
            String q = spec.qualifiedName(".") + ".";
            asked.add(q + "usage.description");
            List<String> keys = new ArrayList<>();
            spec.options().forEach(o -> keys.add(o.descriptionKey() == null || o.descriptionKey().isEmpty()
                    ? o.longestName().replaceFirst("^-+", "") : o.descriptionKey()));
            spec.positionalParameters().forEach(p -> keys.add(p.descriptionKey() == null || p.descriptionKey().isEmpty()
                    ? p.paramLabel() + "[" + p.index() + "]" : p.descriptionKey()));
            keys.forEach(k -> asked.addAll(List.of(k, q + k)));
        }
        List<String> stale = new Messages(Language.ENGLISH).bundle().keySet().stream()
                .filter(k -> k.startsWith(HelpTexts.PREFIX)).map(k -> k.substring(HelpTexts.PREFIX.length()))
                .filter(k -> !asked.contains(k)).sorted().toList();
        assertThat(stale).isEmpty();
    }

    /** Picocli formats every help text (%n, %%): a lone % would print the raw text with a warning. */
    @Test
    void helpTextsEscapeTheirPercentSigns() {
        for (Language language : Language.values()) {
            ResourceBundle bundle = new Messages(language).bundle();
            List<String> lone = bundle.keySet().stream().filter(k -> k.startsWith(HelpTexts.PREFIX))
                    .filter(k -> bundle.getString(k).replace("%%", "").replace("%n", "").contains("%"))
                    .sorted().toList();
            assertThat(lone).as(language.name()).isEmpty();
        }
    }

    private static void check(String what, String[] text, List<String> missing) {
        if (text.length == 0 || text[0].isBlank()) {
            missing.add(what);
        }
    }

    private static List<CommandSpec> specs(CommandLine root) {
        List<CommandSpec> specs = new ArrayList<>(List.of(root.getCommandSpec()));
        root.getSubcommands().forEach((name, sub) -> {
            if (name.equals(sub.getCommandName())) {
                specs.addAll(specs(sub));
            }
        });
        return specs;
    }

    private List<String> failures(String lang, String usage) {
        CommandLine tree = tree();
        List<String> failures = new ArrayList<>();
        for (List<String> path : commandPaths(tree)) {
            String name = String.join(" ", path);
            int dashedCode = run(tree, concat(List.of("--lang", lang), path, List.of("--help")));
            String dashed = take(out);
            if (dashedCode != 0 || !dashed.startsWith(usage + name) || dashed.contains("null")) {
                failures.add(name + " --help: " + dashedCode + " " + dashed + take(err));
            }
            int helpedCode = run(tree, concat(List.of("--lang", lang, "help"), path, List.of()));
            String helped = take(out);
            if (helpedCode != 0 || !helped.equals(dashed)) {
                failures.add("help " + name + ": " + helpedCode + " " + helped + take(err));
            }
        }
        return failures;
    }

    private CommandLine tree() {
        Terminal terminal = new Terminal(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                null);
        return SteemdeskCommand.commandLine(new CommandContext(terminal), (settings, language) -> 0);
    }

    private static int run(CommandLine tree, List<String> args) {
        return tree.execute(args.toArray(String[]::new));
    }

    private static String take(ByteArrayOutputStream stream) {
        String text = stream.toString(StandardCharsets.UTF_8);
        stream.reset();
        return text;
    }

    /** The path of every command below the root (help commands aside), as typed after {@code steemdesk}. */
    static List<List<String>> commandPaths(CommandLine root) {
        Set<List<String>> paths = new LinkedHashSet<>();
        walk(root, List.of(), paths);
        return List.copyOf(paths);
    }

    private static void walk(CommandLine command, List<String> path, Set<List<String>> paths) {
        command.getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().helpCommand() && name.equals(sub.getCommandName())) {
                List<String> subPath = concat(path, List.of(name), List.of());
                paths.add(subPath);
                walk(sub, subPath, paths);
            }
        });
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        return Stream.of(a, b, c).flatMap(List::stream).toList();
    }
}
