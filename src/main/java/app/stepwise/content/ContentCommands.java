package app.stepwise.content;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -jar stepwise.jar validate DIR [--json]}: lints a content folder without starting the
 * application, for teams that keep their processes in git. Exit code 0 when there is no error.
 */
public final class ContentCommands {
    private ContentCommands() {
    }

    public static int validate(List<String> arguments, PrintStream out, PrintStream err) {
        boolean json = arguments.contains("--json");
        var folders = arguments.stream().filter(a -> !a.startsWith("--")).toList();
        if (folders.size() != 1) {
            err.println("Usage: java -jar stepwise.jar validate DIR [--json]");
            return 2;
        }
        Path dir = Path.of(folders.getFirst());
        if (!Files.isDirectory(dir)) {
            err.println(dir + " is not a folder.");
            return 2;
        }
        var files = ContentFolder.read(dir);
        var result = new ContentValidator().validate(files);
        if (json) {
            out.println(ValidationJson.of(files.size(), result));
        } else {
            result.problems().forEach(problem -> out.println(dir.resolve(problem.path()) + problem.toString().substring(problem.path().length())));
            out.printf("%d files: %d modules, %d roles; %d errors, %d warnings%n", files.size(), result.modules().size(),
                    result.roles().size(), result.errors().size(), result.problems().size() - result.errors().size());
        }
        return result.isValid() ? 0 : 1;
    }

    /** Hand-written so the output format is ours and stable; only strings and numbers are involved. */
    static final class ValidationJson {
        private ValidationJson() {
        }

        static String of(int fileCount, BatchResult result) {
            var json = new StringBuilder("{\"valid\":").append(result.isValid())
                    .append(",\"files\":").append(fileCount)
                    .append(",\"modules\":").append(result.modules().size())
                    .append(",\"roles\":").append(result.roles().size())
                    .append(",\"problems\":[");
            var problems = result.problems();
            for (int i = 0; i < problems.size(); i++) {
                var p = problems.get(i);
                json.append(i == 0 ? "" : ",").append("{\"path\":").append(quote(p.path()))
                        .append(",\"line\":").append(p.line()).append(",\"column\":").append(p.column())
                        .append(",\"severity\":").append(quote(p.severity().name().toLowerCase()))
                        .append(",\"message\":").append(quote(p.message())).append('}');
            }
            return json.append("]}").toString();
        }

        static String quote(String text) {
            var quoted = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> quoted.append("\\\"");
                    case '\\' -> quoted.append("\\\\");
                    case '\n' -> quoted.append("\\n");
                    case '\r' -> quoted.append("\\r");
                    case '\t' -> quoted.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            quoted.append(String.format("\\u%04x", (int) c));
                        } else {
                            quoted.append(c);
                        }
                    }
                }
            }
            return quoted.append('"').toString();
        }
    }
}
