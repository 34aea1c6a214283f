package org.steemdesk.app.vote;

import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.stake.Manabar;
import org.steemdesk.chain.protocol.AccountName;

/**
 * The account's voting manabar as last reported by a node ({@code voting_manabar} with max mana = effective
 * vesting shares, see {@code VotingMath#votingManabar}); the queue regenerates it to the current time itself.
 */
@FunctionalInterface
public interface VotingManaLookup {
    Manabar votingManabar(AccountName account) throws NodeUnreachableException;
}
