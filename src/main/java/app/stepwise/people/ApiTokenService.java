package app.stepwise.people;

import app.stepwise.audit.AuditLog;
import app.stepwise.people.internal.ApiTokenEntity;
import app.stepwise.people.internal.ApiTokenRepository;
import app.stepwise.people.internal.ApiTokens;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.shared.InvalidInputException;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens, for calling the search API from scripts, the intranet or chat: every signed-in
 * person creates, lists and revokes their own. A token acts as its owner, on the API only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ApiTokenService {
    public static final int MAX_ACTIVE = 10;
    public static final int MAX_NAME_LENGTH = 100;

    private final ApiTokenRepository tokens;
    private final AuditLog auditLog;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, AuditLog auditLog, Clock clock) {
        this.tokens = tokens;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<ApiTokenSummary> mine() {
        return tokens.findByPersonIdOrderByCreatedAtDesc(me()).stream().map(ApiTokenService::summary).toList();
    }

    /** A new token; its secret is in the result and nowhere else. */
    @Transactional
    public CreatedApiToken create(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("name", "Give the token a name, such as \"Intranet search\".");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "Use at most " + MAX_NAME_LENGTH + " characters.");
        }
        long me = me();
        if (tokens.countByPersonIdAndRevokedAtIsNull(me) >= MAX_ACTIVE) {
            throw new InvalidInputException("name", "You have " + MAX_ACTIVE + " active tokens. Revoke one you no longer use first.");
        }
        String secret = ApiTokens.newSecret();
        var token = tokens.save(new ApiTokenEntity(me, trimmed, ApiTokens.hash(secret), ApiTokens.shownPrefix(secret), clock.instant()));
        auditLog.record("API_TOKEN_CREATED", CurrentPerson.require().email(), trimmed + " (" + token.getTokenPrefix() + "…)");
        return new CreatedApiToken(summary(token), secret);
    }

    /** Revokes one of the signed-in person's own tokens; it stops working at once. */
    @Transactional
    public ApiTokenSummary revoke(long id) {
        var token = tokens.findById(id).filter(t -> t.getPersonId() == me())
                .orElseThrow(() -> new InvalidInputException("token", "You have no such token."));
        if (token.isActive()) {
            token.revoke(clock.instant());
            auditLog.record("API_TOKEN_REVOKED", CurrentPerson.require().email(), token.getName() + " (" + token.getTokenPrefix() + "…)");
        }
        return summary(token);
    }

    private static long me() {
        return CurrentPerson.require().personId().value();
    }

    private static ApiTokenSummary summary(ApiTokenEntity token) {
        return new ApiTokenSummary(token.getId(), token.getName(), token.getTokenPrefix(), token.getCreatedAt(),
                token.getLastUsedAt(), token.getRevokedAt());
    }
}
