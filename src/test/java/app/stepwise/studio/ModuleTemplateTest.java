package app.stepwise.studio;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.QuestionType;
import app.stepwise.content.SectionKind;
import app.stepwise.content.Section;
import org.junit.jupiter.api.Test;

class ModuleTemplateTest {

    @Test
    void the_template_validates_without_a_warning_and_has_every_conventional_section() {
        var doc = StudioDocs.clean("send-a-quote", ModuleTemplate.source("send-a-quote", "Send a quote", "Tia Trainer"));

        assertThat(doc.id()).isEqualTo("send-a-quote");
        assertThat(doc.title()).isEqualTo("Send a quote");
        assertThat(doc.metadata().owner()).contains("Tia Trainer");
        assertThat(doc.sections()).extracting(Section::kind).contains(SectionKind.OBJECTIVE, SectionKind.STEPS,
                SectionKind.SNAGS, SectionKind.DELIVERABLE, SectionKind.KPIS, SectionKind.QUIZ, SectionKind.PRACTICE);
        assertThat(doc.steps()).hasSize(3);
        assertThat(doc.questions()).singleElement().satisfies(q -> {
            assertThat(q.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
            assertThat(q.stepAnchor()).contains("step-prepare");
        });
        assertThat(doc.practiceTasks()).hasSize(1);
    }

    @Test
    void a_title_with_a_colon_or_quotes_stays_one_title() {
        var doc = StudioDocs.clean("refunds", ModuleTemplate.source("refunds", "Refunds: the \"fast\" way", "Dana: Lead"));

        assertThat(doc.title()).isEqualTo("Refunds: the \"fast\" way");
        assertThat(doc.metadata().owner()).contains("Dana: Lead");
    }
}
