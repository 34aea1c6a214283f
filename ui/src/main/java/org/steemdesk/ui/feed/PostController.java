package org.steemdesk.ui.feed;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jsoup.nodes.Document;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.rewards.VoteEstimateMessages;
import org.steemdesk.app.stake.VoteEstimateException;
import org.steemdesk.app.sync.NothingCachedException;
import org.steemdesk.app.sync.PostSync;
import org.steemdesk.app.sync.PostThread;
import org.steemdesk.app.sync.Synced;
import org.steemdesk.app.vote.VoteInputs;
import org.steemdesk.app.vote.VoteRequest;
import org.steemdesk.app.vote.VoteState;
import org.steemdesk.app.vote.Votes;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.model.ActiveVote;
import org.steemdesk.chain.rpc.model.Discussion;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.Background;
import org.steemdesk.ui.OperationErrors;
import org.steemdesk.ui.post.PostBodyPane;
import org.steemdesk.ui.post.PostHtml;
import org.steemdesk.ui.post.PostRenderer;
import org.steemdesk.ui.session.VaultSession;
import org.steemdesk.ui.session.VoteDispatcher;

/**
 * One post: its rendered body, payout, voters and comments, and the vote control (weight slider with the vote's
 * estimated value, optional schedule and mana floor). The vote is recorded in the queue and sent by the
 * {@link VoteDispatcher} when the vault is unlocked and a node answers.
 */
public final class PostController {
    static final Duration ESTIMATE_DELAY = Duration.ofMillis(150);
    private static final int VOTERS_SHOWN = 40;
    private static final String ERROR = "error";
    private static final String SUCCESS = "success";

    private final Supplier<PostSync> posts;
    private final Votes votes;
    private final Background background;
    private final Clock clock;
    private final VaultSession session;
    private final OpenPost openPost;
    private final VoteDispatcher sender;
    private final PostRenderer renderer;
    private final Messages messages;
    private final Formats formats;
    private final OperationErrors errors;
    private final PauseTransition estimateDelay = new PauseTransition(javafx.util.Duration.millis(
            ESTIMATE_DELAY.toMillis()));
    private VoteInputs inputs;
    private int generation;
    /** The node's (or cache's) full thread has been shown; the quick first rendering must not replace it. */
    private boolean threadShown;

    @FXML private Button back;
    @FXML private ProgressIndicator busy;
    @FXML private Label notice;
    @FXML private Label title;
    @FXML private Label meta;
    @FXML private StackPane bodyHolder;
    @FXML private Slider weight;
    @FXML private Label weightLabel;
    @FXML private Label voteValue;
    @FXML private CheckBox atAgeOption;
    @FXML private Spinner<Integer> atAgeMinutes;
    @FXML private CheckBox minManaOption;
    @FXML private Spinner<Integer> minMana;
    @FXML private Button voteButton;
    @FXML private ProgressIndicator voteBusy;
    @FXML private Label voteMessage;
    @FXML private Label payout;
    @FXML private Label voters;

    /** @param posts the app's posts (asked off the FX thread: the first call opens cache.db) */
    public PostController(Supplier<PostSync> posts, Votes votes, Background background, Clock clock,
                          VaultSession session, OpenPost openPost, VoteDispatcher sender, PostRenderer renderer,
                          Messages messages, Formats formats, OperationErrors errors) {
        this.posts = Objects.requireNonNull(posts, "posts");
        this.votes = Objects.requireNonNull(votes, "votes");
        this.background = Objects.requireNonNull(background, "background");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.session = Objects.requireNonNull(session, "session");
        this.openPost = Objects.requireNonNull(openPost, "openPost");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    @FXML
    private void initialize() {
        back.setOnAction(e -> openPost.postProperty().set(null));
        atAgeMinutes.setValueFactory(new IntegerSpinnerValueFactory(1, 7 * 24 * 60, 15));
        minMana.setValueFactory(new IntegerSpinnerValueFactory(1, 100, 80));
        atAgeMinutes.disableProperty().bind(atAgeOption.selectedProperty().not());
        minMana.disableProperty().bind(minManaOption.selectedProperty().not());
        weight.valueProperty().addListener((obs, old, value) -> {
            long step = Math.round(value.doubleValue());
            if (step != value.doubleValue()) {
                weight.setValue(step);
                return;
            }
            showWeight();
            estimateDelay.playFromStart();
        });
        estimateDelay.setOnFinished(e -> estimate());
        voteButton.setOnAction(e -> vote());
        showWeight();
        openPost.postProperty().addListener((obs, old, post) -> open(post));
        open(openPost.postProperty().get());
    }

    private int weightBasisPoints() {
        return (int) Math.round(weight.getValue()) * 100;
    }

    private void showWeight() {
        weightLabel.setText(messages.get("post.vote.weight", Math.round(weight.getValue())));
    }

    private void open(Discussion post) {
        int run = ++generation;
        inputs = null;
        threadShown = false;
        voteMessage.setText(null);
        voteValue.setText(messages.get("post.vote.value.unknown"));
        bodyHolder.getChildren().clear();
        notice.setManaged(false);
        notice.setVisible(false);
        if (post == null) {
            return;
        }
        showSummary(post, post.activeVotes());
        busy.setVisible(true);
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
            busy.setVisible(false);
            loaded.ifPresent(l -> {
                threadShown = true;
                showSummary(l.thread().value().post(), l.thread().value().votes());
                showBody(l.body(), l.replies());
                if (l.thread().offline()) {
                    notice.setText(messages.get("feed.offline", formats.dateTime(l.thread().fetchedAt())));
                    notice.setManaged(true);
                    notice.setVisible(true);
                }
            });
        }, failure -> {
            if (run == generation) {
                busy.setVisible(false);
            }
        });
        loadVoteInputs(run, post);
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
        heading.getStyleClass().add("post-heading");
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

    private void loadVoteInputs(int run, Discussion post) {
        AccountName voter = session.currentAccountProperty().get();
        voteButton.setDisable(voter == null);
        if (voter == null) {
            voteValue.setText(messages.get("post.vote.noAccount"));
            return;
        }
        background.run(() -> {
            try {
                return votes.estimateInputs(voter, post);
            } catch (NodeUnreachableException e) {
                throw new CompletionException(e);
            }
        }, fetched -> {
            if (run == generation) {
                inputs = fetched;
                estimate();
            }
        }, failure -> {
            if (run == generation) {
                voteValue.setText(estimateFailure(failure));
            }
        });
    }

    private void estimate() {
        VoteInputs known = inputs;
        if (known == null) {
            return;
        }
        int basisPoints = weightBasisPoints();
        int run = generation;
        background.run(() -> known.value(basisPoints), value -> {
            if (run == generation && basisPoints == weightBasisPoints()) {
                voteValue.setText(basisPoints < 0 ? messages.get("post.vote.value.down", amount(value))
                        : messages.get("post.vote.value", amount(value)));
            }
        }, failure -> voteValue.setText(estimateFailure(failure)));
    }

    /** Why there is no estimate: the chain's refusal (paid out, same vote, …) or no node answering. */
    private String estimateFailure(Throwable failure) {
        return Background.unwrap(failure) instanceof VoteEstimateException e ? VoteEstimateMessages.describe(e, messages)
                : messages.get("post.vote.value.offline");
    }

    private void vote() {
        Discussion post = openPost.postProperty().get();
        AccountName voter = session.currentAccountProperty().get();
        if (post == null || voter == null) {
            return;
        }
        var request = VoteRequest.now(voter, new AccountName(post.author()), new Permlink(post.permlink()),
                weightBasisPoints());
        if (atAgeOption.isSelected()) {
            request = request.withAtAge(Duration.ofMinutes(atAgeMinutes.getValue()));
        }
        if (minManaOption.isSelected()) {
            request = request.withMinMana(minMana.getValue() * 100);
        }
        voteButton.setDisable(true);
        voteBusy.setVisible(true);
        voteMessage.getStyleClass().removeAll(ERROR, SUCCESS);
        voteMessage.setText(messages.get("post.vote.sending"));
        sender.vote(request).whenCompleteAsync((recorded, failure) -> {
            voteButton.setDisable(false);
            voteBusy.setVisible(false);
            if (failure != null) {
                voteMessage.getStyleClass().add(ERROR);
                voteMessage.setText(errors.describe(failure));
                return;
            }
            var intent = recorded.intent();
            if (intent.state() == VoteState.SENT) {
                voteMessage.getStyleClass().add(SUCCESS);
                voteMessage.setText(messages.get("post.vote.sent"));
            } else if (intent.state() == VoteState.FAILED) {
                voteMessage.getStyleClass().add(ERROR);
                voteMessage.setText(intent.reason().map(errors::vote).orElse(messages.get("post.vote.failed")));
            } else if (recorded.locked()) {
                voteMessage.setText(messages.get("post.vote.queued.locked"));
            } else if (recorded.offline()) {
                voteMessage.setText(messages.get("post.vote.queued.offline"));
            } else {
                voteMessage.setText(messages.get("post.vote.queued"));
            }
        }, background.ui());
    }
}
