package app.stepwise.quiz;

import app.stepwise.content.Curriculum;
import app.stepwise.content.ModuleQuiz;
import app.stepwise.people.PeopleService;
import app.stepwise.quiz.internal.AttemptGrading;
import app.stepwise.quiz.internal.GivenAnswer;
import app.stepwise.quiz.internal.OptionShuffle;
import app.stepwise.quiz.internal.QuizAttemptEntity;
import app.stepwise.quiz.internal.QuizAttemptRepository;
import app.stepwise.quiz.internal.QuizResponseEntity;
import app.stepwise.quiz.internal.QuizResponseRepository;
import app.stepwise.shared.Authority;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.shared.PersonId;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Taking a module's quiz: start or resume an attempt, autosave answers, submit once, read the result.
 * Every method acts for the signed-in person on their own attempts; trainers and admins may read anyone's
 * results and the statistics. Writes retry on a lost race, so two tabs or a double click never lose an
 * answer or score an attempt twice.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class QuizService {
    static final String REVIEWERS = "hasAnyRole('" + Authority.Names.TRAINER + "', '" + Authority.Names.ADMIN + "')";

    private final QuizAttemptRepository attempts;
    private final QuizResponseRepository responses;
    private final Curriculum curriculum;
    private final PeopleService people;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final AttemptStandings standings;
    private final QuizAccess access;
    private final OptionShuffle shuffle = new OptionShuffle();

    QuizService(QuizAttemptRepository attempts, QuizResponseRepository responses, Curriculum curriculum,
                PeopleService people, ApplicationEventPublisher events, Clock clock, TransactionTemplate transactions,
                AttemptStandings standings, QuizAccess access) {
        this.attempts = attempts;
        this.responses = responses;
        this.curriculum = curriculum;
        this.people = people;
        this.events = events;
        this.clock = clock;
        this.transactions = transactions;
        this.standings = standings;
        this.access = access;
    }

    /** The signed-in person's standing with the quiz of the module's current version; empty without a quiz. */
    public Optional<QuizOverview> overview(String moduleId) {
        var me = me();
        return curriculum.quiz(moduleId).map(quiz -> standings.overview(me, quiz));
    }

    /** Resumes the attempt in progress or starts the next one, if the attempt limit and cooldown allow. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public QuizSheet start(String moduleId) {
        var me = me();
        return Retry.onConflict(() -> transactions.execute(tx -> {
            var quiz = quiz(moduleId);
            var existing = standings.attempts(me, quiz);
            var overview = standings.overview(me, quiz, existing);
            var attempt = existing.stream().filter(a -> !a.isSubmitted()).findFirst().orElseGet(() -> {
                overview.blockedReason().ifPresent(reason -> {
                    throw new InvalidInputException("attempt", reason);
                });
                return attempts.saveAndFlush(new QuizAttemptEntity(me.value(), quiz.moduleId(), quiz.version(),
                        existing.size() + 1, quiz.passMark(), shuffle.ordersFor(quiz), clock.instant()));
            });
            return QuizPresentation.sheet(quiz, attempt);
        }));
    }

    /** The attempt in progress, as the player shows it; only its owner may open it. */
    public QuizSheet sheet(long attemptId) {
        var attempt = ownAttempt(attemptId);
        if (attempt.isSubmitted()) {
            throw new InvalidInputException("attempt", "This attempt was already submitted.");
        }
        return QuizPresentation.sheet(quiz(attempt), attempt);
    }

    /** Saves one answer of an attempt in progress at once, so a reload or a dropped connection loses nothing. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void saveAnswer(long attemptId, String questionKey, Answer answer) {
        Retry.onConflict(() -> transactions.execute(tx -> {
            var attempt = ownAttempt(attemptId);
            if (attempt.isSubmitted()) {
                throw new InvalidInputException("attempt", "This attempt was already submitted; the answer was not changed.");
            }
            var question = quiz(attempt).question(questionKey)
                    .orElseThrow(() -> new InvalidInputException("question", "There is no such question in this quiz."));
            var shown = attempt.optionOrder().getOrDefault(question.key(), List.of());
            var given = new GivenAnswer(OptionShuffle.toWritten(shown, answer.positions()), limit(answer.text()));
            attempt.saveAnswer(question.key(), given, clock.instant());
            return attempts.saveAndFlush(attempt);
        }));
    }

    /**
     * Scores and submits an attempt exactly once. Repeating the call (double click, second tab, replayed
     * request) returns the same result without scoring again.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public QuizResult submit(long attemptId) {
        String learner = CurrentPerson.require().displayName();
        return Retry.onConflict(() -> transactions.execute(tx -> {
            var attempt = ownAttempt(attemptId);
            var quiz = quiz(attempt);
            if (attempt.isSubmitted()) {
                return QuizPresentation.result(quiz, attempt, learner);
            }
            var grading = AttemptGrading.of(quiz, attempt.answers(), attempt.optionOrder());
            int changed = attempts.markSubmitted(attempt.getId(), attempt.getVersion(), grading.percent(),
                    grading.passed(), clock.instant());
            if (changed == 0) {
                throw new Retry.Conflict(); // submitted by a concurrent request, or an answer saved meanwhile
            }
            grading.questions().forEach(graded -> responses.save(new QuizResponseEntity(attempt,
                    graded.question().key(), graded.credit(), graded.correct(), graded.response())));
            var submitted = attempts.findById(attemptId).orElseThrow();
            publish(submitted);
            return QuizPresentation.result(quiz, submitted, learner);
        }));
    }

    /** A submitted attempt's result: for its owner, and for trainers and admins. */
    public QuizResult result(long attemptId) {
        var attempt = attempts.findById(attemptId).orElseThrow(() -> notFound());
        var me = CurrentPerson.require();
        boolean own = attempt.getPersonId() == me.personId().value();
        if (!own && !isReviewer()) {
            throw notFound(); // the same answer as for a missing id: ids reveal nothing
        }
        if (!attempt.isSubmitted()) {
            throw new InvalidInputException("attempt", "This attempt has not been submitted yet.");
        }
        String name = own ? me.displayName() : nameOf(new PersonId(attempt.getPersonId()));
        return QuizPresentation.result(quiz(attempt), attempt, name);
    }

    /** The latest submitted attempt of a person in a module (any version): themselves, trainers and admins. */
    public Optional<QuizResult> latestResult(PersonId person, String moduleId) {
        requireSelfOrReviewer(person);
        return attempts.findFirstByPersonIdAndModuleKeyAndStateOrderBySubmittedAtDesc(person.value(), moduleId,
                QuizAttemptEntity.State.SUBMITTED).map(attempt -> result(attempt.getId()));
    }

    /** Per module (current versions), a person's quiz standing: themselves, trainers, admins and their manager. */
    public Map<String, QuizStanding> standings(PersonId person, Collection<String> moduleIds) {
        access.requireMayRead(person);
        var current = new HashMap<String, Integer>();
        curriculum.modules(moduleIds).forEach((id, summary) -> current.put(id, summary.currentVersion()));
        var byModule = new HashMap<String, QuizStanding>();
        for (var attempt : attempts.findByPersonIdAndModuleKeyIn(person.value(), moduleIds)) {
            if (!Integer.valueOf(attempt.getModuleVersion()).equals(current.get(attempt.getModuleKey()))) {
                continue;
            }
            byModule.merge(attempt.getModuleKey(), QuizPresentation.standing(attempt), QuizPresentation::better);
        }
        return byModule;
    }

    /** Attempts, pass rate and per-question outcomes of one module version. */
    @PreAuthorize(REVIEWERS)
    public QuizStatistics statistics(String moduleId, int version) {
        var quiz = curriculum.quiz(moduleId, version)
                .orElseThrow(() -> new InvalidInputException("module", "Version " + version + " of '" + moduleId + "' has no quiz."));
        long submitted = attempts.countByModuleKeyAndModuleVersionAndState(moduleId, version, QuizAttemptEntity.State.SUBMITTED);
        long passed = attempts.countPassed(moduleId, version);
        return QuizPresentation.statistics(quiz, submitted, passed, attempts.countLearners(moduleId, version),
                responses.correctness(moduleId, version), responses.wrongResponses(moduleId, version));
    }

    /** Modules whose quizzes have been taken, by title: module id → title. */
    @PreAuthorize(REVIEWERS)
    public Map<String, String> modulesWithAttempts() {
        var titles = new java.util.TreeMap<String, String>();
        curriculum.modules(attempts.modulesWithAttempts()).forEach((id, summary) -> titles.put(id, summary.title()));
        return titles;
    }

    /** Versions of a module that have submitted attempts, newest first. */
    @PreAuthorize(REVIEWERS)
    public List<Integer> versionsWithAttempts(String moduleId) {
        return attempts.versionsWithAttempts(moduleId);
    }

    private void publish(QuizAttemptEntity attempt) {
        var person = new PersonId(attempt.getPersonId());
        events.publishEvent(Boolean.TRUE.equals(attempt.getPassed())
                ? new QuizPassed(person, attempt.getModuleKey(), attempt.getModuleVersion(), attempt.getAttemptNo(), attempt.getScorePercent())
                : new QuizFailed(person, attempt.getModuleKey(), attempt.getModuleVersion(), attempt.getAttemptNo(), attempt.getScorePercent()));
    }

    private QuizAttemptEntity ownAttempt(long attemptId) {
        var attempt = attempts.findById(attemptId).orElseThrow(QuizService::notFound);
        if (attempt.getPersonId() != me().value()) {
            throw notFound();
        }
        return attempt;
    }

    private ModuleQuiz quiz(String moduleId) {
        return curriculum.quiz(moduleId)
                .orElseThrow(() -> new InvalidInputException("module", "The module '" + moduleId + "' has no quiz."));
    }

    private ModuleQuiz quiz(QuizAttemptEntity attempt) {
        return curriculum.quiz(attempt.getModuleKey(), attempt.getModuleVersion()).orElseThrow(
                () -> new IllegalStateException("Quiz of attempt " + attempt.getId() + " is gone"));
    }

    private void requireSelfOrReviewer(PersonId person) {
        if (!me().equals(person) && !isReviewer()) {
            throw new AccessDeniedException("You may not see this person's quiz results.");
        }
    }

    private String nameOf(PersonId person) {
        return people.displayNames(List.of(person)).getOrDefault(person, "a former colleague");
    }

    private static boolean isReviewer() {
        return QuizAccess.readsEveryone();
    }

    private static PersonId me() {
        return CurrentPerson.require().personId();
    }

    private static String limit(String text) {
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private static InvalidInputException notFound() {
        return new InvalidInputException("attempt", "There is no such quiz attempt.");
    }
}
