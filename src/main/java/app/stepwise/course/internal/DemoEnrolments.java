package app.stepwise.course.internal;

import app.stepwise.audit.AuditLog;
import app.stepwise.content.Curriculum;
import app.stepwise.course.EnrolmentPurpose;
import app.stepwise.people.PeopleQuery;
import app.stepwise.people.PeopleService;
import app.stepwise.shared.Authority;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: enrols the demo team in the sample roles (after the demo accounts and the first
 * content import), so signing in as the learner shows a real path. Runs as the system, with an admin
 * authority for the services' checks, and only while nobody is enrolled yet.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "stepwise.demo-data.enabled", havingValue = "true")
class DemoEnrolments implements ApplicationRunner {
    record Demo(String email, String role, EnrolmentPurpose purpose, int dueInDays) {
    }

    static final List<Demo> ALL = List.of(
            new Demo("learner@stepwise.test", "support-rep", EnrolmentPurpose.ONBOARDING, 21),
            new Demo("riley@stepwise.test", "tech-support", EnrolmentPurpose.PROMOTION, 60),
            new Demo("casey@stepwise.test", "sales-assistant", EnrolmentPurpose.ONBOARDING, 14));

    private final EnrolmentRepository enrolments;
    private final PeopleService people;
    private final Curriculum curriculum;
    private final Clock clock;

    DemoEnrolments(EnrolmentRepository enrolments, PeopleService people, Curriculum curriculum, Clock clock) {
        this.enrolments = enrolments;
        this.people = people;
        this.curriculum = curriculum;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enrolments.count() > 0) {
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                AuditLog.SYSTEM, null, List.of(new SimpleGrantedAuthority(Authority.ADMIN.roleName()))));
        try {
            for (Demo demo : ALL) {
                var person = people.find(new PeopleQuery(demo.email(), null, false), PageRequest.of(0, 1)).stream().findFirst();
                if (person.isPresent() && curriculum.role(demo.role()).isPresent()) {
                    enrolments.save(new EnrolmentEntity(person.get().id().value(), demo.role(), demo.purpose(),
                            LocalDate.now(clock).plusDays(demo.dueInDays()), AuditLog.SYSTEM, clock.instant()));
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
