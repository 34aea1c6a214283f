package org.steemdesk.app.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.outbox.OutboxEntry;
import org.steemdesk.app.outbox.SignedTransactionData;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VoteQueue;
import org.steemdesk.app.vote.VoteRequest;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.keystore.vault.Argon2idParameters;
import org.steemdesk.keystore.vault.Vault;
import org.steemdesk.keystore.vault.VaultSettings;

/**
 * Issue 11, item 5: a full disk says "no space left on this disk" (not "cannot commit - no transaction is active"),
 * and what was stored before — queued votes, outbox entries, vault keys — stays, and works again once there is room.
 */
class DiskFullTest {
    static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
    static final AccountName ALICE = AccountName.of("alice");

    @TempDir
    Path tmp;

    /** SQLite's own limit, on any machine: the database may not grow by another page. */
    @Test
    void aFullDatabaseSaysSoAndKeepsTheQueueAndTheOutbox() {
        try (CacheDatabase db = CacheDatabase.open(tmp.resolve("cache.db"))) {
            Stored before = store(db);
            db.write(c -> {
                try (Statement s = c.createStatement(); ResultSet pages = s.executeQuery("PRAGMA page_count")) {
                    pages.next();
                    s.execute("PRAGMA max_page_count = " + pages.getLong(1));
                }
                return null;
            });
            StorageException full = fillUntilFull(db);
            assertThat(full.isDiskFull()).isTrue();
            assertThat(full.getMessage()).startsWith("no space left on this disk").contains("nothing was changed")
                    .doesNotContain("no transaction is active");
            before.assertIntact(db);

            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA max_page_count = 1073741823");
                }
                return null;
            });
            new VoteQueue(db, new Outbox(db)).record(vote("after-room"), NOW);
            before.assertIntact(db);
        }
    }

    /** A real full file system: a 1 MiB tmpfs holding cache.db and vault.db (needs root to mount; skipped if not). */
    @Test
    void aFullDiskUnderTheCacheAndTheVaultLosesNothing() throws IOException {
        try (TinyDisk disk = TinyDisk.mount(tmp.resolve("disk"), "1m")) {
            Path data = disk.path();
            VaultSettings settings = new VaultSettings(new Argon2idParameters(64, 1, 1), Duration.ofMinutes(5),
                    Clock.systemUTC(), new SecureRandom());
            PrivateKey posting = PrivateKey.fromSeed("disk full posting".getBytes());
            try (CacheDatabase db = CacheDatabase.open(data.resolve("cache.db"));
                    Vault vault = Vault.create(data.resolve("vault.db"), "pw".toCharArray(), settings)) {
                vault.put(ALICE, KeyRole.POSTING, posting);
                Stored before = store(db);
                Path filler = data.resolve("filler");
                fill(filler);

                StorageException full = fillUntilFull(db);
                assertThat(full.isDiskFull()).isTrue();
                assertThat(full.getMessage()).startsWith("no space left on this disk");
                assertThatThrownBy(() -> vault.put(ALICE, KeyRole.ACTIVE, PrivateKey.fromSeed("active".getBytes())))
                        .isInstanceOfSatisfying(KeystoreException.class, e -> {
                            assertThat(e.reason()).isEqualTo(KeystoreException.Reason.DISK_FULL);
                            assertThat(e.getMessage()).startsWith("no space left on this disk");
                        });
                assertThatThrownBy(() -> Vault.create(data.resolve("second.db"), "pw".toCharArray(), settings))
                        .isInstanceOfSatisfying(KeystoreException.class,
                                e -> assertThat(e.reason()).isEqualTo(KeystoreException.Reason.DISK_FULL));
                assertThat(data.resolve("second.db")).doesNotExist();
                before.assertIntact(db);
                assertThat(vault.key(ALICE, KeyRole.POSTING).publicKey()).isEqualTo(posting.publicKey());

                Files.delete(filler);
                new VoteQueue(db, new Outbox(db)).record(vote("after-room"), NOW);
                vault.put(ALICE, KeyRole.ACTIVE, PrivateKey.fromSeed("active".getBytes()));
                before.assertIntact(db);
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("cache.db"))))
                    .isEqualTo("rw-------");
        }
    }

    /** Three queued votes and one outbox entry, and how to check they are still there, unchanged. */
    private record Stored(List<VoteIntent> votes, OutboxEntry entry) {
        void assertIntact(CacheDatabase db) {
            Outbox outbox = new Outbox(db);
            VoteQueue queue = new VoteQueue(db, outbox);
            for (VoteIntent vote : votes) {
                assertThat(queue.get(vote.id())).contains(vote);
            }
            assertThat(outbox.get(entry.id())).contains(entry);
        }
    }

    private static Stored store(CacheDatabase db) {
        Outbox outbox = new Outbox(db);
        VoteQueue queue = new VoteQueue(db, outbox);
        List<VoteIntent> votes = List.of(queue.record(vote("one"), NOW), queue.record(vote("two"), NOW),
                queue.record(vote("three"), NOW));
        OutboxEntry entry = outbox.enqueue(new SignedTransactionData("{\"signed\":\"transfer\"}",
                "00000000000000000000000000000000000000ff", NOW.plusSeconds(600)), NOW);
        return new Stored(votes, entry);
    }

    /** Queues votes with long permlinks until a write fails; it must fail for lack of space. */
    private static StorageException fillUntilFull(CacheDatabase db) {
        VoteQueue queue = new VoteQueue(db, new Outbox(db));
        for (int i = 0; i < 100_000; i++) {
            try {
                queue.record(vote("filler-" + i + "-" + "x".repeat(200)), NOW);
            } catch (StorageException e) {
                return e;
            }
        }
        throw new AssertionError("the database never filled up");
    }

    private static VoteRequest vote(String permlink) {
        return VoteRequest.now(ALICE, AccountName.of("bob"), Permlink.of(permlink), 10_000);
    }

    /** Writes until the file system refuses. */
    private static void fill(Path filler) {
        byte[] block = new byte[16 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException expected) {
            // ENOSPC: the disk is full
        }
    }
}
