package fi.huoltopolku.checks;

import org.jspecify.annotations.Nullable;

/**
 * Objective figures of a group of check answers. Compliance = yes ÷ (yes + no), with n = yes + no
 * (N/A and not checked count as neither). Coverage = answered ÷ required, over the items the
 * process asked for (in-flow items of the stages a visit entered, post-inspection items of the cars
 * drawn); workshop tests and derived facts are not asked of anyone and have no coverage.
 */
public record Figures(long yes, long no, long na, long answered, long required) {

    public static final Figures NONE = new Figures(0, 0, 0, 0, 0);

    public long n() {
        return yes + no;
    }

    /** Null when there is no yes or no answer: nothing to say, not zero. */
    public @Nullable Double compliance() {
        return n() == 0 ? null : (double) yes / n();
    }

    public @Nullable Double coverage() {
        return required == 0 ? null : (double) answered / required;
    }

    public Figures plus(Figures other) {
        return new Figures(yes + other.yes, no + other.no, na + other.na, answered + other.answered,
                required + other.required);
    }
}
