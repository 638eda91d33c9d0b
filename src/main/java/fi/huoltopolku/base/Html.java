package fi.huoltopolku.base;

import org.jspecify.annotations.Nullable;

/** Text put into HTML the app writes itself (the survey page, the board's tiles). */
public final class Html {

    private Html() {
    }

    /** Text as HTML shows it: what a customer or an advisor typed never becomes markup. */
    public static String escape(@Nullable String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
