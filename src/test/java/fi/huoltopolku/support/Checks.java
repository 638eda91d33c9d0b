package fi.huoltopolku.support;

import fi.huoltopolku.checks.Answer;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.checks.Source;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.visit.Stage;

/** Answers a stage's mandatory checks, as the people in the flow would, so a test can move on. */
public final class Checks {

    private Checks() {
    }

    public static void answerMandatory(ChecklistService checks, long visitId, Stage stage, Actor actor) {
        checks.checklist(visitId, stage).stream()
                .filter(r -> r.mandatory() && !r.answered())
                .forEach(r -> checks.answer(visitId, r.code(), Answer.YES, null, Source.PROCESS, actor));
    }
}
