package org.steemdesk.app.stake;

import java.util.ArrayList;
import java.util.List;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/**
 * The weekly instalments of a power down of {@code total} VESTS. steemd's {@code withdraw_vesting_evaluator}
 * sets the rate to {@code total / intervals} rounded down (at least 1), and since HF21
 * ({@code STEEM_HARDFORK_0_21__3004}) adds 1 when that rate times the intervals falls short of the total, so the
 * power down never takes an extra week; {@code database::process_vesting_withdrawals} pays
 * {@code min(rate, to_withdraw − withdrawn)} each week, which makes the last instalment the smaller one.
 * {@code intervals} is {@code STEEM_VESTING_WITHDRAW_INTERVALS} from {@code get_config} (4 since HF23) and must be
 * passed in.
 */
public record PowerDownPlan(Asset total, int intervals) {

    public PowerDownPlan {
        if (total.symbol() != AssetSymbol.VESTS || total.amount() <= 0) {
            throw new IllegalArgumentException("a power down needs a positive VESTS amount, got " + total);
        }
        if (intervals <= 0) {
            throw new IllegalArgumentException("withdraw intervals must be > 0, got " + intervals);
        }
    }

    public Asset weeklyRate() {
        long rate = Math.max(1, total.amount() / intervals);
        if (rate * intervals < total.amount()) {
            rate++;
        }
        return Asset.of(rate, AssetSymbol.VESTS);
    }

    /** Every payment in order; their sum is {@code total}. */
    public List<Asset> instalments() {
        long rate = weeklyRate().amount();
        List<Asset> out = new ArrayList<>();
        long paid = 0;
        while (paid < total.amount()) {
            long next = Math.min(rate, total.amount() - paid);
            out.add(Asset.of(next, AssetSymbol.VESTS));
            paid += next;
        }
        return List.copyOf(out);
    }
}
