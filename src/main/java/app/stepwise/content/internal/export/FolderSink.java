package app.stepwise.content.internal.export;

import app.stepwise.content.ExportSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes into one folder and never outside it: each resolved path must stay under the folder. */
public final class FolderSink implements ExportSink {
    private final Path root;

    public FolderSink(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void write(String path, byte[] bytes) throws IOException {
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IOException("Refusing to write outside " + root + ": " + path);
        }
        Files.createDirectories(target.getParent());
        Files.write(target, bytes, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }
}
