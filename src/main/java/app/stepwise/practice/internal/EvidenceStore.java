package app.stepwise.practice.internal;

import app.stepwise.shared.startup.StartupProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Evidence files on disk, in {@code stepwise.practice.evidence-dir} (default: {@code evidence} in the data
 * directory), each under a random name that never comes from the user. The directory may not be one the
 * web server serves; files are only ever read back through the practice service's ownership check.
 */
@Component
public class EvidenceStore {
    private static final Logger log = LoggerFactory.getLogger(EvidenceStore.class);
    private static final Pattern STORAGE_NAME = Pattern.compile("[0-9a-f]{32}");

    private final Path directory;

    EvidenceStore(@Value("${stepwise.practice.evidence-dir:${stepwise.data-dir:./data}/evidence}") Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        refuseServedLocation(this.directory);
        try {
            Files.createDirectories(this.directory);
        } catch (IOException e) {
            throw new StartupProblem("The evidence directory " + this.directory + " cannot be created: " + e.getMessage(),
                    "Set stepwise.practice.evidence-dir (STEPWISE_PRACTICE_EVIDENCE_DIR) to a writable folder.");
        }
    }

    public Path directory() {
        return directory;
    }

    /**
     * Writes the bytes under a new random name and returns the name. Must run inside a transaction: the file
     * is deleted again if that transaction does not commit, so no file is left without its row.
     */
    public String write(byte[] bytes) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Evidence is written inside the transaction that records it.");
        }
        String name = UUID.randomUUID().toString().replace("-", "");
        Path file = directory.resolve(name);
        try {
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            restrictToOwner(file);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("A random evidence name was taken twice: " + name, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an evidence file in " + directory, e);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    delete(name);
                }
            }
        });
        return name;
    }

    public byte[] read(String storageName) {
        try {
            return Files.readAllBytes(resolve(storageName));
        } catch (IOException e) {
            throw new UncheckedIOException("Evidence file " + storageName + " cannot be read", e);
        }
    }

    public boolean exists(String storageName) {
        return Files.isRegularFile(resolve(storageName));
    }

    void delete(String storageName) {
        try {
            Files.deleteIfExists(resolve(storageName));
        } catch (IOException e) {
            log.warn("Could not delete the evidence file {} of a rolled-back submission: {}", storageName, e.getMessage());
        }
    }

    /** Only names this store made: nothing stored in the database can point outside the directory. */
    private Path resolve(String storageName) {
        if (storageName == null || !STORAGE_NAME.matcher(storageName).matches()) {
            throw new IllegalArgumentException("Not an evidence storage name: " + storageName);
        }
        return directory.resolve(storageName);
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** Uploaded files must never land where the application or a web server would serve them. */
    static void refuseServedLocation(Path directory) {
        String path = directory.toString().replace('\\', '/').toLowerCase(Locale.ROOT) + "/";
        for (String served : new String[] {"/src/main/resources/", "/static/", "/public/", "/meta-inf/resources/",
                "/webapp/", "/frontend/", "/target/classes/"}) {
            if (path.contains(served)) {
                throw new StartupProblem("The evidence directory " + directory + " is inside a folder the web server may serve ("
                        + served + ").", "Set stepwise.practice.evidence-dir (STEPWISE_PRACTICE_EVIDENCE_DIR) to a folder "
                        + "outside the application, such as the data directory.");
            }
        }
    }
}
