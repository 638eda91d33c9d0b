package fi.huoltopolku.feedback;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;

/**
 * Words reduced to their stems with Lucene's analysis (Snowball's Finnish and English stemmers), so
 * that a keyword matches its inflected forms: "lasku" finds "laskun", "laskussa" and "laskutus",
 * "hinta" finds "hinnan", "wait" finds "waited". Finnish compounds are split on the keywords
 * themselves ("autopesu" holds "pesu", "loppulasku" holds "lasku").
 *
 * <p>A keyword matches a comment when its stems occur in the comment's stems in order; a single
 * Finnish keyword of at least {@value #PREFIX_AT_LEAST} letters also matches a longer stem it
 * begins (derivations: "lasku" → "laskutettiin").
 *
 * <p>A few Finnish words begin like a keyword but mean something else in a workshop's comments
 * ({@link #FALSE_FRIENDS}: "korjaamo" is the workshop, not a repair; "luvatta" is without leave,
 * not promised; "odotettu", "odotukset" and "odotustila" are expected, expectations and the
 * waiting room, not waiting; "varaosa" is a spare part, not a booking): they are read as no
 * keyword at all.
 */
final class CommentStems implements AutoCloseable {

    /** The shortest Finnish keyword stem that matches the stems it begins. */
    static final int PREFIX_AT_LEAST = 4;

    /** Beginnings of Finnish words that look like a keyword's but never speak to a theme. */
    static final List<String> FALSE_FRIENDS = List.of("korjaamo", "luvatta", "odotet", "odotuks", "odotustil", "varaos");

    private final Analyzer analyzer;

    /** The stems of texts in a language ("fi" or "en"); Finnish compounds split on {@code compoundParts}. */
    CommentStems(String language, Collection<String> compoundParts) {
        boolean finnish = "fi".equals(language);
        CharArraySet parts = new CharArraySet(compoundParts, true);
        this.analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer tokens = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokens);
                if (finnish) {
                    stream = new FilteringTokenFilter(stream) {
                        private final CharTermAttribute word = addAttribute(CharTermAttribute.class);

                        @Override
                        protected boolean accept() {
                            String text = word.toString();
                            return FALSE_FRIENDS.stream().noneMatch(text::startsWith);
                        }
                    };
                    if (!parts.isEmpty()) {
                        stream = new DictionaryCompoundWordTokenFilter(stream, parts, 5, PREFIX_AT_LEAST, 20, false);
                    }
                    stream = new SnowballFilter(stream, new FinnishStemmer());
                } else {
                    stream = new SnowballFilter(new EnglishPossessiveFilter(stream), new EnglishStemmer());
                }
                return new TokenStreamComponents(tokens, stream);
            }
        };
    }

    /** The stems of a text, in order. */
    List<String> of(String text) {
        try (TokenStream stream = analyzer.tokenStream("comment", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            List<String> stems = new ArrayList<>();
            stream.reset();
            while (stream.incrementToken()) {
                stems.add(term.toString());
            }
            stream.end();
            return stems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        analyzer.close();
    }

    /** Whether the keyword's stems occur in the comment's, in order (a Finnish single word also as a prefix). */
    static boolean contains(List<String> comment, List<String> keyword, String language) {
        if (keyword.isEmpty()) {
            return false;
        }
        boolean prefix = "fi".equals(language) && keyword.size() == 1 && keyword.get(0).length() >= PREFIX_AT_LEAST;
        for (int start = 0; start + keyword.size() <= comment.size(); start++) {
            boolean all = true;
            for (int i = 0; i < keyword.size() && all; i++) {
                String word = comment.get(start + i);
                all = word.equals(keyword.get(i)) || (prefix && word.startsWith(keyword.get(i)));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
