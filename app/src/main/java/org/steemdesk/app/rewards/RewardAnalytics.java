package org.steemdesk.app.rewards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.steemdesk.app.node.AccountStakes;
import org.steemdesk.app.stake.StakeMath;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.app.storage.AccountCache;
import org.steemdesk.app.storage.ChainObject;
import org.steemdesk.app.storage.ChainObjectCache;
import org.steemdesk.app.storage.HistoryCache;
import org.steemdesk.app.storage.StorageException;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VoteQueue;
import org.steemdesk.app.vote.VoteState;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.rpc.model.Account;
import org.steemdesk.chain.rpc.model.DynamicGlobalProperties;

/**
 * Reward analytics over the local cache only (no node): the account's rewards from its cached history, summed per
 * period, and per vote against what Steemdesk recorded when it sent the vote.
 *
 * @param accounts the cached accounts, whose stake the APR is computed on
 */
public record RewardAnalytics(HistoryCache history, ChainObjectCache chain, VoteQueue queue, VoteRecords records,
                              ObjectMapper mapper, Optional<AccountCache> accounts) {
    public RewardAnalytics(HistoryCache history, ChainObjectCache chain, VoteQueue queue, VoteRecords records,
                           ObjectMapper mapper) {
        this(history, chain, queue, records, mapper, Optional.empty());
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
                    record.flatMap(VoteRecord::postAge), record.flatMap(VoteRecord::estimatedValue),
                    record.flatMap(VoteRecord::expectedCuration)));
        }
        return List.copyOf(out);
    }

    /**
     * The account's curation analytics as at {@code asOf}: each curation reward with its vote, the rewards per
     * {@code period} with the curation APR, and the last 7 days, the last 30 days and all time.
     */
    public CurationSummary summary(AccountName account, RewardPeriod period, Instant asOf) {
        List<RewardEvent> events = events(account);
        Optional<VestingPrice> price = vestingPrice();
        Optional<Asset> stake = price.flatMap(p -> effectiveVests(account).map(p::toSteem));
        List<VoteReturn> votes = voteReturns(account, events);
        List<CurationSummary.PeriodYield> periods = totals(events, period).stream()
                .map(t -> new CurationSummary.PeriodYield(t, price.flatMap(p -> CurationSummary.apr(
                        t.of(RewardKind.CURATION).sp(p), stake, BigDecimal.valueOf(period.days(t.start()))))))
                .toList();
        return new CurationSummary(account, asOf, price, stake, votes, periods,
                window(events, votes, Optional.of(Duration.ofDays(7)), asOf, price, stake),
                window(events, votes, Optional.of(Duration.ofDays(30)), asOf, price, stake),
                window(events, votes, Optional.empty(), asOf, price, stake));
    }

    private static CurationSummary.Window window(List<RewardEvent> events, List<VoteReturn> votes,
                                                 Optional<Duration> span, Instant asOf,
                                                 Optional<VestingPrice> price, Optional<Asset> stake) {
        Instant from = span.map(asOf::minus).orElse(Instant.MIN);
        EnumMap<RewardKind, RewardAmounts> sums = new EnumMap<>(RewardKind.class);
        for (RewardKind kind : RewardKind.values()) {
            sums.put(kind, RewardAmounts.ZERO);
        }
        int curationRewards = 0;
        Instant first = asOf;
        for (RewardEvent e : events) {
            if (e.time().isAfter(from) && !e.time().isAfter(asOf)) {
                sums.merge(e.kind(), e.amounts(), RewardAmounts::plus);
                curationRewards += e.kind() == RewardKind.CURATION ? 1 : 0;
                first = e.time().isBefore(first) ? e.time() : first;
            }
        }
        // All time runs from the first reward; a part of a day counts as one.
        long seconds = span.orElse(Duration.between(first, asOf)).toSeconds();
        BigDecimal days = BigDecimal.valueOf(Math.max(seconds, 86_400)).divide(BigDecimal.valueOf(86_400), 6,
                RoundingMode.HALF_EVEN);
        RewardAmounts curation = sums.get(RewardKind.CURATION);
        List<VoteReturn> inWindow = votes.stream().filter(v -> v.paidAt().isAfter(from) && !v.paidAt().isAfter(asOf))
                .toList();
        return new CurationSummary.Window(span, curation, sums.get(RewardKind.AUTHOR),
                sums.get(RewardKind.BENEFICIARY), curationRewards,
                price.flatMap(p -> CurationSummary.apr(curation.sp(p), stake, days)),
                price.flatMap(p -> efficiency(inWindow, p)));
    }

    /** Realised over expected curation of the votes that have an expectation, in percent. */
    private static Optional<BigDecimal> efficiency(List<VoteReturn> votes, VestingPrice price) {
        long realised = 0;
        long expected = 0;
        for (VoteReturn v : votes) {
            if (v.expectedCuration().isPresent() && v.expectedCuration().get().amount() > 0) {
                realised += v.curationSp(price).amount();
                expected += v.expectedCuration().get().amount();
            }
        }
        return expected == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(realised).multiply(
                BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_EVEN));
    }

    /** The account's effective stake from the cache: own − delegated + received − this week's power-down. */
    private Optional<Asset> effectiveVests(AccountName account) {
        return accounts.flatMap(cache -> cache.get(account)).map(cached -> {
            try {
                return StakeMath.effectiveVestingShares(AccountStakes.stake(mapper.readValue(cached.value(),
                        Account.class)));
            } catch (JsonProcessingException e) {
                throw new StorageException("the cached account " + account + " is not readable", e);
            }
        });
    }
}
