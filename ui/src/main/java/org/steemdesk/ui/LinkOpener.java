package org.steemdesk.ui;

import java.net.URI;

/** Opens a link in the system browser (HostServices in the app), never inside Steemdesk. */
@FunctionalInterface
public interface LinkOpener {
    void open(URI link);
}
