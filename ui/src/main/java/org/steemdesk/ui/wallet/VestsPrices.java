package org.steemdesk.ui.wallet;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.app.sync.HistoryEntry;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/**
 * The SP/VESTS price to show a history row's VESTS at. No node keeps past global properties, but the history does:
 * a power-down payment ({@code fill_vesting_withdraw}: VESTS withdrawn, STEEM deposited) and a completed power-up
 * ({@code transfer_to_vesting_completed}) are trades at that block's price. A row within {@link #NEAR} of such a
 * trade is converted at it; any other at today's price (the price drifts a few percent a year). Trades under
 * {@link #MIN_STEEM} are too coarse to price with.
 */
final class VestsPrices {
    static final Duration NEAR = Duration.ofDays(31);
    static final long MIN_STEEM = 1_000;

    /** A price and the time it was seen at; empty time = today's price from the node. */
    record Priced(VestingPrice price, Optional<Instant> seenAt) {
    }

    private final NavigableMap<Instant, VestingPrice> trades;
    private final Optional<VestingPrice> current;

    private VestsPrices(NavigableMap<Instant, VestingPrice> trades, Optional<VestingPrice> current) {
        this.trades = trades;
        this.current = current;
    }

    static VestsPrices none() {
        return new VestsPrices(new TreeMap<>(), Optional.empty());
    }

    static VestsPrices of(List<HistoryEntry> entries, Optional<VestingPrice> current) {
        NavigableMap<Instant, VestingPrice> trades = new TreeMap<>();
        for (HistoryEntry e : entries) {
            if (!e.opName().equals("fill_vesting_withdraw") && !e.opName().equals("transfer_to_vesting_completed")) {
                continue;
            }
            JsonNode op = e.operation();
            Optional<VestingPrice> p = switch (e.opName()) {
                case "fill_vesting_withdraw" -> trade(op.path("deposited"), op.path("withdrawn"));
                case "transfer_to_vesting_completed" -> trade(op.path("steem_vested"),
                        op.path("vesting_shares_received"));
                default -> Optional.empty();
            };
            p.ifPresent(price -> trades.put(e.timestamp(), price));
        }
        return new VestsPrices(trades, current);
    }

    Optional<Priced> at(Instant when) {
        var before = trades.floorEntry(when);
        var after = trades.ceilingEntry(when);
        Map.Entry<Instant, VestingPrice> nearest = before == null ? after : after == null ? before
                : Duration.between(before.getKey(), when).compareTo(Duration.between(when, after.getKey())) <= 0
                        ? before : after;
        if (nearest != null && Duration.between(nearest.getKey(), when).abs().compareTo(NEAR) <= 0) {
            return Optional.of(new Priced(nearest.getValue(), Optional.of(nearest.getKey())));
        }
        return current.map(p -> new Priced(p, Optional.empty()));
    }

    private static Optional<VestingPrice> trade(JsonNode steemField, JsonNode vestsField) {
        try {
            Asset steem = Asset.parse(steemField.asText());
            Asset vests = Asset.parse(vestsField.asText());
            if (steem.symbol() != AssetSymbol.STEEM || vests.symbol() != AssetSymbol.VESTS
                    || steem.amount() < MIN_STEEM || vests.amount() <= 0) {
                return Optional.empty();
            }
            return Optional.of(new VestingPrice(steem, vests));
        } catch (RuntimeException notAnAmount) {
            return Optional.empty();
        }
    }
}
