package org.steemdesk.app.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steemdesk.app.wallet.WalletFixture.ALICE;
import static org.steemdesk.app.wallet.WalletFixture.BOB;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.steemdesk.app.account.OnChainAccounts;
import org.steemdesk.app.keys.Keys;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.wallet.WalletException.Reason;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.ChainId;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.chain.transaction.SignedTransaction;
import org.steemdesk.keystore.vault.Argon2idParameters;
import org.steemdesk.keystore.vault.VaultSettings;
import org.steemdesk.testnode.Reply;
import org.steemdesk.testnode.MutableClock;

/**
 * Operations signed with the owner key of the master password (recovery account, password change) against a
 * loopback node: the key is checked on chain before anything is signed, and a password change moves the vault to
 * the new keys in each of its outcomes (confirmed, refused, unclear then settled either way).
 */
class OwnerKeyOperationsTest {
    private final MutableClock clock = new MutableClock(Instant.now());

    @RegisterExtension
    final ExecutionDesk desk = new ExecutionDesk(clock);
    private WalletService service;
    private Keys keys;
    private KeyRotation rotation;

    @BeforeEach
    void open() {
        service = desk.service();
        VaultSettings settings = new VaultSettings(new Argon2idParameters(64, 1, 1), Duration.ofMinutes(10), clock,
                new SecureRandom());
        keys = new Keys(() -> desk.dir.resolve("vault.db"), settings, () -> new OnChainAccounts(desk.chain.api()));
        keys.create(WalletFixture.VAULT_PASSWORD.clone());
        keys.addByPassword(ALICE, WalletChain.password("alice"), false);
        rotation = new KeyRotation(() -> service, keys, new SecureRandom());
    }

    @AfterEach
    void close() {
        keys.close();
    }

    @Test
    void aRecoveryChangeIsSignedByTheOwnerKeyOfThePasswordAndAWrongPasswordSignsNothing() throws Exception {
        WalletPlan plan = service.plan(ALICE, new WalletRequest.ChangeRecoveryAccount(BOB), null);
        char[] wrong = "P5not-alices-password".toCharArray();
        assertThatThrownBy(() -> service.executeWithMasterPassword(plan, wrong, WalletExecutor.BeforeSending.NOTHING))
                .isInstanceOfSatisfying(WalletException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_MASTER_PASSWORD));
        assertThat(new String(wrong)).matches("\u0000+");
        assertThat(desk.chain.received(WalletChain.BROADCAST)).isEmpty();

        WalletReceipt receipt = service.executeWithMasterPassword(plan, WalletChain.password("alice"),
                WalletExecutor.BeforeSending.NOTHING);
        assertThat(receipt.status()).isEqualTo(WalletReceipt.Status.CONFIRMED);
        SignedTransaction tx = SteemJson.mapper().readValue(
                new Outbox(desk.cache()).byTxId(receipt.txId()).orElseThrow().transaction().json(),
                SignedTransaction.class);
        assertThat(tx.signatures()).singleElement().satisfies(s -> assertThat(s.recoverPublicKey(
                tx.transaction().digest(ChainId.MAINNET))).isEqualTo(publicKey("alice", KeyRole.OWNER)));
        assertThat(keys.list()).noneMatch(k -> k.role() == KeyRole.OWNER);
    }

    @Test
    void aConfirmedPasswordChangeLeavesOnlyTheNewKeysInTheVault() {
        RotationDraft draft = rotation.draft(ALICE);
        char[] password = draft.newPassword();
        assertThat(password).hasSize(52);
        assertThat(new String(password, 0, 2)).isEqualTo("P5");
        assertThat(draft.challenge()).hasSize(3).isSorted().allMatch(p -> p >= 1 && p <= 52);
        assertThatThrownBy(() -> rotation.execute(draft, WalletChain.password("alice")))
                .isInstanceOfSatisfying(WalletException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.BACKUP_NOT_CONFIRMED));
        assertThat(draft.confirmBackup("xyz".toCharArray())).isFalse();
        assertThat(draft.confirmBackup(typedBack(draft, password))).isTrue();

        KeyRotation.Outcome outcome = rotation.execute(draft, WalletChain.password("alice"));
        assertThat(outcome.state()).isEqualTo(KeyRotation.State.DONE);
        assertThat(desk.chain.received(WalletChain.BROADCAST)).hasSize(1).allMatch(b -> b.contains("account_update"));
        assertThat(stored()).isEqualTo(newKeys(draft, Set.of(KeyRole.ACTIVE, KeyRole.POSTING, KeyRole.MEMO)));
        assertThat(keys.vault().pending(ALICE)).isEmpty();
        draft.destroy();
        assertThat(draft.isDestroyed()).isTrue();
    }

    @Test
    void aRefusedPasswordChangeKeepsTheOldKeys() {
        Map<KeyRole, PublicKey> before = stored();
        desk.chain.thenBroadcast(Reply.body("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":"
                + "{\"code\":-32000,\"message\":\"Owner authority can only be updated once an hour.\","
                + "\"data\":{\"code\":10,\"name\":\"assert_exception\"}}}"));
        RotationDraft draft = confirmedDraft();
        assertThatThrownBy(() -> rotation.execute(draft, WalletChain.password("alice")))
                .isInstanceOfSatisfying(WalletException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REJECTED));
        assertThat(stored()).isEqualTo(before);
        assertThat(keys.vault().pending(ALICE)).isEmpty();
    }

    @Test
    void anUnclearPasswordChangeKeepsBothUntilTheChainShowsTheNewKeys() {
        Map<KeyRole, PublicKey> before = stored();
        unclearBroadcasts();
        RotationDraft draft = confirmedDraft();
        KeyRotation.Outcome outcome = rotation.execute(draft, WalletChain.password("alice"));
        assertThat(outcome.state()).isEqualTo(KeyRotation.State.WAITING);
        assertThat(stored()).isEqualTo(before);
        assertThat(keys.vault().pending(ALICE)).hasValueSatisfying(p -> assertThat(p.txId())
                .isEqualTo(outcome.receipt().txId()));
        assertThatThrownBy(() -> rotation.draft(ALICE)).isInstanceOfSatisfying(WalletException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.ROTATION_PENDING));
        assertThat(rotation.settle(ALICE)).isEqualTo(KeyRotation.State.WAITING);

        Map<KeyRole, PublicKey> next = newKeys(draft, Set.of(KeyRole.values()));
        desk.chain.update("alice", Map.of("owner", single(next.get(KeyRole.OWNER)), "active",
                single(next.get(KeyRole.ACTIVE)), "posting", single(next.get(KeyRole.POSTING)), "memo_key",
                next.get(KeyRole.MEMO).toString()));
        keys.lock();
        assertThat(rotation.settle(ALICE)).isEqualTo(KeyRotation.State.DONE);
        assertThat(stored()).isEqualTo(newKeys(draft, Set.of(KeyRole.ACTIVE, KeyRole.POSTING, KeyRole.MEMO)));
        assertThat(rotation.settle(ALICE)).isEqualTo(KeyRotation.State.NONE);
    }

    @Test
    void anUnclearPasswordChangePastItsExpirationWithTheOldKeysOnChainIsDropped() {
        Map<KeyRole, PublicKey> before = stored();
        unclearBroadcasts();
        RotationDraft draft = confirmedDraft();
        assertThat(rotation.execute(draft, WalletChain.password("alice")).state()).isEqualTo(KeyRotation.State.WAITING);
        clock.advance(Duration.ofHours(2));
        assertThat(rotation.settle(ALICE)).isEqualTo(KeyRotation.State.DROPPED);
        assertThat(stored()).isEqualTo(before);
        assertThat(keys.vault().pending(ALICE)).isEmpty();
    }

    private void unclearBroadcasts() {
        for (int i = 0; i < 12; i++) {
            desk.chain.thenBroadcast(Reply.status(503, "<html>busy</html>"));
        }
    }

    private RotationDraft confirmedDraft() {
        RotationDraft draft = rotation.draft(ALICE);
        char[] password = draft.newPassword();
        assertThat(draft.confirmBackup(typedBack(draft, password))).isTrue();
        Arrays.fill(password, '\0');
        return draft;
    }

    private static char[] typedBack(RotationDraft draft, char[] password) {
        char[] typed = new char[draft.challenge().size()];
        for (int i = 0; i < typed.length; i++) {
            typed[i] = password[draft.challenge().get(i) - 1];
        }
        return typed;
    }

    private Map<KeyRole, PublicKey> stored() {
        return keys.list().stream().filter(k -> k.account().equals(ALICE))
                .collect(Collectors.toMap(k -> k.role(), k -> k.publicKey()));
    }

    private static Map<KeyRole, PublicKey> newKeys(RotationDraft draft, Set<KeyRole> roles) {
        PlanDetail.NewKeys detail = (PlanDetail.NewKeys) draft.plan().detail().orElseThrow();
        return detail.keys().entrySet().stream().filter(e -> roles.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Map<String, Object> single(PublicKey key) {
        return Map.of("weight_threshold", 1, "account_auths", List.of(), "key_auths", List.of(List.of(key.toString(),
                1)));
    }

    private static PublicKey publicKey(String account, KeyRole role) {
        PrivateKey key = WalletChain.key(account, role);
        try {
            return key.publicKey();
        } finally {
            key.destroy();
        }
    }
}
