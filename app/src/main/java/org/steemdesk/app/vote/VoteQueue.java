package org.steemdesk.app.vote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.steemdesk.app.outbox.NodeRefusal;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.outbox.OutboxEntry;
import org.steemdesk.app.outbox.SignedTransactionData;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.NodeErrorKind;

/**
 * The persistent vote queue. Every vote is recorded here first; state changes are conditional on the current
 * state, so two processes (CLI and desktop) working on the same file cannot both claim one intent.
 */
public record VoteQueue(CacheDatabase db, Outbox outbox) {

    private static final String COLUMNS = "id, account, author, permlink, weight, created_at, not_before, "
            + "at_age_seconds, min_mana_bp, state, next_attempt_at, outbox_id, tx_id, reason, node_message, "
            + "node_error_kind, updated_at";
    private static final String WAITING = "state IN ('PENDING', 'RETRY_LATER')";

    /**
     * Records a vote as PENDING. A waiting vote by the same account on the same post is cancelled with reason
     * {@link VoteFailure#REPLACED} in the same transaction. A vote already SENDING is left alone: it may be on
     * chain, and the new one will then change it.
     */
    public VoteIntent record(VoteRequest request, Instant now) {
        return db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE vote_intents SET state = 'CANCELLED', "
                    + "reason = 'REPLACED', updated_at = ? WHERE account = ? AND author = ? AND permlink = ? AND "
                    + WAITING)) {
                p.setLong(1, now.toEpochMilli());
                p.setString(2, request.account().value());
                p.setString(3, request.author().value());
                p.setString(4, request.permlink().value());
                p.executeUpdate();
            }
            long id;
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO vote_intents (account, author, permlink, weight, created_at, not_before,
                        at_age_seconds, min_mana_bp, state, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)""", new String[] {"id"})) {
                p.setString(1, request.account().value());
                p.setString(2, request.author().value());
                p.setString(3, request.permlink().value());
                p.setInt(4, request.weight());
                p.setLong(5, now.toEpochMilli());
                setInstant(p, 6, request.notBefore());
                if (request.atAge().isPresent()) {
                    p.setLong(7, request.atAge().get().toSeconds());
                } else {
                    p.setNull(7, Types.INTEGER);
                }
                if (request.minManaBasisPoints().isPresent()) {
                    p.setInt(8, request.minManaBasisPoints().getAsInt());
                } else {
                    p.setNull(8, Types.INTEGER);
                }
                p.setLong(9, now.toEpochMilli());
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            return find(c, id).orElseThrow();
        });
    }

    public Optional<VoteIntent> get(long id) {
        return db.read(c -> find(c, id));
    }

    /** Every intent, newest first (what {@code queue list} shows). */
    public List<VoteIntent> all() {
        return select("1 = 1 ORDER BY id DESC");
    }

    /**
     * What changes whenever a vote is recorded, cancelled, re-timed or settled (the newest id and change time, and how
     * many there are): a watcher compares it to tell queue changes from the cache's other writes.
     */
    public String fingerprint() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT COUNT(*), COALESCE(MAX(id), 0), COALESCE(MAX(updated_at), 0) FROM vote_intents");
                 ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3);
            }
        });
    }

    /** PENDING and RETRY_LATER intents, oldest first. */
    public List<VoteIntent> waiting() {
        return select(WAITING + " ORDER BY id");
    }

    /** Intents signed and stored but not settled: after a crash these are re-sent with the same transaction. */
    public List<VoteIntent> sending() {
        return select("state = 'SENDING' ORDER BY id");
    }

    /** Waiting intents whose time has come at {@code now}, oldest first. At-age votes need their post time first. */
    public List<VoteIntent> due(Instant now) {
        return waiting().stream()
                .filter(i -> i.dueAt().map(t -> !t.isAfter(now)).orElse(false))
                .toList();
    }

    /** Cancels a waiting intent. Returns false if it is no longer waiting (already sending, sent, failed). */
    public boolean cancel(long id, Instant now) {
        return transition(id, WAITING, "state = 'CANCELLED', reason = NULL, node_message = NULL, "
                + "node_error_kind = NULL", now) == 1;
    }

    /** Fixes an at-age vote's send time once its post's creation time is known. */
    public boolean schedule(long id, Instant notBefore, Instant now) {
        return db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE vote_intents SET not_before = ?, updated_at = ? "
                    + "WHERE id = ? AND at_age_seconds IS NOT NULL AND " + WAITING)) {
                p.setLong(1, notBefore.toEpochMilli());
                p.setLong(2, now.toEpochMilli());
                p.setLong(3, id);
                return p.executeUpdate() == 1;
            }
        });
    }

    /**
     * Stores the signed transaction in the outbox and moves the intent to SENDING, in one transaction, before any
     * network call. Empty (and nothing stored) if the intent is no longer waiting, e.g. cancelled meanwhile or
     * claimed by another process.
     */
    public Optional<OutboxEntry> claim(long id, SignedTransactionData tx, Instant now) {
        return db.write(c -> {
            Optional<VoteIntent> intent = find(c, id);
            if (intent.isEmpty() || !intent.get().state().isWaiting()) {
                return Optional.empty();
            }
            OutboxEntry entry = outbox.enqueue(tx, now);
            try (PreparedStatement p = c.prepareStatement("UPDATE vote_intents SET state = 'SENDING', outbox_id = ?, "
                    + "tx_id = ?, next_attempt_at = NULL, updated_at = ? WHERE id = ? AND " + WAITING)) {
                p.setLong(1, entry.id());
                p.setString(2, tx.txId());
                p.setLong(3, now.toEpochMilli());
                p.setLong(4, id);
                if (p.executeUpdate() != 1) {
                    throw new IllegalStateException("vote " + id + " changed while being claimed");
                }
            }
            return Optional.of(entry);
        });
    }

    /** SENDING → SENT: its transaction is on chain. */
    public void markSent(long id, Instant now) {
        requireOne(id, transition(id, "state = 'SENDING'", "state = 'SENT', reason = NULL, node_message = NULL, "
                + "node_error_kind = NULL", now));
    }

    /** SENDING or waiting → FAILED with a reason code and the node's refusal, if any. */
    public void markFailed(long id, VoteFailure reason, Optional<NodeRefusal> refusal, Instant now) {
        settle(id, "FAILED", reason, refusal, Optional.empty(), now);
    }

    /** SENDING or waiting → RETRY_LATER until {@code nextAttempt}; a later attempt signs a new transaction. */
    public void retryLater(long id, VoteFailure reason, Optional<NodeRefusal> refusal, Instant nextAttempt,
                           Instant now) {
        settle(id, "RETRY_LATER", reason, refusal, Optional.of(nextAttempt), now);
    }

    /** SENDING → PENDING once its transaction expired and is confirmed absent from the chain. */
    public void returnToPending(long id, Instant now) {
        requireOne(id, transition(id, "state = 'SENDING'",
                "state = 'PENDING', outbox_id = NULL, tx_id = NULL", now));
    }

    private void settle(long id, String state, VoteFailure reason, Optional<NodeRefusal> refusal,
                        Optional<Instant> nextAttempt, Instant now) {
        int changed = db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE vote_intents SET state = ?, reason = ?, "
                    + "node_message = ?, node_error_kind = ?, next_attempt_at = ?, outbox_id = NULL, tx_id = NULL, "
                    + "updated_at = ? WHERE id = ? AND state IN ('PENDING', 'RETRY_LATER', 'SENDING')")) {
                p.setString(1, state);
                p.setString(2, reason.name());
                p.setString(3, refusal.map(NodeRefusal::message).orElse(null));
                p.setString(4, refusal.map(r -> r.kind().name()).orElse(null));
                setInstant(p, 5, nextAttempt);
                p.setLong(6, now.toEpochMilli());
                p.setLong(7, id);
                return p.executeUpdate();
            }
        });
        requireOne(id, changed);
    }

    private int transition(long id, String fromCondition, String assignments, Instant now) {
        return db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE vote_intents SET " + assignments
                    + ", updated_at = ? WHERE id = ? AND " + fromCondition)) {
                p.setLong(1, now.toEpochMilli());
                p.setLong(2, id);
                return p.executeUpdate();
            }
        });
    }

    private static void requireOne(long id, int changed) {
        if (changed != 1) {
            throw new IllegalStateException("vote " + id + " is not in a state that allows this change");
        }
    }

    private List<VoteIntent> select(String whereAndOrder) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM vote_intents WHERE " + whereAndOrder);
                 ResultSet rs = p.executeQuery()) {
                List<VoteIntent> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row(rs));
                }
                return List.copyOf(out);
            }
        });
    }

    private static Optional<VoteIntent> find(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM vote_intents WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static VoteIntent row(ResultSet rs) throws SQLException {
        long atAge = rs.getLong("at_age_seconds");
        Optional<Duration> age = rs.wasNull() ? Optional.empty() : Optional.of(Duration.ofSeconds(atAge));
        int minMana = rs.getInt("min_mana_bp");
        OptionalInt floor = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(minMana);
        long outboxId = rs.getLong("outbox_id");
        OptionalLong outbox = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(outboxId);
        String reason = rs.getString("reason");
        String kind = rs.getString("node_error_kind");
        return new VoteIntent(rs.getLong("id"), AccountName.of(rs.getString("account")),
                AccountName.of(rs.getString("author")), Permlink.of(rs.getString("permlink")), rs.getInt("weight"),
                Instant.ofEpochMilli(rs.getLong("created_at")), instant(rs, "not_before"), age, floor,
                VoteState.valueOf(rs.getString("state")), instant(rs, "next_attempt_at"), outbox,
                Optional.ofNullable(rs.getString("tx_id")),
                reason == null ? Optional.empty() : Optional.of(VoteFailure.valueOf(reason)),
                Optional.ofNullable(rs.getString("node_message")), Optional.ofNullable(kind).map(NodeErrorKind::valueOf),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    private static void setInstant(PreparedStatement p, int index, Optional<Instant> value) throws SQLException {
        if (value.isPresent()) {
            p.setLong(index, value.get().toEpochMilli());
        } else {
            p.setNull(index, Types.INTEGER);
        }
    }
}
