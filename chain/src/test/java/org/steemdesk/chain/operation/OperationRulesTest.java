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
import org.steemdesk.chain.protocol.Permlink;

class OperationRulesTest {
    private static final AccountName ALICE = AccountName.of("alice");
    private static final AccountName BOB = AccountName.of("bob");
    private static final Permlink POST = Permlink.of("my-post");
    private static final PublicKey KEY = PublicKey.fromString("STM6DgpKJqoVGg7o6J1jdiP45xxbgoUg5VGzs96YBxX42NZu2bZea");

    @Test
    void voteWeightIsAtMostOneHundredPercentEitherWay() {
        assertThat(new VoteOperation(ALICE, BOB, POST, 10_000).weight()).isEqualTo(10_000);
        assertThat(new VoteOperation(ALICE, BOB, POST, -10_000).weight()).isEqualTo(-10_000);
        assertThatThrownBy(() -> new VoteOperation(ALICE, BOB, POST, 10_001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vote.weight");
        assertThat(new VoteOperation(ALICE, BOB, POST, 100).requiredAuthorities())
                .isEqualTo(RequiredAuthorities.posting(ALICE));
    }

    @Test
    void transfersNeedAPositiveLiquidAmountAndAShortMemo() {
        assertThatThrownBy(() -> new TransferOperation(ALICE, BOB, Asset.parse("1.000000 VESTS"), ""))
                .hasMessageContaining("transfer.amount must be in STEEM or SBD");
        assertThatThrownBy(() -> new TransferOperation(ALICE, BOB, Asset.parse("0.000 STEEM"), ""))
                .hasMessageContaining("must be positive");
        assertThatThrownBy(() -> new TransferOperation(ALICE, BOB, Asset.parse("1.000 STEEM"), "가".repeat(683)))
                .hasMessageContaining("memo is too large");
        assertThatThrownBy(() -> new TransferOperation(ALICE, BOB, Asset.parse("1.000 STEEM"), "bad \ud83d end"))
                .hasMessageContaining("lone UTF-16 surrogate");
        assertThat(new TransferOperation(ALICE, BOB, Asset.parse("1.000 SBD"), "가".repeat(682)).requiredAuthorities())
                .isEqualTo(RequiredAuthorities.active(ALICE));
    }

    @Test
    void vestingOperationsCheckTheirSymbols() {
        assertThatThrownBy(() -> new TransferToVestingOperation(ALICE, BOB, Asset.parse("1.000 SBD")))
                .hasMessageContaining("must be in STEEM");
        assertThatThrownBy(() -> new WithdrawVestingOperation(ALICE, Asset.parse("1.000 STEEM")))
                .hasMessageContaining("must be in VESTS");
        assertThat(new WithdrawVestingOperation(ALICE, Asset.parse("0.000000 VESTS")).vestingShares().isZero()).isTrue();
        assertThatThrownBy(() -> new SetWithdrawVestingRouteOperation(ALICE, BOB, 10_001, false))
                .hasMessageContaining("percent");
    }

    /**
     * steemd's validate() refuses a claim of nothing and a delegation to oneself, but dsteem serializes and signs
     * both, so `tx inspect` and `tx sign` must read them; the wallet never builds either (NOTHING_TO_DO,
     * SELF_DELEGATION).
     */
    @Test
    void operationsDsteemSignsButSteemdRefusesCanStillBeRead() {
        var claim = new ClaimRewardBalanceOperation(ALICE, Asset.parse("0.000 STEEM"), Asset.parse("0.000 SBD"),
                Asset.parse("0.000000 VESTS"));
        assertThat(claim.rewardSteem().isZero()).isTrue();
        var self = new DelegateVestingSharesOperation(ALICE, ALICE, Asset.parse("1.000000 VESTS"));
        assertThat(self.delegatee()).isEqualTo(ALICE);
        assertThat(claim.validationError()).contains("Must claim something.");
        assertThat(self.validationError()).contains("You cannot delegate VESTS to yourself");
        assertThat(new DelegateVestingSharesOperation(ALICE, BOB, Asset.parse("0.000000 VESTS")).validationError()).isEmpty();
        assertThat(new ClaimRewardBalanceOperation(ALICE, Asset.parse("0.000 STEEM"), Asset.parse("0.001 SBD"),
                Asset.parse("0.000000 VESTS")).validationError()).isEmpty();
    }

    @Test
    void customJsonChecksIdLengthJsonAndSigners() {
        assertThat(CustomJsonOperation.posting(ALICE, "x".repeat(32), "{}").id()).hasSize(32);
        assertThatThrownBy(() -> CustomJsonOperation.posting(ALICE, "x".repeat(33), "{}"))
                .hasMessageContaining("custom_json.id is too long");
        assertThatThrownBy(() -> CustomJsonOperation.posting(ALICE, "follow", "{not json"))
                .hasMessageContaining("custom_json.json is not valid JSON");
        assertThatThrownBy(() -> new CustomJsonOperation(List.of(), List.of(), "follow", "{}"))
                .hasMessageContaining("at least one account");
    }

    @Test
    void customJsonAccountListsAreSortedSetsAndDecideTheAuthority() {
        CustomJsonOperation op = new CustomJsonOperation(List.of(BOB, ALICE, BOB), List.of(), "app", "[]");
        assertThat(op.requiredAuths()).containsExactly(ALICE, BOB);
        assertThat(op.requiredAuthorities()).isEqualTo(new RequiredAuthorities(Set.of(), Set.of(ALICE, BOB), Set.of()));
    }

    @Test
    void socialPayloadsHaveTheFormatsTheFollowAndCommunityPluginsRead() {
        assertThat(CustomJsonOperation.follow(ALICE, BOB).json())
                .isEqualTo("[\"follow\",{\"follower\":\"alice\",\"following\":\"bob\",\"what\":[\"blog\"]}]");
        assertThat(CustomJsonOperation.unfollow(ALICE, BOB).json())
                .isEqualTo("[\"follow\",{\"follower\":\"alice\",\"following\":\"bob\",\"what\":[]}]");
        assertThat(CustomJsonOperation.mute(ALICE, BOB).json()).contains("\"what\":[\"ignore\"]");
        CustomJsonOperation reblog = CustomJsonOperation.reblog(ALICE, BOB, Permlink.of("a\"quote"));
        assertThat(reblog.id()).isEqualTo("follow");
        assertThat(reblog.json())
                .isEqualTo("[\"reblog\",{\"account\":\"alice\",\"author\":\"bob\",\"permlink\":\"a\\\"quote\"}]");
        CustomJsonOperation subscribe = CustomJsonOperation.subscribe(ALICE, AccountName.of("hive-101145"));
        assertThat(subscribe.id()).isEqualTo("community");
        assertThat(subscribe.json()).isEqualTo("[\"subscribe\",{\"community\":\"hive-101145\"}]");
        assertThat(subscribe.requiredAuthorities()).isEqualTo(RequiredAuthorities.posting(ALICE));
    }

    @Test
    void commentOptionsKeepBeneficiariesSortedUniqueAndWithinOneHundredPercent() {
        Asset max = Asset.parse("1000000.000 SBD");
        CommentOptionsOperation op = new CommentOptionsOperation(ALICE, POST, max, 10_000, true, true,
                List.of(new Beneficiary(AccountName.of("zed"), 100), new Beneficiary(BOB, 200)));
        assertThat(op.beneficiaries()).extracting(Beneficiary::account).containsExactly(BOB, AccountName.of("zed"));
        assertThatThrownBy(() -> new CommentOptionsOperation(ALICE, POST, max, 10_000, true, true,
                List.of(new Beneficiary(BOB, 100), new Beneficiary(BOB, 200)))).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> new CommentOptionsOperation(ALICE, POST, max, 10_000, true, true,
                List.of(new Beneficiary(BOB, 6000), new Beneficiary(ALICE, 5000)))).hasMessageContaining("add up to 11000");
        assertThatThrownBy(() -> new CommentOptionsOperation(ALICE, POST, Asset.parse("1.000 STEEM"), 0, true, true,
                List.of())).hasMessageContaining("max_accepted_payout must be in SBD");
    }

    @Test
    void commentNeedsABodyAndJsonMetadataThatIsJson() {
        assertThatThrownBy(() -> CommentOperation.post(Permlink.of("kr"), ALICE, POST, "t", "", ""))
                .hasMessageContaining("body is empty");
        assertThatThrownBy(() -> CommentOperation.post(Permlink.of("kr"), ALICE, POST, "t", "b", "{tags"))
                .hasMessageContaining("json_metadata is not valid JSON");
        CommentOperation reply = CommentOperation.reply(BOB, POST, ALICE, Permlink.of("re-my-post"), "hi", "{}");
        assertThat(reply.parentAuthor()).contains(BOB);
        assertThat(reply.requiredAuthorities()).isEqualTo(RequiredAuthorities.posting(ALICE));
    }

    @Test
    void accountUpdateNeedsTheOwnerKeyOnlyWhenTheOwnerAuthorityChanges() {
        Authority single = new Authority(1, Map.of(), Map.of(KEY, 1));
        AccountUpdateOperation posting = new AccountUpdateOperation(ALICE, Optional.empty(), Optional.empty(),
                Optional.of(single), KEY, "");
        AccountUpdateOperation owner = new AccountUpdateOperation(ALICE, Optional.of(single), Optional.empty(),
                Optional.empty(), KEY, "");
        assertThat(posting.requiredAuthorities()).isEqualTo(RequiredAuthorities.active(ALICE));
        assertThat(owner.requiredAuthorities()).isEqualTo(RequiredAuthorities.owner(ALICE));
        assertThatThrownBy(() -> new AccountUpdateOperation(ALICE, Optional.empty(), Optional.empty(),
                Optional.of(new Authority(1, Map.of(), Map.of(KEY, 70_000))), KEY, ""))
                .hasMessageContaining("must fit 16 bits");
    }

    /** dsteem signs a proxy to oneself (vectors.js produces one), so it is read; steemd's validate() refuses it. */
    @Test
    void witnessProxyCanBeClearedAndAProxyToSelfIsReadButFlagged() {
        assertThat(AccountWitnessProxyOperation.clear(ALICE).proxy()).isEmpty();
        assertThat(AccountWitnessProxyOperation.clear(ALICE).validationError()).isEmpty();
        assertThat(new AccountWitnessProxyOperation(ALICE, Optional.of(BOB)).validationError()).isEmpty();
        assertThat(new AccountWitnessProxyOperation(ALICE, Optional.of(ALICE)).validationError())
                .contains("Cannot proxy to self");
    }

    @Test
    void everyModelledOperationHasAUniqueNameAndWireId() {
        assertThat(OperationTypes.ALL).extracting(OperationType::name).doesNotHaveDuplicates();
        assertThat(OperationTypes.ALL).extracting(OperationType::wireId).doesNotHaveDuplicates();
        assertThat(OperationTypes.byName("comment_options")).contains(CommentOptionsOperation.TYPE);
        assertThat(OperationTypes.byName("curation_reward")).isEmpty();
    }
}
