package app.stepwise.content.internal.store;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoleVersionRepository extends JpaRepository<RoleVersionEntity, Long> {
    List<RoleVersionEntity> findByRoleKeyOrderByNumberDesc(String roleKey);
}
