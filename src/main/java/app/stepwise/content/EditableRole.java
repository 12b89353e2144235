package app.stepwise.content;

/** A role's current definition and the version it is, which a save must name to refuse overwriting a newer one. */
public record EditableRole(RoleForm form, int version) {
}
