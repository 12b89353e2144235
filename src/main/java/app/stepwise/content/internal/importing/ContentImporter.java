package app.stepwise.content.internal.importing;

import app.stepwise.audit.AuditLog;
import app.stepwise.content.ChangeClass;
import app.stepwise.content.ContentAssets;
import app.stepwise.content.ContentHash;
import app.stepwise.content.ContentValidator;
import app.stepwise.content.FileResult;
import app.stepwise.content.ImportOutcome;
import app.stepwise.content.ImportReport;
import app.stepwise.content.ImportedDocument;
import app.stepwise.content.KnownContent;
import app.stepwise.content.ProcessDoc;
import app.stepwise.content.Problem;
import app.stepwise.content.Severity;
import app.stepwise.content.SourceFile;
import app.stepwise.content.internal.store.ContentRoleRepository;
import app.stepwise.content.internal.store.ProcessModuleEntity;
import app.stepwise.content.internal.store.ProcessModuleRepository;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a batch of files: validates them all against each other and the stored library, then
 * stores each valid document in its own transaction, so one bad or conflicting file never leaves
 * another half-imported. No authorization here: callers are the secured service, start-up and the CLI.
 */
@Component
public class ContentImporter {
    /** Documents stored per transaction; see {@link #storeChunk}. */
    static final int CHUNK = 200;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ContentImporter.class);
    private final ContentValidator validator = new ContentValidator();
    private final ProcessModuleRepository modules;
    private final ContentRoleRepository roles;
    private final DocumentStore store;
    private final TransactionTemplate transactions;
    private final AuditLog auditLog;

    ContentImporter(ProcessModuleRepository modules, ContentRoleRepository roles, DocumentStore store,
                    PlatformTransactionManager transactions, AuditLog auditLog) {
        this.modules = modules;
        this.roles = roles;
        this.store = store;
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.auditLog = auditLog;
    }

    public ImportReport importFiles(List<SourceFile> files, String actor, String source) {
        var documents = new ArrayList<ImportedDocument>();
        var isImage = files.stream().collect(java.util.stream.Collectors.partitioningBy(
                file -> ContentAssets.mediaTypeOf(file.path()).isPresent()));
        var images = isImage.get(true);
        if (!images.isEmpty()) {
            documents.addAll(transactions.execute(status -> images.stream().map(store::image).toList()));
        }
        var changed = withoutUnchanged(isImage.get(false), documents);
        var batch = validator.validate(changed, knownContent());
        var sources = new HashMap<String, SourceFile>();
        changed.forEach(file -> sources.put(file.path(), file));
        var valid = new ArrayList<FileResult>();
        for (FileResult file : batch.files()) {
            if (file.isValid()) {
                valid.add(file);
            } else {
                documents.add(failed(file.path(), file.problems()));
            }
        }
        for (int from = 0; from < valid.size(); from += CHUNK) {
            documents.addAll(storeChunk(valid.subList(from, Math.min(valid.size(), from + CHUNK)), sources, actor));
        }
        var report = new ImportReport(documents);
        auditLog.record(actor, "CONTENT_IMPORTED", source, report.summary(), null);
        return report;
    }

    /**
     * Validates one role file against the library and stores it as that role's next version, all or nothing.
     * Returns the failed document with its problems when it does not validate.
     */
    public ImportedDocument storeRole(SourceFile file, String actor, String note) {
        var result = validator.validate(List.of(file), knownContent()).files().getFirst();
        if (!result.isValid() || result.role().isEmpty()) {
            return failed(file.path(), result.problems());
        }
        var role = result.role().get();
        // The version and its audit entry commit together.
        var stored = transactions.execute(status -> {
            var document = store.role(role, new String(file.bytes(), StandardCharsets.UTF_8), actor, note, result.warnings());
            if (document.outcome() != ImportOutcome.UNCHANGED) {
                auditLog.record(actor, "ROLE_CHANGED", role.id(), "v" + document.version()
                        + (document.changeSummary() == null ? " (new role)" : ": " + document.changeSummary())
                        + (note == null ? "" : " — " + note), null);
            }
            return document;
        });
        return stored;
    }

    /**
     * Stores a chunk of valid documents in one transaction, which is much faster than one each. If the
     * chunk fails (a concurrent import of the same module), each document is stored again on its own,
     * so every document is still all or nothing and one conflict never holds back the others.
     */
    private List<ImportedDocument> storeChunk(List<FileResult> chunk, Map<String, SourceFile> sources, String actor) {
        try {
            return transactions.execute(status -> {
                var existing = store.existing(chunk.stream().flatMap(f -> f.module().stream()).map(ProcessDoc::id).toList());
                return chunk.stream().map(file -> storeOne(file, sources, existing, actor)).toList();
            });
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException e) {
            return chunk.stream().map(file -> storeAlone(file, sources, actor)).toList();
        }
    }

    private ImportedDocument storeOne(FileResult file, Map<String, SourceFile> sources,
                                      Map<String, ProcessModuleEntity> existing, String actor) {
        return file.module().map(doc -> store.module(doc, existing.get(doc.id()), actor, file.warnings()))
                .orElseGet(() -> store.role(file.role().orElseThrow(),
                        new String(sources.get(file.path()).bytes(), StandardCharsets.UTF_8), actor, null, file.warnings()));
    }

    private ImportedDocument storeAlone(FileResult file, Map<String, SourceFile> sources, String actor) {
        try {
            return transactions.execute(status -> storeOne(file, sources,
                    store.existing(file.module().map(doc -> List.of(doc.id())).orElse(List.of())), actor));
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException e) {
            log.warn("Could not store {}", file.path(), e);
            return failed(file.path(), List.of(new Problem(file.path(), 0, 0, Severity.ERROR,
                    "This document could not be stored, most likely because it was imported at the same moment "
                            + "by someone else. Nothing was stored from this file; import it again.")));
        }
    }

    /**
     * A file with the same path and content hash as a stored current version is unchanged: reported as
     * such without parsing it again, which makes re-importing a large, mostly unchanged folder cheap.
     */
    private List<SourceFile> withoutUnchanged(List<SourceFile> files, List<ImportedDocument> unchanged) {
        var stored = new HashMap<String, Object[]>();
        modules.currentHashes().forEach(row -> stored.put(row[0] + "|" + row[1], new Object[] {row[2], false, row[3]}));
        roles.currentHashes().forEach(row -> stored.put(row[0] + "|" + row[1], new Object[] {row[2], true, null}));
        var changed = new ArrayList<SourceFile>();
        for (SourceFile file : files) {
            Object[] match = stored.get(file.path() + "|" + ContentHash.of(file.bytes()).value());
            if (match == null) {
                changed.add(file);
            } else {
                unchanged.add(new ImportedDocument(file.path(), (String) match[0], (Boolean) match[1],
                        ImportOutcome.UNCHANGED, (Integer) match[2], null, null, List.of()));
            }
        }
        return changed;
    }

    private static ImportedDocument failed(String path, List<Problem> problems) {
        return new ImportedDocument(path, null, false, ImportOutcome.FAILED, null, null, null, problems);
    }

    /** Every stored module id with its prerequisites, and every stored role id: what a batch is checked against. */
    public KnownContent knownContent() {
        Map<String, List<String>> prerequisites = new HashMap<>();
        for (Object[] row : modules.allPrerequisites()) {
            String joined = (String) row[1];
            prerequisites.put((String) row[0], joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(",")));
        }
        return new KnownContent(prerequisites, new HashSet<>(roles.allKeys()));
    }

    /**
     * One module (the trainer studio's draft) validated and stored like any import, but with the trainer's
     * decision on the change class ({@code null} keeps the suggestion), so the published event carries it.
     */
    public ImportReport importDecided(SourceFile file, ChangeClass decided, String actor, String source) {
        var result = validator.validate(List.of(file), knownContent()).files().getFirst();
        ImportedDocument document;
        if (result.module().isEmpty()) {
            document = failed(file.path(), result.isValid() ? List.of(new Problem(file.path(), 0, 0, Severity.ERROR,
                    "A role file cannot be published as a module.")) : result.problems());
        } else {
            try {
                var doc = result.module().get();
                document = transactions.execute(status -> store.module(doc,
                        store.existing(List.of(doc.id())).get(doc.id()), actor, result.warnings(), decided));
            } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException e) {
                log.warn("Could not store {}", file.path(), e);
                document = failed(file.path(), List.of(new Problem(file.path(), 0, 0, Severity.ERROR,
                        "Someone published this module at the same moment. Nothing was stored; try again.")));
            }
        }
        var report = new ImportReport(List.of(document));
        auditLog.record(actor, "CONTENT_IMPORTED", source, report.summary(), null);
        return report;
    }


}
