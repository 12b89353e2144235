package app.stepwise.people;

import app.stepwise.audit.AuditLog;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.people.internal.PersonPrincipal;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.shared.InvalidInputException;
import java.util.LinkedHashMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every signed-in person may do to their own account. */
@Service
@PreAuthorize("isAuthenticated()")
public class AccountService {
    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;

    AccountService(PersonRepository people, PasswordEncoder passwordEncoder, AuditLog auditLog) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
    }

    /** True when the person signed in with a temporary password and must choose their own first. */
    public boolean passwordChangeRequired() {
        return CurrentPerson.find().filter(PersonPrincipal.class::isInstance).map(PersonPrincipal.class::cast)
                .map(PersonPrincipal::passwordChangeRequired).orElse(false);
    }

    /**
     * Changes the signed-in person's password. Their other sessions end; this one goes on, because
     * the session's principal is replaced with the new state.
     */
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        var person = people.findById(CurrentPerson.require().personId().value()).orElseThrow();
        var problems = new LinkedHashMap<String, String>();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, person.getPasswordHash())) {
            problems.put("currentPassword", "That isn't your current password.");
        }
        PasswordPolicy.problem(newPassword, person.getEmail()).ifPresent(p -> problems.put("newPassword", p));
        if (!problems.containsKey("newPassword") && passwordEncoder.matches(newPassword, person.getPasswordHash())) {
            problems.put("newPassword", "Choose a password different from your current one.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        person.setPassword(passwordEncoder.encode(newPassword), false);
        people.flush();
        auditLog.record("PASSWORD_CHANGED", person.getEmail(), null);
        var principal = PersonPrincipal.of(person);
        principal.eraseCredentials();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }
}
