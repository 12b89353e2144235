package app.stepwise.content.ui;

import app.stepwise.people.Emails;
import app.stepwise.people.PeopleService;
import java.io.Serializable;
import java.util.Collection;
import java.util.Map;

/**
 * Who published a version or changed a role, as people know them: histories keep the actor's email (or "cli",
 * "system" for the tools), and a name reads better; anything that is nobody's email is shown as it is.
 */
final class Authors implements Serializable {
    private final Map<String, String> names;

    private Authors(Map<String, String> names) {
        this.names = names;
    }

    static Authors of(PeopleService people, Collection<String> actors) {
        return new Authors(Map.copyOf(people.namesByEmail(actors)));
    }

    String name(String actor) {
        return actor == null ? "" : names.getOrDefault(Emails.normalise(actor), actor);
    }
}
