package app.stepwise.practice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, made in memory: the first bytes are what counts. */
public final class EvidenceSamples {
    private EvidenceSamples() {
    }

    public static byte[] pdf() {
        return ascii("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    }

    public static byte[] png() {
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, ascii("\0\0\0\rIHDR rest of a picture"));
    }

    public static byte[] jpeg() {
        return concat(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}, ascii("\0\u0010JFIF\0 rest"));
    }

    public static byte[] gif() {
        return ascii("GIF89a\u0001\0\u0001\0 rest of a picture");
    }

    public static byte[] webp() {
        return ascii("RIFF\u0024\0\0\0WEBPVP8 rest of a picture");
    }

    public static byte[] text() {
        return "Triaged five tickets: two urgent, one escalated. Ünïcödé is fine.\n".getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] csv() {
        return ascii("ticket,category,priority\n101,billing,normal\n102,outage,urgent\n");
    }

    public static byte[] docx() {
        return office("word/document.xml");
    }

    public static byte[] xlsx() {
        return office("xl/workbook.xml");
    }

    public static byte[] pptx() {
        return office("ppt/presentation.xml");
    }

    public static byte[] zip() {
        return zip("notes/readme.txt");
    }

    public static byte[] exe() {
        return concat(ascii("MZ\u0090\0\u0003\0\0\0"), ascii("This program cannot be run in DOS mode."));
    }

    public static byte[] html() {
        return ascii("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");
    }

    public static byte[] svg() {
        return ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><circle r=\"5\"/></svg>");
    }

    private static byte[] office(String part) {
        return zip("[Content_Types].xml", "_rels/.rels", part);
    }

    private static byte[] zip(String... names) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(ascii("<?xml version=\"1.0\"?><x/>"));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
