package org.steemdesk.ui.feed;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.steemdesk.app.sync.FeedKind;
import org.steemdesk.app.sync.FeedSync;
import org.steemdesk.app.sync.NothingCachedException;
import org.steemdesk.app.sync.Synced;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.rpc.model.Discussion;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.Background;
import org.steemdesk.ui.ErrorMessages;
import org.steemdesk.ui.post.ImageLoader;
import org.steemdesk.ui.session.VaultSession;

/**
 * The feed: trending, hot, new, the account's feed and blog, with a tag filter. The cached listing shows at once,
 * the node's replaces it; the next page (after the last row, as steemd pages) is fetched when the list is scrolled near
 * its end, below a loading row, until a row says the feed has ended. Each row marks the current account's vote. A
 * click opens the post (a view of its own over the list, {@link PostController}).
 */
public final class FeedController {
    static final int PAGE = 20;
    /** The Korean community's tag, one click away. */
    static final String KOREAN_TAG = "kr";
    /** The open post's view (with its vote panel), relative to the views' package; loaded by {@link #postView}. */
    public static final String POST_VIEW = "feed/PostView.fxml";

    private final Supplier<FeedSync> feeds;
    private final Background background;
    private final Clock clock;
    private final VaultSession session;
    private final OpenPost openPost;
    private final Messages messages;
    private final Formats formats;
    private final ErrorMessages errors;
    private final Thumbnails thumbnails;
    private final Supplier<Parent> postView;
    private final FeedPrefetch prefetch;
    private int generation;
    /** The posts in the list, by author/permlink: a post comes once however the pages overlap. */
    private final Set<String> shown = new HashSet<>();
    /** Kept as a field: the session outlives this view, which a language switch replaces. */
    private final InvalidationListener accountChanged = this::accountChanged;
    /** The listing in the list (the tag field may have been edited since, without asking for it). */
    private FeedKind shownKind;
    private String shownTag;
    private boolean loading;
    private boolean loadingMore;
    private boolean failedMore;
    private boolean exhausted;

    @FXML private ToggleGroup kinds;
    @FXML private ToggleButton trendingKind;
    @FXML private ToggleButton hotKind;
    @FXML private ToggleButton createdKind;
    @FXML private ToggleButton feedKind;
    @FXML private ToggleButton blogKind;
    @FXML private TextField tagField;
    @FXML private Button krTag;
    @FXML private Button refresh;
    @FXML private Label notice;
    @FXML private Label message;
    @FXML private ProgressIndicator busy;
    @FXML private ListView<FeedRow> posts;
    @FXML private VBox feedPane;
    @FXML private StackPane postPane;

    /**
     * @param feeds the app's feeds (asked off the FX thread: the first call opens cache.db)
     * @param postView loads the view of the open post ({@value #POST_VIEW}): asked when the first post opens, so the
     *     window's first frame does not wait for a view it does not show
     * @param prefetch the first page's cached rows, read as the desktop started: taken instead of asking the cache
     */
    public FeedController(Supplier<FeedSync> feeds, Background background, Clock clock, VaultSession session,
                          OpenPost openPost, Messages messages, Formats formats, ErrorMessages errors,
                          ImageLoader images, Supplier<Parent> postView, FeedPrefetch prefetch) {
        this.feeds = feeds;
        this.background = background;
        this.clock = clock;
        this.session = session;
        this.openPost = openPost;
        this.messages = messages;
        this.formats = formats;
        this.errors = errors;
        this.thumbnails = new Thumbnails(images, background.ui(), FeedCell.THUMBNAIL);
        this.postView = postView;
        this.prefetch = prefetch;
    }

    @FXML
    private void initialize() {
        trendingKind.setUserData(FeedKind.TRENDING);
        hotKind.setUserData(FeedKind.HOT);
        createdKind.setUserData(FeedKind.CREATED);
        feedKind.setUserData(FeedKind.FEED);
        blogKind.setUserData(FeedKind.BLOG);
        kinds.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                old.setSelected(true);
            } else {
                reload();
            }
        });
        tagField.setOnAction(e -> reload());
        krTag.setOnAction(e -> {
            tagField.setText(KOREAN_TAG);
            reload();
        });
        refresh.setOnAction(e -> reload());
        posts.setCellFactory(list -> new FeedCell(messages, formats, clock, thumbnails,
                session.currentAccountProperty()::get, openPost.postProperty()::set, this::nearEnd, this::retryMore));
        posts.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && posts.getSelectionModel().getSelectedItem() instanceof FeedItem item) {
                openPost.postProperty().set(item.post());
            }
        });
        session.currentAccountProperty().addListener(new WeakInvalidationListener(accountChanged));
        openPost.postProperty().addListener((obs, old, post) -> showPost(post != null));
        openPost.loadedProperty().addListener((obs, old, post) -> freshen(post));
        showPost(openPost.postProperty().get() != null);
        load();
    }

    private void showPost(boolean open) {
        if (open && postPane.getChildren().isEmpty()) {
            // Its controllers open the post already chosen (they read OpenPost as they start).
            postPane.getChildren().add(postView.get());
        }
        feedPane.setVisible(!open);
        postPane.setVisible(open);
        if (!open) {
            posts.getSelectionModel().clearSelection();
        }
    }

    private FeedKind kind() {
        return (FeedKind) kinds.getSelectedToggle().getUserData();
    }

    private void reload() {
        loadingMore = false;
        failedMore = false;
        exhausted = false;
        shown.clear();
        posts.getItems().clear();
        load();
    }

    /** Feed and blog are the current account's; the other listings take the tag (empty: all). */
    private Optional<String> tag() {
        FeedKind kind = kind();
        if (kind == FeedKind.FEED || kind == FeedKind.BLOG) {
            AccountName account = session.currentAccountProperty().get();
            return Optional.ofNullable(account).map(AccountName::value);
        }
        return Optional.of(tagField.getText().trim().toLowerCase(Locale.ROOT).replaceFirst("^#", ""));
    }

    private void load() {
        FeedKind kind = kind();
        tagField.setDisable(kind == FeedKind.FEED || kind == FeedKind.BLOG);
        Optional<String> tag = tag();
        if (tag.isEmpty()) {
            show(message, messages.get("feed.needsAccount"));
            hide(notice);
            return;
        }
        int run = ++generation;
        shownKind = kind;
        shownTag = tag.get();
        loading = true;
        busy.setVisible(true);
        hide(message);
        // Read as the desktop started, if it is this listing (the FX thread never waits for it); else asked now.
        var cachedRows = prefetch.take(kind, tag.get()).orElseGet(
                () -> background.supply(() -> feeds.get().cached(kind, tag.get(), PAGE).map(FeedItem::rows)));
        background.when(cachedRows, cached -> {
            if (run == generation && loading && cached.isPresent() && shown.size() < cached.get().value().size()) {
                showFirstPage(cached.get().value());
            }
        }, failure -> { });
        background.run(() -> {
            try {
                return FeedItem.rows(feeds.get().load(kind, tag.get(), PAGE));
            } catch (NothingCachedException e) {
                throw new CompletionException(e);
            }
        }, fresh -> {
            if (run != generation) {
                return;
            }
            finish();
            showFirstPage(fresh.value());
            exhausted = fresh.value().size() < PAGE;
            if (exhausted && !fresh.value().isEmpty()) {
                posts.getItems().add(FeedRow.End.NO_MORE);
            }
            if (fresh.offline()) {
                show(notice, messages.get("feed.offline", formats.dateTime(fresh.fetchedAt())));
            } else {
                hide(notice);
            }
            if (fresh.value().isEmpty()) {
                show(message, messages.get("feed.empty"));
            }
        }, failure -> {
            if (run != generation) {
                return;
            }
            finish();
            exhausted = true;
            hide(notice);
            if (posts.getItems().isEmpty()) {
                show(message, failure instanceof NothingCachedException ? messages.get("feed.nothingCached")
                        : errors.describe(failure));
            }
        });
    }

    private void showFirstPage(List<FeedItem> items) {
        shown.clear();
        posts.getItems().setAll(items.stream().filter(i -> shown.add(key(i))).toList());
    }

    private static String key(FeedItem item) {
        return item.post().author() + "/" + item.post().permlink();
    }

    /**
     * The open post as its view loaded it (after a vote too): its row takes the fresh votes, payout and my-vote mark,
     * so going back to the feed shows them.
     */
    private void freshen(Discussion post) {
        if (post == null) {
            return;
        }
        var items = posts.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof FeedItem item && OpenPost.same(item.post(), post)) {
                items.set(i, new FeedItem(post, item.reputation(), FeedItem.payout(post), item.excerpt(),
                        item.thumbnail()));
            }
        }
    }

    /** Another account: its feed and blog, its marks on the rows. */
    private void accountChanged(Observable account) {
        FeedKind kind = kind();
        if (kind == FeedKind.FEED || kind == FeedKind.BLOG) {
            reload();
        } else {
            posts.refresh();
        }
    }

    private void finish() {
        loading = false;
        busy.setVisible(false);
    }

    /** A row near the end came into view: the next page, unless one is coming, the feed ended or one failed. */
    private void nearEnd() {
        if (!failedMore) {
            more();
        }
    }

    /**
     * The page after the last row (steemd's start author/permlink), below a loading row; a post already shown (the
     * page seam, or a post that moved up in a trending listing meanwhile) is not shown twice. A page that adds nothing
     * ends the feed; one that fails leaves a row to click for another try.
     */
    private void more() {
        if (loading || loadingMore || exhausted || posts.getItems().isEmpty()
                || !(posts.getItems().get(0) instanceof FeedItem)) {
            return;
        }
        FeedKind kind = shownKind;
        String tag = shownTag;
        FeedItem last = lastPost();
        loadingMore = true;
        failedMore = false;
        setEnd(FeedRow.End.LOADING);
        int run = generation;
        background.run(() -> {
            try {
                return FeedItem.rows(feeds.get().next(kind, tag, last.post().author(), last.post().permlink(), PAGE));
            } catch (NothingCachedException e) {
                throw new CompletionException(e);
            }
        }, page -> {
            if (run != generation) {
                return;
            }
            loadingMore = false;
            List<FeedItem> fresh = page.value().stream().filter(i -> shown.add(key(i))).toList();
            exhausted = fresh.isEmpty() || page.value().size() < PAGE;
            setEnd(null);
            posts.getItems().addAll(fresh);
            if (exhausted) {
                setEnd(FeedRow.End.NO_MORE);
            }
        }, failure -> {
            if (run == generation) {
                loadingMore = false;
                failedMore = true;
                setEnd(FeedRow.End.FAILED);
            }
        });
    }

    /** The click on a failed page's row: try again. */
    private void retryMore() {
        failedMore = false;
        more();
    }

    private FeedItem lastPost() {
        var items = posts.getItems();
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i) instanceof FeedItem item) {
                return item;
            }
        }
        throw new IllegalStateException("no post in the feed");
    }

    /** The row at the list's end: loading, the end, failed, or none. */
    private void setEnd(FeedRow.End end) {
        var items = posts.getItems();
        if (!items.isEmpty() && items.get(items.size() - 1) instanceof FeedRow.End) {
            items.remove(items.size() - 1);
        }
        if (end != null) {
            items.add(end);
        }
    }

    private static void show(Label label, String text) {
        label.setText(text);
        label.setManaged(true);
        label.setVisible(true);
    }

    private static void hide(Label label) {
        label.setManaged(false);
        label.setVisible(false);
    }
}
