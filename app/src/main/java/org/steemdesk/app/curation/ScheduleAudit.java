package org.steemdesk.app.curation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.app.vote.FlushReport;
import org.steemdesk.app.vote.VoteFailure;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VoteQueue;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;

/**
 * Explains what a flush did to scheduled votes whose time passed while Steemdesk was closed. The flusher already
 * does the right thing (a due vote goes if its post still takes votes, else it fails with
 * {@link VoteFailure#POST_PAID_OUT}); this only picks those cases out of its report so the user is told.
 */
public record ScheduleAudit(VoteQueue queue) {

    /**
     * A scheduled vote sent more than this after its time was missed rather than just picked up by the next
     * regular flush.
     */
    public static final Duration LATE_AFTER = Duration.ofMinutes(5);

    public List<Note> explain(FlushReport report) {
        List<Note> notes = new ArrayList<>();
        for (FlushReport.Outcome outcome : report.outcomes()) {
            Optional<VoteIntent> found = queue.get(outcome.intentId());
            if (found.isEmpty()) {
                continue;
            }
            VoteIntent intent = found.get();
            boolean scheduled = intent.notBefore().isPresent() || intent.atAge().isPresent();
            if (!scheduled) {
                continue;
            }
            if (outcome.kind() == FlushReport.Kind.SENT && intent.notBefore().isPresent()
                    && Duration.between(intent.notBefore().get(), intent.updatedAt()).compareTo(LATE_AFTER) > 0) {
                notes.add(new Note(intent.id(), intent.account(), intent.author(), intent.permlink(), Kind.SENT_LATE,
                        intent.notBefore(), intent.updatedAt()));
            } else if (outcome.kind() == FlushReport.Kind.FAILED
                    && outcome.reason().equals(Optional.of(VoteFailure.POST_PAID_OUT))) {
                notes.add(new Note(intent.id(), intent.account(), intent.author(), intent.permlink(),
                        Kind.SKIPPED_PAYOUT_CLOSED, intent.notBefore(), intent.updatedAt()));
            }
        }
        return List.copyOf(notes);
    }

    public enum Kind {
        /** Its time passed while Steemdesk was closed; the post still took votes, so it went now. */
        SENT_LATE,
        /** Its time passed while Steemdesk was closed and the post's payout window has closed: not sent. */
        SKIPPED_PAYOUT_CLOSED
    }

    /** {@code scheduledAt} is empty for an at-age vote whose post was paid out before its time was ever known. */
    public record Note(long intentId, AccountName account, AccountName author, Permlink permlink, Kind kind,
                       Optional<Instant> scheduledAt, Instant at) {
        public Note {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(scheduledAt, "scheduledAt");
            Objects.requireNonNull(at, "at");
        }

        public Optional<Duration> lateBy() {
            return scheduledAt.map(s -> Duration.between(s, at));
        }
    }
}
