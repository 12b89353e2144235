package app.stepwise.reporting;

/**
 * The team grid's filter and order. {@code text} matches name or email (any case), {@code roleId} one role,
 * {@code status} one state; null means any.
 */
public record TeamQuery(TeamScope scope, String text, String roleId, ProgressFilter status, TeamSort sort,
                        boolean descending) {
    public TeamQuery {
        java.util.Objects.requireNonNull(scope, "scope");
        text = text == null || text.isBlank() ? null : text.strip();
        roleId = roleId == null || roleId.isBlank() ? null : roleId;
        sort = sort == null ? TeamSort.NAME : sort;
    }

    public static TeamQuery of(TeamScope scope) {
        return new TeamQuery(scope, null, null, null, TeamSort.NAME, false);
    }

    public TeamQuery sortedBy(TeamSort by, boolean descendingOrder) {
        return new TeamQuery(scope, text, roleId, status, by, descendingOrder);
    }
}
