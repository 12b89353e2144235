package app.stepwise.content;

import java.io.IOException;

/** Where an export writes its files: a folder (the CLI) or a zip stream (a download). Paths are relative, with '/'. */
@FunctionalInterface
public interface ExportSink {
    void write(String path, byte[] bytes) throws IOException;
}
