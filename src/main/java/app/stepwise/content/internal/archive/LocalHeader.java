package app.stepwise.content.internal.archive;

import java.util.Arrays;

/**
 * The short header written just before each entry's data. Tools that stream an archive trust these headers, tools
 * that open it trust the central directory; an archive where the two disagree shows different files to different
 * tools (a classic way to smuggle content past a scanner), so any disagreement rejects it.
 */
final class LocalHeader {

    private static final long SIGNATURE = 0x04034b50L;
    private static final int LENGTH = 30;

    private LocalHeader() {
    }

    /** Where the entry's data starts, after checking that its local header agrees with the central directory. */
    static long dataStart(ZipBytes zip, CentralEntry entry, String shown, long centralDirectoryStart) {
        long at = entry.localHeaderOffset();
        if (at + LENGTH > centralDirectoryStart || !zip.hasSignature(at, SIGNATURE)) {
            throw Rejections.damaged(shown);
        }
        int nameLength = zip.u16(at + 26);
        if (!Arrays.equals(zip.slice(at + LENGTH, nameLength), entry.rawName()) || !agrees(zip, at, entry)) {
            throw Rejections.tampered(shown);
        }
        long start = at + LENGTH + nameLength + zip.u16(at + 28);
        if (start + entry.compressedSize() > centralDirectoryStart) {
            throw Rejections.damaged(shown);
        }
        return start;
    }

    private static boolean agrees(ZipBytes zip, long at, CentralEntry entry) {
        int flags = zip.u16(at + 6);
        boolean sameFormat = zip.u16(at + 8) == entry.method()
                && CentralEntry.isEncrypted(flags) == CentralEntry.isEncrypted(entry.flags());
        // With a data descriptor the local header legitimately holds zeros; the real values follow the data.
        if (!sameFormat || CentralEntry.hasDataDescriptor(flags)) {
            return sameFormat;
        }
        return zip.u32(at + 14) == entry.crc() && zip.u32(at + 18) == entry.compressedSize()
                && zip.u32(at + 22) == entry.uncompressedSize();
    }
}
