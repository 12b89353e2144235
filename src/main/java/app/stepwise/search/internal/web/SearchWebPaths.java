package app.stepwise.search.internal.web;

import app.stepwise.shared.web.SignedInPaths;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SearchWebPaths {
    /** The search API, for signed-in sessions and personal API tokens. */
    @Bean
    SignedInPaths searchApiPaths() {
        return new SignedInPaths(List.of(SearchApiController.PATH));
    }
}
