package org.steemdesk.chain.operation;

import java.util.function.Function;

/** One field of an operation: its snake_case name as steemd prints it, its wire type and how to read it. */
public record OperationField(String name, FieldType type, Function<Operation, Object> accessor) {
    public Object valueOf(Operation operation) {
        return accessor.apply(operation);
    }
}
