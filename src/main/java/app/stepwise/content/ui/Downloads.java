package app.stepwise.content.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;

/** Download links that stream straight into the response (a zip of the whole library is never held in memory). */
final class Downloads {
    static final String ZIP = "application/zip";
    static final String PDF = "application/pdf";

    @FunctionalInterface
    interface Writer extends Serializable {
        void write(OutputStream out) throws IOException;
    }

    private Downloads() {
    }

    static Anchor link(String id, String text, String fileName, String contentType, Writer writer) {
        var link = new Anchor((DownloadEvent event) -> {
            event.setFileName(fileName);
            event.setContentType(contentType);
            try (OutputStream out = event.getOutputStream()) {
                writer.write(out);
            }
        }, "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create());
        link.add(text);
        link.setId(id);
        link.addClassName("button-link");
        return link;
    }
}
