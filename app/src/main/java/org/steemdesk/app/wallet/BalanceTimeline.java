package org.steemdesk.app.wallet;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.app.sync.HistoryEntry;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/**
 * An account's balances over time, rebuilt <em>backwards</em> from today's balances (exact, from the node) through
 * the cached history, newest entry first: each operation's effect on the account is undone to get the balances
 * before it. Backwards because the cache holds the newest entries, not necessarily the account's first: going
 * forwards would need the whole history from the account's creation. Rewards count when claimed (they wait in the
 * reward balance until then); a savings withdrawal leaves savings when asked and reaches the liquid balance when
 * paid; a power-up's VESTS come from {@code transfer_to_vesting_completed} where the node writes it, else from
 * today's price (the only estimate here).
 */
public final class BalanceTimeline {

    /** The balances right after {@code at} (the first point: before the oldest cached entry). */
    public record Point(Instant at, Asset steem, Asset sbd, Asset vests, Asset savingsSteem, Asset savingsSbd) {
        public Point {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(steem, "steem");
            Objects.requireNonNull(sbd, "sbd");
            Objects.requireNonNull(vests, "vests");
            Objects.requireNonNull(savingsSteem, "savingsSteem");
            Objects.requireNonNull(savingsSbd, "savingsSbd");
        }
    }

    /** Running balances in raw units, changed by undoing one operation at a time. */
    private static final class Running {
        private final Map<String, Long> amounts = new HashMap<>();

        void add(String bucket, Asset amount) {
            amounts.merge(bucket + amount.symbol(), amount.amount(), Long::sum);
        }

        Asset get(String bucket, AssetSymbol symbol) {
            return Asset.of(amounts.getOrDefault(bucket + symbol, 0L), symbol);
        }

        Point at(Instant when) {
            return new Point(when, get(LIQUID, AssetSymbol.STEEM), get(LIQUID, AssetSymbol.SBD),
                    get(LIQUID, AssetSymbol.VESTS), get(SAVINGS, AssetSymbol.STEEM), get(SAVINGS, AssetSymbol.SBD));
        }
    }

    private static final String LIQUID = "liquid:";
    private static final String SAVINGS = "savings:";

    private BalanceTimeline() {
    }

    /**
     * @param now          today's balances (the point after the newest entry, at {@code today})
     * @param newestFirst  the cached history, newest first (as {@code HistorySync} returns it)
     * @param price        today's SP/VESTS price, for power-ups whose VESTS the history does not say
     * @return the points oldest first, ending with today's balances
     */
    public static List<Point> backwards(AccountName account, Point now, List<HistoryEntry> newestFirst,
                                        Optional<VestingPrice> price) {
        Running r = new Running();
        r.add(LIQUID, now.steem());
        r.add(LIQUID, now.sbd());
        r.add(LIQUID, now.vests());
        r.add(SAVINGS, now.savingsSteem());
        r.add(SAVINGS, now.savingsSbd());
        Map<String, Asset> savingsRequests = savingsRequests(account, newestFirst);
        List<Point> points = new ArrayList<>();
        points.add(now);
        List<HistoryEntry> sorted = new ArrayList<>(newestFirst);
        sorted.sort((a, b) -> Long.compare(b.index(), a.index()));
        Map<Long, Boolean> vestedInHistory = new HashMap<>();
        for (HistoryEntry e : sorted) {
            if (e.opName().equals("transfer_to_vesting_completed")) {
                vestedInHistory.put(e.timestamp().getEpochSecond(), true);
            }
        }
        String self = account.value();
        if (!sorted.isEmpty()) {
            points.add(r.at(sorted.get(0).timestamp()));
        }
        for (int i = 0; i < sorted.size(); i++) {
            HistoryEntry e = sorted.get(i);
            undo(r, self, e.opName(), e.operation(), savingsRequests, price,
                    vestedInHistory.containsKey(e.timestamp().getEpochSecond()));
            // undone, the balances are those right after the entry before (the first point: before the oldest)
            points.add(r.at(i + 1 < sorted.size() ? sorted.get(i + 1).timestamp() : e.timestamp().minusSeconds(1)));
        }
        Collections.reverse(points);
        return points;
    }

    private static void undo(Running r, String self, String kind, JsonNode op, Map<String, Asset> savingsRequests,
                             Optional<VestingPrice> price, boolean vestedInHistory) {
        boolean from = self.equals(op.path("from").asText(null));
        boolean to = self.equals(op.path("to").asText(null));
        switch (kind) {
            case "transfer" -> {
                amount(op, "amount").ifPresent(a -> {
                    if (from) {
                        r.add(LIQUID, a);
                    }
                    if (to) {
                        r.add(LIQUID, neg(a));
                    }
                });
            }
            case "transfer_to_vesting" -> amount(op, "amount").ifPresent(a -> {
                if (from) {
                    r.add(LIQUID, a);
                }
                if (to && !vestedInHistory) {
                    price.ifPresent(p -> r.add(LIQUID, neg(p.toVests(a))));
                }
            });
            case "transfer_to_vesting_completed" -> {
                if (self.equals(op.path("to_account").asText(null))) {
                    amount(op, "vesting_shares_received").ifPresent(v -> r.add(LIQUID, neg(v)));
                }
            }
            case "fill_vesting_withdraw" -> {
                if (self.equals(op.path("from_account").asText(null))) {
                    amount(op, "withdrawn").ifPresent(v -> r.add(LIQUID, v));
                }
                if (self.equals(op.path("to_account").asText(null))) {
                    amount(op, "deposited").ifPresent(d -> r.add(LIQUID, neg(d)));
                }
            }
            case "claim_reward_balance" -> {
                for (String f : List.of("reward_steem", "reward_sbd", "reward_vests")) {
                    amount(op, f).ifPresent(a -> r.add(LIQUID, neg(a)));
                }
            }
            case "transfer_to_savings" -> amount(op, "amount").ifPresent(a -> {
                if (from) {
                    r.add(LIQUID, a);
                }
                if (to) {
                    r.add(SAVINGS, neg(a));
                }
            });
            case "transfer_from_savings" -> amount(op, "amount").filter(a -> from).ifPresent(a -> r.add(SAVINGS, a));
            case "cancel_transfer_from_savings" -> {
                Asset back = savingsRequests.get(op.path("request_id").asText());
                if (back != null && from) {
                    r.add(SAVINGS, neg(back));
                }
            }
            case "fill_transfer_from_savings" -> amount(op, "amount").filter(a -> to)
                    .ifPresent(a -> r.add(LIQUID, neg(a)));
            case "convert" -> amount(op, "amount").ifPresent(a -> r.add(LIQUID, a));
            case "fill_convert_request" -> amount(op, "amount_out").ifPresent(a -> r.add(LIQUID, neg(a)));
            case "interest" -> amount(op, "interest").ifPresent(a -> r.add(LIQUID, neg(a)));
            case "producer_reward" -> amount(op, "vesting_shares").ifPresent(a -> r.add(LIQUID, neg(a)));
            default -> {
                // votes, posts, delegations (own VESTS stay), rewards until claimed: no balance changes
            }
        }
    }

    /** What each savings withdrawal the account asked for took out, by request id (a cancel puts it back). */
    private static Map<String, Asset> savingsRequests(AccountName account, List<HistoryEntry> entries) {
        Map<String, Asset> requests = new HashMap<>();
        for (HistoryEntry e : entries) {
            if (e.opName().equals("transfer_from_savings")) {
                JsonNode op = e.operation();
                if (account.value().equals(op.path("from").asText(null))) {
                    amount(op, "amount").ifPresent(a -> requests.put(op.path("request_id").asText(), a));
                }
            }
        }
        return requests;
    }

    private static Asset neg(Asset a) {
        return Asset.of(-a.amount(), a.symbol());
    }

    private static Optional<Asset> amount(JsonNode op, String field) {
        try {
            return op.path(field).isTextual() ? Optional.of(Asset.parse(op.path(field).asText())) : Optional.empty();
        } catch (RuntimeException notAnAmount) {
            return Optional.empty();
        }
    }
}
