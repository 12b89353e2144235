package app.stepwise.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.audit.AuditLog;
import app.stepwise.certification.RefresherForecast;
import app.stepwise.content.ChangeClass;
import app.stepwise.content.ContentLibrary;
import app.stepwise.content.ModulePublishing;
import app.stepwise.content.ModuleVersionSummary;
import app.stepwise.course.ModuleAudience;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.shared.Authority;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.testing.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Publishing with {@code stepwise.studio.require-approval=true}. The service is built by hand with the setting on,
 * around the context's (secured) beans: a second application context with another property would share the
 * JVM's security context holder with the cached one and break the tests that run after it.
 */
@IntegrationTest
class StudioApprovalIntegrationTest {
    @Autowired StudioDrafts drafts;
    @Autowired StudioChecks checks;
    @Autowired ModulePublishing modulePublishing;
    @Autowired RefresherForecast refreshers;
    @Autowired ModuleAudience audience;
    @Autowired AuditLog auditLog;
    @Autowired StudioPublishing securedPublishing;
    @Autowired ApprovalNotices notices;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired ContentLibrary library;
    @Autowired PersonRepository people;
    @Autowired PasswordEncoder passwordEncoder;

    StudioPublishing publishing;
    PersonEntity tia;
    PersonEntity tom;
    String key;

    @BeforeEach
    void setUp() {
        publishing = new StudioPublishing(drafts, checks, modulePublishing, refreshers, audience, auditLog,
                new StudioProperties(true), notices, transactionManager);
        var fixture = new PeopleFixture(people, passwordEncoder);
        tia = fixture.person("Tia Trainer", Authority.TRAINER);
        tom = fixture.person("Tom Trainer", Authority.TRAINER);
        key = "approve-" + UUID.randomUUID().toString().substring(0, 8);
        PeopleFixture.signInAs(tia);
    }

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    @Test
    void the_author_asks_and_a_second_trainer_publishes_with_the_authors_note_and_change_class() {
        var draft = drafts.create(key, "Approved " + key);
        assertThatThrownBy(() -> publishing.publish(key, 0, draft.version(), draft.source(), null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ask for approval");
        var asked = publishing.requestApproval(key, 0, draft.version(), draft.source(), null, null);
        assertThat(asked.approval().requestedBy()).isEqualTo("Tia Trainer");
        assertThatThrownBy(() -> publishing.approve(key, asked.version())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Another trainer approves your change");

        PeopleFixture.signInAs(tom);
        assertThat(publishing.approve(key, asked.version()).version()).isEqualTo(1);

        PeopleFixture.signInAs(tia);
        var opened = drafts.open(key);
        String changed = opened.source().replace("and where to find it", "and where it is kept");
        var second = publishing.requestApproval(key, 1, null, changed, "Where it is kept", ChangeClass.MINOR);
        PeopleFixture.signInAs(tom);
        var published = publishing.approve(key, second.version());
        assertThat(published.changeClass()).isEqualTo(ChangeClass.MINOR);
        assertThat(library.versions(key).getFirst()).extracting(ModuleVersionSummary::versionNote, ModuleVersionSummary::publishedBy)
                .containsExactly("Where it is kept", tom.getEmail());
    }

    @Test
    void a_change_after_the_request_withdraws_it_and_a_stale_approval_publishes_nothing() {
        var draft = drafts.create(key, "Withdrawn " + key);
        var asked = publishing.requestApproval(key, 0, draft.version(), draft.source(), null, null);
        var edited = drafts.save(key, 0, asked.version(), asked.source() + "\nOne more line.\n");
        assertThat(edited.approval()).isNull();

        PeopleFixture.signInAs(tom);
        assertThatThrownBy(() -> publishing.approve(key, asked.version())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("look at it again");
        assertThatThrownBy(() -> publishing.approve(key, edited.version())).isInstanceOf(InvalidInputException.class);
        assertThat(library.module(key)).isEmpty();
    }

    @Test
    void only_trainers_and_admins_may_approve() {
        var draft = drafts.create(key, "Secured " + key);
        var asked = publishing.requestApproval(key, 0, draft.version(), draft.source(), null, null);
        PeopleFixture.signInAs(new PeopleFixture(people, passwordEncoder).person("Lee Learner", Authority.LEARNER));
        assertThatThrownBy(() -> securedPublishing.approve(key, asked.version())).isInstanceOf(AccessDeniedException.class);
    }
}
