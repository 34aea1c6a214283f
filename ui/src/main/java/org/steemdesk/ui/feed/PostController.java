package org.steemdesk.ui.feed;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.fxml.FXML;
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
import org.steemdesk.ui.session.VaultSession;

/**
 * One post: its rendered body with the comments under it, payout and voters — the listing's copy at once, then the
 * thread from the cache or the node. The vote panel beside it is a view of its own ({@link VotePanelController}); it
 * votes on the post, or on a comment chosen by the comment's vote button ({@link CommentTree}).
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
    private final VaultSession session;
    /** Kept as a field: the session outlives this view, which a language switch replaces. */
    private final InvalidationListener accountChanged = this::accountChanged;
    private CommentTree comments;
    private List<ActiveVote> postVotes = List.of();
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
    public PostController(Supplier<PostSync> posts, Background background, Clock clock, VaultSession session,
                          OpenPost openPost, PostRenderer renderer, Messages messages, Formats formats) {
        this.session = session;
        this.posts = posts;
        this.background = background;
        this.clock = clock;
        this.openPost = openPost;
        this.renderer = renderer;
        this.messages = messages;
        this.formats = formats;
    }

    private record Loaded(Synced<PostThread> thread, Document body, List<CommentTree.Reply> replies) {
    }

    @FXML
    private void initialize() {
        comments = new CommentTree(messages, formats, clock, openPost, session.currentAccountProperty()::get);
        openPost.targetProperty().addListener((obs, old, target) -> publishVotes());
        session.currentAccountProperty().addListener(new WeakInvalidationListener(accountChanged));
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
            // The vote lines hold their comment's nodes, and through their parents the whole closed body.
            comments.forget();
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
                        PostHtml.sanitise(thread.value().post().body()), CommentTree.replies(thread.value())));
            } catch (NothingCachedException e) {
                return Optional.<Loaded>empty();
            }
        }, loaded -> {
            if (run != generation) {
                return;
            }
            postBusy.setVisible(false);
            loaded.ifPresent(l -> {
                showSummary(l.thread().value().post(), l.thread().value().votes());
                // Loaded again after a vote: the comments take their fresh votes in place (the scroll stays).
                if (!again || !threadShown || !comments.update(l.replies())) {
                    showBody(l.body(), l.replies());
                }
                threadShown = true;
                publishVotes();
                Discussion fresh = l.thread().value().post();
                // A node whose get_content leaves active_votes out would take the feed row's votes away: not used.
                if (!fresh.activeVotes().isEmpty() || l.thread().value().votes().isEmpty()) {
                    openPost.loadedProperty().set(fresh);
                }
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

    private void showSummary(Discussion post, List<ActiveVote> votes) {
        postVotes = List.copyOf(votes);
        publishVotes();
        Asset value = FeedItem.payout(post);
        title.setText(post.title().isBlank() ? post.rootTitle() : post.title());
        meta.setText(messages.get("post.meta", post.author(), FeedItem.reputation(post.authorReputation()),
                formats.dateTime(post.created()), formats.relative(post.created(), clock.instant()),
                post.category()));
        payout.setText(post.cashoutTime().isPresent()
                ? messages.get("post.payout.pending", amount(value),
                        formats.relative(post.cashoutTime().get(), clock.instant()))
                : messages.get("post.payout.paid", amount(value)));
        var shown = votes.stream().sorted(Comparator.comparingLong(ActiveVote::rshares).reversed())
                .limit(VOTERS_SHOWN).map(v -> messages.get("post.voter", v.voter(),
                        formats.percent(v.percent() / 10_000.0)))
                .toList();
        voters.setText(votes.isEmpty() ? messages.get("post.voters.none")
                : messages.get("post.voters.count", votes.size()) + "\n" + String.join(", ", shown));
    }

    /** The vote panel's target's votes: the post's, or the comment's as last loaded. */
    private void publishVotes() {
        Discussion target = openPost.targetProperty().get();
        openPost.votesProperty().set(openPost.targetIsComment()
                ? comments.find(target).orElse(target).activeVotes() : postVotes);
    }

    private void accountChanged(javafx.beans.Observable account) {
        comments.accountChanged();
    }

    private void showBody(Document safe, List<CommentTree.Reply> replies) {
        var pane = new PostBodyPane(renderer, safe);
        // The comments scroll with the body; the pane still lazily loads the body's images.
        var content = new VBox(pane.getContent());
        content.getStyleClass().add("post");
        var heading = new Label(messages.get("post.replies.heading", CommentTree.count(replies)));
        heading.getStyleClass().add("heading");
        content.getChildren().add(heading);
        content.getChildren().addAll(comments.build(replies));
        pane.setContent(content);
        bodyHolder.getChildren().setAll(pane);
    }

    private String amount(Asset asset) {
        return formats.amount(asset.toDecimal(), asset.symbol().name());
    }
}
