package app.stepwise.practice.ui;

import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;

/**
 * Receives one evidence file into memory, reading at most one byte more than the limit, so an oversized
 * upload that skipped the browser's check costs no more memory than an allowed one; the service then
 * refuses it with its message. The limit is also declared to the request parser.
 */
class EvidenceUploadHandler implements UploadHandler {
    private final long maxBytes;
    private final SerializableBiConsumer<String, byte[]> receiver;

    EvidenceUploadHandler(long maxBytes, SerializableBiConsumer<String, byte[]> receiver) {
        this.maxBytes = maxBytes;
        this.receiver = receiver;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        byte[] bytes;
        try (var in = event.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        String name = event.getFileName();
        event.getUI().access(() -> receiver.accept(name, bytes));
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes + 1;
    }
}
