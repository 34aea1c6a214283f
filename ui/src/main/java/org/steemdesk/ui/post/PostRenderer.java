package org.steemdesk.ui.post;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.steemdesk.ui.LinkOpener;

/**
 * Builds JavaFX nodes from a sanitised post ({@link PostHtml}): paragraphs as TextFlows, headings, lists, quotes,
 * code, tables as GridPanes, images as {@link LazyImage}s, links as Hyperlinks that open in the system browser.
 * No WebView: nothing in a post can run. Plain-text {@code @mentions} and {@code #tags} link to steemit.com.
 */
public record PostRenderer(LinkOpener links, ImageLoader images, Executor ui) {
    /** A mention (group 1), a tag (group 2) or a bare web address (group 3), which condenser all turn into links. */
    private static final Pattern MENTION_OR_TAG = Pattern.compile(
            "(?<![\\p{L}\\p{N}_/@.#])@([a-z][a-z0-9.-]{1,14}[a-z0-9])(?![\\p{L}\\p{N}_@])"
            + "|(?<![\\p{L}\\p{N}_/&#])#([\\p{L}\\p{N}][\\p{L}\\p{N}-]{0,31})"
            + "|(https?://[^\\s<>\"]+[^\\s<>\".,;:!?)])");

    private static final String LINE_BREAK = "\n";

    /** The post body as nodes (call on the FX thread; {@link PostHtml#sanitise} can run before, off it). */
    public VBox render(Document safe) {
        var body = new VBox();
        body.getStyleClass().add("post-body");
        blocks(safe.body(), body);
        return body;
    }

    /** Every image of a rendered body, in order, for the lazy loading. */
    public static List<LazyImage> images(Node root) {
        var found = new ArrayList<LazyImage>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<LazyImage> found) {
        if (node instanceof LazyImage image) {
            found.add(image);
        } else if (node instanceof TextFlow flow) {
            flow.getChildren().forEach(child -> collect(child, found));
        } else if (node instanceof Pane pane) {
            pane.getChildren().forEach(child -> collect(child, found));
        }
    }

    private void blocks(Element parent, Pane into) {
        TextFlow paragraph = null;
        for (org.jsoup.nodes.Node child : parent.childNodes()) {
            if (child instanceof Element element && isBlock(element)) {
                paragraph = null;
                Node block = block(element);
                if (block != null) {
                    into.getChildren().add(block);
                }
            } else {
                if (child instanceof TextNode text && text.isBlank()) {
                    continue;
                }
                if (paragraph == null) {
                    paragraph = flow("post-paragraph");
                    into.getChildren().add(paragraph);
                }
                inline(child, paragraph, Style.PLAIN);
            }
        }
    }

    private static boolean isBlock(Element element) {
        return switch (element.normalName()) {
            case "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "table", "hr", "div",
                 "center", "dl" -> true;
            default -> false;
        };
    }

    private Node block(Element element) {
        String name = element.normalName();
        switch (name) {
            case "p" -> {
                Optional<LazyImage> alone = imageAlone(element);
                if (alone.isPresent()) {
                    return alone.get();
                }
                var flow = flow("post-paragraph");
                element.childNodes().forEach(child -> inline(child, flow, Style.PLAIN));
                return flow;
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                var flow = flow("post-heading");
                flow.getStyleClass().add("post-" + name);
                element.childNodes().forEach(child -> inline(child, flow, Style.PLAIN));
                return flow;
            }
            case "ul", "ol" -> {
                var list = new VBox();
                list.getStyleClass().add("post-list");
                int number = 1;
                for (Element item : element.children()) {
                    var marker = new Label(name.equals("ol") ? (number++) + "." : "\u2022");
                    marker.getStyleClass().add("post-list-marker");
                    var content = new VBox();
                    blocks(item, content);
                    var row = new HBox(marker, content);
                    row.getStyleClass().add("post-list-item");
                    list.getChildren().add(row);
                }
                return list;
            }
            case "blockquote" -> {
                var quote = new VBox();
                quote.getStyleClass().add("post-quote");
                blocks(element, quote);
                return quote;
            }
            case "pre" -> {
                var code = new Text(element.wholeText());
                code.getStyleClass().addAll("post-text", "post-code");
                var flow = flow("post-pre");
                flow.getChildren().add(code);
                return flow;
            }
            case "table" -> {
                return table(element);
            }
            case "hr" -> {
                return new Separator();
            }
            default -> {
                var box = new VBox();
                box.getStyleClass().add(name.equals("center") ? "post-center" : "post-div");
                blocks(element, box);
                return box;
            }
        }
    }

    private GridPane table(Element table) {
        var grid = new GridPane();
        grid.getStyleClass().add("post-table");
        grid.setMaxWidth(Region.USE_PREF_SIZE);
        int row = 0;
        for (Element tr : table.select("tr")) {
            int column = 0;
            for (Element cell : tr.children()) {
                var flow = flow(cell.normalName().equals("th") ? "post-table-header" : "post-table-cell");
                cell.childNodes().forEach(child -> inline(child, flow, Style.PLAIN));
                grid.add(flow, column++, row);
            }
            row++;
        }
        return grid;
    }

    private void inline(org.jsoup.nodes.Node node, TextFlow flow, Style style) {
        if (node instanceof TextNode text) {
            if (style.link().isPresent()) {
                flow.getChildren().add(link(text.text(), style.link().get()));
            } else {
                plainText(text.text(), flow, style);
            }
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        switch (element.normalName()) {
            case "br" -> flow.getChildren().add(new Text(LINE_BREAK));
            case "img" -> image(element).ifPresent(flow.getChildren()::add);
            case "strong", "b" -> element.childNodes().forEach(c -> inline(c, flow, style.with("post-bold")));
            case "em", "i" -> element.childNodes().forEach(c -> inline(c, flow, style.with("post-italic")));
            case "code" -> element.childNodes().forEach(c -> inline(c, flow, style.with("post-code")));
            case "del", "s", "strike" -> element.childNodes().forEach(c -> inline(c, flow,
                    style.with("post-strike")));
            case "a" -> {
                Optional<URI> target = web(element.attr("abs:href"));
                Style linked = target.map(style::linking).orElse(style);
                element.childNodes().forEach(c -> inline(c, flow, linked));
            }
            default -> element.childNodes().forEach(c -> {
                if (c instanceof Element e && isBlock(e)) {
                    inline(new TextNode(" "), flow, style);
                    e.childNodes().forEach(grand -> inline(grand, flow, style));
                } else {
                    inline(c, flow, style);
                }
            });
        }
    }

    /** Text with its @mentions and #tags turned into links. */
    private void plainText(String text, TextFlow flow, Style style) {
        var m = MENTION_OR_TAG.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                flow.getChildren().add(text(text.substring(last, m.start()), style));
            }
            Optional<URI> target = m.group(1) != null
                    ? Optional.of(URI.create(PostHtml.BASE + "/@" + m.group(1)))
                    : m.group(2) != null
                    ? Optional.of(URI.create(PostHtml.BASE + "/trending/" + URLEncoder.encode(
                            m.group(2).toLowerCase(Locale.ROOT), StandardCharsets.UTF_8)))
                    : web(m.group(3));
            flow.getChildren().add(target.<Node>map(t -> link(m.group(), t)).orElseGet(() -> text(m.group(), style)));
            last = m.end();
        }
        if (last < text.length()) {
            flow.getChildren().add(text(text.substring(last), style));
        }
    }

    /** A paragraph holding only an image (Steem's usual layout) shows it as a block, not inside a line of text. */
    private Optional<LazyImage> imageAlone(Element paragraph) {
        if (!paragraph.ownText().isBlank() || paragraph.children().size() != 1
                || !paragraph.child(0).normalName().equals("img")) {
            return Optional.empty();
        }
        return image(paragraph.child(0));
    }

    private Optional<LazyImage> image(Element img) {
        return web(img.attr("abs:src")).map(url -> new LazyImage(url, images, ui));
    }

    private Hyperlink link(String text, URI target) {
        var link = new Hyperlink(text);
        link.getStyleClass().add("post-link");
        link.setUserData(target);
        link.setOnAction(e -> links.open(target));
        return link;
    }

    private static Text text(String content, Style style) {
        var text = new Text(content);
        text.getStyleClass().add("post-text");
        text.getStyleClass().addAll(style.classes());
        return text;
    }

    private static TextFlow flow(String styleClass) {
        var flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        return flow;
    }

    /** Only web addresses are followed or fetched; the sanitiser has already removed javascript: and the like. */
    private static Optional<URI> web(String address) {
        try {
            URI url = URI.create(address.trim());
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && url.getHost() != null
                    ? Optional.of(url) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The inline styles in effect and the link, if inside one. */
    private record Style(List<String> classes, Optional<URI> link) {
        static final Style PLAIN = new Style(List.of(), Optional.empty());

        Style with(String styleClass) {
            var more = new ArrayList<>(classes);
            more.add(styleClass);
            return new Style(List.copyOf(more), link);
        }

        Style linking(URI target) {
            return new Style(classes, Optional.of(target));
        }
    }
}
