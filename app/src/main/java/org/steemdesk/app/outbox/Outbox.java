package org.steemdesk.app.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.rpc.NodeErrorKind;

/**
 * Signed transactions, stored before they are first sent so that whatever happens to the process the same bytes
 * (same tx id) can be sent again and no second signature is made while the first could still land.
 */
public record Outbox(CacheDatabase db) {

    private static final String COLUMNS = "id, tx_id, tx_json, expiration, state, attempts, last_error, "
            + "last_error_kind, created_at, updated_at, account, request_key, reported_at";
    private static final String OPEN = "state IN ('QUEUED', 'SENT_UNCONFIRMED')";

    /**
     * Stores a signed transaction as {@link OutboxState#QUEUED}. Signing the same operations against the same
     * block with the same expiration gives the same bytes and id again: an existing row is then returned as is,
     * except a REJECTED one, which is queued again (it never landed, and the chain may accept it now).
     * Called inside another {@link CacheDatabase#write} it joins that transaction.
     */
    public OutboxEntry enqueue(SignedTransactionData tx, Instant now) {
        return enqueue(tx, Optional.empty(), now);
    }

    /**
     * As {@link #enqueue(SignedTransactionData, Instant)}, keeping who signed it and what was asked beside it, unless
     * an equal request ({@link OutboxTag#requestKey()}) is still open under another transaction: then nothing is
     * stored and that entry is returned (compare the tx ids). Checked and stored in one database transaction, so two
     * processes asking for the same at once store one of them.
     */
    public OutboxEntry enqueue(SignedTransactionData tx, OutboxTag tag, Instant now) {
        return db.write(c -> {
            List<OutboxEntry> equal = list(c, "WHERE " + OPEN + " AND request_key = ? AND tx_id <> ? ORDER BY id",
                    List.of(tag.requestKey(), tx.txId()));
            return equal.isEmpty() ? enqueue(tx, Optional.of(tag), now) : equal.get(0);
        });
    }

    private OutboxEntry enqueue(SignedTransactionData tx, Optional<OutboxTag> tag, Instant now) {
        return db.write(c -> {
            Optional<OutboxEntry> existing = find(c, "tx_id = ?", tx.txId());
            if (existing.isPresent() && existing.get().state() == OutboxState.REJECTED) {
                try (PreparedStatement p = c.prepareStatement(
                        "UPDATE outbox SET state = 'QUEUED', last_error_kind = NULL, updated_at = ? WHERE id = ?")) {
                    p.setLong(1, now.toEpochMilli());
                    p.setLong(2, existing.get().id());
                    p.executeUpdate();
                }
                return find(c, "tx_id = ?", tx.txId()).orElseThrow();
            }
            if (existing.isPresent()) {
                return existing.get();
            }
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO outbox (tx_id, tx_json, expiration, state, attempts, created_at, updated_at, account,
                        request_key)
                    VALUES (?, ?, ?, 'QUEUED', 0, ?, ?, ?, ?)""")) {
                p.setString(1, tx.txId());
                p.setString(2, tx.json());
                p.setLong(3, tx.expiration().toEpochMilli());
                p.setLong(4, now.toEpochMilli());
                p.setLong(5, now.toEpochMilli());
                p.setString(6, tag.map(t -> t.account().value()).orElse(null));
                p.setString(7, tag.map(OutboxTag::requestKey).orElse(null));
                p.executeUpdate();
            }
            return find(c, "tx_id = ?", tx.txId()).orElseThrow();
        });
    }

    public Optional<OutboxEntry> get(long id) {
        return db.read(c -> find(c, "id = ?", id));
    }

    public Optional<OutboxEntry> byTxId(String txId) {
        return db.read(c -> find(c, "tx_id = ?", txId));
    }

    /** Entries that may still land: queued or sent with an unclear outcome, oldest first. */
    public List<OutboxEntry> open() {
        return list("WHERE " + OPEN + " ORDER BY id", List.of());
    }

    /** The open entries of an equal request (same {@link OutboxTag#requestKey()}), oldest first. */
    public List<OutboxEntry> openWithRequest(String requestKey) {
        return list("WHERE " + OPEN + " AND request_key = ? ORDER BY id", List.of(requestKey));
    }

    /**
     * The entries of an equal request that the user may not know the end of: open ones, and ones stored since
     * {@code since} that landed while no door reported it (the process was killed right after, or a background
     * settlement found it), oldest first.
     */
    public List<OutboxEntry> unknownToUser(String requestKey, Instant since) {
        return list("WHERE request_key = ? AND (" + OPEN + " OR (state = 'CONFIRMED' AND reported_at IS NULL AND "
                + "created_at >= ?)) ORDER BY id", List.of(requestKey, since.toEpochMilli()));
    }

    /** A door told the user how this transaction ended (or that it is still unsettled); idempotent. */
    public void markReported(long id, Instant now) {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE outbox SET reported_at = ? WHERE id = ? AND reported_at IS NULL")) {
                p.setLong(1, now.toEpochMilli());
                p.setLong(2, id);
                return p.executeUpdate();
            }
        });
    }

    /** The newest {@code limit} entries, whatever their state, newest first. */
    public List<OutboxEntry> recent(int limit) {
        return list("ORDER BY id DESC LIMIT ?", List.of(limit));
    }

    private List<OutboxEntry> list(String clauses, List<Object> parameters) {
        return db.read(c -> list(c, clauses, parameters));
    }

    private static List<OutboxEntry> list(Connection c, String clauses, List<Object> parameters) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM outbox " + clauses)) {
            for (int i = 0; i < parameters.size(); i++) {
                p.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = p.executeQuery()) {
                List<OutboxEntry> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row(rs));
                }
                return List.copyOf(out);
            }
        }
    }

    /** Records one more send attempt whose outcome is unknown. */
    public OutboxEntry markUnconfirmed(long id, String detail, Instant now) {
        return update(id, OutboxState.SENT_UNCONFIRMED, 1, detail, null, now);
    }

    public OutboxEntry markConfirmed(long id, boolean afterSendAttempt, Instant now) {
        return update(id, OutboxState.CONFIRMED, afterSendAttempt ? 1 : 0, null, null, now);
    }

    /** The chain refused it: its kind and the node's message are kept. */
    public OutboxEntry markRejected(long id, NodeRefusal refusal, Instant now) {
        return update(id, OutboxState.REJECTED, 1, refusal.message(), refusal.kind(), now);
    }

    public OutboxEntry markExpired(long id, Instant now) {
        return update(id, OutboxState.EXPIRED, 0, "expired and not on chain", null, now);
    }

    /**
     * Records what a delivery found, if the entry is still open. Another process (a second window, the CLI beside
     * the desktop app) may have settled the same bytes a moment earlier: then what it found stands and is returned,
     * since both sent the same transaction and the chain holds it at most once.
     */
    private OutboxEntry update(long id, OutboxState state, int addAttempts, String error, NodeErrorKind kind,
                               Instant now) {
        return db.write(c -> {
            OutboxEntry current = find(c, "id = ?", id)
                    .orElseThrow(() -> new IllegalArgumentException("no outbox entry " + id));
            if (!current.state().isOpen()) {
                return current;
            }
            try (PreparedStatement p = c.prepareStatement("""
                    UPDATE outbox SET state = ?, attempts = attempts + ?, last_error = COALESCE(?, last_error),
                        last_error_kind = ?, updated_at = ? WHERE id = ?""")) {
                p.setString(1, state.name());
                p.setInt(2, addAttempts);
                p.setString(3, error);
                p.setString(4, kind == null ? null : kind.name());
                p.setLong(5, now.toEpochMilli());
                p.setLong(6, id);
                p.executeUpdate();
            }
            return find(c, "id = ?", id).orElseThrow();
        });
    }

    private static Optional<OutboxEntry> find(Connection c, String where, Object key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM outbox WHERE " + where)) {
            p.setObject(1, key);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static OutboxEntry row(ResultSet rs) throws SQLException {
        SignedTransactionData tx = new SignedTransactionData(rs.getString("tx_json"), rs.getString("tx_id"),
                Instant.ofEpochMilli(rs.getLong("expiration")));
        String kind = rs.getString("last_error_kind");
        String account = rs.getString("account");
        String request = rs.getString("request_key");
        Optional<OutboxTag> tag = account == null || request == null ? Optional.empty()
                : Optional.of(new OutboxTag(AccountName.of(account), request));
        long reported = rs.getLong("reported_at");
        Optional<Instant> reportedAt = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(reported));
        return new OutboxEntry(rs.getLong("id"), tx, OutboxState.valueOf(rs.getString("state")),
                rs.getInt("attempts"), Optional.ofNullable(rs.getString("last_error")),
                Optional.ofNullable(kind).map(NodeErrorKind::valueOf),
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")), tag,
                reportedAt);
    }
}
