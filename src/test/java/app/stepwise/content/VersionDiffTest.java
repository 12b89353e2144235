package app.stepwise.content;

import static app.stepwise.content.Docs.module;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionDiffTest {

    private static final String BASE = """
            ---
            id: quote
            pass-mark: 80
            ---
            # Send a quote

            ## Objective

            Customers get a price fast.

            ## Steps

            1. **Open the template** in the quote tool.
            2. Check the discount against the pricing policy. {#check-discount}
            3. **Send** the PDF from the CRM.

            ## Quiz

            ### Who approves big discounts?

            1. [ ] Nobody
            2. [x] Your manager

            ## Practice

            - [ ] **Prepare a quote** for a test customer.
            """;

    @Test
    void an_unchanged_doc_is_no_change() {
        VersionDiff diff = VersionDiff.between(module(BASE), module(BASE));

        assertThat(diff.changeClass()).isEqualTo(ChangeClass.NONE);
        assertThat(diff.stepsChanged()).isFalse();
        assertThat(diff.quizChanged()).isFalse();
    }

    @Test
    void rewrapping_and_moving_text_down_is_no_change() {
        String rewrapped = BASE.replace("# Send a quote\n", "# Send a quote\n\n\n")
                .replace("Customers get a price fast.", "Customers get\na price fast.");

        assertThat(VersionDiff.between(module(BASE), module(rewrapped)).changeClass()).isEqualTo(ChangeClass.NONE);
    }

    @Test
    void an_edited_step_is_a_material_change_naming_that_step() {
        ProcessDoc newer = module(BASE.replace("against the pricing policy", "against the 2025 pricing policy"));

        VersionDiff diff = VersionDiff.between(module(BASE), newer);

        assertThat(diff.changeClass()).isEqualTo(ChangeClass.MATERIAL);
        assertThat(diff.stepsEdited()).singleElement().satisfies(edit -> {
            assertThat(edit.before().anchor()).isEqualTo("check-discount");
            assertThat(edit.after().text()).contains("2025");
            assertThat(edit.anchorChanged()).isFalse();
        });
        assertThat(diff.stepsAdded()).isEmpty();
        assertThat(diff.stepsRemoved()).isEmpty();
        assertThat(diff.sectionsChanged()).isEmpty();
    }

    @Test
    void a_step_whose_anchor_changed_with_its_wording_is_matched_by_text() {
        ProcessDoc newer = module(BASE.replace("**Send** the PDF from the CRM.", "**Email** the PDF from the CRM."));

        VersionDiff diff = VersionDiff.between(module(BASE), newer);

        assertThat(diff.stepsEdited()).singleElement().satisfies(edit -> {
            assertThat(edit.before().anchor()).isEqualTo("step-send");
            assertThat(edit.after().anchor()).isEqualTo("step-email");
            assertThat(edit.anchorChanged()).isTrue();
        });
        assertThat(diff.stepsAdded()).isEmpty();
        assertThat(diff.stepsRemoved()).isEmpty();
    }

    @Test
    void wording_changed_in_the_objective_only_is_a_minor_change() {
        ProcessDoc newer = module(BASE.replace("Customers get a price fast.", "Customers get an accurate price fast."));

        VersionDiff diff = VersionDiff.between(module(BASE), newer);

        assertThat(diff.changeClass()).isEqualTo(ChangeClass.MINOR);
        assertThat(diff.sectionsChanged()).containsExactly("Objective");
    }

    @Test
    void an_added_step_is_material_and_listed() {
        ProcessDoc newer = module(BASE.replace("3. **Send** the PDF from the CRM.",
                "3. **Send** the PDF from the CRM.\n4. **Log** the quote in the pipeline report."));

        VersionDiff diff = VersionDiff.between(module(BASE), newer);

        assertThat(diff.changeClass()).isEqualTo(ChangeClass.MATERIAL);
        assertThat(diff.stepsAdded()).extracting(Step::anchor).containsExactly("step-log");
        assertThat(diff.stepsEdited()).isEmpty();
    }

    @Test
    void a_removed_step_is_material_and_listed() {
        ProcessDoc newer = module(BASE.replace("1. **Open the template** in the quote tool.\n", ""));

        VersionDiff diff = VersionDiff.between(module(BASE), newer);

        assertThat(diff.changeClass()).isEqualTo(ChangeClass.MATERIAL);
        assertThat(diff.stepsRemoved()).extracting(Step::anchor).containsExactly("step-open-the-template");
        assertThat(diff.stepsReordered()).isFalse();
    }

    @Test
    void swapped_steps_are_a_reordering() {
        ProcessDoc newer = module(BASE.replace("1. **Open the template** in the quote tool.\n2. Check",
                "1. Check").replace("{#check-discount}\n", "{#check-discount}\n2. **Open the template** in the quote "
                + "tool.\n"));

        VersionDiff diff = VersionDiff.between(module(BASE), newer);

        assertThat(diff.stepsReordered()).isTrue();
        assertThat(diff.changeClass()).isEqualTo(ChangeClass.MATERIAL);
    }

    @Test
    void a_changed_quiz_question_is_material() {
        ProcessDoc newer = module(BASE.replace("1. [ ] Nobody\n2. [x] Your manager",
                "1. [x] Nobody\n2. [ ] Your manager"));

        VersionDiff diff = VersionDiff.between(module(BASE), newer);

        assertThat(diff.changeClass()).isEqualTo(ChangeClass.MATERIAL);
        assertThat(diff.questionsEdited()).singleElement()
                .satisfies(edit -> assertThat(edit.before().key()).isEqualTo("q-who-approves-big-discounts"));
        assertThat(diff.stepsChanged()).isFalse();
    }

    @Test
    void an_added_question_and_a_changed_pass_mark_are_quiz_changes() {
        ProcessDoc newer = module(BASE.replace("pass-mark: 80", "pass-mark: 90")
                .replace("## Practice", "### New question?\n\nAnswer: yes\n\n## Practice"));

        VersionDiff diff = VersionDiff.between(module(BASE), newer);

        assertThat(diff.questionsAdded()).extracting(Question::prompt).containsExactly("New question?");
        assertThat(diff.quizSettingsChanged()).isTrue();
        assertThat(diff.changeClass()).isEqualTo(ChangeClass.MATERIAL);
    }

    @Test
    void a_changed_practice_task_is_material() {
        ProcessDoc newer = module(BASE.replace("for a test customer.", "for a real customer.\n  Evidence: file"));

        VersionDiff diff = VersionDiff.between(module(BASE), newer);

        assertThat(diff.practiceChanged()).isTrue();
        assertThat(diff.changeClass()).isEqualTo(ChangeClass.MATERIAL);
    }

    @Test
    void a_new_title_or_tag_is_a_minor_metadata_change() {
        ProcessDoc newer = module(BASE.replace("pass-mark: 80", "pass-mark: 80\ntags: [sales]"));

        VersionDiff diff = VersionDiff.between(module(BASE), newer);

        assertThat(diff.metadataChanged()).containsExactly("tags");
        assertThat(diff.changeClass()).isEqualTo(ChangeClass.MINOR);
    }

    @Test
    void prose_around_the_steps_list_is_a_minor_change() {
        ProcessDoc newer = module(BASE.replace("## Steps\n", "## Steps\n\nHave the CRM open.\n"));

        VersionDiff diff = VersionDiff.between(module(BASE), newer);

        assertThat(diff.changeClass()).isEqualTo(ChangeClass.MINOR);
        assertThat(diff.sectionsChanged()).containsExactly("Steps");
    }
}
