package app.stepwise;

import app.stepwise.content.ContentCommands;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the web application, or runs a command: {@code validate DIR [--json]} (no Spring at all),
 * {@code import DIR}, {@code export DIR [--force]}, {@code reindex} and {@code search "query" [--json]} (Spring and the database, no web server).
 */
@SpringBootApplication
public class StepwiseApplication {
    public static void main(String[] args) {
        int exitCode = runCommand(args);
        if (exitCode != SERVER_STARTED) {
            System.exit(exitCode);
        }
    }

    static final int SERVER_STARTED = Integer.MIN_VALUE;

    /** Runs the command the arguments name and returns its exit code, or starts the web application. */
    public static int runCommand(String[] args) {
        List<String> arguments = Arrays.asList(args);
        String command = args.length == 0 ? "" : args[0];
        var rest = arguments.subList(Math.min(1, args.length), args.length);
        switch (command) {
            case "validate" -> {
                return ContentCommands.validate(rest, System.out, System.err);
            }
            case "import" -> {
                return runImport(rest);
            }
            case "export" -> {
                return runExport(rest);
            }
            case "reindex" -> {
                return runWithoutWebServer(Map.of("stepwise.cli.reindex", "true"), rest);
            }
            case "search" -> {
                return runSearch(rest);
            }
            default -> {
                SpringApplication.run(StepwiseApplication.class, args);
                return SERVER_STARTED;
            }
        }
    }

    /** Settings for running without a web server: Vaadin's auto-configuration needs a web context. */
    public static Map<String, Object> withoutWebServer(Map<String, Object> properties) {
        var all = new java.util.HashMap<String, Object>(properties);
        all.put("spring.autoconfigure.exclude", "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,com.vaadin.flow.spring.VaadinScopesConfig");
        return all;
    }

    private static int runImport(List<String> arguments) {
        var folders = arguments.stream().filter(a -> !a.startsWith("--")).toList();
        if (folders.size() != 1) {
            System.err.println("Usage: java -jar stepwise.jar import DIR [--spring.profiles.active=mysql]");
            return 2;
        }
        // The index may be written by a running server: then this import leaves it to that server.
        return runWithoutWebServer(Map.of("stepwise.cli.import-dir", folders.getFirst(),
                "stepwise.search.read-only-when-locked", "true"), arguments);
    }

    /** {@code export DIR [--force]}: refuses a non-empty DIR without --force; never writes outside DIR. */
    private static int runExport(List<String> arguments) {
        var folders = arguments.stream().filter(a -> !a.startsWith("--")).toList();
        if (folders.size() != 1) {
            System.err.println("Usage: java -jar stepwise.jar export DIR [--force] [--spring.profiles.active=mysql]");
            return 2;
        }
        return runWithoutWebServer(Map.of("stepwise.cli.export-dir", folders.getFirst(),
                        "stepwise.cli.export-force", String.valueOf(arguments.contains("--force"))),
                arguments.stream().filter(a -> !a.equals("--force")).toList());
    }

    /** {@code search "query" [--json] [--facets] [--role=ID] [--tag=TAG] [--limit=N]}: the hits of the search API. */
    private static int runSearch(List<String> arguments) {
        var words = arguments.stream().filter(a -> !a.startsWith("--")).toList();
        if (words.isEmpty()) {
            System.err.println("Usage: java -jar stepwise.jar search \"query\" [--json] [--facets] [--role=ID] [--tag=TAG] [--limit=N] [--offset=N]");
            return 2;
        }
        // Only errors are logged, so that --json output can be piped straight into another tool.
        var settings = new java.util.HashMap<String, Object>(Map.of("stepwise.cli.search.query", String.join(" ", words),
                "stepwise.search.read-only-when-locked", "true", "logging.level.root", "error"));
        var passedOn = new java.util.ArrayList<String>();
        for (String argument : arguments.stream().filter(a -> a.startsWith("--")).toList()) {
            int equals = argument.indexOf('=');
            String name = equals < 0 ? argument : argument.substring(0, equals);
            switch (name) {
                case "--json" -> settings.put("stepwise.cli.search.json", "true");
                case "--facets" -> settings.put("stepwise.cli.search.facets", "true");
                case "--role", "--tag", "--limit", "--offset" ->
                        settings.put("stepwise.cli.search." + name.substring(2), equals < 0 ? "" : argument.substring(equals + 1));
                default -> passedOn.add(argument);
            }
        }
        return runWithoutWebServer(settings, passedOn);
    }

    private static int runWithoutWebServer(Map<String, Object> command, List<String> arguments) {
        var application = new SpringApplication(StepwiseApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        var properties = new java.util.HashMap<String, Object>(command);
        properties.put("stepwise.content.import-on-start", "false");
        properties.putIfAbsent("logging.level.root", "warn");
        // Passed as arguments, which outrank application.properties (default properties would not).
        var commandLine = new java.util.ArrayList<String>();
        withoutWebServer(properties).forEach((key, value) -> commandLine.add("--" + key + "=" + value));
        arguments.stream().filter(a -> a.startsWith("--")).forEach(commandLine::add);
        var context = application.run(commandLine.toArray(String[]::new));
        return SpringApplication.exit(context);
    }
}
