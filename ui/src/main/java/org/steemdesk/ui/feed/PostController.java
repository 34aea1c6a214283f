package org.steemdesk.ui.feed;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jsoup.nodes.Document;
import org.steemdesk.app.sync.NothingCachedException;
import org.steemdesk.app.sync.PostSync;
import org.steemdesk.app.sync.PostThread;
import org.steemdesk.app.sync.Synced;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.model.ActiveVote;
import org.steemdesk.chain.rpc.model.Discussion;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.Background;
import org.steemdesk.ui.post.PostBodyPane;
import org.steemdesk.ui.post.PostHtml;
import org.steemdesk.ui.post.PostRenderer;

/**
 * One post: its rendered body with the comments under it, payout and voters — the listing's copy at once, then the
 * thread from the cache or the node. The vote panel beside it is a view of its own ({@link VotePanelController}).
 */
public final class PostController {
    private static final int VOTERS_SHOWN = 40;

    private final Supplier<PostSync> posts;
    private final Background background;
    private final Clock clock;
    private final OpenPost openPost;
    private final PostRenderer renderer;
    private final Messages messages;
    private final Formats formats;
    private int generation;
    /** The node's (or cache's) full thread has been shown; the quick first rendering must not replace it. */
    private boolean threadShown;

    @FXML private Button back;
    @FXML private ProgressIndicator postBusy;
    @FXML private Label postNotice;
    @FXML private Label title;
    @FXML private Label meta;
    @FXML private StackPane bodyHolder;
    @FXML private Label payout;
    @FXML private Label voters;

    /** @param posts the app's posts (asked off the FX thread: the first call opens cache.db) */
    public PostController(Supplier<PostSync> posts, Background background, Clock clock, OpenPost openPost,
                          PostRenderer renderer, Messages messages, Formats formats) {
        this.posts = Objects.requireNonNull(posts, "posts");
        this.background = Objects.requireNonNull(background, "background");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.openPost = Objects.requireNonNull(openPost, "openPost");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.formats = Objects.requireNonNull(formats, "formats");
    }

    @FXML
    private void initialize() {
        postNotice.managedProperty().bind(postNotice.visibleProperty());
        back.setOnAction(e -> openPost.postProperty().set(null));
        openPost.postProperty().addListener((obs, old, post) -> open(post, false));
        openPost.refreshesProperty().addListener((obs, old, count) -> open(openPost.postProperty().get(), true));
        open(openPost.postProperty().get(), false);
    }

    /** Shows {@code post}; {@code again}: the same post loaded again, its body kept until the new thread arrives. */
    private void open(Discussion post, boolean again) {
        int run = ++generation;
        postNotice.setVisible(false);
        if (!again) {
            threadShown = false;
            bodyHolder.getChildren().clear();
        }
        if (post == null) {
            return;
        }
        if (!again) {
            showSummary(post, post.activeVotes());
        }
        postBusy.setVisible(true);
        AccountName author = new AccountName(post.author());
        Permlink permlink = new Permlink(post.permlink());
        background.run(() -> PostHtml.sanitise(post.body()), safe -> {
            if (run == generation && !threadShown) {
                showBody(safe, List.of());
            }
        }, failure -> { });
        background.run(() -> {
            try {
                return posts.get().load(author, permlink).map(thread -> new Loaded(thread,
                        PostHtml.sanitise(thread.value().post().body()), replies(thread.value())));
            } catch (NothingCachedException e) {
                return Optional.<Loaded>empty();
            }
        }, loaded -> {
            if (run != generation) {
                return;
            }
            postBusy.setVisible(false);
            loaded.ifPresent(l -> {
                threadShown = true;
                showSummary(l.thread().value().post(), l.thread().value().votes());
                showBody(l.body(), l.replies());
                if (l.thread().offline()) {
                    postNotice.setText(messages.get("feed.offline", formats.dateTime(l.thread().fetchedAt())));
                    postNotice.setVisible(true);
                }
            });
        }, failure -> {
            if (run == generation) {
                postBusy.setVisible(false);
            }
        });
    }

    private record Loaded(Synced<PostThread> thread, Document body, List<ReplyNode> replies) {
    }

    /** A comment with its safe text and its answers, built off the FX thread. */
    private record ReplyNode(Discussion reply, String text, List<ReplyNode> answers) {
    }

    private static List<ReplyNode> replies(PostThread thread) {
        Map<String, List<Discussion>> byParent = new HashMap<>();
        for (Discussion reply : thread.replies()) {
            byParent.computeIfAbsent(reply.parentAuthor() + "/" + reply.parentPermlink(), k -> new ArrayList<>())
                    .add(reply);
        }
        return children(thread.post(), byParent);
    }

    private static List<ReplyNode> children(Discussion parent, Map<String, List<Discussion>> byParent) {
        return byParent.getOrDefault(parent.author() + "/" + parent.permlink(), List.of()).stream()
                .sorted(Comparator.comparing(Discussion::created))
                .map(r -> new ReplyNode(r, PostHtml.sanitise(r.body()).text(), children(r, byParent)))
                .toList();
    }

    private void showSummary(Discussion post, List<ActiveVote> votes) {
        openPost.votesProperty().set(List.copyOf(votes));
        var item = FeedItem.of(post);
        title.setText(post.title().isBlank() ? post.rootTitle() : post.title());
        meta.setText(messages.get("post.meta", post.author(), item.reputation(),
                formats.dateTime(post.created()), formats.relative(post.created(), clock.instant()),
                post.category()));
        payout.setText(post.cashoutTime().isPresent()
                ? messages.get("post.payout.pending", amount(item.payout()),
                        formats.relative(post.cashoutTime().get(), clock.instant()))
                : messages.get("post.payout.paid", amount(item.payout())));
        var shown = votes.stream().sorted(Comparator.comparingLong(ActiveVote::rshares).reversed())
                .limit(VOTERS_SHOWN).map(v -> messages.get("post.voter", v.voter(),
                        formats.percent(v.percent() / 10_000.0)))
                .toList();
        voters.setText(votes.isEmpty() ? messages.get("post.voters.none")
                : messages.get("post.voters.count", votes.size()) + "\n" + String.join(", ", shown));
    }

    private void showBody(Document safe, List<ReplyNode> replies) {
        var pane = new PostBodyPane(renderer, safe);
        // The comments scroll with the body; the pane still lazily loads the body's images.
        var content = new VBox(pane.getContent());
        content.getStyleClass().add("post");
        var heading = new Label(messages.get("post.replies.heading", countReplies(replies)));
        heading.getStyleClass().add("heading");
        content.getChildren().add(heading);
        replies.forEach(r -> content.getChildren().add(replyNode(r)));
        pane.setContent(content);
        bodyHolder.getChildren().setAll(pane);
    }

    private static int countReplies(List<ReplyNode> replies) {
        return replies.stream().mapToInt(r -> 1 + countReplies(r.answers())).sum();
    }

    private Node replyNode(ReplyNode node) {
        var author = new Label(messages.get("post.reply.author", node.reply().author(),
                formats.relative(node.reply().created(), clock.instant())));
        author.getStyleClass().add("reply-author");
        var text = new Label(node.text());
        text.setWrapText(true);
        var box = new VBox(author, text);
        box.getStyleClass().add("reply");
        node.answers().forEach(a -> box.getChildren().add(replyNode(a)));
        return box;
    }

    private String amount(Asset asset) {
        return formats.amount(asset.toDecimal(), asset.symbol().name());
    }
}
