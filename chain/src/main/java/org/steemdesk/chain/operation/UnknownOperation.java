package org.steemdesk.chain.operation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Set;

/**
 * An operation met in a node response that Steemdesk does not model: virtual operations in account history
 * (curation_reward, producer_reward, …) and operations added by later hardforks. It keeps the JSON as it came,
 * so it can be shown and written back, but it has no wire encoding here and can never be signed.
 */
public record UnknownOperation(String name, JsonNode value) implements Operation {
    /** The wire id reported for unknown operations: none. */
    public static final int NO_WIRE_ID = -1;

    public UnknownOperation {
        Objects.requireNonNull(name, "operation name");
        value = Objects.requireNonNull(value, "operation value").deepCopy();
    }

    /** The node's JSON; a copy, so this operation stays immutable. */
    @Override
    public JsonNode value() {
        return value.deepCopy();
    }

    @Override
    public int wireId() {
        return NO_WIRE_ID;
    }

    /** Unknown, so empty: nothing would let Steemdesk sign it anyway. */
    @Override
    public RequiredAuthorities requiredAuthorities() {
        return new RequiredAuthorities(Set.of(), Set.of(), Set.of());
    }
}
