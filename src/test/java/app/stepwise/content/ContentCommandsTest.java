package app.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentCommandsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int validate(String... arguments) {
        return ContentCommands.validate(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_sample_content_folder_validates_with_exit_code_zero() {
        assertThat(validate("content")).isZero();
        assertThat(output()).contains("modules").contains("5 roles").contains("0 errors");
    }

    @Test
    void problems_are_printed_as_file_line_column_and_the_exit_code_is_one(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("sales"));
        Files.writeString(dir.resolve("sales/quote.md"), """
                ---
                id: quote
                pass-mark: high
                ---
                # Send a quote
                """);
        assertThat(validate(dir.toString())).isEqualTo(1);
        assertThat(output()).contains(dir.resolve("sales/quote.md") + ":3:").contains("error");
    }

    @Test
    void json_output_lists_each_problem_with_its_position(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("quote.md"), "---\nid: Bad Id!\n---\n# Quote\n");
        assertThat(validate(dir.toString(), "--json")).isEqualTo(1);
        assertThat(output().strip()).startsWith("{\"valid\":false,\"files\":1,")
                .contains("\"path\":\"quote.md\"").contains("\"line\":2").contains("\"severity\":\"error\"")
                .endsWith("]}");
    }

    @Test
    void a_missing_folder_is_a_usage_error() {
        assertThat(validate("no-such-folder")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not a folder");
    }

    @Test
    void json_strings_are_escaped() {
        assertThat(ContentCommands.ValidationJson.quote("a \"b\"\n\\c\u0001")).isEqualTo("\"a \\\"b\\\"\\n\\\\c\\u0001\"");
    }
}
