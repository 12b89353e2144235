package app.stepwise.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * English analysis shared by indexing and queries: words, possessives removed, lower case, stop words
 * (English ones plus the question words people type: "how do I ..."), Porter stemming. The spelling
 * analyzer keeps whole words, for "Did you mean" and for the synonym file. Indexing runs the same chain
 * once per text ({@link IndexAnalysis}).
 */
final class TextAnalysis {
    static final CharArraySet STOP_WORDS = stopWords();

    static final Analyzer ENGLISH = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var tokenizer = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(tokenizer);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, STOP_WORDS);
            return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
        }
    };

    static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(new EnglishPossessiveFilter(tokenizer)));
        }
    };

    private TextAnalysis() {
    }

    /** The terms an analyzer makes of a text, in order. */
    static List<String> terms(Analyzer analyzer, String text) {
        var terms = new ArrayList<String>();
        try (var stream = analyzer.tokenStream("", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a String never does I/O
        }
        return terms;
    }

    private static CharArraySet stopWords() {
        var words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        words.addAll(List.of("how", "do", "does", "did", "i", "we", "you", "what", "who", "whom", "when", "where",
                "why", "which", "should", "can", "could", "would", "my", "our", "me", "us", "your", "am", "has",
                "have", "need", "want", "s"));
        return CharArraySet.unmodifiableSet(words);
    }
}
