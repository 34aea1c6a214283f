package org.steemdesk.ui.feed;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.fxml.FXML;
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
 * the node's replaces it; more posts are fetched when the list is scrolled to its end. A click opens the post (a
 * view of its own over the list, {@link PostController}).
 */
public final class FeedController {
    static final int PAGE = 20;
    /** The Korean community's tag, one click away. */
    static final String KOREAN_TAG = "kr";

    private final Supplier<FeedSync> feeds;
    private final Background background;
    private final Clock clock;
    private final VaultSession session;
    private final OpenPost openPost;
    private final Messages messages;
    private final Formats formats;
    private final ErrorMessages errors;
    private final Thumbnails thumbnails;
    private int generation;
    private int limit = PAGE;
    private boolean loading;
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
    @FXML private ListView<FeedItem> posts;
    @FXML private VBox feedPane;
    @FXML private StackPane postPane;

    /** @param feeds the app's feeds (asked off the FX thread: the first call opens cache.db) */
    public FeedController(Supplier<FeedSync> feeds, Background background, Clock clock, VaultSession session,
                          OpenPost openPost, Messages messages, Formats formats, ErrorMessages errors,
                          ImageLoader images) {
        this.feeds = Objects.requireNonNull(feeds, "feeds");
        this.background = Objects.requireNonNull(background, "background");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.session = Objects.requireNonNull(session, "session");
        this.openPost = Objects.requireNonNull(openPost, "openPost");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.thumbnails = new Thumbnails(images, background.ui(), FeedCell.THUMBNAIL);
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
        posts.setCellFactory(list -> new FeedCell(messages, formats, clock, thumbnails, openPost.postProperty()::set,
                this::nearEnd));
        posts.setOnKeyPressed(e -> {
            FeedItem item = posts.getSelectionModel().getSelectedItem();
            if (item != null && e.getCode() == KeyCode.ENTER) {
                openPost.postProperty().set(item.post());
            }
        });
        openPost.postProperty().addListener((obs, old, post) -> showPost(post != null));
        showPost(openPost.postProperty().get() != null);
        load();
    }

    private void showPost(boolean open) {
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
        limit = PAGE;
        exhausted = false;
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
        int wanted = limit;
        int run = ++generation;
        loading = true;
        busy.setVisible(true);
        hide(message);
        background.run(() -> feeds.get().cached(kind, tag.get(), wanted).map(this::items), cached -> {
            if (run == generation && cached.isPresent() && posts.getItems().size() < cached.get().value().size()) {
                posts.getItems().setAll(cached.get().value());
            }
        }, failure -> { });
        background.run(() -> {
            try {
                return items(feeds.get().load(kind, tag.get(), wanted));
            } catch (NothingCachedException e) {
                throw new CompletionException(e);
            }
        }, fresh -> {
            if (run != generation) {
                return;
            }
            finish();
            exhausted = fresh.value().size() < wanted;
            posts.getItems().setAll(fresh.value());
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

    private Synced<List<FeedItem>> items(Synced<List<Discussion>> listing) {
        return new Synced<>(listing.value().stream().filter(d -> !d.isPlaceholder()).map(FeedItem::of).toList(),
                listing.fetchedAt(), listing.offline());
    }

    private void finish() {
        loading = false;
        busy.setVisible(false);
    }

    /** The last cell came into view: ask for one page more. */
    private void nearEnd() {
        if (!loading && !exhausted) {
            limit += PAGE;
            load();
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
