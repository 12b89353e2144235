package app.stepwise.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotificationTextTest {
    @Test
    void a_title_is_one_line_and_never_empty() {
        assertThat(NotificationText.title("  Approved:\n\tyour\u0000 submission  ")).isEqualTo("Approved: your submission");
        assertThat(NotificationText.title(" \n ")).isEqualTo(NotificationText.UNTITLED);
    }

    @Test
    void long_text_is_cut_with_an_ellipsis_and_never_inside_a_character() {
        String cut = NotificationText.title("a" + "😀".repeat(300));
        assertThat(cut).hasSizeLessThanOrEqualTo(NotificationText.TITLE_LENGTH).endsWith("…");
        assertThat(cut.codePoints().filter(c -> Character.getType(c) == Character.SURROGATE)).isEmpty();
        assertThat(NotificationText.detail("x".repeat(2000))).hasSize(2000).doesNotContain("…");
        assertThat(NotificationText.detail("x".repeat(2001))).hasSize(2000).endsWith("…");
    }

    @Test
    void a_detail_keeps_its_line_breaks() {
        assertThat(NotificationText.detail("first\nsecond\u0007")).isEqualTo("first\nsecond");
    }

    @ParameterizedTest
    @ValueSource(strings = {"learning", "module/crm-basics", "module/crm-basics#step-3", "notifications?page=2"})
    void an_in_app_route_is_kept_as_a_link(String link) {
        assertThat(NotificationText.link(link)).isEqualTo(link);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "https://evil.example", "//evil.example/x",
            "/learning", "\\\\evil.example", "data:text/html,x", "module/../../x", "#top", "a b"})
    void anything_that_could_leave_the_app_or_run_script_is_dropped(String link) {
        assertThat(NotificationText.link(link)).isEmpty();
    }

    @Test
    void an_over_long_link_is_dropped_rather_than_cut_into_a_wrong_one() {
        assertThat(NotificationText.link("module/" + "x".repeat(600))).isEmpty();
    }
}
