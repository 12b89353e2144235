package app.stepwise.feedback;

import static app.stepwise.feedback.FlagStatus.ACCEPTED;
import static app.stepwise.feedback.FlagStatus.DECLINED;
import static app.stepwise.feedback.FlagStatus.FIXED;
import static app.stepwise.feedback.FlagStatus.OPEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.shared.InvalidInputException;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class FlagStatusTest {
    @Test
    void an_open_flag_is_accepted_fixed_or_declined_and_an_accepted_one_fixed_or_declined() {
        assertThat(OPEN.next()).containsExactly(ACCEPTED, FIXED, DECLINED);
        assertThat(ACCEPTED.next()).containsExactly(FIXED, DECLINED);
    }

    @Test
    void fixed_and_declined_are_final_and_no_status_moves_back_or_to_itself() {
        assertThat(FIXED.next()).isEmpty();
        assertThat(DECLINED.next()).isEmpty();
        for (FlagStatus status : FlagStatus.values()) {
            assertThat(status.canMoveTo(status)).as(status + " to itself").isFalse();
            assertThat(status.canMoveTo(OPEN)).as(status + " back to open").isFalse();
        }
        assertThat(FIXED.canMoveTo(DECLINED)).isFalse();
        assertThat(DECLINED.canMoveTo(FIXED)).isFalse();
    }

    @Test
    void only_open_and_accepted_flags_count_as_unresolved() {
        assertThat(FlagStatus.UNRESOLVED).isEqualTo(EnumSet.of(OPEN, ACCEPTED));
    }

    @Test
    void an_illegal_change_is_refused_with_what_is_possible_instead() {
        assertThatCode(() -> FlagInput.checkTransition(OPEN, FIXED)).doesNotThrowAnyException();
        assertThatThrownBy(() -> FlagInput.checkTransition(ACCEPTED, OPEN)).isInstanceOf(InvalidInputException.class)
                .hasMessage("This flag is accepted: it can be marked fixed or declined, not open.");
        assertThatThrownBy(() -> FlagInput.checkTransition(OPEN, OPEN))
                .hasMessage("This flag is open: it can be marked accepted, fixed or declined, not open.");
        assertThatThrownBy(() -> FlagInput.checkTransition(FIXED, DECLINED))
                .hasMessage("This flag is fixed and cannot change any more.");
        assertThatThrownBy(() -> FlagInput.checkTransition(OPEN, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_note_is_required_only_to_decline() {
        assertThatThrownBy(() -> FlagInput.note(DECLINED, "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("note"));
        assertThat(FlagInput.note(FIXED, null)).isEmpty();
        assertThat(FlagInput.note(DECLINED, "  Works as written. ")).isEqualTo("Works as written.");
        assertThatThrownBy(() -> FlagInput.note(FIXED, "x".repeat(2001))).hasMessageContaining("2000");
    }
}
