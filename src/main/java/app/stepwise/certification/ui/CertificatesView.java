package app.stepwise.certification.ui;

import app.stepwise.certification.Certification;
import app.stepwise.certification.CertificationService;
import app.stepwise.certification.Refresher;
import app.stepwise.certification.RenewalStep;
import app.stepwise.course.CourseService;
import app.stepwise.course.RolePath;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;

/** The learner's roles: certified, lapsed or revoked, until when, refreshers due, and roles still in progress. */
@Route("certificates")
@PageTitle("Certificates")
@Menu(order = 2, icon = "vaadin:diploma", title = "Certificates")
@PermitAll
public class CertificatesView extends Div {

    public CertificatesView(CertificationService certifications, CourseService course) {
        addClassNames("page", "certificates-page");
        var refreshers = certifications.myRefreshers();
        if (!refreshers.isEmpty()) {
            add(refreshersCard(refreshers));
        }
        var mine = certifications.mine();
        var renewals = certifications.myRenewals().stream().collect(Collectors.groupingBy(RenewalStep::roleId));
        mine.forEach(c -> add(certificationCard(c, renewals.getOrDefault(c.roleId(), List.of()))));
        var certifiedRoles = mine.stream().map(Certification::roleId).collect(Collectors.toSet());
        var inProgress = course.myPaths().stream().filter(p -> !certifiedRoles.contains(p.roleId())).toList();
        inProgress.forEach(p -> add(pathCard(p)));
        if (mine.isEmpty() && inProgress.isEmpty()) {
            var empty = new Div(new H3("No certifications yet"), new Paragraph(
                    "You are certified for a role once every required module of its path is done."));
            empty.addClassName("card");
            empty.setId("no-certificates");
            add(empty);
        }
    }

    private static Component refreshersCard(List<Refresher> refreshers) {
        var card = new Div(new H3("Refreshers due"));
        card.addClassNames("card", "refreshers-card");
        card.setId("refreshers");
        for (var refresher : refreshers) {
            var link = new Anchor("refresher/" + refresher.moduleId(), refresher.moduleTitle());
            link.setId("refresher-" + refresher.moduleId());
            var line = new Paragraph(link, new com.vaadin.flow.component.Text(" changed (v" + refresher.fromVersion()
                    + " → v" + refresher.toVersion() + "). Redo it by " + CertificationFormat.day(refresher.dueAt())
                    + " to stay certified."));
            line.addClassName("refresher-line");
            card.add(line);
        }
        return card;
    }

    private static Component certificationCard(Certification certification, List<RenewalStep> renewal) {
        var title = new H3(certification.roleTitle());
        var facts = new Paragraph(switch (certification.status()) {
            case VALID -> "Valid until " + CertificationFormat.day(certification.validUntil());
            case LAPSED, REVOKED -> certification.note();
        });
        facts.addClassName("subtitle");
        var open = new Anchor("certificate/" + certification.id(), "Open certificate");
        open.addClassName("button-link");
        open.setId("open-certificate-" + certification.roleId());
        var heading = new Div(title, CertificationFormat.badge(certification.status()));
        heading.addClassName("certificate-heading");
        var card = new Div(heading, facts, open);
        card.addClassNames("card", "certificate-card");
        card.setId("certification-" + certification.roleId());
        if (!renewal.isEmpty()) {
            card.add(renewalList(certification, renewal));
        }
        return card;
    }

    /** The quizzes to pass again to renew an expired certification, each linked to its quiz. */
    private static Component renewalList(Certification certification, List<RenewalStep> renewal) {
        var list = new UnorderedList();
        list.addClassName("renewal-steps");
        list.setId("renewal-" + certification.roleId());
        for (var step : renewal) {
            var item = step.passed() ? new ListItem(step.moduleTitle() + ": passed again")
                    : new ListItem(new Anchor("quiz/" + step.moduleId(), "Pass the quiz again: " + step.moduleTitle()));
            item.addClassName(step.passed() ? "renewal-done" : "renewal-open");
            list.add(item);
        }
        var intro = new Paragraph("To renew, pass these quizzes again at their current version:");
        return new Div(intro, list);
    }

    private static Component pathCard(RolePath path) {
        var facts = new Paragraph("Not certified yet · " + path.percentDone() + "% of required modules done");
        facts.addClassName("subtitle");
        var card = new Div(new H3(path.roleTitle()), facts, new Anchor("learning", "Continue learning"));
        card.addClassNames("card", "certificate-card");
        card.setId("in-progress-" + path.roleId());
        return card;
    }
}
