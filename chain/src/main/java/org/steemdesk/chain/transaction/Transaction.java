package org.steemdesk.chain.transaction;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.steemdesk.chain.crypto.Digests;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.operation.Operation;
import org.steemdesk.chain.protocol.ChainId;
import org.steemdesk.chain.serialization.TransactionSerializer;

/**
 * An unsigned transaction: TaPoS reference, expiration (UTC, whole seconds) and operations.
 * Steem defines no transaction extensions, so the extension list is always empty on the wire.
 */
public record Transaction(int refBlockNum, long refBlockPrefix, Instant expiration, List<Operation> operations) {
    private static final int ID_BYTES = 20;

    public Transaction {
        if (refBlockNum < 0 || refBlockNum > 0xFFFF) {
            throw new IllegalArgumentException("ref_block_num must fit 16 bits: " + refBlockNum);
        }
        if (refBlockPrefix < 0 || refBlockPrefix > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("ref_block_prefix must fit 32 bits: " + refBlockPrefix);
        }
        Objects.requireNonNull(expiration, "expiration");
        if (expiration.getNano() != 0) {
            throw new IllegalArgumentException("expiration must be whole seconds");
        }
        operations = List.copyOf(operations);
    }

    /** The bytes steemd signs and hashes (no signatures). */
    public byte[] toBytes() {
        return TransactionSerializer.serialize(this);
    }

    /** The signing digest: sha256(chain id ‖ transaction bytes). */
    public byte[] digest(ChainId chainId) {
        return Digests.sha256(chainId.bytes(), toBytes());
    }

    /** Signs with each key (one signature per key, in order), e.g. an account's posting key. */
    public SignedTransaction sign(ChainId chainId, List<PrivateKey> keys) {
        byte[] digest = digest(chainId);
        return new SignedTransaction(this, keys.stream().map(key -> key.sign(digest)).toList());
    }

    /** The transaction id steemd reports: the first 20 bytes of sha256(transaction bytes), in hex. */
    public String id() {
        return HexFormat.of().formatHex(Digests.sha256(toBytes()), 0, ID_BYTES);
    }
}
