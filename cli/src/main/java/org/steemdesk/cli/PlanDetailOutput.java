package org.steemdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steemdesk.app.wallet.PlanDetail;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.rpc.model.WithdrawRoute;
import org.steemdesk.i18n.Messages;

/** The preview lines and the JSON of what the newer wallet operations do beyond balances. */
record PlanDetailOutput(Messages messages) {
    List<String> lines(PlanDetail detail) {
        List<String> lines = new ArrayList<>();
        if (detail instanceof PlanDetail.Conversion c) {
            lines.add(c.steemAtTodaysPrice().isPresent()
                    ? messages.get("cli.wallet.conversion", Long.toString(c.requestId()), time(c.settlesAt()),
                            c.steemAtTodaysPrice().get().toString())
                    : messages.get("cli.wallet.conversionNoPrice", Long.toString(c.requestId()), time(c.settlesAt())));
        } else if (detail instanceof PlanDetail.WitnessVotes w) {
            lines.add(messages.get("cli.wallet.witnessVotes", Integer.toString(w.after().size()),
                    Integer.toString(w.limit())));
        } else if (detail instanceof PlanDetail.Proxy p) {
            lines.add(messages.get("cli.wallet.proxy", name(p.before()), name(p.after())));
            if (!p.votesCleared().isEmpty()) {
                lines.add(messages.get("cli.wallet.proxyClears", String.join(", ", p.votesCleared())));
            }
        } else if (detail instanceof PlanDetail.Routes r) {
            if (r.after().isEmpty()) {
                lines.add(messages.get("cli.wallet.routesNone"));
            } else {
                lines.add(messages.get("cli.wallet.routes", percent(r.totalAfter(), r.hundredPercent()),
                        Integer.toString(r.maxRoutes())));
                r.after().forEach(route -> lines.add("  " + messages.get("cli.wallet.routeRow", route.toAccount(),
                        share(route, r.hundredPercent(), messages))));
            }
        } else if (detail instanceof PlanDetail.Recovery r) {
            lines.add(r.cancelsPending()
                    ? messages.get("cli.wallet.recoveryCancels", r.pendingBefore().orElse(""))
                    : messages.get("cli.wallet.recovery", r.current(), r.requested().value(), time(r.effectiveOn())));
        } else if (detail instanceof PlanDetail.NewKeys k) {
            k.keys().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> lines.add(
                    messages.get("cli.wallet.newKey", e.getKey().wireName(), e.getValue().toString())));
            k.keptAccountAuths().entrySet().stream().filter(e -> !e.getValue().isEmpty())
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> lines.add(messages.get("cli.wallet.keptAuths", e.getKey().wireName(),
                            String.join(", ", e.getValue().stream().map(AccountName::value).toList()))));
        }
        return lines;
    }

    /** Machine output: the same facts with stable field names. */
    static ObjectNode json(PlanDetail detail) {
        ObjectNode node = SteemJson.mapper().createObjectNode();
        if (detail instanceof PlanDetail.Conversion c) {
            node.put("request_id", c.requestId());
            node.put("settles_at", time(c.settlesAt()));
            c.steemAtTodaysPrice().ifPresent(s -> node.put("steem_at_todays_price", s.toString()));
        } else if (detail instanceof PlanDetail.WitnessVotes w) {
            strings(node.putArray("witness_votes_after"), w.after());
            node.put("max_witness_votes", w.limit());
        } else if (detail instanceof PlanDetail.Proxy p) {
            node.put("proxy_before", name(p.before(), ""));
            node.put("proxy_after", name(p.after(), ""));
            strings(node.putArray("witness_votes_cleared"), p.votesCleared());
        } else if (detail instanceof PlanDetail.Routes r) {
            ArrayNode routes = node.putArray("routes_after");
            r.after().forEach(route -> {
                ObjectNode o = routes.addObject();
                o.put("to", route.toAccount());
                o.put("percent", percent(route.percent(), r.hundredPercent()));
                o.put("auto_vest", route.autoVest());
            });
            node.put("total_percent", percent(r.totalAfter(), r.hundredPercent()));
            node.put("max_routes", r.maxRoutes());
        } else if (detail instanceof PlanDetail.Recovery r) {
            node.put("recovery_account", r.current());
            node.put("new_recovery_account", r.requested().value());
            node.put("effective_on", time(r.effectiveOn()));
            node.put("cancels_pending", r.cancelsPending());
        } else if (detail instanceof PlanDetail.NewKeys k) {
            ObjectNode keys = node.putObject("new_keys");
            k.keys().forEach((role, key) -> keys.put(role.wireName(), key.toString()));
        }
        return node;
    }

    /** A share in the chain's units as "25%" or "12.5%". */
    static String percent(int share, int hundredPercent) {
        return BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(hundredPercent), 2, RoundingMode.DOWN).stripTrailingZeros()
                .toPlainString() + "%";
    }

    /** A route's share, "25%", or "25% as Steem Power" when it is paid as Steem Power. */
    static String share(WithdrawRoute route, int hundredPercent, Messages messages) {
        String percent = percent(route.percent(), hundredPercent);
        return route.autoVest() ? messages.get("cli.routes.autoVest", percent) : percent;
    }

    /** A chain time as ISO-8601 UTC to the second, as the rest of the CLI prints times. */
    static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private String name(Optional<AccountName> account) {
        return name(account, messages.get("cli.wallet.proxyNone"));
    }

    private static String name(Optional<AccountName> account, String none) {
        return account.map(AccountName::value).orElse(none);
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
