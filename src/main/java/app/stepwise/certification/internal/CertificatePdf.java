package app.stepwise.certification.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Renders a certificate as a one-page A4 landscape PDF from our own XHTML; every value is escaped. */
public final class CertificatePdf {
    /** What the certificate says; plain text. */
    public record Content(String personName, String roleTitle, String grantedOn, String validUntil,
                          String verificationCode, String status) {
    }

    private CertificatePdf() {
    }

    public static byte[] render(Content content) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml(content), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return out.toByteArray();
    }

    static String xhtml(Content c) {
        return """
                <!DOCTYPE html>
                <html><head><meta charset="UTF-8"/><title>Certificate</title><style>
                @page { size: A4 landscape; margin: 18mm; }
                body { font-family: sans-serif; color: #1f2a37; text-align: center; }
                .frame { border: 3px solid #2f5d8a; padding: 14mm 10mm; height: 140mm; }
                .brand { font-size: 14pt; letter-spacing: 3px; color: #2f5d8a; }
                h1 { font-size: 30pt; margin: 10mm 0 6mm 0; }
                .name { font-size: 24pt; font-weight: bold; margin: 6mm 0; }
                .role { font-size: 20pt; margin: 4mm 0 10mm 0; }
                .facts { font-size: 12pt; margin: 2mm 0; }
                .code { font-family: monospace; font-size: 12pt; margin-top: 10mm; }
                </style></head><body><div class="frame">
                <div class="brand">STEPWISE</div>
                <h1>Certificate</h1>
                <div class="facts">This certifies that</div>
                <div class="name">%s</div>
                <div class="facts">is certified as</div>
                <div class="role">%s</div>
                <div class="facts">Granted on %s · valid until %s · status: %s</div>
                <div class="code">Verification code: %s<br/>Check it at /verify/%s</div>
                </div></body></html>
                """.formatted(escape(c.personName()), escape(c.roleTitle()), escape(c.grantedOn()),
                escape(c.validUntil()), escape(c.status()), escape(c.verificationCode()), escape(c.verificationCode()));
    }

    private static String escape(String text) {
        // the renderer reads strict XML: only the five XML escapes, no HTML named entities
        return (text == null ? "" : text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
