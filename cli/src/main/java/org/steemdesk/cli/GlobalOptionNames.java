package org.steemdesk.cli;

import java.util.Set;

/**
 * The names of {@link GlobalOptions}' options, those that take a value and those that do not, for the two readers of
 * a command line that run before picocli: {@link DesktopArguments} and {@link CommandIndex}. Apart from
 * GlobalOptions so that reading them loads no picocli class on the desktop's start; {@code CommandIndexTest} holds
 * them to GlobalOptions' annotations.
 */
final class GlobalOptionNames {
    static final Set<String> VALUED = Set.of("--node", "--data-dir", "--chain-id", "--account",
            "--vault-password-file", "--lang", "--timeout");
    static final Set<String> FLAGS = Set.of("--json", "--debug");

    private GlobalOptionNames() {
    }
}
