package org.steemdesk.ui.feed;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.steemdesk.app.sync.PostThread;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.rpc.model.Discussion;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.post.PostHtml;

/**
 * The comments under a post, each with its author, age and text, and a vote line: its votes on a button that points
 * the vote panel at the comment, its payout and the current account's vote. After a vote the post is loaded again
 * and the vote lines take the fresh figures in place, so the reader keeps the place he scrolled to.
 */
final class CommentTree {
    /** A comment with its safe text and its answers, built off the FX thread. */
    record Reply(Discussion comment, String text, List<Reply> answers) {
    }

    private final Messages messages;
    private final Formats formats;
    private final Clock clock;
    private final OpenPost openPost;
    private final Supplier<AccountName> account;
    /** The vote lines shown, by author/permlink, in the order of the tree. */
    private final Map<String, VoteLine> lines = new LinkedHashMap<>();

    CommentTree(Messages messages, Formats formats, Clock clock, OpenPost openPost, Supplier<AccountName> account) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.openPost = Objects.requireNonNull(openPost, "openPost");
        this.account = Objects.requireNonNull(account, "account");
        openPost.targetProperty().addListener((obs, old, target) -> lines.values().forEach(VoteLine::markTarget));
    }

    /** The thread's comments as a tree, oldest first under each parent; pure, for a background thread. */
    static List<Reply> replies(PostThread thread) {
        Map<String, List<Discussion>> byParent = new HashMap<>();
        for (Discussion reply : thread.replies()) {
            byParent.computeIfAbsent(reply.parentAuthor() + "/" + reply.parentPermlink(), k -> new ArrayList<>())
                    .add(reply);
        }
        return children(thread.post(), byParent);
    }

    private static List<Reply> children(Discussion parent, Map<String, List<Discussion>> byParent) {
        return byParent.getOrDefault(key(parent), List.of()).stream()
                .sorted(Comparator.comparing(Discussion::created))
                .map(r -> new Reply(r, PostHtml.sanitise(r.body()).text(), children(r, byParent)))
                .toList();
    }

    static int count(List<Reply> replies) {
        return replies.stream().mapToInt(r -> 1 + count(r.answers())).sum();
    }

    /** The nodes of {@code replies}, replacing the ones built before. */
    List<Node> build(List<Reply> replies) {
        lines.clear();
        return replies.stream().map(this::node).toList();
    }

    /** Forgets the comments shown (their post closed or another opened): their nodes must not outlive the post. */
    void forget() {
        lines.clear();
    }

    /**
     * Fresh copies of the comments shown: when they are the same comments, their vote lines take the new figures
     * and this answers true; otherwise (a comment came or went) false, and the tree must be built again.
     */
    boolean update(List<Reply> replies) {
        Map<String, Discussion> fresh = new LinkedHashMap<>();
        flatten(replies, fresh);
        if (!fresh.keySet().equals(lines.keySet())) {
            return false;
        }
        fresh.forEach((key, comment) -> lines.get(key).show(comment));
        return true;
    }

    /** The comment as last loaded, if it is one of the comments shown. */
    Optional<Discussion> find(Discussion comment) {
        return Optional.ofNullable(lines.get(key(comment))).map(VoteLine::comment);
    }

    /** The current account changed: its marks again. */
    void accountChanged() {
        lines.values().forEach(line -> line.show(line.comment()));
    }

    private static void flatten(List<Reply> replies, Map<String, Discussion> into) {
        for (Reply reply : replies) {
            into.put(key(reply.comment()), reply.comment());
            flatten(reply.answers(), into);
        }
    }

    private static String key(Discussion d) {
        return d.author() + "/" + d.permlink();
    }

    private Node node(Reply reply) {
        var author = new Label(messages.get("post.reply.author", reply.comment().author(),
                formats.relative(reply.comment().created(), clock.instant())));
        author.getStyleClass().add("reply-author");
        var text = new Label(reply.text());
        text.setWrapText(true);
        var line = new VoteLine(reply.comment());
        lines.put(key(reply.comment()), line);
        var box = new VBox(author, text, line.row);
        box.getStyleClass().add("reply");
        line.box = box;
        line.markTarget();
        reply.answers().forEach(a -> box.getChildren().add(node(a)));
        return box;
    }

    /** One comment's votes (a button choosing it for the vote panel), payout and the current account's mark. */
    private final class VoteLine {
        private final Button votes = new Button();
        private final Label payout = new Label();
        private final Label mine = new Label();
        private final HBox row = new HBox(votes, payout, mine);
        private VBox box;
        private Discussion comment;

        VoteLine(Discussion comment) {
            votes.setGraphic(new FontIcon("fth-thumbs-up"));
            votes.getStyleClass().addAll("flat", "small", "reply-vote");
            votes.setTooltip(new Tooltip(messages.get("post.reply.vote.tooltip")));
            votes.setOnAction(e -> openPost.targetProperty().set(this.comment));
            payout.getStyleClass().add("reply-payout");
            mine.getStyleClass().add("reply-mine");
            row.getStyleClass().add("reply-votes");
            show(comment);
        }

        Discussion comment() {
            return comment;
        }

        void show(Discussion fresh) {
            comment = fresh;
            votes.setText(messages.get("post.reply.votes", fresh.activeVotes().size()));
            Asset value = FeedItem.payout(fresh);
            payout.setText(formats.amount(value.toDecimal(), value.symbol().name()));
            mine.setText(VoteMark.mark(messages, fresh.activeVotes(), account.get()));
            mine.setVisible(!mine.getText().isEmpty());
        }

        void markTarget() {
            if (box == null) {
                return;
            }
            box.getStyleClass().remove("reply-target");
            if (openPost.targetIsComment() && OpenPost.same(comment, openPost.targetProperty().get())) {
                box.getStyleClass().add("reply-target");
            }
        }
    }
}
