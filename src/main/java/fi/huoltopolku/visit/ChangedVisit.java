package fi.huoltopolku.visit;

import java.util.Optional;
import java.util.function.LongFunction;

/**
 * A committed change of one visit as the open screens receive it. The visit's card is read once
 * after the commit (by the broadcaster before any screen gets it; for a screen's own change, when it
 * first asks) and shared by every other screen: a change costs one read however many screens are
 * open. A screen that applies an older change after a newer one was committed is put right by the
 * newer change, which each screen receives after it.
 */
public final class ChangedVisit {

    private final long visitId;
    private final LongFunction<Optional<VisitCard>> read;
    private Optional<VisitCard> card;

    ChangedVisit(long visitId, LongFunction<Optional<VisitCard>> read) {
        this.visitId = visitId;
        this.read = read;
    }

    /** A change whose card is read from the overview when first asked for (a screen's own change). */
    public static ChangedVisit of(long visitId, VisitOverviewService overview) {
        return new ChangedVisit(visitId, overview::findCard);
    }

    public long visitId() {
        return visitId;
    }

    /** The visit as it is now, or empty when it is gone (removed with its customer's data). */
    public synchronized Optional<VisitCard> card() {
        if (card == null) {
            card = read.apply(visitId);
        }
        return card;
    }
}
