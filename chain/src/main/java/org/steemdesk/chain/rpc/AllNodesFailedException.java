package org.steemdesk.chain.rpc;

import java.util.List;

/** Every node was tried, for every allowed round, and none gave an answer; the last failure is the cause. */
public final class AllNodesFailedException extends RpcException {
    private final transient List<RpcException> failures;

    public AllNodesFailedException(String method, List<RpcException> failures) {
        super("no node answered " + method + " (" + failures.size() + " attempts)",
                failures.isEmpty() ? null : failures.get(failures.size() - 1));
        this.failures = List.copyOf(failures);
        // The last failure is the cause; the earlier ones are kept as suppressed for the log.
        this.failures.stream().limit(Math.max(0, this.failures.size() - 1)).forEach(this::addSuppressed);
    }

    /** Each attempt's failure, in order. */
    public List<RpcException> failures() {
        return failures;
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
