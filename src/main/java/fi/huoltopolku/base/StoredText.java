package fi.huoltopolku.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixed text the app stores beside what people typed (a timeline note, who acted) is stored as
 * its key and arguments, {@code {{rework.notClean}}} or {@code {{approval.byCustomer|Anna Virtanen}}},
 * and read in the reader's language. Rows stored before that hold one language's words: the known
 * ones are recognised in either language and read the same way.
 */
public final class StoredText {

    private static final Pattern MARK = Pattern.compile("\\{\\{([A-Za-z0-9_.]+)((?:\\|[^|{}]*)*)}}");
    /** The fixed texts earlier versions stored in the writer's language. */
    private static final List<String> LEGACY_KEYS = List.of("checkIn.finishedNote", "rework.noiseRemains",
            "rework.notClean", "rework.partMissing", "rework.warningLight", "approval.byCustomer", "actor.demoData",
            "actor.testImport");
    private static final List<Pattern> LEGACY = legacy();

    private StoredText() {
    }

    /** The stored form of a fixed text: its key and arguments (no '|', '{' or '}' in an argument). */
    public static String of(String key, Object... args) {
        StringBuilder stored = new StringBuilder("{{").append(key);
        for (Object arg : args) {
            stored.append('|').append(String.valueOf(arg).replaceAll("[|{}]", " "));
        }
        return stored.append("}}").toString();
    }

    /** A stored text in the reader's language: every key in it told, known old fixed texts too. */
    public static String read(String stored, Locale locale) {
        if (stored == null || stored.isEmpty()) {
            return stored;
        }
        String text = stored.contains("{{") ? marks(stored, locale) : stored;
        for (int i = 0; i < LEGACY.size(); i++) {
            Matcher old = LEGACY.get(i).matcher(text);
            if (old.lookingAt()) {
                String key = LEGACY_KEYS.get(i / 2);
                Object[] args = new Object[old.groupCount() - 1];
                for (int a = 0; a < args.length; a++) {
                    args[a] = old.group(a + 1);
                }
                return Messages.text(key, locale, args) + old.group(old.groupCount());
            }
        }
        return text;
    }

    private static String marks(String stored, Locale locale) {
        Matcher mark = MARK.matcher(stored);
        StringBuilder out = new StringBuilder();
        while (mark.find()) {
            String[] args = mark.group(2).isEmpty() ? new String[0] : mark.group(2).substring(1).split("\\|", -1);
            String told = Messages.text(mark.group(1), locale, (Object[]) args);
            mark.appendReplacement(out, Matcher.quoteReplacement(told.startsWith("!") ? mark.group() : told));
        }
        mark.appendTail(out);
        return out.toString();
    }

    /** Each legacy key's English and Finnish text as a pattern: its arguments any words, then the rest. */
    private static List<Pattern> legacy() {
        List<Pattern> patterns = new ArrayList<>();
        for (String key : LEGACY_KEYS) {
            for (Locale locale : Messages.LOCALES) {
                String text = Messages.text(key, locale).replace("''", "'");
                StringBuilder regex = new StringBuilder();
                Matcher arg = Pattern.compile("\\{\\d+}").matcher(text);
                int at = 0;
                while (arg.find()) {
                    regex.append(Pattern.quote(text.substring(at, arg.start()))).append("(.+?)");
                    at = arg.end();
                }
                regex.append(Pattern.quote(text.substring(at))).append("((?::\\s.*)?)$");
                patterns.add(Pattern.compile(regex.toString(), Pattern.DOTALL));
            }
        }
        return List.copyOf(patterns);
    }
}
