package org.steemdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** With --lang ko, or a Korean system locale, the CLI's help, errors and messages are Korean; English stays as it was. */
class KoreanCliTest {

    @Test
    void voteHelpIsKorean() {
        CliRun run = CliRun.of("--lang", "ko", "vote", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("사용법: steemdesk vote ").contains("글에 보팅합니다.",
                "AUTHOR/PERMLINK 형식의 글.", "이 도움말을 보여 주고 끝냅니다.", "100%, -50%(다운보팅)")
                .doesNotContain("Vote on a post", "%n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helpOfANestedCommandIsKorean() {
        CliRun run = CliRun.of("--lang", "ko", "help", "keys", "import");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("사용법: steemdesk keys import ")
                .contains("WIF 개인 키 하나를", "owner, active, posting 또는 memo.");
    }

    @Test
    void theRootHelpListsItsCommandsInKorean() {
        CliRun run = CliRun.of("--lang", "ko", "--help");
        assertThat(run.out()).startsWith("사용법: steemdesk ").contains("명령:", "스팀 지갑 및 큐레이션 클라이언트.",
                "help ", "명령의 사용법을 보여 줍니다");
    }

    @Test
    void aKoreanSystemLocaleGivesKoreanHelpWithoutLang() {
        Locale before = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            Locale.setDefault(Locale.Category.DISPLAY, Locale.KOREA);
            assertThat(CliRun.of("vote", "--help").out()).startsWith("사용법: steemdesk vote ");
            assertThat(CliRun.of("--lang", "en", "vote", "--help").out()).startsWith("Usage: steemdesk vote ");
        } finally {
            Locale.setDefault(Locale.Category.DISPLAY, before);
        }
    }

    @Test
    void aBadValueIsOneKoreanLine() {
        CliRun run = CliRun.of("--lang", "ko", "feed", "hot", "--limit", "0");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("steemdesk: --limit은 1..1000이어야 합니다. 받은 값: 0" + System.lineSeparator());
        CliRun english = CliRun.of("--lang", "en", "feed", "hot", "--limit", "0");
        assertThat(english.err()).isEqualTo("steemdesk: --limit must be 1..1000, got 0" + System.lineSeparator());
    }

    @Test
    void aMissingOptionIsSaidInKoreanWithTheHint() {
        CliRun run = CliRun.of("--lang", "ko", "keys", "public");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("steemdesk: 필수 옵션이나 인자가 빠졌습니다: '--wif-file'",
                "자세한 내용은 'steemdesk --help'를 보세요.");
        CliRun english = CliRun.of("--lang", "en", "keys", "public");
        assertThat(english.err().lines()).containsExactly("steemdesk: Missing required option: '--wif-file=F'",
                "Try 'steemdesk --help' for more information.");
    }

    @Test
    void anUnknownCommandAfterHelpIsAKoreanUsageError() {
        CliRun run = CliRun.of("--lang", "ko", "help", "keys", "frobnicate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("steemdesk: frobnicate 명령은 없습니다");
    }

    @Test
    void aBadPostIsKorean() {
        CliRun run = CliRun.of("--lang", "ko", "post", "nonsense");
        assertThat(run.err()).startsWith("steemdesk: 글은 AUTHOR/PERMLINK 형식으로 주세요. 받은 값: \"nonsense\"");
    }
}
