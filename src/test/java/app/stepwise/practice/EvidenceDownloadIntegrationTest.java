package app.stepwise.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** {@code /evidence/<id>} through the whole filter chain: who gets the file, and how it is sent. */
@IntegrationTest
class EvidenceDownloadIntegrationTest extends PracticeScenario {
    @Autowired WebApplicationContext web;

    @Test
    void an_evidence_file_is_served_as_a_sandboxed_private_download_to_its_learner_and_trainers_only() throws Exception {
        PeopleFixture.signInAs(ann);
        long id = practice.submit(PracticeContent.FILE_MODULE, 1,
                EvidenceInput.file("Lieferschein \"März\".pdf", EvidenceSamples.pdf())).id();
        var mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();

        var response = mvc.perform(get("/evidence/" + id).with(as(ann))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEqualTo(EvidenceSamples.pdf());
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"Lieferschein M_rz.pdf\"; filename*=UTF-8''Lieferschein%20M%C3%A4rz.pdf");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Content-Security-Policy")).contains("sandbox");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("private, no-store");

        assertThat(mvc.perform(get("/evidence/" + id).with(as(trainer))).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/evidence/" + id).with(as(ben))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/evidence/999999999").with(as(ann))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/evidence/" + id)).andReturn().getResponse().getStatus()).isNotEqualTo(200);
    }


    private static RequestPostProcessor as(PersonEntity person) {
        PeopleFixture.signInAs(person);
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        PeopleFixture.signOut();
        return authentication(signedIn);
    }

}
