package app.stepwise.certification;

import app.stepwise.certification.internal.CertificationEntity;
import app.stepwise.certification.internal.CertificationRepository;
import app.stepwise.certification.internal.RenewalStore;
import app.stepwise.content.Curriculum;
import app.stepwise.content.RoleOutline;
import app.stepwise.quiz.QuizRetakes;
import app.stepwise.shared.PersonId;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** An expired certification's renewal asks its holder to pass the quizzes of its required modules again. */
@Component
class RenewalRetakes implements QuizRetakes {
    private final CertificationRepository certifications;
    private final RenewalStore renewals;
    private final Curriculum curriculum;

    RenewalRetakes(CertificationRepository certifications, RenewalStore renewals, Curriculum curriculum) {
        this.certifications = certifications;
        this.renewals = renewals;
        this.curriculum = curriculum;
    }

    @Override
    public Optional<String> reason(PersonId person, String moduleId) {
        var lapsed = certifications.findByPersonIdAndStatus(person.value(), CertificationEntity.Status.LAPSED).stream()
                .collect(Collectors.toMap(CertificationEntity::getId, Function.identity()));
        return renewals.of(lapsed.keySet()).stream()
                .filter(m -> m.moduleKey().equals(moduleId) && m.passedAt() == null).findFirst()
                .map(m -> lapsed.get(m.certificationId()).getRoleKey())
                .map(role -> "Pass this quiz again to renew your certification as "
                        + curriculum.role(role).map(RoleOutline::title).orElse(role) + ".");
    }
}
