package app.stepwise.shared.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV in which no cell can start a spreadsheet formula. A value starting with
 * {@code = + - @}, a tab or a carriage return is prefixed with an apostrophe, as OWASP recommends for
 * CSV injection, because Excel and LibreOffice evaluate such cells even inside quotes.
 */
public final class SafeCsv {
    private static final String FORMULA_TRIGGERS = "=+-@\t\r";

    private final Writer out;

    public SafeCsv(Writer out) {
        this.out = out;
    }

    public SafeCsv row(List<?> values) {
        try {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(quote(neutralise(values.get(i) == null ? "" : values.get(i).toString())));
            }
            out.write("\r\n");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SafeCsv row(Object... values) {
        return row(java.util.Arrays.asList(values));
    }

    static String neutralise(String value) {
        if (!value.isEmpty() && FORMULA_TRIGGERS.indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static String quote(String value) {
        boolean needsQuotes = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.startsWith("'");
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
