package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.feed.FeedController;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Each page is put together from several FXML views ({@code fx:include}); an id used twice on one page makes a
 * lookup (and a test) find the wrong node — an include's {@code fx:id} also becomes its root's id — so every id on
 * a page is unique, hidden parts included.
 */
@ExtendWith(ApplicationExtension.class)
class ViewIdsTest {

    @ParameterizedTest
    @EnumSource(Page.class)
    void everyIdOnAPageIsUnique(Page page) throws Exception {
        var ids = new ArrayList<String>();
        try (var desktop = new TestDesktop(Language.ENGLISH)) {
            var messages = new Messages(Language.ENGLISH);
            var views = new ControllerFactory(messages, new Formats(messages, ZoneOffset.UTC), desktop.context);
            Parent view = FxToolkit.setupFixture(() -> views.loader().load(page.fxml()));
            FxToolkit.setupFixture(() -> collect(view, ids));
            if (page == Page.FEED) {
                // The open post's view joins the feed page when a post opens: its ids share the page.
                Parent post = FxToolkit.setupFixture(() -> views.loader().load(FeedController.POST_VIEW));
                FxToolkit.setupFixture(() -> collect(post, ids));
            }
        }
        Map<String, Long> counts = ids.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        assertThat(ids).as("ids on %s", page).isNotEmpty();
        assertThat(counts).as("ids on %s", page).allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
    }

    /** The views' own nodes: a control's skin (which names its parts, "arrow", "virtual-flow") is left out. */
    private static void collect(Node node, List<String> ids) {
        if (node == null) {
            return;
        }
        if (node.getId() != null) {
            ids.add(node.getId());
        }
        if (node instanceof ScrollPane scroll) {
            collect(scroll.getContent(), ids);
        } else if (node instanceof TabPane tabs) {
            tabs.getTabs().forEach(tab -> collect(tab.getContent(), ids));
        } else if (node instanceof Parent parent && !(node instanceof Control)) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, ids));
        }
    }
}
