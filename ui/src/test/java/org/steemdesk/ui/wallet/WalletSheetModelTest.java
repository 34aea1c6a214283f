package org.steemdesk.ui.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.stake.PowerDownPlan;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.app.wallet.BalanceSheet;
import org.steemdesk.app.wallet.DelegationChange;
import org.steemdesk.app.wallet.PowerDownPreview;
import org.steemdesk.app.wallet.StakeAmount;
import org.steemdesk.app.wallet.WalletException;
import org.steemdesk.app.wallet.WalletPlan;
import org.steemdesk.app.wallet.WalletReceipt;
import org.steemdesk.app.wallet.WalletRequest;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.operation.Operation;
import org.steemdesk.chain.operation.TransferOperation;
import org.steemdesk.chain.operation.WithdrawVestingOperation;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.ErrorMessages;
import org.steemdesk.ui.OperationErrors;

/** The wallet sheet's view model, without a toolkit: requests from typed fields, and what the confirmation says. */
class WalletSheetModelTest {
    private static final AccountName ALICE = AccountName.of("alice");
    private static final AccountName BOB = AccountName.of("bob");
    /** 1 SP = 2000 VESTS. */
    private static final VestingPrice PRICE = new VestingPrice(Asset.steem("1000.000"),
            Asset.fromDecimal(new BigDecimal("2000000.000000"), AssetSymbol.VESTS));

    private final Messages messages = new Messages(Language.ENGLISH);
    private final WalletSheetModel model = new WalletSheetModel(messages, new Formats(messages, ZoneOffset.UTC),
            new OperationErrors(messages, new ErrorMessages(messages)));

    @Test
    void aTransferIsWhatWasTypedWithTheAtSignAndSpacesLeftOut() {
        var request = model.request(WalletDialog.TRANSFER,
                WalletFields.liquid(" @bob ", " 1.5 ", AssetSymbol.STEEM, "thanks for lunch", false));
        assertThat(request).isEqualTo(new WalletRequest.Transfer(BOB, Asset.steem("1.500"), "thanks for lunch"));
    }

    @Test
    void anEncryptedMemoStartsWithAHashOnce() {
        assertThat(memo("hi", true)).isEqualTo("#hi");
        assertThat(memo("#hi", true)).isEqualTo("#hi");
        assertThat(memo("", true)).isEmpty();
        assertThat(memo("hi", false)).isEqualTo("hi");
    }

    private String memo(String memo, boolean encrypt) {
        var request = (WalletRequest.Transfer) model.request(WalletDialog.TRANSFER,
                WalletFields.liquid("bob", "1", AssetSymbol.STEEM, memo, encrypt));
        return request.memo();
    }

    @Test
    void aBareNumberIsInTheChosenAssetAndANamedAssetMustBeTheChosenOne() {
        assertThat(model.request(WalletDialog.SAVINGS_DEPOSIT,
                WalletFields.liquid("alice", "2", AssetSymbol.SBD, "", false)))
                .isEqualTo(new WalletRequest.SavingsDeposit(ALICE, sbd("2.000"), ""));
        assertThat(model.request(WalletDialog.SAVINGS_WITHDRAW,
                WalletFields.liquid("alice", "2 steem", AssetSymbol.STEEM, "", false)))
                .isEqualTo(new WalletRequest.SavingsWithdraw(ALICE, Asset.steem("2.000"), ""));
        assertRefused(WalletDialog.TRANSFER, WalletFields.liquid("bob", "2 SBD", AssetSymbol.STEEM, "", false),
                WalletException.Reason.INVALID_AMOUNT);
    }

    @Test
    void aMalformedAmountNameOrRequestNumberIsRefusedBeforeTheNodeIsAsked() {
        for (String amount : List.of("1.2345", "", "-1", "0", "one", "1e3")) {
            assertRefused(WalletDialog.TRANSFER, WalletFields.liquid("bob", amount, AssetSymbol.STEEM, "", false),
                    WalletException.Reason.INVALID_AMOUNT);
        }
        for (String to : List.of("", "Bob!", "a", "@")) {
            assertRefused(WalletDialog.POWER_UP, WalletFields.liquid(to, "1", AssetSymbol.STEEM, "", false),
                    WalletException.Reason.UNKNOWN_ACCOUNT);
        }
        for (String id : List.of("", "x", "-1", "4294967296", "1.5")) {
            assertRefused(WalletDialog.SAVINGS_CANCEL, WalletFields.savingsRequest(id),
                    WalletException.Reason.NOTHING_TO_DO);
        }
        assertThat(model.request(WalletDialog.SAVINGS_CANCEL, WalletFields.savingsRequest(" 4294967295 ")))
                .isEqualTo(new WalletRequest.SavingsCancel(4_294_967_295L));
        assertRefused(WalletDialog.POWER_DOWN, WalletFields.stake("", "10 SBD"), WalletException.Reason.INVALID_AMOUNT);
    }

    private void assertRefused(WalletDialog kind, WalletFields fields, WalletException.Reason reason) {
        assertThatThrownBy(() -> model.request(kind, fields)).as("%s %s", kind, fields)
                .isInstanceOfSatisfying(WalletException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void stakeIsGivenInSteemPowerOrVestsAndZeroUndoesADelegation() {
        assertThat(model.request(WalletDialog.POWER_DOWN, WalletFields.stake("", "10")))
                .isEqualTo(new WalletRequest.PowerDown(StakeAmount.sp(Asset.steem("10.000"))));
        assertThat(model.request(WalletDialog.DELEGATE, WalletFields.stake("bob", "20000 VESTS")))
                .isEqualTo(new WalletRequest.Delegate(BOB, StakeAmount.vests(Asset.fromDecimal(
                        new BigDecimal("20000"), AssetSymbol.VESTS))));
        assertThat(model.request(WalletDialog.DELEGATE, WalletFields.stake("bob", "0")))
                .isEqualTo(new WalletRequest.Delegate(BOB, StakeAmount.sp(Asset.zero(AssetSymbol.STEEM))));
    }

    @Test
    void claimingAndStoppingAPowerDownAskNothing() {
        assertThat(WalletDialog.CLAIM.hasForm()).isFalse();
        assertThat(WalletDialog.CANCEL_POWER_DOWN.hasForm()).isFalse();
        assertThat(model.request(WalletDialog.CLAIM, WalletFields.none())).isEqualTo(new WalletRequest.ClaimRewards());
        assertThat(model.request(WalletDialog.CANCEL_POWER_DOWN, WalletFields.none()))
                .isEqualTo(new WalletRequest.CancelPowerDown());
    }

    @Test
    void eachOperationOpensOnItsOwnFormStartingAtTheRightRecipient() {
        assertThat(WalletDialog.TRANSFER.form()).isEqualTo(WalletDialog.Form.LIQUID);
        assertThat(WalletDialog.POWER_UP.form()).isEqualTo(WalletDialog.Form.LIQUID);
        assertThat(WalletDialog.DELEGATE.form()).isEqualTo(WalletDialog.Form.STAKE);
        assertThat(WalletDialog.POWER_DOWN.form()).isEqualTo(WalletDialog.Form.STAKE);
        assertThat(WalletDialog.SAVINGS_CANCEL.form()).isEqualTo(WalletDialog.Form.SAVINGS_REQUEST);
        assertThat(model.symbols(WalletDialog.POWER_UP)).containsExactly(AssetSymbol.STEEM);
        assertThat(model.symbols(WalletDialog.TRANSFER)).containsExactly(AssetSymbol.STEEM, AssetSymbol.SBD);
        assertThat(model.recipient(WalletDialog.TRANSFER, Optional.of(ALICE))).isEmpty();
        assertThat(model.recipient(WalletDialog.DELEGATE, Optional.of(ALICE))).isEmpty();
        assertThat(model.recipient(WalletDialog.POWER_UP, Optional.of(ALICE))).isEqualTo("alice");
        assertThat(model.recipient(WalletDialog.SAVINGS_WITHDRAW, Optional.empty())).isEmpty();
        assertThat(model.title(WalletDialog.CLAIM)).isEqualTo("Claim rewards");
        assertThat(model.title(WalletDialog.SAVINGS_CANCEL)).isEqualTo("Cancel savings withdrawal");
    }

    @Test
    void theStakeHintSaysTheAmountInSteemPowerAndVestsAsItIsTyped() {
        assertThat(model.stakeHint(WalletDialog.DELEGATE, "", Optional.of(PRICE))).contains("0 removes");
        assertThat(model.stakeHint(WalletDialog.POWER_DOWN, "10", Optional.empty())).startsWith("In Steem Power");
        assertThat(model.stakeHint(WalletDialog.POWER_DOWN, "10", Optional.of(PRICE)))
                .isEqualTo("10.000 SP = 20,000.000000 VESTS");
        assertThat(model.stakeHint(WalletDialog.POWER_DOWN, "4000 VESTS", Optional.of(PRICE)))
                .isEqualTo("2.000 SP = 4,000.000000 VESTS");
        assertThat(model.stakeHint(WalletDialog.POWER_DOWN, "10.0001", Optional.of(PRICE)))
                .isEqualTo(messages.get("wallet.error.INVALID_AMOUNT"));
    }

    @Test
    void theConfirmationShowsTheOperationsExactlyAsSignedAndTheirEffect() throws Exception {
        var transfer = new TransferOperation(ALICE, BOB, Asset.steem("1.500"), "thanks for lunch");
        var plan = plan(List.of(transfer), KeyRole.ACTIVE, Optional.empty(), Optional.empty());

        String shown = model.operations(plan);
        JsonNode exact = SteemJson.mapper().readTree(plan.operationsJson());
        assertThat(SteemJson.mapper().readTree(shown)).isEqualTo(exact);
        assertThat(exact.toString()).isEqualTo("[[\"transfer\",{\"from\":\"alice\",\"to\":\"bob\","
                + "\"amount\":\"1.500 STEEM\",\"memo\":\"thanks for lunch\"}]]");
        assertThat(shown).contains("\n", "\"amount\" : \"1.500 STEEM\"");
        assertThat(model.signingKey(plan))
                .isEqualTo("Signed with your Active key. Nothing is sent before you click Sign and send.");
        assertThat(model.effect(plan)).isEqualTo(String.join("\n",
                "Balances after: 8.500 STEEM, 1.000 SBD",
                "Savings after: 0.000 STEEM, 0.000 SBD",
                "Steem Power after: 50.000 SP own, 10.000 SP delegated out, 0.000 SP received"));
    }

    @Test
    void aPowerDownOrDelegationSaysItsWeeksOrItsChangeInSteemPowerAndVests() {
        var withdraw = new WithdrawVestingOperation(ALICE, vests("40000"));
        var powerDown = new PowerDownPreview(new PowerDownPlan(vests("40000"), 4), PRICE);
        var delegation = new DelegationChange(BOB, vests("20000"), vests("10000"), vests("10000"));
        var plan = plan(List.of(withdraw), KeyRole.ACTIVE, Optional.of(powerDown), Optional.of(delegation));
        assertThat(model.effect(plan).lines()).contains(
                "Power down 20.000 SP in 4 weekly payments of 5.000 SP (10,000.000000 VESTS)",
                "Delegation to @bob: 10.000 SP \u2192 5.000 SP (10,000.000000 VESTS)");
    }

    @Test
    void theReceiptSaysWhetherTheTransactionIsInABlockOrStillWaits() {
        assertThat(model.receipt(new WalletReceipt("abc123", List.of(), WalletReceipt.Status.CONFIRMED, "")))
                .isEqualTo("Done: transaction abc123 is in a block.");
        assertThat(model.receipt(new WalletReceipt("abc123", List.of(), WalletReceipt.Status.PENDING, "")))
                .startsWith("Sent: transaction abc123; its outcome is not clear yet.");
        assertThat(model.failure(new WalletException(WalletException.Reason.INSUFFICIENT_BALANCE, "low")))
                .isEqualTo(messages.get("wallet.error.INSUFFICIENT_BALANCE"));
    }

    private static WalletPlan plan(List<Operation> operations, KeyRole role, Optional<PowerDownPreview> powerDown,
                                   Optional<DelegationChange> delegation) {
        var before = new BalanceSheet(Asset.steem("10.000"), sbd("1.000"), Asset.steem("0.000"), sbd("0.000"),
                vests("100000"), vests("20000"), vests("0"), vests("0"));
        var after = new BalanceSheet(Asset.steem("8.500"), sbd("1.000"), Asset.steem("0.000"), sbd("0.000"),
                vests("100000"), vests("20000"), vests("0"), vests("0"));
        return new WalletPlan(ALICE, new WalletRequest.ClaimRewards(), operations, role, PRICE, before, after,
                powerDown, delegation, Optional.empty());
    }

    private static Asset sbd(String decimal) {
        return Asset.fromDecimal(new BigDecimal(decimal), AssetSymbol.SBD);
    }

    private static Asset vests(String decimal) {
        return Asset.fromDecimal(new BigDecimal(decimal), AssetSymbol.VESTS);
    }

    @Test
    void theAccountFormMakesWitnessProxyRouteAndRecoveryRequests() {
        assertThat(model.request(WalletDialog.WITNESS_VOTE, WalletFields.account("@good-witness", "", false)))
                .isEqualTo(new WalletRequest.WitnessVote(AccountName.of("good-witness"), true));
        assertThat(model.request(WalletDialog.WITNESS_PROXY, WalletFields.account("carol", "", false)))
                .isEqualTo(new WalletRequest.WitnessProxy(Optional.of(AccountName.of("carol"))));
        assertThat(model.request(WalletDialog.ROUTE, WalletFields.account("bob", "12.5 %", true)))
                .isEqualTo(new WalletRequest.WithdrawRoute(BOB, 1250, true));
        assertThat(model.request(WalletDialog.RECOVERY, WalletFields.account("steem", "", false)))
                .isEqualTo(new WalletRequest.ChangeRecoveryAccount(AccountName.of("steem")));
        assertThat(model.request(WalletDialog.CONVERT, WalletFields.liquid("", "5", AssetSymbol.SBD, "", false)))
                .isEqualTo(new WalletRequest.Convert(Asset.parse("5.000 SBD")));
        assertThat(model.symbols(WalletDialog.CONVERT)).containsExactly(AssetSymbol.SBD);
    }

    @Test
    void aRouteShareIsAboveZeroAtMostAHundredPercentInHundredths() {
        assertThat(WalletSheetModel.share("25")).isEqualTo(2500);
        assertThat(WalletSheetModel.share("100%")).isEqualTo(10_000);
        assertThat(WalletSheetModel.share("0.01 %")).isEqualTo(1);
        for (String bad : List.of("0", "100.01", "-5", "12.345", "a lot", "")) {
            assertThatThrownBy(() -> WalletSheetModel.share(bad)).as(bad).isInstanceOf(WalletException.class);
        }
        assertThatThrownBy(() -> model.request(WalletDialog.PREPARED, WalletFields.none()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
