package org.steemdesk.app.account;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.steemdesk.app.node.AccountStakes;
import org.steemdesk.app.stake.ResourceCredits;
import org.steemdesk.app.vote.VoteQueue;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.chain.rpc.NodeHealth;
import org.steemdesk.chain.rpc.NodePool;
import org.steemdesk.chain.rpc.RpcException;
import org.steemdesk.chain.rpc.model.DynamicGlobalProperties;

/**
 * The account status use case: asks the pool for the head block (which also refreshes the pool's view of its
 * nodes), then the account's voting mana (with {@link AccountStakes}' reading of pre-HF20 accounts) and RC, and
 * counts the waiting votes. Blocks on the network: for background threads.
 */
public record AccountStatus(Supplier<NodePool> pool, Supplier<VoteQueue> queue, Clock clock) {

    public StatusReport poll(Optional<AccountName> account) {
        Instant now = clock.instant();
        NodePool nodes = pool.get();
        CondenserApi api = new CondenserApi(nodes, SteemJson.mapper());
        Optional<DynamicGlobalProperties> head = fetch(() -> api.getDynamicGlobalProperties().send());
        Optional<URI> node = head.flatMap(h -> lastAnswering(nodes.health()));
        Optional<Duration> lag = head.map(h -> Duration.between(h.time(), now))
                .map(d -> d.isNegative() ? Duration.ZERO : d);
        OptionalInt mana = OptionalInt.empty();
        OptionalInt rc = OptionalInt.empty();
        if (account.isPresent() && head.isPresent()) {
            List<AccountName> names = List.of(account.get());
            mana = fetch(() -> api.getAccounts(names).send()).flatMap(list -> list.stream().findFirst())
                    .map(a -> OptionalInt.of(AccountStakes.votingManabar(a).at(now).percentBasisPoints()))
                    .orElse(OptionalInt.empty());
            rc = fetch(() -> api.findRcAccounts(names).send()).flatMap(list -> list.stream().findFirst())
                    .map(r -> OptionalInt.of(ResourceCredits.percentBasisPoints(r.maxRc(), r.rcManabar().currentMana(),
                            Instant.ofEpochSecond(r.rcManabar().lastUpdateTime()), now)))
                    .orElse(OptionalInt.empty());
        }
        return new StatusReport(head.isPresent(), node, lag, mana, rc, queue.get().waiting().size());
    }

    private static Optional<URI> lastAnswering(List<NodeHealth> health) {
        return health.stream().filter(h -> h.lastSuccess().isPresent())
                .max(Comparator.comparing(h -> h.lastSuccess().orElseThrow()))
                .map(NodeHealth::url);
    }

    private static <T> Optional<T> fetch(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (RpcException e) {
            return Optional.empty();
        }
    }
}
