package app.stepwise.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.people.PeopleCsvReader.Column;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PeopleCsvReaderTest {
    private static PeopleCsvReader.Parsed read(String text) {
        return PeopleCsvReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rows_know_the_line_they_start_on_even_after_a_quoted_value_with_a_newline() {
        var parsed = read("name,email,job title\nAda,ada@x.test,\"Support\nLead\"\n\nBob,bob@x.test,Rep\n");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(PeopleCsvReader.Row::line).containsExactly(2, 5);
        assertThat(parsed.rows().getFirst().get(Column.JOB_TITLE)).isEqualTo("Support\nLead");
    }

    @Test
    void column_names_are_matched_loosely_and_a_byte_order_mark_is_ignored() {
        var parsed = read("\uFEFFFull Name,E-mail,Job_Title,Manager,Start Date,Roles\nAda,ada@x.test,Rep,boss@x.test,2026-01-02,learner\n");
        assertThat(parsed.problems()).isEmpty();
        var row = parsed.rows().getFirst();
        assertThat(row.get(Column.NAME)).isEqualTo("Ada");
        assertThat(row.get(Column.EMAIL)).isEqualTo("ada@x.test");
        assertThat(row.get(Column.MANAGER_EMAIL)).isEqualTo("boss@x.test");
        assertThat(row.get(Column.AUTHORITIES)).isEqualTo("learner");
    }

    @Test
    void a_file_without_an_email_column_is_rejected_at_line_one() {
        var parsed = read("name,job title\nAda,Rep\n");
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("'email' is missing");
        });
    }

    @Test
    void binary_and_non_utf8_files_are_rejected_with_advice() {
        assertThat(PeopleCsvReader.read(new byte[] {'n', 0, 'x'}).problems().getFirst().message()).contains("not a text file");
        assertThat(PeopleCsvReader.read(new byte[] {'n', 'a', (byte) 0xE9, '\n'}).problems().getFirst().message())
                .contains("not UTF-8").contains("CSV UTF-8");
    }

    @Test
    void oversized_files_are_rejected_before_parsing() {
        assertThat(PeopleCsvReader.read(new byte[PeopleCsvReader.MAX_BYTES + 1]).problems().getFirst().message())
                .contains("larger than 1 MB");
    }

    @Test
    void an_unclosed_quote_is_reported_not_thrown() {
        var parsed = read("name,email\n\"Ada,ada@x.test\n");
        assertThat(parsed.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("not valid CSV"));
    }

    @Test
    void two_columns_meaning_the_same_thing_are_rejected() {
        assertThat(read("name,full name,email\nA,B,a@x.test\n").problems().getFirst().message()).contains("Two columns mean 'name'");
    }
}
