package app.stepwise.content.internal.archive;

import static app.stepwise.content.internal.archive.ZipFixtures.rejection;
import static app.stepwise.content.internal.archive.ZipFixtures.text;
import static app.stepwise.content.internal.archive.ZipFixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.internal.archive.ArchiveRejectedException.Reason;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Uploads that are not zips, are broken, use formats we do not read, or disagree with themselves. */
class DamagedArchiveTest {

    /** A real 1x1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    private static final int END_RECORD_LENGTH = 22;

    private static byte[] honestZip() {
        return zip("sales/quote.md", "# Send a quote\n\nSome text that compresses a little, a little, a little.");
    }

    @Test
    void a_picture_is_refused_as_not_a_zip() {
        ArchiveRejectedException rejected = rejection(PNG);

        assertThat(rejected.reason()).isEqualTo(Reason.NOT_A_ZIP);
        assertThat(rejected.getMessage()).contains("not a zip archive");
        assertThat(rejected.entryName()).isEmpty();
    }

    @Test
    void an_empty_upload_and_plain_text_are_refused_as_not_a_zip() {
        assertThat(rejection(new byte[0]).reason()).isEqualTo(Reason.NOT_A_ZIP);
        assertThat(rejection(text("# Just Markdown\n")).reason()).isEqualTo(Reason.NOT_A_ZIP);
    }

    @Test
    void a_zip_cut_off_halfway_is_refused_as_incomplete() {
        byte[] zip = honestZip();

        ArchiveRejectedException rejected = rejection(Arrays.copyOf(zip, zip.length / 2));

        assertThat(rejected.reason()).isEqualTo(Reason.DAMAGED);
        assertThat(rejected.getMessage()).contains("damaged or incomplete");
    }

    @Test
    void a_zip_missing_its_last_byte_is_refused_as_incomplete() {
        byte[] zip = honestZip();

        assertThat(rejection(Arrays.copyOf(zip, zip.length - 1)).reason()).isEqualTo(Reason.DAMAGED);
    }

    @Test
    void a_zip_with_bytes_appended_is_refused_as_damaged() {
        byte[] zip = honestZip();
        byte[] longer = Arrays.copyOf(zip, zip.length + 10);

        assertThat(rejection(longer).reason()).isEqualTo(Reason.DAMAGED);
    }

    @Test
    void corrupted_compressed_data_is_refused_as_damaged() {
        String name = "a.md";
        byte[] zip = CraftedZip.zip().deflated(name, text("# A\n" + "Some words to compress. ".repeat(50))).bytes();
        int dataStart = 30 + name.length();
        for (int i = dataStart; i < dataStart + 8; i++) {
            zip[i] ^= (byte) 0xA5;
        }

        ArchiveRejectedException rejected = rejection(zip);

        assertThat(rejected.reason()).isEqualTo(Reason.DAMAGED);
        assertThat(rejected.entryName()).contains(name);
    }

    @Test
    void a_wrong_checksum_is_refused_as_damaged() {
        byte[] zip = CraftedZip.zip().stored("a.md", text("# A")).withCrc(42).bytes();

        assertThat(rejection(zip).reason()).isEqualTo(Reason.DAMAGED);
    }

    @Test
    void a_password_protected_entry_is_refused() {
        byte[] zip = CraftedZip.zip().stored("a.md", text("# A")).stored("secret.md", text("xxxx")).withFlags(0x1)
                .bytes();

        ArchiveRejectedException rejected = rejection(zip);

        assertThat(rejected.reason()).isEqualTo(Reason.ENCRYPTED);
        assertThat(rejected.getMessage()).contains("password-protected", "without a password", "secret.md");
    }

    @Test
    void an_aes_encrypted_entry_is_refused_as_password_protected() {
        byte[] zip = CraftedZip.zip().stored("a.md", text("# A")).withMethod(99).bytes();

        assertThat(rejection(zip).reason()).isEqualTo(Reason.ENCRYPTED);
    }

    @Test
    void a_local_name_that_differs_from_the_table_of_contents_is_refused() {
        byte[] zip = CraftedZip.zip().stored("good.md", text("# Good")).stored("notes.md", text("# Evil"))
                .withLocalName("../evil.md").bytes();

        ArchiveRejectedException rejected = rejection(zip);

        assertThat(rejected.reason()).isEqualTo(Reason.DAMAGED);
        assertThat(rejected.getMessage()).contains("does not match", "manipulated", "notes.md");
    }

    @Test
    void an_entry_whose_data_runs_into_the_next_entry_is_refused() {
        byte[] packedA = ZipFixtures.deflate(text("# A"));
        byte[] zip = CraftedZip.zip().deflated("a.md", text("# A")).withPackedSize(packedA.length + 30L)
                .stored("b.md", text("# B")).bytes();

        ArchiveRejectedException rejected = rejection(zip);

        assertThat(rejected.reason()).isEqualTo(Reason.DAMAGED);
        assertThat(rejected.entryName()).contains("b.md");
    }

    @Test
    void an_archive_in_the_over_4_gb_format_is_refused_clearly() {
        byte[] zip = CraftedZip.zip().stored("a.md", text("# A")).declaringEntries(0xFFFF).bytes();

        ArchiveRejectedException rejected = rejection(zip);

        assertThat(rejected.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
        assertThat(rejected.getMessage()).contains("over 4 GB", "not supported");
    }

    @Test
    void an_archive_split_into_parts_is_refused_clearly() {
        byte[] zip = honestZip();
        zip[zip.length - END_RECORD_LENGTH + 4] = 1;

        ArchiveRejectedException rejected = rejection(zip);

        assertThat(rejected.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
        assertThat(rejected.getMessage()).contains("split into several parts");
    }

    @Test
    void a_document_compressed_with_an_unusual_method_is_refused_clearly() {
        byte[] zip = CraftedZip.zip().stored("a.md", text("# A")).withMethod(12).bytes();

        ArchiveRejectedException rejected = rejection(zip);

        assertThat(rejected.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
        assertThat(rejected.getMessage()).contains("compressed in a way Stepwise cannot read");
    }

    @Test
    void a_left_out_file_compressed_with_an_unusual_method_does_not_matter() {
        byte[] zip = CraftedZip.zip().stored("a.md", text("# A")).stored("b.pdf", text("x")).withMethod(12).bytes();

        assertThat(SafeZipReader.read(zip)).hasSize(1);
    }
}
