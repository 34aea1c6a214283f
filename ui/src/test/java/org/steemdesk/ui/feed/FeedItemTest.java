package org.steemdesk.ui.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.steemdesk.ui.post.PostHtml;

/** A feed row's excerpt and thumbnail, worked out from the body's markdown and the post's json_metadata. */
class FeedItemTest {
    @Test
    void theExcerptIsTheBodysTextWithoutMarkupOrAddresses() {
        var body = PostHtml.sanitise("""
                # 라면 리뷰

                **진라면** 매운맛을 [먹어](https://steemit.com/@a/b) 보았습니다.
                ![사진](https://cdn.example/ramen.jpg)
                https://cdn.example/bare.png

                <script>alert(1)</script>둘째 줄""");
        assertThat(FeedItem.excerpt(body)).isEqualTo("라면 리뷰 진라면 매운맛을 먹어 보았습니다. 둘째 줄");
    }

    @Test
    void aLongBodyIsCutWithAnEllipsis() {
        String excerpt = FeedItem.excerpt(PostHtml.sanitise("가".repeat(1000)));
        assertThat(excerpt).hasSize(FeedItem.EXCERPT_CHARS + 1).endsWith("\u2026");
    }

    @Test
    void theThumbnailIsTheMetadatasFirstImageElseTheBodysFirstImageAndOnlyHttps() {
        assertThat(FeedItem.thumbnail("{\"image\":[\"https://cdn.example/a.png\",\"https://cdn.example/b.png\"]}"))
                .contains(URI.create("https://cdn.example/a.png"));
        assertThat(FeedItem.thumbnail("{\"image\":[\"http://cdn.example/a.png\"]}")).isEmpty();
        assertThat(FeedItem.thumbnail("{\"image\":[\"javascript:alert(1)\"]}")).isEmpty();
        assertThat(FeedItem.thumbnail("not json")).isEmpty();
        assertThat(FeedItem.thumbnail("")).isEmpty();

        assertThat(FeedItem.firstImage(PostHtml.sanitise("text\n\n![x](http://cdn.example/plain.png)\n\n"
                + "![y](https://cdn.example/first.jpg) ![z](https://cdn.example/second.jpg)")))
                .contains(URI.create("https://cdn.example/first.jpg"));
        assertThat(FeedItem.firstImage(PostHtml.sanitise("<img src=\"data:image/png;base64,AAAA\">"))).isEmpty();
        assertThat(FeedItem.firstImage(PostHtml.sanitise("no image at all"))).isEmpty();
    }
}
