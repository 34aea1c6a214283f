package org.steemdesk.chain.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steemdesk.chain.rpc.LoopbackApi.ALICE;
import static org.steemdesk.chain.rpc.LoopbackApi.POST;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.ChainId;
import org.steemdesk.chain.rpc.model.Account;
import org.steemdesk.chain.rpc.model.AccountHistoryEntry;
import org.steemdesk.chain.rpc.model.ActiveVote;
import org.steemdesk.chain.rpc.model.BroadcastResult;
import org.steemdesk.chain.rpc.model.ChainConfig;
import org.steemdesk.chain.rpc.model.ChainProperties;
import org.steemdesk.chain.rpc.model.Discussion;
import org.steemdesk.chain.rpc.model.DiscussionQuery;
import org.steemdesk.chain.rpc.model.DynamicGlobalProperties;
import org.steemdesk.chain.rpc.model.ManabarJson;
import org.steemdesk.chain.rpc.model.Price;
import org.steemdesk.chain.rpc.model.RcAccount;
import org.steemdesk.chain.rpc.model.RewardFund;
import org.steemdesk.chain.rpc.model.VestingDelegation;

/** The shape surprises of real responses (fixtures README) land in the right typed values. */
class ResponseShapesTest {
    private static final ObjectMapper MAPPER = SteemJson.mapper();

    @RegisterExtension
    final LoopbackApi loopback = new LoopbackApi();
    private final CondenserApi api = loopback.api;

    private <T> T answer(String fixture, Request<T> request) {
        return loopback.send(fixture, request);
    }

    @Test
    void accountAfterHf21HasBothManabarsAndLargeIntegersGivenAsStrings() {
        Account a = answer("condenser_api/get_accounts-2022.json", api.getAccounts(List.of(ALICE))).get(0);
        assertThat(a.name()).isEqualTo(new AccountName("inertia"));
        assertThat(a.votingManabar()).contains(new ManabarJson(289685842766L, 1659220767L));
        assertThat(a.downvoteManabar()).contains(new ManabarJson(514810174456L, 1659220767L));
        assertThat(a.votingPower()).isEqualTo(1406);
        assertThat(a.withdrawn()).isEqualTo(165754634150L);
        assertThat(a.toWithdraw()).isEqualTo(165754634150L);
        assertThat(a.reputation()).isEqualTo(227525885010794L);
        assertThat(a.nextVestingWithdrawal()).isEmpty();
        assertThat(a.vestingShares()).isEqualTo(Asset.parse("117295.640891 VESTS"));
        assertThat(a.rewardVestingSteem()).isEqualTo(Asset.parse("30.722 STEEM"));
        assertThat(a.posting().accountAuths()).containsEntry(new AccountName("busy.app"), 1);
        assertThat(a.active().keyAuths())
                .containsEntry(PublicKey.fromString("STM5ZDoNyBdQbsv44ySnAfNPX8NonL8w8wd97H2r9EGXVhsWN76SP"), 1);
        assertThat(a.memoKey()).isEqualTo(PublicKey.fromString("STM7S7hpaNdDAYM7vqXHQgW5qg5mVKChcAYAdQQfJnfF1rCUG5zQm"));
        assertThat(a.postingJsonMetadata()).startsWith("{\"profile\"");
    }

    @Test
    void accountBeforeHf20HasNoManabar() {
        Account a = answer("condenser_api/get_accounts-2017-pre-hf20.json", api.getAccounts(List.of(ALICE))).get(0);
        assertThat(a.votingManabar()).isEmpty();
        assertThat(a.votingPower()).isBetween(0, 10000);
        assertThat(a.postingJsonMetadata()).isEmpty();
    }

    @Test
    void dynamicGlobalPropertiesKeepHeadAndVestingFigures() {
        DynamicGlobalProperties dgp = answer("condenser_api/get_dynamic_global_properties-2022.json",
                api.getDynamicGlobalProperties());
        assertThat(dgp.headBlockNumber()).isEqualTo(66379828L);
        assertThat(dgp.headBlockId()).isEqualTo("03f4e0342521746494a3b7bebcba185bf15e8343");
        assertThat(dgp.time()).isEqualTo(Instant.parse("2022-07-30T23:28:48Z"));
        assertThat(dgp.totalVestingFundSteem()).isEqualTo(Asset.parse("157102910.021 STEEM"));
        assertThat(dgp.totalVestingShares()).isEqualTo(Asset.parse("283918139943.616774 VESTS"));
        assertThat(dgp.lastIrreversibleBlockNum()).isEqualTo(66379811L);
        assertThat(dgp.downvotePoolPercent()).isEqualTo(2500);
    }

    @Test
    void configGivesTypedConstantsAndKeepsTheRest() {
        ChainConfig config = answer("condenser_api/get_config-2020.json", api.getConfig());
        assertThat(config.vestingWithdrawIntervals()).isEqualTo(4);
        assertThat(config.votingManaRegenerationSeconds()).isEqualTo(432000);
        assertThat(config.hundredPercent()).isEqualTo(10000);
        assertThat(config.voteDustThreshold()).isEqualTo(50000000);
        assertThat(config.chainId()).isEqualTo(ChainId.MAINNET);
        assertThat(config.addressPrefix()).isEqualTo("STM");
        assertThat(config.number("STEEM_UPVOTE_LOCKOUT_HF17")).hasValue(43200000000L);
        assertThat(config.values()).hasSizeGreaterThan(100);
    }

    @Test
    void chainPropertiesGiveTheMedianAccountCreationFee() {
        ChainProperties props = answer("condenser_api/get_chain_properties-2020.json", api.getChainProperties());
        assertThat(props.accountCreationFee()).isEqualTo(Asset.parse("3.000 STEEM"));
        assertThat(props.maximumBlockSize()).isEqualTo(65536);
        assertThat(props.sbdInterestRate()).isZero();
    }

    @Test
    void missingPostIsAbsentNotAPlaceholder() {
        assertThat(answer("condenser_api/get_content-nonexistent.json", api.getContent(ALICE, POST))).isEmpty();
    }

    @Test
    void paidOutPostHasNoCashoutTimeAndMixedIntegerVotes() {
        Discussion post = answer("condenser_api/get_content-2018-11.json", api.getContent(ALICE, POST)).orElseThrow();
        assertThat(post.id()).isEqualTo(13324169L);
        assertThat(post.author()).isEqualTo("inertia");
        assertThat(post.cashoutTime()).isEmpty();
        assertThat(post.lastPayout()).contains(Instant.parse("2017-09-27T15:37:03Z"));
        assertThat(post.totalPayoutValue()).isEqualTo(Asset.parse("38.639 SBD"));
        assertThat(post.authorReputation()).isEqualTo(130661134411243L);
        assertThat(post.activeVotes()).hasSize(116);
        ActiveVote second = post.activeVotes().get(1);
        assertThat(second.rshares()).isEqualTo(560397105558L);
        assertThat(second.reputation()).isEqualTo(8995164538899L);
        assertThat(second.time()).contains(Instant.parse("2017-09-20T19:15:54Z"));
        assertThat(post.jsonMetadata()).startsWith("{\"tags\"");
    }

    @Test
    void hivemindPostsUsePostIdAndQuotedPercentAndKeepKoreanText() {
        List<Discussion> posts = answer("condenser_api/get_discussions_by_trending-2020-hivemind-kr.json",
                api.getDiscussionsByTrending(DiscussionQuery.first("kr", 20)));
        assertThat(posts).hasSize(20);
        Discussion first = posts.get(0);
        assertThat(first.id()).isEqualTo(88336336L);
        assertThat(first.title()).isEqualTo("비극, 개혁의 대상이 개혁의 주체가 되다.");
        assertThat(first.category()).isEqualTo("hive-143575");
        assertThat(first.cashoutTime()).contains(Instant.parse("2020-11-14T00:32:51Z"));
        assertThat(first.lastPayout()).isEmpty();
        assertThat(first.authorReputation()).isEqualTo(1335228382914196L);
        ActiveVote vote = first.activeVotes().get(0);
        assertThat(vote.percent()).isEqualTo(2500);
        assertThat(vote.rshares()).isEqualTo(19618327182L);
        assertThat(vote.time()).isEmpty();
    }

    @Test
    void activeVotesAcceptNumbersAndStringsInOneArray() {
        List<ActiveVote> votes = answer("condenser_api/get_active_votes-2017.json", api.getActiveVotes(ALICE, POST));
        assertThat(votes).extracting(ActiveVote::rshares).contains(-27805111077956L, 4295825398L, 1581768500L);
    }

    @Test
    void historyEntryKeepsTheOperationAsJsonWithItsName() {
        List<AccountHistoryEntry> history = answer("condenser_api/get_account_history-2017.json",
                api.getAccountHistory(ALICE, -1, 10));
        AccountHistoryEntry e = history.get(0);
        assertThat(e.index()).isZero();
        assertThat(e.opName()).isEqualTo("transfer");
        assertThat(e.opBody().get("amount").asText()).isEqualTo("833.000 STEEM");
        assertThat(e.block()).isEqualTo(25502L);
        assertThat(e.timestamp()).isEqualTo(Instant.parse("2016-03-25T13:49:03Z"));
        assertThat(e.isVirtual()).isFalse();
    }

    @Test
    void virtualOperationsAreRecognisedByTheirEmptyTransactionId() throws Exception {
        var result = Fixtures.load("account_history_api/get_account_history-producer-reward.json").at("/response/result/history");
        List<AccountHistoryEntry> history = MAPPER.readerFor(
                MAPPER.getTypeFactory().constructCollectionType(List.class, AccountHistoryEntry.class)).readValue(result);
        assertThat(history).anySatisfy(e -> {
            assertThat(e.opName()).isEqualTo("producer_reward");
            assertThat(e.isVirtual()).isTrue();
        });
    }

    @Test
    void rcAccountsAreUnwrapped() {
        List<RcAccount> rc = answer("rc_api/find_rc_accounts-2018.json", api.findRcAccounts(List.of(ALICE)));
        assertThat(rc).singleElement().satisfies(r -> {
            assertThat(r.account()).isEqualTo("steemdocs");
            assertThat(r.rcManabar()).isEqualTo(new ManabarJson(1184100902527L, 1539540255L));
            assertThat(r.maxRc()).isEqualTo(11050772275233L);
            assertThat(r.maxRcCreationAdjustment()).isEqualTo(Asset.parse("6082.305264 VESTS"));
        });
    }

    @Test
    void priceAndDelegationsAndRewardFund() throws Exception {
        assertThat(answer("condenser_api/get_current_median_history_price-2020.json", api.getCurrentMedianHistoryPrice()))
                .isEqualTo(new Price(Asset.parse("0.142 SBD"), Asset.parse("1.000 STEEM")));
        List<VestingDelegation> delegations = answer("pre_appbase/get_vesting_delegations-2017.json",
                api.getVestingDelegations(ALICE, "", 10));
        assertThat(delegations.get(0).delegatee()).isEqualTo("agentsofmars");
        assertThat(delegations.get(0).vestingShares()).isEqualTo(Asset.parse("136500.000000 VESTS"));
        RewardFund fund = MAPPER.treeToValue(
                Fixtures.load("database_api/get_reward_funds-2018.json").at("/response/result/funds/0"), RewardFund.class);
        assertThat(fund.name()).isEqualTo("post");
        assertThat(fund.recentClaims()).isEqualTo(new BigInteger("447132212755051084"));
        assertThat(fund.rewardBalance()).isEqualTo(Asset.parse("737567.910 STEEM"));
    }

    @Test
    void broadcastResultCarriesBlockAndTransactionNumber() {
        BroadcastResult result = answer("condenser_api/broadcast_transaction_synchronous-vote-ok.json",
                api.broadcastTransactionSynchronous(TestTransactions.unsigned()));
        assertThat(result.id()).isEqualTo("244a67bf1e64f05fb2ab52a0652a8edd30c5d273");
        assertThat(result.blockNum()).hasValue(27035223L);
        assertThat(result.trxNum()).hasValue(15);
        assertThat(result.expired()).isFalse();
        assertThat(result.alreadyKnown()).isFalse();
    }

    @Test
    void sendAsyncReadsTheSameTypedResult() throws Exception {
        loopback.answer(Fixtures.responseBody("condenser_api/get_dynamic_global_properties-2019.json"));
        assertThat(api.getDynamicGlobalProperties().sendAsync().get().headBlockNumber()).isPositive();
    }

    @Test
    void sendAsyncFailsWithTheTypedNodeError() {
        loopback.answer(Fixtures.responseBody("condenser_api/get_blog-error-jussi-request-timeout-2020.json"));
        assertThat(api.getDynamicGlobalProperties().sendAsync()).failsWithin(java.time.Duration.ofSeconds(10))
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .havingCause().isInstanceOfSatisfying(NodeErrorException.class,
                        e -> assertThat(e.kind()).isEqualTo(NodeErrorKind.PROXY_TIMEOUT));
    }

    @Test
    void emptyListsStayEmpty() {
        assertThat(answer("condenser_api/get_content_replies-empty.json", api.getContentReplies(ALICE, POST))).isEmpty();
        assertThat(answer("condenser_api/get_discussions_by_feed-empty.json",
                api.getDiscussionsByFeed(DiscussionQuery.first("alice", 10)))).isEmpty();
    }
}
