package org.steemdesk.keystore.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.keystore.KeystoreException.Reason;
import org.steemdesk.keystore.Vectors;

class LoginKeysTest {

    /** Output of {@code oracle/run keys.js login-all} (dsteem's fromLogin), for five accounts. */
    static List<JsonNode> loginVectors() {
        return Vectors.jsonLines("login_vectors.jsonl");
    }

    @ParameterizedTest
    @MethodSource("loginVectors")
    void derivesWhatDsteemDerives(JsonNode vector) {
        AccountName account = AccountName.of(vector.get("account").asText());
        KeyRole role = KeyRole.parse(vector.get("role").asText());
        char[] password = vector.get("password").asText().toCharArray();

        PrivateKey key = LoginKeys.derive(account, role, password);

        assertThat(key.publicKey()).hasToString(vector.get("public_key").asText());
        assertThat(key.toWif()).containsExactly(vector.get("wif").asText().toCharArray());
    }

    @Test
    void passwordIsNotTrimmedUnlikeSteemJs() {
        // The kimchi vector's password has leading, trailing and double spaces: steem-js disagrees there.
        List<JsonNode> spaced = loginVectors().stream().filter(v -> !v.get("steemjs_agrees").asBoolean()).toList();
        assertThat(spaced).hasSize(4);
        JsonNode posting = spaced.stream().filter(v -> v.get("role").asText().equals("posting")).findFirst().orElseThrow();
        LoginKeys keys = LoginKeys.derive(AccountName.of("kimchi"), posting.get("password").asText().toCharArray());
        assertThat(keys.publicKey(KeyRole.POSTING)).hasToString(posting.get("public_key").asText());
    }

    @Test
    void allFourRolesAtOnceAndWipedOnDestroy() {
        LoginKeys keys = LoginKeys.derive(AccountName.of("alice"), "P5alice-oracle-test-pass".toCharArray());
        assertThat(keys.publicKeys()).containsOnlyKeys(KeyRole.values());
        assertThat(keys.publicKey(KeyRole.MEMO)).hasToString("STM8eMPqzusetVnTboqg1D2i9mc4ugLiUchRQErwyy6HBfMpH3DbW");
        assertThat(keys.toString()).doesNotContain("P5alice");

        keys.destroy();

        assertThat(keys.isDestroyed()).isTrue();
        assertThatThrownBy(() -> keys.key(KeyRole.OWNER).bytes()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAWifWhereThePasswordBelongs() {
        char[] wif = " 5HxTvqdQcgz8wnFJWC8qsXBj4C4XpwBD2mTtVxP7rxVYoSnwH2i\n".toCharArray();
        assertThatThrownBy(() -> LoginKeys.derive(AccountName.of("alice"), wif))
                .isInstanceOfSatisfying(KeystoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.WIF_GIVEN_AS_PASSWORD);
                    assertThat(e.getMessage()).doesNotContain("5HxTvq");
                });
    }

    @Test
    void refusesAnEmptyPassword() {
        for (String empty : new String[] {"", "  \n"}) {
            assertThatThrownBy(() -> LoginKeys.derive(AccountName.of("alice"), empty.toCharArray()))
                    .isInstanceOfSatisfying(KeystoreException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY_PASSWORD));
        }
    }

    @Test
    void loneSurrogateEncodesAsJavaScriptDoes() {
        // Buffer.from("\uD800", "utf8") is EF BF BD, the replacement character.
        PrivateKey lone = LoginKeys.derive(AccountName.of("alice"), KeyRole.OWNER, new char[] {'a', '\uD800'});
        PrivateKey replaced = LoginKeys.derive(AccountName.of("alice"), KeyRole.OWNER, new char[] {'a', '\uFFFD'});
        assertThat(lone.publicKey()).isEqualTo(replaced.publicKey());
    }
}
