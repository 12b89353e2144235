package app.stepwise.reporting;

/** How the team grid is ordered; ties are broken by name, then role. */
public enum TeamSort {
    NAME, ROLE, PERCENT, DUE_DATE, VALID_UNTIL
}
