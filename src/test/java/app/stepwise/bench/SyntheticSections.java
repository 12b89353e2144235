package app.stepwise.bench;

import app.stepwise.search.internal.IndexedUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Process-doc sections for the search benchmark: words drawn from the sample curriculum's vocabulary
 * with a skewed (Zipf-like) frequency, 40 to 120 words a section, 10 sections a module, and the fixed
 * query mix: single terms, two terms from one section, two-word phrases, misspelt words.
 */
final class SyntheticSections {
    static final String[] ROLES = {"support-rep", "tech-support", "sales-assistant", "operations-coordinator", "marketing-coordinator"};

    final List<String> vocabulary;
    final List<IndexedUnit> units;
    private final Random random;

    SyntheticSections(int count, long seed) {
        this.random = new Random(seed);
        this.vocabulary = vocabulary(Path.of("content"), random);
        this.units = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int module = i / 10;
            String heading = words(2 + random.nextInt(4));
            String body = words(40 + random.nextInt(81)) + ".";
            units.add(new IndexedUnit(IndexedUnit.Kind.SECTION, "module-" + module, "Process " + module + " " + words(3), 1,
                    "section-" + (i % 10), heading, heading, body, "",
                    List.of(ROLES[module % ROLES.length]), List.of("area-" + (module % 20)), "area/process-" + module + ".md"));
        }
    }

    private String word() {
        double skew = Math.pow(random.nextDouble(), 2.2); // a few words are common, most are rare
        return vocabulary.get((int) (skew * vocabulary.size()));
    }

    private String words(int n) {
        var text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(i == 0 ? "" : " ").append(word());
        }
        return text.toString();
    }

    /** The fixed mix: 80 single terms, 60 pairs, 40 phrases, 40 misspellings (200 queries). */
    List<String> queries() {
        var queries = new ArrayList<String>();
        for (int i = 0; i < 80; i++) {
            queries.add(word());
        }
        for (int i = 0; i < 60; i++) {
            var words = body(random.nextInt(units.size())).split(" ");
            queries.add(words[random.nextInt(words.length / 2)] + " " + words[words.length / 2 + random.nextInt(words.length / 2 - 1)]);
        }
        for (int i = 0; i < 40; i++) {
            var words = body(random.nextInt(units.size())).split(" ");
            int at = random.nextInt(words.length - 2);
            queries.add("\"" + words[at] + " " + words[at + 1] + "\"");
        }
        for (int i = 0; i < 40; i++) {
            String word;
            do {
                word = word();
            } while (word.length() < 5);
            int at = 1 + random.nextInt(word.length() - 2);
            queries.add(random.nextBoolean() ? word.substring(0, at) + word.substring(at + 1) // a letter dropped
                    : word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2)); // two swapped
        }
        return queries;
    }

    private String body(int index) {
        String text = units.get(index).text();
        return text.substring(0, text.length() - 1);
    }

    static boolean isPhrase(String query) {
        return query.startsWith("\"");
    }

    private static List<String> vocabulary(Path content, Random random) {
        var words = new TreeSet<String>();
        var word = Pattern.compile("[a-z]{3,}");
        try (var files = Files.walk(content)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                var matcher = word.matcher(Files.readString(file).toLowerCase());
                while (matcher.find()) {
                    words.add(matcher.group());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var list = new ArrayList<>(words);
        Collections.shuffle(list, random);
        return List.copyOf(list);
    }
}
