package org.steemdesk.app.rewards;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.app.storage.ChainObject;
import org.steemdesk.app.storage.ChainObjectCache;
import org.steemdesk.app.storage.HistoryCache;
import org.steemdesk.app.sync.HistoryEntry;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;

/**
 * The recorded {@code get_state /@jenkinrocket/transfers} answer (steemd, head block 17000000): its
 * transfer_history is 83 curation_reward, 39 author_reward, 48 claim_reward_balance and 2 transfer entries in
 * {@code get_account_history}'s shape; its props are the dynamic global properties of that block.
 */
public final class RewardFixture {

    public static final AccountName ACCOUNT = AccountName.of("jenkinrocket");

    private RewardFixture() {
    }

    static JsonNode result() {
        try (InputStream in = RewardFixture.class.getResourceAsStream(
                "/fixtures/get_state-account-transfers-curation-author-rewards.json")) {
            return SteemJson.mapper().readTree(in).path("response").path("result");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills the history and global-properties caches as a history sync would have. */
    public static void load(CacheDatabase db) {
        JsonNode result = result();
        List<HistoryEntry> entries = new ArrayList<>();
        for (JsonNode pair : result.path("accounts").path(ACCOUNT.value()).path("transfer_history")) {
            JsonNode e = pair.get(1);
            entries.add(new HistoryEntry(pair.get(0).asLong(), e.path("op").get(0).asText(),
                    Instant.parse(e.path("timestamp").asText() + "Z"), pair.toString()));
        }
        new HistoryCache(db).store(ACCOUNT, entries);
        new ChainObjectCache(db).put(ChainObject.DYNAMIC_GLOBAL_PROPERTIES, result.path("props").toString(),
                Instant.parse("2017-11-07T01:25:09Z"));
    }
}
