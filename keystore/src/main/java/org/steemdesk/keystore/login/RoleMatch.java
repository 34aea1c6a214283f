package org.steemdesk.keystore.login;

import org.steemdesk.chain.protocol.KeyRole;

/** A key listed in one role's authority, with its weight and the threshold it must reach alone to sign. */
public record RoleMatch(KeyRole role, long weight, long threshold) {

    /** Whether this key alone can sign for the role; a multi-signature authority lists keys below the threshold. */
    public boolean unlocks() {
        return weight >= threshold;
    }
}
