package org.steemdesk.cli;

import org.steemdesk.app.AppContext;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.account.UnknownAccountException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.steemdesk.app.curation.CurationTrail;
import org.steemdesk.app.curation.TrailEntry;
import org.steemdesk.app.curation.TrailReport;
import org.steemdesk.app.curation.TrailRulesJson;
import org.steemdesk.app.curation.TrailSettings;
import org.steemdesk.app.curation.TrailSource;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.i18n.Messages;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "curation",
        subcommands = {CurationCommand.Trail.class})
final class CurationCommand {

    @Command(name = "trail",
            subcommands = {Trail.Add.class, Trail.Remove.class, Trail.ListEntries.class, Trail.Settings.class,
                    Trail.Run.class})
    static final class Trail {

        /** An author as the positional argument, a tag with --tag, or a curator whose votes to follow. */
        static final class Target {
            @Parameters(index = "0", paramLabel = "AUTHOR")
            String author;

            @Option(names = "--tag", paramLabel = "TAG")
            String tag;

            @Option(names = "--curator", paramLabel = "NAME")
            String curator;

            TrailSource source() {
                return tag != null ? TrailSource.TAG : curator != null ? TrailSource.CURATOR : TrailSource.AUTHOR;
            }

            String name() {
                return tag != null ? tag : AccountName.of(curator != null ? curator : author).value();
            }
        }

        @Command(name = "add")
        static final class Add extends ContextCommand implements Runnable {
            @ArgGroup(multiplicity = "1")
            Target target;

            @Option(names = "--weight", required = true, paramLabel = "PCT")
            String weight;

            @Mixin
            TrailRuleOptions options;

            Add(CommandContext context) {
                super(context);
            }

            @Override
            public void run() {
                int bp = CliFormat.basisPoints(weight, "--weight");
                TrailEntry entry = new TrailEntry(target.source(), target.name(), bp, Instant.now(), options.rules());
                AppContext app = context.app(global);
                AccountName account = app.actingAccount();
                Messages messages = context.messages(global);
                try {
                    app.curation().add(account, entry);
                } catch (UnknownAccountException e) {
                    throw new IllegalArgumentException(messages.get("cli.trail.unknown_account", e.account().value()),
                            e);
                } catch (NodeUnreachableException e) {
                    throw new IllegalStateException(messages.get("cli.trail.offline"), e);
                }
                if (global.json()) {
                    ObjectNode o = entryJson(entry);
                    o.put("account", account.value());
                    printJson(terminal, o);
                } else {
                    terminal.out().println(messages.get("cli.trail.added", account.value(), describe(entry, messages),
                            CliFormat.percent(bp)) + TrailOutput.rulesSuffix(entry.rules(), messages));
                }
            }
        }

        @Command(name = "remove")
        static final class Remove extends ContextCommand implements Runnable {
            @ArgGroup(multiplicity = "1")
            Target target;

            Remove(CommandContext context) {
                super(context);
            }

            @Override
            public void run() {
                AppContext app = context.app(global);
                AccountName account = app.actingAccount();
                boolean removed = app.curation().trail().remove(account, target.source(), target.name());
                String what = describe(new TrailEntry(target.source(), target.name(), 1, Instant.EPOCH),
                        context.messages(global));
                if (!removed) {
                    throw new CliError("cli.trail.not_in", what, account.value());
                }
                if (global.json()) {
                    ObjectNode o = SteemJson.mapper().createObjectNode();
                    o.put("account", account.value());
                    o.put("type", target.source().name().toLowerCase(Locale.ROOT));
                    o.put("name", target.name());
                    o.put("removed", true);
                    printJson(terminal, o);
                } else {
                    terminal.out().println(context.messages(global).get("cli.trail.removed", what, account.value()));
                }
            }
        }

        @Command(name = "list")
        static final class ListEntries extends ContextCommand implements Runnable {
            ListEntries(CommandContext context) {
                super(context);
            }

            @Override
            public void run() {
                AppContext app = context.app(global);
                AccountName account = app.actingAccount();
                CurationTrail trail = app.curation().trail();
                List<TrailEntry> entries = trail.entries(account);
                TrailSettings settings = trail.settings();
                // The chain's reverse auction is only looked up when it is shown.
                Optional<Duration> chainAge = settings.voteAtAge().isPresent() || !global.json() && entries.isEmpty()
                        ? Optional.empty() : app.curation().reverseAuction();
                Messages messages = context.messages(global);
                if (global.json()) {
                    ObjectNode o = SteemJson.mapper().createObjectNode();
                    o.put("account", account.value());
                    o.set("settings", settingsJson(settings, chainAge));
                    ArrayNode list = o.putArray("entries");
                    entries.forEach(e -> list.add(entryJson(e)));
                    printJson(terminal, o);
                    return;
                }
                if (entries.isEmpty()) {
                    terminal.out().println(messages.get("cli.trail.empty", account.value()));
                    return;
                }
                terminal.out().println(messages.get("cli.trail.list.title", account.value(),
                        rules(settings, chainAge, messages)));
                for (TrailEntry e : entries) {
                    terminal.out().printf("  %-7s  %-16s  %6s  %s%s%n", source(e, messages),
                            e.name(), CliFormat.percent(e.weight()), messages.get("cli.trail.list.since",
                                    e.addedAt().truncatedTo(ChronoUnit.SECONDS).toString()),
                            TrailOutput.rulesSuffix(e.rules(), messages));
                }
            }
        }

        @Command(name = "settings")
        static final class Settings extends ContextCommand implements Runnable {
            @Option(names = "--daily-cap", paramLabel = "N")
            Integer dailyCap;

            @Option(names = "--mana-floor", paramLabel = "PCT")
            String manaFloor;

            @Option(names = "--at-age", paramLabel = "AGE")
            String atAge;

            Settings(CommandContext context) {
                super(context);
            }

            @Override
            public void run() {
                AppContext app = context.app(global);
                CurationTrail trail = app.curation().trail();
                TrailSettings old = trail.settings();
                Optional<Duration> age = atAge == null ? old.voteAtAge()
                        : atAge.equalsIgnoreCase(AUCTION) ? Optional.empty()
                        : Optional.of(CliFormat.duration(atAge, "--at-age"));
                TrailSettings settings = new TrailSettings(dailyCap != null ? dailyCap : old.dailyCap(),
                        manaFloor != null ? CliFormat.basisPoints(manaFloor, "--mana-floor")
                                : old.manaFloorBasisPoints(), age);
                if (!settings.equals(old)) {
                    trail.saveSettings(settings);
                }
                Optional<Duration> chainAge = age.isPresent() ? Optional.empty() : app.curation().reverseAuction();
                if (global.json()) {
                    printJson(terminal, settingsJson(settings, chainAge));
                } else {
                    Messages m = context.messages(global);
                    terminal.out().println(m.get("cli.trail.settings", rules(settings, chainAge, m)));
                }
            }
        }

        @Command(name = "run")
        static final class Run extends ContextCommand implements Runnable, NodeCommand {
            Run(CommandContext context) {
                super(context);
            }

            @Override
            public void run() {
                AppContext app = context.app(global);
                AccountName account = app.actingAccount();
                TrailReport report = app.curation().run(account);
                if (global.json()) {
                    printJson(terminal, reportJson(report));
                    return;
                }
                for (TrailReport.Action a : report.actions()) {
                    terminal.out().println(actionLine(a, context.messages(global)));
                }
                for (TrailEntry e : report.unreachable()) {
                    terminal.out().println(context.messages(global).get("cli.trail.run.offline",
                            describe(e, context.messages(global))));
                }
                long queued = report.count(TrailReport.Outcome.QUEUED);
                Messages m = context.messages(global);
                String count = String.valueOf(queued);
                terminal.out().println(queued == 0 ? m.get("cli.trail.run.none")
                        : queued == 1 ? m.get("cli.trail.run.queued.one", count)
                        : m.get("cli.trail.run.queued.many", count));
            }
        }
    }

    /** {@code curation trail settings --at-age auction}: back to the chain's reverse auction. */
    static final String AUCTION = "auction";

    /** "tag #kr", "author alice", "curator bob", in the CLI's language. */
    static String describe(TrailEntry e, Messages messages) {
        return switch (e.source()) {
            case TAG -> messages.get("cli.trail.describe.TAG", e.name());
            case AUTHOR -> messages.get("cli.trail.describe.AUTHOR", e.name());
            case CURATOR -> messages.get("cli.trail.describe.CURATOR", e.name());
        };
    }

    private static String source(TrailEntry e, Messages messages) {
        return switch (e.source()) {
            case TAG -> messages.get("cli.trail.source.TAG");
            case AUTHOR -> messages.get("cli.trail.source.AUTHOR");
            case CURATOR -> messages.get("cli.trail.source.CURATOR");
        };
    }

    static String rules(TrailSettings s, Optional<Duration> chainAge, Messages messages) {
        String age = s.voteAtAge().isPresent() ? messages.get("cli.trail.at_age", age(s.voteAtAge().get()))
                : messages.get("cli.trail.at_auction", chainAge.map(CurationCommand::age).orElse("?"));
        return messages.get("cli.trail.rules", age, CliFormat.percent(s.manaFloorBasisPoints()),
                String.valueOf(s.dailyCap()));
    }

    /** The shortest exact form CliFormat.duration reads back: 900 s → "15m". */
    static String age(Duration d) {
        long s = d.toSeconds();
        if (s != 0 && s % 86_400 == 0) {
            return s / 86_400 + "d";
        }
        if (s != 0 && s % 3600 == 0) {
            return s / 3600 + "h";
        }
        if (s != 0 && s % 60 == 0) {
            return s / 60 + "m";
        }
        return s + "s";
    }

    static String actionLine(TrailReport.Action a, Messages messages) {
        String post = a.author() + "/" + a.permlink();
        return switch (a.outcome()) {
            case QUEUED -> messages.get("cli.trail.action.queued", post, CliFormat.percent(a.weight()),
                    String.valueOf(a.intentId().getAsLong()), describe(a.entry(), messages));
            case ALREADY_VOTED -> messages.get("cli.trail.action.already_voted", post);
            case PAYOUT_WINDOW_CLOSED -> messages.get("cli.trail.action.closed", post);
            case DAILY_CAP_REACHED -> messages.get("cli.trail.action.cap", post);
            case SELF_VOTE, COMMENT, FILTERED, PAYOUT_TOO_HIGH -> messages.get("cli.trail.action.skipped", post,
                    TrailOutput.why(a.outcome(), messages));
            case PAYOUT_TOO_LOW -> messages.get("cli.trail.action.waiting", post,
                    TrailOutput.why(a.outcome(), messages));
        };
    }

    static ObjectNode entryJson(TrailEntry e) {
        ObjectNode o = SteemJson.mapper().createObjectNode();
        o.put("type", e.source().name().toLowerCase(Locale.ROOT));
        o.put("name", e.name());
        o.put("weight", e.weight());
        o.put("weight_percent", CliFormat.percent(e.weight()));
        o.put("added_at", e.addedAt().toString());
        o.set("rules", TrailRulesJson.toJson(e.rules()));
        return o;
    }

    /** {@code vote_at_age_seconds} is the age in effect: the trail's own, else the chain's (null when unknown). */
    static ObjectNode settingsJson(TrailSettings s, Optional<Duration> chainAge) {
        ObjectNode o = SteemJson.mapper().createObjectNode();
        o.put("daily_cap", s.dailyCap());
        o.put("mana_floor_percent", CliFormat.percentNumber(s.manaFloorBasisPoints()));
        Optional<Duration> age = s.voteAtAge().or(() -> chainAge);
        if (age.isPresent()) {
            o.put("vote_at_age_seconds", age.get().toSeconds());
        } else {
            o.putNull("vote_at_age_seconds");
        }
        o.put("vote_at_age_from_chain", s.voteAtAge().isEmpty());
        return o;
    }

    static ObjectNode reportJson(TrailReport r) {
        ObjectNode o = SteemJson.mapper().createObjectNode();
        o.put("account", r.account().value());
        ArrayNode actions = o.putArray("actions");
        for (TrailReport.Action a : r.actions()) {
            ObjectNode n = actions.addObject();
            n.put("author", a.author().value());
            n.put("permlink", a.permlink().value());
            n.put("outcome", a.outcome().name());
            n.put("weight", a.weight());
            if (a.intentId().isPresent()) {
                n.put("intent_id", a.intentId().getAsLong());
            } else {
                n.putNull("intent_id");
            }
        }
        ArrayNode offline = o.putArray("unreachable");
        r.unreachable().forEach(e -> offline.add(entryJson(e)));
        return o;
    }

    static void printJson(Terminal terminal, ObjectNode o) {
        try {
            terminal.out().println(SteemJson.mapper().writeValueAsString(o));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
