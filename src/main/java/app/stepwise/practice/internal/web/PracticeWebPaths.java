package app.stepwise.practice.internal.web;

import app.stepwise.practice.EvidenceDownload;
import app.stepwise.shared.web.SignedInPaths;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PracticeWebPaths {
    /** Evidence downloads need a signed-in person; who may have which file the service decides. */
    @Bean
    SignedInPaths evidencePaths() {
        return new SignedInPaths(List.of(EvidenceDownload.URL_PREFIX + "**"));
    }
}
