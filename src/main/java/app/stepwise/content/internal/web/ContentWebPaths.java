package app.stepwise.content.internal.web;

import app.stepwise.content.ContentAssets;
import app.stepwise.shared.web.SignedInPaths;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ContentWebPaths {
    /** The images of process docs, for every signed-in person. */
    @Bean
    SignedInPaths contentAssetPaths() {
        return new SignedInPaths(List.of(ContentAssets.URL_PREFIX + "**"));
    }
}
