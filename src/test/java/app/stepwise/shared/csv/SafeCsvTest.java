package app.stepwise.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeCsvTest {
    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=x", "=HYPERLINK(\"http://x\")"})
    void values_that_could_start_a_formula_are_neutralised(String value) {
        var out = new StringWriter();
        new SafeCsv(out).row(value);
        String written = out.toString();
        String cell = written.substring(0, written.length() - 2); // without the record's CRLF
        String unquoted = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
        assertThat(unquoted).isEqualTo("'" + value);
    }

    @Test
    void ordinary_values_are_left_alone_and_commas_quotes_and_newlines_are_quoted() {
        var out = new StringWriter();
        new SafeCsv(out).row("Sam Carter", "Lead, Support", "say \"hi\"", "two\nlines", null, 42);
        assertThat(out.toString())
                .isEqualTo("Sam Carter,\"Lead, Support\",\"say \"\"hi\"\"\",\"two\nlines\",,42\r\n");
    }

    @Test
    void a_neutralised_value_is_quoted_so_the_apostrophe_survives_spreadsheet_import() {
        var out = new StringWriter();
        new SafeCsv(out).row("=cmd|' /C calc'!A0");
        assertThat(out.toString()).isEqualTo("\"'=cmd|' /C calc'!A0\"\r\n");
    }
}
