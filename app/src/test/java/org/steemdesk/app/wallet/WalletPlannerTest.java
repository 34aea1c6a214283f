package org.steemdesk.app.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steemdesk.app.wallet.WalletFixture.ALICE;
import static org.steemdesk.app.wallet.WalletFixture.BOB;
import static org.steemdesk.app.wallet.WalletFixture.POOR;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.app.wallet.WalletException.Reason;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.operation.TransferOperation;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.memo.MemoCipher;
import org.steemdesk.keystore.vault.Vault;
import org.steemdesk.testnode.Fault;
import org.steemdesk.testnode.TestNode;

/** Plans against a loopback node: the exact operations, the effect, and every refusal before signing. */
class WalletPlannerTest {
    private final Clock clock = Clock.systemUTC();
    @TempDir
    Path dir;

    @RegisterExtension
    final PlanningDesk desk = new PlanningDesk(WalletFixture.chain(clock), () -> dir);
    private final WalletChain chain = desk.chain;
    private final WalletPlanner planner = desk.planner;

    private Vault vault() {
        return desk.vault(KeyRole.ACTIVE, KeyRole.POSTING, KeyRole.MEMO);
    }

    private WalletPlan plan(WalletRequest request) {
        return desk.plan(request, KeyRole.ACTIVE, KeyRole.POSTING, KeyRole.MEMO);
    }

    private static Asset a(String text) {
        return Asset.parse(text);
    }

    private void assertRefused(WalletRequest request, Reason reason) {
        try (Vault vault = vault()) {
            assertRefused(ALICE, request, vault, reason);
        }
    }

    private void assertRefused(AccountName account, WalletRequest request, Vault vault, Reason reason) {
        assertThatThrownBy(() -> planner.plan(account, request, vault)).isInstanceOfSatisfying(WalletException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
        assertThat(chain.node().received(TestNode.BROADCAST)).isEmpty();
    }

    @Test
    void transferShowsTheExactOperationAndTheBalanceAfter() {
        WalletPlan plan = plan(new WalletRequest.Transfer(BOB, a("1.000 STEEM"), "coffee"));
        assertThat(plan.operationsJson())
                .isEqualTo("[[\"transfer\",{\"from\":\"alice\",\"to\":\"bob\",\"amount\":\"1.000 STEEM\",\"memo\":\"coffee\"}]]");
        assertThat(plan.signingRole()).isEqualTo(KeyRole.ACTIVE);
        assertThat(plan.before().steem()).isEqualTo(a("1234.567 STEEM"));
        assertThat(plan.after().steem()).isEqualTo(a("1233.567 STEEM"));
        assertThat(plan.after().sbd()).isEqualTo(a("89.012 SBD"));
        assertThat(chain.node().received(TestNode.BROADCAST)).isEmpty();
    }

    @Test
    void hashMemoIsEncryptedToTheRecipientsMemoKeyAndReadableByIt() {
        WalletPlan plan = plan(new WalletRequest.Transfer(BOB, a("0.500 SBD"), "#meet at 7, gate 3"));
        String memo = ((TransferOperation) plan.operations().get(0)).memo();
        assertThat(memo).startsWith("#").doesNotContain("gate 3");
        PrivateKey bobMemo = WalletChain.key("bob", KeyRole.MEMO);
        try {
            assertThat(new MemoCipher(new SecureRandom()).decrypt(bobMemo, memo).text()).isEqualTo("meet at 7, gate 3");
        } finally {
            bobMemo.destroy();
        }
    }

    @Test
    void memoGuardRefusesKeysAndPasswordsPlainOrToBeEncrypted() {
        PrivateKey active = WalletChain.key("alice", KeyRole.ACTIVE);
        String wif = new String(active.toWif());
        active.destroy();
        assertRefused(new WalletRequest.Transfer(BOB, a("1.000 STEEM"), "my key " + wif), Reason.MEMO_UNSAFE);
        assertRefused(new WalletRequest.Transfer(BOB, a("1.000 STEEM"), "#" + wif), Reason.MEMO_UNSAFE);
        assertRefused(new WalletRequest.Transfer(BOB, a("1.000 STEEM"),
                "pw " + new String(WalletChain.password("alice"))), Reason.MEMO_UNSAFE);
        assertRefused(new WalletRequest.SavingsDeposit(ALICE, a("1.000 STEEM"), wif), Reason.MEMO_UNSAFE);
    }

    @Test
    void encryptedMemoNeedsTheMemoKey() {
        try (Vault vault = WalletFixture.vault(dir, KeyRole.ACTIVE)) {
            assertRefused(ALICE, new WalletRequest.Transfer(BOB, a("1.000 STEEM"), "#secret"), vault,
                    Reason.MEMO_KEY_MISSING);
        }
    }

    @Test
    void recipientMustExistAndBalanceMustCoverTheAmount() {
        assertRefused(new WalletRequest.Transfer(AccountName.of("nobody"), a("1.000 STEEM"), ""),
                Reason.UNKNOWN_ACCOUNT);
        assertRefused(new WalletRequest.Transfer(BOB, a("1234.568 STEEM"), ""), Reason.INSUFFICIENT_BALANCE);
        assertRefused(new WalletRequest.Transfer(BOB, a("89.013 SBD"), ""), Reason.INSUFFICIENT_BALANCE);
        assertRefused(new WalletRequest.PowerUp(AccountName.of("nobody"), a("1.000 STEEM")), Reason.UNKNOWN_ACCOUNT);
        assertRefused(new WalletRequest.SavingsWithdraw(ALICE, a("250.501 SBD"), ""), Reason.INSUFFICIENT_BALANCE);
        try (Vault vault = vault()) {
            assertRefused(POOR, new WalletRequest.Transfer(BOB, a("0.002 STEEM"), ""), vault,
                    Reason.INSUFFICIENT_BALANCE);
        }
        // the whole balance is fine
        assertThat(plan(new WalletRequest.Transfer(BOB, a("1234.567 STEEM"), "")).after().steem().isZero()).isTrue();
    }

    @Test
    void aTransferToOneselfIsRefusedWhileSavingsAndPowerUpToOneselfAreFine() {
        assertRefused(new WalletRequest.Transfer(ALICE, a("1.000 STEEM"), ""), Reason.SELF_TRANSFER);
        assertRefused(new WalletRequest.Transfer(ALICE, a("1.000 SBD"), "note to self"), Reason.SELF_TRANSFER);
        assertThat(plan(new WalletRequest.SavingsDeposit(ALICE, a("1.000 STEEM"), "")).after().savingsSteem())
                .isEqualTo(a("101.000 STEEM"));
        assertThat(plan(new WalletRequest.PowerUp(ALICE, a("1.000 STEEM"))).operations()).hasSize(1);
    }

    @Test
    void aDelegationTheChainWouldRefuseForItsSizeIsRefusedFirst() {
        // Fee 3.000 STEEM at 1937.5 VESTS per SP: a delegation is at least 1937.5 VESTS, a change at least 193.75.
        assertRefused(new WalletRequest.Delegate(AccountName.of("poor"), StakeAmount.vests(a("1000.000000 VESTS"))),
                Reason.INVALID_AMOUNT);
        assertRefused(new WalletRequest.Delegate(BOB, StakeAmount.vests(a("10100.000000 VESTS"))),
                Reason.INVALID_AMOUNT);
        assertRefused(new WalletRequest.Delegate(BOB, StakeAmount.vests(a("9900.000000 VESTS"))),
                Reason.INVALID_AMOUNT);
        assertRefused(new WalletRequest.Delegate(BOB, StakeAmount.vests(a("1000.000000 VESTS"))),
                Reason.INVALID_AMOUNT);
        assertThatThrownBy(() -> plan(new WalletRequest.Delegate(BOB, StakeAmount.vests(a("10100.000000 VESTS")))))
                .hasMessageContaining("changes by at least 0.100 SP (193.750000 VESTS)");
        assertThat(plan(new WalletRequest.Delegate(BOB, StakeAmount.vests(a("10193.750000 VESTS")))).operations())
                .hasSize(1);
        assertThat(plan(new WalletRequest.Delegate(AccountName.of("poor"), StakeAmount.sp(a("1.000 STEEM"))))
                .operations()).hasSize(1);
    }

    @Test
    void theNeededKeyMustBeStoredUnlockedAndStillValid() {
        try (Vault vault = WalletFixture.vault(dir, KeyRole.POSTING)) {
            assertRefused(ALICE, new WalletRequest.Transfer(BOB, a("1.000 STEEM"), ""), vault, Reason.KEY_MISSING);
            vault.lock();
            assertRefused(ALICE, new WalletRequest.ClaimRewards(), vault, Reason.VAULT_LOCKED);
        }
    }

    @Test
    void aStoredKeyTheChainNoLongerAcceptsIsRefused(@TempDir Path other) {
        try (Vault vault = WalletFixture.vault(other)) {
            PrivateKey bobs = WalletChain.key("bob", KeyRole.ACTIVE);
            vault.put(ALICE, KeyRole.ACTIVE, bobs);
            bobs.destroy();
            assertRefused(ALICE, new WalletRequest.Transfer(BOB, a("1.000 STEEM"), ""), vault,
                    Reason.KEY_NOT_AUTHORIZED);
        }
    }

    @Test
    void claimTakesTheExactPendingAmountsWithThePostingKeyOrElseTheActiveKey() {
        WalletPlan plan = plan(new WalletRequest.ClaimRewards());
        assertThat(plan.operationsJson()).isEqualTo("[[\"claim_reward_balance\",{\"account\":\"alice\","
                + "\"reward_steem\":\"0.000 STEEM\",\"reward_sbd\":\"3.210 SBD\",\"reward_vests\":\"2063.456789 VESTS\"}]]");
        assertThat(plan.signingRole()).isEqualTo(KeyRole.POSTING);
        assertThat(plan.after().sbd()).isEqualTo(a("92.222 SBD"));
        assertThat(plan.after().vests()).isEqualTo(a("4002063.456789 VESTS"));
        try (Vault vault = WalletFixture.vault(dir, KeyRole.ACTIVE)) {
            assertThat(planner.plan(ALICE, new WalletRequest.ClaimRewards(), vault).signingRole())
                    .isEqualTo(KeyRole.ACTIVE);
            assertRefused(POOR, new WalletRequest.ClaimRewards(), vault, Reason.NOTHING_TO_DO);
        }
    }

    @Test
    void powerUpConvertsAtTheCurrentPrice() {
        // 160000000.000 STEEM back 310000000000.000000 VESTS: 1 STEEM = 1937.5 VESTS
        WalletPlan self = plan(new WalletRequest.PowerUp(ALICE, a("10.000 STEEM")));
        assertThat(self.after().vests()).isEqualTo(a("4019375.000000 VESTS"));
        assertThat(self.after().steem()).isEqualTo(a("1224.567 STEEM"));
        WalletPlan other = plan(new WalletRequest.PowerUp(BOB, a("10.000 STEEM")));
        assertThat(other.operationsJson()).contains("\"to\":\"bob\"");
        assertThat(other.after().vests()).isEqualTo(a("4000000.000000 VESTS"));
    }

    @Test
    void powerDownInSpIsPaidInTheChainsFourWeeklyInstalments() {
        WalletPlan plan = plan(new WalletRequest.PowerDown(StakeAmount.sp(a("100.000 STEEM"))));
        assertThat(plan.operationsJson())
                .isEqualTo("[[\"withdraw_vesting\",{\"account\":\"alice\",\"vesting_shares\":\"193750.000000 VESTS\"}]]");
        PowerDownPreview p = plan.powerDown().orElseThrow();
        assertThat(p.weeks()).isEqualTo(4);
        assertThat(p.weeklyVests()).isEqualTo(a("48437.500000 VESTS"));
        assertThat(p.weeklySteem()).isEqualTo(a("25.000 STEEM"));
        assertThat(plan.after().poweringDownVests()).isEqualTo(a("193750.000000 VESTS"));
        // the whole stake stays usable until the first instalment is paid
        assertThat(plan.after().usableVests()).isEqualTo(plan.before().usableVests());
    }

    @Test
    void powerDownUsesThirteenIntervalsWhenTheChainSaysSo() {
        chain.withoutHf23Intervals();
        PowerDownPreview p = plan(new WalletRequest.PowerDown(StakeAmount.sp(a("100.000 STEEM")))).powerDown()
                .orElseThrow();
        // 193750.000000 / 13 = 14903.846153.8… → rounded up to 14903.846154; 13 payments, the last one smaller
        assertThat(p.weeks()).isEqualTo(13);
        assertThat(p.weeklyVests()).isEqualTo(a("14903.846154 VESTS"));
        assertThat(p.plan().instalments().get(12)).isEqualTo(a("14903.846152 VESTS"));
    }

    @Test
    void powerDownIsLimitedToOwnStakeNotDelegated() {
        // 4000000 own − 10000 delegated
        assertThat(plan(new WalletRequest.PowerDown(StakeAmount.vests(a("3990000.000000 VESTS"))))
                .powerDown()).isPresent();
        assertRefused(new WalletRequest.PowerDown(StakeAmount.vests(a("3990000.000001 VESTS"))),
                Reason.INSUFFICIENT_STAKE);
        assertRefused(new WalletRequest.CancelPowerDown(), Reason.NOTHING_TO_DO);
    }

    @Test
    void delegationInSpIsConvertedAndLimitedToWhatIsFree() {
        WalletPlan plan = plan(new WalletRequest.Delegate(BOB, StakeAmount.sp(a("10.000 STEEM"))));
        assertThat(plan.operationsJson()).isEqualTo("[[\"delegate_vesting_shares\",{\"delegator\":\"alice\","
                + "\"delegatee\":\"bob\",\"vesting_shares\":\"19375.000000 VESTS\"}]]");
        DelegationChange change = plan.delegation().orElseThrow();
        assertThat(change.currentVests()).isEqualTo(a("10000.000000 VESTS"));
        assertThat(plan.after().delegatedVests()).isEqualTo(a("19375.000000 VESTS"));
        assertThat(plan.after().delegatedSteemPower(plan.price())).isEqualTo(a("10.000 STEEM"));
        assertThat(plan.after().usableVests()).isEqualTo(a("3980625.000000 VESTS"));
        // 3990000 free + the 10000 already delegated to bob
        assertThat(plan(new WalletRequest.Delegate(BOB, StakeAmount.vests(a("4000000.000000 VESTS"))))
                .after().delegatableVests().isZero()).isTrue();
        assertRefused(new WalletRequest.Delegate(BOB, StakeAmount.vests(a("4000000.000001 VESTS"))),
                Reason.INSUFFICIENT_STAKE);
        assertRefused(new WalletRequest.Delegate(ALICE, StakeAmount.sp(a("1.000 STEEM"))), Reason.SELF_DELEGATION);
        assertRefused(new WalletRequest.Delegate(AccountName.of("nobody"), StakeAmount.sp(a("1.000 STEEM"))),
                Reason.UNKNOWN_ACCOUNT);
    }

    @Test
    void aRunningPowerDownReducesWhatCanBeDelegated() {
        chain.account("alice", Map.of("vesting_shares", "4000000.000000 VESTS",
                "delegated_vesting_shares", "10000.000000 VESTS", "vesting_withdraw_rate", "250000.000000 VESTS",
                "to_withdraw", 1_000_000_000_000L, "withdrawn", 250_000_000_000L,
                "next_vesting_withdrawal", "2030-01-01T00:00:00"));
        // 4000000 − 10000 − (1000000 − 250000) = 3240000 free, plus 10000 already delegated to bob
        assertThat(plan(new WalletRequest.Delegate(BOB, StakeAmount.vests(a("3250000.000000 VESTS"))))
                .delegation()).isPresent();
        assertRefused(new WalletRequest.Delegate(BOB, StakeAmount.vests(a("3250000.000001 VESTS"))),
                Reason.INSUFFICIENT_STAKE);
        WalletPlan cancel = plan(new WalletRequest.CancelPowerDown());
        assertThat(cancel.operationsJson()).contains("\"vesting_shares\":\"0.000000 VESTS\"");
        assertThat(cancel.after().poweringDownVests().isZero()).isTrue();
    }

    @Test
    void undelegatingSendsZeroAndTheStakeReturnsAfterThePeriod() {
        WalletPlan plan = plan(new WalletRequest.Delegate(BOB, StakeAmount.sp(Asset.parse("0.000 STEEM"))));
        assertThat(plan.operationsJson()).contains("\"vesting_shares\":\"0.000000 VESTS\"");
        DelegationChange change = plan.delegation().orElseThrow();
        assertThat(change.returningVests()).isEqualTo(a("10000.000000 VESTS"));
        // still counted as delegated until the chain returns it
        assertThat(plan.after().delegatedVests()).isEqualTo(a("10000.000000 VESTS"));
        assertRefused(new WalletRequest.Delegate(POOR, StakeAmount.sp(Asset.parse("0.000 STEEM"))),
                Reason.NOTHING_TO_DO);
    }

    @Test
    void savingsWithdrawChoosesARequestIdNoPendingWithdrawalUses() {
        WalletPlan plan = plan(new WalletRequest.SavingsWithdraw(ALICE, a("2.000 SBD"), ""));
        assertThat(plan.operationsJson()).contains("\"request_id\":2");
        assertThat(plan.after().savingsSbd()).isEqualTo(a("248.500 SBD"));
        WalletPlan cancel = plan(new WalletRequest.SavingsCancel(1));
        assertThat(cancel.after().savingsSbd()).isEqualTo(a("260.500 SBD"));
        assertRefused(new WalletRequest.SavingsCancel(9), Reason.NOTHING_TO_DO);
        WalletPlan deposit = plan(new WalletRequest.SavingsDeposit(ALICE, a("5.000 STEEM"), "rainy day"));
        assertThat(deposit.after().savingsSteem()).isEqualTo(a("105.000 STEEM"));
        assertThat(deposit.after().steem()).isEqualTo(a("1229.567 STEEM"));
    }

    @Test
    void aMalformedNodeAnswerEndsInAClearErrorWithNothingSent() {
        chain.node().fault(Fault.TRUNCATED);
        assertRefused(new WalletRequest.Transfer(BOB, a("1.000 STEEM"), ""), Reason.NODE_UNAVAILABLE);
    }
}
