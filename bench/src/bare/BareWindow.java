import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The baseline for start-up figures: one Label in a window, timed like Steemdesk's startup trace. */
public final class BareWindow extends Application {
    @Override
    public void start(Stage stage) {
        var scene = new Scene(new Label("Steemdesk baseline"), 400, 300);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            var process = ProcessHandle.current().info();
            var started = process.startInstant().orElseThrow();
            long cpu = process.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            System.err.println("bare: first frame " + Duration.between(started, Instant.now()).toMillis()
                    + " ms after process start, " + cpu + " ms CPU");
        };
        scene.addPostLayoutPulseListener(once[0]);
        stage.setScene(scene);
        stage.show();
    }

    /** A separate launcher class, so JavaFX can stay on the class path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }
}
