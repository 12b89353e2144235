package app.stepwise.content.internal.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * The archive's table of contents, parsed by hand: {@link java.util.zip.ZipInputStream} hides file modes and
 * {@link java.util.zip.ZipFile} needs a file on disk. Entries are counted while walking, so an archive that claims
 * few entries but holds thousands is stopped at the limit instead of being parsed in full.
 *
 * @param entries the records in archive order
 * @param start   offset of the first record, which is also where the last entry's data must end
 */
record CentralDirectory(List<CentralEntry> entries, long start) {

    private static final long END_SIGNATURE = 0x06054b50L;
    private static final long ZIP64_LOCATOR_SIGNATURE = 0x07064b50L;
    private static final long ENTRY_SIGNATURE = 0x02014b50L;
    private static final long LOCAL_SIGNATURE = 0x04034b50L;
    private static final int END_LENGTH = 22;
    private static final int ZIP64_LOCATOR_LENGTH = 20;
    private static final int ENTRY_LENGTH = 46;
    private static final int MAX_COMMENT_LENGTH = 0xFFFF;

    static CentralDirectory read(ZipBytes zip, int maxEntries) {
        long end = findEndRecord(zip);
        rejectUnsupportedLayouts(zip, end);
        int declaredEntries = zip.u16(end + 10);
        if (declaredEntries > maxEntries) {
            throw Rejections.tooManyEntries(maxEntries);
        }
        long start = zip.u32(end + 16);
        if (start + zip.u32(end + 12) != end) {
            throw Rejections.damaged();
        }
        List<CentralEntry> entries = readEntries(zip, start, end, maxEntries);
        if (entries.size() != declaredEntries) {
            throw Rejections.damaged();
        }
        return new CentralDirectory(List.copyOf(entries), start);
    }

    /**
     * The end record sits before an optional comment of up to 64 KiB. Searching backwards and requiring the comment
     * length to reach exactly the end of the file keeps a fake record hidden inside the comment from being used.
     */
    private static long findEndRecord(ZipBytes zip) {
        long lowest = Math.max(0, zip.length() - END_LENGTH - MAX_COMMENT_LENGTH);
        boolean sawSignature = false;
        for (long at = zip.length() - END_LENGTH; at >= lowest; at--) {
            if (zip.hasSignature(at, END_SIGNATURE)) {
                if (at + END_LENGTH + zip.u16(at + 20) == zip.length()) {
                    return at;
                }
                sawSignature = true;
            }
        }
        boolean looksLikeZip = sawSignature || zip.hasSignature(0, LOCAL_SIGNATURE);
        throw looksLikeZip ? Rejections.damaged() : Rejections.notAZip();
    }

    private static void rejectUnsupportedLayouts(ZipBytes zip, long end) {
        boolean zip64 = zip.u16(end + 10) == 0xFFFF || zip.u32(end + 12) == 0xFFFF_FFFFL
                || zip.u32(end + 16) == 0xFFFF_FFFFL || zip.hasSignature(end - ZIP64_LOCATOR_LENGTH,
                        ZIP64_LOCATOR_SIGNATURE);
        if (zip64) {
            throw Rejections.zip64();
        }
        boolean split = zip.u16(end + 4) != 0 || zip.u16(end + 6) != 0 || zip.u16(end + 8) != zip.u16(end + 10);
        if (split) {
            throw Rejections.splitArchive();
        }
    }

    private static List<CentralEntry> readEntries(ZipBytes zip, long start, long end, int maxEntries) {
        List<CentralEntry> entries = new ArrayList<>();
        long at = start;
        while (at < end) {
            if (entries.size() == maxEntries) {
                throw Rejections.tooManyEntries(maxEntries);
            }
            if (at + ENTRY_LENGTH > end || !zip.hasSignature(at, ENTRY_SIGNATURE)) {
                throw Rejections.damaged();
            }
            entries.add(readEntry(zip, at));
            at += ENTRY_LENGTH + zip.u16(at + 28) + zip.u16(at + 30) + zip.u16(at + 32);
        }
        if (at != end) {
            throw Rejections.damaged();
        }
        return entries;
    }

    private static CentralEntry readEntry(ZipBytes zip, long at) {
        CentralEntry entry = new CentralEntry(zip.slice(at + ENTRY_LENGTH, zip.u16(at + 28)), zip.u16(at + 8),
                zip.u16(at + 10), zip.u32(at + 16), zip.u32(at + 20), zip.u32(at + 24), zip.u32(at + 42),
                zip.u32(at + 38));
        if (entry.needsZip64()) {
            throw Rejections.zip64();
        }
        if (zip.u16(at + 34) != 0) {
            throw Rejections.splitArchive();
        }
        return entry;
    }
}
