package fi.huoltopolku.survey;

import org.jspecify.annotations.Nullable;

/** Net promoter score: % promoters (9–10) minus % detractors (0–6), with n. */
public record Nps(long promoters, long passives, long detractors) {

    public static final Nps NONE = new Nps(0, 0, 0);

    public static Nps of(int likelihood) {
        return likelihood >= 9 ? new Nps(1, 0, 0) : likelihood >= 7 ? new Nps(0, 1, 0) : new Nps(0, 0, 1);
    }

    public long n() {
        return promoters + passives + detractors;
    }

    /** In points from −100 to 100; null without answers. */
    public @Nullable Double score() {
        return n() == 0 ? null : 100.0 * (promoters - detractors) / n();
    }

    public Nps plus(Nps other) {
        return new Nps(promoters + other.promoters, passives + other.passives, detractors + other.detractors);
    }
}
