package fi.huoltopolku.visit;

import fi.huoltopolku.base.Localized;
import fi.huoltopolku.base.Problem;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** The rules of the journey: which moves are legal, and why an illegal one is refused. */
public final class Journey {

    private static final Map<Stage, Set<Stage>> MOVES = Map.of(
            Stage.BOOKED, EnumSet.of(Stage.CHECKED_IN, Stage.CLOSED),
            Stage.CHECKED_IN, EnumSet.of(Stage.IN_WORK),
            Stage.IN_WORK, EnumSet.of(Stage.QUALITY_CHECK),
            Stage.QUALITY_CHECK, EnumSet.of(Stage.IN_WORK, Stage.WASH, Stage.READY),
            Stage.WASH, EnumSet.of(Stage.READY),
            Stage.READY, EnumSet.of(Stage.FOLLOW_UP),
            Stage.FOLLOW_UP, EnumSet.of(Stage.CLOSED),
            Stage.CLOSED, EnumSet.noneOf(Stage.class));

    private Journey() {
    }

    /** The usual next stage, or null when the visit is closed. */
    public static @Nullable Stage next(Stage from, Set<Flag> flags) {
        return switch (from) {
            case BOOKED -> Stage.CHECKED_IN;
            case CHECKED_IN -> Stage.IN_WORK;
            case IN_WORK -> Stage.QUALITY_CHECK;
            case QUALITY_CHECK -> flags.contains(Flag.WASH) ? Stage.WASH : Stage.READY;
            case WASH -> Stage.READY;
            case READY -> Stage.FOLLOW_UP;
            case FOLLOW_UP -> Stage.CLOSED;
            case CLOSED -> null;
        };
    }

    /** A move onwards in the journey (not a send-back to work, not a cancellation). */
    public static boolean forward(Stage from, Stage to) {
        return to.ordinal() > from.ordinal() && !(from == Stage.BOOKED && to == Stage.CLOSED);
    }

    /** Every stage a visit may move to from here (before the checks of {@link #checkMove}). */
    public static Set<Stage> targets(Stage from) {
        return MOVES.get(from);
    }

    /**
     * Refuses an illegal move with a {@link Problem} saying why.
     *
     * @param lines the visit's extra-work lines
     * @param note  the note given with the move (a send-back to work and a cancellation need one)
     */
    public static void checkMove(Stage from, Stage to, Set<Flag> flags, List<ExtraWork> lines, @Nullable String note) {
        if (from == to) {
            throw Problem.refused("journey.alreadyThere", to);
        }
        if (from == Stage.CLOSED) {
            throw Problem.refused("journey.closed");
        }
        if (!MOVES.get(from).contains(to)) {
            Stage next = next(from, flags);
            throw Problem.refused("journey.illegal", from, to, next);
        }
        boolean noNote = note == null || note.isBlank();
        if (from == Stage.QUALITY_CHECK && to == Stage.IN_WORK && noNote) {
            throw Problem.refused("journey.reworkNeedsNote");
        }
        if (from == Stage.BOOKED && to == Stage.CLOSED && noNote) {
            throw Problem.refused("journey.cancelNeedsNote");
        }
        if (to == Stage.WASH && !flags.contains(Flag.WASH)) {
            throw Problem.refused("journey.washNotWanted");
        }
        if (from == Stage.QUALITY_CHECK && to == Stage.READY && flags.contains(Flag.WASH)) {
            throw Problem.refused("journey.washFirst");
        }
        if (from == Stage.IN_WORK && to == Stage.QUALITY_CHECK) {
            List<Localized> pending = describe(lines, l -> l.decision() == Decision.PENDING);
            if (!pending.isEmpty()) {
                throw Problem.refused("journey.extraWorkUndecided", pending);
            }
            List<Localized> undone = describe(lines, l -> l.decision() == Decision.APPROVED && l.doneAt() == null);
            if (!undone.isEmpty()) {
                throw Problem.refused("journey.extraWorkNotDone", undone);
            }
        }
    }

    /** Refuses any change of a closed visit. */
    static void notClosed(Visit visit) {
        if (visit.getStage() == Stage.CLOSED) {
            throw Problem.refused("journey.closed");
        }
    }

    /** The lines meant, each in both languages: a preset is named in the reader's language, not by its key. */
    private static List<Localized> describe(List<ExtraWork> lines, Predicate<ExtraWork> which) {
        return lines.stream().filter(which).map(ExtraWork::what).toList();
    }
}
