package org.steemdesk.ui.post;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * A Steem post body (markdown mixed with HTML, as condenser accepts it) turned into a sanitised HTML tree: markdown
 * with GFM tables by commonmark-java, then jsoup's relaxed safelist, which drops scripts, iframes, styles, event
 * handlers and any link that is not http(s) or mailto. Pure and thread-safe: run it off the FX thread.
 */
public final class PostHtml {
    /** Where condenser's relative links (/@alice, /trending/kr) point. */
    public static final String BASE = "https://steemit.com";

    /** An image address alone on its line is shown as the image, as on steemit.com. */
    private static final Pattern BARE_IMAGE = Pattern.compile(
            "^\\s*(https?://\\S+\\.(?:jpe?g|png|gif|webp|svg)(?:\\?\\S*)?)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser MARKDOWN = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final Safelist SAFE = Safelist.relaxed()
            .addTags("hr", "center", "del", "s")
            .removeProtocols("a", "href", "ftp");

    private PostHtml() {
    }

    public static Document sanitise(String body) {
        String markdown = body.lines().map(PostHtml::bareImage).collect(Collectors.joining("\n"));
        String html = HTML.render(MARKDOWN.parse(markdown));
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        return new Cleaner(SAFE).clean(dirty);
    }

    private static String bareImage(String line) {
        var m = BARE_IMAGE.matcher(line);
        return m.matches() ? "![](" + m.group(1) + ")" : line;
    }
}
