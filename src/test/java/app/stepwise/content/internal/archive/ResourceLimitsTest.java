package app.stepwise.content.internal.archive;

import static app.stepwise.content.internal.archive.ZipFixtures.noise;
import static app.stepwise.content.internal.archive.ZipFixtures.rejection;
import static app.stepwise.content.internal.archive.ZipFixtures.text;
import static app.stepwise.content.internal.archive.ZipFixtures.zipOfBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import app.stepwise.content.internal.archive.ArchiveRejectedException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Zip bombs and oversized archives. Where a test must show that unpacking stopped early, the archive also carries a
 * wrong checksum: that is only noticed after the last byte, so any other rejection proves unpacking never got there.
 */
class ResourceLimitsTest {

    private static final int MIB = 1024 * 1024;
    private static final long WRONG_CRC = 0x1234_5678L;

    /** Defaults except for the given per-file and total limits, so size tests stay small and fast. */
    private static ArchiveLimits sizes(long maxEntryBytes, long maxTotalBytes) {
        ArchiveLimits d = ArchiveLimits.DEFAULTS;
        return new ArchiveLimits(d.maxArchiveBytes(), d.maxEntries(), maxEntryBytes, maxTotalBytes,
                d.maxCompressionRatio(), d.maxPathLength(), d.maxDepth());
    }

    @Test
    void a_thousand_to_one_bomb_is_refused_before_it_is_unpacked() {
        byte[] bomb = zipOfBytes("bomb.md", new byte[10 * MIB]);
        assertThat(10L * MIB / bomb.length).as("compression ratio").isGreaterThan(500);

        ArchiveRejectedException rejected = rejection(bomb);

        assertThat(rejected.reason()).isEqualTo(Reason.SUSPICIOUS_COMPRESSION);
        assertThat(rejected.getMessage()).contains("zip bomb", "more than 100 times", "'bomb.md'");
    }

    @Test
    void a_bomb_that_understates_its_size_is_stopped_while_unpacking() {
        byte[] bomb = CraftedZip.zip().stored("a.md", text("# A")).deflated("bomb.md", new byte[10 * MIB])
                .withDeclaredSize(100).withCrc(WRONG_CRC).bytes();

        assertThat(rejection(bomb).reason()).isEqualTo(Reason.SUSPICIOUS_COMPRESSION);
    }

    @Test
    void without_a_ratio_limit_the_counted_size_still_stops_a_bomb() {
        ArchiveLimits d = ArchiveLimits.DEFAULTS;
        ArchiveLimits anyRatio = new ArchiveLimits(d.maxArchiveBytes(), d.maxEntries(), d.maxEntryBytes(),
                d.maxTotalBytes(), Integer.MAX_VALUE, d.maxPathLength(), d.maxDepth());
        byte[] bomb = CraftedZip.zip().deflated("bomb.md", new byte[10 * MIB]).withDeclaredSize(100)
                .withCrc(WRONG_CRC).bytes();

        ArchiveRejectedException rejected = rejection(bomb, anyRatio);

        assertThat(rejected.reason()).isEqualTo(Reason.ENTRY_TOO_LARGE);
        assertThat(rejected.getMessage()).contains("larger than 2 MB when unpacked");
    }

    @Test
    void small_files_may_compress_far_better_than_the_ratio_limit() {
        byte[] blankTable = "|   ".repeat(15_000).getBytes();
        byte[] zip = zipOfBytes("table.md", blankTable);
        assertThat(blankTable.length / zip.length).as("compression ratio").isGreaterThan(100);

        assertThat(SafeZipReader.read(zip)).singleElement().satisfies(file ->
                assertThat(file.bytes()).isEqualTo(blankTable));
    }

    @Test
    void more_than_the_entry_limit_is_refused_from_the_table_of_contents() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (int i = 0; i <= 10_000; i++) {
                zip.putNextEntry(new ZipEntry("module-" + i + ".md"));
                zip.closeEntry();
            }
        }

        ArchiveRejectedException rejected = rejection(out.toByteArray());

        assertThat(rejected.reason()).isEqualTo(Reason.TOO_MANY_ENTRIES);
        assertThat(rejected.getMessage()).contains("more than 2,000 files and folders");
    }

    @Test
    void a_table_of_contents_that_understates_its_entries_is_stopped_at_the_limit() {
        CraftedZip crafted = CraftedZip.zip();
        for (int i = 0; i < 10; i++) {
            crafted.stored("m" + i + ".md", text("# M"));
        }
        byte[] zip = crafted.declaringEntries(3).bytes();
        ArchiveLimits d = ArchiveLimits.DEFAULTS;
        ArchiveLimits fiveEntries = new ArchiveLimits(d.maxArchiveBytes(), 5, d.maxEntryBytes(), d.maxTotalBytes(),
                d.maxCompressionRatio(), d.maxPathLength(), d.maxDepth());

        assertThat(rejection(zip, fiveEntries).reason()).isEqualTo(Reason.TOO_MANY_ENTRIES);
        assertThat(rejection(zip).reason()).isEqualTo(Reason.DAMAGED);
    }

    @Test
    void an_upload_over_the_archive_limit_is_refused_before_it_is_read() {
        ArchiveLimits d = ArchiveLimits.DEFAULTS;
        ArchiveLimits oneKib = new ArchiveLimits(1024, d.maxEntries(), d.maxEntryBytes(), d.maxTotalBytes(),
                d.maxCompressionRatio(), d.maxPathLength(), d.maxDepth());

        ArchiveRejectedException rejected = rejection(noise(1025), oneKib);

        assertThat(rejected.reason()).isEqualTo(Reason.ARCHIVE_TOO_LARGE);
        assertThat(rejected.getMessage()).contains("larger than 1 KB");
    }

    @Test
    void a_file_over_the_size_limit_is_refused_before_it_is_unpacked() {
        byte[] zip = CraftedZip.zip().deflated("big.md", noise(1_001)).withCrc(WRONG_CRC).bytes();

        ArchiveRejectedException rejected = rejection(zip, sizes(1_000, 10_000));

        assertThat(rejected.reason()).isEqualTo(Reason.ENTRY_TOO_LARGE);
        assertThat(rejected.getMessage()).contains("'big.md'", "larger than 1,000 bytes when unpacked");
        assertThat(rejected.entryName()).contains("big.md");
    }

    @Test
    void a_file_that_understates_its_size_is_measured_while_unpacking() {
        byte[] zip = CraftedZip.zip().deflated("big.md", noise(50_000)).withDeclaredSize(10).bytes();

        assertThat(rejection(zip, sizes(1_000, 10_000)).reason()).isEqualTo(Reason.ENTRY_TOO_LARGE);
    }

    @Test
    void files_adding_up_to_more_than_the_total_limit_are_refused_before_unpacking() {
        byte[] zip = CraftedZip.zip().deflated("a.md", noise(1_000)).deflated("b.md", noise(1_000))
                .deflated("c.md", noise(1_000)).withCrc(WRONG_CRC).bytes();

        ArchiveRejectedException rejected = rejection(zip, sizes(1_000, 2_500));

        assertThat(rejected.reason()).isEqualTo(Reason.TOTAL_TOO_LARGE);
        assertThat(rejected.getMessage()).contains("add up to more than 2.4 KB when unpacked");
    }

    @Test
    void the_running_total_counts_actual_bytes_not_declared_ones() {
        byte[] zip = CraftedZip.zip().deflated("a.md", noise(1_000)).deflated("b.md", noise(1_000))
                .deflated("c.md", noise(1_000)).withDeclaredSize(10).bytes();

        assertThat(rejection(zip, sizes(1_000, 2_500)).reason()).isEqualTo(Reason.TOTAL_TOO_LARGE);
    }

    @Test
    void a_declared_size_that_does_not_match_the_data_is_refused_as_damaged() {
        byte[] zip = CraftedZip.zip().deflated("a.md", text("# A much longer text")).withDeclaredSize(3).bytes();

        ArchiveRejectedException rejected = rejection(zip);

        assertThat(rejected.reason()).isEqualTo(Reason.DAMAGED);
        assertThat(rejected.getMessage()).contains("damaged", "'a.md'");
    }

    @Test
    void files_that_are_left_out_do_not_count_against_the_size_limits() {
        byte[] zip = CraftedZip.zip().stored("a.md", text("# A")).stored("scan.pdf", noise(5_000)).bytes();

        ArchiveContents contents = SafeZipReader.readContents(zip, sizes(1_000, 2_000));

        assertThat(contents.files()).hasSize(1);
        assertThat(contents.skipped()).containsExactly("scan.pdf");
    }

    @Test
    void the_default_limits_are_the_documented_ones() {
        assertThat(ArchiveLimits.DEFAULTS).isEqualTo(new ArchiveLimits(20L * MIB, 2_000, 2L * MIB, 50L * MIB, 100,
                255, 12));
        assertThat(ArchiveLimits.RATIO_CHECK_MIN_BYTES).isEqualTo(64 * 1024);
    }

    @Test
    void limits_must_be_positive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ArchiveLimits(0, 1, 1, 1, 1, 1, 1)).withMessageContaining("maxArchiveBytes");
    }
}
