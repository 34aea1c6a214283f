package org.steemdesk.chain.rpc;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.steemdesk.chain.rpc.model.Discussion;
import org.steemdesk.chain.rpc.model.DiscussionQuery;
import org.steemdesk.chain.rpc.model.DynamicGlobalProperties;
import org.steemdesk.chain.rpc.model.Price;
import org.steemdesk.chain.rpc.model.RcAccount;
import org.steemdesk.chain.rpc.model.RewardFund;
import org.steemdesk.chain.rpc.model.SavingsWithdrawal;
import org.steemdesk.chain.rpc.model.VestingDelegation;
import org.steemdesk.chain.rpc.model.WithdrawRoute;
import org.steemdesk.chain.transaction.SignedTransaction;

/**
 * The node calls Steemdesk uses, one method per call, each returning a {@link Request} to {@code send()} or
 * {@code sendAsync()}. Calls go to {@code condenser_api} with positional params, except {@code rc_api}.
 */
public final class CondenserApi {
    private final RpcService service;
    private final ObjectMapper mapper;
    private final AtomicLong nextId = new AtomicLong(1);

    public CondenserApi(RpcService service, ObjectMapper mapper) {
        this.service = Objects.requireNonNull(service, "service");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    public Request<DynamicGlobalProperties> getDynamicGlobalProperties() {
        return condenser("get_dynamic_global_properties", List.of(), DynamicGlobalProperties.class);
    }

    public Request<ChainConfig> getConfig() {
        return condenser("get_config", List.of(), ChainConfig.class);
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
