package app.stepwise.content.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportViewTest {
    @Test
    void a_refused_upload_names_the_file_and_what_would_be_taken() {
        assertThat(ImportView.rejected("handbook.pdf", "Not a .md, .html or .zip file"))
                .isEqualTo("\u201chandbook.pdf\u201d was not imported: upload a process document (.md or .markdown), "
                        + "a wiki page (.html or .htm) or a .zip of them.");
        assertThat(ImportView.rejected("everything.zip", "Larger than 20 MB"))
                .startsWith("\u201ceverything.zip\u201d is larger than 20 MB");
        assertThat(ImportView.rejected(null, null)).startsWith("The file was not imported");
    }
}
