package fi.huoltopolku.visit;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.security.Callers;
import fi.huoltopolku.site.SiteScope;
import java.util.List;
import java.util.Optional;

/**
 * The one place the visit services keep to the caller's sites: a list keeps the visits of the
 * caller's sites, a visit of another site asked by id is "not found" (never "forbidden", which would
 * tell that it exists). One-site installs and the application's own work see every visit.
 */
final class VisitScopes {

    private VisitScopes() {
    }

    static List<Visit> visible(List<Visit> visits) {
        SiteScope scope = Callers.dataScope();
        return scope.all() ? visits : visits.stream().filter(v -> scope.contains(v.getSiteId())).toList();
    }

    static Optional<Visit> visible(Optional<Visit> visit) {
        return visit.filter(v -> Callers.sees(v.getSiteId()));
    }

    static Visit found(Optional<Visit> visit, long visitId) {
        return visible(visit).orElseThrow(() -> Problem.notFound("problem.noSuchVisit", visitId));
    }
}
