package org.steemdesk.ui.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.vote.VoteFailure;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VoteRequest;
import org.steemdesk.app.vote.VoteState;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.ErrorMessages;
import org.steemdesk.ui.OperationErrors;
import org.steemdesk.ui.feed.VotePanelModel.Tone;
import org.steemdesk.ui.session.VoteDispatcher;

/** The vote panel's view model, without a toolkit: the weight, the schedule options and what the panel says. */
class VotePanelModelTest {
    private static final AccountName ALICE = AccountName.of("alice");
    private static final AccountName AUTHOR = AccountName.of("kr-writer");
    private static final Permlink PERMLINK = Permlink.of("ramen-review");

    private final Messages messages = new Messages(Language.ENGLISH);
    private final VotePanelModel model = new VotePanelModel(messages, new Formats(messages, ZoneOffset.UTC),
            new OperationErrors(messages, new ErrorMessages(messages)));

    @Test
    void aTypedWeightIsReadToTheBasisPoint() {
        assertThat(VotePanelModel.parseWeight("37.5 %")).hasValue(3750);
        assertThat(VotePanelModel.parseWeight("37.5%")).hasValue(3750);
        assertThat(VotePanelModel.parseWeight(" 100 ")).hasValue(10_000);
        assertThat(VotePanelModel.parseWeight("100.00")).hasValue(10_000);
        assertThat(VotePanelModel.parseWeight("+25")).hasValue(2500);
        assertThat(VotePanelModel.parseWeight("-100")).hasValue(-10_000);
        assertThat(VotePanelModel.parseWeight("\u221250 %")).hasValue(-5000);
        assertThat(VotePanelModel.parseWeight("0.01")).hasValue(1);
        assertThat(VotePanelModel.parseWeight(".5")).hasValue(50);
        assertThat(VotePanelModel.parseWeight("0")).hasValue(0);
    }

    @Test
    void aWeightBeyondAHundredPercentOrFinerThanABasisPointIsNotAWeight() {
        for (String text : new String[] {"100.01", "-101", "1000", "37.555", "", " ", "%", "abc", "1e2", "37,5",
                "--5", "5 %%", null}) {
            assertThat(VotePanelModel.parseWeight(text)).as("\"%s\"", text).isEqualTo(OptionalInt.empty());
        }
    }

    @Test
    void theSliderStepsInWholePercentsAndBelowZeroIsADownvote() {
        assertThat(model.weight()).isEqualTo(10_000);
        assertThat(model.downvote()).isFalse();
        assertThat(model.weightText()).isEqualTo("100%");
        model.weightPercent(-37.4);
        assertThat(model.weight()).isEqualTo(-3700);
        assertThat(model.downvote()).isTrue();
        assertThat(model.weightText()).isEqualTo("-37%");
        model.weight(3750);
        assertThat(model.weightText()).isEqualTo("38%");
        assertThatThrownBy(() -> model.weight(10_001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> model.weightPercent(-100.6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRequestCarriesTheWeightAndOnlyTheScheduleOptionsThatAreOn() {
        model.weightPercent(50);
        assertThat(model.request(ALICE, AUTHOR, PERMLINK)).isEqualTo(VoteRequest.now(ALICE, AUTHOR, PERMLINK, 5000));

        model.atAge(true, 15);
        model.minMana(true, 80);
        var scheduled = model.request(ALICE, AUTHOR, PERMLINK);
        assertThat(scheduled.atAge()).hasValue(Duration.ofMinutes(15));
        assertThat(scheduled.minManaBasisPoints()).hasValue(8000);
        assertThat(scheduled.notBefore()).isEmpty();

        model.atAge(false, 15);
        model.minMana(false, 80);
        assertThat(model.request(ALICE, AUTHOR, PERMLINK).atAge()).isEmpty();
        assertThat(model.request(ALICE, AUTHOR, PERMLINK).minManaBasisPoints()).isEmpty();
    }

    @Test
    void theEstimateSaysWhatAnUpvoteAddsOrADownvoteRemoves() {
        assertThat(model.estimate(Asset.steem("0.123"))).isEqualTo("Estimated value of this vote: 0.123 STEEM");
        model.weightPercent(-100);
        assertThat(model.estimate(Asset.steem("0.123")))
                .isEqualTo("Estimated value this downvote removes: 0.123 STEEM");
        assertThat(model.estimateFailure(new NodeUnreachableException("no node", null)))
                .isEqualTo(messages.get("post.vote.value.offline"));
    }

    @Test
    void theOutcomeSaysSentFailedOrWhatTheVoteWaitsFor() {
        assertThat(model.outcome(recorded(VoteState.SENT, Optional.empty(), false, false)))
                .isEqualTo(new VotePanelModel.Message("The vote was sent.", Tone.SUCCESS));
        assertThat(model.outcome(recorded(VoteState.FAILED, Optional.of(VoteFailure.POST_PAID_OUT), false, false)))
                .isEqualTo(new VotePanelModel.Message(messages.get("vote.failure.POST_PAID_OUT"), Tone.ERROR));
        assertThat(model.outcome(recorded(VoteState.FAILED, Optional.empty(), false, false)).text())
                .isEqualTo("The vote failed.");
        assertThat(model.outcome(recorded(VoteState.PENDING, Optional.empty(), true, false)))
                .isEqualTo(new VotePanelModel.Message(messages.get("post.vote.queued.locked"), Tone.INFO));
        assertThat(model.outcome(recorded(VoteState.PENDING, Optional.empty(), false, true)).text())
                .startsWith("Offline:");
        assertThat(model.outcome(recorded(VoteState.PENDING, Optional.empty(), false, false)).text())
                .isEqualTo("The vote is queued and goes when it is due.");
    }

    private static VoteDispatcher.Recorded recorded(VoteState state, Optional<VoteFailure> reason, boolean locked,
                                                    boolean offline) {
        Instant now = Instant.parse("2026-01-15T12:00:00Z");
        var intent = new VoteIntent(1, ALICE, AUTHOR, PERMLINK, 10_000, now, Optional.empty(), Optional.empty(),
                OptionalInt.empty(), state, Optional.empty(), OptionalLong.empty(), Optional.empty(), reason,
                Optional.empty(), Optional.empty(), now);
        return new VoteDispatcher.Recorded(intent, locked, offline);
    }
}
