package app.stepwise.content;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The front matter of a process doc, with defaults applied.
 *
 * @param id              stable key, a lowercase slug
 * @param title           front-matter title, else the first heading, else the file name
 * @param roles           role ids this module is for
 * @param owner           who keeps the process up to date
 * @param estimateMinutes time to work through the module
 * @param tags            free-text tags
 * @param prerequisites   module ids to complete first
 * @param passMark        quiz pass mark in percent, 1..100 (default 80)
 * @param versionNote     what the author says changed in this version
 * @param maxAttempts     quiz attempts allowed; empty means unlimited
 * @param cooldown        wait between quiz attempts; empty means none
 */
public record ModuleMetadata(
        String id,
        String title,
        List<String> roles,
        Optional<String> owner,
        OptionalInt estimateMinutes,
        List<String> tags,
        List<String> prerequisites,
        int passMark,
        Optional<String> versionNote,
        OptionalInt maxAttempts,
        Optional<Duration> cooldown) {

    public static final int DEFAULT_PASS_MARK = 80;

    public ModuleMetadata {
        roles = List.copyOf(roles);
        tags = List.copyOf(tags);
        prerequisites = List.copyOf(prerequisites);
    }
}
