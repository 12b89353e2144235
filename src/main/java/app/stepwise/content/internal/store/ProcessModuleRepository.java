package app.stepwise.content.internal.store;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProcessModuleRepository extends JpaRepository<ProcessModuleEntity, Long> {
    Optional<ProcessModuleEntity> findByKey(String key);

    List<ProcessModuleEntity> findByKeyIn(java.util.Collection<String> keys);

    String MATCHES = "(:text is null or lower(m.title) like :text or lower(m.key) like :text"
            + " or lower(m.owner) like :text or lower(m.tags) like :text)";

    @Query("select m from ProcessModuleEntity m where " + MATCHES)
    List<ProcessModuleEntity> search(@Param("text") String text, Pageable page);

    @Query("select count(m) from ProcessModuleEntity m where " + MATCHES)
    long countMatching(@Param("text") String text);

    /** Source path and content hash of every module's current version: spots unchanged files without parsing. */
    @Query("select m.sourcePath, v.contentHash, m.key, m.currentVersion from ProcessModuleEntity m, ModuleVersionEntity v"
            + " where v.moduleId = m.id and v.number = m.currentVersion")
    List<Object[]> currentHashes();

    @Query("select m.key, m.currentVersion from ProcessModuleEntity m")
    List<Object[]> currentVersions();

    @Query("select m.key, m.prerequisites from ProcessModuleEntity m")
    List<Object[]> allPrerequisites();
}
