package org.steemdesk.ui.feed;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.rpc.model.ActiveVote;
import org.steemdesk.i18n.Messages;

/**
 * The current account's vote among a post's or a comment's votes, as the vote panel, the comments and the feed rows
 * mark it: the exact weight ({@code 37.5 %}), a downvote said as one.
 */
final class VoteMark {
    private VoteMark() {
    }

    static Optional<ActiveVote> find(List<ActiveVote> votes, AccountName voter) {
        return voter == null ? Optional.empty()
                : votes.stream().filter(v -> v.voter().equals(voter.value())).findFirst();
    }

    /** A weight in basis points as a percentage with at most two decimals: {@code 3750} → {@code 37.5 %}. */
    static String percent(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + " %";
    }

    /** "Your vote: 50 %" (or "Your downvote: …"), empty when {@code voter} has not voted. */
    static String sentence(Messages messages, List<ActiveVote> votes, AccountName voter) {
        return find(votes, voter).map(v -> v.percent() < 0 ? messages.get("post.vote.mine.down", percent(v.percent()))
                : messages.get("post.vote.mine", percent(v.percent()))).orElse("");
    }

    /** The short mark of a feed row or a comment: "▲ 50 %" / "내 보팅 50 %"; empty when there is no vote. */
    static String mark(Messages messages, List<ActiveVote> votes, AccountName voter) {
        return find(votes, voter).map(v -> v.percent() < 0 ? messages.get("feed.mine.down", percent(v.percent()))
                : messages.get("feed.mine", percent(v.percent()))).orElse("");
    }
}
