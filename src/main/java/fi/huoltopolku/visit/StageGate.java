package fi.huoltopolku.visit;

import fi.huoltopolku.base.Localized;
import java.util.List;

/**
 * What must be done before a visit may leave a stage. The checks feature answers it with the
 * stage's mandatory check items that are still open; the journey refuses the move listing them.
 */
public interface StageGate {

    List<Localized> openMandatory(long visitId, Stage stage);
}
