package app.stepwise.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.audit.AuditEntry;
import app.stepwise.audit.AuditLog;
import app.stepwise.people.PeopleFixture;
import app.stepwise.shared.Authority;
import app.stepwise.shared.SignedInPerson;
import app.stepwise.testing.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

@IntegrationTest
class SignInIntegrationTest {
    @Autowired AuthenticationManager signIn;
    @Autowired PersonRepository repository;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired AuditLog auditLog;

    PeopleFixture fixture;
    String address;

    @BeforeEach
    void setUp() {
        fixture = new PeopleFixture(repository, passwordEncoder);
        address = "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        PeopleFixture.signInAs(fixture.person("Audit Reader", Authority.ADMIN));
    }

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    private Authentication attempt(String email, String password) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(request));
        return signIn.authenticate(token);
    }

    private List<String> actions(String email) {
        return auditLog.recentFor(email, 20).stream().map(AuditEntry::action).toList();
    }

    @Test
    void the_right_password_signs_in_whatever_the_email_case_and_is_audited_with_the_address() {
        var person = fixture.person("Sam Signin", Authority.LEARNER);
        var result = attempt(person.getEmail().toUpperCase(), PeopleFixture.PASSWORD);

        assertThat(result.getPrincipal()).isInstanceOfSatisfying(SignedInPerson.class,
                p -> assertThat(p.personId().value()).isEqualTo(person.getId()));
        assertThat(result.getAuthorities()).extracting(Object::toString).filteredOn(a -> a.startsWith("ROLE_"))
                .containsExactly("ROLE_LEARNER");
        assertThat(auditLog.recentFor(person.getEmail(), 5)).first().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("LOGIN_SUCCEEDED");
            assertThat(entry.remoteAddress()).isEqualTo(address);
        });
    }

    @Test
    void a_wrong_password_fails_and_is_audited() {
        var person = fixture.person("Wanda Wrong", Authority.LEARNER);
        assertThatThrownBy(() -> attempt(person.getEmail(), "not the password")).isInstanceOf(BadCredentialsException.class);
        assertThat(actions(person.getEmail())).containsExactly("LOGIN_FAILED");
    }

    @Test
    void after_five_failures_even_the_right_password_waits_and_the_refusal_is_audited() {
        var person = fixture.person("Tess Throttled", Authority.LEARNER);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt(person.getEmail(), "guess " + UUID.randomUUID()))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(person.getEmail(), PeopleFixture.PASSWORD))
                .isInstanceOfSatisfying(LoginThrottledException.class,
                        e -> assertThat(e.retryAfter().toSeconds()).isBetween(1L, 60L));
        assertThat(actions(person.getEmail())).first().isEqualTo("LOGIN_THROTTLED");
    }

    @Test
    void deactivated_people_and_people_without_a_password_cannot_sign_in() {
        var leaver = fixture.person("Lou Leaver", Authority.LEARNER);
        leaver.deactivate();
        repository.saveAndFlush(leaver);
        assertThatThrownBy(() -> attempt(leaver.getEmail(), PeopleFixture.PASSWORD))
                .isInstanceOf(org.springframework.security.authentication.DisabledException.class);

        var imported = fixture.person("Ivy Imported", Authority.LEARNER);
        imported.setPassword(null, false);
        repository.saveAndFlush(imported);
        assertThatThrownBy(() -> attempt(imported.getEmail(), PeopleFixture.PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
    }
}
