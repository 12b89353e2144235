package app.stepwise.search.internal;

import app.stepwise.content.ModuleVersionPublished;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index current: at start (before the content folder's first import), and after every
 * published version, once the import's transaction has committed. The content module does not know
 * about search; an event the index misses stays in the publication registry and comes again.
 */
@Component
@Order(5)
class IndexUpdater implements ApplicationRunner {
    private final KnowledgeIndex index;

    IndexUpdater(KnowledgeIndex index) {
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) {
        index.synchronise();
    }

    @ApplicationModuleListener
    void on(ModuleVersionPublished published) {
        index.update(published.moduleId());
    }
}
