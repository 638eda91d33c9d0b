package fi.huoltopolku.base;

import org.jspecify.annotations.Nullable;

/** Text put into HTML the app writes itself (the survey and approval pages, the board's tiles). */
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

    /**
     * The workshop's name and how to reach it ({@code huoltopolku.workshop-contact}, e.g. "+358 9 123
     * 4567, huolto@example.com") for a customer's page: a phone number to tap, an e-mail address to
     * write to, anything else as text; only the name when no contact is set.
     */
    public static String contact(String workshop, String contact) {
        StringBuilder html = new StringBuilder("<p class=\"contact\" id=\"contact\"><strong>").append(escape(workshop))
                .append("</strong>");
        String separator = "<br>";
        for (String part : contact.split("[,;]")) {
            String each = part.strip();
            if (each.isEmpty()) {
                continue;
            }
            html.append(separator);
            separator = ", ";
            String digits = each.replaceAll("[^0-9]", "");
            if (each.matches("[^\\s@]+@[^\\s@]+\\.[^\\s@]+")) {
                html.append("<a href=\"mailto:").append(escape(each)).append("\">").append(escape(each)).append("</a>");
            } else if (each.matches("\\+?[0-9 ()\\-]+") && digits.length() >= 6) {
                html.append("<a href=\"tel:").append(each.startsWith("+") ? "+" : "").append(digits).append("\">")
                        .append(escape(each)).append("</a>");
            } else {
                html.append(escape(each));
            }
        }
        return html.append("</p>").toString();
    }
}
