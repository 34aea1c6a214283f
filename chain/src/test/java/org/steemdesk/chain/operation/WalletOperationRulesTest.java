package org.steemdesk.chain.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.Authority;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.chain.protocol.Permlink;

/** The wallet operations of issue 13: steemd's validate() rules, required authorities and wire ids. */
class WalletOperationRulesTest {
    private static final AccountName ALICE = AccountName.of("alice");
    private static final AccountName BOB = AccountName.of("bob");
    private static final PublicKey KEY = PublicKey.fromString("STM6DgpKJqoVGg7o6J1jdiP45xxbgoUg5VGzs96YBxX42NZu2bZea");

    /** steemd's operation static_variant up to delegate_vesting_shares (libraries/protocol/…/operations.hpp). */
    private static final List<String> STEEMD_ORDER = List.of("vote", "comment", "transfer", "transfer_to_vesting",
            "withdraw_vesting", "limit_order_create", "limit_order_cancel", "feed_publish", "convert", "account_create",
            "account_update", "witness_update", "account_witness_vote", "account_witness_proxy", "pow", "custom",
            "report_over_production", "delete_comment", "custom_json", "comment_options", "set_withdraw_vesting_route",
            "limit_order_create2", "claim_account", "create_claimed_account", "request_account_recovery",
            "recover_account", "change_recovery_account", "escrow_transfer", "escrow_dispute", "escrow_release", "pow2",
            "escrow_approve", "transfer_to_savings", "transfer_from_savings", "cancel_transfer_from_savings",
            "custom_binary", "decline_voting_rights", "reset_account", "set_reset_account", "claim_reward_balance",
            "delegate_vesting_shares");

    @Test
    void everyWireIdIsTheOperationsPlaceInSteemdsStaticVariant() {
        assertThat(OperationTypes.ALL).allSatisfy(type ->
                assertThat(type.wireId()).as(type.name()).isEqualTo(STEEMD_ORDER.indexOf(type.name())));
        assertThat(OperationTypes.ALL).extracting(OperationType::wireId).isSorted();
        assertThat(OperationTypes.byName("convert")).contains(ConvertOperation.TYPE);
        assertThat(OperationTypes.byName("change_recovery_account")).contains(ChangeRecoveryAccountOperation.TYPE);
    }

    @Test
    void convertTakesOnlyAPositiveSbdAmountAndAThirtyTwoBitRequestId() {
        ConvertOperation op = new ConvertOperation(ALICE, 0xFFFFFFFFL, Asset.parse("5.000 SBD"));
        assertThat(op.requiredAuthorities()).isEqualTo(RequiredAuthorities.active(ALICE));
        assertThat(op.validationError()).isEmpty();
        assertThatThrownBy(() -> new ConvertOperation(ALICE, 1, Asset.parse("5.000 STEEM")))
                .hasMessage("convert.amount: Can only convert SBD to STEEM, got 5.000 STEEM");
        assertThatThrownBy(() -> new ConvertOperation(ALICE, 1, Asset.parse("0.000 SBD")))
                .hasMessageContaining("Must convert some SBD");
        assertThatThrownBy(() -> new ConvertOperation(ALICE, 1, Asset.parse("-1.000 SBD")))
                .hasMessageContaining("Must convert some SBD");
        assertThatThrownBy(() -> new ConvertOperation(ALICE, 0x1_0000_0000L, Asset.parse("1.000 SBD")))
                .hasMessageContaining("convert.requestid must fit 32 unsigned bits");
        assertThatThrownBy(() -> new ConvertOperation(ALICE, -1, Asset.parse("1.000 SBD")))
                .hasMessageContaining("convert.requestid");
    }

    @Test
    void changeRecoveryAccountNeedsTheOwnerAuthority() {
        ChangeRecoveryAccountOperation op = new ChangeRecoveryAccountOperation(ALICE, BOB);
        assertThat(op.requiredAuthorities()).isEqualTo(RequiredAuthorities.owner(ALICE));
        assertThat(op.requiredAuthorities().strongestRole()).contains(KeyRole.OWNER);
        assertThatThrownBy(() -> new ChangeRecoveryAccountOperation(ALICE, null))
                .hasMessage("change_recovery_account.new_recovery_account is missing");
    }

    @Test
    void routesAreActiveAndAtMostOneHundredPercent() {
        SetWithdrawVestingRouteOperation remove = new SetWithdrawVestingRouteOperation(ALICE, BOB, 0, false);
        assertThat(remove.requiredAuthorities()).isEqualTo(RequiredAuthorities.active(ALICE));
        assertThat(new SetWithdrawVestingRouteOperation(ALICE, BOB, 10_000, true).percent()).isEqualTo(10_000);
        assertThatThrownBy(() -> new SetWithdrawVestingRouteOperation(ALICE, BOB, -1, false))
                .hasMessageContaining("set_withdraw_vesting_route.percent must be between 0 and 10000");
    }

    @Test
    void witnessVoteAndProxyAreActive() {
        assertThat(new AccountWitnessVoteOperation(ALICE, BOB, false).requiredAuthorities())
                .isEqualTo(RequiredAuthorities.active(ALICE));
        assertThat(AccountWitnessProxyOperation.clear(ALICE).requiredAuthorities())
                .isEqualTo(RequiredAuthorities.active(ALICE));
    }

    @Test
    void passwordChangeUpdatesEveryAuthorityWithTheOwnerKey() {
        AccountUpdateOperation rotate = new AccountUpdateOperation(ALICE, Optional.of(Authority.singleKey(KEY)),
                Optional.of(Authority.singleKey(KEY)), Optional.of(Authority.singleKey(KEY)), KEY, "");
        assertThat(rotate.requiredAuthorities()).isEqualTo(RequiredAuthorities.owner(ALICE));
        assertThat(Authority.singleKey(KEY)).isEqualTo(new Authority(1, Map.of(), Map.of(KEY, 1)));
        assertThat(Authority.singleKey(KEY).isSatisfiedBy(KEY)).isTrue();
        assertThatThrownBy(() -> new AccountUpdateOperation(ALICE, Optional.empty(), Optional.empty(),
                Optional.empty(), KEY, "{not json")).hasMessageContaining("json_metadata is not valid JSON");
    }

    @Test
    void aTransactionNeedsTheUnionOfItsOperationsAuthoritiesAndTheStrongestKey() {
        VoteOperation vote = new VoteOperation(BOB, ALICE, Permlink.of("post"), 100);
        ConvertOperation convert = new ConvertOperation(ALICE, 7, Asset.parse("1.000 SBD"));
        ChangeRecoveryAccountOperation recovery = new ChangeRecoveryAccountOperation(ALICE, BOB);

        RequiredAuthorities all = RequiredAuthorities.of(List.of(vote, convert, recovery));

        assertThat(all).isEqualTo(new RequiredAuthorities(Set.of(ALICE), Set.of(ALICE), Set.of(BOB)));
        assertThat(all.strongestRole()).contains(KeyRole.OWNER);
        assertThat(RequiredAuthorities.of(List.of(vote, convert)).strongestRole()).contains(KeyRole.ACTIVE);
        assertThat(RequiredAuthorities.of(List.of(vote)).strongestRole()).contains(KeyRole.POSTING);
        assertThat(RequiredAuthorities.of(List.of()).strongestRole()).isEmpty();
    }
}
