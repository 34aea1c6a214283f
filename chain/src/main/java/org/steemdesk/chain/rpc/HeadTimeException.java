package org.steemdesk.chain.rpc;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A head block time too far from this computer's clock to sign or judge with, met outside a {@link NodePool} (which
 * reports the same as a {@link TransportException} naming the node). Transient: another node, or the same one once
 * it is fixed, may give a believable head.
 */
public final class HeadTimeException extends RpcException {
    private final Instant headTime;
    private final Duration offset;

    public HeadTimeException(Instant headTime, Duration offset, Duration limit) {
        super("head block time " + headTime + " is " + Offsets.describe(offset)
                + " this computer's clock (limit " + limit.toSeconds() + " s); not signing or judging with it", null);
        this.headTime = Objects.requireNonNull(headTime, "headTime");
        this.offset = Objects.requireNonNull(offset, "offset");
    }

    public Instant headTime() {
        return headTime;
    }

    /** Head time minus this computer's time: positive when the head is ahead. */
    public Duration offset() {
        return offset;
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
