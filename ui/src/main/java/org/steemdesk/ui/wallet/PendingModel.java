package org.steemdesk.ui.wallet;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.steemdesk.app.outbox.OutboxRecord;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;

/**
 * The wallet page's "pending and unclear" list without JavaFX: what each signed transaction does, when it was signed
 * and until when it can land, where it stands, and what a settlement found. The outbox is the app's.
 */
public record PendingModel(Messages messages, Formats formats) {
    /** Its operations by their names in the user's language. */
    public String what(OutboxRecord record) {
        List<String> parts = new ArrayList<>();
        OperationNames names = new OperationNames(messages);
        for (JsonNode op : SteemJson.mapper().<JsonNode>valueToTree(record.operations())) {
            parts.add(names.name(op.path(0).asText()));
        }
        return String.join(", ", parts);
    }

    /** The operations' fields as they were signed (memos left out: they may be private). */
    public String detail(OutboxRecord record) {
        return record.summary();
    }

    public String when(OutboxRecord record) {
        return messages.get("wallet.pending.when", formats.dateTime(record.signedAt()),
                formats.dateTime(record.expiration()));
    }

    public String state(OutboxRecord record) {
        return switch (record.state()) {
            case PENDING -> messages.get("wallet.pending.state.PENDING");
            case SENT_UNCLEAR -> messages.get("wallet.pending.state.SENT_UNCLEAR", record.attempts());
            case CONFIRMED -> messages.get("wallet.pending.state.CONFIRMED");
            case EXPIRED_ABSENT -> messages.get("wallet.pending.state.EXPIRED_ABSENT");
            case FAILED -> messages.get("wallet.pending.state.FAILED");
        };
    }

    /** What a settlement found: how many landed, expired unsent, were refused, or are still open. */
    public String settled(List<OutboxRecord> tried) {
        if (tried.isEmpty()) {
            return messages.get("wallet.pending.settled.nothing");
        }
        long landed = count(tried, OutboxRecord.State.CONFIRMED);
        long expired = count(tried, OutboxRecord.State.EXPIRED_ABSENT);
        long failed = count(tried, OutboxRecord.State.FAILED);
        long open = tried.stream().filter(OutboxRecord::unsettled).count();
        return messages.get("wallet.pending.settled", landed, expired, failed, open);
    }

    private static long count(List<OutboxRecord> records, OutboxRecord.State state) {
        return records.stream().filter(r -> r.state() == state).count();
    }
}
