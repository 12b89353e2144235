package app.stepwise.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {
    @Test
    void sentences_end_after_a_full_stop_question_or_exclamation_mark_followed_by_a_capital() {
        String text = "Log the call. Then (e.g. by phone) confirm it! Was it \"done.\" Yes\nNext line";
        assertThat(SentenceBreaks.bounds(text)).containsExactly(0, 14, 47, 62, 66, text.length());
    }

    @Test
    void following_and_preceding_find_the_sentence_around_an_offset() {
        var breaks = new SentenceBreaks();
        breaks.setText("One two. Three four. Five.");
        int inThree = "One two. Thr".length();
        assertThat(breaks.preceding(inThree)).isEqualTo(9);
        assertThat(breaks.following(inThree)).isEqualTo(21);
        assertThat(breaks.following(26)).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.first()).isZero();
        assertThat(breaks.next()).isEqualTo(9);
        assertThat(breaks.last()).isEqualTo(26);
        assertThat(breaks.next()).isEqualTo(BreakIterator.DONE);
    }

    @Test
    void an_empty_text_has_one_boundary() {
        var breaks = new SentenceBreaks();
        breaks.setText("");
        assertThat(breaks.first()).isZero();
        assertThat(breaks.next()).isEqualTo(BreakIterator.DONE);
    }
}
