package app.stepwise.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModuleOwnershipTest {
    private static final String OWNER = "Dana Whitfield, Support Lead";

    @Test
    void the_name_before_the_first_comma_owns_the_module_ignoring_case_and_spaces() {
        assertThat(ModuleOwnership.owns(OWNER, "Dana Whitfield", "dana@stepwise.test")).isTrue();
        assertThat(ModuleOwnership.owns(OWNER, "  dana WHITFIELD ", "someone@stepwise.test")).isTrue();
        assertThat(ModuleOwnership.owns("Dana Whitfield", "Dana Whitfield", null)).isTrue();
        assertThat(ModuleOwnership.owns(" dana whitfield , Lead, Support ", "Dana Whitfield", null)).isTrue();
    }

    @Test
    void an_owner_written_as_an_email_is_matched_against_the_persons_email() {
        assertThat(ModuleOwnership.owns("Dana@Stepwise.test ", "Somebody Else", "dana@stepwise.test")).isTrue();
        assertThat(ModuleOwnership.owns("dana@stepwise.test", "Dana Whitfield", "other@stepwise.test")).isFalse();
    }

    @Test
    void other_names_partial_names_job_titles_and_missing_owners_own_nothing() {
        assertThat(ModuleOwnership.owns(OWNER, "Dana", "dana@stepwise.test")).isFalse();
        assertThat(ModuleOwnership.owns(OWNER, "Dana Whitfield, Support Lead x", "x@stepwise.test")).isFalse();
        assertThat(ModuleOwnership.owns(OWNER, "Support Lead", "lead@stepwise.test")).isFalse();
        assertThat(ModuleOwnership.owns(OWNER, "Taylor Reed", "trainer@stepwise.test")).isFalse();
        assertThat(ModuleOwnership.owns(null, "Dana Whitfield", "dana@stepwise.test")).isFalse();
        assertThat(ModuleOwnership.owns("  ", "", "")).isFalse();
        assertThat(ModuleOwnership.owns(", Support Lead", "", "x@stepwise.test")).isFalse();
    }
}
