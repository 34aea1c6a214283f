package org.steemdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.steemdesk.app.outbox.OutboxRecord;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.app.wallet.BalanceSheet;
import org.steemdesk.app.wallet.DelegationChange;
import org.steemdesk.app.wallet.PowerDownPreview;
import org.steemdesk.app.wallet.StakeAmount;
import org.steemdesk.app.wallet.WalletPlan;
import org.steemdesk.app.wallet.WalletReceipt;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.Asset;

/** How a wallet plan and its outcome are shown: the preview text, the outcome line, and the --json document. */
final class WalletOutput {
    private final String action;
    private final WalletPlan plan;
    private final VestingPrice price;

    WalletOutput(String action, WalletPlan plan) {
        this.action = action;
        this.plan = plan;
        this.price = plan.price();
    }

    /** What will be signed and what it changes, printed before anything is signed. */
    String preview() {
        StringBuilder out = new StringBuilder();
        out.append(action).append(" for ").append(plan.account()).append(", signed with its ")
                .append(plan.signingRole().wireName()).append(" key:\n");
        for (JsonNode op : operations()) {
            out.append("  ").append(op).append('\n');
        }
        plan.powerDown().ifPresent(p -> out.append("Power down ").append(sp(p.totalVests())).append(" (")
                .append(p.totalVests()).append(") in ").append(p.weeks()).append(" weekly payments of ")
                .append(sp(p.weeklyVests())).append(" (").append(p.weeklyVests()).append(")\n"));
        plan.delegation().ifPresent(d -> {
            out.append("Delegation to ").append(d.delegatee()).append(": ").append(sp(d.currentVests())).append(" (")
                    .append(d.currentVests()).append(") -> ").append(sp(d.newVests())).append(" (")
                    .append(d.newVests()).append(")\n");
            if (!d.returningVests().isZero()) {
                out.append(sp(d.returningVests())).append(" (").append(d.returningVests())
                        .append(") come back to you after the chain's 5-day return period\n");
            }
        });
        BalanceSheet after = plan.after();
        out.append("After: ").append(after.steem()).append(", ").append(after.sbd()).append(" liquid; savings ")
                .append(after.savingsSteem()).append(", ").append(after.savingsSbd()).append('\n');
        out.append("Steem Power after: ").append(sp(after.vests())).append(" own, ")
                .append(sp(after.delegatedVests())).append(" delegated, ").append(sp(after.usableVests()))
                .append(" usable");
        if (!after.poweringDownVests().isZero()) {
            out.append(", ").append(sp(after.poweringDownVests())).append(" powering down");
        }
        return out.append('\n').toString();
    }

    String outcome(WalletReceipt receipt) {
        return receipt.status() == WalletReceipt.Status.CONFIRMED
                ? "Sent: transaction " + receipt.txId() + " confirmed."
                : "Sent: transaction " + receipt.txId() + ", outcome unclear.";
    }

    /** One document: at least the tx id and the operations; amounts as "1.000 STEEM" or "10.000 SP". */
    String json(WalletReceipt receipt) {
        ObjectMapper mapper = SteemJson.mapper();
        ObjectNode doc = mapper.createObjectNode();
        doc.put("action", action);
        doc.put("account", plan.account().value());
        doc.put("tx_id", receipt.txId());
        doc.put("status", receipt.status().name().toLowerCase(java.util.Locale.ROOT));
        doc.put("signing_key", plan.signingRole().wireName());
        doc.set("operations", operations());
        doc.set("before", balances(plan.before()));
        doc.set("after", balances(plan.after()));
        plan.powerDown().ifPresent(p -> doc.set("power_down", powerDown(p)));
        plan.delegation().ifPresent(d -> doc.set("delegation", delegation(d)));
        try {
            return mapper.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /**
     * The document for an equal operation an earlier run sent without telling the user: its tx id and operations,
     * status confirmed, {@code sent_earlier} true.
     */
    static String sentEarlierJson(String action, OutboxRecord earlier) {
        ObjectMapper mapper = SteemJson.mapper();
        ObjectNode doc = mapper.createObjectNode();
        doc.put("action", action);
        earlier.account().ifPresent(a -> doc.put("account", a.value()));
        doc.put("tx_id", earlier.txId());
        doc.put("status", "confirmed");
        doc.put("sent_earlier", true);
        doc.put("signed_at", earlier.signedAt().toString());
        doc.set("operations", mapper.valueToTree(earlier.operations()));
        try {
            return mapper.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private JsonNode operations() {
        try {
            return SteemJson.mapper().readTree(plan.operationsJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read back operation JSON", e);
        }
    }

    private ObjectNode balances(BalanceSheet b) {
        ObjectNode node = SteemJson.mapper().createObjectNode();
        node.put("steem", b.steem().toString());
        node.put("sbd", b.sbd().toString());
        node.put("savings_steem", b.savingsSteem().toString());
        node.put("savings_sbd", b.savingsSbd().toString());
        node.put("vesting_shares", b.vests().toString());
        node.put("steem_power", sp(b.vests()));
        node.put("delegated_vesting_shares", b.delegatedVests().toString());
        node.put("delegated_steem_power", sp(b.delegatedVests()));
        node.put("usable_steem_power", sp(b.usableVests()));
        node.put("delegatable_steem_power", sp(b.delegatableVests()));
        node.put("powering_down", sp(b.poweringDownVests()));
        return node;
    }

    private ObjectNode powerDown(PowerDownPreview p) {
        ObjectNode node = SteemJson.mapper().createObjectNode();
        node.put("total", p.totalVests().toString());
        node.put("total_sp", sp(p.totalVests()));
        node.put("weekly", p.weeklyVests().toString());
        node.put("weekly_sp", sp(p.weeklyVests()));
        node.put("weeks", p.weeks());
        return node;
    }

    private ObjectNode delegation(DelegationChange d) {
        ObjectNode node = SteemJson.mapper().createObjectNode();
        node.put("delegatee", d.delegatee().value());
        node.put("vesting_shares", d.newVests().toString());
        node.put("sp", sp(d.newVests()));
        node.put("previous_vesting_shares", d.currentVests().toString());
        node.put("previous_sp", sp(d.currentVests()));
        node.put("returning_vesting_shares", d.returningVests().toString());
        return node;
    }

    private String sp(Asset vests) {
        return StakeAmount.sp(price.toSteem(vests)).toString();
    }
}
