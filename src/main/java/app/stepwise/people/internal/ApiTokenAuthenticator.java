package app.stepwise.people.internal;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds who a bearer token belongs to: an active token of an active person, as a principal for this request. */
@Component
class ApiTokenAuthenticator {
    private final ApiTokenRepository tokens;
    private final PersonRepository people;
    private final Clock clock;

    ApiTokenAuthenticator(ApiTokenRepository tokens, PersonRepository people, Clock clock) {
        this.tokens = tokens;
        this.people = people;
        this.clock = clock;
    }

    @Transactional
    public Optional<PersonPrincipal> authenticate(String secret) {
        if (secret == null || !secret.startsWith(ApiTokens.PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(ApiTokens.hash(secret)).filter(ApiTokenEntity::isActive).flatMap(token ->
                people.findById(token.getPersonId()).filter(PersonEntity::isActive).map(person -> {
                    token.recordUse(clock.instant());
                    var principal = PersonPrincipal.of(person);
                    principal.eraseCredentials();
                    return principal;
                }));
    }
}
