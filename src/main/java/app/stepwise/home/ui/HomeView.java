package app.stepwise.home.ui;

import app.stepwise.audit.AuditEntry;
import app.stepwise.audit.AuditLog;
import app.stepwise.content.ContentLibrary;
import app.stepwise.course.CourseService;
import app.stepwise.course.RolePath;
import app.stepwise.people.PeopleOverview;
import app.stepwise.people.PeopleService;
import app.stepwise.people.PersonSummary;
import app.stepwise.shared.Authority;
import app.stepwise.shared.SignedInPerson;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.data.domain.PageRequest;

/**
 * One home for everyone, with a panel per authority the person holds. Every figure is real; where a
 * feature has no data yet the panel says so plainly instead of showing invented numbers.
 */
@Route("")
@PageTitle("Home")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
public class HomeView extends Div {
    private final transient Clock clock;

    public HomeView(AuthenticationContext authentication, PeopleService people, AuditLog auditLog, ContentLibrary library,
                    CourseService course, Clock clock) {
        this.clock = clock;
        addClassNames("page", "home-page");
        var me = authentication.getAuthenticatedUser(SignedInPerson.class).orElseThrow();
        var profile = people.get(me.personId());
        var greeting = new H2("Welcome, " + firstName(me.displayName()));
        greeting.setId("home-greeting");
        var role = new Paragraph(profile.jobTitle() == null ? me.email() : profile.jobTitle() + " · " + me.email());
        role.addClassName("subtitle");
        var cards = new Div();
        cards.addClassName("card-grid");
        if (me.has(Authority.LEARNER)) {
            var paths = course.myPaths();
            cards.add(paths.isEmpty() ? learnerCard(profile) : pathsCard(paths), howItWorksCard());
        }
        if (me.has(Authority.MANAGER)) {
            cards.add(teamCard(people.directReports(me.personId())));
        }
        if (me.has(Authority.TRAINER) || me.has(Authority.ADMIN)) {
            cards.add(trainerCard(library.count(null)));
        }
        if (me.has(Authority.ADMIN)) {
            cards.add(adminCard(people.overview()), activityCard(auditLog.find(null, PageRequest.of(0, 5))));
        }
        add(greeting, role, cards);
    }

    private static Component learnerCard(PersonSummary profile) {
        String role = profile.jobTitle() == null ? "your role" : "your role (" + profile.jobTitle() + ")";
        return new HomeCard("learner-home", "My learning", "You're not enrolled in a role path yet",
                new Paragraph("When your manager or a trainer enrols you in " + role + ", its modules, your due date "
                        + "and your next step appear here, ready to continue where you left off."));
    }

    private static Component pathsCard(List<RolePath> paths) {
        var first = paths.getFirst();
        var list = new UnorderedList();
        list.addClassName("person-list");
        for (var path : paths) {
            var name = new Span(path.roleTitle());
            name.addClassName("person-list-name");
            list.add(new ListItem(name, new Span(path.purpose().label() + " · " + path.percentDone() + "% done")));
        }
        var links = new Div();
        links.addClassName("card-links");
        if (first.next() != null) {
            var next = new Anchor(first.next().route(), "Continue " + first.roleTitle());
            next.addClassName("button-link");
            next.setId("home-continue");
            links.add(next);
        }
        var all = new Anchor("learning", "Open my learning");
        all.addClassName("button-link");
        links.add(all);
        return new HomeCard("learner-home", "My learning", paths.size() == 1 ? "Your role path" : paths.size() + " role paths",
                list, links);
    }

    private static Component howItWorksCard() {
        var steps = new com.vaadin.flow.component.html.OrderedList(
                new ListItem("Read each process module of your path and tick its steps as you go."),
                new ListItem("Pass the module's short quiz. You can retake it; the explanations show the right step."),
                new ListItem("Do the practice task on the job and submit your evidence for a trainer to sign off."),
                new ListItem("When every required module is done, you are certified for the role."));
        steps.addClassName("steps-list");
        return new HomeCard("how-it-works", "How Stepwise works", "Learn your role step by step", steps);
    }

    private Component teamCard(List<PersonSummary> team) {
        if (team.isEmpty()) {
            return new HomeCard("manager-home", "My team", "No one reports to you yet",
                    new Paragraph("An administrator sets each person's manager on the People page."));
        }
        var list = new UnorderedList();
        list.addClassName("person-list");
        LocalDate today = LocalDate.now(clock);
        for (var person : team) {
            var name = new Span(person.name());
            name.addClassName("person-list-name");
            var detail = new Span(join(person.jobTitle(), started(person.startDate(), today)));
            detail.addClassName("person-list-detail");
            list.add(new ListItem(name, detail));
        }
        return new HomeCard("manager-home", "My team", team.size() + (team.size() == 1 ? " person reports" : " people report")
                + " to you", list);
    }

    private static Component trainerCard(long modules) {
        var library = new Anchor("content/library", "Open the library");
        library.addClassName("button-link");
        var importDocs = new Anchor("content/import", "Import process docs");
        importDocs.addClassName("button-link");
        var links = new Div(library, importDocs);
        links.addClassName("card-links");
        if (modules == 0) {
            return new HomeCard("trainer-home", "Process library", "No process modules yet",
                    new Paragraph("Import your process documents: each becomes a course module with its quiz and "
                            + "practice tasks."), links);
        }
        return new HomeCard("trainer-home", "Process library", modules + (modules == 1 ? " process module" : " process modules"),
                new Paragraph("Each module keeps its version history; a changed process shows what changed and "
                        + "whether it is material for people already trained."), links);
    }

    private static Component adminCard(PeopleOverview overview) {
        var stats = new Div(stat(overview.active(), "active people"),
                stat(overview.activeByAuthority().get(Authority.LEARNER), "learners"),
                stat(overview.activeByAuthority().get(Authority.TRAINER), "trainers"),
                stat(overview.activeByAuthority().get(Authority.MANAGER), "managers"),
                stat(overview.activeByAuthority().get(Authority.ADMIN), "admins"),
                stat(overview.inactive(), "deactivated"));
        stats.addClassName("stats");
        var link = new Anchor("admin/people", "Manage people");
        link.addClassName("button-link");
        var card = new HomeCard("admin-home", "Organisation", "People in Stepwise", stats);
        if (overview.activeWithoutPassword() > 0) {
            card.add(new Paragraph(overview.activeWithoutPassword() + " active "
                    + (overview.activeWithoutPassword() == 1 ? "person has" : "people have")
                    + " no password yet and cannot sign in."));
        }
        card.add(link);
        return card;
    }

    private static Component activityCard(List<AuditEntry> entries) {
        var list = new UnorderedList();
        list.addClassName("person-list");
        for (var entry : entries) {
            var what = new Span(entry.action().replace('_', ' ').toLowerCase());
            what.addClassName("person-list-name");
            String who = entry.actor().equals(entry.subject()) || entry.subject() == null
                    ? entry.actor() : entry.subject() + " · by " + entry.actor();
            list.add(new ListItem(what, new Span(who)));
        }
        var link = new Anchor("admin/audit", "Open the audit log");
        link.addClassName("button-link");
        return new HomeCard("activity-home", "Audit log", "Recent activity", list, link);
    }

    private static Component stat(Long value, String label) {
        return app.stepwise.shared.ui.StatTile.of(value == null ? 0 : value, label);
    }

    private static String started(LocalDate startDate, LocalDate today) {
        if (startDate == null) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(startDate, today);
        if (days < 0) {
            return "starts in " + (-days) + " days";
        }
        return days < 60 ? "started " + days + " days ago" : "since " + startDate.getYear();
    }

    private static String join(String first, String second) {
        if (first == null) {
            return second == null ? "" : second;
        }
        return second == null ? first : first + " · " + second;
    }

    private static String firstName(String name) {
        int space = name.indexOf(' ');
        return space > 0 ? name.substring(0, space) : name;
    }
}
