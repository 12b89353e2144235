package app.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.shared.Authority;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.testing.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Any two versions compared step by step, in either direction, with the history's author, date and note. */
@IntegrationTest
class ModuleHistoryIntegrationTest {
    @Autowired ContentImporter importer;
    @Autowired ModuleHistory history;
    @Autowired ContentLibrary library;
    @Autowired PersonRepository people;
    @Autowired PasswordEncoder passwordEncoder;

    String id = "history-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void signInAsTrainer() {
        PeopleFixture.signInAs(new PeopleFixture(people, passwordEncoder).person("Tia Trainer", Authority.TRAINER));
    }

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    void publish(String objective, String approveStep, String actor) {
        var report = importer.importFiles(List.of(SourceFile.ofText("history/" + id + ".md",
                ContentImportIntegrationTest.doc(id, objective, approveStep))), actor, "test");
        assertThat(report.hasFailures()).as(report.summary()).isFalse();
    }

    @Test
    void two_chosen_versions_are_compared_step_by_step() {
        publish("Refund correctly.", "A team lead approves refunds over 100 EUR.", "ann");
        publish("Refund correctly.", "A team lead approves refunds over 50 EUR.", "bob");
        publish("Refund correctly and fast.", "A team lead approves refunds over 50 EUR.", "cat");

        var versions = library.versions(id);
        assertThat(versions).extracting(ModuleVersionSummary::version).containsExactly(3, 2, 1);
        assertThat(versions).extracting(ModuleVersionSummary::publishedBy).containsExactly("cat", "bob", "ann");

        var oneToThree = history.compare(id, 1, 3);
        assertThat(oneToThree.stepsEdited()).singleElement().satisfies(edit -> {
            assertThat(edit.before().markdown()).contains("over 100 EUR");
            assertThat(edit.after().markdown()).contains("over 50 EUR");
            assertThat(edit.after().number()).isEqualTo(2);
        });
        assertThat(oneToThree.stepsAdded()).isEmpty();
        assertThat(oneToThree.stepsRemoved()).isEmpty();

        var backwards = history.compare(id, 2, 1);
        assertThat(backwards.stepsEdited()).singleElement()
                .satisfies(edit -> assertThat(edit.after().markdown()).contains("over 100 EUR"));
        assertThat(history.compare(id, 2, 3).stepsChanged()).isFalse();

        assertThatThrownBy(() -> history.compare(id, 1, 9)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no version 9");
        assertThatThrownBy(() -> history.compare("no-such-module", 1, 2)).isInstanceOf(InvalidInputException.class);
        PeopleFixture.signInAs(new PeopleFixture(people, passwordEncoder).person("Lee Learner", Authority.LEARNER));
        assertThatThrownBy(() -> history.compare(id, 1, 2)).isInstanceOf(AccessDeniedException.class);
    }
}
