package org.steemdesk.app.rewards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.node.AccountStakes;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.app.stake.PostRewardState;
import org.steemdesk.app.stake.RewardPool;
import org.steemdesk.app.stake.VoteEstimate;
import org.steemdesk.app.stake.VoteEstimateException;
import org.steemdesk.app.stake.VoteRules;
import org.steemdesk.app.stake.VoteSituation;
import org.steemdesk.app.stake.VoterMana;
import org.steemdesk.app.storage.ChainObject;
import org.steemdesk.app.storage.ChainObjectCache;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.model.Account;
import org.steemdesk.chain.rpc.model.ChainConfig;
import org.steemdesk.chain.rpc.model.Discussion;
import org.steemdesk.chain.rpc.model.DynamicGlobalProperties;
import org.steemdesk.chain.rpc.model.Price;
import org.steemdesk.chain.rpc.model.RewardFund;

/**
 * Gathers what a vote's value depends on from the node and hands back a {@link VoteSituation} to estimate any weight
 * with. Five reads per post and voter (get_content, get_accounts, get_reward_fund("post"),
 * get_current_median_history_price, then get_dynamic_global_properties, last, so its head time is not older than
 * the post and manabar it values), plus get_config the first time: its constants change only with a hardfork, so it
 * is read from the cache after that. Every chain-wide object read is stored in the cache with the rest.
 */
public record NodeVoteSituations(NodeReader reader, ChainObjectCache cache, Clock clock) {
    private static final String REWARD_FUND = "post";

    /**
     * The chain state for {@code voter} voting on {@code author/permlink}, at the head block.
     *
     * @throws NodeUnreachableException no node answered
     * @throws VoteEstimateException    no such post or account, or an answer without a field the arithmetic needs
     */
    public VoteSituation situation(AccountName voter, AccountName author, Permlink permlink)
            throws NodeUnreachableException {
        JsonNode postJson = reader.raw("condenser_api.get_content", List.of(author.value(), permlink.value()));
        Discussion post = parse(postJson, Discussion.class, "get_content");
        if (post.isPlaceholder()) {
            throw new VoteEstimateException(VoteEstimateException.Kind.POST_NOT_FOUND, author + "/" + permlink,
                    "the node knows no post " + author + "/" + permlink);
        }
        Account account = account(voter);
        RewardFund fund = parse(store(ChainObject.REWARD_FUND_POST,
                reader.raw("condenser_api.get_reward_fund", List.of(REWARD_FUND))), RewardFund.class, "get_reward_fund");
        Price median = parse(store(ChainObject.CURRENT_MEDIAN_HISTORY_PRICE,
                reader.raw("condenser_api.get_current_median_history_price", List.of())), Price.class,
                "get_current_median_history_price");
        DynamicGlobalProperties props = parse(store(ChainObject.DYNAMIC_GLOBAL_PROPERTIES,
                reader.raw("condenser_api.get_dynamic_global_properties", List.of())), DynamicGlobalProperties.class,
                "get_dynamic_global_properties");
        VoteRules rules = rules(props);
        return new VoteSituation(voter.value(), rules, RewardPool.of(fund, median), PostRewardState.of(post),
                VoterMana.of(AccountStakes.stake(account), account.votingManabar(), account.downvoteManabar(), rules),
                props.time());
    }

    /** {@link #situation} with the vote of {@code weight} basis points worked out. */
    public VoteEstimate estimate(AccountName voter, AccountName author, Permlink permlink, int weight)
            throws NodeUnreachableException {
        return situation(voter, author, permlink).estimate(weight);
    }

    private Account account(AccountName voter) throws NodeUnreachableException {
        JsonNode rows = reader.raw("condenser_api.get_accounts", List.of(List.of(voter.value())));
        for (JsonNode row : rows) {
            if (voter.value().equals(row.path("name").asText())) {
                return parse(row, Account.class, "get_accounts");
            }
        }
        throw new VoteEstimateException(VoteEstimateException.Kind.ACCOUNT_NOT_FOUND, voter.value(),
                "the node knows no account " + voter);
    }

    /** The rules with the cached config; a cached config lacking a constant (an older node's) is fetched again. */
    private VoteRules rules(DynamicGlobalProperties props) throws NodeUnreachableException {
        Optional<ChainConfig> cached = cache.get(ChainObject.CONFIG).flatMap(c -> parseCached(c.value()));
        if (cached.isPresent()) {
            try {
                return VoteRules.of(props, cached.get());
            } catch (VoteEstimateException e) {
                if (!e.detail().startsWith("get_config")) {
                    throw e;
                }
            }
        }
        JsonNode config = store(ChainObject.CONFIG, reader.raw("condenser_api.get_config", List.of()));
        return VoteRules.of(props, parse(config, ChainConfig.class, "get_config"));
    }

    /** A cached config that no longer parses is simply read again from the node. */
    private Optional<ChainConfig> parseCached(String json) {
        try {
            return Optional.of(reader.mapper().readValue(json, ChainConfig.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private JsonNode store(ChainObject object, JsonNode json) {
        cache.put(object, json.toString(), clock.instant());
        return json;
    }

    /** A node answer that does not fit its type lacks something the arithmetic needs. */
    private <T> T parse(JsonNode json, Class<T> type, String method) {
        try {
            return reader.mapper().treeToValue(json, type);
        } catch (JsonProcessingException e) {
            throw new VoteEstimateException(VoteEstimateException.Kind.MISSING_FIELD, method,
                    "the node's " + method + " answer does not fit: " + e.getOriginalMessage());
        }
    }
}
