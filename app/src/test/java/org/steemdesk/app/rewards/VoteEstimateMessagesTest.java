package org.steemdesk.app.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.stake.VoteEstimateException;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;

class VoteEstimateMessagesTest {

    @Test
    void everyKindHasItsOwnSentenceInBothLanguages() {
        for (Language language : Language.values()) {
            Messages messages = new Messages(language);
            Set<String> seen = new HashSet<>();
            for (VoteEstimateException.Kind kind : VoteEstimateException.Kind.values()) {
                String text = VoteEstimateMessages.describe(new VoteEstimateException(kind, "kimchi/fresh-post", "x"),
                        messages);
                assertThat(text).as("%s %s", language, kind).doesNotContain("vote.estimate").isNotBlank();
                assertThat(seen.add(text)).as("%s %s is not a repeat", language, kind).isTrue();
            }
        }
        assertThat(VoteEstimateMessages.describe(VoteEstimateException.missing("get_content", "vote_rshares"),
                new Messages(Language.KOREAN))).contains("get_content vote_rshares").contains("노드");
        assertThat(VoteEstimateMessages.describe(new VoteEstimateException(VoteEstimateException.Kind.POST_PAID_OUT,
                "kimchi/fresh-post", "x"), new Messages(Language.ENGLISH))).startsWith("kimchi/fresh-post has been paid out");
    }
}
