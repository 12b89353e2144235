package app.stepwise.content.internal.archive;

import app.stepwise.content.internal.archive.ArchiveRejectedException.Reason;
import java.util.Locale;

/**
 * Every refusal, worded in one place so each reads as one plain sentence for a trainer: what is wrong, then what to
 * do. Entry names passed in are already made safe to show ({@link EntryNames#display}).
 */
final class Rejections {

    private static final long KIB = 1024;
    private static final long MIB = 1024 * KIB;

    private Rejections() {
    }

    static ArchiveRejectedException notAZip() {
        return archive(Reason.NOT_A_ZIP,
                "This file is not a zip archive; please upload your process documents as a .zip file.");
    }

    static ArchiveRejectedException damaged() {
        return archive(Reason.DAMAGED,
                "The zip file is damaged or incomplete; please create it again and upload the new file.");
    }

    static ArchiveRejectedException damaged(String entry) {
        return entry(Reason.DAMAGED, entry, "The zip file is damaged or incomplete at '" + entry
                + "'; please create it again and upload the new file.");
    }

    static ArchiveRejectedException tampered(String entry) {
        return entry(Reason.DAMAGED, entry, "The zip file's list of contents does not match the file '" + entry
                + "' stored in it, which happens with damaged or deliberately manipulated archives; please create it"
                + " again.");
    }

    static ArchiveRejectedException unreadableName() {
        return archive(Reason.DAMAGED, "The zip file contains a file name that cannot be read; please give the file"
                + " an ordinary name and create the zip file again.");
    }

    static ArchiveRejectedException zip64() {
        return archive(Reason.UNSUPPORTED_FORMAT, "The zip file uses the format for archives over 4 GB, which is not"
                + " supported; please create a standard zip file.");
    }

    static ArchiveRejectedException splitArchive() {
        return archive(Reason.UNSUPPORTED_FORMAT, "Zip files split into several parts are not supported; please"
                + " create a single zip file.");
    }

    static ArchiveRejectedException unsupportedCompression(String entry) {
        return entry(Reason.UNSUPPORTED_FORMAT, entry, "The file '" + entry + "' in the zip file is compressed in a"
                + " way Stepwise cannot read; please create the zip file with your computer's standard zip tool.");
    }

    static ArchiveRejectedException encrypted(String entry) {
        return entry(Reason.ENCRYPTED, entry, "The zip file is password-protected (at '" + entry + "'); please"
                + " create it again without a password.");
    }

    static ArchiveRejectedException archiveTooLarge(long limit) {
        return archive(Reason.ARCHIVE_TOO_LARGE, "The zip file is larger than " + size(limit)
                + "; please split it into several smaller uploads.");
    }

    static ArchiveRejectedException tooManyEntries(int limit) {
        return archive(Reason.TOO_MANY_ENTRIES, "The zip file contains more than " + count(limit)
                + " files and folders; please split it into several smaller uploads.");
    }

    static ArchiveRejectedException entryTooLarge(String entry, long limit) {
        return entry(Reason.ENTRY_TOO_LARGE, entry, "The file '" + entry + "' in the zip file is larger than "
                + size(limit) + " when unpacked; please make it smaller or split it into several files.");
    }

    static ArchiveRejectedException totalTooLarge(long limit) {
        return archive(Reason.TOTAL_TOO_LARGE, "The files in the zip file add up to more than " + size(limit)
                + " when unpacked; please split them into several smaller uploads.");
    }

    static ArchiveRejectedException suspiciousCompression(String entry, int ratio) {
        return entry(Reason.SUSPICIOUS_COMPRESSION, entry, "The file '" + entry + "' in the zip file unpacks to"
                + " more than " + count(ratio) + " times its packed size, which is typical of a harmful archive (a"
                + " \"zip bomb\"), so the zip file was not unpacked.");
    }

    static ArchiveRejectedException outsideFolder(String entry) {
        return entry(Reason.UNSAFE_PATH, entry, "The zip file contains the path '" + entry + "', which points"
                + " outside the archive's own folder; please remove it and create the zip file again.");
    }

    static ArchiveRejectedException absolutePath(String entry) {
        return entry(Reason.UNSAFE_PATH, entry, "The zip file contains the absolute path '" + entry + "', but every"
                + " file must sit inside the archive's own folders; please create the zip file again from a folder.");
    }

    static ArchiveRejectedException controlCharacters(String entry) {
        return entry(Reason.UNSAFE_PATH, entry, "The zip file contains a file name with invisible control characters"
                + " ('" + entry + "'); please rename that file and create the zip file again.");
    }

    static ArchiveRejectedException nameTooLong(String entry, int limit) {
        return entry(Reason.UNSAFE_PATH, entry, "The file name '" + entry + "' in the zip file is longer than "
                + count(limit) + " characters; please shorten it or its folder names.");
    }

    static ArchiveRejectedException tooDeep(String entry, int limit) {
        return entry(Reason.UNSAFE_PATH, entry, "The file '" + entry + "' in the zip file is nested more than "
                + count(limit) + " folders deep; please use fewer levels of folders.");
    }

    static ArchiveRejectedException symbolicLink(String entry) {
        return entry(Reason.LINK_OR_SPECIAL_FILE, entry, "The zip file contains a shortcut (symbolic link) '" + entry
                + "', which is not allowed; please replace it with the real file.");
    }

    static ArchiveRejectedException specialFile(String entry) {
        return entry(Reason.LINK_OR_SPECIAL_FILE, entry, "The zip file contains '" + entry + "', which is not an"
                + " ordinary file or folder; please remove it and create the zip file again.");
    }

    static ArchiveRejectedException duplicate(String entry) {
        return entry(Reason.DUPLICATE_NAME, entry, "The zip file contains '" + entry + "' more than once (names that"
                + " differ only in upper and lower case count as the same); please rename or remove one of them.");
    }

    static ArchiveRejectedException noDocuments() {
        return archive(Reason.NO_DOCUMENTS, "The zip file contains no process documents; it needs at least one"
                + " Markdown (.md) or HTML (.html) file.");
    }

    private static ArchiveRejectedException archive(Reason reason, String message) {
        return new ArchiveRejectedException(reason, message, null);
    }

    private static ArchiveRejectedException entry(Reason reason, String entry, String message) {
        return new ArchiveRejectedException(reason, message, entry);
    }

    /** Sizes as people read them: "20 MB", "1.5 MB", "64 KB", "1,000 bytes". */
    static String size(long bytes) {
        if (bytes >= MIB) {
            return oneDecimal(bytes / (double) MIB) + " MB";
        }
        if (bytes >= KIB) {
            return oneDecimal(bytes / (double) KIB) + " KB";
        }
        return count(bytes) + " bytes";
    }

    private static String oneDecimal(double value) {
        String text = String.format(Locale.ENGLISH, "%,.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static String count(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }
}
