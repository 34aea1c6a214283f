package org.steemdesk.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work that waits for a scene's next layout pulse: what was just changed is laid out (and drawn right after). */
public final class NextPulse {
    private NextPulse() {
    }

    /**
     * Runs {@code action} once on the FX thread, right after the scene's next layout pulse, and asks for that pulse
     * (a scene with nothing new to lay out would otherwise never have one).
     */
    public static void afterLayout(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
