package app.stepwise.search.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Every {@code stepwise.search.reconcile-every} (default a minute; 0 turns it off) the index compares
 * its module versions with the database's ({@link KnowledgeIndex#reconcile()}). With several app nodes
 * on one database, each with its own index, this is how a node catches up with versions another node
 * published. One small query when nothing changed.
 */
@Component
@EnableScheduling
class IndexReconciler implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(IndexReconciler.class);

    private final KnowledgeIndex index;
    private final Duration every;

    IndexReconciler(KnowledgeIndex index, @Value("${stepwise.search.reconcile-every:1m}") Duration every) {
        this.index = index;
        this.every = every;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (every.isPositive() && !index.isReadOnly()) {
            registrar.addFixedDelayTask(new FixedDelayTask(this::reconcile, every, every));
        }
    }

    void reconcile() {
        try {
            int changed = index.reconcile();
            if (changed > 0) {
                log.info("Search index caught up with the database: {} modules re-indexed or removed", changed);
            }
        } catch (RuntimeException e) {
            log.warn("Comparing the search index with the database failed; trying again in {}: {}", every, e.toString());
        }
    }

    Duration every() {
        return every;
    }
}
