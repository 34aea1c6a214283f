package org.steemdesk.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where the main window was, one placement per screen configuration (a laptop alone, the laptop with its monitor
 * on the left…): size, position and whether it was maximised. Kept as one text in the preferences; plain Java, no
 * JavaFX, so the rules are tested without a toolkit.
 *
 * <p>A placement is restored only for the screens it was made on, and only where its title bar can still be
 * reached: one that lies off every current screen (a monitor since unplugged, moved or resized) comes back centred,
 * at its size but never larger than the screen.
 */
public final class WindowPlacements {
    /** How many screen configurations are remembered; the oldest is forgotten first. */
    static final int KEPT = 6;
    /** How much of the title bar must lie on a screen for the user to grab it. */
    static final double GRAB_WIDTH = 80;
    static final double GRAB_HEIGHT = 24;

    /** A screen's area (whole, or usable: without task bars and docks), in the window system's coordinates. */
    public record Area(double x, double y, double width, double height) {
        boolean overlaps(double ox, double oy, double ow, double oh, double minWidth, double minHeight) {
            double w = Math.min(x + width, ox + ow) - Math.max(x, ox);
            double h = Math.min(y + height, oy + oh) - Math.max(y, oy);
            return w >= minWidth && h >= minHeight;
        }
    }

    /**
     * A window's place. {@code centred}: its position is to be chosen by centring it (the remembered one was off
     * every screen); x and y are then meaningless.
     */
    public record Placement(double x, double y, double width, double height, boolean maximized, boolean centred) {
        public Placement {
            if (!(width > 0 && height > 0)) {
                throw new IllegalArgumentException("a window has a size: " + width + "×" + height);
            }
        }

        public static Placement at(double x, double y, double width, double height, boolean maximized) {
            return new Placement(x, y, width, height, maximized, false);
        }
    }

    private final LinkedHashMap<String, Placement> byScreens = new LinkedHashMap<>();

    /** The placements as {@link #format()} wrote them; lines it cannot read are skipped. */
    public static WindowPlacements parse(String text) {
        var placements = new WindowPlacements();
        for (String line : Objects.requireNonNull(text, "text").split("\n")) {
            int eq = line.lastIndexOf('=');
            if (eq <= 0) {
                continue;
            }
            String[] parts = line.substring(eq + 1).split(",");
            try {
                if (parts.length == 5) {
                    placements.byScreens.put(line.substring(0, eq), Placement.at(Double.parseDouble(parts[0]),
                            Double.parseDouble(parts[1]), Double.parseDouble(parts[2]),
                            Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4])));
                }
            } catch (IllegalArgumentException e) {
                // a line from an older or damaged setting: that screen configuration is simply not remembered
            }
        }
        return placements;
    }

    /** One line per screen configuration, the most recently used last. */
    public String format() {
        return byScreens.entrySet().stream()
                .map(e -> e.getKey() + "=" + number(e.getValue().x()) + "," + number(e.getValue().y()) + ","
                        + number(e.getValue().width()) + "," + number(e.getValue().height()) + ","
                        + e.getValue().maximized())
                .collect(Collectors.joining("\n"));
    }

    /**
     * Remembers where the window is on these screens (their whole areas: a configuration's name), placed last, so
     * it is the last one forgotten.
     */
    public void remember(List<Area> screens, Placement placement) {
        String key = key(screens);
        byScreens.remove(key);
        byScreens.put(key, Objects.requireNonNull(placement, "placement"));
        while (byScreens.size() > KEPT) {
            byScreens.remove(byScreens.keySet().iterator().next());
        }
    }

    /**
     * Where the window goes on these screens ({@code screens} their whole areas, {@code usable} the parts windows
     * may use, the primary screen first): as it was on the same screens, or centred (at most the primary screen's
     * usable size) when its title bar would be off every usable area; empty when nothing is remembered for them.
     */
    public Optional<Placement> restore(List<Area> screens, List<Area> usable) {
        Placement p = byScreens.get(key(screens));
        if (p == null || usable.isEmpty()) {
            return Optional.empty();
        }
        boolean reachable = usable.stream().anyMatch(s -> s.overlaps(p.x(), p.y(), p.width(), GRAB_HEIGHT,
                Math.min(GRAB_WIDTH, p.width()), GRAB_HEIGHT));
        if (reachable) {
            return Optional.of(p);
        }
        Area first = usable.get(0);
        return Optional.of(new Placement(first.x(), first.y(), Math.min(p.width(), first.width()),
                Math.min(p.height(), first.height()), p.maximized(), true));
    }

    /** The configuration's name: its screens' areas, sorted, so the order the system lists them in does not count. */
    static String key(List<Area> screens) {
        List<String> parts = new ArrayList<>();
        screens.stream().sorted(Comparator.comparingDouble(Area::x).thenComparingDouble(Area::y))
                .forEach(s -> parts.add(number(s.x()) + "," + number(s.y()) + "," + number(s.width()) + "x"
                        + number(s.height())));
        return String.join(";", parts);
    }

    /** A copy, to hand to another thread while this one goes on following the window. */
    public WindowPlacements copy() {
        var copy = new WindowPlacements();
        copy.byScreens.putAll(byScreens);
        return copy;
    }

    Map<String, Placement> asMap() {
        return Map.copyOf(byScreens);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%d", Math.round(value));
    }
}
