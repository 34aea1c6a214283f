package org.steemdesk.cli;

/**
 * A command that talks to the nodes: before it runs, the outbox is settled ({@link OutboxFirst}), so whatever an
 * earlier run signed and may not have seen land is sent again, byte for byte, or looked up once it expired, and the
 * user hears what became of it. The wallet commands do not need this mark: a wallet operation settles the outbox in
 * its own plan, where an equal request still unsettled must be seen before it is settled.
 */
interface NodeCommand {
}
