package org.steemdesk.testnode;

/**
 * How a {@link TestNode} call goes wrong at the HTTP level. Faults below HTTP (bytes that are not HTTP, an answer
 * dripped a byte at a time, 50 MB, headers that never end, a head block in 2099) come from a {@link HostileNode} in
 * front of the node: {@link TestNode#hostile}.
 */
public enum Fault {
    /** HTTP 503 with an HTML page, as a node behind a busy proxy. */
    UNAVAILABLE,
    /** The connection is shut down before any answer: the caller cannot know whether the call was done. */
    DROP,
    /** The request is read and nothing ever comes back. */
    STALL,
    /** The first half of the honest answer, with a length that matches it: JSON that ends in the middle. */
    TRUNCATED
}
