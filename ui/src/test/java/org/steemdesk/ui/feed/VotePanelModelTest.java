package org.steemdesk.ui.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.stake.VoteEstimate;
import org.steemdesk.app.stake.VoteEstimateException;
import org.steemdesk.app.stake.VoteFigures;
import org.steemdesk.app.vote.VoteFailure;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VoteRequest;
import org.steemdesk.app.vote.VoteState;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.model.ActiveVote;
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

    @Test
    void anEarlyUpvoteShowsItsPayoutChangeCurationRewardAgePenaltyAndTheBestAge() {
        model.weight(5000);
        var texts = model.texts(estimate(5000, false, 120));
        assertThat(texts.payout()).isEqualTo("Estimated value of this vote: 0.250 SBD");
        assertThat(texts.curation()).isEqualTo("Expected curation reward: 0.040 SP (\u2248 0.020 SBD)");
        assertThat(texts.agePenalty()).isEqualTo("Age penalty: the post is 120 s old, 180 s short of the "
                + "300-second reverse auction; that part of the curation weight goes back to the reward pool.");
        assertThat(texts.bestAge()).isEqualTo("Voting when the post is 300 s old would earn 0.100 SP (0.060 SP more).");

        var korean = new VotePanelModel(new Messages(Language.KOREAN),
                new Formats(new Messages(Language.KOREAN), ZoneOffset.UTC),
                new OperationErrors(messages, new ErrorMessages(messages)));
        var inKorean = korean.texts(estimate(5000, false, 120));
        assertThat(inKorean.agePenalty()).contains("120초", "180초", "300초");
        assertThat(inKorean.curation()).startsWith("예상 큐레이션 보상: 0.040 SP");
    }

    @Test
    void aVotePastTheReverseAuctionHasNoPenaltyAndNoWhatIf() {
        var texts = model.texts(estimate(10_000, false, 3600));
        assertThat(texts.agePenalty())
                .isEqualTo("No age penalty: the post is past the 300-second reverse auction.");
        assertThat(texts.bestAge()).isEmpty();
    }

    @Test
    void aDownvoteOrAChangedVoteEarnsNoCuration() {
        model.weight(-2500);
        var down = model.texts(estimate(-2500, false, 120));
        assertThat(down.payout()).isEqualTo("Estimated value this downvote removes: 0.250 SBD");
        assertThat(down.curation()).isEqualTo("A downvote earns no curation reward.");
        assertThat(down.agePenalty()).isEmpty();
        assertThat(down.bestAge()).isEmpty();
        model.weight(2500);
        assertThat(model.texts(estimate(2500, true, 120)).curation()).contains("already");
    }

    @Test
    void aRefusalIsSaidInTheUsersLanguage() {
        var refusal = new VoteEstimateException(VoteEstimateException.Kind.IDENTICAL_VOTE, "@kr-writer/ramen-review",
                "same vote");
        assertThat(model.estimateFailure(new java.util.concurrent.CompletionException(refusal)))
                .isEqualTo("You already voted on @kr-writer/ramen-review with this weight.");
        assertThat(model.estimateFailure(new VoteEstimateException(VoteEstimateException.Kind.ZERO_WEIGHT, "0",
                "zero"))).isEqualTo(messages.get("vote.estimate.error.ZERO_WEIGHT"));
    }

    @Test
    void theWeightIsTypedExactlyAndADownvoteSaysSo() {
        assertThat(model.weightTyped("37.5 %")).isTrue();
        assertThat(model.weight()).isEqualTo(3750);
        assertThat(model.weightFieldText()).isEqualTo("37.5 %");
        assertThat(model.weightKind()).isEqualTo("Upvote");
        assertThat(model.buttonText()).isEqualTo("Vote");
        assertThat(model.weightTyped("150")).isFalse();
        assertThat(model.weight()).isEqualTo(3750);

        assertThat(model.weightTyped("-100")).isTrue();
        assertThat(model.weightFieldText()).isEqualTo("-100 %");
        assertThat(model.weightKind()).isEqualTo("Downvote");
        assertThat(model.buttonText()).isEqualTo("Downvote");
        assertThat(model.downvoteQuestion(AUTHOR, PERMLINK)).startsWith("Downvote @kr-writer/ramen-review at -100 %?");
        model.weight(0);
        assertThat(model.weightKind()).isEqualTo("0 % is no vote");
        assertThat(model.weightFieldText()).isEqualTo("0 %");

        var korean = new VotePanelModel(new Messages(Language.KOREAN),
                new Formats(new Messages(Language.KOREAN), ZoneOffset.UTC),
                new OperationErrors(messages, new ErrorMessages(messages)));
        korean.weight(-5000);
        assertThat(korean.buttonText()).isEqualTo("다운보팅");
        assertThat(korean.weightKind()).isEqualTo("다운보팅");
    }

    @Test
    void aNewPostStartsWithoutThePreviousPostsOptionsOrDownvote() {
        model.atAge(true, 30);
        model.minMana(true, 95);
        model.weight(-5000);
        model.resetForNewPost();
        assertThat(model.atAge()).isFalse();
        assertThat(model.minMana()).isFalse();
        assertThat(model.weight()).isEqualTo(10_000);
        assertThat(model.request(ALICE, AUTHOR, PERMLINK)).isEqualTo(VoteRequest.now(ALICE, AUTHOR, PERMLINK, 10_000));

        model.weight(2500);
        model.resetForNewPost();
        assertThat(model.weight()).as("an upvote weight is the curator's habit and stays").isEqualTo(2500);
    }

    @Test
    void myVoteIsFoundAmongThePostsVotes() {
        var votes = List.of(new ActiveVote("bob", 1, 10, 10_000, 0, Optional.empty()),
                new ActiveVote("alice", 1, 10, 3750, 0, Optional.empty()));
        assertThat(model.myVote(votes, ALICE)).isEqualTo("Your vote: 37.5 %");
        assertThat(model.myVote(List.of(new ActiveVote("alice", 0, -10, -10_000, 0, Optional.empty())), ALICE))
                .isEqualTo("Your downvote: -100 %");
        assertThat(model.myVote(votes, AccountName.of("carol"))).isEmpty();
    }

    /** An estimate with round figures: 0.250 SBD payout change, 0.040 STEEM curation now and 0.100 at 300 s. */
    private static VoteEstimate estimate(int weight, boolean changesVote, long ageSeconds) {
        Instant at = Instant.parse("2026-01-15T12:00:00Z");
        long change = weight < 0 ? -250 : 250;
        var now = new VoteFigures(at, ageSeconds, 100, weight * 1_000L, Asset.of(1250, AssetSymbol.SBD),
                Asset.of(change, AssetSymbol.SBD), BigInteger.valueOf(400), BigInteger.valueOf(1000),
                BigInteger.valueOf(5000), Asset.steem("0.040"), Asset.of(20, AssetSymbol.SBD));
        var best = new VoteFigures(at.plusSeconds(300 - Math.min(ageSeconds, 300)), Math.max(ageSeconds, 300), 100,
                weight * 1_000L, Asset.of(1250, AssetSymbol.SBD), Asset.of(change, AssetSymbol.SBD),
                BigInteger.valueOf(1000), BigInteger.valueOf(1000), BigInteger.valueOf(5000),
                ageSeconds >= 300 ? Asset.steem("0.040") : Asset.steem("0.100"), Asset.of(50, AssetSymbol.SBD));
        return new VoteEstimate(weight, 300, changesVote, Asset.of(1000, AssetSymbol.SBD), now, best);
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
