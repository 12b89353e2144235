package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.e2e.pages.LoginPage;
import app.stepwise.people.PeopleFixture;
import org.junit.jupiter.api.Test;

class AdminAddsLearnerIT extends BrowserTest {
    @Test
    void an_admin_adds_a_learner_who_signs_in_chooses_a_password_and_sees_their_home() {
        String email = PeopleFixture.uniqueEmail("jamie.fox");

        var login = LoginPage.open(driver, baseUrl());
        String anonymousSession = login.sessionId();
        var adminHome = login.signInAs(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(login.sessionId()).as("the session id changes at sign-in").isNotEqualTo(anonymousSession);
        assertThat(adminHome.showsCard("admin-home")).isTrue();
        assertThat(adminHome.navigation()).contains("Home", "People", "Audit log");

        var people = adminHome.openPeople();
        var dialog = people.addPerson().fill("Jamie Fox", email, "Support Representative", "short");
        assertThat(dialog.saveExpectingError("person-password")).contains("at least 12 characters");
        people = dialog.fill("Jamie Fox", email, "Support Representative", "temporary-password-1").save();
        assertThat(people.search(email).lists("Jamie Fox")).isTrue();
        var signedOut = people.signOut();

        var changePassword = LoginPage.open(driver, baseUrl())
                .signInWithTemporaryPassword(email, "temporary-password-1");
        assertThat(changePassword.saysChangeIsRequired()).isTrue();
        var learnerHome = changePassword.change("temporary-password-1", "my own long passphrase");
        assertThat(learnerHome.greeting()).isEqualTo("Welcome, Jamie");
        assertThat(learnerHome.showsCard("learner-home")).isTrue();
        assertThat(learnerHome.showsCard("admin-home")).isFalse();
        assertThat(learnerHome.navigation()).doesNotContain("People", "Audit log");
        assertThat(signedOut).isNotNull();
    }
}
