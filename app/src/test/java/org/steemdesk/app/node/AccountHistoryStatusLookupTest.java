package org.steemdesk.app.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.outbox.ChainPresence;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.testnode.TestNode;

class AccountHistoryStatusLookupTest {
    static final Instant NOW = Instant.parse("2022-07-30T23:30:00Z");
    static final String TX = "0123456789abcdef0123456789abcdef01234567";
    static final String OTHER = "fedcba9876543210fedcba9876543210fedcba98";

    TestNode node;

    @BeforeEach
    void setUp() throws Exception {
        node = TestNode.start(NOW);
    }

    @AfterEach
    void tearDown() throws Exception {
        node.close();
    }

    /** History of {@code count} entries, one a minute up to NOW; entry {@code at} carries TX (if >= 0). */
    void history(int count, int at) {
        node.answer("condenser_api.get_account_history", params -> {
            long start = params.path(1).asLong();
            int limit = params.path(2).asInt();
            long to = start < 0 ? count - 1 : Math.min(start, count - 1);
            ArrayNode rows = SteemJson.mapper().createArrayNode();
            for (long i = Math.max(0, to - limit); i <= to; i++) {
                ObjectNode e = SteemJson.mapper().createObjectNode();
                e.put("trx_id", i == at ? TX : OTHER).put("block", 1).put("trx_in_block", 0).put("op_in_trx", 0)
                        .put("virtual_op", 0)
                        .put("timestamp", NOW.minus(Duration.ofMinutes(count - 1 - i)).toString().substring(0, 19));
                JsonNode op = SteemJson.mapper().createArrayNode().add("vote").add(SteemJson.mapper().createObjectNode());
                e.set("op", op);
                rows.addArray().add(i).add(e);
            }
            return rows;
        });
    }

    ChainPresence presence(Instant expiration) {
        return new AccountHistoryStatusLookup(TestReaders.reader(node, NOW), List.of(AccountName.of("alice")))
                .presence(TX, expiration);
    }

    @Test
    void foundInAnOlderPageIsOnChain() {
        history(3000, 100);
        assertThat(presence(NOW.minus(Duration.ofMinutes(2800)))).isEqualTo(ChainPresence.ON_CHAIN);
    }

    @Test
    void absentOnlyWhenTheHistoryReachesBackPastTheExpirationWindow() {
        history(3000, -1);
        assertThat(presence(NOW.minus(Duration.ofMinutes(30)))).isEqualTo(ChainPresence.NOT_ON_CHAIN);
        // Not expired in chain time yet: it could still land.
        assertThat(presence(NOW.plus(Duration.ofMinutes(1)))).isEqualTo(ChainPresence.UNKNOWN);
    }

    @Test
    void aHistoryTooLongToSearchOrNoNodeIsUnknown() throws Exception {
        history(30_000, -1);
        assertThat(presence(NOW.minus(Duration.ofMinutes(29_000)))).isEqualTo(ChainPresence.UNKNOWN);
        node.close();
        assertThat(presence(NOW.minus(Duration.ofMinutes(30)))).isEqualTo(ChainPresence.UNKNOWN);
    }
}
