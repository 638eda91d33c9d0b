package fi.huoltopolku.checks;

import fi.huoltopolku.theme.Theme;

/** A check item with its current wording and theme, as the item editor shows it. */
public record ItemTemplate(CheckItem item, CheckItemVersion current, Theme theme) {

    public boolean retired() {
        return item.retiredAt() != null;
    }
}
