package app.stepwise.people.internal;

import app.stepwise.shared.Authority;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The demo organisation: one account per authority (listed in the README) and a small support team. */
final class DemoPeople {
    static final String PASSWORD = "stepwise-demo";

    record DemoPerson(String name, String email, String jobTitle, String managerEmail, int startedDaysAgo,
                      Set<Authority> authorities) {
    }

    static final List<DemoPerson> ALL = List.of(
            new DemoPerson("Morgan Blake", "admin@stepwise.test", "Operations Director", null, 2100,
                    EnumSet.of(Authority.ADMIN, Authority.MANAGER)),
            new DemoPerson("Taylor Reed", "trainer@stepwise.test", "Training Lead", "admin@stepwise.test", 900,
                    EnumSet.of(Authority.TRAINER)),
            new DemoPerson("Jordan Price", "manager@stepwise.test", "Support Team Lead", "admin@stepwise.test", 1200,
                    EnumSet.of(Authority.MANAGER, Authority.LEARNER)),
            new DemoPerson("Dana Whitfield", "dana@stepwise.test", "Support Lead", "admin@stepwise.test", 1500,
                    EnumSet.of(Authority.LEARNER)),
            new DemoPerson("Sam Carter", "learner@stepwise.test", "Support Representative", "manager@stepwise.test", 9,
                    EnumSet.of(Authority.LEARNER)),
            new DemoPerson("Riley Chen", "riley@stepwise.test", "Support Representative", "manager@stepwise.test", 240,
                    EnumSet.of(Authority.LEARNER)),
            new DemoPerson("Alex Kim", "alex@stepwise.test", "Technical Support", "manager@stepwise.test", 610,
                    EnumSet.of(Authority.LEARNER)),
            new DemoPerson("Casey Morgan", "casey@stepwise.test", "Sales Assistant", "admin@stepwise.test", 30,
                    EnumSet.of(Authority.LEARNER)));

    private DemoPeople() {
    }

    static LocalDate startDate(DemoPerson person, LocalDate today) {
        return today.minusDays(person.startedDaysAgo());
    }
}
