package org.steemdesk.app.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.operation.Operation;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.rpc.NodeErrorKind;
import org.steemdesk.chain.transaction.SignedTransaction;

/**
 * A signed transaction of the outbox as a page or the CLI shows it: when it was signed, by which account, its
 * operations, where it stands and its id. Plain values only (kinds, not texts).
 *
 * @param account     the account that signed it (for older rows and votes: the first operation's acting account)
 * @param refusalKind for {@link State#FAILED}: the kind of the node's refusal
 * @param nodeMessage for {@link State#FAILED}: the node's own words (never shown as our text, kept for support)
 */
public record OutboxRecord(long id, String txId, State state, Optional<AccountName> account,
                           List<Operation> operations, Instant signedAt, Instant expiration, Instant updatedAt,
                           int attempts, Optional<NodeErrorKind> refusalKind, Optional<String> nodeMessage) {
    /** Fields a summary leaves out: long, or private to their reader. */
    private static final Set<String> LEFT_OUT = Set.of("memo", "json", "json_metadata", "body", "extensions");

    /** Where it stands, as the user hears it. */
    public enum State {
        /** Stored; not known to have reached a node (the process may have stopped mid-send). */
        PENDING,
        /** Sent with an unclear outcome: it may be on chain. The same bytes go again until it expires. */
        SENT_UNCLEAR,
        /** On chain. */
        CONFIRMED,
        /** Expired and looked up: not on chain, and it never will be. */
        EXPIRED_ABSENT,
        /** Refused by the chain: it did not land. */
        FAILED;

        /** The CLI's and JSON's name: pending, sent-unclear, confirmed, expired-absent, failed. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static State of(OutboxState state) {
            return switch (state) {
                case QUEUED -> PENDING;
                case SENT_UNCONFIRMED -> SENT_UNCLEAR;
                case CONFIRMED -> CONFIRMED;
                case EXPIRED -> EXPIRED_ABSENT;
                case REJECTED -> FAILED;
            };
        }
    }

    public OutboxRecord {
        Objects.requireNonNull(txId, "txId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(account, "account");
        operations = List.copyOf(operations);
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(expiration, "expiration");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(refusalKind, "refusalKind");
        Objects.requireNonNull(nodeMessage, "nodeMessage");
    }

    /** Whether it may still land: the same bytes are sent (or looked up) again until it is settled. */
    public boolean unsettled() {
        return state == State.PENDING || state == State.SENT_UNCLEAR;
    }

    public static OutboxRecord of(OutboxEntry entry) {
        List<Operation> operations;
        try {
            operations = SteemJson.mapper().readValue(entry.transaction().json(), SignedTransaction.class).transaction()
                    .operations();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("outbox entry " + entry.id() + " does not hold a transaction", e);
        }
        Optional<AccountName> account = entry.account();
        boolean failed = entry.state() == OutboxState.REJECTED;
        return new OutboxRecord(entry.id(), entry.txId(), State.of(entry.state()), account, operations,
                entry.createdAt(), entry.transaction().expiration(), entry.updatedAt(), entry.attempts(),
                failed ? entry.refusal().map(NodeRefusal::kind) : Optional.empty(),
                failed ? entry.lastError() : Optional.empty());
    }

    /**
     * The operations in a line, for the CLI and logs: {@code transfer(from=alice, to=bob, amount=1.000 STEEM)}. Memos
     * and JSON bodies are left out (a memo may be long, or private to its reader).
     */
    public String summary() {
        List<String> parts = new ArrayList<>();
        for (JsonNode op : SteemJson.mapper().<JsonNode>valueToTree(operations)) {
            StringBuilder line = new StringBuilder(op.path(0).asText()).append('(');
            Iterator<Map.Entry<String, JsonNode>> fields = op.path(1).properties().iterator();
            boolean first = true;
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (LEFT_OUT.contains(field.getKey())) {
                    continue;
                }
                line.append(first ? "" : ", ").append(field.getKey()).append('=')
                        .append(field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString());
                first = false;
            }
            parts.add(line.append(')').toString());
        }
        return String.join("; ", parts);
    }
}
