package fi.huoltopolku.feedback;

import org.jspecify.annotations.Nullable;

/** Of the cases due in a period (or contacted), how many were contacted by their due time. */
public record ContactKpi(long due, long contactedInTime) {

    public @Nullable Double share() {
        return due == 0 ? null : (double) contactedInTime / due;
    }
}
