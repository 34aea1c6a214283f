package org.steemdesk.app.sync;

import org.steemdesk.app.NodeUnreachableException;

/** No node answered and the cache has nothing to show instead. */
public final class NothingCachedException extends NodeUnreachableException {
    public NothingCachedException(String what, Throwable cause) {
        super("offline: no node answered and " + what + " is not cached yet", cause);
    }
}
