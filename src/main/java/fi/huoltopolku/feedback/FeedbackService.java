package fi.huoltopolku.feedback;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.Callers;
import fi.huoltopolku.site.SiteScope;
import fi.huoltopolku.survey.ResponseReceived;
import fi.huoltopolku.survey.SurveyResponse;
import fi.huoltopolku.survey.SurveyService;
import fi.huoltopolku.theme.Theme;
import fi.huoltopolku.theme.ThemeService;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The feedback inbox: cases opened from customers' answers, contacted, resolved, tagged with themes. */
@Singleton
@Allowed({Role.ADVISOR, Role.FOREMAN, Role.MANAGER})
public class FeedbackService {

    static final int MAX_TEXT = 2000;

    private final FeedbackRepositories.Cases cases;
    private final FeedbackRepositories.Words words;
    private final SurveyService surveys;
    private final VisitOverviewService visits;
    private final PeopleService people;
    private final ThemeService themes;
    private final WorkshopClock clock;
    private final CommentTagger tagger;
    private final int dueWorkingDays;

    FeedbackService(FeedbackRepositories.Cases cases, FeedbackRepositories.Words words, SurveyService surveys,
            VisitOverviewService visits, PeopleService people, ThemeService themes, WorkshopClock clock,
            CommentTagger tagger, @Value("${huoltopolku.feedback.due-working-days:2}") int dueWorkingDays) {
        this.cases = cases;
        this.words = words;
        this.surveys = surveys;
        this.visits = visits;
        this.people = people;
        this.themes = themes;
        this.clock = clock;
        this.tagger = tagger;
        this.dueWorkingDays = dueWorkingDays;
    }

    /** Every comment, rating ≤ 2 and likelihood to recommend ≤ 6 opens a case for the visit's advisor. */
    @EventListener
    void onResponse(ResponseReceived received) {
        openFor(received.responseId());
    }

    /** Opens the case a response calls for; returns it, or null when the answer needs nobody. */
    @Transactional
    public @Nullable Long openFor(long responseId) {
        Optional<FeedbackCase> existing = cases.findByResponseId(responseId);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        SurveyResponse response = surveys.response(responseId);
        List<String> reasons = reasons(response, surveys.ratings(responseId).values());
        if (reasons.isEmpty()) {
            return null;
        }
        VisitCard visit = visits.card(response.visitId());
        Instant now = clock.now();
        FeedbackCase opened = cases.save(new FeedbackCase(null, response.visitId(), responseId, visit.advisorId(),
                CaseStatus.NEW, String.join(",", reasons), now, due(now, clock.zone(), dueWorkingDays), null, null, null,
                null, null));
        return opened.id();
    }

    /** Why an answer needs someone: it has a comment, a rating of 2 or less, a likelihood to recommend of 6 or less. */
    static List<String> reasons(SurveyResponse response, Collection<Integer> ratings) {
        List<String> reasons = new ArrayList<>();
        if (response.comment() != null && !response.comment().isBlank()) {
            reasons.add("COMMENT");
        }
        if (response.overall() <= 2 || ratings.stream().anyMatch(r -> r <= 2)) {
            reasons.add("LOW_RATING");
        }
        if (response.nps() != null && response.nps() <= 6) {
            reasons.add("DETRACTOR");
        }
        return reasons;
    }

    /** The end of the n-th working day (Monday to Friday) after the given time, in the workshop's zone. */
    static Instant due(Instant openedAt, ZoneId zone, int workingDays) {
        ZonedDateTime day = openedAt.atZone(zone);
        int added = 0;
        while (added < workingDays) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return day.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Open cases (new or contacted) of one person, or of everyone when {@code ownerId} is null; due first. */
    @Transactional
    public List<FeedbackCard> open(@Nullable Long ownerId) {
        return cards(cases.findByStatusInOrderByDueAt(EnumSet.of(CaseStatus.NEW, CaseStatus.CONTACTED)).stream()
                .filter(c -> ownerId == null || ownerId.equals(c.ownerId())).toList());
    }

    @Transactional
    public List<FeedbackCard> ofVisit(long visitId) {
        return cards(cases.findByVisitId(visitId));
    }

    /** The customer was contacted; what was said is written down. */
    @Transactional
    public void contacted(long caseId, long expectedVersion, @Nullable String note, Actor actor) {
        FeedbackCase c = load(caseId, expectedVersion);
        if (c.status() != CaseStatus.NEW) {
            throw Problem.refused("feedback.alreadyContacted");
        }
        update(c.contacted(clock.now(), text("contactNote", note)));
    }

    /** Closes the case; only with the resolution written down. */
    @Transactional
    public void resolve(long caseId, long expectedVersion, @Nullable String resolution, Actor actor) {
        FeedbackCase c = load(caseId, expectedVersion);
        if (c.status() == CaseStatus.RESOLVED) {
            throw Problem.refused("feedback.alreadyResolved");
        }
        update(c.resolved(clock.now(), text("resolution", resolution)));
    }

    @Transactional
    public void reassign(long caseId, long expectedVersion, long personId, Actor actor) {
        FeedbackCase c = load(caseId, expectedVersion);
        Person person = people.find(personId)
                .orElseThrow(() -> Problem.invalid("person", "problem.unknownPerson", personId));
        update(c.ownedBy(person.id()));
    }

    /** The themes the comment speaks about, as staff tag them. */
    @Transactional
    public void tag(long caseId, Set<String> themeCodes) {
        found(caseId);
        Set<String> known = new LinkedHashSet<>();
        for (String code : themeCodes) {
            known.add(themes.byCode(code).code());
        }
        words.clearTags(caseId);
        known.forEach(code -> words.tag(caseId, code));
    }

    /**
     * Themes the comment speaks about: its keywords (English and Finnish lists, editable), matched on
     * word stems so that inflected forms and Finnish compounds count ({@link CommentStems}), weighed
     * by a model learned from tagged comments, staff's own tags included ({@link CommentTagger}).
     */
    @Transactional
    public List<String> suggest(@Nullable String comment) {
        try (ThemeSuggester suggester = suggester()) {
            return suggester.suggest(comment);
        }
    }

    /** The keyword lists of both languages stemmed once, and the model, for the comments of a request. */
    private ThemeSuggester suggester() {
        return tagger.suggester();
    }

    /**
     * What customers wrote about a theme (comments staff tagged with it) for visits booked in
     * [from, to), newest first; the same words from several customers are one comment with its count
     * (compared without case and extra spaces), and how many of them rated the theme low or high
     * (their overall rating where they left the theme unrated). Of the caller's sites' visits.
     */
    @Transactional
    public List<Said> commentsAbout(String themeCode, Instant from, Instant to) {
        SiteScope scope = Callers.dataScope();
        return countedOnce(words.commentsTagged(themeCode, from, to, scope.all(), scope.sqlIds()));
    }

    /**
     * What the customers of one person's visits (as their advisor or technician) wrote, booked in
     * [from, to), newest first, the same words counted once (low and high by the overall rating).
     * Only for that person's own view.
     */
    @Transactional
    public List<Said> commentsOnVisitsOf(long personId, Instant from, Instant to) {
        return countedOnce(words.commentsOnVisitsOf(personId, from, to));
    }

    /** Comments as "rating:words", newest first, counted once by their words. */
    private static List<Said> countedOnce(List<String> ratedComments) {
        Map<String, String> first = new LinkedHashMap<>();
        Map<String, int[]> counts = new HashMap<>();
        for (String rated : ratedComments) {
            int rating = rated.charAt(0) - '0';
            String comment = rated.substring(rated.indexOf(':') + 1);
            String key = comment.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            first.putIfAbsent(key, comment.strip());
            int[] count = counts.computeIfAbsent(key, k -> new int[3]);
            count[0]++;
            count[1] += rating <= 2 ? 1 : 0;
            count[2] += rating >= 4 ? 1 : 0;
        }
        return first.entrySet().stream().map(e -> {
            int[] count = counts.get(e.getKey());
            return new Said(e.getValue(), count[0], count[1], count[2]);
        }).toList();
    }

    /** A theme's keywords in one language. */
    @Transactional
    public List<String> keywords(String themeCode, String language) {
        return words.keywords(language).stream().filter(e -> e.startsWith(themeCode + ":"))
                .map(e -> e.substring(themeCode.length() + 1)).toList();
    }

    /** Replaces a theme's keywords in one language. */
    @Transactional
    public void setKeywords(String themeCode, String language, List<String> keywords) {
        themes.byCode(themeCode);
        words.clearKeywords(themeCode, language);
        keywords.stream().map(k -> k.trim().toLowerCase(Locale.ROOT)).filter(k -> !k.isEmpty() && k.length() <= 60)
                .distinct().forEach(k -> words.addKeyword(themeCode, language, k));
    }

    /** Of the cases opened in [from, to) that are due by now (or already contacted), the share contacted in time. */
    @Transactional
    public ContactKpi kpi(Instant from, Instant to) {
        Instant now = clock.now();
        long due = 0;
        long inTime = 0;
        List<FeedbackCase> opened = cases.findByOpenedAtGreaterThanEqualsAndOpenedAtLessThan(from, to);
        Set<Long> visible = visits.visibleOf(opened.stream().map(FeedbackCase::visitId).toList());
        for (FeedbackCase c : opened) {
            if (!visible.contains(c.visitId())) {
                continue;
            }
            if (c.contactedAt() == null && c.dueAt().isAfter(now)) {
                continue;
            }
            due++;
            if (c.contactedAt() != null && !c.contactedAt().isAfter(c.dueAt())) {
                inTime++;
            }
        }
        return new ContactKpi(due, inTime);
    }

    /** The cards of the cases on visits of the caller's sites: every list of cases goes through here. */
    private List<FeedbackCard> cards(List<FeedbackCase> all) {
        Set<Long> visible = visits.visibleOf(all.stream().map(FeedbackCase::visitId).toList());
        List<FeedbackCase> list = all.stream().filter(c -> visible.contains(c.visitId())).toList();
        Map<Long, Person> staff = people.peopleById();
        Map<Long, Theme> themeById = themes.byId();
        Instant now = clock.now();
        List<FeedbackCard> cards = new ArrayList<>();
        try (ThemeSuggester suggester = suggester()) {
            for (FeedbackCase c : list) {
                SurveyResponse r = surveys.response(c.responseId());
                VisitCard visit = visits.card(c.visitId());
                Map<String, Integer> ratings = new LinkedHashMap<>();
                surveys.ratings(c.responseId()).forEach((themeId, rating) -> ratings.put(themeById.get(themeId).code(), rating));
                Person owner = c.ownerId() == null ? null : staff.get(c.ownerId());
                cards.add(new FeedbackCard(c.id(), Objects.requireNonNull(c.version()), c.visitId(), visit.plate(),
                        visit.customerName(), visit.customerPhone(), r.contactConsent(), r.source(), r.overall(), r.nps(),
                        ratings, r.comment(), List.of(c.reasons().split(",")), c.status(), c.ownerId(),
                        owner == null ? null : owner.fullName(), c.openedAt(), c.dueAt(),
                        c.status() == CaseStatus.NEW && now.isAfter(c.dueAt()), c.contactNote(), c.resolution(),
                        words.tagsOf(c.id()), suggester.suggest(r.comment())));
            }
        }
        return cards;
    }

    private FeedbackCase load(long caseId, long expectedVersion) {
        FeedbackCase c = found(caseId);
        if (!Objects.equals(c.version(), expectedVersion)) {
            throw Problem.conflict("problem.staleEdit");
        }
        return c;
    }

    /** The case, "not found" also when its visit is another site's (never "forbidden", which tells it exists). */
    private FeedbackCase found(long caseId) {
        return cases.findById(caseId).filter(c -> !visits.visibleOf(List.of(c.visitId())).isEmpty())
                .orElseThrow(() -> Problem.notFound("feedback.noSuchCase", caseId));
    }

    private void update(FeedbackCase c) {
        try {
            cases.update(c);
        } catch (OptimisticLockException e) {
            throw Problem.conflict("problem.staleEdit");
        }
    }

    private static String text(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw Problem.invalid(field, "problem.required");
        }
        if (value.length() > MAX_TEXT) {
            throw Problem.invalid(field, "problem.tooLong", MAX_TEXT);
        }
        return value.trim();
    }
}
