package org.steemdesk.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Scene;
import javafx.scene.control.ListView;

/**
 * Marks on stderr when the window's first frame is laid out and when the feed's first rows are (from the cache
 * when the node is slow or away), as milliseconds since the process started: what {@code bench/startup} and the
 * installer checks time; at the rows, each thread's CPU time so far. Off unless {@value #PROPERTY} is set;
 * {@link #afterFirstFrame} runs either way.
 */
final class StartupTrace {
    /** Set to print, on the first frame and the first feed rows, how long the process took to get there. */
    static final String PROPERTY = "steemdesk.startupTrace";

    private StartupTrace() {
    }

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Runs {@code then} once, right after the scene's next layout (its first frame when called before showing). */
    static void afterFirstFrame(Scene scene, Runnable then) {
        afterNextLayout(scene, () -> {
            if (enabled()) {
                mark("first frame");
            }
            then.run();
        });
    }

    /** When tracing, marks the first layout after the feed's list (if that is the page shown) gets rows. */
    static void traceFeedRows(Scene scene) {
        if (!enabled() || !(scene.lookup("#posts") instanceof ListView<?> posts)) {
            return;
        }
        var items = posts.getItems();
        InvalidationListener once = new InvalidationListener() {
            @Override
            public void invalidated(Observable observable) {
                if (!items.isEmpty()) {
                    items.removeListener(this);
                    int rows = items.size();
                    afterNextLayout(scene, () -> {
                        mark("feed rows shown (" + rows + ")");
                        threads();
                    });
                }
            }
        };
        items.addListener(once);
    }

    /** Runs {@code action} once, right after the scene's next layout pulse. */
    static void afterNextLayout(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /**
     * When tracing, marks a step of the start on its way to the first frame ("phase NAME N ms after process
     * start, C ms CPU"), so a profile shows where the time between process start and the first pulse goes.
     */
    static void phase(String name) {
        if (enabled()) {
            mark("phase " + name);
        }
    }

    /**
     * The CPU time of each of the process's threads so far (Linux's {@code /proc/self/task}), the busiest first, so
     * the trace shows who took the two cores on the way (the JIT's compiler threads are not Java threads).
     */
    private static void threads() {
        var busy = new ArrayList<String>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                String stat = Files.readString(task.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime, 1/100 s
                if (ticks > 0) {
                    busy.add(String.format(Locale.ROOT, "%06d %s", ticks * 10, name));
                }
            }
        } catch (IOException | RuntimeException e) {
            return; // not Linux, or a thread gone while read: the marks above are the trace
        }
        busy.sort(Comparator.reverseOrder());
        System.err.println("steemdesk: threads' CPU ms: " + String.join(", ", busy.stream()
                .map(line -> line.replaceFirst("^0+(?=\\d)", "")).toList()));
    }

    private static void mark(String what) {
        var process = ProcessHandle.current().info();
        var started = process.startInstant().orElseThrow();
        long cpu = process.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        System.err.println("steemdesk: " + what + " " + Duration.between(started, Instant.now()).toMillis()
                + " ms after process start, " + cpu + " ms CPU, on " + Thread.currentThread().getName());
    }
}
