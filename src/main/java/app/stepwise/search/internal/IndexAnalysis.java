package app.stepwise.search.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Index-time analysis, once per text: the chain of {@link TextAnalysis#ENGLISH}, with a cache of
 * stems (a library uses a few thousand words, so Porter runs once per word, not per occurrence),
 * recording the stems with their positions and offsets and, before stop words and stemming, the whole
 * words of {@link TextAnalysis#WORDS}. The recording is then replayed into each field that needs it
 * (the boosted field, the typo and spelling fields) instead of analysing the text again.
 */
final class IndexAnalysis {
    private static final ThreadLocal<Chain> CHAINS = ThreadLocal.withInitial(Chain::new);

    private IndexAnalysis() {
    }

    static Analysed of(String text) {
        return CHAINS.get().analyse(text);
    }

    /** A text's stems (with position increments and offsets) and its whole words. */
    record Analysed(String[] stems, int[] increments, int[] starts, int[] ends, int endIncrement, int endOffset,
                    List<String> words) {
        TokenStream stemStream() {
            return new Replay(this);
        }

    }

    /** The whole words of several texts, one after another, for the spelling field. */
    static TokenStream words(List<Analysed> texts) {
        var all = new ArrayList<String>();
        texts.forEach(t -> all.addAll(t.words()));
        return new WordStream(all);
    }

    private static final class Chain {
        private final StandardTokenizer tokenizer = new StandardTokenizer();
        private final List<String> words = new ArrayList<>();
        private final TokenStream stream;
        private final CharTermAttribute term;
        private final PositionIncrementAttribute increment;
        private final OffsetAttribute offset;

        Chain() {
            TokenStream chain = new LowerCaseFilter(new EnglishPossessiveFilter(tokenizer));
            chain = new WordTap(chain, words);
            chain = new StopFilter(chain, TextAnalysis.STOP_WORDS);
            var cache = new StemCache();
            stream = cache.new Store(new PorterStemFilter(cache.new Lookup(chain)));
            term = stream.addAttribute(CharTermAttribute.class);
            increment = stream.addAttribute(PositionIncrementAttribute.class);
            offset = stream.addAttribute(OffsetAttribute.class);
        }

        Analysed analyse(String text) {
            words.clear();
            var stems = new ArrayList<String>();
            var numbers = new ArrayList<int[]>();
            try {
                tokenizer.setReader(new StringReader(text));
                stream.reset();
                while (stream.incrementToken()) {
                    stems.add(term.toString());
                    numbers.add(new int[] {increment.getPositionIncrement(), offset.startOffset(), offset.endOffset()});
                }
                stream.end();
                var analysed = new Analysed(stems.toArray(String[]::new), column(numbers, 0), column(numbers, 1),
                        column(numbers, 2), increment.getPositionIncrement(), offset.endOffset(), List.copyOf(words));
                stream.close();
                return analysed;
            } catch (IOException e) {
                throw new UncheckedIOException(e); // analysing a String never does I/O
            }
        }

        private static int[] column(List<int[]> rows, int column) {
            return rows.stream().mapToInt(r -> r[column]).toArray();
        }
    }

    /** Records each word as it passes (after lower-casing, before stop words and stemming). */
    private static final class WordTap extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final List<String> words;

        WordTap(TokenStream input, List<String> words) {
            super(input);
            this.words = words;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            words.add(term.toString());
            return true;
        }
    }

    /**
     * Around the Porter stemmer: {@link Lookup} puts a known word's stem in place and marks it a keyword
     * (which the stemmer leaves alone); {@link Store} remembers the stem of a word seen the first time.
     */
    private static final class StemCache {
        private static final int MAX_WORDS = 100_000;
        private final CharArrayMap<char[]> stems = new CharArrayMap<>(4_096, false);
        private char[] unknown;

        final class Lookup extends TokenFilter {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

            Lookup(TokenStream input) {
                super(input);
            }

            @Override
            public boolean incrementToken() throws IOException {
                if (!input.incrementToken()) {
                    return false;
                }
                char[] stem = stems.get(term.buffer(), 0, term.length());
                if (stem != null) {
                    term.copyBuffer(stem, 0, stem.length);
                    keyword.setKeyword(true);
                    unknown = null;
                } else {
                    unknown = Arrays.copyOf(term.buffer(), term.length());
                }
                return true;
            }
        }

        final class Store extends TokenFilter {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

            Store(TokenStream input) {
                super(input);
            }

            @Override
            public boolean incrementToken() throws IOException {
                if (!input.incrementToken()) {
                    return false;
                }
                if (unknown != null) {
                    if (stems.size() >= MAX_WORDS) {
                        stems.clear();
                    }
                    stems.put(unknown, Arrays.copyOf(term.buffer(), term.length()));
                    unknown = null;
                }
                return true;
            }
        }
    }

    /** Terms one after another, without offsets. */
    private static final class WordStream extends TokenStream {
        private final List<String> words;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private int next;

        WordStream(List<String> words) {
            this.words = words;
        }

        @Override
        public boolean incrementToken() {
            if (next == words.size()) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(words.get(next++));
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }

    /** Plays a recorded analysis back as a token stream. */
    private static final class Replay extends TokenStream {
        private final Analysed tokens;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private int next;

        Replay(Analysed tokens) {
            this.tokens = tokens;
        }

        @Override
        public boolean incrementToken() {
            if (next == tokens.stems().length) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(tokens.stems()[next]);
            increment.setPositionIncrement(tokens.increments()[next]);
            offset.setOffset(tokens.starts()[next], tokens.ends()[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            increment.setPositionIncrement(tokens.endIncrement());
            offset.setOffset(tokens.endOffset(), tokens.endOffset());
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
