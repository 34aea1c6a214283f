package org.steemdesk.keystore.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Authority;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.keystore.KeystoreException.Reason;

class AccountKeysTest {
    static final AccountName ALICE = AccountName.of("alice");
    static final char[] ALICE_PASSWORD = "P5alice-oracle-test-pass".toCharArray();
    static final char[] BOB_PASSWORD = "P5bob-oracle-test-pass".toCharArray();

    static Authority single(PublicKey key) {
        return new Authority(1, Map.of(), Map.of(key, 1));
    }

    /** Alice as the fake node's state has her: each role's key derived from her password. */
    static AccountKeys alice() {
        LoginKeys login = LoginKeys.derive(ALICE, ALICE_PASSWORD);
        return new AccountKeys(ALICE, single(login.publicKey(KeyRole.OWNER)), single(login.publicKey(KeyRole.ACTIVE)),
                single(login.publicKey(KeyRole.POSTING)), login.publicKey(KeyRole.MEMO));
    }

    @Test
    void thePasswordUnlocksAllFourRoles() {
        assertThat(alice().checkLogin(LoginKeys.derive(ALICE, ALICE_PASSWORD))).containsOnlyKeys(KeyRole.values());
    }

    @Test
    void aPasswordUnlocksOnlyTheRolesWhoseKeysWereNotChanged() {
        AccountKeys rotated = new AccountKeys(ALICE, alice().owner(), alice().active(),
                single(PrivateKey.fromSeed(new byte[] {1}).publicKey()), alice().memo());
        assertThat(rotated.checkLogin(LoginKeys.derive(ALICE, ALICE_PASSWORD)))
                .containsOnlyKeys(KeyRole.OWNER, KeyRole.ACTIVE, KeyRole.MEMO);
    }

    @Test
    void anotherAccountsPasswordUnlocksNothing() {
        assertThatThrownBy(() -> alice().checkLogin(LoginKeys.derive(ALICE, BOB_PASSWORD)))
                .isInstanceOfSatisfying(KeystoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.PASSWORD_MATCHES_NO_KEY);
                    assertThat(e.account()).contains(ALICE);
                    assertThat(e.getMessage()).doesNotContain("P5bob");
                });
    }

    @Test
    void aKeyUnlocksItsRole() {
        PublicKey posting = LoginKeys.derive(ALICE, KeyRole.POSTING, ALICE_PASSWORD).publicKey();
        KeyMatch match = alice().match(posting);
        assertThat(match.unlockedRoles()).containsExactly(KeyRole.POSTING);
        match.requireUnlocks(KeyRole.POSTING);
    }

    @Test
    void aKeyOfAnotherRoleIsNamed() {
        PublicKey posting = LoginKeys.derive(ALICE, KeyRole.POSTING, ALICE_PASSWORD).publicKey();
        assertThatThrownBy(() -> alice().match(posting).requireUnlocks(KeyRole.ACTIVE))
                .isInstanceOfSatisfying(KeystoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.KEY_OF_OTHER_ROLE);
                    assertThat(e.getMessage()).contains("posting key, not its active key");
                });
    }

    @Test
    void aWifOfAnotherAccountMatchesNoRole() {
        PrivateKey bobs = LoginKeys.derive(AccountName.of("bob"), KeyRole.ACTIVE, BOB_PASSWORD);
        KeyMatch match = alice().match(bobs.publicKey());
        assertThat(match.roles()).isEmpty();
        assertThatThrownBy(() -> match.requireUnlocks(KeyRole.ACTIVE))
                .isInstanceOfSatisfying(KeystoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.KEY_NOT_OF_ACCOUNT));
    }

    @Test
    void aKeyBelowTheThresholdIsReportedDistinctly() {
        // multi-sig's active authority is 2-of-2: its own active key and bob's.
        AccountName multiSig = AccountName.of("multi-sig");
        LoginKeys own = LoginKeys.derive(multiSig, "P5multisig-oracle-test-pass".toCharArray());
        PublicKey bobActive = LoginKeys.derive(AccountName.of("bob"), KeyRole.ACTIVE, BOB_PASSWORD).publicKey();
        AccountKeys keys = new AccountKeys(multiSig, single(own.publicKey(KeyRole.OWNER)),
                new Authority(2, Map.of(), Map.of(own.publicKey(KeyRole.ACTIVE), 1, bobActive, 1)),
                single(own.publicKey(KeyRole.POSTING)), own.publicKey(KeyRole.MEMO));

        KeyMatch match = keys.match(own.publicKey(KeyRole.ACTIVE));

        assertThat(match.roles()).containsExactly(new RoleMatch(KeyRole.ACTIVE, 1, 2));
        assertThat(match.unlockedRoles()).isEmpty();
        assertThatThrownBy(() -> match.requireUnlocks(KeyRole.ACTIVE))
                .isInstanceOfSatisfying(KeystoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.KEY_BELOW_THRESHOLD);
                    assertThat(e.role()).contains(KeyRole.ACTIVE);
                });
        assertThat(keys.checkLogin(own)).containsOnlyKeys(KeyRole.OWNER, KeyRole.POSTING, KeyRole.MEMO);
    }
}
