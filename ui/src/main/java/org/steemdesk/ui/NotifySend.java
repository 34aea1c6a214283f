package org.steemdesk.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Desktop notifications through libnotify's {@code notify-send} (package libnotify-bin, which the .deb recommends).
 * The texts go as separate arguments, never through a shell, so an alert naming a hostile account cannot inject a
 * command; the process is started and not waited for.
 */
final class NotifySend implements DesktopNotifier {
    static final String PROGRAM = "notify-send";

    private final Path program;

    NotifySend(Path program) {
        this.program = Objects.requireNonNull(program, "program");
    }

    /** The {@code notify-send} of the first directory of {@code path} (a PATH value) that has it executable. */
    static Optional<Path> onPath(String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isBlank()) {
                Path candidate = Path.of(dir, PROGRAM);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** The command line for one notification: an alert is critical, so it stays until the user sees it. */
    List<String> command(String title, String body) {
        return List.of(program.toString(), "--app-name=Steemdesk", "--urgency=critical",
                "--icon=dialog-warning", "--", title, body);
    }

    @Override
    public void show(String title, String body) {
        try {
            new ProcessBuilder(command(title, body)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException | RuntimeException e) {
            // No notification daemon or the program went away: the banner on the wallet page still shows it.
        }
    }

    @Override
    public boolean available() {
        return true;
    }
}
