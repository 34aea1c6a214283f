package org.steemdesk.app.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.rpc.NodeErrorKind;

/**
 * A row of the outbox. {@code lastErrorKind} is the kind of the node's refusal of a REJECTED entry (absent for rows
 * stored before kinds were, and for other states). {@code tag} is who signed it and what was asked, for wallet
 * transactions (votes keep theirs in the vote queue; older rows have none). {@code reportedAt} is when a door told
 * the user how it ended.
 */
public record OutboxEntry(long id, SignedTransactionData transaction, OutboxState state, int attempts,
                          Optional<String> lastError, Optional<NodeErrorKind> lastErrorKind, Instant createdAt,
                          Instant updatedAt, Optional<OutboxTag> tag, Optional<Instant> reportedAt) {
    public OutboxEntry {
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(lastErrorKind, "lastErrorKind");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(reportedAt, "reportedAt");
    }

    public String txId() {
        return transaction.txId();
    }

    /**
     * The account that signed it: the tag's, else the account acting in the first operation (steemd lists it first in
     * every operation this app signs: vote's voter, transfer's from, withdraw_vesting's account, …).
     */
    public Optional<AccountName> account() {
        if (tag.isPresent()) {
            return Optional.of(tag.get().account());
        }
        try {
            Iterator<JsonNode> values = SteemJson.mapper().readTree(transaction.json()).path("operations").path(0)
                    .path(1).elements();
            if (!values.hasNext()) {
                return Optional.empty();
            }
            JsonNode first = values.next();
            String name = first.isArray() && !first.isEmpty() ? first.get(0).asText() : first.asText();
            return AccountName.isValid(name) ? Optional.of(AccountName.of(name)) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** The node's refusal of a REJECTED entry; a row stored without its kind gets the kind its message has. */
    public Optional<NodeRefusal> refusal() {
        return lastError.map(message -> new NodeRefusal(lastErrorKind.orElseGet(() -> NodeErrorKind.ofMessage(message)),
                message));
    }
}
