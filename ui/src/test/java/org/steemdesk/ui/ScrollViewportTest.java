package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With app.css, every scroll pane (a page's, and the one inside a text area) has the uncached skin: its viewport is
 * not cached as a bitmap, which on the software pipeline kept an image of the viewport's size per scroll pane.
 */
@ExtendWith(ApplicationExtension.class)
class ScrollViewportTest {
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet());
        scene = new Scene(new HBox(new ScrollPane(new Label("page")), new TextArea("memo")), 600, 400);
        // app.css is loaded on the window's root in the app (MainView.fxml); here on the scene.
        scene.getStylesheets().add(Objects.requireNonNull(Theme.class.getResource("app.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyScrollPaneDrawsItsViewportUncached() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<ScrollPane> panes = WaitForAsyncUtils.asyncFx(() -> scene.getRoot().lookupAll(".scroll-pane").stream()
                .filter(ScrollPane.class::isInstance).map(ScrollPane.class::cast).toList()).get();
        assertThat(panes).hasSize(2)
                .allSatisfy(pane -> assertThat(pane.getSkin()).isInstanceOf(UncachedScrollPaneSkin.class));
        List<Node> viewports = WaitForAsyncUtils.asyncFx(() -> scene.getRoot()
                .lookupAll("." + UncachedScrollPaneSkin.VIEWPORT).stream().toList()).get();
        assertThat(viewports).hasSize(2).noneMatch(Node::isCache);
    }
}
