package org.steemdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.steemdesk.app.outbox.OutboxRecord;
import org.steemdesk.app.wallet.BalanceSheet;
import org.steemdesk.app.wallet.DelegationChange;
import org.steemdesk.app.wallet.PowerDownPreview;
import org.steemdesk.app.wallet.StakeAmount;
import org.steemdesk.app.wallet.WalletPlan;
import org.steemdesk.app.wallet.WalletReceipt;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.i18n.Messages;

/**
 * How a wallet plan and its outcome are shown: the preview text (in the user's language), the outcome line, and the
 * --json document (machine output, not translated).
 */
record WalletOutput(String action, WalletPlan plan, Messages messages) {

    /** What will be signed and what it changes, printed before anything is signed. */
    String preview() {
        StringBuilder out = new StringBuilder();
        out.append(messages.get("cli.wallet.signedWith", action, plan.account().value(),
                plan.signingRole().wireName())).append('\n');
        for (JsonNode op : operations()) {
            out.append("  ").append(op).append('\n');
        }
        plan.powerDown().ifPresent(p -> out.append(messages.get("cli.wallet.powerDown", sp(p.totalVests()),
                p.totalVests().toString(), Integer.toString(p.weeks()), sp(p.weeklyVests()),
                p.weeklyVests().toString())).append('\n'));
        plan.delegation().ifPresent(d -> {
            out.append(messages.get("cli.wallet.delegation", d.delegatee().value(), sp(d.currentVests()),
                    d.currentVests().toString(), sp(d.newVests()), d.newVests().toString())).append('\n');
            if (!d.returningVests().isZero()) {
                out.append(messages.get("cli.wallet.returning", sp(d.returningVests()),
                        d.returningVests().toString())).append('\n');
            }
        });
        plan.detail().ifPresent(detail -> new PlanDetailOutput(messages).lines(detail)
                .forEach(line -> out.append(line).append('\n')));
        BalanceSheet after = plan.after();
        out.append(messages.get("cli.wallet.after", after.steem().toString(), after.sbd().toString(),
                after.savingsSteem().toString(), after.savingsSbd().toString())).append('\n');
        out.append(messages.get("cli.wallet.stakeAfter", sp(after.vests()), sp(after.delegatedVests()),
                sp(after.usableVests())));
        if (!after.poweringDownVests().isZero()) {
            out.append(messages.get("cli.wallet.poweringDown", sp(after.poweringDownVests())));
        }
        return out.append('\n').toString();
    }

    String outcome(WalletReceipt receipt) {
        return receipt.status() == WalletReceipt.Status.CONFIRMED
                ? messages.get("cli.wallet.confirmed", receipt.txId())
                : messages.get("cli.wallet.unclear", receipt.txId());
    }

    /** One document: at least the tx id and the operations; amounts as "1.000 STEEM" or "10.000 SP". */
    String json(WalletReceipt receipt) {
        ObjectMapper mapper = SteemJson.mapper();
        ObjectNode doc = mapper.createObjectNode();
        doc.put("action", action);
        doc.put("account", plan.account().value());
        doc.put("tx_id", receipt.txId());
        doc.put("status", receipt.status().name().toLowerCase(Locale.ROOT));
        doc.put("signing_key", plan.signingRole().wireName());
        doc.set("operations", operations());
        doc.set("before", balances(plan.before()));
        doc.set("after", balances(plan.after()));
        plan.powerDown().ifPresent(p -> doc.set("power_down", powerDown(p)));
        plan.delegation().ifPresent(d -> doc.set("delegation", delegation(d)));
        plan.detail().ifPresent(d -> doc.set("detail", PlanDetailOutput.json(d)));
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
        return StakeAmount.sp(plan.price().toSteem(vests)).toString();
    }
}
