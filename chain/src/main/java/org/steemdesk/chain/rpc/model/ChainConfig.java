package org.steemdesk.chain.rpc.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.steemdesk.chain.protocol.ChainId;

/** {@code get_config}: the node's compile-time constants, all kept, with typed access to the ones we use. */
public final class ChainConfig {
    private final Map<String, JsonNode> values;

    public ChainConfig(Map<String, JsonNode> values) {
        this.values = Map.copyOf(values);
    }

    @JsonCreator
    static ChainConfig fromJson(ObjectNode json) {
        Map<String, JsonNode> values = new TreeMap<>();
        json.properties().forEach(e -> values.put(e.getKey(), e.getValue()));
        return new ChainConfig(values);
    }

    public Map<String, JsonNode> values() {
        return values;
    }

    public Optional<JsonNode> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** A numeric constant, whether the node printed it as a number or (above 2^32) as a string. */
    public OptionalLong number(String name) {
        JsonNode v = values.get(name);
        if (v == null || !(v.isNumber() || v.isTextual() && v.asText().matches("-?\\d+"))) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(v.isNumber() ? v.asLong() : Long.parseLong(v.asText()));
    }

    private long required(String name) {
        return number(name).orElseThrow(() -> new NoSuchElementException("get_config has no " + name));
    }

    /** Power-down installments; HF23 changed 13 to 4 and nodes report both constants. */
    public long vestingWithdrawIntervals() {
        return number("STEEM_VESTING_WITHDRAW_INTERVALS_HF_23").orElseGet(() -> required("STEEM_VESTING_WITHDRAW_INTERVALS"));
    }

    public long vestingWithdrawIntervalSeconds() {
        return required("STEEM_VESTING_WITHDRAW_INTERVAL_SECONDS");
    }

    /** Seconds for voting mana to go from 0 to full; older nodes call it the vote regeneration time. */
    public long votingManaRegenerationSeconds() {
        return number("STEEM_VOTING_MANA_REGENERATION_SECONDS")
                .orElseGet(() -> required("STEEM_VOTE_REGENERATION_SECONDS"));
    }

    public long hundredPercent() {
        return required("STEEM_100_PERCENT");
    }

    /** rshares every vote loses (50,000,000 on mainnet): the vote evaluator subtracts it from the used mana. */
    public long voteDustThreshold() {
        return required("STEEM_VOTE_DUST_THRESHOLD");
    }

    /**
     * The last stretch before cashout in which a vote's rshares shrink linearly (12 h since HF17). Only the plain
     * seconds constant is read: {@code STEEM_UPVOTE_LOCKOUT_HF17} is the same span in microseconds, and an older
     * node's {@code STEEM_UPVOTE_LOCKOUT_HF7} (1 minute) belongs to rules the vote estimate does not model.
     */
    public long upvoteLockoutSeconds() {
        return required("STEEM_UPVOTE_LOCKOUT_SECONDS");
    }

    public ChainId chainId() {
        return ChainId.fromHex(value("STEEM_CHAIN_ID").map(JsonNode::asText)
                .orElseThrow(() -> new NoSuchElementException("get_config has no STEEM_CHAIN_ID")));
    }

    public String addressPrefix() {
        return value("STEEM_ADDRESS_PREFIX").map(JsonNode::asText)
                .orElseThrow(() -> new NoSuchElementException("get_config has no STEEM_ADDRESS_PREFIX"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChainConfig other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "ChainConfig" + values.keySet();
    }
}
