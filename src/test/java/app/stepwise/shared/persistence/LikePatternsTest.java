package app.stepwise.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternsTest {
    @Test
    void typed_text_matches_anywhere_lower_case_with_wildcards_taken_literally() {
        assertThat(LikePatterns.containing("  Sam ")).isEqualTo("%sam%");
        assertThat(LikePatterns.containing("100%_off\\")).isEqualTo("%100\\%\\_off\\\\%");
    }

    @Test
    void a_blank_filter_is_no_filter() {
        assertThat(LikePatterns.containing(null)).isNull();
        assertThat(LikePatterns.containing("   ")).isNull();
    }
}
