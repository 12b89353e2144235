package app.stepwise.people;

import app.stepwise.shared.Authority;
import java.util.Map;

/** Real counts for the administrator's home page. */
public record PeopleOverview(long active, long inactive, long activeWithoutPassword, Map<Authority, Long> activeByAuthority) {
}
