package org.steemdesk.ui.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.image.Image;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PostRendererTest {
    private static final String MALICIOUS = """
            Hello <script>alert('x')</script> world
            <img src="https://example.com/a.png" onerror="alert(1)">
            <a href="javascript:alert(2)">click me</a> and <a href="https://steemit.com/@kr" onclick="steal()">ok</a>

            <iframe src="https://evil.example/"></iframe>

            <div style="position:fixed" onmouseover="alert(3)">styled</div>

            A [md link](javascript:alert(4)) and ![img](javascript:alert(5))

            <object data="x.swf"></object><embed src="y.swf"><form action="https://evil.example"><input></form>
            """;

    private final List<URI> opened = new ArrayList<>();
    private final List<URI> fetched = new ArrayList<>();
    private final PostRenderer renderer = new PostRenderer(opened::add, this::neverLoads, Runnable::run);
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // post.css looks its colours up in the theme, as in the app (run alone, the default theme has none).
        Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet());
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 800, 600));
        stage.show();
    }

    private CompletableFuture<Image> neverLoads(URI url, double maxWidth) {
        fetched.add(url);
        return new CompletableFuture<>();
    }

    @Test
    void maliciousMarkupIsRemovedBeforeRendering() {
        var html = PostHtml.sanitise(MALICIOUS).body().html();
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("javascript:").doesNotContainIgnoringCase("<iframe")
                .doesNotContainIgnoringCase("onclick").doesNotContainIgnoringCase("onmouseover")
                .doesNotContainIgnoringCase("style=").doesNotContainIgnoringCase("<object")
                .doesNotContainIgnoringCase("<embed").doesNotContainIgnoringCase("<form");
        assertThat(html).contains("https://example.com/a.png", "https://steemit.com/@kr");
    }

    @Test
    void maliciousPostRendersInert(FxRobot robot) {
        var body = render(MALICIOUS);
        assertThat(texts(body)).doesNotContain("alert('x')");
        var links = nodes(body, Hyperlink.class);
        // "click me" and the markdown link lost their javascript: target and are plain text now
        assertThat(links).extracting(l -> (URI) l.getUserData())
                .allMatch(u -> u.getScheme().equals("https"));
        assertThat(links).extracting(Hyperlink::getText).contains("ok").doesNotContain("click me", "md link");
        robot.interact(() -> links.stream().filter(l -> l.getText().equals("ok")).findFirst().orElseThrow().fire());
        assertThat(opened).containsExactly(URI.create("https://steemit.com/@kr"));
    }

    @Test
    void aKoreanPostRendersTextTablesAndImagesWithoutLoadingThem(FxRobot robot) {
        var bodies = koreanBodies();
        var first = render(bodies.get(0));
        assertThat(String.join("", texts(first))).contains("앞으로 대외환경이 매우 어려워질 것이다");

        // The recorded kr posts have no tables; Korean authors write them in markdown or HTML like this.
        var tables = render(bodies.get(1) + "\n\n| 항목 | 값 |\n|---|---|\n| 보팅 | 100% |\n\n"
                + "<table><tr><th>날짜</th><th>스팀 파워</th></tr><tr><td>3월</td><td>1,000</td></tr></table>");
        assertThat(nodes(tables, GridPane.class)).hasSize(2);
        assertThat(texts(tables)).contains("항목", "보팅", "날짜", "스팀 파워", "3월");

        var withImage = bodies.stream().filter(b -> b.contains("![") || b.contains("<img")).findFirst()
                .orElseThrow();
        var images = PostRenderer.images(render(withImage));
        assertThat(images).isNotEmpty().allMatch(i -> !i.requested());
        assertThat(fetched).isEmpty();
    }

    @Test
    void bareImageLinksMentionsAndTagsFollowSteemConventions() {
        var body = render("""
                Photo by @kimchi in #kr and #한국, see https://steemit.com/kr/@kimchi/post.

                https://cdn.steemitimages.com/DQm/photo.jpg

                | 항목 | 값 |
                |---|---|
                | 보팅 | 100% |
                """);
        assertThat(PostRenderer.images(body)).extracting(LazyImage::url)
                .containsExactly(URI.create("https://cdn.steemitimages.com/DQm/photo.jpg"));
        assertThat(nodes(body, Hyperlink.class)).extracting(l -> l.getUserData().toString()).containsExactly(
                "https://steemit.com/@kimchi", "https://steemit.com/trending/kr",
                "https://steemit.com/trending/%ED%95%9C%EA%B5%AD", "https://steemit.com/kr/@kimchi/post");
        var table = nodes(body, GridPane.class).get(0);
        assertThat(texts(table)).contains("항목", "값", "보팅", "100%");
    }

    @Test
    void imagesLoadOnlyWhenScrolledNear(FxRobot robot) {
        var text = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            text.append("Paragraph ").append(i).append("\n\n");
        }
        text.append("https://example.com/far-away.png\n");
        var pane = new PostBodyPane(renderer, PostHtml.sanitise("![](https://example.com/top.png)\n\n" + text));
        robot.interact(() -> stage.getScene().setRoot(pane));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(pane::loadNearView);
        assertThat(fetched).containsExactly(URI.create("https://example.com/top.png"));
        robot.interact(() -> pane.setVvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(pane::loadNearView);
        assertThat(fetched).containsExactly(URI.create("https://example.com/top.png"),
                URI.create("https://example.com/far-away.png"));
    }

    private Parent render(String markdown) {
        var result = new Parent[1];
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> result[0] = renderer.render(PostHtml.sanitise(markdown)));
        return result[0];
    }

    private static List<String> texts(Node root) {
        var out = new ArrayList<String>();
        for (Text t : nodes(root, Text.class)) {
            out.add(t.getText());
        }
        for (Hyperlink l : nodes(root, Hyperlink.class)) {
            out.add(l.getText());
        }
        return out;
    }

    private static <T> List<T> nodes(Node root, Class<T> type) {
        var out = new ArrayList<T>();
        walk(root, type, out);
        return out;
    }

    private static <T> void walk(Node node, Class<T> type, List<T> out) {
        if (type.isInstance(node)) {
            out.add(type.cast(node));
        }
        if (node instanceof TextFlow || !(node instanceof Hyperlink) && node instanceof Parent) {
            ((Parent) node).getChildrenUnmodifiable().forEach(child -> walk(child, type, out));
        }
    }

    private static List<String> koreanBodies() {
        try (var in = PostRendererTest.class.getResourceAsStream(
                "/fixtures/get_discussions_by_trending-2020-hivemind-kr.json")) {
            var bodies = new ArrayList<String>();
            SteemJson.mapper().readTree(in).path("response").path("result")
                    .forEach(p -> bodies.add(p.path("body").asText()));
            return bodies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
