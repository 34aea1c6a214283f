package org.steemdesk.chain.operation;

import java.util.Optional;

/** An operation Steemdesk models field by field, so it can be serialized to steemd's bytes and signed. */
public interface KnownOperation extends Operation {
    OperationType<?> type();

    @Override
    default String name() {
        return type().name();
    }

    @Override
    default int wireId() {
        return type().wireId();
    }

    /**
     * What steemd's {@code validate()} refuses in an operation that is otherwise well formed, in steemd's words:
     * a proxy or a delegation to oneself, a claim of nothing. dsteem serializes and signs such operations, so
     * Steemdesk reads them as well ({@code tx inspect}, {@code tx sign}); whatever builds an operation to broadcast
     * checks this first. Empty when steemd's {@code validate()} accepts the operation.
     */
    default Optional<String> validationError() {
        return Optional.empty();
    }
}
