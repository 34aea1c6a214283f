package org.steemdesk.ui.feed;

import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.steemdesk.chain.rpc.model.Discussion;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;

/**
 * One post in the feed: its thumbnail (loaded lazily), title, and a line with author, reputation, age, payout, votes
 * and tag. A click opens the post; showing the last cell asks for more.
 */
final class FeedCell extends ListCell<FeedItem> {
    static final double THUMBNAIL = 72;

    private final Messages messages;
    private final Formats formats;
    private final Clock clock;
    private final Thumbnails thumbnails;
    private final Runnable nearEnd;
    private final ImageView thumbnail = new ImageView();
    private final Label title = new Label();
    private final Label meta = new Label();
    private final HBox row;

    FeedCell(Messages messages, Formats formats, Clock clock, Thumbnails thumbnails, Consumer<Discussion> open,
             Runnable nearEnd) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.thumbnails = Objects.requireNonNull(thumbnails, "thumbnails");
        this.nearEnd = Objects.requireNonNull(nearEnd, "nearEnd");
        thumbnail.setFitWidth(THUMBNAIL);
        thumbnail.setFitHeight(THUMBNAIL);
        thumbnail.setPreserveRatio(true);
        var frame = new StackPane(thumbnail);
        frame.getStyleClass().add("feed-thumbnail");
        frame.setMinSize(THUMBNAIL, THUMBNAIL);
        frame.setMaxSize(THUMBNAIL, THUMBNAIL);
        title.getStyleClass().add("feed-title");
        meta.getStyleClass().add("feed-meta");
        var text = new VBox(title, meta);
        text.getStyleClass().add("feed-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        row = new HBox(frame, text);
        row.getStyleClass().add("feed-cell");
        setOnMouseClicked(e -> {
            if (!isEmpty() && getItem() != null) {
                open.accept(getItem().post());
            }
        });
    }

    @Override
    protected void updateItem(FeedItem item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        Discussion post = item.post();
        title.setText(post.title().isBlank() ? post.rootTitle() : post.title());
        meta.setText(messages.get("feed.meta", post.author(), item.reputation(),
                formats.relative(post.created(), clock.instant()),
                formats.amount(item.payout().toDecimal(), item.payout().symbol().name()),
                post.activeVotes().size(), post.category()));
        thumbnail.setImage(null);
        item.thumbnail().ifPresent(this::showThumbnail);
        setGraphic(row);
        if (getIndex() == getListView().getItems().size() - 1) {
            nearEnd.run();
        }
    }

    private void showThumbnail(URI url) {
        Optional<Image> known = thumbnails.known(url);
        if (known.isPresent()) {
            thumbnail.setImage(known.get());
            return;
        }
        thumbnails.load(url, image -> {
            FeedItem now = getItem();
            if (now != null && now.thumbnail().equals(Optional.of(url))) {
                thumbnail.setImage(image);
            }
        });
    }
}
