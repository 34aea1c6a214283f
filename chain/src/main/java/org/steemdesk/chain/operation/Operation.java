package org.steemdesk.chain.operation;

/** One operation of a transaction: its condenser name, its id in steemd's static_variant, and who must sign it. */
public interface Operation {
    /** The condenser name, e.g. {@code "vote"}. */
    String name();

    /** The tag of the operation in steemd's {@code operation} static_variant. */
    int wireId();

    RequiredAuthorities requiredAuthorities();
}
