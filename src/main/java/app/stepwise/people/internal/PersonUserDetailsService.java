package app.stepwise.people.internal;

import app.stepwise.people.Emails;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Signs people in by email, whatever its case. People without a password cannot sign in yet. Not a
 * bean: Spring Security would otherwise build a second, unthrottled provider from it.
 */
class PersonUserDetailsService implements UserDetailsService {
    private final PersonRepository people;

    PersonUserDetailsService(PersonRepository people) {
        this.people = people;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return people.findByEmail(Emails.normalise(username))
                .filter(person -> person.getPasswordHash() != null)
                .map(PersonPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("No account for that email"));
    }
}
