package app.stepwise.content.internal.importing;

import app.stepwise.audit.AuditLog;
import app.stepwise.content.ContentFolder;
import app.stepwise.content.ContentProperties;
import app.stepwise.content.internal.store.ProcessModuleRepository;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On first start (an empty library) imports the content folder, so a newcomer sees a real curriculum. */
@Component
@Order(10)
@EnableConfigurationProperties(ContentProperties.class)
class ContentBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(ContentBootstrap.class);

    private final ContentImporter importer;
    private final ProcessModuleRepository modules;
    private final ContentProperties properties;

    ContentBootstrap(ContentImporter importer, ProcessModuleRepository modules, ContentProperties properties) {
        this.importer = importer;
        this.modules = modules;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.importOnStart() || modules.count() > 0) {
            return;
        }
        if (!Files.isDirectory(properties.dir())) {
            log.info("No content folder at {}; the library starts empty", properties.dir().toAbsolutePath());
            return;
        }
        var report = importer.importFiles(ContentFolder.read(properties.dir()), AuditLog.SYSTEM, "first start");
        log.info("Imported the content folder {}: {}", properties.dir().toAbsolutePath(), report.summary());
        report.problems().forEach(problem -> log.warn("{}", problem));
    }
}
