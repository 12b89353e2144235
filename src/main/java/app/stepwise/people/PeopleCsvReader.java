package app.stepwise.people;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded people CSV into rows, each with the line it starts on. Rejects, with a sentence a
 * person can act on, files that are too large, binary, not UTF-8, or missing the name/email columns.
 * Column names are matched loosely ("Job title", "job_title", "JobTitle").
 */
final class PeopleCsvReader {
    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_ROWS = 5000;

    enum Column {
        NAME("name", "fullname"), EMAIL("email", "emailaddress"), JOB_TITLE("jobtitle", "title"),
        MANAGER_EMAIL("manageremail", "manager"), START_DATE("startdate"),
        AUTHORITIES("authorities", "authority", "roles"), ACTIVE("active");

        private final List<String> spellings;

        Column(String... spellings) {
            this.spellings = List.of(spellings);
        }

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }

        static Column of(String header) {
            String key = header.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            for (Column column : values()) {
                if (column.spellings.contains(key)) {
                    return column;
                }
            }
            return null;
        }
    }

    record Row(int line, Map<Column, String> values) {
        String get(Column column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    record Parsed(List<Row> rows, List<ImportProblem> problems) {
    }

    private PeopleCsvReader() {
    }

    static Parsed read(byte[] content) {
        if (content.length > MAX_BYTES) {
            return failed("The file is larger than 1 MB. Split it into smaller files.");
        }
        for (byte b : content) {
            if (b == 0) {
                return failed("This is not a text file. Upload a CSV file saved as 'CSV UTF-8'.");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return failed("The file is not UTF-8 text. In your spreadsheet, save it as 'CSV UTF-8' and upload it again.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return failed("The file is empty. The first line must name the columns, e.g. name,email,job title.");
        }
        return parse(text);
    }

    private static Parsed parse(String text) {
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        int[] lineStarts = lineStarts(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            var columns = new EnumMap<Column, String>(Column.class);
            for (String header : parser.getHeaderNames()) {
                Column column = Column.of(header);
                if (column != null && columns.putIfAbsent(column, header) != null) {
                    return failed("Two columns mean '" + column.label() + "': '" + columns.get(column) + "' and '" + header + "'.");
                }
            }
            var missing = new ArrayList<String>();
            for (Column required : List.of(Column.NAME, Column.EMAIL)) {
                if (!columns.containsKey(required)) {
                    missing.add("'" + required.label() + "'");
                }
            }
            if (!missing.isEmpty()) {
                return failed("The first line must name the columns; " + String.join(" and ", missing) + " is missing.");
            }
            var rows = new ArrayList<Row>();
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    return failed("The file has more than " + MAX_ROWS + " people. Split it into smaller files.");
                }
                var values = new EnumMap<Column, String>(Column.class);
                columns.forEach((column, header) -> values.put(column, record.isSet(header) ? record.get(header) : null));
                rows.add(new Row(lineOf(lineStarts, firstCharacter(text, record.getCharacterPosition())), values));
            }
            return new Parsed(rows, List.of());
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException | IOException e) {
            return failed("The file is not valid CSV: " + e.getMessage()
                    + ". Check for a quote (\") that is opened but never closed.");
        }
    }

    private static int[] lineStarts(String text) {
        var starts = new ArrayList<Integer>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A record's position includes the blank lines skipped before it; its line is where its text starts. */
    private static long firstCharacter(String text, long position) {
        int at = (int) position;
        while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        }
        return at;
    }

    private static int lineOf(int[] lineStarts, long characterPosition) {
        int index = java.util.Arrays.binarySearch(lineStarts, (int) characterPosition);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    private static Parsed failed(String message) {
        return new Parsed(List.of(), List.of(new ImportProblem(1, "", message)));
    }
}
