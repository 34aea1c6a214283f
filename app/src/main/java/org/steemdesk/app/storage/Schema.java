package org.steemdesk.app.storage;

import java.util.List;

/**
 * The numbered migrations of {@code cache.db}. Append new ones; never edit a released one. Node JSON is kept as
 * text exactly as received (typed parsing belongs to the chain module); times are epoch milliseconds.
 */
public final class Schema {

    private Schema() {
    }

    public static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "chain cache", List.of(
                    """
                    CREATE TABLE accounts (
                        name TEXT PRIMARY KEY,
                        json TEXT NOT NULL,
                        fetched_at INTEGER NOT NULL)""",
                    // Singletons keyed by what they are: dynamic global properties, median price, reward fund, config.
                    """
                    CREATE TABLE chain_objects (
                        key TEXT PRIMARY KEY,
                        json TEXT NOT NULL,
                        fetched_at INTEGER NOT NULL)""",
                    """
                    CREATE TABLE posts (
                        author TEXT NOT NULL,
                        permlink TEXT NOT NULL,
                        json TEXT NOT NULL,
                        fetched_at INTEGER NOT NULL,
                        PRIMARY KEY (author, permlink))""",
                    """
                    CREATE TABLE feed_listings (
                        kind TEXT NOT NULL,
                        tag TEXT NOT NULL,
                        fetched_at INTEGER NOT NULL,
                        PRIMARY KEY (kind, tag))""",
                    """
                    CREATE TABLE feed_entries (
                        kind TEXT NOT NULL,
                        tag TEXT NOT NULL,
                        position INTEGER NOT NULL,
                        author TEXT NOT NULL,
                        permlink TEXT NOT NULL,
                        PRIMARY KEY (kind, tag, position),
                        FOREIGN KEY (kind, tag) REFERENCES feed_listings (kind, tag) ON DELETE CASCADE,
                        FOREIGN KEY (author, permlink) REFERENCES posts (author, permlink))""",
                    """
                    CREATE TABLE active_votes (
                        author TEXT NOT NULL,
                        permlink TEXT NOT NULL,
                        json TEXT NOT NULL,
                        fetched_at INTEGER NOT NULL,
                        PRIMARY KEY (author, permlink))""",
                    """
                    CREATE TABLE account_history (
                        account TEXT NOT NULL,
                        op_index INTEGER NOT NULL,
                        op_name TEXT NOT NULL,
                        timestamp INTEGER NOT NULL,
                        json TEXT NOT NULL,
                        PRIMARY KEY (account, op_index))""",
                    "CREATE INDEX account_history_by_op ON account_history (account, op_name, timestamp)",
                    """
                    CREATE TABLE delegations (
                        account TEXT PRIMARY KEY,
                        json TEXT NOT NULL,
                        fetched_at INTEGER NOT NULL)""",
                    """
                    CREATE TABLE withdraw_routes (
                        account TEXT PRIMARY KEY,
                        json TEXT NOT NULL,
                        fetched_at INTEGER NOT NULL)""",
                    """
                    CREATE TABLE savings_withdrawals (
                        account TEXT PRIMARY KEY,
                        json TEXT NOT NULL,
                        fetched_at INTEGER NOT NULL)""",
                    """
                    CREATE TABLE node_health (
                        url TEXT PRIMARY KEY,
                        checked_at INTEGER NOT NULL,
                        reachable INTEGER NOT NULL,
                        latency_ms INTEGER,
                        head_block INTEGER,
                        consecutive_failures INTEGER NOT NULL,
                        last_error TEXT)""",
                    """
                    CREATE TABLE settings (
                        key TEXT PRIMARY KEY,
                        value TEXT NOT NULL)""")),
            new Migration(2, "outbox and vote queue", List.of(
                    """
                    CREATE TABLE outbox (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        tx_id TEXT NOT NULL UNIQUE,
                        tx_json TEXT NOT NULL,
                        expiration INTEGER NOT NULL,
                        state TEXT NOT NULL CHECK (state IN
                            ('QUEUED', 'SENT_UNCONFIRMED', 'CONFIRMED', 'REJECTED', 'EXPIRED')),
                        attempts INTEGER NOT NULL DEFAULT 0,
                        last_error TEXT,
                        created_at INTEGER NOT NULL,
                        updated_at INTEGER NOT NULL)""",
                    "CREATE INDEX outbox_open ON outbox (state) WHERE state IN ('QUEUED', 'SENT_UNCONFIRMED')",
                    """
                    CREATE TABLE vote_intents (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        account TEXT NOT NULL,
                        author TEXT NOT NULL,
                        permlink TEXT NOT NULL,
                        weight INTEGER NOT NULL CHECK (weight BETWEEN -10000 AND 10000),
                        created_at INTEGER NOT NULL,
                        not_before INTEGER,
                        at_age_seconds INTEGER CHECK (at_age_seconds IS NULL OR at_age_seconds >= 0),
                        min_mana_bp INTEGER CHECK (min_mana_bp IS NULL OR min_mana_bp BETWEEN 0 AND 10000),
                        state TEXT NOT NULL CHECK (state IN
                            ('PENDING', 'RETRY_LATER', 'SENDING', 'SENT', 'FAILED', 'CANCELLED')),
                        next_attempt_at INTEGER,
                        outbox_id INTEGER REFERENCES outbox (id),
                        tx_id TEXT,
                        reason TEXT,
                        node_message TEXT,
                        updated_at INTEGER NOT NULL)""",
                    // At most one waiting vote per account and post: a new vote replaces it.
                    """
                    CREATE UNIQUE INDEX vote_intents_one_waiting ON vote_intents (account, author, permlink)
                        WHERE state IN ('PENDING', 'RETRY_LATER')""",
                    "CREATE INDEX vote_intents_by_state ON vote_intents (state, not_before)")),
            new Migration(3, "curation trail and vote records", List.of(
                    // The trail of each voting account: favourite authors or tags, each with its vote weight.
                    """
                    CREATE TABLE curation_trail (
                        account TEXT NOT NULL,
                        source TEXT NOT NULL CHECK (source IN ('AUTHOR', 'TAG')),
                        name TEXT NOT NULL,
                        weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 10000),
                        added_at INTEGER NOT NULL,
                        PRIMARY KEY (account, source, name))""",
                    // Every post the trail decided on for good (queued a vote, or found it voted or paid out), so it
                    // looks at each post once and can count the votes it queued per day.
                    """
                    CREATE TABLE curation_trail_posts (
                        account TEXT NOT NULL,
                        author TEXT NOT NULL,
                        permlink TEXT NOT NULL,
                        outcome TEXT NOT NULL CHECK (outcome IN ('QUEUED', 'ALREADY_VOTED', 'PAYOUT_WINDOW_CLOSED')),
                        intent_id INTEGER REFERENCES vote_intents (id),
                        decided_at INTEGER NOT NULL,
                        PRIMARY KEY (account, author, permlink))""",
                    "CREATE INDEX curation_trail_posts_by_day ON curation_trail_posts (account, outcome, decided_at)",
                    // What a sent vote was expected to earn, and how old its post was, for reward analytics.
                    """
                    CREATE TABLE vote_records (
                        intent_id INTEGER PRIMARY KEY REFERENCES vote_intents (id),
                        estimated_value TEXT,
                        post_created INTEGER,
                        voted_at INTEGER NOT NULL)""")),
            new Migration(4, "resource credits", List.of(
                    """
                    CREATE TABLE rc_accounts (
                        account TEXT PRIMARY KEY,
                        json TEXT NOT NULL,
                        fetched_at INTEGER NOT NULL)""")),
            // The kind of a node's refusal (chain's NodeErrorKind) beside its message: decisions read the kind, never
            // the text. Rows from before stay NULL and are classified from their message when read.
            new Migration(5, "node error kinds and head-block lag", List.of(
                    "ALTER TABLE outbox ADD COLUMN last_error_kind TEXT",
                    "ALTER TABLE vote_intents ADD COLUMN node_error_kind TEXT",
                    // How far a checked node's head block was behind this machine's clock.
                    "ALTER TABLE node_health ADD COLUMN head_lag_ms INTEGER")),
            // The account that signed a wallet transaction, what the user asked for (type and fields, an encrypted
            // memo blinded) and when a door told the user its outcome: an equal request is not signed again while
            // the first is unsettled, or landed without the user hearing it (a kill right after it landed).
            new Migration(6, "outbox requests", List.of(
                    "ALTER TABLE outbox ADD COLUMN account TEXT",
                    "ALTER TABLE outbox ADD COLUMN request_key TEXT",
                    "ALTER TABLE outbox ADD COLUMN reported_at INTEGER",
                    "CREATE INDEX outbox_open_requests ON outbox (request_key) WHERE state IN ('QUEUED', "
                            + "'SENT_UNCONFIRMED')")),
            // The account guard: the last state of each watched account, and every change found since, with whether
            // it was made through Steemdesk (its transaction in our outbox) and the remedy for it.
            new Migration(7, "account guard", List.of(
                    """
                    CREATE TABLE guard_snapshots (
                        account TEXT PRIMARY KEY,
                        json TEXT NOT NULL,
                        taken_at INTEGER NOT NULL)""",
                    """
                    CREATE TABLE guard_alerts (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        account TEXT NOT NULL,
                        kind TEXT NOT NULL,
                        detected_at INTEGER NOT NULL,
                        subject TEXT NOT NULL,
                        before TEXT NOT NULL,
                        after TEXT NOT NULL,
                        tx_id TEXT,
                        own INTEGER NOT NULL CHECK (own IN (0, 1)),
                        remedy TEXT NOT NULL,
                        remedy_target TEXT NOT NULL)""",
                    "CREATE INDEX guard_alerts_by_account ON guard_alerts (account, detected_at)")),
            // The curation reward a vote was expected to earn when it was sent (STEEM), for its efficiency later.
            new Migration(8, "expected curation of sent votes", List.of(
                    "ALTER TABLE vote_records ADD COLUMN expected_curation TEXT")),
            // Trails at steemauto's level: curators to follow beside authors and tags, each entry with its rules (delay,
            // scaling by the curator's vote, filters, payout range, own cap and mana floor) as JSON; every decision
            // remembers the entry that made it, for the entry's own daily cap. SQLite cannot widen a CHECK in place,
            // so both tables are rebuilt with their rows.
            new Migration(9, "trail rules and curators", List.of(
                    """
                    CREATE TABLE curation_trail_new (
                        account TEXT NOT NULL,
                        source TEXT NOT NULL CHECK (source IN ('AUTHOR', 'TAG', 'CURATOR')),
                        name TEXT NOT NULL,
                        weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 10000),
                        added_at INTEGER NOT NULL,
                        rules TEXT NOT NULL DEFAULT '{}',
                        PRIMARY KEY (account, source, name))""",
                    "INSERT INTO curation_trail_new (account, source, name, weight, added_at) "
                            + "SELECT account, source, name, weight, added_at FROM curation_trail",
                    "DROP TABLE curation_trail",
                    "ALTER TABLE curation_trail_new RENAME TO curation_trail",
                    """
                    CREATE TABLE curation_trail_posts_new (
                        account TEXT NOT NULL,
                        author TEXT NOT NULL,
                        permlink TEXT NOT NULL,
                        outcome TEXT NOT NULL CHECK (outcome IN ('QUEUED', 'ALREADY_VOTED', 'PAYOUT_WINDOW_CLOSED',
                            'SELF_VOTE', 'COMMENT', 'FILTERED', 'PAYOUT_TOO_HIGH')),
                        intent_id INTEGER REFERENCES vote_intents (id),
                        decided_at INTEGER NOT NULL,
                        entry_source TEXT,
                        entry_name TEXT,
                        PRIMARY KEY (account, author, permlink))""",
                    "INSERT INTO curation_trail_posts_new (account, author, permlink, outcome, intent_id, decided_at) "
                            + "SELECT account, author, permlink, outcome, intent_id, decided_at FROM curation_trail_posts",
                    "DROP TABLE curation_trail_posts",
                    "ALTER TABLE curation_trail_posts_new RENAME TO curation_trail_posts",
                    "CREATE INDEX curation_trail_posts_by_day ON curation_trail_posts (account, outcome, decided_at)")));
}
