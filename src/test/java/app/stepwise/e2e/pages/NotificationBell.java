package app.stepwise.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The bell in the header of every signed-in page, and the popover it opens. */
public class NotificationBell extends Page {
    private static final By BELL = By.id("notification-bell");
    private static final By COUNT = By.id("notification-count");
    private static final By ITEMS = By.cssSelector("#notification-list .notification-item");

    public NotificationBell(WebDriver driver) {
        super(driver);
        visible(BELL);
    }

    /**
     * The count the badge shows (0 while it is hidden), after waiting for it to become {@code expected}:
     * the count arrives with the server's answer to a click or navigation.
     */
    public int unreadCount(int expected) {
        try {
            wait.until(d -> shownCount() == expected);
        } catch (TimeoutException stillDifferent) {
            // report what is shown; the caller's assertion says what was expected
        }
        return shownCount();
    }

    private int shownCount() {
        var badges = driver.findElements(COUNT);
        return badges.isEmpty() || !badges.getFirst().isDisplayed() ? 0 : Integer.parseInt(badges.getFirst().getText().strip());
    }

    public String label() {
        return driver.findElement(BELL).getAttribute("aria-label");
    }

    public NotificationBell open() {
        click(BELL);
        visible(By.id("notification-list"));
        return this;
    }

    public List<String> titles() {
        wait.until(d -> !d.findElements(ITEMS).isEmpty());
        return texts("#notification-list .notification-item-title");
    }

    /**
     * The unread titles, once they are the expected ones or the wait is over: an opened popover shows its previous
     * list until the server's fresh one arrives, so a single read can see the old state.
     */
    public List<String> unreadTitles(String... expected) {
        String selector = "#notification-list .notification-item.unread .notification-item-title";
        try {
            wait.until(d -> texts(selector).equals(List.of(expected)));
        } catch (org.openqa.selenium.TimeoutException stillDifferent) {
            // the caller's assertion shows what the list holds instead
        }
        return texts(selector);
    }

    /** Read in one script: the list re-renders when it refreshes, which would leave stale elements. */
    @SuppressWarnings("unchecked")
    private List<String> texts(String selector) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent.trim())", selector);
    }

    /** Clicks the notification with this title; it opens its link. */
    public void openNotification(String title) {
        var item = wait.until(d -> d.findElements(ITEMS).stream()
                .filter(element -> element.getText().contains(title)).findFirst().orElse(null));
        click(By.id(item.getAttribute("id")));
    }

    public NotificationBell markAllRead() {
        click(By.id("notification-mark-all-read"));
        wait.until(d -> d.findElements(By.cssSelector("#notification-list .notification-item.unread")).isEmpty());
        return this;
    }

    public NotificationsPage seeAll() {
        click(By.id("notification-see-all"));
        return new NotificationsPage(driver);
    }

    /** Right edge of the open popover's list, in CSS pixels, to compare with the window's width. */
    public long popoverRightEdge() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.ceil(document.getElementById('notification-list').getBoundingClientRect().right)")).longValue();
    }

    /** Whether anything around the list (through the popover's shadow DOM) has to scroll sideways to show it. */
    public boolean popoverScrollsSideways() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript("""
                let node = document.getElementById('notification-list');
                while (node) {
                  if (node instanceof Element) {
                    const overflow = getComputedStyle(node).overflowX;
                    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollWidth > node.clientWidth + 1) {
                      return true;
                    }
                  }
                  node = node.assignedSlot || node.parentNode || node.host;
                }
                return false;""");
    }

    /** The full notifications page. */
    public static class NotificationsPage extends AppShell {
        public NotificationsPage(WebDriver driver) {
            super(driver);
            visible(By.id("notifications-grid"));
        }

        public static NotificationsPage open(WebDriver driver, String baseUrl) {
            driver.get(baseUrl + "/notifications");
            return new NotificationsPage(driver);
        }

        public List<String> rows() {
            wait.until(d -> !d.findElements(By.cssSelector("#notifications-grid .notification-row")).isEmpty());
            return driver.findElements(By.cssSelector("#notifications-grid .notification-row")).stream()
                    .map(WebElement::getText).toList();
        }

        public String summary() {
            return driver.findElement(By.id("notifications-summary")).getText();
        }
    }
}
