package org.steemdesk.app.broadcast;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.steemdesk.chain.operation.Operation;
import org.steemdesk.chain.rpc.ClockCheck;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.chain.rpc.HeadTimeException;
import org.steemdesk.chain.rpc.model.DynamicGlobalProperties;
import org.steemdesk.chain.transaction.Transaction;

/**
 * Wraps operations in a transaction that references the node's head block (TaPoS) and expires a fixed time after
 * the head block's time, so a local clock that is somewhat off does not matter. A head ahead of this computer's clock
 * by more than {@link ClockCheck#maxAhead()} is refused: a node in 2099 would otherwise get a transaction signed that
 * expires in 2099, which the outbox would keep re-sending for ever. (A head far behind only makes a transaction the
 * chain refuses as expired.) A {@link org.steemdesk.chain.rpc.NodePool} already refuses such heads; this guards heads
 * from anywhere else.
 */
public record TransactionFactory(CondenserApi api, Duration lifetime, Clock clock, ClockCheck clockCheck) {
    /**
     * Ten minutes, as steem-js: long enough for the outbox to re-send the same signed bytes through a flaky
     * network, far below steemd's one-hour limit.
     */
    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(10);

    public TransactionFactory {
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("a transaction lives between 1 s and 1 h, got " + lifetime);
        }
    }

    /** With this computer's clock and the default {@link ClockCheck}. */
    public TransactionFactory(CondenserApi api, Duration lifetime) {
        this(api, lifetime, Clock.systemUTC(), ClockCheck.DEFAULTS);
    }

    /**
     * Asks the node for its head block, then builds the transaction.
     *
     * @throws HeadTimeException the head is too far ahead of this computer's clock; nothing was built
     */
    public Transaction create(List<Operation> operations) {
        return create(api.getDynamicGlobalProperties().send(), operations);
    }

    /** @throws HeadTimeException the head is too far ahead of this computer's clock; nothing was built */
    public Transaction create(DynamicGlobalProperties head, List<Operation> operations) {
        if (operations.isEmpty()) {
            throw new IllegalArgumentException("a transaction needs at least one operation");
        }
        clockCheck.requireNotAhead(head.time(), clock.instant());
        Instant expiration = head.time().plus(lifetime).truncatedTo(ChronoUnit.SECONDS);
        return new Transaction(refBlockNum(head.headBlockNumber()), refBlockPrefix(head.headBlockId()), expiration,
                operations);
    }

    /** The low 16 bits of the block number. */
    static int refBlockNum(long blockNumber) {
        return (int) (blockNumber & 0xFFFF);
    }

    /** Bytes 4..8 of the block id, read as a little-endian uint32 (the id starts with the big-endian block number). */
    static long refBlockPrefix(String blockId) {
        byte[] id = HexFormat.of().parseHex(blockId);
        if (id.length < 8) {
            throw new IllegalArgumentException("block id too short: " + blockId);
        }
        return (id[4] & 0xFFL) | (id[5] & 0xFFL) << 8 | (id[6] & 0xFFL) << 16 | (id[7] & 0xFFL) << 24;
    }
}
