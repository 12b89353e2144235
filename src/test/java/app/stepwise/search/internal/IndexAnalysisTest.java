package app.stepwise.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** Indexing analyses each text once, with a stem cache: it must make exactly the terms queries are analysed into. */
class IndexAnalysisTest {
    @Test
    void indexing_makes_the_same_stems_positions_offsets_and_words_as_query_analysis() throws IOException {
        var texts = new ArrayList<String>();
        try (var files = Files.walk(Path.of("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                texts.addAll(Files.readString(file).lines().toList());
            }
        }
        texts.add("The approver's approvals: approving, approved; it's the O'Neil 3-way match (e.g. 27-inch).");
        for (int round = 0; round < 2; round++) { // the second round is served from the stem cache
            for (String text : texts) {
                var analysed = IndexAnalysis.of(text);
                assertThat(replay(analysed)).as(text).isEqualTo(tokens(text));
                assertThat(analysed.words()).as(text).isEqualTo(TextAnalysis.terms(TextAnalysis.WORDS, text));
            }
        }
        assertThat(texts).hasSizeGreaterThan(500);
    }

    private static List<String> tokens(String text) throws IOException {
        try (var stream = TextAnalysis.ENGLISH.tokenStream("", text)) {
            return read(stream);
        }
    }

    private static List<String> replay(IndexAnalysis.Analysed analysed) throws IOException {
        try (var stream = analysed.stemStream()) {
            return read(stream);
        }
    }

    private static List<String> read(org.apache.lucene.analysis.TokenStream stream) throws IOException {
        var term = stream.addAttribute(CharTermAttribute.class);
        var increment = stream.addAttribute(PositionIncrementAttribute.class);
        var offset = stream.addAttribute(OffsetAttribute.class);
        var tokens = new ArrayList<String>();
        stream.reset();
        while (stream.incrementToken()) {
            tokens.add(term + "+" + increment.getPositionIncrement() + "@" + offset.startOffset() + "-" + offset.endOffset());
        }
        stream.end();
        tokens.add("end+" + increment.getPositionIncrement() + "@" + offset.endOffset());
        return tokens;
    }
}
