package app.stepwise.audit.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Deliberately no delete or update methods: entries are append-only. */
interface AuditEntryRepository extends Repository<AuditEntryEntity, Long> {
    AuditEntryEntity save(AuditEntryEntity entry);

    String MATCHES = "(:text is null or lower(e.actor) like :text or lower(e.action) like :text"
            + " or lower(e.subject) like :text or lower(e.details) like :text)";

    @Query("select e from AuditEntryEntity e where " + MATCHES + " order by e.occurredAt desc, e.id desc")
    List<AuditEntryEntity> search(@Param("text") String text, Pageable page);

    @Query("select count(e) from AuditEntryEntity e where " + MATCHES)
    long countMatching(@Param("text") String text);

    @Query("select e from AuditEntryEntity e where e.subject = :subject order by e.occurredAt desc, e.id desc")
    List<AuditEntryEntity> findBySubject(@Param("subject") String subject, Pageable page);
}
