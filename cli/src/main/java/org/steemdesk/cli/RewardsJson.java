package org.steemdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import org.steemdesk.app.rewards.CurationSummary;
import org.steemdesk.app.rewards.PeriodTotals;
import org.steemdesk.app.rewards.RewardAmounts;
import org.steemdesk.app.rewards.RewardKind;
import org.steemdesk.app.rewards.RewardPeriod;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;

/**
 * {@code rewards --json}: the periods as before, each with its curation APR, then the account's stake and the
 * windows of the last 7 days, the last 30 days and all time (fields added after the existing ones).
 */
final class RewardsJson {
    private RewardsJson() {
    }

    static ObjectNode summary(AccountName account, RewardPeriod period, CurationSummary s) {
        Optional<VestingPrice> price = s.price();
        ObjectNode o = SteemJson.mapper().createObjectNode();
        o.put("account", account.value());
        o.put("by", period.name().toLowerCase(Locale.ROOT));
        o.put("sp_rate_cached", price.isPresent());
        ArrayNode periods = o.putArray("periods");
        for (CurationSummary.PeriodYield y : s.periods()) {
            PeriodTotals t = y.totals();
            ObjectNode p = periods.addObject();
            p.put("period", t.label());
            p.put("start", t.start().toString());
            for (RewardKind kind : RewardKind.values()) {
                p.set(kind.name().toLowerCase(Locale.ROOT), amounts(t.of(kind), price));
            }
            p.set("total", amounts(t.total(), price));
            p.put("curation_apr_percent", y.curationAprPercent().orElse(null));
        }
        o.put("stake_sp", s.stake().map(CliFormat::sp).orElse(null));
        ObjectNode windows = o.putObject("windows");
        windows.set("last_7_days", window(s.lastWeek(), price));
        windows.set("last_30_days", window(s.lastMonth(), price));
        windows.set("all_time", window(s.allTime(), price));
        return o;
    }

    private static ObjectNode window(CurationSummary.Window w, Optional<VestingPrice> price) {
        ObjectNode o = SteemJson.mapper().createObjectNode();
        o.set("curation", amounts(w.curation(), price));
        o.set("author", amounts(w.author(), price));
        o.set("beneficiary", amounts(w.beneficiary(), price));
        o.put("curation_rewards", w.curationRewards());
        o.put("curation_apr_percent", w.curationAprPercent().orElse(null));
        o.put("efficiency_percent", w.efficiencyPercent().orElse(null));
        return o;
    }

    static ObjectNode amounts(RewardAmounts a, Optional<VestingPrice> price) {
        ObjectNode o = SteemJson.mapper().createObjectNode();
        o.put("steem", a.steem().toString());
        o.put("sbd", a.sbd().toString());
        o.put("vests", a.vests().toString());
        if (price.isPresent()) {
            o.put("sp", CliFormat.sp(a.sp(price.get())));
        } else {
            o.putNull("sp");
        }
        return o;
    }
}
