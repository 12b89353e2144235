package app.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.api.Test;

class RoleParsingTest {

    @Test
    void a_role_file_is_parsed_into_a_role_definition() {
        RoleDefinition role = role("roles/sales-rep.md", """
                ---
                id: sales-rep
                title: Sales representative
                description: Sells our services.
                required: [crm-basics, send-a-quote]
                optional: [negotiation]
                certification-validity: 1 year
                grace-period: 2 weeks
                next-roles: [sales-lead]
                ---
                """);

        assertThat(role.id()).isEqualTo("sales-rep");
        assertThat(role.title()).isEqualTo("Sales representative");
        assertThat(role.descriptionMarkdown()).isEqualTo("Sells our services.");
        assertThat(role.requiredModules()).containsExactly("crm-basics", "send-a-quote");
        assertThat(role.optionalModules()).containsExactly("negotiation");
        assertThat(role.certificationValidity()).isEqualTo(Period.ofYears(1));
        assertThat(role.gracePeriod()).isEqualTo(Period.ofWeeks(2));
        assertThat(role.nextRoles()).containsExactly("sales-lead");
    }

    @Test
    void defaults_come_from_the_file_name_the_heading_and_the_body() {
        RoleDefinition role = role("roles/support-agent.md", "# Support agent\n\nAnswers **tickets**.\n");

        assertThat(role.id()).isEqualTo("support-agent");
        assertThat(role.title()).isEqualTo("Support agent");
        assertThat(role.descriptionMarkdown()).isEqualTo("Answers **tickets**.");
        assertThat(role.certificationValidity()).isEqualTo(Period.ofMonths(12));
        assertThat(role.gracePeriod()).isEqualTo(Period.ofDays(30));
    }

    @Test
    void validity_is_read_in_days_months_or_years() {
        assertThat(validity("90 days")).isEqualTo(Period.ofDays(90));
        assertThat(validity("12 months")).isEqualTo(Period.ofMonths(12));
        assertThat(validity("2 years")).isEqualTo(Period.ofYears(2));
    }

    @Test
    void a_bad_validity_or_unknown_key_is_an_error_at_its_line() {
        FileResult result = Docs.parse("roles/x.md", "---\ncertification-validity: forever\nrequird: [a]\n---\n");

        assertThat(result.errors()).extracting(Problem::line).containsExactly(2, 3);
        assertThat(result.errors().get(1).message()).contains("did you mean 'required'?");
    }

    private static Period validity(String text) {
        return role("roles/x.md", "---\ncertification-validity: " + text + "\n---\n").certificationValidity();
    }

    private static RoleDefinition role(String path, String markdown) {
        FileResult result = Docs.parse(path, markdown);
        assertThat(result.errors()).isEmpty();
        return result.role().orElseThrow();
    }
}
