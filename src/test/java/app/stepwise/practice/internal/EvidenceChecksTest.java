package app.stepwise.practice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceChecksTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://example.com", "http://intranet.example.com/folder/file?id=1#top",
        "HTTPS://Example.com/Path", "https://xn--bcher-kva.example/b\u00fccher"})
    void absolute_http_and_https_links_are_accepted(String link) {
        assertThat(EvidenceChecks.link("  " + link + " ")).isEqualTo(link);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "JavaScript://example.com/%0Aalert(1)",
        "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd", "ftp://example.com/x",
        "/relative/path", "example.com/page", "//example.com/no-scheme", "https://", "https:///path-only",
        "http:example.com", "https://user:secret@example.com/", "https://exa mple.com", "https://example.com/\u0000",
        "java\tscript:alert(1)", ""})
    void anything_but_an_absolute_web_address_is_refused(String link) {
        assertThatThrownBy(() -> EvidenceChecks.link(link))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("link"));
    }

    @Test
    void a_link_longer_than_2000_characters_is_refused() {
        String base = "https://example.com/";
        assertThat(EvidenceChecks.link(base + "a".repeat(2000 - base.length()))).hasSize(2000);
        assertThatThrownBy(() -> EvidenceChecks.link(base + "a".repeat(2001 - base.length())))
                .hasMessageContaining("longer than 2,000");
    }

    @Test
    void text_is_trimmed_and_must_hold_1_to_20000_characters() {
        assertThat(EvidenceChecks.text("  did it \n")).isEqualTo("did it");
        assertThat(EvidenceChecks.text("x".repeat(20_000))).hasSize(20_000);
        assertThatThrownBy(() -> EvidenceChecks.text("   \n ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> EvidenceChecks.text(null)).hasMessageContaining("empty");
        assertThatThrownBy(() -> EvidenceChecks.text("x".repeat(20_001))).hasMessageContaining("20,001 characters");
    }

    @Test
    void a_rejection_needs_a_comment_and_comments_have_a_limit() {
        assertThat(EvidenceChecks.comment(null, false)).isEmpty();
        assertThatThrownBy(() -> EvidenceChecks.comment("  ", true)).hasMessageContaining("needs a comment");
        assertThatThrownBy(() -> EvidenceChecks.comment("x".repeat(2001), false)).hasMessageContaining("2,000");
    }
}
