package app.stepwise.content.internal.archive;

import app.stepwise.content.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads an uploaded zip of process documents into memory, or rejects it as a whole with one sentence a trainer
 * understands. Nothing is written to disk. The order matters: the upload size, then the table of contents (counted
 * as it is read), then every name, link, flag, header and declared size of every entry, and only then unpacking,
 * which counts actual bytes against the limits. Thread-safe (stateless); the array must not change during a call.
 */
public final class SafeZipReader {

    private SafeZipReader() {
    }

    /** The documents and images in {@code zip}, within {@link ArchiveLimits#DEFAULTS}. */
    public static List<SourceFile> read(byte[] zip) {
        return read(zip, ArchiveLimits.DEFAULTS);
    }

    /** The documents and images in {@code zip}; use {@link #readContents} to also learn what was left out. */
    public static List<SourceFile> read(byte[] zip, ArchiveLimits limits) {
        return readContents(zip, limits).files();
    }

    /** The documents and images in {@code zip} plus the names of files left out, within the default limits. */
    public static ArchiveContents readContents(byte[] zip) {
        return readContents(zip, ArchiveLimits.DEFAULTS);
    }

    /**
     * The documents and images in {@code zip} plus the names of files left out.
     *
     * @throws ArchiveRejectedException if the archive is not a readable zip, breaks a limit, or contains anything
     *                                  unsafe; nothing from it is returned then
     */
    public static ArchiveContents readContents(byte[] zip, ArchiveLimits limits) {
        Objects.requireNonNull(zip, "zip");
        Objects.requireNonNull(limits, "limits");
        if (zip.length > limits.maxArchiveBytes()) {
            throw Rejections.archiveTooLarge(limits.maxArchiveBytes());
        }
        ZipBytes bytes = new ZipBytes(zip);
        List<InspectedEntry> entries = ArchiveInspector.inspect(bytes, CentralDirectory.read(bytes,
                limits.maxEntries()), limits);
        List<InspectedEntry> kept = entries.stream().filter(entry -> entry.kind().isKept()).toList();
        if (kept.stream().noneMatch(entry -> entry.kind() == EntryKind.DOCUMENT)) {
            throw Rejections.noDocuments();
        }
        ExtractionBudget budget = new ExtractionBudget(limits);
        budget.rejectDeclaredExcess(kept);
        return new ArchiveContents(unpack(bytes, kept, budget), skippedNames(entries));
    }

    private static List<SourceFile> unpack(ZipBytes zip, List<InspectedEntry> kept, ExtractionBudget budget) {
        List<byte[]> contents = new ArrayList<>();
        for (InspectedEntry entry : kept) {
            contents.add(EntryInflater.unpack(zip, entry, budget));
        }
        List<String> paths = CommonFolder.strip(kept.stream().map(InspectedEntry::path).toList());
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            files.add(new SourceFile(paths.get(i), contents.get(i)));
        }
        return files;
    }

    private static List<String> skippedNames(List<InspectedEntry> entries) {
        return entries.stream().filter(entry -> entry.kind() == EntryKind.OTHER).map(InspectedEntry::path).toList();
    }
}
