package org.steemdesk.app.curation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.account.OnChainAccounts;
import org.steemdesk.app.account.UnknownAccountException;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.app.storage.ChainObject;
import org.steemdesk.app.storage.ChainObjectCache;
import org.steemdesk.app.vote.VoteQueue;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.rpc.AllNodesFailedException;
import org.steemdesk.chain.rpc.model.DynamicGlobalProperties;

/**
 * The curation use case: the trail of favourite authors, tags and curators with their rules, and one run of it (new
 * posts of the trail get scheduled votes in the queue; sending stays with the vote clock). The desktop and the
 * curation runner run it every minute, the CLI on demand. For background threads.
 */
public record Curation(Supplier<CacheDatabase> db, Supplier<NodeReader> reader, Supplier<OnChainAccounts> accounts,
                       Clock clock) {

    /** The trails (per account) and their rules (for every account). */
    public CurationTrail trail() {
        return new CurationTrail(db.get());
    }

    /**
     * Adds the entry to the account's trail (or changes its weight and rules) once every account it names — the
     * author or curator, and its author lists — exists on chain.
     *
     * @throws UnknownAccountException  an account the entry names does not exist
     * @throws NodeUnreachableException no node answered, so nothing could be checked (nothing was added)
     */
    public void add(AccountName account, TrailEntry entry) throws NodeUnreachableException {
        List<AccountName> named = new ArrayList<>();
        if (entry.source() != TrailSource.TAG) {
            named.add(AccountName.of(entry.name()));
        }
        named.addAll(entry.rules().authors());
        named.addAll(entry.rules().excludeAuthors());
        try {
            OnChainAccounts chain = accounts.get();
            for (AccountName name : named) {
                chain.account(name);
            }
        } catch (AllNodesFailedException e) {
            throw new NodeUnreachableException("no node answered to check " + named, e);
        }
        trail().add(account, entry);
    }

    /** Looks for new posts of the account's trail once and queues their votes; it never signs or sends. */
    public TrailReport run(AccountName account) {
        CacheDatabase cache = db.get();
        NodeReader node = reader.get();
        return new TrailRunner(new CurationTrail(cache), new CondenserTrailPosts(node.api()),
                new VoteQueue(cache, new Outbox(cache)), clock, () -> chainNow(node)).run(account);
    }

    /**
     * The chain's reverse auction (the trail's default vote age): from the cached global properties, else as a node
     * states it now; empty when neither knows.
     */
    public Optional<Duration> reverseAuction() {
        Optional<Duration> cached = new ChainObjectCache(db.get()).get(ChainObject.DYNAMIC_GLOBAL_PROPERTIES)
                .flatMap(c -> {
                    try {
                        JsonNode seconds = SteemJson.mapper().readTree(c.value()).path("reverse_auction_seconds");
                        return seconds.canConvertToLong() ? Optional.of(Duration.ofSeconds(seconds.asLong()))
                                : Optional.empty();
                    } catch (JsonProcessingException unreadable) {
                        return Optional.empty();
                    }
                });
        if (cached.isPresent()) {
            return cached;
        }
        try {
            return Optional.of(chainNow(reader.get()).reverseAuction());
        } catch (NodeUnreachableException e) {
            return Optional.empty();
        }
    }

    private static TrailRunner.ChainNow chainNow(NodeReader node) throws NodeUnreachableException {
        DynamicGlobalProperties head = node.send(node.api().getDynamicGlobalProperties());
        int reverseAuction = head.reverseAuctionSeconds().orElseThrow(() -> new NodeUnreachableException(
                "the node's head block states no reverse_auction_seconds"));
        return new TrailRunner.ChainNow(head.time(), Duration.ofSeconds(reverseAuction));
    }
}
