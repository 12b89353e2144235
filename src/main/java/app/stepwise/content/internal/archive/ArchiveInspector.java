package app.stepwise.content.internal.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every check that needs no unpacking, run on all entries (kept or not) before a single byte is inflated, so a
 * hostile archive is refused before extraction starts.
 */
final class ArchiveInspector {

    private ArchiveInspector() {
    }

    static List<InspectedEntry> inspect(ZipBytes zip, CentralDirectory directory, ArchiveLimits limits) {
        List<InspectedEntry> entries = new ArrayList<>();
        for (CentralEntry central : directory.entries()) {
            entries.add(inspect(zip, central, directory.start(), limits));
        }
        rejectDuplicates(entries);
        rejectOverlaps(entries);
        return entries;
    }

    private static InspectedEntry inspect(ZipBytes zip, CentralEntry central, long directoryStart,
            ArchiveLimits limits) {
        String name = EntryNames.decode(central);
        String path = EntryPaths.normalise(name, limits);
        String shown = EntryNames.display(name);
        rejectLinksAndSpecialFiles(central, shown);
        if (central.isEncrypted()) {
            throw Rejections.encrypted(shown);
        }
        long dataStart = LocalHeader.dataStart(zip, central, shown, directoryStart);
        EntryKind kind = EntryKind.of(path);
        if (kind.isKept()) {
            rejectUnreadableData(central, shown);
        }
        return new InspectedEntry(central, shown, path, kind, dataStart);
    }

    /** Checked whatever the host system the archiver claims, since extractors differ in which claims they believe. */
    private static void rejectLinksAndSpecialFiles(CentralEntry central, String shown) {
        int type = central.unixFileType();
        if (type == CentralEntry.UNIX_SYMBOLIC_LINK) {
            throw Rejections.symbolicLink(shown);
        }
        if (type != 0 && type != CentralEntry.UNIX_REGULAR_FILE && type != CentralEntry.UNIX_DIRECTORY) {
            throw Rejections.specialFile(shown);
        }
    }

    private static void rejectUnreadableData(CentralEntry central, String shown) {
        if (central.method() != CentralEntry.STORED && central.method() != CentralEntry.DEFLATED) {
            throw Rejections.unsupportedCompression(shown);
        }
        if (central.method() == CentralEntry.STORED && central.compressedSize() != central.uncompressedSize()) {
            throw Rejections.damaged(shown);
        }
    }

    /** Case-insensitive, because extracting on Windows or macOS would make such names overwrite each other. */
    private static void rejectDuplicates(List<InspectedEntry> entries) {
        Set<String> seen = new HashSet<>();
        for (InspectedEntry entry : entries) {
            String key = entry.path().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
            if (entry.kind() != EntryKind.FOLDER && !seen.add(key)) {
                throw Rejections.duplicate(entry.shown());
            }
        }
    }

    /**
     * Entries sharing data let a small archive unpack the same bytes many times over (the "overlapping files" zip
     * bomb), and no honest archiver writes them.
     */
    private static void rejectOverlaps(List<InspectedEntry> entries) {
        List<InspectedEntry> byOffset = entries.stream()
                .sorted(Comparator.comparingLong(entry -> entry.central().localHeaderOffset())).toList();
        for (int i = 1; i < byOffset.size(); i++) {
            if (byOffset.get(i - 1).dataEnd() > byOffset.get(i).central().localHeaderOffset()) {
                throw Rejections.tampered(byOffset.get(i).shown());
            }
        }
    }
}
