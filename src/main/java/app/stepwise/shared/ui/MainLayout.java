package app.stepwise.shared.ui;

import app.stepwise.shared.SignedInPerson;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The frame around every signed-in view: brand and navigation in the drawer (only the views the
 * person may open, as Vaadin's menu configuration filters them by access), and the page title with
 * the person's menu in the header. The drawer collapses behind a toggle at phone width.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {
    private final H1 viewTitle = new H1();
    private final transient AuthenticationContext authenticationContext;

    MainLayout(AuthenticationContext authenticationContext, List<HeaderItem> headerItems) {
        this.authenticationContext = authenticationContext;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(navigation()));
        addToNavbar(true, new DrawerToggle(), viewTitle);
        headerItems.stream().sorted(Comparator.comparingInt(HeaderItem::order)).map(HeaderItem::create)
                .filter(Objects::nonNull).forEach(item -> addToNavbar(true, item));
        addToNavbar(true, personMenu());
        viewTitle.addClassName("view-title");
        viewTitle.setId("view-title");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var content = getContent();
        if (content instanceof HasDynamicTitle dynamic) {
            viewTitle.setText(dynamic.getPageTitle());
            return;
        }
        PageTitle title = content == null ? null : content.getClass().getAnnotation(PageTitle.class);
        viewTitle.setText(title == null ? "" : title.value());
    }

    private static Component brand() {
        var logo = new Span("S");
        logo.addClassName("brand-mark");
        var name = new Span("Stepwise");
        name.addClassName("brand-name");
        var brand = new Div(logo, name);
        brand.addClassName("brand");
        return brand;
    }

    private static SideNav navigation() {
        var nav = new SideNav();
        nav.setId("main-nav");
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private static SideNavItem item(MenuEntry entry) {
        var item = new SideNavItem(entry.title(), entry.path());
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    private Component personMenu() {
        var menu = new MenuBar();
        menu.setId("person-menu");
        menu.addClassName("person-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        authenticationContext.getAuthenticatedUser(SignedInPerson.class).ifPresent(person -> {
            var avatar = new Avatar(person.displayName());
            var name = new Span(person.displayName());
            name.addClassName("person-name");
            var root = menu.addItem(new Div(avatar, name));
            root.getSubMenu().addItem(person.email()).setEnabled(false);
            root.getSubMenu().addItem("Change password",
                    e -> getUI().ifPresent(ui -> ui.navigate("account/password")));
            root.getSubMenu().addItem("API tokens", e -> getUI().ifPresent(ui -> ui.navigate("account/tokens")))
                    .setId("api-tokens");
            root.getSubMenu().addItem("Sign out", e -> authenticationContext.logout())
                    .setId("sign-out");
        });
        return menu;
    }
}
