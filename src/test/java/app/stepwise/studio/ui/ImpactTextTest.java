package app.stepwise.studio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.certification.RefresherImpact;
import app.stepwise.content.ChangeClass;
import app.stepwise.studio.PublishPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImpactTextTest {

    @Test
    void a_material_change_names_the_roles_and_counts_people_in_words_that_agree() {
        var plan = plan(new RefresherImpact(14, List.of("Support Representative", "Technical Support")), 6);
        assertThat(ImpactText.of(plan, ChangeClass.MATERIAL)).isEqualTo("Material: 14 people certified in Support "
                + "Representative and Technical Support get a refresher; 6 people in progress get the new version.");
        var one = plan(new RefresherImpact(1, List.of("A", "B", "C")), 1);
        assertThat(ImpactText.of(one, ChangeClass.MATERIAL)).isEqualTo("Material: 1 person certified in A, B and C gets "
                + "a refresher; 1 person in progress gets the new version.");
    }

    @Test
    void a_minor_change_or_a_module_no_role_requires_sends_nobody_back() {
        var plan = plan(new RefresherImpact(3, List.of("A")), 0);
        assertThat(ImpactText.of(plan, ChangeClass.MINOR)).isEqualTo("Minor: nobody needs a refresher; 0 people in "
                + "progress get the new version.");
        assertThat(ImpactText.of(plan(new RefresherImpact(0, List.of()), 2), ChangeClass.MATERIAL))
                .startsWith("Material: no role requires this module, so nobody gets a refresher; 2 people");
    }

    private static PublishPlan plan(RefresherImpact impact, long inProgress) {
        return new PublishPlan("m", 2, ChangeClass.MATERIAL, "1 step edited", false, 0, impact, inProgress);
    }
}
