package app.stepwise.content.internal.archive;

import java.util.List;

/**
 * Keeps unpacking within the {@link ArchiveLimits}. Declared sizes can only make it refuse early; what it accepts is
 * decided by the bytes actually produced, counted as they come out of the inflater.
 */
final class ExtractionBudget {

    private final ArchiveLimits limits;
    private long unpackedSoFar;

    ExtractionBudget(ArchiveLimits limits) {
        this.limits = limits;
    }

    /** Refuses before extraction when the archive itself admits to exceeding a limit. */
    void rejectDeclaredExcess(List<InspectedEntry> kept) {
        long declaredTotal = 0;
        for (InspectedEntry entry : kept) {
            check(entry, entry.central().uncompressedSize(), entry.central().compressedSize());
            declaredTotal += entry.central().uncompressedSize();
        }
        if (declaredTotal > limits.maxTotalBytes()) {
            throw Rejections.totalTooLarge(limits.maxTotalBytes());
        }
    }

    /**
     * Records {@code newBytes} more unpacked bytes of {@code entry}, which has produced {@code unpacked} bytes in all
     * (these included) from the {@code packed} bytes read so far, and stops extraction the moment a limit is passed.
     */
    void count(InspectedEntry entry, long unpacked, long packed, long newBytes) {
        check(entry, unpacked, packed);
        unpackedSoFar += newBytes;
        if (unpackedSoFar > limits.maxTotalBytes()) {
            throw Rejections.totalTooLarge(limits.maxTotalBytes());
        }
    }

    private void check(InspectedEntry entry, long unpacked, long packed) {
        boolean checkRatio = unpacked > ArchiveLimits.RATIO_CHECK_MIN_BYTES;
        if (checkRatio && unpacked > packed * limits.maxCompressionRatio()) {
            throw Rejections.suspiciousCompression(entry.shown(), limits.maxCompressionRatio());
        }
        if (unpacked > limits.maxEntryBytes()) {
            throw Rejections.entryTooLarge(entry.shown(), limits.maxEntryBytes());
        }
    }
}
