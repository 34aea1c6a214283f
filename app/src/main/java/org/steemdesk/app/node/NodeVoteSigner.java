package org.steemdesk.app.node;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.broadcast.TransactionFactory;
import org.steemdesk.app.outbox.SignedTransactionData;
import org.steemdesk.app.vote.ChainClock;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VoteSigner;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.operation.VoteOperation;
import org.steemdesk.chain.protocol.ChainId;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.chain.rpc.HeadTimeException;
import org.steemdesk.chain.transaction.SignedTransaction;
import org.steemdesk.chain.transaction.Transaction;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.keystore.vault.Vault;

/**
 * Signs vote intents with the voter's posting key from the vault, referencing the node's head block. A locked
 * vault, or one without the voter's posting key, signs nothing: the vote stays queued.
 */
public final class NodeVoteSigner implements VoteSigner {
    private final NodeReader reader;
    private final TransactionFactory factory;
    private final ChainId chainId;
    private final Vault vault;
    private final Optional<ChainClock> chainClock;
    private final Clock clock;

    public NodeVoteSigner(NodeReader reader, TransactionFactory factory, ChainId chainId, Vault vault) {
        this(reader, factory, chainId, vault, Optional.empty(), Clock.systemUTC());
    }

    /** The head block read for TaPoS also tells {@code chainClock} where the chain's blocks fall on {@code clock}. */
    public NodeVoteSigner(NodeReader reader, TransactionFactory factory, ChainId chainId, Vault vault,
                          Optional<ChainClock> chainClock, Clock clock) {
        this.reader = reader;
        this.factory = factory;
        this.chainId = chainId;
        this.vault = vault;
        this.chainClock = chainClock;
        this.clock = clock;
    }

    @Override
    public Optional<SignedTransactionData> sign(VoteIntent intent) throws NodeUnreachableException {
        Optional<PrivateKey> key = postingKey(intent);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        var operation = new VoteOperation(intent.account(), intent.author(), intent.permlink(), intent.weight());
        Instant sent = clock.instant();
        var head = reader.trustedHead().properties();
        chainClock.ifPresent(c -> c.observe(head.time(), sent, clock.instant()));
        Transaction tx;
        try {
            tx = factory.create(head, List.of(operation));
        } catch (HeadTimeException e) {
            // A head no one should sign with: like no node answering, the vote stays queued for a node that passes.
            throw new NodeUnreachableException(e.getMessage(), e);
        }
        SignedTransaction signed = tx.sign(chainId, List.of(key.get()));
        try {
            return Optional.of(new SignedTransactionData(SteemJson.mapper().writeValueAsString(signed), tx.id(),
                    tx.expiration()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a signed vote as JSON", e);
        }
    }

    private Optional<PrivateKey> postingKey(VoteIntent intent) {
        if (!vault.isUnlocked()) {
            return Optional.empty();
        }
        try {
            return Optional.of(vault.key(intent.account(), KeyRole.POSTING));
        } catch (KeystoreException e) {
            if (e.reason() == KeystoreException.Reason.KEY_NOT_IN_VAULT
                    || e.reason() == KeystoreException.Reason.VAULT_LOCKED) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
