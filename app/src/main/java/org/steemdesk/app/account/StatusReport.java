package org.steemdesk.app.account;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How things stand for the status bar: whether a node answered (and which one last did), how far its head block
 * is behind this machine's clock, the account's voting mana and resource credits (basis points, 10000 = full), and
 * how many votes wait in the queue. Empty values are unknown (offline, no account).
 */
public record StatusReport(boolean online, Optional<URI> node, Optional<Duration> headLag,
                           OptionalInt votingManaBasisPoints, OptionalInt resourceCreditsBasisPoints, int queuedVotes) {
}
