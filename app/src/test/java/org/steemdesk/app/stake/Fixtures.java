package org.steemdesk.app.stake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.steemdesk.chain.protocol.Asset;

/** Reads the recorded node responses copied from shared/fixtures. */
final class Fixtures {

    private Fixtures() {
    }

    static JsonNode result(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing fixture " + name);
            }
            return new ObjectMapper().readTree(in).path("response").path("result");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Asset asset(JsonNode node) {
        return Asset.parse(node.asText());
    }

    static Instant time(JsonNode node) {
        return LocalDateTime.parse(node.asText()).toInstant(ZoneOffset.UTC);
    }

    static AccountStake stake(JsonNode account) {
        return new AccountStake(asset(account.path("vesting_shares")), asset(account.path("delegated_vesting_shares")),
                asset(account.path("received_vesting_shares")), asset(account.path("vesting_withdraw_rate")),
                Long.parseLong(account.path("to_withdraw").asText()), Long.parseLong(account.path("withdrawn").asText()),
                time(account.path("next_vesting_withdrawal")));
    }

    static Manabar votingManabar(JsonNode account) {
        JsonNode bar = account.path("voting_manabar");
        return StakeMath.votingManabar(stake(account), Long.parseLong(bar.path("current_mana").asText()),
                Instant.ofEpochSecond(bar.path("last_update_time").asLong()));
    }
}
