package app.stepwise.practice;

import app.stepwise.content.Evidence;

/** What a learner hands in for a task; the kind must match the task's {@code Evidence:} line. */
public sealed interface EvidenceInput {
    Evidence kind();

    static EvidenceInput text(String text) {
        return new Text(text);
    }

    static EvidenceInput link(String url) {
        return new Link(url);
    }

    static EvidenceInput file(String originalName, byte[] bytes) {
        return new File(originalName, bytes);
    }

    /** Free text, 1 to 20,000 characters after trimming. */
    record Text(String text) implements EvidenceInput {
        @Override
        public Evidence kind() {
            return Evidence.TEXT;
        }
    }

    /** An absolute http or https address. */
    record Link(String url) implements EvidenceInput {
        @Override
        public Evidence kind() {
            return Evidence.LINK;
        }
    }

    /** A file as uploaded; its name and content are checked on the server. */
    record File(String originalName, byte[] bytes) implements EvidenceInput {
        public File {
            bytes = bytes == null ? new byte[0] : bytes;
        }

        @Override
        public Evidence kind() {
            return Evidence.FILE;
        }

        @Override
        public String toString() {
            return "File[" + originalName + ", " + bytes.length + " bytes]";
        }
    }
}
