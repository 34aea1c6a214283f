package org.steemdesk.ui;

import java.awt.AWTException;
import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;

/**
 * Desktop notifications through AWT's system tray (Windows, macOS): one tray icon, added on the first alert, whose
 * balloon carries the text.
 */
final class TrayNotifier implements DesktopNotifier {
    private TrayIcon icon;

    /** Whether a system tray is there to use (never on a headless run). */
    static boolean supported() {
        try {
            return !GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @Override
    public synchronized void show(String title, String body) {
        try {
            if (icon == null) {
                icon = new TrayIcon(new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB), "Steemdesk");
                icon.setImageAutoSize(true);
                SystemTray.getSystemTray().add(icon);
            }
            icon.displayMessage(title, body, TrayIcon.MessageType.WARNING);
        } catch (AWTException | RuntimeException e) {
            // The tray went away: the banner on the wallet page still shows it.
        }
    }

    @Override
    public boolean available() {
        return true;
    }
}
