package org.steemdesk.app.rewards;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.chain.protocol.Asset;

/**
 * The {@code vote_records} table: one row per sent vote intent. Whoever sends a vote (the vote signer sees the
 * manabar just before the vote spends it) records the estimate here; a later record for the same intent replaces it.
 */
public record VoteRecords(CacheDatabase db) {

    public void record(VoteRecord r) {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO vote_records "
                    + "(intent_id, estimated_value, post_created, voted_at, expected_curation) VALUES (?, ?, ?, ?, ?)")) {
                p.setLong(1, r.intentId());
                p.setString(2, r.estimatedValue().map(Asset::toString).orElse(null));
                if (r.postCreated().isPresent()) {
                    p.setLong(3, r.postCreated().get().toEpochMilli());
                } else {
                    p.setNull(3, Types.INTEGER);
                }
                p.setLong(4, r.votedAt().toEpochMilli());
                p.setString(5, r.expectedCuration().map(Asset::toString).orElse(null));
                return p.executeUpdate();
            }
        });
    }

    public Optional<VoteRecord> find(long intentId) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT estimated_value, post_created, voted_at, expected_curation FROM vote_records WHERE intent_id = ?")) {
                p.setLong(1, intentId);
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Optional<Asset> value = Optional.ofNullable(rs.getString(1)).map(Asset::parse);
                    long created = rs.getLong(2);
                    Optional<Instant> postCreated = rs.wasNull() ? Optional.empty()
                            : Optional.of(Instant.ofEpochMilli(created));
                    return Optional.of(new VoteRecord(intentId, value, postCreated,
                            Instant.ofEpochMilli(rs.getLong(3)), Optional.ofNullable(rs.getString(4)).map(Asset::parse)));
                }
            }
        });
    }
}
