package app.stepwise.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Loads Lumo and our own stylesheet as plain static files: no frontend bundle is rebuilt, so the app
 * needs no Node.js (see docs/decisions). Our stylesheet lives in the top-level {@code frontend/} folder.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/stepwise.css")
@Meta(name = "color-scheme", content = "light")
public class AppShell implements AppShellConfigurator {
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Stepwise");
        settings.addFavIcon("icon", "icons/stepwise.svg", "any");
    }
}
