package org.steemdesk.app.curation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.app.settings.SettingsStore;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VoteQueue;
import org.steemdesk.app.vote.VoteRequest;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;

/** The stored trails (one per voting account), their settings, and the posts each trail has queued votes for. */
public final class CurationTrail {

    static final String DAILY_CAP = "curation.trail.daily_cap";
    static final String MANA_FLOOR = "curation.trail.mana_floor_bp";
    static final String VOTE_AT_AGE = "curation.trail.vote_at_age_seconds";

    private final CacheDatabase db;
    private final SettingsStore settings;

    public CurationTrail(CacheDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
        this.settings = new SettingsStore(db);
    }

    /** Adds the entry, or changes the weight and rules of an existing one (keeping when it was first added). */
    public void add(AccountName account, TrailEntry entry) {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO curation_trail (account, source, name, weight, added_at, rules) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (account, source, name) DO UPDATE SET weight = excluded.weight,
                        rules = excluded.rules""")) {
                p.setString(1, account.value());
                p.setString(2, entry.source().name());
                p.setString(3, entry.name());
                p.setInt(4, entry.weight());
                p.setLong(5, entry.addedAt().toEpochMilli());
                p.setString(6, TrailRulesJson.toJson(entry.rules()).toString());
                return p.executeUpdate();
            }
        });
    }

    /** False if the trail had no such entry. */
    public boolean remove(AccountName account, TrailSource source, String name) {
        return db.write(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "DELETE FROM curation_trail WHERE account = ? AND source = ? AND name = ?")) {
                p.setString(1, account.value());
                p.setString(2, source.name());
                p.setString(3, name);
                return p.executeUpdate() == 1;
            }
        });
    }

    /** The account's trail, authors first, then tags, then curators, each group by name. */
    public List<TrailEntry> entries(AccountName account) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT source, name, weight, added_at, rules FROM "
                    + "curation_trail WHERE account = ? ORDER BY source, name")) {
                p.setString(1, account.value());
                List<TrailEntry> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new TrailEntry(TrailSource.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3),
                                Instant.ofEpochMilli(rs.getLong(4)), TrailRulesJson.fromJson(rs.getString(5))));
                    }
                }
                return List.copyOf(out);
            }
        });
    }

    public TrailSettings settings() {
        TrailSettings d = TrailSettings.DEFAULTS;
        return new TrailSettings(
                settings.get(DAILY_CAP).map(Integer::parseInt).orElse(d.dailyCap()),
                settings.get(MANA_FLOOR).map(Integer::parseInt).orElse(d.manaFloorBasisPoints()),
                settings.get(VOTE_AT_AGE).filter(s -> !s.isEmpty()).map(s -> Duration.ofSeconds(Long.parseLong(s)))
                        .or(d::voteAtAge));
    }

    /** Saves the rules; a vote age of the chain's reverse auction is stored as none of its own. */
    public void saveSettings(TrailSettings s) {
        settings.put(DAILY_CAP, Integer.toString(s.dailyCap()));
        settings.put(MANA_FLOOR, Integer.toString(s.manaFloorBasisPoints()));
        settings.put(VOTE_AT_AGE, s.voteAtAge().map(a -> Long.toString(a.toSeconds())).orElse(""));
    }

    /** Whether the trail has decided on this post for good in an earlier run. */
    public boolean decided(AccountName account, AccountName author, Permlink permlink) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM curation_trail_posts "
                    + "WHERE account = ? AND author = ? AND permlink = ?")) {
                p.setString(1, account.value());
                p.setString(2, author.value());
                p.setString(3, permlink.value());
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** How many votes the trail queued for the account on the UTC day of {@code now} (chain time). */
    public int queuedOnDay(AccountName account, Instant now) {
        return countQueued(account, now, "", List.of());
    }

    /** How many votes this entry of the trail queued for the account on the UTC day of {@code now}. */
    public int queuedOnDay(AccountName account, TrailEntry entry, Instant now) {
        return countQueued(account, now, " AND entry_source = ? AND entry_name = ?",
                List.of(entry.source().name(), entry.name()));
    }

    private int countQueued(AccountName account, Instant now, String condition, List<String> values) {
        Instant dayStart = now.atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM curation_trail_posts "
                    + "WHERE account = ? AND outcome = 'QUEUED' AND decided_at >= ? AND decided_at < ?" + condition)) {
                p.setString(1, account.value());
                p.setLong(2, dayStart.toEpochMilli());
                p.setLong(3, dayStart.plus(Duration.ofDays(1)).toEpochMilli());
                for (int i = 0; i < values.size(); i++) {
                    p.setString(4 + i, values.get(i));
                }
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /**
     * Records the vote in the queue and remembers that the trail queued it, in one transaction: a crash between
     * the two can neither lose the memory (and vote twice) nor remember a vote that was never queued.
     */
    VoteIntent queueVote(VoteQueue queue, TrailEntry entry, VoteRequest request, Instant now, Instant chainNow) {
        return db.write(c -> {
            VoteIntent intent = queue.record(request, now);
            remember(c, request.account(), entry, request.author(), request.permlink(), TrailReport.Outcome.QUEUED,
                    OptionalLong.of(intent.id()), chainNow);
            return intent;
        });
    }

    /** Remembers a post the trail will not vote on, so later runs neither look at it nor report it again. */
    void skip(AccountName account, TrailEntry entry, AccountName author, Permlink permlink,
              TrailReport.Outcome outcome, Instant chainNow) {
        db.write(c -> {
            remember(c, account, entry, author, permlink, outcome, OptionalLong.empty(), chainNow);
            return null;
        });
    }

    /** Decisions are dated in chain time, so a day's cap follows the chain's UTC day. */
    private static void remember(Connection c, AccountName account, TrailEntry entry, AccountName author,
                                 Permlink permlink, TrailReport.Outcome outcome, OptionalLong intentId, Instant chainNow)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO curation_trail_posts (account, author, permlink, "
                + "outcome, intent_id, decided_at, entry_source, entry_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, account.value());
            p.setString(2, author.value());
            p.setString(3, permlink.value());
            p.setString(4, outcome.name());
            if (intentId.isPresent()) {
                p.setLong(5, intentId.getAsLong());
            } else {
                p.setNull(5, Types.INTEGER);
            }
            p.setLong(6, chainNow.toEpochMilli());
            p.setString(7, entry.source().name());
            p.setString(8, entry.name());
            p.executeUpdate();
        }
    }
}
