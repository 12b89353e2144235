package app.stepwise.practice;

/**
 * Narrows the review queue; every part is optional (null or blank: no filter).
 *
 * @param roleId     modules of this role (those naming it in their front matter, and those on its path)
 * @param moduleId   one module
 * @param personText part of the learner's name or email
 */
public record ReviewFilter(String roleId, String moduleId, String personText) {
    public static ReviewFilter none() {
        return new ReviewFilter(null, null, null);
    }
}
