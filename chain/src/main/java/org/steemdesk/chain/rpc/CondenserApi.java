package org.steemdesk.chain.rpc;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.model.Account;
import org.steemdesk.chain.rpc.model.AccountHistoryEntry;
import org.steemdesk.chain.rpc.model.ActiveVote;
import org.steemdesk.chain.rpc.model.BlockHeader;
import org.steemdesk.chain.rpc.model.BroadcastResult;
import org.steemdesk.chain.rpc.model.ChainConfig;
import org.steemdesk.chain.rpc.model.ChainProperties;
import org.steemdesk.chain.rpc.model.ConversionRequest;
import org.steemdesk.chain.rpc.model.Discussion;
import org.steemdesk.chain.rpc.model.DiscussionQuery;
import org.steemdesk.chain.rpc.model.DynamicGlobalProperties;
import org.steemdesk.chain.rpc.model.Follow;
import org.steemdesk.chain.rpc.model.FollowCount;
import org.steemdesk.chain.rpc.model.OwnerAuthorityHistory;
import org.steemdesk.chain.rpc.model.Price;
import org.steemdesk.chain.rpc.model.RcAccount;
import org.steemdesk.chain.rpc.model.RecoveryAccountChange;
import org.steemdesk.chain.rpc.model.RewardFund;
import org.steemdesk.chain.rpc.model.SavingsWithdrawal;
import org.steemdesk.chain.rpc.model.VestingDelegation;
import org.steemdesk.chain.rpc.model.VestingDelegationExpiration;
import org.steemdesk.chain.rpc.model.WithdrawRoute;
import org.steemdesk.chain.rpc.model.Witness;
import org.steemdesk.chain.transaction.SignedTransaction;

/**
 * The node calls Steemdesk uses, one method per call, each returning a {@link Request} to {@code send()} or
 * {@code sendAsync()}. Calls go to {@code condenser_api} with positional params, except {@code rc_api} and
 * {@code database_api}, which take named params and wrap their answers.
 */
public final class CondenserApi {
    private final RpcService service;
    private final ObjectMapper mapper;
    private final AtomicLong nextId = new AtomicLong(1);

    public CondenserApi(RpcService service, ObjectMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    public Request<DynamicGlobalProperties> getDynamicGlobalProperties() {
        return condenser("get_dynamic_global_properties", List.of(), DynamicGlobalProperties.class);
    }

    public Request<ChainConfig> getConfig() {
        return condenser("get_config", List.of(), ChainConfig.class);
    }

    /** The witnesses' median chain properties (account creation fee, block size, SBD interest rate). */
    public Request<ChainProperties> getChainProperties() {
        return condenser("get_chain_properties", List.of(), ChainProperties.class);
    }

    public Request<List<Account>> getAccounts(Collection<AccountName> names) {
        return condenser("get_accounts", List.of(List.copyOf(names)), listOf(Account.class));
    }

    /** Account names in alphabetical order from {@code lowerBound} on. */
    public Request<List<String>> lookupAccounts(String lowerBound, int limit) {
        return condenser("lookup_accounts", List.of(lowerBound, limit), listOf(String.class));
    }

    public Request<BlockHeader> getBlockHeader(long blockNum) {
        return condenser("get_block_header", List.of(blockNum), BlockHeader.class);
    }

    /** The reward fund by name; Steem has one, {@code "post"}. */
    public Request<RewardFund> getRewardFund(String name) {
        return condenser("get_reward_fund", List.of(name), RewardFund.class);
    }

    public Request<Price> getCurrentMedianHistoryPrice() {
        return condenser("get_current_median_history_price", List.of(), Price.class);
    }

    public Request<List<Discussion>> getDiscussionsByTrending(DiscussionQuery query) {
        return discussions("get_discussions_by_trending", query);
    }

    public Request<List<Discussion>> getDiscussionsByHot(DiscussionQuery query) {
        return discussions("get_discussions_by_hot", query);
    }

    public Request<List<Discussion>> getDiscussionsByCreated(DiscussionQuery query) {
        return discussions("get_discussions_by_created", query);
    }

    /** Posts by the accounts {@code query.tag()} follows. */
    public Request<List<Discussion>> getDiscussionsByFeed(DiscussionQuery query) {
        return discussions("get_discussions_by_feed", query);
    }

    /** Posts and reblogs of the account {@code query.tag()}. */
    public Request<List<Discussion>> getDiscussionsByBlog(DiscussionQuery query) {
        return discussions("get_discussions_by_blog", query);
    }

    /** The post, or empty when it does not exist (steemd answers with a placeholder, not an error). */
    public Request<Optional<Discussion>> getContent(AccountName author, Permlink permlink) {
        JavaType type = mapper.constructType(Discussion.class);
        return read("condenser_api.get_content", List.of(author, permlink), result -> {
            Discussion post = mapper.readerFor(type).readValue(result);
            return post.isPlaceholder() ? Optional.empty() : Optional.of(post);
        });
    }

    public Request<List<Discussion>> getContentReplies(AccountName author, Permlink permlink) {
        return condenser("get_content_replies", List.of(author, permlink), listOf(Discussion.class));
    }

    public Request<List<ActiveVote>> getActiveVotes(AccountName author, Permlink permlink) {
        return condenser("get_active_votes", List.of(author, permlink), listOf(ActiveVote.class));
    }

    /**
     * Up to {@code limit} + 1 entries ending at sequence number {@code start} ({@code -1} = newest). steemd caps
     * {@code limit} at 10000 and needs {@code limit <= start} unless start is -1.
     */
    public Request<List<AccountHistoryEntry>> getAccountHistory(AccountName account, long start, int limit) {
        return condenser("get_account_history", List.of(account, start, limit), listOf(AccountHistoryEntry.class));
    }

    /** Delegations made by {@code delegator}, from delegatee {@code fromDelegatee} ("" = first) on. */
    public Request<List<VestingDelegation>> getVestingDelegations(AccountName delegator, String fromDelegatee,
            int limit) {
        return condenser("get_vesting_delegations", List.of(delegator, fromDelegatee, limit),
                listOf(VestingDelegation.class));
    }

    public Request<List<WithdrawRoute>> getWithdrawRoutes(AccountName account, WithdrawRouteDirection direction) {
        return condenser("get_withdraw_routes", List.of(account, direction.wireName()), listOf(WithdrawRoute.class));
    }

    public Request<List<SavingsWithdrawal>> getSavingsWithdrawFrom(AccountName account) {
        return condenser("get_savings_withdraw_from", List.of(account), listOf(SavingsWithdrawal.class));
    }

    /** Savings withdrawals paying {@code account}, including ones other accounts started. */
    public Request<List<SavingsWithdrawal>> getSavingsWithdrawTo(AccountName account) {
        return condenser("get_savings_withdraw_to", List.of(account), listOf(SavingsWithdrawal.class));
    }

    /**
     * Delegations being returned to {@code delegator} (5 days after each decrease), those expiring at or after
     * {@code from} first ({@code Instant.EPOCH} = all). steemd answers at most {@code limit} (≤ 1000).
     */
    public Request<List<VestingDelegationExpiration>> getExpiringVestingDelegations(AccountName delegator,
            Instant from, int limit) {
        return condenser("get_expiring_vesting_delegations", List.of(delegator, from, limit),
                listOf(VestingDelegationExpiration.class));
    }

    /** Pending SBD → STEEM conversions of {@code owner}, earliest settlement first. */
    public Request<List<ConversionRequest>> getConversionRequests(AccountName owner) {
        return condenser("get_conversion_requests", List.of(owner), listOf(ConversionRequest.class));
    }

    /** Witnesses by approval, the most approved first, from witness {@code from} on ("" = the top); limit ≤ 1000. */
    public Request<List<Witness>> getWitnessesByVote(String from, int limit) {
        return condenser("get_witnesses_by_vote", List.of(from, limit), listOf(Witness.class));
    }

    /** Names of witnesses in alphabetical order from {@code lowerBound} on; limit ≤ 1000. */
    public Request<List<String>> lookupWitnessAccounts(String lowerBound, int limit) {
        return condenser("lookup_witness_accounts", List.of(lowerBound, limit), listOf(String.class));
    }

    /** The witness {@code account} runs, or empty when it is not a witness (steemd answers {@code null}). */
    public Request<Optional<Witness>> getWitnessByAccount(AccountName account) {
        JavaType type = mapper.constructType(Witness.class);
        return read("condenser_api.get_witness_by_account", List.of(account), result -> result.isNull()
                ? Optional.empty()
                : Optional.of(mapper.readerFor(type).readValue(result)));
    }

    /** The owner authorities {@code account} replaced in the last 30 days (the window of account recovery). */
    public Request<List<OwnerAuthorityHistory>> getOwnerHistory(AccountName account) {
        return condenser("get_owner_history", List.of(account), listOf(OwnerAuthorityHistory.class));
    }

    /**
     * Pending recovery-account changes of these accounts; an account without one is simply absent. Only
     * {@code database_api} has this call: named params, the answer wrapped in {@code requests}.
     */
    public Request<List<RecoveryAccountChange>> findChangeRecoveryAccountRequests(Collection<AccountName> accounts) {
        JavaType type = listOf(RecoveryAccountChange.class);
        return read("database_api.find_change_recovery_account_requests", Map.of("accounts", List.copyOf(accounts)),
                result -> mapper.readerFor(type).readValue(required(result, "requests")));
    }

    /** Accounts {@code follower} follows (or mutes), alphabetically from {@code start} on ("" = first); limit ≤ 1000. */
    public Request<List<Follow>> getFollowing(AccountName follower, String start, FollowKind kind, int limit) {
        return condenser("get_following", List.of(follower, start, kind.wireName(), limit), listOf(Follow.class));
    }

    public Request<FollowCount> getFollowCount(AccountName account) {
        return condenser("get_follow_count", List.of(account), FollowCount.class);
    }

    /** Resource credits; {@code rc_api} takes named params and wraps its answer in {@code rc_accounts}. */
    public Request<List<RcAccount>> findRcAccounts(Collection<AccountName> accounts) {
        JavaType type = listOf(RcAccount.class);
        return read("rc_api.find_rc_accounts", Map.of("accounts", List.copyOf(accounts)),
                result -> mapper.readerFor(type).readValue(required(result, "rc_accounts")));
    }

    /**
     * Broadcasts and waits for inclusion in a block. {@code transactionId} (the id of {@code tx}) is what the call
     * yields when a re-send finds the chain already has the transaction.
     */
    public Request<BroadcastResult> broadcastTransactionSynchronous(SignedTransaction tx) {
        String transactionId = tx.transaction().id();
        JavaType type = mapper.constructType(BroadcastResult.class);
        return Request.broadcast(service, mapper, nextId.getAndIncrement(),
                "condenser_api.broadcast_transaction_synchronous", List.of(tx),
                result -> mapper.readerFor(type).readValue(result), BroadcastResult.duplicateOf(transactionId));
    }

    private Request<List<Discussion>> discussions(String method, DiscussionQuery query) {
        return condenser(method, List.of(query), listOf(Discussion.class));
    }

    private <T> Request<T> condenser(String method, List<?> params, Class<T> type) {
        return condenser(method, params, mapper.constructType(type));
    }

    private <T> Request<T> condenser(String method, List<?> params, JavaType type) {
        return read("condenser_api." + method, params, result -> mapper.readerFor(type).readValue(result));
    }

    private <T> Request<T> read(String method, Object params, ResultReader<T> reader) {
        return Request.read(service, mapper, nextId.getAndIncrement(), method, params, reader);
    }

    private JavaType listOf(Class<?> element) {
        return mapper.getTypeFactory().constructCollectionType(List.class, element);
    }

    private static JsonNode required(JsonNode result, String member) throws IOException {
        JsonNode value = result.get(member);
        if (value == null) {
            throw new IOException("result has no " + member);
        }
        return value;
    }
}
