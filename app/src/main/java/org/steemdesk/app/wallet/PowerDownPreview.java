package org.steemdesk.app.wallet;

import java.util.Objects;
import org.steemdesk.app.stake.PowerDownPlan;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.chain.protocol.Asset;

/**
 * What a power down pays: the chain's weekly rate and instalments (in VESTS, exact) and their SP value at today's
 * price (an estimate: the price moves a little every block).
 */
public record PowerDownPreview(PowerDownPlan plan, VestingPrice price) {
    public PowerDownPreview {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(price, "price");
    }

    public Asset totalVests() {
        return plan.total();
    }

    public Asset totalSteemPower() {
        return price.toSteem(plan.total());
    }

    public Asset weeklyVests() {
        return plan.weeklyRate();
    }

    public Asset weeklySteem() {
        return price.toSteem(plan.weeklyRate());
    }

    /** How many weekly payments there will be: the chain's interval count, never more. */
    public int weeks() {
        return plan.instalments().size();
    }
}
