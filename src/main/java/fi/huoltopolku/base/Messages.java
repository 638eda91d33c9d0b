package fi.huoltopolku.base;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.inject.Singleton;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every string a person sees, in English and Finnish ({@code i18n/messages*.properties}). Vaadin
 * views use it as their translation provider; the API uses it in English for its error texts.
 *
 * <p>A message with arguments ({@code {0}}, {@code {1,number,#}}) is a {@link MessageFormat}
 * pattern, where an apostrophe is written {@code ''}; a message without is shown as it is written,
 * a single {@code '}. Which one depends on the message alone, never on whether a caller passed
 * arguments, so a text reads the same from every screen.
 */
@Singleton
public class Messages implements I18NProvider {

    public static final Locale FINNISH = Locale.forLanguageTag("fi");
    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, FINNISH);
    private static final String BUNDLE = "i18n.messages";
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    /** A text in a language, where no provider is at hand (a record that says itself in both languages). */
    public static String text(String key, Locale locale, Object... args) {
        return new Messages().getTranslation(key, locale, args);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
        return hasArguments(pattern) ? new MessageFormat(pattern, locale).format(params) : pattern;
    }

    /** Whether a message is a pattern with arguments (its apostrophes written {@code ''}). */
    static boolean hasArguments(String pattern) {
        return ARGUMENT.matcher(pattern).find();
    }

    /** The text of a problem without the field's name, for showing under that field. */
    public String reason(Problem problem, Locale locale) {
        return getTranslation(problem.key(), locale, problem.args().stream().map(a -> arg(a, locale)).toArray());
    }

    /** The text of a problem in the given language (of each, when a request had several). */
    public String text(Problem problem, Locale locale) {
        if (problem.problems().size() > 1) {
            return problem.problems().stream().map(p -> text(p, locale)).collect(Collectors.joining("; "));
        }
        Object[] args = problem.args().stream().map(a -> arg(a, locale)).toArray();
        String text = getTranslation(problem.key(), locale, args);
        if (problem.field() == null) {
            return text;
        }
        String label = getTranslation("field." + problem.field(), locale);
        return (label.startsWith("!") ? problem.field() : label) + ": " + text;
    }

    private Object arg(Object arg, Locale locale) {
        if (arg instanceof Enum<?> e) {
            return getTranslation(enumKey(e), locale);
        }
        if (arg instanceof Problem problem) {
            return text(problem, locale);
        }
        if (arg instanceof Localized text) {
            return text.in(locale);
        }
        if (arg instanceof List<?> list) {
            return list.stream().map(a -> String.valueOf(arg(a, locale))).collect(Collectors.joining("; "));
        }
        return arg;
    }

    /** The translation key of an enum constant: {@code stage.IN_WORK}, {@code flag.WASH}. */
    public static String enumKey(Enum<?> value) {
        String type = value.getDeclaringClass().getSimpleName();
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
    }

    public String name(Enum<?> value, Locale locale) {
        return getTranslation(enumKey(value), locale);
    }

    static Locale supported(Locale locale) {
        return FINNISH.getLanguage().equals(locale.getLanguage()) ? FINNISH : Locale.ROOT;
    }
}
