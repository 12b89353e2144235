package app.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void the_hash_is_sha256_hex_of_the_text() {
        assertThat(ContentHash.of("abc").value())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void line_endings_and_a_byte_order_mark_do_not_change_the_hash() {
        ContentHash unix = ContentHash.of("# A\nText\n");

        assertThat(ContentHash.of("# A\r\nText\r\n")).isEqualTo(unix);
        assertThat(ContentHash.of("# A\rText\r")).isEqualTo(unix);
        assertThat(ContentHash.of("\uFEFF# A\nText\n")).isEqualTo(unix);
        assertThat(ContentHash.of("# A\r\nText\r\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(unix);
    }

    @Test
    void any_other_change_changes_the_hash() {
        assertThat(ContentHash.of("# A\nText\n")).isNotEqualTo(ContentHash.of("# A\nText \n"));
    }

    @Test
    void a_parsed_doc_carries_the_hash_of_its_source() {
        String source = "---\nid: a\n---\n# A\r\n";

        ProcessDoc doc = Docs.module(source);

        assertThat(doc.contentHash()).isEqualTo(ContentHash.of(source));
        assertThat(doc.source()).doesNotContain("\r");
    }

    @Test
    void only_sha256_hex_digests_are_accepted() {
        assertThatThrownBy(() -> new ContentHash("abc")).isInstanceOf(IllegalArgumentException.class);
    }
}
