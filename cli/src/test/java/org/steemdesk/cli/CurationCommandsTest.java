package org.steemdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.io.IOException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.outbox.SignedTransactionData;
import org.steemdesk.app.rewards.RewardFixture;
import org.steemdesk.app.rewards.VoteRecord;
import org.steemdesk.app.rewards.VoteRecords;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.app.storage.DataDirectory;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VoteQueue;
import org.steemdesk.app.vote.VoteRequest;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.testnode.TestNode;
import org.steemdesk.testnode.Recorded;

class CurationCommandsTest {

    @TempDir
    Path dir;

    CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    /** A node that knows every account but "ghost", with the 2022 head block (reverse auction 300 s). */
    static TestNode accountsNode() throws IOException {
        TestNode node = TestNode.start(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        JsonNode template = Recorded.result("get_accounts-2022.json").get(0);
        node.answer("condenser_api.get_accounts", params -> {
            ArrayNode found = SteemJson.mapper().createArrayNode();
            params.get(0).forEach(name -> {
                if (!name.asText().equals("ghost")) {
                    found.add(((ObjectNode) template.deepCopy()).put("name", name.asText()));
                }
            });
            return found;
        });
        return node;
    }

    CliRun online(TestNode node, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--node";
        all[1] = node.url().toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return run(all);
    }

    @Test
    void trailAddListRemove() throws IOException {
        CliRun add;
        CliRun addTag;
        CliRun list;
        CliRun json;
        try (TestNode node = accountsNode()) {
            add = online(node, "--account", "bob", "curation", "trail", "add", "alice", "--weight", "30%");
            addTag = online(node, "--account", "bob", "curation", "trail", "add", "--tag", "kr", "--weight", "12.5%");
            list = online(node, "--account", "bob", "curation", "trail", "list", "--lang", "en");
            json = online(node, "--account", "bob", "curation", "trail", "list", "--json");
        }
        CliRun remove = run("--account", "bob", "curation", "trail", "remove", "alice");
        CliRun removeAgain = run("--account", "bob", "curation", "trail", "remove", "alice");

        assertThat(add.exitCode()).isZero();
        assertThat(add.out()).isEqualTo("Trail of bob: author alice at 30%.\n");
        assertThat(addTag.out()).isEqualTo("Trail of bob: tag #kr at 12.5%.\n");
        assertThat(list.out()).startsWith("Curation trail of bob (votes when the chain's reverse auction ends (5m), "
                + "mana floor 80%, at most 10 votes a day):\n");
        assertThat(list.out().lines().skip(1).map(String::trim).map(l -> l.replaceAll(" +", " ")).toList())
                .allSatisfy(l -> assertThat(l).contains(" since "))
                .extracting(l -> l.substring(0, l.indexOf(" since")))
                .containsExactly("author alice 30%", "tag kr 12.5%");
        JsonNode doc = CliRunJson.parse(json.out().trim());
        assertThat(doc.path("account").asText()).isEqualTo("bob");
        assertThat(doc.path("settings").path("daily_cap").asInt()).isEqualTo(10);
        assertThat(doc.path("settings").path("mana_floor_percent").asInt()).isEqualTo(80);
        assertThat(doc.path("settings").path("vote_at_age_seconds").asInt()).isEqualTo(300);
        assertThat(doc.path("settings").path("vote_at_age_from_chain").asBoolean()).isTrue();
        assertThat(doc.path("entries")).hasSize(2);
        assertThat(doc.path("entries").get(0).path("type").asText()).isEqualTo("author");
        assertThat(doc.path("entries").get(0).path("name").asText()).isEqualTo("alice");
        assertThat(doc.path("entries").get(0).path("weight").asInt()).isEqualTo(3000);
        assertThat(doc.path("entries").get(0).path("weight_percent").asText()).isEqualTo("30%");
        assertThat(remove.out()).isEqualTo("Removed author alice from the trail of bob.\n");
        assertThat(removeAgain.exitCode()).isEqualTo(1);
        assertThat(removeAgain.err()).isEqualTo("steemdesk: author alice is not in the curation trail of bob\n");
    }

    @Test
    void trailSettingsChangeTheRules() {
        CliRun set = run("curation", "trail", "settings", "--daily-cap", "3", "--mana-floor", "90%", "--at-age", "6h");
        CliRun show = run("curation", "trail", "settings", "--json");

        assertThat(set.out()).isEqualTo("Trail rules: votes at post age 6h, mana floor 90%, at most 3 votes a day.\n");
        assertThat(CliRunJson.parse(show.out().trim()).path("vote_at_age_seconds").asInt()).isEqualTo(21_600);
    }

    @Test
    void trailOptionsAreStoredShownAndAnUnknownAccountIsRefused() throws IOException {
        try (TestNode node = accountsNode()) {
            CliRun curator = online(node, "--account", "bob", "curation", "trail", "add", "--curator", "carol",
                    "--weight", "80%", "--scale-by-leader", "--skip-self", "--delay", "300s", "--tags", "kr,photography",
                    "--exclude-tags", "nsfw", "--min-payout", "1", "SBD", "--max-payout", "50 SBD", "--daily-cap", "10",
                    "--min-mana", "80%", "--lang", "en");
            CliRun ghost = online(node, "--account", "bob", "curation", "trail", "add", "ghost", "--weight", "10%",
                    "--lang", "en");
            CliRun ghostInList = online(node, "--account", "bob", "curation", "trail", "add", "alice", "--weight",
                    "10%", "--authors", "ghost", "--lang", "en");
            CliRun json = online(node, "--account", "bob", "curation", "trail", "list", "--json");
            CliRun text = online(node, "--account", "bob", "curation", "trail", "list", "--lang", "en");

            assertThat(curator.exitCode()).as(curator.err()).isZero();
            assertThat(curator.out()).startsWith("Trail of bob: curator carol at 80%.  [delay 5m, scaled by the "
                    + "curator's vote, skips self-votes, tags kr/photography, not tags nsfw, payout at least 1.000 SBD, "
                    + "payout at most 50.000 SBD, 10 a day, mana at least 80%]");
            assertThat(ghost.exitCode()).isEqualTo(1);
            assertThat(ghost.err()).isEqualTo("steemdesk: there is no account ghost on the Steem blockchain; nothing "
                    + "was added to the trail\n");
            assertThat(ghostInList.exitCode()).isEqualTo(1);
            JsonNode entries = CliRunJson.parse(json.out().trim()).path("entries");
            assertThat(entries).hasSize(1);
            JsonNode rules = entries.get(0).path("rules");
            assertThat(entries.get(0).path("type").asText()).isEqualTo("curator");
            assertThat(rules.path("delay_seconds").asInt()).isEqualTo(300);
            assertThat(rules.path("scale_by_leader").asBoolean()).isTrue();
            assertThat(rules.path("min_payout").asText()).isEqualTo("1.000 SBD");
            assertThat(rules.path("min_mana_bp").asInt()).isEqualTo(8000);
            assertThat(text.out()).contains("curator  carol").contains("[delay 5m");
        }
    }

    @Test
    void badInputIsAClearErrorAndStoresNothing() {
        CliRun noWeight = run("--account", "bob", "curation", "trail", "add", "alice");
        CliRun badWeight = run("--account", "bob", "curation", "trail", "add", "alice", "--weight", "lots");
        CliRun tooMuch = run("--account", "bob", "curation", "trail", "add", "alice", "--weight", "150%");
        CliRun badName = run("--account", "bob", "curation", "trail", "add", "Alice!", "--weight", "10%");
        CliRun list = run("--account", "bob", "curation", "trail", "list");

        assertThat(noWeight.exitCode()).isEqualTo(2);
        assertThat(badWeight.exitCode()).isEqualTo(1);
        assertThat(badWeight.err()).contains("--weight takes a percentage");
        assertThat(tooMuch.exitCode()).isEqualTo(1);
        assertThat(tooMuch.err()).contains("between 0.01% and 100%");
        assertThat(badName.exitCode()).isEqualTo(1);
        assertThat(list.out()).startsWith("The curation trail of bob is empty.");
    }

    @Test
    void rewardsOnAnEmptyCacheSaysHowToFillIt() {
        CliRun r = run("--account", "bob", "rewards");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("No rewards of bob in the local cache. Fill it with: steemdesk history bob\n");
    }

    void loadFixture() {
        try (CacheDatabase db = CacheDatabase.open(dir.resolve(DataDirectory.CACHE_FILE))) {
            RewardFixture.load(db);
        }
    }

    @Test
    void rewardsByMonthFromTheCachedFixtureHistory() {
        loadFixture();

        CliRun r = run("--account", "jenkinrocket", "rewards", "--by", "month", "--lang", "en");

        assertThat(r.exitCode()).isZero();
        List<String> lines = r.out().lines().map(l -> l.trim().replaceAll(" +", " ")).toList();
        assertThat(lines).containsExactly(
                "Rewards of jenkinrocket by month (UTC), from the local cache; SP at the cached vesting rate.",
                "PERIOD CURATION SP AUTHOR SBD AUTHOR STEEM AUTHOR SP BENEFICIARY SP TOTAL SP CURATION APR",
                // 931.323081 VESTS → 0.453 SP; 17759.186980 VESTS → 8.642 SP; together 18690.510061 → 9.095 SP
                "2017-10 0.453 8.411 0.000 8.642 0.000 9.095 -",
                // 1783.849438 → 0.868; 19822.419091 → 9.646; together 21606.268529 → 10.514
                "2017-11 0.868 8.902 0.000 9.646 0.000 10.514 -",
                // 2715.172519 → 1.321; 37581.606071 → 18.288; together 40296.778590 → 19.610
                "TOTAL 1.321 17.313 0.000 18.288 0.000 19.610 -",
                // The windows end now, years after the fixture's rewards; no stake is cached, so no APR.
                "Last 7 days: curation 0.000 SP from 0 reward(s), author 0.000 SP; curation APR -, efficiency -",
                "Last 30 days: curation 0.000 SP from 0 reward(s), author 0.000 SP; curation APR -, efficiency -",
                "All time: curation 1.321 SP from 83 reward(s), author 18.288 SP; curation APR -, efficiency -",
                "No cached stake of jenkinrocket to compute the APR on: fill it with `steemdesk account show "
                        + "jenkinrocket`.");
    }

    @Test
    void rewardsJsonByWeek() {
        loadFixture();

        JsonNode doc = CliRunJson.parse(run("--account", "jenkinrocket", "rewards", "--by", "week", "--json")
                .out().trim());

        assertThat(doc.path("by").asText()).isEqualTo("week");
        assertThat(doc.path("sp_rate_cached").asBoolean()).isTrue();
        assertThat(doc.path("periods")).hasSize(3);
        JsonNode first = doc.path("periods").get(0);
        assertThat(first.path("period").asText()).isEqualTo("2017-W43");
        assertThat(first.path("start").asText()).isEqualTo("2017-10-23");
        assertThat(first.path("curation").path("vests").asText()).isEqualTo("694.926009 VESTS");
        assertThat(first.path("author").path("vests").asText()).isEqualTo("4656.607990 VESTS");
        assertThat(first.path("beneficiary").path("sbd").asText()).isEqualTo("0.000 SBD");
    }

    @Test
    void rewardsCsvInEnglishAndKorean() throws Exception {
        loadFixture();
        Path en = dir.resolve("en.csv");
        Path ko = dir.resolve("ko.csv");

        CliRun r = run("--account", "jenkinrocket", "rewards", "--csv", en.toString());
        run("--account", "jenkinrocket", "rewards", "--csv", ko.toString(), "--csv-lang", "ko");

        assertThat(r.out()).endsWith("Wrote 122 rewards to " + en + ".\n");
        List<String> enLines = Files.readAllLines(en, StandardCharsets.UTF_8);
        assertThat(enLines).hasSize(123);
        assertThat(enLines.get(0)).isEqualTo("op_index,time_utc,kind,author,permlink,STEEM,SBD,VESTS,SP,voted_at_utc,"
                + "post_age_seconds,estimated_payout_change_sbd,expected_curation_steem,efficiency_percent");
        assertThat(enLines.get(1)).isEqualTo(
                "14410,2017-10-26 09:06:18,curation,ertwro,genetics-of-anti-aging,0.000,0.000,6.168369,0.003,,,,,");
        String koText = Files.readString(ko, StandardCharsets.UTF_8);
        assertThat(koText).startsWith("\uFEFF작업 번호,시각(UTC),종류,작성자,퍼머링크,STEEM,SBD,VESTS,SP,보팅 시각(UTC),"
                + "보팅 때 글 나이(초),예상 보상 변화(SBD),예상 큐레이션(STEEM),효율(%)\r\n");
        assertThat(koText).contains("14410,2017-10-26 09:06:18,큐레이션,ertwro,");
        assertThat(koText).contains(",저자,jenkinrocket,part-of-my-halloween-story-and-a-few-thoughts-on-writing,"
                + "0.000,0.220,462.615633,0.225,,,,,\r\n");
        assertThat(run("--account", "jenkinrocket", "rewards", "--csv", en.toString(), "--csv-lang", "fr").err())
                .isEqualTo("steemdesk: unknown language 'fr': expected ko or en\n");
    }

    @Test
    void rewardsPerVoteShowWhatSteemdeskRecordedWhenItSentTheVote() {
        loadFixture();
        Instant voted = Instant.parse("2017-10-19T09:20:00Z");
        try (CacheDatabase db = CacheDatabase.open(dir.resolve(DataDirectory.CACHE_FILE))) {
            VoteQueue queue = new VoteQueue(db, new Outbox(db));
            VoteIntent i = queue.record(VoteRequest.now(RewardFixture.ACCOUNT, AccountName.of("ertwro"),
                    Permlink.of("genetics-of-anti-aging"), 10_000), voted);
            queue.claim(i.id(), new SignedTransactionData("{}", "ef".repeat(20), voted.plusSeconds(60)), voted);
            queue.markSent(i.id(), voted);
            new VoteRecords(db).record(new VoteRecord(i.id(), Optional.of(Asset.parse("0.004 SBD")),
                    Optional.of(voted.minus(Duration.ofMinutes(15))), voted, Optional.of(Asset.parse("0.002 STEEM"))));
        }

        CliRun r = run("--account", "jenkinrocket", "rewards", "--votes");
        JsonNode doc = CliRunJson.parse(run("--account", "jenkinrocket", "rewards", "--votes", "--json").out().trim());

        List<String> lines = r.out().lines().map(l -> l.trim().replaceAll(" +", " ")).toList();
        assertThat(lines).hasSize(2 + 83);
        assertThat(lines.get(1)).isEqualTo("PAID POST CURATION SP VOTED POST AGE ESTIMATE EXPECTED SP EFFICIENCY");
        // 6.168369 VESTS → 0.003 SP at the block's rate, against 0.002 STEEM expected: 150 %
        assertThat(lines.get(2)).isEqualTo("2017-10-26 09:06:18 ertwro/genetics-of-anti-aging 0.003 "
                + "2017-10-19 09:20:00 15m 0.004 SBD 0.002 150.0 %");
        assertThat(lines.get(3)).endsWith(" - - - - -");
        JsonNode first = doc.path("votes").get(0);
        assertThat(first.path("curation_vests").asText()).isEqualTo("6.168369 VESTS");
        assertThat(first.path("curation_sp").asText()).isEqualTo("0.003 SP");
        assertThat(first.path("post_age_seconds").asInt()).isEqualTo(900);
        assertThat(first.path("estimated_value").asText()).isEqualTo("0.004 SBD");
        assertThat(first.path("expected_curation").asText()).isEqualTo("0.002 STEEM");
        assertThat(first.path("efficiency_percent").decimalValue()).isEqualByComparingTo("150.0");
        assertThat(doc.path("votes").get(1).path("voted_at").isNull()).isTrue();
    }
}
