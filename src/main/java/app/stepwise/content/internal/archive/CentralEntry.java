package app.stepwise.content.internal.archive;

/**
 * One record of the archive's central directory, the table of contents at its end. This is the only place a zip
 * states file modes (so symbolic links show up here and nowhere else) and reliable sizes.
 */
record CentralEntry(byte[] rawName, int flags, int method, long crc, long compressedSize, long uncompressedSize,
        long localHeaderOffset, long externalAttributes) {

    static final int STORED = 0;
    static final int DEFLATED = 8;

    private static final int FLAG_ENCRYPTED = 0x1;
    private static final int FLAG_DATA_DESCRIPTOR = 0x8;
    private static final int FLAG_STRONG_ENCRYPTION = 0x40;
    private static final int FLAG_UTF8_NAME = 0x800;
    private static final int METHOD_AES = 99;
    private static final long ZIP64_MARKER = 0xFFFF_FFFFL;

    static final int UNIX_TYPE_MASK = 0170000;
    static final int UNIX_REGULAR_FILE = 0100000;
    static final int UNIX_DIRECTORY = 0040000;
    static final int UNIX_SYMBOLIC_LINK = 0120000;

    boolean isEncrypted() {
        return (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) != 0 || method == METHOD_AES;
    }

    boolean hasUtf8Name() {
        return (flags & FLAG_UTF8_NAME) != 0;
    }

    static boolean hasDataDescriptor(int flags) {
        return (flags & FLAG_DATA_DESCRIPTOR) != 0;
    }

    static boolean isEncrypted(int flags) {
        return (flags & FLAG_ENCRYPTED) != 0;
    }

    /** A size or offset of all ones means "see the Zip64 extra field", which this reader does not implement. */
    boolean needsZip64() {
        return compressedSize == ZIP64_MARKER || uncompressedSize == ZIP64_MARKER
                || localHeaderOffset == ZIP64_MARKER;
    }

    /** The Unix file type from the upper half of the external attributes; 0 when the archiver wrote none. */
    int unixFileType() {
        return (int) (externalAttributes >>> 16) & UNIX_TYPE_MASK;
    }
}
