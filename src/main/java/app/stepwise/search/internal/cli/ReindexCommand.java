package app.stepwise.search.internal.cli;

import app.stepwise.search.internal.KnowledgeIndex;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** {@code java -jar stepwise.jar reindex}: rebuilds the search index from the database, no web server. */
@Component
@Order(50)
@ConditionalOnProperty("stepwise.cli.reindex")
class ReindexCommand implements ApplicationRunner, ExitCodeGenerator {
    private final KnowledgeIndex index;

    ReindexCommand(KnowledgeIndex index) {
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        int entries = index.rebuild("cli", "from the command line");
        System.out.printf("Search index rebuilt: %d modules, %d entries in %d ms%n", index.indexedVersions().size(),
                entries, (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public int getExitCode() {
        return 0;
    }
}
