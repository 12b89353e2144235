package app.stepwise.content.internal.archive;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** Unpacks one inspected entry into memory, chunk by chunk, reporting every chunk to the budget before keeping it. */
final class EntryInflater {

    private static final int CHUNK_BYTES = 16 * 1024;
    /** zlib may ask for one byte past the end of a raw deflate stream; {@link java.util.zip.ZipFile} pads the same. */
    private static final byte[] PADDING = {0};

    private EntryInflater() {
    }

    static byte[] unpack(ZipBytes zip, InspectedEntry entry, ExtractionBudget budget) {
        byte[] data = switch (entry.central().method()) {
            case CentralEntry.STORED -> copyStored(zip, entry, budget);
            case CentralEntry.DEFLATED -> inflate(zip, entry, budget);
            default -> throw new IllegalStateException("method checked during inspection: " + entry.shown());
        };
        rejectMismatch(entry, data);
        return data;
    }

    private static byte[] copyStored(ZipBytes zip, InspectedEntry entry, ExtractionBudget budget) {
        long size = entry.central().compressedSize();
        budget.count(entry, size, size, size);
        return zip.slice(entry.dataStart(), size);
    }

    private static byte[] inflate(ZipBytes zip, InspectedEntry entry, ExtractionBudget budget) {
        Inflater inflater = new Inflater(true);
        try {
            zip.feed(inflater, entry.dataStart(), entry.central().compressedSize());
            ByteArrayOutputStream out = new ByteArrayOutputStream(CHUNK_BYTES);
            byte[] chunk = new byte[CHUNK_BYTES];
            boolean padded = false;
            while (!inflater.finished()) {
                int produced = inflater.inflate(chunk);
                if (produced > 0) {
                    budget.count(entry, out.size() + (long) produced, inflater.getBytesRead(), produced);
                    out.write(chunk, 0, produced);
                } else if (inflater.needsInput() && !padded) {
                    inflater.setInput(PADDING);
                    padded = true;
                } else if (!inflater.finished()) {
                    throw Rejections.damaged(entry.shown());
                }
            }
            return out.toByteArray();
        } catch (DataFormatException corrupt) {
            throw Rejections.damaged(entry.shown());
        } finally {
            inflater.end();
        }
    }

    /** The declared size and checksum are checked last: they may confirm the data, never stretch the limits. */
    private static void rejectMismatch(InspectedEntry entry, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        if (data.length != entry.central().uncompressedSize() || crc.getValue() != entry.central().crc()) {
            throw Rejections.damaged(entry.shown());
        }
    }
}
