package app.stepwise.practice;

import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.shared.Authority;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What practice integration tests start from: the sample curriculum plus the file-evidence test module, two
 * learners who must not see each other's work, and a trainer. Nobody is signed in.
 */
abstract class PracticeScenario {
    @Autowired PracticeService practice;
    @Autowired ContentImporter importer;
    @Autowired PersonRepository people;
    @Autowired PasswordEncoder passwordEncoder;

    PeopleFixture fixture;
    PersonEntity ann;
    PersonEntity ben;
    PersonEntity trainer;

    @BeforeEach
    void setUpScenario() {
        PracticeContent.importInto(importer);
        fixture = new PeopleFixture(people, passwordEncoder);
        ann = fixture.person("Ann Able", Authority.LEARNER);
        ben = fixture.person("Ben Baker", Authority.LEARNER);
        trainer = fixture.person("Tia Trainer", Authority.TRAINER);
    }

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }
}
