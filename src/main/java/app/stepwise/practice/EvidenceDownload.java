package app.stepwise.practice;

/**
 * An evidence file as it is served: the learner's file name, the content type detected at upload, the bytes.
 * Served only as a download at {@code /evidence/<submission id>}, to the learner and to trainers.
 */
public record EvidenceDownload(String fileName, String contentType, byte[] bytes) {
    public static final String URL_PREFIX = "/evidence/";

    /** The download address of a submission's file, relative to the application root (for links in views). */
    public static String url(long submissionId) {
        return URL_PREFIX.substring(1) + submissionId;
    }

    @Override
    public String toString() {
        return "EvidenceDownload[" + fileName + ", " + contentType + ", " + bytes.length + " bytes]";
    }
}
