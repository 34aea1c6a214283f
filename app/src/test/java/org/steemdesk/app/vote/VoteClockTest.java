package org.steemdesk.app.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.testnode.MutableClock;

/**
 * The scheduler on a test clock: every wait it makes is recorded and "slept" by moving the clock, so the tests see
 * exactly when it would wake up and what it does then. Nothing sleeps.
 */
class VoteClockTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-15T12:00:00Z"));
    final List<Optional<Instant>> waits = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    /** Wakes to deliver, in order, instead of letting a wait run to its end: the queue changed meanwhile. */
    final Deque<Runnable> changes = new ArrayDeque<>();

    final List<Instant> dues = new ArrayList<>();
    boolean online = true;
    boolean busy;
    boolean locked;
    boolean sharp = true;
    Instant probeAt;

    final VoteClock.Target target = new VoteClock.Target() {
        @Override
        public Optional<Instant> nextDue() {
            return dues.stream().min(Instant::compareTo);
        }

        @Override
        public Optional<Instant> nextProbe(Duration precision) {
            return sharp ? Optional.empty() : Optional.of(probeAt);
        }

        @Override
        public void probe() {
            calls.add("probe " + clock.instant());
            sharp = true;
        }

        @Override
        public void prepare(Instant dueBy) throws NodeUnreachableException {
            calls.add("prepare " + clock.instant());
            if (!online) {
                throw new NodeUnreachableException("offline");
            }
        }

        @Override
        public FlushReport flushDue() {
            calls.add("flush " + clock.instant());
            if (!online) {
                return new FlushReport(List.of(), true, false);
            }
            if (busy) {
                return new FlushReport(List.of(), false, true);
            }
            List<FlushReport.Outcome> outcomes = new ArrayList<>();
            for (Instant due : List.copyOf(dues)) {
                if (!due.isAfter(clock.instant())) {
                    if (locked) {
                        outcomes.add(new FlushReport.Outcome(1, FlushReport.Kind.KEY_LOCKED, Optional.empty()));
                    } else {
                        dues.remove(due);
                        outcomes.add(new FlushReport.Outcome(1, FlushReport.Kind.SENT, Optional.empty()));
                    }
                }
            }
            return new FlushReport(outcomes, false, false);
        }
    };

    final VoteClock.Waiter waiter = new VoteClock.Waiter() {
        @Override
        public boolean await(Optional<Instant> until) {
            waits.add(until);
            if (!changes.isEmpty()) {
                changes.poll().run();
                return true;
            }
            until.ifPresent(t -> {
                if (t.isAfter(clock.instant())) {
                    clock.advance(Duration.between(clock.instant(), t));
                }
            });
            return false;
        }

        @Override
        public void wake() {
        }
    };

    final List<FlushReport> reports = new ArrayList<>();
    final List<Duration> offline = new ArrayList<>();
    final VoteClock voteClock = new VoteClock(target, clock, waiter, new VoteClock.Listener() {
        @Override
        public void sent(FlushReport report) {
            reports.add(report);
        }

        @Override
        public void offline(Duration retryIn) {
            offline.add(retryIn);
        }
    });

    void steps(int n) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            voteClock.step();
        }
    }

    long sent() {
        return reports.stream().mapToLong(r -> r.count(FlushReport.Kind.SENT)).sum();
    }

    @Test
    void wakesAtTheDueInstantNotOnAPoll() throws InterruptedException {
        Instant due = clock.instant().plus(Duration.ofMinutes(5));
        dues.add(due);

        steps(5);

        // Asleep until the lead, then it prepares, sleeps until the due instant and sends: three waits, no poll.
        assertThat(waits).containsExactly(Optional.of(due.minus(VoteClock.LEAD)), Optional.of(due), Optional.empty());
        assertThat(calls).containsExactly("prepare " + due.minus(VoteClock.LEAD), "flush " + due);
        assertThat(sent()).isEqualTo(1);
    }

    @Test
    void aVoteForNowGoesAtOnce() throws InterruptedException {
        dues.add(clock.instant());
        steps(1);
        assertThat(waits).isEmpty();
        assertThat(calls).containsExactly("flush " + clock.instant());
    }

    @Test
    void aVoteAddedWhileWaitingReArmsTheClock() throws InterruptedException {
        Instant later = clock.instant().plus(Duration.ofHours(1));
        Instant sooner = clock.instant().plus(Duration.ofMinutes(2));
        dues.add(later);
        changes.add(() -> dues.add(sooner));

        steps(5);

        assertThat(waits.get(0)).contains(later.minus(VoteClock.LEAD));
        assertThat(waits.get(1)).contains(sooner.minus(VoteClock.LEAD));
        assertThat(calls).containsExactly("prepare " + sooner.minus(VoteClock.LEAD), "flush " + sooner);
    }

    @Test
    void aCancelledVoteIsNotWaitedFor() throws InterruptedException {
        Instant due = clock.instant().plus(Duration.ofMinutes(2));
        dues.add(due);
        changes.add(dues::clear);

        steps(2);

        assertThat(waits).containsExactly(Optional.of(due.minus(VoteClock.LEAD)), Optional.empty());
        assertThat(calls).isEmpty();
    }

    @Test
    void theChainClockIsSharpenedBeforeTheStateIsFetched() throws InterruptedException {
        Instant due = clock.instant().plus(Duration.ofMinutes(1));
        dues.add(due);
        sharp = false;
        Instant lead = due.minus(VoteClock.LEAD);
        probeAt = lead.plusMillis(500);

        steps(6);

        assertThat(calls).containsExactly("probe " + lead.plusMillis(500), "prepare " + lead.plusMillis(500),
                "flush " + due);
    }

    @Test
    void noNodeBacksOffUpToAMinuteAndKeepsTheVote() throws InterruptedException {
        dues.add(clock.instant());
        online = false;

        steps(9);

        assertThat(offline).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(32), Duration.ofSeconds(60),
                Duration.ofSeconds(60), Duration.ofSeconds(60));
        assertThat(dues).hasSize(1);
        online = true;
        steps(1);
        assertThat(sent()).isEqualTo(1);
    }

    @Test
    void anotherProcessSendingIsWaitedForBriefly() throws InterruptedException {
        dues.add(clock.instant());
        busy = true;
        steps(1);
        assertThat(waits).containsExactly(Optional.of(clock.instant()));
        assertThat(dues).hasSize(1);
        busy = false;
        steps(1);
        assertThat(sent()).isEqualTo(1);
    }

    @Test
    void aVoteThatCannotGoIsTriedAgainLaterOrWhenSomethingChanges() throws InterruptedException {
        Instant start = clock.instant();
        dues.add(start);
        locked = true;
        steps(1);
        assertThat(waits).containsExactly(Optional.of(start.plus(VoteClock.STUCK_RETRY)));

        changes.add(() -> locked = false);
        steps(2);
        assertThat(sent()).isEqualTo(1);
    }

    @Test
    void closingEndsTheLoop() {
        voteClock.close();
        voteClock.run();
        assertThat(voteClock.isClosed()).isTrue();
        assertThat(calls).isEmpty();
    }
}
