package app.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.shared.Authority;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.testing.IntegrationTest;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The binder read back from the PDF: title, contents with the right page numbers, chapters in order, page numbers. */
@IntegrationTest
class RoleBinderIntegrationTest {
    @Autowired ContentImporter importer;
    @Autowired RoleBinder binder;
    @Autowired Curriculum curriculum;
    @Autowired PersonRepository people;
    @Autowired PasswordEncoder passwordEncoder;

    @BeforeEach
    void signInAsTrainer() {
        importer.importFiles(app.stepwise.content.ContentFolder.read(Path.of("content")), "test", "sample content");
        PeopleFixture.signInAs(new PeopleFixture(people, passwordEncoder).person("Tia Trainer", Authority.TRAINER));
    }

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    @Test
    void the_binder_lists_the_required_modules_in_order_with_versions_and_the_pages_they_start_on() throws Exception {
        var role = curriculum.role("support-rep").orElseThrow();
        byte[] pdf = binder.pdf("support-rep");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(role.requiredModules().size());
            String cover = text(document, 1, 1);
            assertThat(cover).contains("Role binder").contains("Support Representative").contains("Page 1 of " + pages);
            int previousStart = 1;
            for (int i = 0; i < role.requiredModules().size(); i++) {
                var reading = curriculum.reading(role.requiredModules().get(i)).orElseThrow();
                String heading = (i + 1) + ". " + reading.title();
                int start = firstPageWith(document, heading, previousStart + 1);
                assertThat(start).as("chapter %s starts after the previous one", heading).isGreaterThan(previousStart);
                assertThat(text(document, start, start)).contains("version " + reading.version());
                var tocLine = Pattern.compile(Pattern.quote(heading + " (v" + reading.version() + ",") + "[^)]*\\)[ .]*" + start + "\\b");
                assertThat(tocLine.matcher(cover).find()).as("contents line for %s says page %d in:%n%s",
                        heading, start, cover).isTrue();
                previousStart = start;
            }
            assertThat(text(document, pages, pages)).contains("Page " + pages + " of " + pages);
        }
    }

    @Test
    void an_unknown_role_is_a_clear_error_and_learners_get_no_binder() {
        assertThatThrownBy(() -> binder.pdf("no-such-role")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no-such-role");
        PeopleFixture.signInAs(new PeopleFixture(people, passwordEncoder).person("Lee Learner", Authority.LEARNER));
        assertThatThrownBy(() -> binder.pdf("support-rep")).isInstanceOf(AccessDeniedException.class);
    }

    private static String text(PDDocument document, int from, int to) throws Exception {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document).replaceAll("\\s+", " "); // headings may wrap
    }

    private static int firstPageWith(PDDocument document, String text, int from) throws Exception {
        for (int page = from; page <= document.getNumberOfPages(); page++) {
            if (text(document, page, page).contains(text)) {
                return page;
            }
        }
        return -1;
    }
}
