package app.stepwise.search.internal;

/** "Did you mean": each word the index has never seen is replaced by the closest word it has, if any. */
final class SpellingSuggester {
    private SpellingSuggester() {
    }

    static String suggest(Vocabulary vocabulary, QueryText text) {
        boolean changed = false;
        var suggestion = new StringBuilder();
        for (var part : text.parts()) {
            if (!suggestion.isEmpty()) {
                suggestion.append(' ');
            }
            if (part instanceof QueryText.Phrase phrase) {
                suggestion.append('"').append(phrase.text()).append('"');
                continue;
            }
            var words = TextAnalysis.terms(TextAnalysis.WORDS, part.text());
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                String better = better(vocabulary, word);
                changed |= !better.equals(word);
                suggestion.append(i == 0 ? "" : " ").append(better);
            }
        }
        return changed ? suggestion.toString() : null;
    }

    private static String better(Vocabulary vocabulary, String word) {
        if (word.length() < 3 || TextAnalysis.STOP_WORDS.contains(word) || !word.chars().allMatch(Character::isLetter)) {
            return word;
        }
        var corrections = vocabulary.corrections(word);
        return corrections.isEmpty() ? word : corrections.getFirst();
    }
}
