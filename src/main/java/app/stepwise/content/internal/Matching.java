package app.stepwise.content.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Pairs the items of two versions: first by stable key (anchor, question key), then the leftovers by text
 * similarity, best pairs first, so a step whose anchor changed because its first words changed is still recognised.
 */
final class Matching {

    static final double SIMILAR_ENOUGH = 0.5;

    record Pair<T>(T before, T after) {
    }

    record Result<T>(List<Pair<T>> pairs, List<T> onlyBefore, List<T> onlyAfter) {
    }

    private record Candidate(int before, int after, double similarity) {
    }

    private Matching() {
    }

    static <T> Result<T> match(List<T> before, List<T> after, Function<T, String> key, Function<T, String> text) {
        Map<Integer, Integer> paired = new LinkedHashMap<>();
        Map<String, Integer> afterByKey = new HashMap<>();
        for (int j = after.size() - 1; j >= 0; j--) {
            afterByKey.put(key.apply(after.get(j)), j);
        }
        Set<Integer> usedAfter = new HashSet<>();
        for (int i = 0; i < before.size(); i++) {
            Integer j = afterByKey.get(key.apply(before.get(i)));
            if (j != null && usedAfter.add(j)) {
                paired.put(i, j);
            }
        }
        pairBySimilarity(before, after, text, paired, usedAfter);
        List<Pair<T>> pairs = new ArrayList<>();
        paired.forEach((i, j) -> pairs.add(new Pair<>(before.get(i), after.get(j))));
        List<T> onlyBefore = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!paired.containsKey(i)) {
                onlyBefore.add(before.get(i));
            }
        }
        List<T> onlyAfter = new ArrayList<>();
        for (int j = 0; j < after.size(); j++) {
            if (!usedAfter.contains(j)) {
                onlyAfter.add(after.get(j));
            }
        }
        return new Result<>(pairs, onlyBefore, onlyAfter);
    }

    private static <T> void pairBySimilarity(List<T> before, List<T> after, Function<T, String> text,
            Map<Integer, Integer> paired, Set<Integer> usedAfter) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            for (int j = 0; j < after.size(); j++) {
                if (!paired.containsKey(i) && !usedAfter.contains(j)) {
                    double similarity = similarity(text.apply(before.get(i)), text.apply(after.get(j)));
                    if (similarity >= SIMILAR_ENOUGH) {
                        candidates.add(new Candidate(i, j, similarity));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::similarity).reversed());
        for (Candidate candidate : candidates) {
            if (!paired.containsKey(candidate.before()) && !usedAfter.contains(candidate.after())) {
                paired.put(candidate.before(), candidate.after());
                usedAfter.add(candidate.after());
            }
        }
    }

    /** Dice coefficient over the words of both texts: 1 for the same words, 0 for none in common. */
    static double similarity(String a, String b) {
        List<String> wordsA = words(a);
        List<String> wordsB = words(b);
        if (wordsA.isEmpty() && wordsB.isEmpty()) {
            return 1;
        }
        Map<String, Integer> counts = new HashMap<>();
        wordsA.forEach(word -> counts.merge(word, 1, Integer::sum));
        int common = 0;
        for (String word : wordsB) {
            Integer count = counts.get(word);
            if (count != null && count > 0) {
                common++;
                counts.put(word, count - 1);
            }
        }
        return 2.0 * common / (wordsA.size() + wordsB.size());
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
