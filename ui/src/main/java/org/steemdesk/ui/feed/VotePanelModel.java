package org.steemdesk.ui.feed;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.steemdesk.app.rewards.VoteEstimateMessages;
import org.steemdesk.app.stake.VoteEstimate;
import org.steemdesk.app.stake.VoteEstimateException;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VoteRequest;
import org.steemdesk.app.vote.VoteState;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.model.ActiveVote;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.Background;
import org.steemdesk.ui.OperationErrors;
import org.steemdesk.ui.session.VoteDispatcher;

/**
 * The post's vote panel without JavaFX, so it is tested with plain JUnit: the weight in basis points (−100 %…100 %,
 * below zero a downvote; typed as {@code 37.5 %} or set from the slider in whole percents), the schedule options
 * (when the post is N minutes old, only while the voting mana is at least X %), the request they make, and what
 * the panel says about the estimate and the vote's outcome.
 */
public final class VotePanelModel {
    /** A percentage with at most two decimals (a basis point), an optional sign and an optional {@code %}. */
    private static final Pattern PERCENT = Pattern.compile("([+\\-\u2212]?)(\\d{1,3}(?:\\.\\d{0,2})?|\\.\\d{1,2})\\s*%?");

    /** How the panel's message reads: plainly, as a success or as an error. */
    public enum Tone { INFO, SUCCESS, ERROR }

    /** What the panel says, and in which tone. */
    public record Message(String text, Tone tone) {
        public Message {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(tone, "tone");
        }
    }

    /**
     * What the panel says about a vote's estimate, one line each: the payout change, the expected curation reward,
     * the age penalty (seconds before the reverse auction ends), and the best-age what-if (empty when voting now
     * loses nothing).
     */
    public record EstimateTexts(String payout, String curation, String agePenalty, String bestAge) {
    }

    private final Messages messages;
    private final Formats formats;
    private final OperationErrors errors;
    private int weight = VoteRequest.MAX_WEIGHT;
    private boolean atAge;
    private int atAgeMinutes = 15;
    private boolean minMana;
    private int minManaPercent = 80;

    public VotePanelModel(Messages messages, Formats formats, OperationErrors errors) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    /**
     * A weight as typed: {@code 37.5 %} → 3750, {@code -100} → −10000; empty when it is not a percentage between
     * −100 % and 100 % with at most two decimals.
     */
    public static OptionalInt parseWeight(String text) {
        Matcher m = PERCENT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        int magnitude = new BigDecimal(m.group(2)).movePointRight(2).intValueExact();
        int basisPoints = m.group(1).isEmpty() || m.group(1).equals("+") ? magnitude : -magnitude;
        return Math.abs(basisPoints) <= VoteRequest.MAX_WEIGHT ? OptionalInt.of(basisPoints) : OptionalInt.empty();
    }

    /** The weight in basis points. */
    public int weight() {
        return weight;
    }

    /** @throws IllegalArgumentException outside −10000…10000 */
    public void weight(int basisPoints) {
        if (Math.abs(basisPoints) > VoteRequest.MAX_WEIGHT) {
            throw new IllegalArgumentException("a vote weight is -10000..10000 basis points, got " + basisPoints);
        }
        weight = basisPoints;
    }

    /** The slider's value: whole percents, as the slider steps. */
    public void weightPercent(double percent) {
        weight(Math.toIntExact(Math.round(percent)) * 100);
    }

    public boolean downvote() {
        return weight < 0;
    }

    /** The weight beside the slider, in whole percents. */
    public String weightText() {
        return messages.get("post.vote.weight", Math.round(weight / 100.0));
    }

    /** The weight as the panel's field shows it, exactly: {@code 37.5 %}, {@code -100 %}. */
    public String weightFieldText() {
        return VoteMark.percent(weight);
    }

    /** Takes a typed weight ({@code 37.5 %} → 3750); false, and the weight unchanged, when it is not one. */
    public boolean weightTyped(String text) {
        OptionalInt typed = parseWeight(text);
        typed.ifPresent(this::weight);
        return typed.isPresent();
    }

    /** What the weight is: an upvote, a downvote, or (at 0 %) no vote at all. */
    public String weightKind() {
        if (weight < 0) {
            return messages.get("post.vote.kind.down");
        }
        return weight == 0 ? messages.get("post.vote.kind.zero") : messages.get("post.vote.kind.up");
    }

    /** The button's label: a downvote says so. */
    public String buttonText() {
        return downvote() ? messages.get("post.vote.downvote") : messages.get("post.vote.button");
    }

    /** The question asked before a downvote is recorded. */
    public String downvoteQuestion(AccountName author, Permlink permlink) {
        return messages.get("post.vote.confirmDown", author.value(), permlink.value(), weightFieldText());
    }

    /** The voter's current vote among the post's votes, or an empty text when there is none. */
    public String myVote(List<ActiveVote> votes, AccountName voter) {
        return VoteMark.sentence(messages, votes, voter);
    }

    /**
     * A newly opened post starts without the previous post's schedule and mana floor, so a vote never waits for a
     * condition set for another post; a downvote weight does not carry over either.
     */
    public void resetForNewPost() {
        atAge = false;
        minMana = false;
        if (weight <= 0) {
            weight = VoteRequest.MAX_WEIGHT;
        }
    }

    public boolean atAge() {
        return atAge;
    }

    public boolean minMana() {
        return minMana;
    }

    /** Vote only once the post is this many minutes old (chain time), or as soon as possible. */
    public void atAge(boolean on, int minutes) {
        atAge = on;
        atAgeMinutes = minutes;
    }

    /** Vote only while the voting mana is at least this many percent, or whatever it is. */
    public void minMana(boolean on, int percent) {
        minMana = on;
        minManaPercent = percent;
    }

    /** The vote the panel asks for, by {@code voter} on the post (or comment) {@code author/permlink}. */
    public VoteRequest request(AccountName voter, AccountName author, Permlink permlink) {
        var request = VoteRequest.now(voter, author, permlink, weight);
        if (atAge) {
            request = request.withAtAge(Duration.ofMinutes(atAgeMinutes));
        }
        if (minMana) {
            request = request.withMinMana(minManaPercent * 100);
        }
        return request;
    }

    /** What the vote is worth (or, for a downvote, what it takes away). */
    public String estimate(Asset value) {
        String amount = formats.amount(value.toDecimal(), value.symbol().name());
        return downvote() ? messages.get("post.vote.value.down", amount) : messages.get("post.vote.value", amount);
    }

    /** The panel's lines for the estimate of a vote at the panel's weight, as steemd would apply it now. */
    public EstimateTexts texts(VoteEstimate estimate) {
        Asset change = estimate.payoutChange();
        String payout = estimate(change.isNegative() ? Asset.of(-change.amount(), change.symbol()) : change);
        if (estimate.weight() < 0) {
            return new EstimateTexts(payout, messages.get("post.vote.curation.downvote"), "", "");
        }
        if (estimate.changesVote()) {
            return new EstimateTexts(payout, messages.get("post.vote.curation.changed"), "", "");
        }
        String curation = messages.get("post.vote.curation", sp(estimate.curationReward()),
                amount(estimate.now().curationRewardValue()));
        long penalty = estimate.agePenaltySeconds();
        if (penalty == 0) {
            return new EstimateTexts(payout, curation,
                    messages.get("post.vote.age.none", estimate.reverseAuctionSeconds()), "");
        }
        String agePenalty = messages.get("post.vote.age.penalty", estimate.ageSeconds(), penalty,
                estimate.reverseAuctionSeconds());
        String bestAge = messages.get("post.vote.age.best", estimate.reverseAuctionSeconds(),
                sp(estimate.atBestAge().curationReward()), sp(estimate.curationRewardLostToAge()));
        return new EstimateTexts(payout, curation, agePenalty, bestAge);
    }

    private String amount(Asset value) {
        return formats.amount(value.toDecimal(), value.symbol().name());
    }

    /** Curation rewards are STEEM paid as Steem Power, so the panel says SP. */
    private String sp(Asset steem) {
        return formats.amount(steem.toDecimal(), "SP");
    }

    /** Why there is no estimate: the chain's refusal (paid out, same vote, …) or no node answering. */
    public String estimateFailure(Throwable failure) {
        return Background.unwrap(failure) instanceof VoteEstimateException e
                ? VoteEstimateMessages.describe(e, messages) : messages.get("post.vote.value.offline");
    }

    /** What became of the vote just recorded: sent, failed (and why), or waiting (and for what). */
    public Message outcome(VoteDispatcher.Recorded recorded) {
        VoteIntent intent = recorded.intent();
        if (intent.state() == VoteState.SENT) {
            return new Message(messages.get("post.vote.sent"), Tone.SUCCESS);
        }
        if (intent.state() == VoteState.FAILED) {
            return new Message(intent.reason().map(errors::vote).orElse(messages.get("post.vote.failed")),
                    Tone.ERROR);
        }
        if (recorded.locked()) {
            return new Message(messages.get("post.vote.queued.locked"), Tone.INFO);
        }
        return new Message(recorded.offline() ? messages.get("post.vote.queued.offline")
                : messages.get("post.vote.queued"), Tone.INFO);
    }

    /** Why the vote could not be recorded. */
    public Message failure(Throwable failure) {
        return new Message(errors.describe(failure), Tone.ERROR);
    }
}
