package app.stepwise.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.people.ApiTokenService;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.search.internal.KnowledgeIndex;
import app.stepwise.shared.Authority;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.testing.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/search} through the whole filter chain: a session or a personal token, else 401 JSON. */
@IntegrationTest
class SearchApiIntegrationTest {
    @Autowired ContentImporter importer;
    @Autowired KnowledgeIndex index;
    @Autowired ApiTokenService tokens;
    @Autowired PersonRepository people;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired WebApplicationContext web;
    @Autowired JdbcTemplate jdbc;

    MockMvc mvc;
    PersonEntity learner;

    @BeforeEach
    void setUp() {
        SearchTesting.importSampleContent(importer, index);
        learner = new PeopleFixture(people, passwordEncoder).person("Ada Api", Authority.LEARNER);
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JsonMapper.builder().build().readTree(response.getContentAsString());
    }

    @Test
    void a_signed_in_session_gets_hits_as_json() throws Exception {
        PeopleFixture.signInAs(learner);
        var session = authentication(SecurityContextHolder.getContext().getAuthentication());
        PeopleFixture.signOut();

        var response = call(get("/api/search").param("q", "who approves a purchase over budget").param("limit", "3")
                .param("facets", "true").with(session));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        var body = json(response);
        assertThat(body.get("query").asString()).isEqualTo("who approves a purchase over budget");
        assertThat(body.get("total").asLong()).isPositive();
        assertThat(body.get("limit").asInt()).isEqualTo(3);
        assertThat(body.get("hits")).hasSize(3);
        var first = body.get("hits").get(0);
        assertThat(first.get("moduleId").asString()).isEqualTo("purchasing");
        assertThat(first.get("moduleTitle").asString()).isEqualTo("Purchasing, from requirement to payment");
        assertThat(first.get("kind").asString()).isEqualTo("step");
        assertThat(first.get("section").asString()).isEqualTo("Step 4: Get budget approval");
        assertThat(first.get("anchor").asString()).startsWith("step-");
        assertThat(first.get("url").asString()).isEqualTo("module/purchasing#" + first.get("anchor").asString());
        assertThat(first.get("snippet").asString()).contains("<mark>");
        assertThat(first.get("score").asDouble()).isPositive();
        assertThat(first.get("sourcePath").asString()).isEqualTo("operations/purchasing.md");
        assertThat(first.get("roles").get(0).get("title").asString()).isEqualTo("Operations Coordinator");
        assertThat(body.get("facets").get("roles")).isNotEmpty();
        assertThat(json(call(get("/api/search").param("q", "refund").with(session))).get("facets").get("roles"))
                .as("facets only when asked for").isEmpty();

        var filtered = json(call(get("/api/search").param("q", "approval").param("role", "support-rep").with(session)));
        assertThat(filtered.get("hits")).allSatisfy(hit -> assertThat(hit.get("roles").toString()).contains("support-rep"));
    }

    @Test
    void a_personal_token_works_until_it_is_revoked() throws Exception {
        PeopleFixture.signInAs(learner);
        var created = tokens.create("Intranet search");
        PeopleFixture.signOut();
        assertThat(created.secret()).startsWith("swt_").hasSizeGreaterThan(40);
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash like ?", Long.class,
                "%" + created.secret() + "%")).as("only a hash is stored").isZero();

        var ok = call(get("/api/search").param("q", "exit interview").header("Authorization", "Bearer " + created.secret()));
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(json(ok).get("hits").get(0).get("moduleId").asString()).isEqualTo("employee-offboarding");
        assertThat(ok.getCookie("JSESSIONID")).as("a token opens no session").isNull();

        PeopleFixture.signInAs(learner);
        assertThat(tokens.mine()).singleElement().satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());
        tokens.revoke(created.token().id());
        PeopleFixture.signOut();

        var revoked = call(get("/api/search").param("q", "exit interview").header("Authorization", "Bearer " + created.secret()));
        assertThat(revoked.getStatus()).isEqualTo(401);
        assertThat(json(revoked).get("error").asString()).isEqualTo("invalid_token");
    }

    @Test
    void without_a_session_or_token_the_api_answers_401_json_not_the_sign_in_page() throws Exception {
        var response = call(get("/api/search").param("q", "refund"));
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(json(response).get("error").asString()).isEqualTo("unauthorized");
        assertThat(call(get("/api/search").param("q", "refund").header("Authorization", "Bearer swt_madeup")).getStatus())
                .isEqualTo(401);
    }

    @Test
    void a_token_opens_the_api_only_not_the_app() throws Exception {
        PeopleFixture.signInAs(learner);
        var created = tokens.create("Chat bot");
        PeopleFixture.signOut();
        var page = call(get("/learning").header("Authorization", "Bearer " + created.secret()));
        assertThat(page.getStatus()).isNotEqualTo(200);
    }

    @Test
    void people_revoke_only_their_own_tokens() {
        PeopleFixture.signInAs(learner);
        long id = tokens.create("Mine").token().id();
        PeopleFixture.signInAs(new PeopleFixture(people, passwordEncoder).person("Eve Other", Authority.LEARNER));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.revoke(id)).isInstanceOf(InvalidInputException.class);
        assertThat(tokens.mine()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.create(" ")).isInstanceOf(InvalidInputException.class);
    }
}
