package org.steemdesk.app.node;

import java.time.Instant;
import java.util.List;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.stake.Manabar;
import org.steemdesk.app.vote.VotingManaLookup;
import org.steemdesk.chain.protocol.AccountName;

/** The voting manabar from {@code get_accounts}; an account the chain does not know has an empty one. */
public record NodeVotingManaLookup(NodeReader reader) implements VotingManaLookup {

    @Override
    public Manabar votingManabar(AccountName account) throws NodeUnreachableException {
        return reader.send(reader.api().getAccounts(List.of(account))).stream()
                .filter(a -> a.name().equals(account))
                .findFirst()
                .map(AccountStakes::votingManabar)
                .orElse(new Manabar(0, 0, Instant.EPOCH, Manabar.STEEM_REGENERATION_SECONDS));
    }
}
