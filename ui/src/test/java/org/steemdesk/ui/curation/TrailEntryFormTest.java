package org.steemdesk.ui.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.curation.TrailEntry;
import org.steemdesk.app.curation.TrailRules;
import org.steemdesk.app.curation.TrailSource;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;

/** The trail entry form, without a toolkit: typed fields to an entry with its rules, and back. */
class TrailEntryFormTest {
    private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
    private final Messages messages = new Messages(Language.ENGLISH);
    private final TrailEntryForm form = new TrailEntryForm(messages, new Formats(messages, ZoneOffset.UTC));

    @Test
    void aCuratorWithEveryRuleBecomesTheEntryTheAppStores() {
        var fields = new TrailEntryForm.Fields(TrailSource.CURATOR, "@kimchi", "37.5", "90", true, true, false,
                "#kr, photography", "nsfw", "@alice bob", "spammer", "0.5", "20 SBD", "5", "80");
        var entry = form.build(fields, NOW).entry().orElseThrow();
        assertThat(entry.source()).isEqualTo(TrailSource.CURATOR);
        assertThat(entry.name()).isEqualTo("kimchi");
        assertThat(entry.weight()).isEqualTo(3750);
        TrailRules r = entry.rules();
        assertThat(r.delay()).hasValue(Duration.ofSeconds(90));
        assertThat(r.scaleByLeader()).isTrue();
        assertThat(r.skipSelf()).isTrue();
        assertThat(r.skipComments()).isTrue();
        assertThat(r.tags()).containsExactly("kr", "photography");
        assertThat(r.excludeTags()).containsExactly("nsfw");
        assertThat(r.authors()).containsExactlyInAnyOrder(AccountName.of("alice"), AccountName.of("bob"));
        assertThat(r.excludeAuthors()).containsExactly(AccountName.of("spammer"));
        assertThat(r.minPayout()).hasValue(Asset.parse("0.500 SBD"));
        assertThat(r.maxPayout()).hasValue(Asset.parse("20.000 SBD"));
        assertThat(r.dailyCap()).isEqualTo(OptionalInt.of(5));
        assertThat(r.minMana()).isEqualTo(OptionalInt.of(8000));

        assertThat(form.rulesText(r)).isEqualTo("90 s \u00b7 scaled by the curator's vote \u00b7 no self-votes \u00b7 "
                + "only #kr #photography \u00b7 not #nsfw \u00b7 only @alice @bob \u00b7 not @spammer \u00b7 "
                + "payout \u2265 0.500 SBD \u00b7 payout \u2264 20.000 SBD \u00b7 5 a day \u00b7 mana \u2265 80%");
        assertThat(TrailEntryForm.Fields.of(entry)).isEqualTo(new TrailEntryForm.Fields(TrailSource.CURATOR,
                "kimchi", "37.5", "90", true, true, false, "kr, photography", "nsfw", "alice, bob", "spammer",
                "0.500", "20.000", "5", "80"));
    }

    @Test
    void anAuthorWithoutRulesHasTheDefaultsAndNoScaling() {
        var fields = TrailEntryForm.Fields.empty(TrailSource.AUTHOR);
        var withScale = new TrailEntryForm.Fields(TrailSource.AUTHOR, "kimchi", "50 %", "", true, false, false,
                "", "", "", "", "", "", "", "");
        var entry = form.build(withScale, NOW).entry().orElseThrow();
        assertThat(entry).isEqualTo(TrailEntry.author(AccountName.of("kimchi"), 5000, NOW));
        assertThat(form.rulesText(entry.rules())).isEmpty();
        assertThat(fields.weight()).isEqualTo("100");
        var tag = form.build(new TrailEntryForm.Fields(TrailSource.TAG, "#KR", "10", "", false, false, true,
                "", "", "", "", "", "", "", ""), NOW).entry().orElseThrow();
        assertThat(tag.name()).isEqualTo("kr");
        assertThat(tag.rules().skipComments()).isFalse();
        assertThat(form.rulesText(tag.rules())).isEqualTo("comments too");
    }

    @Test
    void theFirstWrongFieldIsNamedAndNothingIsBuilt() {
        assertThat(error(TrailSource.AUTHOR, "Not A Name", "50", "", "", "", "", ""))
                .isEqualTo("\"Not A Name\" is not a Steem account name.");
        assertThat(error(TrailSource.AUTHOR, "kimchi", "0", "", "", "", "", "")).startsWith("Type a weight above 0 %");
        assertThat(error(TrailSource.AUTHOR, "kimchi", "-20", "", "", "", "", "")).startsWith("Type a weight");
        assertThat(error(TrailSource.AUTHOR, "kimchi", "50", "1.5", "", "", "", ""))
                .startsWith("The delay is a whole number");
        assertThat(error(TrailSource.AUTHOR, "kimchi", "50", "", "kr!", "", "", "")).startsWith("\"kr!\" is not a tag");
        assertThat(error(TrailSource.AUTHOR, "kimchi", "50", "", "", "5", "1", ""))
                .isEqualTo("The minimum payout is above the maximum.");
        assertThat(error(TrailSource.AUTHOR, "kimchi", "50", "", "", "0.0001", "", ""))
                .startsWith("\"0.0001\" is not an amount of SBD");
        assertThat(error(TrailSource.AUTHOR, "kimchi", "50", "", "", "", "", "120"))
                .startsWith("The mana floor is a percentage");
    }

    private String error(TrailSource source, String name, String weight, String delay, String tags, String min,
                         String max, String mana) {
        var result = form.build(new TrailEntryForm.Fields(source, name, weight, delay, false, false, false, tags, "",
                "", "", min, max, "", mana), NOW);
        assertThat(result.entry()).isEqualTo(Optional.empty());
        return result.error();
    }

    @Test
    void rulesOfAStoredEntryComeBackIntoTheForm() {
        var rules = new TrailRules(Optional.empty(), false, false, true, Set.of(), Set.of(), Set.of(), Set.of(),
                Optional.empty(), Optional.empty(), OptionalInt.of(0), OptionalInt.empty());
        var entry = TrailEntry.author(AccountName.of("kimchi"), 10_000, NOW).withRules(rules);
        assertThat(TrailEntryForm.Fields.of(entry).dailyCap()).isEqualTo("0");
        assertThat(form.build(TrailEntryForm.Fields.of(entry), NOW).entry()).hasValue(entry);
    }
}
