package org.steemdesk.chain.serialization;

import org.steemdesk.chain.operation.Operation;
import org.steemdesk.chain.transaction.Transaction;

/**
 * The bytes steemd signs and hashes: ref_block_num (uint16), ref_block_prefix (uint32), expiration
 * (time_point_sec), the operations, and an empty extension list. Signatures are not part of them.
 */
public final class TransactionSerializer {
    private TransactionSerializer() {}

    public static byte[] serialize(Transaction transaction) {
        SteemWriter out = new SteemWriter();
        write(out, transaction);
        return out.toByteArray();
    }

    public static void write(SteemWriter out, Transaction transaction) {
        out.uint16(transaction.refBlockNum())
                .uint32(transaction.refBlockPrefix())
                .timePointSec(transaction.expiration())
                .varint32(transaction.operations().size());
        for (Operation operation : transaction.operations()) {
            OperationSerializer.write(out, operation);
        }
        out.varint32(0);
    }
}
