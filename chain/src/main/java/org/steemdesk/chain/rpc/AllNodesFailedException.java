package org.steemdesk.chain.rpc;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * No node gave an answer: every allowed round was tried, or the request's deadline ran out. The last failure is the
 * cause and is named in the message (which node, and what it did); {@link #reason()} is the stable kind the app
 * translates.
 */
public final class AllNodesFailedException extends RpcException {
    /** Why no answer came. */
    public enum Reason {
        /** Every node failed in every round (down, refusing, garbage, too large...). */
        NO_ANSWER,
        /** The request's whole deadline ran out; the last failure names the node that used it up. */
        DEADLINE,
        /** Every node failed the clock check: its head block time is too far behind, ahead, or from the others'. */
        NO_TRUSTED_CLOCK,
        /**
         * Every node that answered is ahead of this computer's clock by about the same amount: this computer's clock
         * is behind, not the nodes.
         */
        LOCAL_CLOCK_BEHIND
    }

    private final transient List<RpcException> failures;
    private final Reason reason;
    private final transient Duration deadline;

    public AllNodesFailedException(String method, List<RpcException> failures) {
        this(method, failures, Reason.NO_ANSWER, Optional.empty());
    }

    public AllNodesFailedException(String method, List<RpcException> failures, Reason reason,
            Optional<Duration> deadline) {
        super(message(method, failures, reason, deadline),
                failures.isEmpty() ? null : failures.get(failures.size() - 1));
        this.failures = List.copyOf(failures);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.deadline = deadline.orElse(null);
        // The last failure is the cause; the earlier ones are kept as suppressed for the log.
        this.failures.stream().limit(Math.max(0, this.failures.size() - 1)).forEach(this::addSuppressed);
    }

    private static String message(String method, List<RpcException> failures, Reason reason,
            Optional<Duration> deadline) {
        String head = "no node answered " + method
                + (reason == Reason.DEADLINE ? deadline.map(d -> " within " + TransportException.seconds(d)).orElse("")
                        : "")
                + " (" + failures.size() + " attempts)";
        String tail = switch (reason) {
            case LOCAL_CLOCK_BEHIND -> "; every node is ahead of this computer's clock by about the same amount:"
                    + " this computer's clock is probably behind";
            default -> "";
        };
        return failures.isEmpty() ? head + tail : head + tail + "; last: " + failures.get(failures.size() - 1)
                .getMessage();
    }

    /** Each attempt's failure, in order. */
    public List<RpcException> failures() {
        return failures;
    }

    public Reason reason() {
        return reason;
    }

    /** For {@link Reason#DEADLINE}: the request's whole budget, which ran out. */
    public Optional<Duration> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** The last attempt's failure when it was the node's fault (it names the node and what happened). */
    public Optional<TransportException> lastTransportFailure() {
        return failures.isEmpty() || !(failures.get(failures.size() - 1) instanceof TransportException t)
                ? Optional.empty() : Optional.of(t);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
