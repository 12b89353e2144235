package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.e2e.pages.HeaderSearch;
import app.stepwise.e2e.pages.LoginPage;
import app.stepwise.e2e.pages.SearchPage;
import app.stepwise.people.PeopleFixture;
import app.stepwise.search.SearchTesting;
import app.stepwise.search.internal.KnowledgeIndex;
import app.stepwise.shared.Authority;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** A learner asks the knowledge base a question and lands on the step that answers it. */
class KnowledgeBaseSearchIT extends BrowserTest {
    @Autowired ContentImporter importer;
    @Autowired KnowledgeIndex index;

    @BeforeEach
    void importContent() {
        SearchTesting.importSampleContent(importer, index);
    }

    @Test
    void a_learner_presses_slash_asks_a_question_filters_by_role_and_lands_on_the_highlighted_step() throws Exception {
        var learner = existingPerson("Noor Newhire", Authority.LEARNER);
        LoginPage.open(driver, baseUrl()).signInAs(learner.getEmail(), PeopleFixture.PASSWORD);

        var search = new HeaderSearch(driver).pressSlash();
        assertThat(search.isFocused()).isTrue();
        search.typeWhereFocused("who approves a purchase over budg");
        var instant = search.instantResults();
        assertThat(instant.getFirst()).contains("Purchasing").contains("Step 4: Get budget approval");
        screenshot("desktop-search-instant");
        assertThat(search.arrowDownToFirstResult()).startsWith("module/purchasing#step-");

        var header = new HeaderSearch(driver);
        header.typeInField("et");
        var results = header.pressEnterInField();
        assertThat(driver.getCurrentUrl()).contains("/search?q=");
        assertThat(results.summary()).contains("results for “who approves a purchase over budget”");
        assertThat(results.hits().getFirst()).isEqualTo("Purchasing, from requirement to payment | Step 4: Get budget approval");
        assertThat(results.filtersOpen()).as("wide screens show the filters").isTrue();
        assertThat(results.roleFacets()).anyMatch(label -> label.startsWith("Operations Coordinator"));
        screenshot("desktop-search-results");

        results.typeInPageField("approval / sign-off");
        assertThat(results.pageFieldValue()).as("/ typed in a text field stays there").contains("/");

        var filtered = SearchPage.open(driver, baseUrl(), "how do we issue a refund").filterByRole("Support Representative");
        assertThat(driver.getCurrentUrl()).contains("role=support-rep");
        var hits = filtered.hits();
        assertThat(hits).isNotEmpty();
        for (int i = 0; i < hits.size(); i++) {
            assertThat(filtered.hitRoles(i)).contains("Support Representative");
        }
        int resolve = hits.indexOf("Handling customer complaints through the CRM | Step 5: Resolve");
        assertThat(resolve).as("the complaints step that settles refunds, in " + hits).isBetween(0, 2);
        String url = filtered.hitUrl(resolve);
        screenshot("desktop-search-filtered");

        var reader = filtered.openHit(resolve);
        String anchor = url.substring(url.indexOf('#') + 1);
        assertThat(driver.getCurrentUrl()).endsWith("/" + url);
        assertThat(reader.moduleTitle()).contains("customer complaints");
        assertThat(reader.isHighlighted(anchor)).isTrue();
        screenshot("desktop-search-landed-on-step");
    }

    @Test
    void at_phone_width_search_is_one_tap_away_and_results_fit_the_screen() throws Exception {
        driver.quit();
        driver = Browser.start(390, 844);
        var learner = existingPerson("Pia Phone", Authority.LEARNER);
        LoginPage.open(driver, baseUrl()).signInAs(learner.getEmail(), PeopleFixture.PASSWORD);
        driver.findElement(By.id("search-button")).click();
        var empty = new SearchPage(driver);
        assertThat(empty.isShown(By.id("search-hint"))).isTrue();
        var results = SearchPage.open(driver, baseUrl(), "refund").waitForFoldedFilters();
        assertThat(results.hits()).isNotEmpty();
        assertThat(results.firstHitTop()).as("the first hit is on the first screen").isLessThan(844 / 2);
        long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow).isLessThanOrEqualTo(0);
        screenshot("phone-search-results");

        var misspelt = SearchPage.open(driver, baseUrl(), "exti intervew");
        assertThat(misspelt.didYouMean()).isEqualTo("exit interview");
        assertThat(misspelt.hits().getFirst()).as("typos are forgiven").startsWith("Employee offboarding");
        screenshot("phone-search-did-you-mean");
    }
}
