package app.stepwise.shared.ui;

/**
 * The one page shown for an unknown address and for a page the person may not open. It does not
 * say which of the two it is, so nobody learns which admin pages exist.
 */
class PageNotAvailable extends MessagePage {
    PageNotAvailable() {
        show("page-not-available", "This page isn't available",
                "It doesn't exist, or your account doesn't have access to it. "
                        + "If you think you should have access, ask an administrator.");
    }
}
