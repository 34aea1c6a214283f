package org.steemdesk.app.rewards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.app.storage.ChainObject;
import org.steemdesk.app.storage.ChainObjectCache;
import org.steemdesk.app.storage.HistoryCache;
import org.steemdesk.app.storage.StorageException;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VoteQueue;
import org.steemdesk.app.vote.VoteState;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.rpc.model.DynamicGlobalProperties;

/**
 * Reward analytics over the local cache only (no node): the account's rewards from its cached history, summed per
 * period, and per vote against what Steemdesk recorded when it sent the vote.
 */
public final class RewardAnalytics {

    private final HistoryCache history;
    private final ChainObjectCache chain;
    private final VoteQueue queue;
    private final VoteRecords records;
    private final ObjectMapper mapper;

    public RewardAnalytics(HistoryCache history, ChainObjectCache chain, VoteQueue queue, VoteRecords records,
                           ObjectMapper mapper) {
        this.history = Objects.requireNonNull(history, "history");
        this.chain = Objects.requireNonNull(chain, "chain");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.records = Objects.requireNonNull(records, "records");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** Every cached reward of the account, oldest first. */
    public List<RewardEvent> events(AccountName account) {
        return history.newest(account, RewardEvent.OP_NAMES, Integer.MAX_VALUE).stream()
                .map(e -> RewardEvent.of(e, account.value(), mapper))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingLong(RewardEvent::index))
                .toList();
    }

    /**
     * The SP rate of the cached dynamic global properties, if cached. It is today's rate applied to all of history:
     * the chain keeps no past rates, and VESTS are what was paid.
     */
    public Optional<VestingPrice> vestingPrice() {
        return chain.get(ChainObject.DYNAMIC_GLOBAL_PROPERTIES).map(cached -> {
            try {
                DynamicGlobalProperties p = mapper.readValue(cached.value(), DynamicGlobalProperties.class);
                return new VestingPrice(p.totalVestingFundSteem(), p.totalVestingShares());
            } catch (JsonProcessingException e) {
                throw new StorageException("cached dynamic global properties are not readable", e);
            }
        });
    }

    /** Rewards summed per period, in order; periods without rewards are left out. */
    public static List<PeriodTotals> totals(List<RewardEvent> events, RewardPeriod period) {
        Map<LocalDate, Map<RewardKind, RewardAmounts>> sums = new TreeMap<>();
        for (RewardEvent e : events) {
            sums.computeIfAbsent(period.start(e.time()), d -> new EnumMap<>(RewardKind.class))
                    .merge(e.kind(), e.amounts(), RewardAmounts::plus);
        }
        List<PeriodTotals> out = new ArrayList<>();
        sums.forEach((start, byKind) -> out.add(new PeriodTotals(period, start, byKind)));
        return List.copyOf(out);
    }

    /**
     * Each curation reward, oldest first, with the vote Steemdesk sent for that post (the latest sent one, as a
     * later vote on the same post replaced the earlier on chain) and what was recorded when it went.
     */
    public List<VoteReturn> voteReturns(AccountName account, List<RewardEvent> events) {
        Map<String, VoteIntent> sent = new TreeMap<>();
        for (VoteIntent i : queue.all()) {
            if (i.account().equals(account) && i.state() == VoteState.SENT) {
                sent.merge(i.author().value() + "/" + i.permlink().value(), i,
                        (a, b) -> a.id() > b.id() ? a : b);
            }
        }
        List<VoteReturn> out = new ArrayList<>();
        for (RewardEvent e : events) {
            if (e.kind() != RewardKind.CURATION) {
                continue;
            }
            Optional<VoteIntent> intent = Optional.ofNullable(sent.get(e.author() + "/" + e.permlink()));
            Optional<VoteRecord> record = intent.flatMap(i -> records.find(i.id()));
            out.add(new VoteReturn(e.author(), e.permlink(), e.time(), e.amounts().vests(),
                    record.map(VoteRecord::votedAt).or(() -> intent.map(VoteIntent::updatedAt)),
                    record.flatMap(VoteRecord::postAge), record.flatMap(VoteRecord::estimatedValue)));
        }
        return List.copyOf(out);
    }
}
