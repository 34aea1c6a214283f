package org.steemdesk.ui;

import java.util.List;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.login.LoginKeys;
import org.steemdesk.app.AppContext;

/** The oracle's test account alice (password from ../shared/oracle/README.md) and a vault holding her keys. */
final class VaultFixtures {
    static final AccountName ALICE = AccountName.of("alice");
    static final String ALICE_PASSWORD = "P5alice-oracle-test-pass";
    static final String VAULT_PASSWORD = "correct horse battery staple";

    private VaultFixtures() {
    }

    static LoginKeys aliceKeys() {
        return LoginKeys.derive(ALICE, ALICE_PASSWORD.toCharArray());
    }

    /** Writes a vault with alice's posting, active and memo keys, as the Keys screen would after a login. */
    static void storeAlice(AppContext app) {
        LoginKeys keys = aliceKeys();
        try {
            app.keys().create(VAULT_PASSWORD.toCharArray());
            for (KeyRole role : List.of(KeyRole.POSTING, KeyRole.ACTIVE, KeyRole.MEMO)) {
                app.keys().vault().put(ALICE, role, keys.key(role));
            }
            app.keys().lock();
        } finally {
            keys.destroy();
        }
    }
}
