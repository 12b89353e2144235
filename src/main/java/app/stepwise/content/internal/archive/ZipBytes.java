package app.stepwise.content.internal.archive;

import java.util.Arrays;
import java.util.zip.Inflater;

/**
 * Bounds-checked little-endian reads over the uploaded bytes. Offsets come from the archive itself, so a read past
 * the end means the archive is truncated or lies about its layout: that rejects it instead of throwing an
 * {@link ArrayIndexOutOfBoundsException}.
 */
final class ZipBytes {

    private final byte[] bytes;

    ZipBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    long length() {
        return bytes.length;
    }

    int u16(long offset) {
        int at = checked(offset, 2);
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
    }

    long u32(long offset) {
        int at = checked(offset, 4);
        return (bytes[at] & 0xffL) | (bytes[at + 1] & 0xffL) << 8 | (bytes[at + 2] & 0xffL) << 16
                | (bytes[at + 3] & 0xffL) << 24;
    }

    boolean hasSignature(long offset, long signature) {
        return offset >= 0 && offset + 4 <= bytes.length && u32(offset) == signature;
    }

    byte[] slice(long offset, long length) {
        int at = checked(offset, length);
        return Arrays.copyOfRange(bytes, at, at + (int) length);
    }

    /** Hands a region to the inflater without copying it. */
    void feed(Inflater inflater, long offset, long length) {
        inflater.setInput(bytes, checked(offset, length), (int) length);
    }

    private int checked(long offset, long length) {
        if (offset < 0 || length < 0 || offset + length > bytes.length) {
            throw Rejections.damaged();
        }
        return (int) offset;
    }
}
