package org.steemdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {
    @Test
    void koreanLocalesGiveKoreanEverythingElseEnglish() {
        assertThat(Language.fromLocale(Locale.KOREA)).isEqualTo(Language.KOREAN);
        assertThat(Language.fromLocale(Locale.forLanguageTag("ko"))).isEqualTo(Language.KOREAN);
        assertThat(Language.fromLocale(Locale.US)).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromLocale(Locale.JAPAN)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void tagsParse() {
        assertThat(Language.fromTag("ko")).isEqualTo(Language.KOREAN);
        assertThat(Language.fromTag("EN")).isEqualTo(Language.ENGLISH);
        assertThatThrownBy(() -> Language.fromTag("de")).hasMessageContaining("ko or en");
    }

    @Test
    void englishIsNotReplacedByTheDefaultLocale() {
        var saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.KOREA);
            assertThat(new Messages(Language.ENGLISH).get("nav.wallet")).isEqualTo("Wallet");
            assertThat(new Messages(Language.KOREAN).get("nav.wallet")).isEqualTo("지갑");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void argumentsAreFormattedInTheLanguage() {
        assertThat(new Messages(Language.ENGLISH).get("status.lag", 1200)).isEqualTo("Head block 1,200 s behind");
        assertThat(new Messages(Language.KOREAN).get("status.lag", 3)).isEqualTo("헤드 블록 3초 지연");
    }

    @Test
    void aKoreanPosixLocaleIsKoreanEvenWhenTheJvmDoesNotKnowIt() {
        assertThat(Language.fromEnvironment(java.util.Map.of("LANG", "ko_KR.UTF-8"))).isEqualTo(Language.KOREAN);
        assertThat(Language.fromEnvironment(java.util.Map.of("LANG", "ko_KR.UTF-8", "LC_ALL", "C.UTF-8")))
                .isEqualTo(Language.ENGLISH);
        assertThat(Language.fromEnvironment(java.util.Map.of("LC_MESSAGES", "ko_KR", "LANG", "en_US.UTF-8")))
                .isEqualTo(Language.KOREAN);
        assertThat(Language.fromEnvironment(java.util.Map.of())).isEqualTo(Language.ENGLISH);
    }
}
