package app.stepwise.quiz;

import java.util.ArrayList;
import java.util.List;

/** Test double for player tests: records saved answers instead of storing them. */
public class RecordingQuizService extends QuizService {
    public final List<Answer> saved = new ArrayList<>();
    public final List<String> savedKeys = new ArrayList<>();

    public RecordingQuizService() {
        super(null, null, null, null, null, null, null, null, null);
    }

    @Override
    public void saveAnswer(long attemptId, String questionKey, Answer answer) {
        savedKeys.add(questionKey);
        saved.add(answer);
    }
}
