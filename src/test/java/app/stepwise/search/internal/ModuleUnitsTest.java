package app.stepwise.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModuleUnitsTest {
    @Test
    void rendered_html_becomes_a_line_per_paragraph_list_item_and_row() {
        String html = "<p>Use the <strong>HR system</strong>:</p>\n<ul>\n  <li>Offboarding checklist</li>\n"
                + "  <li>Exit interview   form<br>(in the People folder)</li>\n</ul><table><tr><td>Owner</td></tr></table>";
        assertThat(ModuleUnits.text(html))
                .isEqualTo("Use the HR system:\nOffboarding checklist\nExit interview form\n(in the People folder)\nOwner");
    }

    @Test
    void a_step_is_named_by_its_short_first_sentence_or_first_words() {
        assertThat(ModuleUnits.lead("Get budget approval. The Finance Director approves requests over $2,500."))
                .isEqualTo("Get budget approval");
        assertThat(ModuleUnits.lead("Compare the purchase order the goods received note and the invoice line by line"))
                .isEqualTo("Compare the purchase order the goods received note…");
    }
}
