package org.steemdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A line that names a command gets a tree with that command alone; every usage, help text and error stays what the
 * whole tree gives.
 */
class CommandIndexTest {

    @Test
    void eachNameIsItsCommandsOwnName() {
        CommandIndex.COMMANDS.forEach((name, type) ->
                assertThat(type.getAnnotation(Command.class).name()).as(type.getName()).isEqualTo(name));
    }

    /** The readers before picocli know the global options by these names: they must be the annotated ones. */
    @Test
    void theGlobalOptionNamesAreTheAnnotatedOnes() {
        var spec = CommandLine.Model.CommandSpec.forAnnotatedObject(new GlobalOptions());
        List<String> valued = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        for (var option : spec.options()) {
            (option.arity().max() == 0 ? flags : valued).addAll(List.of(option.names()));
        }
        assertThat(valued).containsExactlyInAnyOrderElementsOf(GlobalOptionNames.VALUED);
        assertThat(flags).containsExactlyInAnyOrderElementsOf(GlobalOptionNames.FLAGS);
    }

    @Test
    void aPlainLineNamesItsCommand() {
        assertThat(CommandIndex.named("tx", "sign", "--wif-file", "k")).contains("tx");
        assertThat(CommandIndex.named("--lang", "ko", "--json", "--node=http://a", "--data-dir", "d", "vote", "x"))
                .contains("vote");
        assertThat(CommandIndex.named("--debug", "keys", "help", "import")).contains("keys");
    }

    @Test
    void anythingLessPlainIsLeftToTheWholeTree() {
        for (String[] args : new String[][] {{}, {"--help"}, {"-h"}, {"--version"}, {"help", "tx"}, {"frobnicate"},
                {"vot"}, {"TX"}, {"--bogus", "tx"}, {"--", "tx"}, {"--node", "keys", "tx"}, {"--node", "help", "tx"},
                {"--node", "--json", "tx"}, {"--lang"}, {"--lang", "ko"}}) {
            assertThat(CommandIndex.named(args)).as(String.join(" ", args)).isEqualTo(Optional.empty());
        }
    }

    @Test
    void theTreeOfANamedCommandHoldsItAlone() {
        CommandLine tree = SteemdeskCommand.commandLine(new CommandContext(new Terminal()), (s, l) -> 0,
                "--lang", "ko", "tx", "inspect");
        assertThat(tree.getSubcommands().keySet()).containsExactly("tx", "help");
        assertThat(SteemdeskCommand.commandLine(new CommandContext(new Terminal()), (s, l) -> 0, "frob")
                .getSubcommands().keySet()).hasSize(CommandIndex.COMMANDS.size() + 1);
    }

    /** Each command's help and usage errors, in both languages, by a one-command tree and by the whole tree. */
    @Test
    void everyCommandsHelpAndErrorsAreTheWholeTreesWord() {
        List<String> differ = new ArrayList<>();
        for (String lang : List.of("en", "ko")) {
            Capture whole = new Capture();
            CommandLine wholeTree = SteemdeskCommand.commandLine(whole.context, (s, l) -> 0);
            for (List<String> path : CommandHelpTest.commandPaths(wholeTree)) {
                for (List<String> args : List.of(concat(List.of("--lang", lang), path, List.of("--help")),
                        concat(List.of("--lang", lang), path, List.of("--no-such-option")),
                        concat(List.of("--lang=" + lang), path, List.of("-h")))) {
                    String[] line = args.toArray(String[]::new);
                    Capture one = new Capture();
                    String alone = one.run(SteemdeskCommand.commandLine(one.context, (s, l) -> 0, line), line);
                    String all = whole.run(wholeTree, line);
                    if (!alone.equals(all)) {
                        differ.add(String.join(" ", args) + "\n" + alone + "\n---\n" + all);
                    }
                }
            }
        }
        assertThat(differ).isEmpty();
    }

    /** A run's terminal: out and err captured, no input. */
    private static final class Capture {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();
        private final CommandContext context = new CommandContext(new Terminal(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                null));

        /** Exit code, out and err of one line on the tree. */
        String run(CommandLine tree, String[] args) {
            int code = tree.execute(args);
            String result = code + "\n" + out.toString(StandardCharsets.UTF_8) + "\n" + err.toString(StandardCharsets.UTF_8);
            out.reset();
            err.reset();
            return result;
        }
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        return Stream.of(a, b, c).flatMap(List::stream).toList();
    }
}
