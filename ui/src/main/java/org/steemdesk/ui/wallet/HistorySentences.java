package org.steemdesk.ui.wallet;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.steemdesk.app.keys.MemoReading;
import org.steemdesk.app.sync.HistoryEntry;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;

/**
 * A cached history row as a sentence in the user's language ("Sent 1.000 STEEM to bob", "bob에게 1.000 STEEM
 * 송금"), amounts formatted for the language and VESTS shown as SP. One table, kind → phrase (which bundle key,
 * chosen by who did what, and where each argument comes from in the operation); a kind without a phrase is summed
 * up by its fields, never shown as JSON. No toolkit: the history view shows what this returns.
 */
public final class HistorySentences {
    private static final int SUMMARY_FIELDS = 4;
    private static final int SHORT = 48;

    private final Messages messages;
    private final Formats formats;
    private final OperationNames names;
    private final Map<String, Phrase> phrases;

    /** The operation being read, for which account, and the SP/VESTS price to show its VESTS at. */
    private record Row(JsonNode op, String account, Optional<VestsPrices.Priced> price) {
        String field(String name) {
            return op.path(name).asText("");
        }

        boolean by(String field) {
            return field(field).equals(account);
        }
    }

    /** A kind's sentence: its bundle key (from the row) and its arguments, each read from the row. */
    private record Phrase(Function<Row, String> key, List<Arg> args) {
    }

    /** One argument of a sentence, read from the row. */
    private interface Arg extends Function<Row, Object> {
    }

    public HistorySentences(Messages messages, Formats formats) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.names = new OperationNames(messages);
        this.phrases = Map.ofEntries(
                Map.entry("transfer", phrase(byActor("from", "wallet.history.op.transfer.out",
                        "wallet.history.op.transfer.in"), amount("amount"), other("from", "to"))),
                Map.entry("transfer_to_vesting", phrase(selfOutIn("from", "to", "wallet.history.op.powerUp.self",
                        "wallet.history.op.powerUp.out", "wallet.history.op.powerUp.in"), amount("amount"),
                        other("from", "to"))),
                Map.entry("withdraw_vesting", phrase(zeroOr("vesting_shares", "wallet.history.op.powerDown.stop",
                        "wallet.history.op.powerDown.start"), amount("vesting_shares"))),
                Map.entry("delegate_vesting_shares", phrase(zeroOr("vesting_shares",
                        byActor("delegator", "wallet.history.op.delegate.out.zero",
                                "wallet.history.op.delegate.in.zero"),
                        byActor("delegator", "wallet.history.op.delegate.out", "wallet.history.op.delegate.in")),
                        amount("vesting_shares"), other("delegator", "delegatee"))),
                Map.entry("claim_reward_balance", phrase(fixed("wallet.history.op.claim"),
                        amounts("reward_steem", "reward_sbd", "reward_vests"))),
                Map.entry("transfer_to_savings", phrase(selfOutIn("from", "to", "wallet.history.op.savingsIn.self",
                        "wallet.history.op.savingsIn.out", "wallet.history.op.savingsIn.in"), amount("amount"),
                        other("from", "to"))),
                Map.entry("transfer_from_savings", phrase(fixed("wallet.history.op.savingsOut"), amount("amount"),
                        text("request_id"))),
                Map.entry("cancel_transfer_from_savings", phrase(fixed("wallet.history.op.savingsCancel"),
                        text("request_id"))),
                Map.entry("fill_transfer_from_savings", phrase(fixed("wallet.history.op.savingsPaid"),
                        amount("amount"), text("request_id"))),
                Map.entry("convert", phrase(fixed("wallet.history.op.convert"), amount("amount"))),
                Map.entry("fill_convert_request", phrase(fixed("wallet.history.op.convertPaid"), amount("amount_in"),
                        amount("amount_out"))),
                Map.entry("account_witness_vote", phrase(r -> r.op().path("approve").asBoolean()
                        ? "wallet.history.op.witness.approve" : "wallet.history.op.witness.unapprove",
                        text("witness"))),
                Map.entry("account_witness_proxy", phrase(r -> r.field("proxy").isEmpty()
                        ? "wallet.history.op.proxy.clear" : "wallet.history.op.proxy.set", text("proxy"))),
                Map.entry("set_withdraw_vesting_route", phrase(r -> r.op().path("percent").asInt() == 0
                        ? "wallet.history.op.route.remove" : "wallet.history.op.route.set", text("to_account"),
                        percent("percent"))),
                Map.entry("change_recovery_account", phrase(fixed("wallet.history.op.recovery"),
                        text("new_recovery_account"))),
                Map.entry("account_update", phrase(fixed("wallet.history.op.accountUpdate"))),
                Map.entry("vote", phrase(byActor("voter", "wallet.history.op.vote.out", "wallet.history.op.vote.in"),
                        percent("weight"), post("author", "permlink"), text("voter"))),
                Map.entry("comment", phrase(r -> !r.by("author") ? "wallet.history.op.comment.in"
                        : r.field("parent_author").isEmpty() ? "wallet.history.op.comment.post"
                        : "wallet.history.op.comment.reply",
                        post("author", "permlink"), post("parent_author", "parent_permlink"), text("author"))),
                Map.entry("custom_json", phrase(fixed("wallet.history.op.customJson"), text("id"))),
                Map.entry("curation_reward", phrase(fixed("wallet.history.op.curation"), amount("reward"),
                        post("comment_author", "comment_permlink"))),
                Map.entry("author_reward", phrase(fixed("wallet.history.op.author"), amounts("sbd_payout",
                        "steem_payout", "vesting_payout"), post("author", "permlink"))),
                Map.entry("comment_benefactor_reward", phrase(fixed("wallet.history.op.benefactor"),
                        amounts("sbd_payout", "steem_payout", "vesting_payout", "reward"), post("author", "permlink"))),
                Map.entry("fill_vesting_withdraw", phrase(selfOutIn("from_account", "to_account",
                        "wallet.history.op.powerDownPaid.self", "wallet.history.op.powerDownPaid.out",
                        "wallet.history.op.powerDownPaid.in"), amount("deposited"),
                        other("from_account", "to_account"))),
                Map.entry("return_vesting_delegation", phrase(fixed("wallet.history.op.delegationReturned"),
                        amount("vesting_shares"))),
                Map.entry("interest", phrase(fixed("wallet.history.op.interest"), amount("interest"))),
                Map.entry("producer_reward", phrase(fixed("wallet.history.op.producerReward"),
                        amount("vesting_shares"))));
    }

    /** The row as {@code account} reads it, its VESTS at the price {@code prices} gives for its time. */
    public HistoryLine line(HistoryEntry entry, AccountName account, VestsPrices prices) {
        JsonNode op = entry.operation();
        Optional<VestsPrices.Priced> price = hasVests(op) ? prices.at(entry.timestamp()) : Optional.empty();
        Row row = new Row(op, account.value(), price);
        Phrase phrase = phrases.get(entry.opName());
        String sentence = phrase == null || op.isMissingNode() ? summary(row)
                : messages.get(phrase.key().apply(row), phrase.args().stream().map(a -> a.apply(row)).toArray());
        Optional<String> tooltip = price.map(p -> p.seenAt()
                .map(t -> messages.get("wallet.history.price.then", formats.dateTime(t)))
                .orElseGet(() -> messages.get("wallet.history.price.now")));
        Optional<String> memo = op.path("memo").isTextual() && !op.path("memo").asText().isEmpty()
                ? Optional.of(op.path("memo").asText()) : Optional.empty();
        return new HistoryLine(entry, names.name(entry.opName()), sentence, tooltip, memo);
    }

    /** A memo as the history's memo column shows it. */
    public String memo(MemoReading reading) {
        if (reading instanceof MemoReading.Plain plain) {
            return plain.text();
        } else if (reading instanceof MemoReading.Decrypted decrypted) {
            return decrypted.text();
        } else if (reading instanceof MemoReading.NoMemoKey) {
            return messages.get("wallet.history.memo.noKey");
        } else if (reading instanceof MemoReading.Unreadable unreadable) {
            return messages.get(unreadable.why() == MemoReading.Why.NOT_FOR_THIS_KEY
                    ? "wallet.history.memo.notForKey" : "wallet.history.memo.damaged");
        }
        return messages.get("wallet.history.memo.locked");
    }

    private static Phrase phrase(Function<Row, String> key, Arg... args) {
        return new Phrase(key, List.of(args));
    }

    private static Function<Row, String> fixed(String key) {
        return r -> key;
    }

    /** The key for the account doing it ({@code field} is the account) or receiving it. */
    private static Function<Row, String> byActor(String field, String out, String in) {
        return r -> r.by(field) ? out : in;
    }

    /** The key for an operation from the account to itself, to someone else, or from someone else. */
    private static Function<Row, String> selfOutIn(String from, String to, String self, String out, String in) {
        return r -> r.field(from).equals(r.field(to)) ? self : r.by(from) ? out : in;
    }

    private static Function<Row, String> zeroOr(String field, String zeroKey, String otherKey) {
        return zeroOr(field, fixed(zeroKey), fixed(otherKey));
    }

    private static Function<Row, String> zeroOr(String field, Function<Row, String> whenZero,
                                                 Function<Row, String> otherwise) {
        return r -> zero(r, field) ? whenZero.apply(r) : otherwise.apply(r);
    }

    private static Arg text(String field) {
        return r -> r.field(field);
    }

    /** The party that is not the account (the first field's when it is both). */
    private static Arg other(String first, String second) {
        return r -> r.by(first) && !r.field(second).isEmpty() ? r.field(second) : r.field(first);
    }

    private Arg percent(String field) {
        return r -> formats.percent(r.op().path(field).asInt() / 10_000.0);
    }

    private static Arg post(String authorField, String permlinkField) {
        return r -> {
            String permlink = r.field(permlinkField);
            return "@" + r.field(authorField) + "/"
                    + (permlink.length() > SHORT ? permlink.substring(0, SHORT - 1) + "…" : permlink);
        };
    }

    private Arg amount(String field) {
        return r -> money(r.op().path(field).asText(""), r);
    }

    /** The non-zero amounts of the fields, joined; zero of the first when all are zero. */
    private Arg amounts(String... fields) {
        return r -> {
            List<String> parts = new ArrayList<>();
            for (String f : fields) {
                if (r.op().has(f) && !zero(r, f)) {
                    parts.add(money(r.field(f), r));
                }
            }
            return parts.isEmpty() ? money(r.field(fields[0]), r) : String.join(", ", parts);
        };
    }

    private String money(String text, Row row) {
        Optional<Asset> asset = asset(text);
        if (asset.isEmpty()) {
            return text;
        }
        Asset a = asset.get();
        if (a.symbol() == AssetSymbol.VESTS) {
            return row.price().map(p -> formats.amount(p.price().steemShown(a).toDecimal(), "SP"))
                    .orElseGet(() -> formats.amount(a.toDecimal(), "VESTS"));
        }
        return formats.amount(a.toDecimal(), a.symbol().name());
    }

    private static boolean zero(Row row, String field) {
        return asset(row.field(field)).map(Asset::isZero).orElse(false);
    }

    private static Optional<Asset> asset(String text) {
        try {
            return Optional.of(Asset.parse(text));
        } catch (RuntimeException notAnAmount) {
            return Optional.empty();
        }
    }

    private static boolean hasVests(JsonNode op) {
        for (JsonNode value : op) {
            if (value.isTextual() && value.asText().endsWith(" VESTS")) {
                return true;
            }
        }
        return false;
    }

    /** A kind without a phrase: its first few scalar fields ("to: bob, amount: 1.000 STEEM"), amounts formatted. */
    private String summary(Row row) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> f : row.op().properties()) {
            if (parts.size() == SUMMARY_FIELDS) {
                break;
            }
            JsonNode v = f.getValue();
            if (v.isValueNode() && !v.asText().isEmpty() && !f.getKey().equals("json")) {
                String value = v.asText();
                String shown = money(value, row);
                parts.add(f.getKey().replace('_', ' ') + ": "
                        + (shown.length() > SHORT ? shown.substring(0, SHORT - 1) + "…" : shown));
            }
        }
        return parts.isEmpty() ? messages.get("wallet.history.noDetails") : String.join(", ", parts);
    }
}
