package app.stepwise.people;

import app.stepwise.people.internal.PersonEntity;
import app.stepwise.people.internal.PersonPrincipal;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.shared.Authority;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Creates people straight in the database and signs in as them, for service-level tests. */
public final class PeopleFixture {
    public static final String PASSWORD = "correct horse battery";

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;

    public PeopleFixture(PersonRepository people, PasswordEncoder passwordEncoder) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
    }

    public static String uniqueEmail(String name) {
        String local = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.|\\.$", "");
        return (local.isEmpty() ? "person" : local) + "-" + UUID.randomUUID().toString().substring(0, 8) + "@stepwise.test";
    }

    public PersonEntity person(String name, Authority... authorities) {
        var person = new PersonEntity(uniqueEmail(name), name, Instant.now());
        person.grant(EnumSet.copyOf(List.of(authorities)));
        person.setPassword(passwordEncoder.encode(PASSWORD), false);
        return people.saveAndFlush(person);
    }

    public PersonEntity reload(PersonEntity person) {
        return people.findById(person.getId()).orElseThrow();
    }

    public static void signInAs(PersonEntity person) {
        var principal = PersonPrincipal.of(person);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
