package fi.huoltopolku.checks;

import fi.huoltopolku.visit.Decision;
import fi.huoltopolku.visit.EventKind;
import fi.huoltopolku.visit.ExtraWork;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The facts nobody has to tick, derived from a visit's timeline. A fact that cannot be known yet
 * is not checked (null), never a pass or a fail.
 */
final class Derivation {

    static final String READY_ON_TIME = "DRV_READY_ON_TIME";
    static final String EXTRA_APPROVED_FIRST = "DRV_EXTRA_APPROVED_FIRST";
    static final String FIRST_TIME_PASS = "DRV_FIRST_TIME_PASS";
    static final String NO_COMEBACK = "DRV_NO_COMEBACK";
    static final String DELAY_TOLD = "DRV_DELAY_TOLD";
    /** A contact this long before the promise was moved counts as telling of it (the call came first). */
    static final Duration TOLD_BEFORE_CHANGE = Duration.ofHours(2);
    static final Duration COMEBACK_WINDOW = Duration.ofDays(30);

    /** What the derivation needs to know of a visit. */
    record Facts(Instant promisedAt, List<VisitEvent> timeline, List<ExtraWork> extraWork,
            List<Instant> comebacksBookedAt, Instant now) {
    }

    private Derivation() {
    }

    /** Each derived item's answer, null where it is not known (yet). */
    static Map<String, @Nullable Answer> derive(Facts facts) {
        Map<String, @Nullable Answer> answers = new LinkedHashMap<>();
        answers.put(READY_ON_TIME, firstMoveTo(facts, Stage.READY)
                .map(at -> at.isAfter(facts.promisedAt()) ? Answer.NO : Answer.YES).orElse(null));
        answers.put(EXTRA_APPROVED_FIRST, extraWorkApprovedFirst(facts.extraWork()));
        answers.put(FIRST_TIME_PASS, firstTimePass(facts.timeline()));
        answers.put(NO_COMEBACK, noComeback(facts));
        answers.put(DELAY_TOLD, delayTold(facts));
        return answers;
    }

    private static @Nullable Answer extraWorkApprovedFirst(List<ExtraWork> lines) {
        List<ExtraWork> done = lines.stream().filter(l -> l.doneAt() != null).toList();
        if (done.isEmpty()) {
            return null;
        }
        boolean allApprovedFirst = done.stream().allMatch(l -> l.decision() == Decision.APPROVED
                && l.decidedAt() != null && !l.decidedAt().isAfter(l.doneAt()));
        return allApprovedFirst ? Answer.YES : Answer.NO;
    }

    private static @Nullable Answer firstTimePass(List<VisitEvent> timeline) {
        boolean passed = timeline.stream().anyMatch(e -> isMove(e, Stage.QUALITY_CHECK, Stage.WASH)
                || isMove(e, Stage.QUALITY_CHECK, Stage.READY));
        if (!passed) {
            return null;
        }
        boolean reworked = timeline.stream().anyMatch(e -> isMove(e, Stage.QUALITY_CHECK, Stage.IN_WORK));
        return reworked ? Answer.NO : Answer.YES;
    }

    private static @Nullable Answer noComeback(Facts facts) {
        Optional<Instant> handedOver = firstMoveTo(facts, Stage.FOLLOW_UP);
        if (handedOver.isEmpty()) {
            return null;
        }
        Instant windowEnd = handedOver.get().plus(COMEBACK_WINDOW);
        boolean cameBack = facts.comebacksBookedAt().stream().anyMatch(at -> !at.isAfter(windowEnd));
        if (cameBack) {
            return Answer.NO;
        }
        return facts.now().isBefore(windowEnd) ? null : Answer.YES;
    }

    /**
     * Every time the promise moved later, the customer was told (an outbound contact, from a little
     * before the change until the old promise ran out). Not known while a delay is untold and its
     * old promise has not passed yet; not checked when the promise never moved later.
     */
    private static @Nullable Answer delayTold(Facts facts) {
        List<VisitEvent> delays = facts.timeline().stream().filter(e -> e.kind() == EventKind.PROMISE
                && e.fromValue() != null && e.toValue() != null
                && Instant.parse(e.toValue()).isAfter(Instant.parse(e.fromValue()))).toList();
        if (delays.isEmpty()) {
            return null;
        }
        boolean unknown = false;
        for (VisitEvent delay : delays) {
            Instant deadline = Instant.parse(delay.fromValue());
            boolean told = facts.timeline().stream().anyMatch(e -> e.kind() == EventKind.CONTACT
                    && "OUTBOUND".equals(e.toValue()) && !e.at().isBefore(delay.at().minus(TOLD_BEFORE_CHANGE))
                    && !e.at().isAfter(deadline));
            if (!told) {
                if (facts.now().isAfter(deadline)) {
                    return Answer.NO;
                }
                unknown = true;
            }
        }
        return unknown ? null : Answer.YES;
    }

    private static Optional<Instant> firstMoveTo(Facts facts, Stage stage) {
        return facts.timeline().stream()
                .filter(e -> e.kind() == EventKind.STAGE && stage.name().equals(e.toValue()))
                .map(VisitEvent::at).min(Instant::compareTo);
    }

    private static boolean isMove(VisitEvent e, Stage from, Stage to) {
        return e.kind() == EventKind.STAGE && from.name().equals(e.fromValue()) && to.name().equals(e.toValue());
    }
}
