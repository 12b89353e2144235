package app.stepwise.practice.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadNamesTest {
    @Test
    void the_header_cannot_be_broken_out_of_and_names_no_folder() {
        String header = DownloadNames.attachment("..\\..\\evil\";\r\nSet-Cookie: x=1.pdf");
        assertThat(header).doesNotContain("\r").doesNotContain("\n").doesNotContain("..").doesNotContain("\\");
        assertThat(header).startsWith("attachment; filename=\"").contains("filename*=UTF-8''");
        assertThat(header.substring(0, header.indexOf("; filename*"))).matches("attachment; filename=\"[A-Za-z0-9._ ()-]+\"");
    }

    @Test
    void a_non_ascii_name_keeps_its_full_form_encoded_beside_an_ascii_fallback() {
        assertThat(DownloadNames.attachment("Übergabe notiz.pdf"))
                .isEqualTo("attachment; filename=\"_bergabe notiz.pdf\"; filename*=UTF-8''%C3%9Cbergabe%20notiz.pdf");
        assertThat(DownloadNames.attachment(".hidden")).contains("filename=\"hidden\"");
        assertThat(DownloadNames.attachment("")).contains("filename=\"evidence\"");
    }
}
