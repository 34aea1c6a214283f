package org.steemdesk.chain.operation;

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
}
