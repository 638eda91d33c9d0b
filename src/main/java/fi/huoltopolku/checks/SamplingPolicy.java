package fi.huoltopolku.checks;

/**
 * Which handed-over cars a foreman re-inspects: each car by chance with the configured share, and
 * a technician's car for certain once that many of theirs went by undrawn that chance alone would
 * rarely allow ({@code maxGap}), so that no technician goes unsampled for long.
 */
record SamplingPolicy(double share, int maxGap) {

    SamplingPolicy {
        if (share <= 0 || share > 1) {
            throw new IllegalArgumentException("post-inspection share must be in (0, 1], was " + share);
        }
        if (maxGap < 1) {
            throw new IllegalArgumentException("post-inspection max gap must be at least 1, was " + maxGap);
        }
    }

    enum Draw { NONE, BY_CHANCE, FOR_FAIRNESS }

    /**
     * @param handedOverSinceLastDraw the technician's handovers since their last drawn car,
     *                                this one included
     * @param roll                    a uniform random number in [0, 1)
     */
    Draw decide(long handedOverSinceLastDraw, double roll) {
        if (roll < share) {
            return Draw.BY_CHANCE;
        }
        return handedOverSinceLastDraw >= maxGap ? Draw.FOR_FAIRNESS : Draw.NONE;
    }
}
