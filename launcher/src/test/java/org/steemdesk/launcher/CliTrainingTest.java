package org.steemdesk.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AOT cache of the command line is only as good as its training: every training command must run to the end
 * (a renamed command or option would otherwise train on an error message and leave signing cold).
 */
class CliTrainingTest {
    @TempDir
    Path scratch;

    @Test
    void everyTrainingCommandSucceedsOffline() throws Exception {
        List<List<String>> commands = CliTraining.commands(scratch);
        assertThat(commands).anySatisfy(c -> assertThat(c).startsWith("tx", "sign"));
        for (List<String> command : commands) {
            assertThat(CliTraining.run(command)).as("exit code of %s", command).isZero();
        }
    }
}
