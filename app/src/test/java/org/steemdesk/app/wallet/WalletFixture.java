package org.steemdesk.app.wallet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.vault.Argon2idParameters;
import org.steemdesk.keystore.vault.Vault;
import org.steemdesk.keystore.vault.VaultSettings;

/** The accounts the wallet tests use, on a {@link WalletChain}, and a cheap vault holding alice's keys. */
public final class WalletFixture {
    static final AccountName ALICE = AccountName.of("alice");
    static final AccountName BOB = AccountName.of("bob");
    static final AccountName POOR = AccountName.of("poor");
    static final char[] VAULT_PASSWORD = "vault-test-password".toCharArray();

    private static final Map<String, Object> ALICE_FIELDS = Map.of("balance", "1234.567 STEEM",
            "sbd_balance", "89.012 SBD", "savings_balance", "100.000 STEEM", "savings_sbd_balance", "250.500 SBD",
            "vesting_shares", "4000000.000000 VESTS", "delegated_vesting_shares", "10000.000000 VESTS",
            "reward_sbd_balance", "3.210 SBD", "reward_vesting_balance", "2063.456789 VESTS",
            "reward_vesting_steem", "1.065 STEEM");
    private static final Map<String, Object> BOB_FIELDS = Map.of("balance", "50.000 STEEM",
            "vesting_shares", "500000.000000 VESTS", "received_vesting_shares", "10000.000000 VESTS");
    private static final Map<String, Object> POOR_FIELDS = Map.of("balance", "0.001 STEEM",
            "sbd_balance", "0.000 SBD", "vesting_shares", "1.000000 VESTS");

    private WalletFixture() {
    }

    /** alice: 1234.567 STEEM, 89.012 SBD, savings 100 STEEM / 250.5 SBD, 4M VESTS, 10000 VESTS delegated to bob. */
    public static WalletChain chain(Clock clock) {
        return new WalletChain(clock)
                .account("alice", ALICE_FIELDS)
                .account("bob", BOB_FIELDS)
                .account("poor", POOR_FIELDS)
                .delegation("alice", "bob", "10000.000000 VESTS")
                .savingsWithdrawal("alice", 1, "10.000 SBD");
    }


    /** A new, unlocked vault (in its own folder under dir) with the given roles of alice (and poor's active key). */
    static Vault vault(Path dir, KeyRole... roles) {
        VaultSettings settings = new VaultSettings(new Argon2idParameters(64, 1, 1), Duration.ofMinutes(10),
                Clock.systemUTC(), new SecureRandom());
        Path file;
        try {
            file = Files.createTempDirectory(dir, "vault").resolve("vault.db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Vault vault = Vault.create(file, VAULT_PASSWORD.clone(), settings);
        for (KeyRole role : roles) {
            put(vault, "alice", role);
        }
        put(vault, "poor", KeyRole.ACTIVE);
        return vault;
    }

    private static void put(Vault vault, String account, KeyRole role) {
        PrivateKey key = WalletChain.key(account, role);
        try {
            vault.put(AccountName.of(account), role, key);
        } finally {
            key.destroy();
        }
    }
}
