package app.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentAssetsTest {
    @Test
    void a_relative_image_resolves_against_the_documents_folder() {
        assertThat(ContentAssets.resolve("sales/quote.md", "images/flow.png")).contains("sales/images/flow.png");
        assertThat(ContentAssets.resolve("sales/quote.md", "./flow.JPG")).contains("sales/flow.JPG");
        assertThat(ContentAssets.resolve("sales/deep/quote.md", "../shared/logo.webp")).contains("sales/shared/logo.webp");
        assertThat(ContentAssets.resolve("quote.md", "flow.gif")).contains("flow.gif");
        assertThat(ContentAssets.url("sales/quote.md", "images/flow.png")).contains("/content-assets/sales/images/flow.png");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/x.png", "//evil.example/x.png", "/etc/x.png", "../../x.png",
            "data:image/png;base64,AAAA", "javascript:alert(1)//x.png", "x.svg", "x.png?y=1", "x.png#z", "\\\\server\\x.png", ""})
    void absolute_foreign_escaping_or_scriptable_references_resolve_to_nothing(String reference) {
        assertThat(ContentAssets.resolve("sales/quote.md", reference)).isEmpty();
    }

    @Test
    void only_raster_images_are_assets() {
        assertThat(ContentAssets.mediaTypeOf("a/b.PNG")).contains("image/png");
        assertThat(ContentAssets.mediaTypeOf("a/b.svg")).isEmpty();
        assertThat(ContentAssets.mediaTypeOf("a/b.html")).isEmpty();
    }
}
