package app.stepwise.quiz.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores option orders and answers of an attempt as small JSON objects keyed by question key. */
final class AnswerCodec {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AnswerCodec() {
    }

    static String writeOrders(Map<String, List<Integer>> orders) {
        return JSON.writeValueAsString(orders);
    }

    static Map<String, List<Integer>> readOrders(String json) {
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, List<Integer>>>() { });
    }

    static String writeAnswers(Map<String, GivenAnswer> answers) {
        return JSON.writeValueAsString(answers);
    }

    static Map<String, GivenAnswer> readAnswers(String json) {
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, GivenAnswer>>() { });
    }
}
