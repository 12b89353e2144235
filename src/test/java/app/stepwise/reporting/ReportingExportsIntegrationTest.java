package app.stepwise.reporting;

import static app.stepwise.reporting.ReportingScenario.as;
import static app.stepwise.reporting.ReportingScenario.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.stepwise.shared.Authority;
import app.stepwise.testing.IntegrationTest;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The team's CSV cannot smuggle spreadsheet formulas; the training record PDF reads back with the person's training. */
@IntegrationTest
class ReportingExportsIntegrationTest extends ReportingTestSupport {
    private static final List<String> HOSTILE_NAMES = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+SUM(1,2)",
            "-2+3", "@cmd", "\tTabbed", "\rReturned");

    @Autowired TeamReports team;
    @Autowired PersonReports persons;

    @Test
    void no_cell_of_the_team_csv_can_start_a_formula_and_every_value_survives_behind_an_apostrophe() throws Exception {
        var scenario = scenario().withRole("crm-basics");
        var manager = scenario.person("Cleo Csv", Authority.MANAGER);
        for (String name : HOSTILE_NAMES) {
            scenario.enrol(manager, scenario.reportingTo(manager, name));
        }
        await().atMost(Duration.ofSeconds(20)).pollInSameThread()
                .until(() -> as(manager, () -> team.count(TeamQuery.of(TeamScope.of(id(manager))))) == HOSTILE_NAMES.size());

        var out = new StringWriter();
        as(manager, () -> {
            team.exportCsv(TeamQuery.of(TeamScope.of(id(manager))), out);
            return null;
        });
        var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(out.toString()))
                .getRecords();
        assertThat(records).hasSize(HOSTILE_NAMES.size());
        for (var record : records) {
            for (String cell : record.values()) {
                assertThat(cell).as("cell %s", cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
            assertThat(record.get("role")).isEqualTo(scenario.roleTitle);
            assertThat(record.get("status")).isEqualTo("Not started");
        }
        assertThat(records).extracting(r -> r.get("name"))
                .containsExactlyInAnyOrderElementsOf(HOSTILE_NAMES.stream().map(n -> "'" + n).toList());
        assertThat(records.getFirst().getParser().getHeaderNames()).containsExactlyElementsOf(TeamReports.CSV_COLUMNS);
    }

    @Test
    void the_training_record_pdf_names_the_person_their_role_modules_quiz_attempts_and_certification() throws Exception {
        var scenario = scenario().withRole("crm-basics", "it-requests");
        var manager = scenario.person("Pia Pdf", Authority.MANAGER);
        var learner = scenario.reportingTo(manager, "Zoë <b>O'Brien</b> & Co");
        scenario.enrol(manager, learner);
        scenario.takeQuiz(learner, "crm-basics", false);
        scenario.takeQuiz(learner, "crm-basics", true);

        byte[] pdf = as(manager, () -> persons.trainingRecordPdf(id(learner)));
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Training record", "Zoë <b>O'Brien</b> & Co", learner.getEmail(), "reports to Pia Pdf",
                scenario.roleTitle, "CRM basics", "Internal IT requests", "Quiz passed", "Not started", "Quiz history",
                "Not passed", "Passed", "Not certified for any role yet.");
        var withCertificate = scenario.reportingTo(manager, "Carl Certified");
        scenario.enrol(manager, withCertificate);
        scenario.completeAll(withCertificate);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from certification where person_id = ?", Long.class, withCertificate.getId()) == 1);
        try (var document = Loader.loadPDF(as(manager, () -> persons.trainingRecordPdf(id(withCertificate))))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Certifications", scenario.roleTitle, "Certified", "Done");
        }
    }

}
