package app.stepwise.quiz.internal;

import app.stepwise.content.ModuleQuiz;
import app.stepwise.content.Question;
import app.stepwise.content.QuestionType;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The order each question's options are shown in for one attempt, and the translation between what the
 * player knows (positions as shown) and what scoring needs (indexes as written). True/false keeps its
 * order; an ordering question never starts in the correct order.
 */
public final class OptionShuffle {
    private final Random random;

    public OptionShuffle() {
        this(new SecureRandom());
    }

    OptionShuffle(Random random) {
        this.random = random;
    }

    public Map<String, List<Integer>> ordersFor(ModuleQuiz quiz) {
        var orders = new LinkedHashMap<String, List<Integer>>();
        for (Question question : quiz.questions()) {
            orders.put(question.key(), orderFor(question));
        }
        return orders;
    }

    private List<Integer> orderFor(Question question) {
        int size = question.options().size();
        var order = new ArrayList<>(IntStream.range(0, size).boxed().toList());
        if (question.type() == QuestionType.TRUE_FALSE || size < 2) {
            return order;
        }
        do {
            Collections.shuffle(order, random);
        } while (question.type() == QuestionType.ORDERING && isIdentity(order));
        return order;
    }

    private static boolean isIdentity(List<Integer> order) {
        return IntStream.range(0, order.size()).allMatch(i -> order.get(i) == i);
    }

    /** Shown positions → indexes as written; positions outside the shown list are dropped. */
    public static List<Integer> toWritten(List<Integer> shownOrder, List<Integer> positions) {
        return positions.stream().filter(p -> p != null && p >= 0 && p < shownOrder.size()).map(shownOrder::get).toList();
    }

    /** Indexes as written → positions as shown. */
    public static List<Integer> toShown(List<Integer> shownOrder, List<Integer> written) {
        return written.stream().map(shownOrder::indexOf).filter(p -> p >= 0).toList();
    }
}
