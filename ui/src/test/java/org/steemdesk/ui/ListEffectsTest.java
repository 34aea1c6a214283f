package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.effect.DropShadow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Lists and tables draw their rows without an effect, in both themes, while a sheet's card keeps its shadow. The
 * group that holds a list's cells has the style class {@code sheet}; app.css's sheet style once matched it, and on
 * the software pipeline every list was then drawn through offscreen images its size, blurred on every scroll.
 */
@ExtendWith(ApplicationExtension.class)
class ListEffectsTest {
    private Scene scene;
    private VBox card;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet());
        var list = new ListView<String>();
        list.getItems().addAll("one", "two");
        var table = new TableView<String>();
        var column = new TableColumn<String, String>("text");
        column.setCellValueFactory(row -> new javafx.beans.property.SimpleStringProperty(row.getValue()));
        table.getColumns().add(column);
        table.getItems().addAll("one", "two");
        card = new VBox();
        card.getStyleClass().add("sheet-card");
        scene = new Scene(new HBox(list, table, card), 800, 500);
        // app.css is loaded on the window's root in the app (MainView.fxml); here on the scene.
        scene.getStylesheets().add(Objects.requireNonNull(Theme.class.getResource("app.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void listsAndTablesCarryNoEffectWhileSheetCardsKeepTheirShadow() throws Exception {
        for (Theme theme : Theme.values()) {
            WaitForAsyncUtils.asyncFx(() -> {
                Application.setUserAgentStylesheet(theme.userAgentStylesheet());
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
            List<Node> withEffects = WaitForAsyncUtils.asyncFx(() -> scene.getRoot().lookupAll("*").stream()
                    .filter(node -> node != card && node.getEffect() != null).toList()).get();
            assertThat(withEffects).as(theme.name()).isEmpty();
            assertThat(WaitForAsyncUtils.asyncFx(card::getEffect).get()).as(theme.name()).isInstanceOf(DropShadow.class);
            // the cell groups the old selector matched are there
            assertThat(WaitForAsyncUtils.asyncFx(() -> scene.getRoot().lookupAll(".sheet").size()).get())
                    .as(theme.name()).isGreaterThanOrEqualTo(2);
        }
    }
}
