package org.steemdesk.chain.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The description of one operation kind: condenser name, static_variant id, fields in steemd's order and the
 * constructor that builds it from field values (in the same order and Java types as {@link FieldType} documents).
 */
public final class OperationType<T extends KnownOperation> {
    private final String name;
    private final int wireId;
    private final Class<T> javaType;
    private final List<OperationField> fields;
    private final Function<Object[], T> constructor;

    private OperationType(String name, int wireId, Class<T> javaType, List<OperationField> fields,
            Function<Object[], T> constructor) {
        this.name = name;
        this.wireId = wireId;
        this.javaType = javaType;
        this.fields = List.copyOf(fields);
        this.constructor = constructor;
    }

    static <T extends KnownOperation> Builder<T> define(String name, int wireId, Class<T> javaType) {
        return new Builder<>(name, wireId, javaType);
    }

    public String name() {
        return name;
    }

    public int wireId() {
        return wireId;
    }

    public Class<T> javaType() {
        return javaType;
    }

    public List<OperationField> fields() {
        return fields;
    }

    /** Builds the operation; the constructor's validation errors propagate as IllegalArgumentException. */
    public T create(Object[] values) {
        if (values.length != fields.size()) {
            throw new IllegalArgumentException(name + " has " + fields.size() + " fields, got " + values.length);
        }
        return constructor.apply(values);
    }

    @Override
    public String toString() {
        return name + "(" + wireId + ")";
    }

    static final class Builder<T extends KnownOperation> {
        private final String name;
        private final int wireId;
        private final Class<T> javaType;
        private final List<OperationField> fields = new ArrayList<>();

        private Builder(String name, int wireId, Class<T> javaType) {
            this.name = name;
            this.wireId = wireId;
            this.javaType = javaType;
        }

        Builder<T> field(String fieldName, FieldType type, Function<T, ?> getter) {
            fields.add(new OperationField(fieldName, type, op -> getter.apply(javaType.cast(op))));
            return this;
        }

        OperationType<T> build(Function<Object[], T> constructor) {
            return new OperationType<>(name, wireId, javaType, fields, Objects.requireNonNull(constructor));
        }
    }
}
