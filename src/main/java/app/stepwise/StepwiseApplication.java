package app.stepwise;

import app.stepwise.content.ContentCommands;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the web application, or runs a command: {@code validate DIR [--json]} (no Spring at all) and
 * {@code import DIR} (Spring and the database, no web server).
 */
@SpringBootApplication
public class StepwiseApplication {
    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "validate" -> System.exit(ContentCommands.validate(arguments.subList(1, args.length), System.out, System.err));
            case "import" -> System.exit(runImport(arguments.subList(1, args.length)));
            default -> SpringApplication.run(StepwiseApplication.class, args);
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
        var application = new SpringApplication(StepwiseApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        // Passed as arguments, which outrank application.properties (default properties would not).
        var settings = withoutWebServer(Map.of("stepwise.cli.import-dir", folders.getFirst(),
                "stepwise.content.import-on-start", "false", "logging.level.root", "warn"));
        var commandLine = new java.util.ArrayList<String>();
        settings.forEach((key, value) -> commandLine.add("--" + key + "=" + value));
        arguments.stream().filter(a -> a.startsWith("--")).forEach(commandLine::add);
        var context = application.run(commandLine.toArray(String[]::new));
        return SpringApplication.exit(context);
    }
}
