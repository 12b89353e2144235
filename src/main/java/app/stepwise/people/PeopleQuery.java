package app.stepwise.people;

import app.stepwise.shared.Authority;

/** Filter for the people list: free text over name, email and job title; one authority; inactive too. */
public record PeopleQuery(String text, Authority authority, boolean includeInactive) {
    public static PeopleQuery everyone() {
        return new PeopleQuery(null, null, true);
    }
}
