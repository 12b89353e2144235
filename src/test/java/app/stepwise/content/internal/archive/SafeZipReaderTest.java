package app.stepwise.content.internal.archive;

import static app.stepwise.content.internal.archive.ZipFixtures.noise;
import static app.stepwise.content.internal.archive.ZipFixtures.paths;
import static app.stepwise.content.internal.archive.ZipFixtures.rejection;
import static app.stepwise.content.internal.archive.ZipFixtures.text;
import static app.stepwise.content.internal.archive.ZipFixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.SourceFile;
import app.stepwise.content.internal.archive.ArchiveRejectedException.Reason;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Honest archives as trainers make them: what is kept, under which path, and what is left out. */
class SafeZipReaderTest {

    @Test
    void a_zip_with_folders_yields_each_document_under_its_path() {
        byte[] zip = zip("README.md", "# Handbook", "sales/", "", "sales/quote.md", "# Send a quote",
                "roles/sales-rep.md", "# Sales rep");

        List<SourceFile> files = SafeZipReader.read(zip);

        assertThat(paths(files)).containsExactly("README.md", "sales/quote.md", "roles/sales-rep.md");
        assertThat(files.get(1).bytes()).isEqualTo(text("# Send a quote"));
        assertThat(files.get(2).isRoleFile()).isTrue();
    }

    @Test
    void the_folder_every_file_shares_is_removed() {
        byte[] zip = zip("content/", "", "content/roles/", "", "content/roles/x.md", "# X",
                "content/sales/quote.md", "# Q");

        assertThat(paths(SafeZipReader.read(zip))).containsExactly("roles/x.md", "sales/quote.md");
    }

    @Test
    void a_repository_download_loses_its_top_folder_even_next_to_clutter() {
        byte[] zip = zip("handbook-main/a.md", "# A", "handbook-main/b/c.md", "# C", "__MACOSX/handbook-main/._a.md",
                "x", ".DS_Store", "x");

        assertThat(paths(SafeZipReader.read(zip))).containsExactly("a.md", "b/c.md");
    }

    @Test
    void only_one_shared_folder_is_removed() {
        byte[] zip = zip("repo-main/content/a.md", "# A", "repo-main/content/b.md", "# B");

        assertThat(paths(SafeZipReader.read(zip))).containsExactly("content/a.md", "content/b.md");
    }

    @Test
    void a_zip_of_just_the_roles_folder_keeps_its_files_as_roles() {
        List<SourceFile> files = SafeZipReader.read(zip("roles/a.md", "# A", "roles/b.md", "# B"));

        assertThat(paths(files)).containsExactly("roles/a.md", "roles/b.md");
        assertThat(files).allMatch(SourceFile::isRoleFile);
    }

    @Test
    void files_in_different_top_folders_keep_their_paths() {
        assertThat(paths(SafeZipReader.read(zip("sales/a.md", "# A", "support/b.md", "# B"))))
                .containsExactly("sales/a.md", "support/b.md");
    }

    @Test
    void mac_windows_and_hidden_clutter_is_left_out_without_a_mention() {
        byte[] zip = zip("a.md", "# A", "__MACOSX/", "", "__MACOSX/._a.md", "x", ".DS_Store", "x",
                "sales/.DS_Store", "x", ".git/config", "x", ".drafts/b.md", "# B", ".hidden.md", "# H",
                "Thumbs.db", "x", "sales/desktop.ini", "x");

        ArchiveContents contents = SafeZipReader.readContents(zip);

        assertThat(paths(contents.files())).containsExactly("a.md");
        assertThat(contents.skipped()).isEmpty();
    }

    @Test
    void other_file_types_and_nested_archives_are_left_out_but_named() {
        byte[] inner = zip("../evil.md", "# never expanded");
        byte[] zip = CraftedZip.zip().stored("a.md", text("# A")).stored("docs/policy.pdf", text("%PDF"))
                .stored("inner.zip", inner).stored("run.sh", text("rm -rf /")).stored("notes", text("x")).bytes();

        ArchiveContents contents = SafeZipReader.readContents(zip);

        assertThat(paths(contents.files())).containsExactly("a.md");
        assertThat(contents.skipped()).containsExactly("docs/policy.pdf", "inner.zip", "run.sh", "notes");
    }

    @Test
    void documents_and_images_are_recognised_whatever_the_case_of_their_extension() {
        byte[] zip = zip("a.MD", "#", "b.Markdown", "#", "c.HTM", "<p>", "d.html", "<p>", "e.JPEG", "x", "f.WebP",
                "x", "g.gif", "x", "h.PNG", "x", "i.jpg", "x");

        assertThat(SafeZipReader.readContents(zip).files()).hasSize(9);
    }

    @Test
    void image_bytes_come_back_unchanged_whether_stored_or_compressed() {
        byte[] photo = noise(5_000);
        byte[] zip = CraftedZip.zip().stored("a.md", text("# A")).stored("img/stored.png", photo)
                .deflated("img/packed.jpg", photo).bytes();

        List<SourceFile> files = SafeZipReader.read(zip);

        assertThat(files.get(1).bytes()).isEqualTo(photo);
        assertThat(files.get(2).bytes()).isEqualTo(photo);
    }

    @Test
    void an_empty_zip_contains_no_process_documents() {
        ArchiveRejectedException rejected = rejection(zip());

        assertThat(rejected.reason()).isEqualTo(Reason.NO_DOCUMENTS);
        assertThat(rejected.getMessage()).contains("no process documents");
    }

    @Test
    void images_and_folders_alone_are_not_process_documents() {
        assertThat(rejection(zip("img/", "", "img/logo.png", "x", "notes.txt", "x")).reason())
                .isEqualTo(Reason.NO_DOCUMENTS);
    }

    @Test
    void names_in_the_old_dos_encoding_are_decoded() {
        byte[] cp437Name = "Übersicht.md".getBytes(Charset.forName("IBM437"));
        byte[] zip = CraftedZip.zip().stored("x", text("# Ü")).withNameBytes(cp437Name).bytes();

        assertThat(paths(SafeZipReader.read(zip))).containsExactly("Übersicht.md");
    }

    @Test
    void utf8_names_without_the_utf8_flag_are_decoded_as_utf8() {
        byte[] zip = CraftedZip.zip().stored("Café/Überblick.md", text("# A")).stored("Ärger.md", text("# B")).bytes();

        assertThat(paths(SafeZipReader.read(zip))).containsExactly("Café/Überblick.md", "Ärger.md");
    }

    @Test
    void a_name_flagged_as_utf8_that_is_not_utf8_is_refused_as_unreadable() {
        byte[] zip = CraftedZip.zip().stored("x", text("# A"))
                .withNameBytes("Übersicht.md".getBytes(StandardCharsets.ISO_8859_1)).withFlags(0x800).bytes();

        ArchiveRejectedException rejected = rejection(zip);

        assertThat(rejected.reason()).isEqualTo(Reason.DAMAGED);
        assertThat(rejected.getMessage()).contains("file name that cannot be read");
    }

    @Test
    void accents_written_decomposed_by_macos_come_back_composed() {
        byte[] zip = zip("Cafe\u0301.md", "# A");

        assertThat(paths(SafeZipReader.read(zip))).containsExactly("Caf\u00e9.md");
    }

    @Test
    void windows_separators_and_redundant_dots_and_slashes_are_normalised() {
        byte[] zip = CraftedZip.zip().stored("sales\\quote.md", text("#")).stored("./a.md", text("#"))
                .stored("support//b.md", text("#")).stored("support/./c.md", text("#")).bytes();

        assertThat(paths(SafeZipReader.read(zip)))
                .containsExactly("sales/quote.md", "a.md", "support/b.md", "support/c.md");
    }

    @Test
    void the_short_forms_give_the_same_files_as_the_full_form() {
        byte[] zip = zip("a.md", "# A", "b.pdf", "x");

        assertThat(SafeZipReader.read(zip)).isEqualTo(SafeZipReader.readContents(zip, ArchiveLimits.DEFAULTS).files())
                .isEqualTo(SafeZipReader.read(zip, ArchiveLimits.DEFAULTS));
    }
}
