package org.steemdesk.cli;

import java.util.List;
import org.steemdesk.app.outbox.OutboxRecord;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Runs the command line's command, settling the outbox first when the command talks to the nodes
 * ({@link NodeCommand}). What became of each unsettled transaction is said on stderr (stdout stays the command's);
 * a settlement that cannot be done (no node answers) leaves the transactions for the next one and never stops the
 * command.
 */
final class OutboxFirst implements CommandLine.IExecutionStrategy {
    private final CommandContext context;

    OutboxFirst(CommandContext context) {
        this.context = context;
    }

    @Override
    public int execute(ParseResult parseResult) {
        ParseResult leaf = parseResult;
        boolean help = helpRequested(leaf);
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
            help |= helpRequested(leaf);
        }
        if (!help && leaf.commandSpec().userObject() instanceof NodeCommand
                && parseResult.commandSpec().userObject() instanceof SteemdeskCommand root) {
            settle(root.global);
        }
        return new CommandLine.RunLast().execute(parseResult);
    }

    private static boolean helpRequested(ParseResult result) {
        return result.isUsageHelpRequested() || result.isVersionHelpRequested();
    }

    private void settle(GlobalOptions global) {
        List<OutboxRecord> settled;
        try {
            settled = context.app(global).outbox().settle();
        } catch (IllegalArgumentException badOption) {
            return; // the command reports it in its own words
        } catch (RuntimeException e) {
            context.terminal().err().println("steemdesk: " + Redaction.redact(context.messages(global)
                    .get("cli.outbox.settle.failed", String.valueOf(e.getMessage()))));
            return;
        }
        Messages messages = context.messages(global);
        Formats formats = context.formats(global);
        long unsettled = 0;
        for (OutboxRecord r : settled) {
            String signed = formats.dateTime(r.signedAt());
            String line = switch (r.state()) {
                case CONFIRMED -> messages.get("cli.outbox.now.CONFIRMED", r.summary(), signed, r.txId());
                case EXPIRED_ABSENT -> messages.get("cli.outbox.now.EXPIRED_ABSENT", r.summary(), signed, r.txId());
                case FAILED -> messages.get("cli.outbox.now.FAILED", r.summary(), signed, r.txId());
                case PENDING, SENT_UNCLEAR -> null;
            };
            if (line == null) {
                unsettled++;
            } else {
                context.terminal().err().println("steemdesk: " + line);
                context.app(global).outbox().reported(r.txId());
            }
        }
        if (unsettled > 0) {
            context.terminal().err().println("steemdesk: " + messages.get("cli.outbox.still.unsettled", unsettled));
        }
    }
}
