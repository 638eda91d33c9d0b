package fi.huoltopolku.base;

import fi.huoltopolku.visit.Stage;

/** A class the ground floor must never have: it uses a feature above it (for {@code LayersTest}). */
public final class BackEdgeSample {

    private BackEdgeSample() {
    }

    public static Stage first() {
        return Stage.values()[0];
    }
}
