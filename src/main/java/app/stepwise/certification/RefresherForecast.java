package app.stepwise.certification;

import app.stepwise.certification.internal.CertificationEntity;
import app.stepwise.certification.internal.CertificationRepository;
import app.stepwise.content.Curriculum;
import app.stepwise.content.RoleOutline;
import app.stepwise.shared.Authority;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Before a trainer publishes: how many refreshers a material change would assign. It asks the same question
 * of the same data as the rule that assigns them on {@code ModuleVersionPublished} (granted certifications
 * in a role requiring the module, resting on an older version), so the number shown is the number made.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Authority.Names.TRAINER + "', '" + Authority.Names.ADMIN + "')")
public class RefresherForecast {
    private final CertificationRepository certifications;
    private final Curriculum curriculum;

    RefresherForecast(CertificationRepository certifications, Curriculum curriculum) {
        this.certifications = certifications;
        this.curriculum = curriculum;
    }

    /** The refreshers a material version {@code newVersion} of the module would assign. */
    public RefresherImpact materialChange(String moduleId, int newVersion) {
        var roles = curriculum.roles().stream().filter(role -> role.requiredModules().contains(moduleId)).toList();
        if (roles.isEmpty()) {
            return new RefresherImpact(0, java.util.List.of());
        }
        var keys = roles.stream().map(RoleOutline::id).collect(Collectors.toSet());
        long people = certifications.restingOnOlder(moduleId, newVersion, keys).stream()
                .map(CertificationEntity::getPersonId).distinct().count();
        return new RefresherImpact((int) people, roles.stream().map(RoleOutline::title).toList());
    }
}
