package app.stepwise.certification;

import java.util.List;

/**
 * Who a material change of a module would send back to it.
 *
 * @param people how many people would get a refresher (one each, even when certified in two roles)
 * @param roles  titles of the roles that require the module, whose certifications rest on it
 */
public record RefresherImpact(int people, List<String> roles) {
    public RefresherImpact {
        roles = List.copyOf(roles);
    }
}
