package org.steemdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What counts as a secret in an error line, and what does not. */
class RedactionTest {
    private static final String WIF = "5JdeC9P7Pbd1uGdFVEsJ41EkEnADbbHGq6p1BwFxm6txNBsQnsw";
    private static final String COMPRESSED_WIF = "KwdMAjGmerYanjeui5SHS7JkmpZvVipYvB2LJGU1ZxJwYvP98617";

    @Test
    void keysAndPasswordsAreRemovedWhereverTheyStand() {
        assertThat(Redaction.redact("key file not found: " + WIF)).isEqualTo("key file not found: " + Redaction.MASK);
        assertThat(Redaction.redact("Unknown options: '--password', 'P5KrzcBzA3Y7nwsGwfDGe3RTzUxVy9PgyW5m8d2XB9c'"))
                .isEqualTo("Unknown options: '--password', '" + Redaction.MASK + "'");
        assertThat(Redaction.redact("invalid account name \"" + COMPRESSED_WIF + "\": too long"))
                .isEqualTo("invalid account name \"" + Redaction.MASK + "\": too long");
        assertThat(Redaction.redact("login P5alice-oracle-test-pass failed")).isEqualTo("login " + Redaction.MASK
                + " failed");
    }

    @Test
    void publicKeysTxIdsAndOrdinaryWordsStay() {
        String line = "STM6LLegbAgLAy28EHrffBVuANFWcFgmqRMW13wBmTExqFE9SCkg4 signed 0123456789abcdef0123456789abcdef01234567"
                + " at block 50000000 by alice (P5 is not a password)";
        assertThat(Redaction.redact(line)).isEqualTo(line);
    }

    @Test
    void theValueOfASecretNamedOptionIsRemovedWhateverItsShape() {
        String[] args = {"keys", "login", "alice", "--password", "hunter2"};
        assertThat(Redaction.redact("Unknown options: '--password', 'hunter2'", args))
                .isEqualTo("Unknown options: '--password', '" + Redaction.MASK + "'");
        assertThat(Redaction.redact("Unknown option: '--vault-password=hunter22'",
                new String[] {"--vault-password=hunter22"})).isEqualTo("Unknown option: '--vault-password="
                + Redaction.MASK + "'");
        assertThat(Redaction.redact("Unmatched argument at index 4: 'hunter2'",
                new String[] {"keys", "login", "alice", "--password-stdin", "hunter2"}))
                .isEqualTo("Unmatched argument at index 4: '" + Redaction.MASK + "'");
        // A file of a secret is not one: its name stays, so the user sees which file was meant.
        assertThat(Redaction.redact("key file not found: /tmp/alice.wif",
                new String[] {"keys", "public", "--wif-file", "/tmp/alice.wif"}))
                .isEqualTo("key file not found: /tmp/alice.wif");
    }
}
