package org.steemdesk.launcher;

import java.util.Optional;
import org.steemdesk.app.AppSettings;
import org.steemdesk.cli.DesktopArguments;
import org.steemdesk.cli.SteemdeskCommand;
import org.steemdesk.cli.Terminal;
import org.steemdesk.i18n.Language;
import org.steemdesk.ui.DesktopApplication;
import org.steemdesk.ui.DesktopLaunch;

/**
 * The {@code steemdesk} entry point, the only {@code main}: with a command it runs that command (the cli module
 * parses the line), with none (only global options such as {@code --lang}, {@code --node}, {@code --data-dir}) it
 * opens the desktop app. The desktop's options are read without picocli ({@link DesktopArguments}), so a desktop
 * start never builds the model of every command; a line it cannot read goes to the CLI, which reports it (or opens
 * the desktop as before). A plain class rather than the JavaFX Application itself, so the JavaFX launcher also works
 * with JavaFX on the class path.
 */
public final class SteemdeskLauncher {
    private SteemdeskLauncher() {
    }

    public static void main(String[] args) {
        Optional<DesktopArguments> desktop = DesktopArguments.of(args);
        System.exit(desktop.isPresent() ? openDesktop(desktop.get().settings(), desktop.get().language())
                : SteemdeskCommand.run(args, new Terminal(), SteemdeskLauncher::openDesktop));
    }

    private static int openDesktop(AppSettings settings, Optional<Language> language) {
        RenderingPipeline.choose(); // before the toolkit starts: it reads prism.order once
        DesktopApplication.open(new DesktopLaunch(settings, language));
        return 0;
    }
}
