package org.steemdesk.keystore.memo;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Authority;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.keystore.KeystoreException.Reason;
import org.steemdesk.keystore.login.AccountKeys;
import org.steemdesk.keystore.login.LoginKeys;

class MemoGuardTest {
    static final AccountName ALICE = AccountName.of("alice");
    static final String PASSWORD = "P5alice-oracle-test-pass";

    static MemoGuard aliceGuard() {
        LoginKeys login = LoginKeys.derive(ALICE, PASSWORD.toCharArray());
        return new MemoGuard(new AccountKeys(ALICE, single(login.publicKey(KeyRole.OWNER)),
                single(login.publicKey(KeyRole.ACTIVE)), single(login.publicKey(KeyRole.POSTING)),
                login.publicKey(KeyRole.MEMO)));
    }

    static Authority single(PublicKey key) {
        return new Authority(1, Map.of(), Map.of(key, 1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "my key is 5HxTvqdQcgz8wnFJWC8qsXBj4C4XpwBD2mTtVxP7rxVYoSnwH2i thanks | MEMO_CONTAINS_PRIVATE_KEY",
        "#key:5J4eFhjREJA7hKG6KcvHofHMXyGQZCDpQE463PAaKo9xXY6UDPq | MEMO_CONTAINS_PRIVATE_KEY",
        "verify P5J4eFhjREJA7hKG6KcvHofHMXyGQZCDpQE463PAaKo9xXY6UDPq now | MEMO_CONTAINS_PASSWORD",
        "please verify: P5alice-oracle-test-pass | MEMO_CONTAINS_PASSWORD",
        "#encrypted but still sent: P5alice-oracle-test-pass | MEMO_CONTAINS_PASSWORD",
    })
    void refusesSecrets(String memo, Reason reason) {
        assertThatThrownBy(() -> aliceGuard().check(memo))
                .isInstanceOfSatisfying(KeystoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).doesNotContain("5HxTvq", "5J4eFh", "oracle-test-pass");
                });
    }

    @Test
    void refusesAWordThatIsTheMemoRolePassword() {
        // A word that derives to any of alice's keys, whatever it looks like.
        assertThatThrownBy(() -> aliceGuard().check("thanks\tP5alice-oracle-test-pass\n"))
                .isInstanceOfSatisfying(KeystoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MEMO_CONTAINS_PASSWORD));
    }

    @Test
    void refusesTheKnownMasterPasswordEvenWithSpaces() {
        char[] spaced = "correct horse battery".toCharArray();
        assertThatThrownBy(() -> aliceGuard().check("it is correct horse battery!", spaced))
                .isInstanceOfSatisfying(KeystoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MEMO_CONTAINS_PASSWORD));
    }

    @Test
    void letsOrdinaryMemosThrough() {
        assertThatCode(() -> aliceGuard().check("invoice 42: 감사합니다 P5bob-oracle-test-pass 5J4eFh", "other".toCharArray()))
                .doesNotThrowAnyException();
        assertThatCode(() -> aliceGuard().check("")).doesNotThrowAnyException();
    }
}
