package app.stepwise.content.internal.export;

import app.stepwise.content.ExportSink;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Streams files into a zip; entry names are the checked relative paths. Close it to finish the zip. */
public final class ZipSink implements ExportSink, AutoCloseable {
    private final ZipOutputStream zip;

    public ZipSink(OutputStream out) {
        this.zip = new ZipOutputStream(out);
    }

    @Override
    public void write(String path, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(bytes);
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        zip.finish();
        zip.flush();
    }
}
