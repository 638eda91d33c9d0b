package fi.huoltopolku.visit;

import java.util.Optional;
import java.util.function.LongFunction;

/**
 * A committed change of one visit as the open screens receive it. The visit's card is read once
 * after the commit (by the broadcaster before any screen gets it; for a screen's own change, when it
 * first asks) and shared by every other screen: a change costs one read however many screens are
 * open. A card read before a change the screen already shows (its own change, shown at once) is
 * older by its version, and the screen leaves it (the board and My jobs keep each visit's newest
 * version shown); every screen receives the newer change after it anyway.
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
