package app.stepwise.content.internal.archive;

import static app.stepwise.content.internal.archive.ZipFixtures.rejection;
import static app.stepwise.content.internal.archive.ZipFixtures.text;
import static app.stepwise.content.internal.archive.ZipFixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.internal.archive.ArchiveRejectedException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names that would escape a target folder, hide what they are, or collide on extraction. Each archive also holds an
 * honest document, so the rejection is of the whole archive, not just of the bad entry.
 */
class HostilePathsTest {

    private static byte[] honestPlus(String hostileName) {
        return CraftedZip.zip().stored("good.md", text("# Good")).stored(hostileName, text("# Evil")).bytes();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.md", "a/../../evil.md", "..\\x.md", "sales/..", "a/b/../c.md",
            "sales/.../evil.md", "sales/.. /evil.md"})
    void a_path_that_climbs_out_of_the_archive_is_refused(String name) {
        ArchiveRejectedException rejected = rejection(honestPlus(name));

        assertThat(rejected.reason()).isEqualTo(Reason.UNSAFE_PATH);
        assertThat(rejected.getMessage()).contains("points outside the archive's own folder", name);
        assertThat(rejected.entryName()).contains(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "/abs.md", "C:\\x.md", "C:/x.md", "c:x.md", "\\\\server\\share\\x.md"})
    void an_absolute_path_is_refused(String name) {
        ArchiveRejectedException rejected = rejection(honestPlus(name));

        assertThat(rejected.reason()).isEqualTo(Reason.UNSAFE_PATH);
        assertThat(rejected.getMessage()).contains("absolute path", name);
    }

    @Test
    void an_unsafe_path_refuses_the_archive_even_for_a_file_type_that_would_be_left_out() {
        assertThat(rejection(honestPlus("../../.ssh/authorized_keys")).reason()).isEqualTo(Reason.UNSAFE_PATH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000.md", "a\nb.md", "bell\u0007.md", "evil\u202Egpj.md", "del\u007F.md"})
    void a_name_with_control_characters_is_refused_and_shown_without_them(String name) {
        ArchiveRejectedException rejected = rejection(honestPlus(name));

        assertThat(rejected.reason()).isEqualTo(Reason.UNSAFE_PATH);
        assertThat(rejected.getMessage()).contains("invisible control characters");
        assertThat(rejected.entryName()).hasValueSatisfying(shown -> assertThat(shown).contains("?")
                .doesNotContainPattern("[\\p{Cntrl}\\u202A-\\u202E]"));
    }

    @Test
    void a_name_longer_than_the_limit_is_refused() {
        String longName = "a".repeat(253) + ".md";

        assertThat(SafeZipReader.read(zip("a".repeat(252) + ".md", "# ok"))).hasSize(1);
        ArchiveRejectedException rejected = rejection(honestPlus(longName));
        assertThat(rejected.reason()).isEqualTo(Reason.UNSAFE_PATH);
        assertThat(rejected.getMessage()).contains("longer than 255 characters");
        assertThat(rejected.entryName()).hasValueSatisfying(shown -> assertThat(shown).hasSizeLessThan(130));
    }

    @Test
    void a_file_nested_deeper_than_the_limit_is_refused() {
        String twelveDeep = "f/".repeat(12) + "ok.md";

        assertThat(SafeZipReader.read(zip(twelveDeep, "# ok"))).hasSize(1);
        ArchiveRejectedException rejected = rejection(honestPlus("f/" + twelveDeep));
        assertThat(rejected.reason()).isEqualTo(Reason.UNSAFE_PATH);
        assertThat(rejected.getMessage()).contains("nested more than 12 folders deep");
    }

    @Test
    void a_symbolic_link_is_refused_whatever_it_is_called() {
        byte[] zip = CraftedZip.zip().stored("good.md", text("# Good")).symlink("roles/admin.md", "/etc/passwd")
                .bytes();

        ArchiveRejectedException rejected = rejection(zip);

        assertThat(rejected.reason()).isEqualTo(Reason.LINK_OR_SPECIAL_FILE);
        assertThat(rejected.getMessage()).contains("symbolic link", "roles/admin.md");
    }

    @Test
    void a_symbolic_link_to_a_folder_is_refused_too() {
        byte[] zip = CraftedZip.zip().stored("good.md", text("# Good")).symlink("escape", "../../..").bytes();

        assertThat(rejection(zip).reason()).isEqualTo(Reason.LINK_OR_SPECIAL_FILE);
    }

    @Test
    void a_device_or_pipe_entry_is_refused_as_not_an_ordinary_file() {
        byte[] zip = CraftedZip.zip().stored("good.md", text("# Good")).stored("pipe.md", text(""))
                .withUnixMode(0010644).bytes();

        ArchiveRejectedException rejected = rejection(zip);

        assertThat(rejected.reason()).isEqualTo(Reason.LINK_OR_SPECIAL_FILE);
        assertThat(rejected.getMessage()).contains("not an ordinary file or folder");
    }

    @Test
    void ordinary_unix_file_and_folder_modes_are_accepted() {
        byte[] zip = CraftedZip.zip().stored("sales/", new byte[0]).withUnixMode(0040755)
                .stored("sales/a.md", text("# A")).withUnixMode(0100644).stored("b.md", text("# B")).bytes();

        assertThat(SafeZipReader.read(zip)).hasSize(2);
    }

    @Test
    void the_same_name_twice_is_refused() {
        byte[] zip = CraftedZip.zip().stored("a.md", text("# One")).stored("a.md", text("# Two")).bytes();

        ArchiveRejectedException rejected = rejection(zip);

        assertThat(rejected.reason()).isEqualTo(Reason.DUPLICATE_NAME);
        assertThat(rejected.getMessage()).contains("'a.md' more than once");
    }

    @Test
    void names_differing_only_in_case_are_refused_as_the_same_name() {
        byte[] zip = CraftedZip.zip().stored("roles/Admin.md", text("# One")).stored("ROLES/admin.MD", text("# 2"))
                .bytes();

        ArchiveRejectedException rejected = rejection(zip);

        assertThat(rejected.reason()).isEqualTo(Reason.DUPLICATE_NAME);
        assertThat(rejected.getMessage()).contains("upper and lower case");
    }

    @Test
    void names_that_become_the_same_path_are_refused_as_duplicates() {
        byte[] zip = CraftedZip.zip().stored("sales/a.md", text("# One")).stored("sales\\a.md", text("# Two"))
                .bytes();

        assertThat(rejection(zip).reason()).isEqualTo(Reason.DUPLICATE_NAME);
    }
}
