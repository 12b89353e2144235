package app.stepwise;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.course.CourseService;
import app.stepwise.course.RolePath;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.testing.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A newcomer's first start in the default mode (H2): demo accounts, the sample curriculum imported, the demo
 * learner on a path. Runs in its own JVM (surefire execution first-start): a second Spring context with other
 * properties would install its own security-context strategy and unsettle the other tests' sign-ins.
 */
@IntegrationTest
@TestPropertySource(properties = {"stepwise.demo-data.enabled=true", "stepwise.content.import-on-start=true"})
class FirstStartTest {
    @Autowired PersonRepository people;
    @Autowired CourseService course;

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    @Test
    void the_demo_learner_signs_in_to_the_support_representative_path_of_the_sample_curriculum() {
        PeopleFixture.signInAs(people.findByEmail("learner@stepwise.test").orElseThrow());
        assertThat(course.myPaths()).singleElement().satisfies(path -> {
            assertThat(path.roleId()).isEqualTo("support-rep");
            assertThat(path.dueDate()).isNotNull();
            assertThat(path.modules()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(path.next().moduleId()).isEqualTo("crm-basics");
            assertThat(path.next().route()).isEqualTo("module/crm-basics");
        });
        PeopleFixture.signInAs(people.findByEmail("riley@stepwise.test").orElseThrow());
        assertThat(course.myPaths()).extracting(RolePath::roleId).containsExactly("tech-support");
    }
}
