package org.steemdesk.ui.feed;

import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.rpc.model.Discussion;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;

/**
 * One row of the feed: a post with its thumbnail (fetched lazily; a placeholder while it comes or when it cannot),
 * title, a two-line excerpt, a line with author, reputation, age, payout, votes and tag, and the current account's
 * vote; or the row at the list's end (loading, the end, failed). A click opens the post; a row near the end asks
 * for the next page.
 */
final class FeedCell extends ListCell<FeedRow> {
    static final double THUMBNAIL = 72;
    /** How many rows before the end the next page is asked for, so it is usually there before the reader is. */
    static final int AHEAD = 5;

    private final Messages messages;
    private final Formats formats;
    private final Clock clock;
    private final Thumbnails thumbnails;
    private final Supplier<AccountName> account;
    private final Runnable nearEnd;
    private final ImageView thumbnail = new ImageView();
    private final FontIcon placeholder = new FontIcon("fth-image");
    private final StackPane frame = new StackPane(placeholder, thumbnail);
    private final Label title = new Label();
    private final Label excerpt = new Label();
    private final Label meta = new Label();
    private final Label mine = new Label();
    private final HBox row;
    private final Label end = new Label();
    private final ProgressIndicator endBusy = new ProgressIndicator();
    private final HBox endRow = new HBox(endBusy, end);

    FeedCell(Messages messages, Formats formats, Clock clock, Thumbnails thumbnails, Supplier<AccountName> account,
             Consumer<Discussion> open, Runnable nearEnd, Runnable retry) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.thumbnails = Objects.requireNonNull(thumbnails, "thumbnails");
        this.account = Objects.requireNonNull(account, "account");
        this.nearEnd = Objects.requireNonNull(nearEnd, "nearEnd");
        Objects.requireNonNull(retry, "retry");
        thumbnail.setFitWidth(THUMBNAIL);
        thumbnail.setFitHeight(THUMBNAIL);
        thumbnail.setPreserveRatio(true);
        placeholder.getStyleClass().add("feed-thumbnail-placeholder");
        frame.getStyleClass().add("feed-thumbnail");
        frame.setMinSize(THUMBNAIL, THUMBNAIL);
        frame.setMaxSize(THUMBNAIL, THUMBNAIL);
        title.getStyleClass().add("feed-title");
        excerpt.getStyleClass().add("feed-excerpt");
        excerpt.setWrapText(true);
        meta.getStyleClass().add("feed-meta");
        mine.getStyleClass().add("feed-mine");
        mine.managedProperty().bind(mine.visibleProperty());
        var line = new HBox(meta, mine);
        line.getStyleClass().add("feed-line");
        var text = new VBox(title, excerpt, line);
        text.getStyleClass().add("feed-text");
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        row = new HBox(frame, text);
        row.getStyleClass().add("feed-cell");
        endBusy.getStyleClass().add("busy");
        endBusy.managedProperty().bind(endBusy.visibleProperty());
        endRow.getStyleClass().add("feed-end");
        // The row takes the list's width (no sideways scrolling), so the excerpt wraps onto its two lines.
        setPrefWidth(0);
        setOnMouseClicked(e -> {
            if (isEmpty()) {
                return;
            }
            if (getItem() instanceof FeedItem item) {
                open.accept(item.post());
            } else if (getItem() == FeedRow.End.FAILED) {
                retry.run();
            }
        });
    }

    @Override
    protected void updateItem(FeedRow item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
        } else if (item instanceof FeedItem post) {
            showPost(post);
            if (getIndex() >= getListView().getItems().size() - AHEAD) {
                nearEnd.run();
            }
        } else {
            showEnd((FeedRow.End) item);
        }
    }

    private void showPost(FeedItem item) {
        Discussion post = item.post();
        title.setText(post.title().isBlank() ? post.rootTitle() : post.title());
        excerpt.setText(item.excerpt());
        excerpt.setVisible(!item.excerpt().isEmpty());
        excerpt.setManaged(!item.excerpt().isEmpty());
        meta.setText(messages.get("feed.meta", post.author(), item.reputation(),
                formats.relative(post.created(), clock.instant()),
                formats.amount(item.payout().toDecimal(), item.payout().symbol().name()),
                post.activeVotes().size(), post.category()));
        mine.setText(VoteMark.mark(messages, post.activeVotes(), account.get()));
        mine.setVisible(!mine.getText().isEmpty());
        mine.getStyleClass().remove("down");
        if (VoteMark.find(post.activeVotes(), account.get()).map(v -> v.percent() < 0).orElse(false)) {
            mine.getStyleClass().add("down");
        }
        thumbnail.setImage(null);
        placeholder.setVisible(true);
        frame.getStyleClass().remove("broken");
        item.thumbnail().ifPresent(this::showThumbnail);
        setGraphic(row);
    }

    private void showEnd(FeedRow.End kind) {
        endBusy.setVisible(kind == FeedRow.End.LOADING);
        end.setText(switch (kind) {
            case LOADING -> messages.get("feed.more.loading");
            case NO_MORE -> messages.get("feed.more.end");
            case FAILED -> messages.get("feed.more.failed");
        });
        setGraphic(endRow);
    }

    private void showThumbnail(URI url) {
        Optional<Image> known = thumbnails.known(url);
        if (known.isPresent()) {
            show(known);
            return;
        }
        thumbnails.load(url, image -> {
            if (getItem() instanceof FeedItem now && now.thumbnail().equals(Optional.of(url))) {
                show(image);
            }
        });
    }

    private void show(Optional<Image> image) {
        thumbnail.setImage(image.orElse(null));
        placeholder.setVisible(image.isEmpty());
        if (image.isEmpty()) {
            frame.getStyleClass().add("broken");
        }
    }
}
