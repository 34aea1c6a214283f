package org.steemdesk.keystore.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.keystore.KeystoreException.Reason;

class WifInputTest {

    @Test
    void parsesAWifWithSurroundingWhiteSpace() {
        char[] text = "  5J4eFhjREJA7hKG6KcvHofHMXyGQZCDpQE463PAaKo9xXY6UDPq\n".toCharArray();
        assertThat(WifInput.parse(text).publicKey()).hasToString("STM7jDPoMwyjVH5obFmqzFNp4Ffp7G2nvC7FKFkrMBpo7Sy4uq5Mj");
    }

    @ParameterizedTest
    @CsvSource({
        "P5J4eFhjREJA7hKG6KcvHofHMXyGQZCDpQE463PAaKo9xXY6UDPq, PASSWORD_GIVEN_AS_WIF",
        "STM7jDPoMwyjVH5obFmqzFNp4Ffp7G2nvC7FKFkrMBpo7Sy4uq5Mj, PUBLIC_KEY_GIVEN_AS_WIF",
        "5J4eFhjREJA7hKG6KcvHofHMXyGQZCDpQE463PAaKo9xXY6UDPr, NOT_A_WIF",
        "my secret words, NOT_A_WIF",
        "'  ', EMPTY_PASSWORD",
    })
    void saysWhatWasPastedInstead(String text, Reason reason) {
        assertThatThrownBy(() -> WifInput.parse(text.toCharArray()))
                .isInstanceOfSatisfying(KeystoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).doesNotContain(text.strip().isEmpty() ? "\0" : text.strip());
                });
    }
}
