package app.stepwise.content.internal.archive;

/**
 * How much an uploaded archive may contain. Every limit is enforced on what is actually read or unpacked; sizes
 * declared inside the archive are only used to reject early, never to accept.
 *
 * @param maxArchiveBytes     largest accepted upload, as packed
 * @param maxEntries          most entries (files and folders) in the archive's table of contents
 * @param maxEntryBytes       largest single file once unpacked
 * @param maxTotalBytes       largest sum of all unpacked files that are kept
 * @param maxCompressionRatio most times larger than its packed size a file may unpack to; applies only to files above
 *                            {@link #RATIO_CHECK_MIN_BYTES}, because small repetitive text compresses legitimately well
 * @param maxPathLength       longest entry name, in characters
 * @param maxDepth            most folders a file may be nested in ({@code a/b/c.md} is nested in two)
 */
public record ArchiveLimits(long maxArchiveBytes, int maxEntries, long maxEntryBytes, long maxTotalBytes,
        int maxCompressionRatio, int maxPathLength, int maxDepth) {

    /** Unpacked size below which the compression ratio is not checked. */
    public static final long RATIO_CHECK_MIN_BYTES = 64 * 1024;

    private static final long MIB = 1024 * 1024;

    /** 20 MiB upload, 2,000 entries, 2 MiB per file, 50 MiB in total, 100:1, 255 characters, 12 folders deep. */
    public static final ArchiveLimits DEFAULTS = new ArchiveLimits(20 * MIB, 2_000, 2 * MIB, 50 * MIB, 100, 255, 12);

    public ArchiveLimits {
        requirePositive(maxArchiveBytes, "maxArchiveBytes");
        requirePositive(maxEntries, "maxEntries");
        requirePositive(maxEntryBytes, "maxEntryBytes");
        requirePositive(maxTotalBytes, "maxTotalBytes");
        requirePositive(maxCompressionRatio, "maxCompressionRatio");
        requirePositive(maxPathLength, "maxPathLength");
        requirePositive(maxDepth, "maxDepth");
    }

    private static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
