package org.steemdesk.app.vote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.stake.Manabar;
import org.steemdesk.app.stake.VoteEstimateException;
import org.steemdesk.app.stake.VoteSituation;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;

/**
 * The chain state a scheduled vote depends on (post, voter's mana, reward fund, prices: a {@link VoteSituation}),
 * fetched a few seconds before the vote is due, so that at the due instant the send needs no read but the head
 * block for TaPoS: the post's payout window, the mana floor and the estimate recorded for the analytics all come from
 * here. What is not prepared (a vote for "now") is looked up as before. Kept in memory only, for
 * {@link #FRESH_FOR}.
 */
public final class VoteLookahead {
    /** Older than this, a prepared state is not trusted for a payout-window or mana decision. */
    static final Duration FRESH_FOR = Duration.ofSeconds(60);

    /** Where situations come from ({@code NodeVoteSituations}: five reads each). */
    @FunctionalInterface
    public interface Source {
        VoteSituation situation(AccountName voter, AccountName author, Permlink permlink)
                throws NodeUnreachableException;
    }

    private record Key(AccountName voter, AccountName author, Permlink permlink) {
    }

    private record Prepared(VoteSituation situation, Instant fetchedAt) {
    }

    private final Map<Key, Prepared> prepared = new ConcurrentHashMap<>();
    private final Clock clock;
    private final ChainClock chainClock;

    public VoteLookahead(Clock clock, ChainClock chainClock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.chainClock = Objects.requireNonNull(chainClock, "chainClock");
    }

    /**
     * Fetches the chain state of each intent now. A vote that cannot be valued (a paid-out post…) is left to the
     * send, which refuses it with the same reads as ever; no node answering stops here.
     *
     * @return how many intents are prepared
     */
    public int prepare(List<VoteIntent> intents, Source source) throws NodeUnreachableException {
        forgetStale();
        int count = 0;
        for (VoteIntent intent : intents) {
            try {
                VoteSituation s = source.situation(intent.account(), intent.author(), intent.permlink());
                prepared.put(key(intent.account(), intent.author(), intent.permlink()), new Prepared(s,
                        clock.instant()));
                count++;
            } catch (VoteEstimateException cannotBeValued) {
                prepared.remove(key(intent.account(), intent.author(), intent.permlink()));
            }
        }
        return count;
    }

    /** Whether the intent's chain state is prepared and fresh. */
    public boolean isPrepared(VoteIntent intent) {
        return find(key(intent.account(), intent.author(), intent.permlink())).isPresent();
    }

    /** The intent's prepared chain state as at the chain's head now (mana regenerated, the post older). */
    public Optional<VoteSituation> situation(VoteIntent intent) {
        return find(key(intent.account(), intent.author(), intent.permlink())).map(this::now);
    }

    /** Post timing from a prepared state where there is one, else from {@code fallback}. */
    public PostLookup posts(PostLookup fallback) {
        Objects.requireNonNull(fallback, "fallback");
        return (author, permlink) -> {
            Optional<Prepared> p = prepared.entrySet().stream()
                    .filter(e -> e.getKey().author().equals(author) && e.getKey().permlink().equals(permlink))
                    .map(Map.Entry::getValue)
                    .filter(this::fresh)
                    .max(Comparator.comparing(Prepared::fetchedAt));
            if (p.isEmpty()) {
                return fallback.timing(author, permlink);
            }
            VoteSituation s = now(p.get());
            return Optional.of(new PostTiming(s.post().created(), s.post().cashoutTime().orElse(PostTiming.PAID_OUT),
                    s.headTime()));
        };
    }

    /** The voter's manabar from a prepared state where there is one, else from {@code fallback}. */
    public VotingManaLookup mana(VotingManaLookup fallback) {
        Objects.requireNonNull(fallback, "fallback");
        return account -> {
            Optional<Manabar> bar = prepared.entrySet().stream()
                    .filter(e -> e.getKey().voter().equals(account))
                    .map(Map.Entry::getValue)
                    .filter(this::fresh)
                    .max(Comparator.comparing(Prepared::fetchedAt))
                    .map(p -> p.situation().mana().voting());
            return bar.isPresent() ? bar.get() : fallback.votingManabar(account);
        };
    }

    private Optional<Prepared> find(Key key) {
        return Optional.ofNullable(prepared.get(key)).filter(this::fresh);
    }

    private boolean fresh(Prepared p) {
        return !clock.instant().isAfter(p.fetchedAt().plus(FRESH_FOR));
    }

    /** Seen at the chain's head now: by the chain clock, else the fetch's head plus the time since. */
    private VoteSituation now(Prepared p) {
        Instant fetchedHead = p.situation().headTime();
        Instant head = chainClock.headTime()
                .orElse(fetchedHead.plus(Duration.between(p.fetchedAt(), clock.instant())));
        return head.isAfter(fetchedHead) ? p.situation().at(head) : p.situation();
    }

    private void forgetStale() {
        prepared.values().removeIf(p -> !fresh(p));
    }

    private static Key key(AccountName voter, AccountName author, Permlink permlink) {
        return new Key(voter, author, permlink);
    }
}
