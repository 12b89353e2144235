package app.stepwise.certification;

import java.time.YearMonth;

/** How many certifications were granted (or last renewed) in a month, UTC. */
public record GrantsInMonth(YearMonth month, long granted) {
}
