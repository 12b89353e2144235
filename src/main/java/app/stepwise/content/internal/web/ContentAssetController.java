package app.stepwise.content.internal.web;

import app.stepwise.content.ContentAssetService;
import app.stepwise.content.ContentAssets;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves stored images to signed-in people. Only the raster types we store; nothing else is ever read
 * from disk or fetched; the response may not run anything even if a browser sniffed it as a page.
 */
@RestController
class ContentAssetController {
    private final ContentAssetService assets;

    ContentAssetController(ContentAssetService assets) {
        this.assets = assets;
    }

    @GetMapping(ContentAssets.URL_PREFIX + "**")
    ResponseEntity<byte[]> asset(HttpServletRequest request) {
        String prefix = request.getContextPath() + ContentAssets.URL_PREFIX;
        String path = URLDecoder.decode(request.getRequestURI().substring(prefix.length()), StandardCharsets.UTF_8);
        return assets.find(path)
                .map(asset -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(asset.mediaType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                        .eTag(asset.contentHash())
                        .header("Content-Security-Policy", "default-src 'none'; sandbox")
                        .body(asset.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
