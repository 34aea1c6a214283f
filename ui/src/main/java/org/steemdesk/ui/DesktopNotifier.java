package org.steemdesk.ui;

import java.util.Locale;

/**
 * A notification from the operating system's desktop (outside the window), for what must reach the user even when
 * Steemdesk is in the background: an account guard alert. Called off the FX thread; showing must not block long.
 */
public interface DesktopNotifier {
    /** Shows one notification; failures are swallowed (a missing notification daemon must not break a job). */
    void show(String title, String body);

    /** Whether this notifier can show anything here (the settings page says so when it cannot). */
    boolean available();

    /** Shows nothing: other platforms without a system tray, headless runs. */
    DesktopNotifier NONE = new DesktopNotifier() {
        @Override
        public void show(String title, String body) {
            // nowhere to show it
        }

        @Override
        public boolean available() {
            return false;
        }
    };

    /**
     * This computer's: libnotify's {@code notify-send} on Linux when it is on the PATH (a tray icon would need a
     * tray most Linux desktops no longer have); elsewhere the system tray when AWT supports one; else nothing.
     */
    static DesktopNotifier forThisPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("linux")) {
            return NotifySend.onPath(System.getenv("PATH")).<DesktopNotifier>map(NotifySend::new).orElse(NONE);
        }
        return TrayNotifier.supported() ? new TrayNotifier() : NONE;
    }
}
