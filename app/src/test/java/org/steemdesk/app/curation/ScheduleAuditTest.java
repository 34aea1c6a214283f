package org.steemdesk.app.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.curation.ScheduleAudit.Kind;
import org.steemdesk.app.outbox.SignedTransactionData;
import org.steemdesk.app.storage.OnCacheDatabase;
import org.steemdesk.app.vote.FlushReport.Outcome;
import org.steemdesk.app.vote.FlushReport;
import org.steemdesk.app.vote.VoteFailure;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VoteRequest;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;

/** The queue states here are what the flusher leaves behind (see VoteQueueFlusherTest); the audit only reads them. */
class ScheduleAuditTest extends OnCacheDatabase {
    final AccountName bob = AccountName.of("bob");
    final AccountName alice = AccountName.of("alice");
    final Instant recorded = Instant.parse("2026-03-01T08:00:00Z");
    final Instant scheduled = Instant.parse("2026-03-01T09:00:00Z");

    VoteIntent sentAt(VoteRequest request, Instant sent) {
        VoteIntent i = queue.record(request, recorded);
        String txId = String.format("%040x", i.id());
        queue.claim(i.id(), new SignedTransactionData("{}", txId, sent.plusSeconds(60)), sent);
        queue.markSent(i.id(), sent);
        return i;
    }

    VoteRequest vote(String permlink) {
        return VoteRequest.now(bob, alice, Permlink.of(permlink), 10_000);
    }

    @Test
    void aScheduledVoteSentHoursAfterItsTimeIsSentLate() {
        VoteIntent late = sentAt(vote("late").withNotBefore(scheduled), scheduled.plus(Duration.ofHours(3)));
        VoteIntent onTime = sentAt(vote("on-time").withNotBefore(scheduled), scheduled.plusSeconds(30));
        VoteIntent unscheduled = sentAt(vote("now"), scheduled.plus(Duration.ofHours(3)));
        FlushReport report = new FlushReport(List.of(new Outcome(late.id(), FlushReport.Kind.SENT, Optional.empty()),
                new Outcome(onTime.id(), FlushReport.Kind.SENT, Optional.empty()),
                new Outcome(unscheduled.id(), FlushReport.Kind.SENT, Optional.empty())), false, false);

        List<ScheduleAudit.Note> notes = new ScheduleAudit(queue).explain(report);

        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Kind.SENT_LATE);
            assertThat(n.permlink()).isEqualTo(Permlink.of("late"));
            assertThat(n.scheduledAt()).contains(scheduled);
            assertThat(n.lateBy()).contains(Duration.ofHours(3));
        });
    }

    @Test
    void aScheduledVoteWhosePostPaidOutMeanwhileIsReportedSkipped() {
        VoteIntent atAge = queue.record(vote("aged").withAtAge(Duration.ofMinutes(15)), recorded);
        Instant restart = recorded.plus(Duration.ofDays(8));
        queue.markFailed(atAge.id(), VoteFailure.POST_PAID_OUT, Optional.empty(), restart);
        FlushReport report = new FlushReport(List.of(new Outcome(atAge.id(), FlushReport.Kind.FAILED,
                Optional.of(VoteFailure.POST_PAID_OUT))), false, false);

        assertThat(new ScheduleAudit(queue).explain(report)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Kind.SKIPPED_PAYOUT_CLOSED);
            assertThat(n.scheduledAt()).isEmpty();
            assertThat(n.at()).isEqualTo(restart);
        });
    }
}
