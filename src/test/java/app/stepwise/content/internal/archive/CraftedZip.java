package app.stepwise.content.internal.archive;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Writes zip bytes by hand, for the cases {@link java.util.zip.ZipOutputStream} refuses or cannot express: symbolic
 * link modes, local names that differ from central ones, encryption flags, lying sizes and checksums, raw name bytes
 * in legacy encodings, and a table of contents that lies about its entry count. Each {@code with...} call changes the
 * entry added last.
 */
final class CraftedZip {

    static final int STORED = 0;
    static final int DEFLATED = 8;

    private final List<Entry> entries = new ArrayList<>();
    private Integer declaredEntryCount;

    private static final class Entry {
        byte[] centralName;
        byte[] localName;
        byte[] data;
        int method;
        int flags;
        long crc;
        long uncompressedSize;
        long compressedSize;
        long externalAttributes;
        long localHeaderOffset;
    }

    static CraftedZip zip() {
        return new CraftedZip();
    }

    CraftedZip stored(String name, byte[] content) {
        return add(name, content, content, STORED);
    }

    CraftedZip deflated(String name, byte[] content) {
        return add(name, content, ZipFixtures.deflate(content), DEFLATED);
    }

    /** A Unix symbolic link as Info-ZIP writes it: mode 0120777 in the upper external attributes, target as data. */
    CraftedZip symlink(String name, String target) {
        return stored(name, ZipFixtures.text(target)).withUnixMode(0120777);
    }

    CraftedZip withUnixMode(int mode) {
        last().externalAttributes = (long) mode << 16;
        return this;
    }

    CraftedZip withFlags(int flags) {
        last().flags = flags;
        return this;
    }

    CraftedZip withMethod(int method) {
        last().method = method;
        return this;
    }

    CraftedZip withLocalName(String name) {
        last().localName = name.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    /** Replaces the name bytes in both headers, e.g. with CP437 bytes. */
    CraftedZip withNameBytes(byte[] name) {
        last().centralName = name.clone();
        last().localName = name.clone();
        return this;
    }

    CraftedZip withDeclaredSize(long uncompressedSize) {
        last().uncompressedSize = uncompressedSize;
        return this;
    }

    /** Claims a packed size other than the data's real length, in both headers. */
    CraftedZip withPackedSize(long compressedSize) {
        last().compressedSize = compressedSize;
        return this;
    }

    CraftedZip withCrc(long crc) {
        last().crc = crc;
        return this;
    }

    CraftedZip declaringEntries(int count) {
        declaredEntryCount = count;
        return this;
    }

    byte[] bytes() {
        var out = new ByteArrayOutputStream();
        for (Entry entry : entries) {
            entry.localHeaderOffset = out.size();
            writeLocalHeader(out, entry);
            out.writeBytes(entry.data);
        }
        int centralStart = out.size();
        for (Entry entry : entries) {
            writeCentralHeader(out, entry);
        }
        writeEnd(out, centralStart, out.size() - centralStart);
        return out.toByteArray();
    }

    private CraftedZip add(String name, byte[] content, byte[] data, int method) {
        Entry entry = new Entry();
        entry.centralName = name.getBytes(StandardCharsets.UTF_8);
        entry.localName = entry.centralName;
        entry.data = data;
        entry.method = method;
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.crc = crc.getValue();
        entry.uncompressedSize = content.length;
        entry.compressedSize = data.length;
        entries.add(entry);
        return this;
    }

    private Entry last() {
        return entries.getLast();
    }

    private static void writeLocalHeader(ByteArrayOutputStream out, Entry entry) {
        u32(out, 0x04034b50L);
        u16(out, 20);
        u16(out, entry.flags);
        u16(out, entry.method);
        u32(out, 0);
        u32(out, entry.crc);
        u32(out, entry.compressedSize);
        u32(out, entry.uncompressedSize);
        u16(out, entry.localName.length);
        u16(out, 0);
        out.writeBytes(entry.localName);
    }

    private static void writeCentralHeader(ByteArrayOutputStream out, Entry entry) {
        u32(out, 0x02014b50L);
        u16(out, 3 << 8 | 20);
        u16(out, 20);
        u16(out, entry.flags);
        u16(out, entry.method);
        u32(out, 0);
        u32(out, entry.crc);
        u32(out, entry.compressedSize);
        u32(out, entry.uncompressedSize);
        u16(out, entry.centralName.length);
        u16(out, 0);
        u16(out, 0);
        u16(out, 0);
        u16(out, 0);
        u32(out, entry.externalAttributes);
        u32(out, entry.localHeaderOffset);
        out.writeBytes(entry.centralName);
    }

    private void writeEnd(ByteArrayOutputStream out, int centralStart, int centralSize) {
        int count = declaredEntryCount != null ? declaredEntryCount : entries.size();
        u32(out, 0x06054b50L);
        u16(out, 0);
        u16(out, 0);
        u16(out, count);
        u16(out, count);
        u32(out, centralSize);
        u32(out, centralStart);
        u16(out, 0);
    }

    private static void u16(ByteArrayOutputStream out, int value) {
        out.write(value & 0xff);
        out.write(value >>> 8 & 0xff);
    }

    private static void u32(ByteArrayOutputStream out, long value) {
        u16(out, (int) (value & 0xffff));
        u16(out, (int) (value >>> 16 & 0xffff));
    }
}
