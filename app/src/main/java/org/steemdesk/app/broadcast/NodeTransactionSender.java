package org.steemdesk.app.broadcast;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.steemdesk.app.outbox.SendOutcome;
import org.steemdesk.app.outbox.TransactionSender;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.chain.rpc.NodeErrorException;
import org.steemdesk.chain.rpc.RpcException;
import org.steemdesk.chain.transaction.SignedTransaction;

/**
 * Sends stored signed transactions through the node pool. The JSON is read back into the same transaction (the
 * mapper is lossless), so the bytes the chain sees are the bytes that were signed and stored.
 */
public record NodeTransactionSender(CondenserApi api) implements TransactionSender {

    @Override
    public SendOutcome send(String signedTransactionJson, String txId) {
        SignedTransaction tx;
        try {
            tx = SteemJson.mapper().readValue(signedTransactionJson, SignedTransaction.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the outbox holds a transaction that no longer parses: " + txId, e);
        }
        if (!tx.transaction().id().equals(txId)) {
            throw new IllegalStateException("stored transaction " + txId + " does not match its id");
        }
        try {
            var result = api.broadcastTransactionSynchronous(tx).send();
            return result.alreadyKnown() ? new SendOutcome.Duplicate() : new SendOutcome.Accepted();
        } catch (NodeErrorException e) {
            if (e.isDuplicateTransaction()) {
                return new SendOutcome.Duplicate();
            }
            return e.isTransient() ? new SendOutcome.Unclear(e.getMessage())
                    : new SendOutcome.Rejected(e.kind(), e.nodeMessage());
        } catch (RpcException e) {
            return new SendOutcome.Unclear(e.getMessage());
        }
    }
}
