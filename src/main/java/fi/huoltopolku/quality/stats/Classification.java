package fi.huoltopolku.quality.stats;

/** How a theme's two sides relate. The names are part of the API. */
public enum Classification {
    /** Checks say good, customers don't. */
    BLIND_SPOT,
    /** Customers happy, checks say no: a hidden strength, or work done but not recorded. */
    HIDDEN_STRENGTH,
    /** The sides agree within the gap threshold and both reach "good", each by its own rate. */
    ALIGNED_GOOD,
    /**
     * The sides agree within the gap threshold and at least one falls short of "good": both, or
     * only one ({@code objectiveGood} and {@code subjectiveGood} say which).
     */
    ALIGNED_WEAK,
    /** Fewer answers than the threshold on either side: never classified. */
    TOO_FEW_ANSWERS
}
