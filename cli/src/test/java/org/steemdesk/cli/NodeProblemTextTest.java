package org.steemdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.node.NodeProblem;
import org.steemdesk.app.node.NodeProblemKind;
import org.steemdesk.chain.rpc.RequestLimits;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;

/** Which node did what, in English and Korean, with the limits it was given. */
class NodeProblemTextTest {
    private static final URI NODE = URI.create("https://api.example.com");

    private static NodeProblem problem(NodeProblemKind kind, Duration offset, Duration deadline) {
        return new NodeProblem(kind, Optional.of(NODE), Optional.ofNullable(offset), OptionalInt.empty(),
                Optional.ofNullable(deadline));
    }

    @Test
    void englishNamesTheNodeAndWhatItDid() {
        NodeProblemText text = new NodeProblemText(new Messages(Language.ENGLISH), RequestLimits.DEFAULTS);
        assertThat(text.describe(Optional.empty())).isEqualTo("no node answered");
        assertThat(text.describe(Optional.of(problem(NodeProblemKind.SLOW, null, Duration.ofSeconds(30)))))
                .isEqualTo("no node answered within 30 s: https://api.example.com was too slow: its answer did not "
                        + "arrive in time");
        assertThat(text.describe(Optional.of(problem(NodeProblemKind.TOO_LARGE, null, null))))
                .isEqualTo("no node answered: https://api.example.com sent an answer larger than 8 MiB, so reading "
                        + "stopped");
        assertThat(text.describe(Optional.of(problem(NodeProblemKind.CLOCK_AHEAD, Duration.ofDays(26_330), null))))
                .isEqualTo("no node answered: https://api.example.com gives a chain time 26,330 days ahead of this "
                        + "computer's clock, so it is not used to sign or judge");
        assertThat(text.describe(Optional.of(problem(NodeProblemKind.BEHIND, Duration.ofMinutes(-5), null))))
                .endsWith("is behind the chain: its head block is 5 min old");
        assertThat(text.describe(Optional.of(problem(NodeProblemKind.SILENT, null, null))))
                .endsWith("sent nothing for 10 s");
    }

    @Test
    void koreanToo() {
        NodeProblemText text = new NodeProblemText(new Messages(Language.KOREAN), RequestLimits.DEFAULTS);
        assertThat(text.describe(Optional.of(problem(NodeProblemKind.SILENT, null, Duration.ofSeconds(30)))))
                .isEqualTo("30초 안에 응답한 노드가 없습니다: https://api.example.com이(가) 10초 동안 아무것도 보내지 않았습니다");
        assertThat(text.span(Duration.ofHours(3))).isEqualTo("3시간");
    }
}
