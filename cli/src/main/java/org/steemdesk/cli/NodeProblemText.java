package org.steemdesk.cli;

import java.time.Duration;
import java.util.Optional;
import org.steemdesk.app.node.NodeProblem;
import org.steemdesk.chain.rpc.RequestLimits;
import org.steemdesk.i18n.Messages;

/**
 * Says in the user's language which node failed and how: "no node answered within 30 s: http://… sent nothing for
 * 10 s", "… claims a chain time 26330 days ahead of this computer's clock, so it is not used to sign or judge".
 */
record NodeProblemText(Messages messages, RequestLimits limits) {
    /** @param limits this run's limits: the silence and size a node was given */

    /** "no node answered[ within 30 s]: what the last node did", or "no node answered" when nothing is known. */
    String describe(Optional<NodeProblem> problem) {
        if (problem.isEmpty()) {
            return messages.get("cli.node.none");
        }
        NodeProblem p = problem.get();
        Optional<String> detail = detail(p);
        if (p.deadline().isPresent()) {
            String within = messages.get("cli.node.deadline", span(p.deadline().get()));
            return detail.map(d -> messages.get("cli.node.failed.detail", within, d)).orElse(within);
        }
        return detail.map(d -> messages.get("cli.node.failed.detail", messages.get("cli.node.none"), d))
                .orElse(messages.get("cli.node.none"));
    }

    private Optional<String> detail(NodeProblem p) {
        String node = p.node().map(Object::toString).orElseGet(() -> messages.get("cli.node.unnamed"));
        String offset = span(p.offset().orElse(Duration.ZERO).abs());
        return Optional.ofNullable(switch (p.kind()) {
            case NO_ANSWER -> null;
            case CONNECTION -> messages.get("cli.node.CONNECTION", node);
            case CONNECT_TIMEOUT -> messages.get("cli.node.CONNECT_TIMEOUT", node);
            case SILENT -> messages.get("cli.node.SILENT", node, span(limits.idleTimeout()));
            case SLOW -> messages.get("cli.node.SLOW", node);
            case TOO_LARGE -> messages.get("cli.node.TOO_LARGE", node, limits.maxResponseBytes() / RequestLimits.MIB);
            case GARBAGE -> messages.get("cli.node.GARBAGE", node);
            case HTTP_STATUS -> messages.get("cli.node.HTTP_STATUS", node, p.httpStatus().orElse(0));
            case BEHIND -> messages.get("cli.node.BEHIND", node, offset);
            case CLOCK_AHEAD -> messages.get("cli.node.CLOCK_AHEAD", node, offset);
            case CLOCK_DISAGREES -> messages.get("cli.node.CLOCK_DISAGREES", node, offset);
            case LOCAL_CLOCK_BEHIND -> messages.get("cli.node.LOCAL_CLOCK_BEHIND", offset);
        });
    }

    /** A length of time as people read it: 10 s, 5 min, 3 h, 26330 days (rounded; never 0 s for a real wait). */
    String span(Duration duration) {
        long seconds = Math.max(Math.round(duration.toMillis() / 1000.0), duration.isZero() ? 0 : 1);
        if (seconds < 120) {
            return messages.get("cli.span.seconds", seconds);
        }
        if (seconds < 2 * 3600) {
            return messages.get("cli.span.minutes", seconds / 60);
        }
        if (seconds < 2 * 86400) {
            return messages.get("cli.span.hours", seconds / 3600);
        }
        return messages.get("cli.span.days", seconds / 86400);
    }
}
