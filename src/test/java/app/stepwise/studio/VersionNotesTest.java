package app.stepwise.studio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionNotesTest {
    private static final String TEMPLATE = ModuleTemplate.source("notes", "Notes", "Tia Trainer");

    @Test
    void the_note_replaces_the_front_matters_version_note() {
        var doc = StudioDocs.clean("notes", VersionNotes.withNote(TEMPLATE, "Discounts: now \"15%\" max\nand a new step"));

        assertThat(doc.metadata().versionNote()).contains("Discounts: now \"15%\" max and a new step");
        assertThat(VersionNotes.withNote(TEMPLATE, "x").lines().filter(l -> l.startsWith("version-note:")).count()).isEqualTo(1);
    }

    @Test
    void a_note_is_added_to_front_matter_without_one_and_front_matter_is_made_when_missing() {
        String withoutNote = TEMPLATE.replace("version-note: First published version.\n", "");
        assertThat(StudioDocs.clean("notes", VersionNotes.withNote(withoutNote, "Added")).metadata().versionNote()).contains("Added");

        String plain = "# Plain page\n\nJust reading.\n";
        var doc = StudioDocs.validate("plain", VersionNotes.withNote(plain, "Reworded")).module().orElseThrow();
        assertThat(doc.metadata().versionNote()).contains("Reworded");
        assertThat(doc.id()).isEqualTo("plain");
    }

    @Test
    void list_titles_come_from_front_matter_then_the_first_heading_then_the_key() {
        assertThat(DraftTitles.of(TEMPLATE, "notes")).isEqualTo("Notes");
        assertThat(DraftTitles.of("# A heading\n\ntext", "key")).isEqualTo("A heading");
        assertThat(DraftTitles.of("no heading at all", "key")).isEqualTo("key");
    }
}
