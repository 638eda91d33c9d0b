package fi.huoltopolku.quality;

import fi.huoltopolku.base.Days;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.Validation;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.customer.Keys;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.quality.WeeklyReportRepositories.Subscription;
import fi.huoltopolku.security.AccountService;
import fi.huoltopolku.security.Caller;
import fi.huoltopolku.security.Callers;
import fi.huoltopolku.survey.MessageSender;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The weekly report by e-mail: a manager opts in with an address and a language, and every Monday
 * from 07:00 (workshop time) gets the past week's report as the PDF, through the configured mail
 * sender. Each person's week is claimed once in the database before it is sent, so several nodes
 * (or a check that runs twice) never send it twice; a claim whose node died before sending is
 * taken over after {@link #STALE}. A node that was down on Monday sends it when it comes back.
 */
@Singleton
@Allowed(Role.MANAGER)
public class WeeklyReportService {

    private static final Logger LOG = LoggerFactory.getLogger(WeeklyReportService.class);
    static final LocalTime SEND_FROM = LocalTime.of(7, 0);
    static final Duration STALE = Duration.ofMinutes(30);

    /** A manager's own opt-in and how their latest weekly mail went ("2026-11-23 SENT"). */
    public record MySubscription(String email, String language, @Nullable String latest) {
    }

    private final WeeklyReportRepositories.Subscriptions subscriptions;
    private final WeeklyReportRepositories.Mails mails;
    private final TransactionOperations<Connection> transactions;
    private final ComparisonService comparison;
    private final PeopleService people;
    private final AccountService accounts;
    private final MessageSender sender;
    private final Messages messages;
    private final WorkshopClock clock;
    private final String workshop;

    WeeklyReportService(WeeklyReportRepositories.Subscriptions subscriptions, WeeklyReportRepositories.Mails mails,
            TransactionOperations<Connection> transactions, ComparisonService comparison, PeopleService people,
            AccountService accounts, MessageSender sender, Messages messages, WorkshopClock clock,
            @Value("${huoltopolku.workshop-name:Huoltopolku}") String workshop) {
        this.subscriptions = subscriptions;
        this.mails = mails;
        this.transactions = transactions;
        this.comparison = comparison;
        this.people = people;
        this.accounts = accounts;
        this.sender = sender;
        this.messages = messages;
        this.clock = clock;
        this.workshop = workshop;
    }

    /** The signed-in manager's opt-in, if any. */
    public Optional<MySubscription> mine() {
        long me = me();
        return transactions.executeRead(status -> subscriptions.findById(me)
                .map(s -> new MySubscription(s.email(), s.language(), mails.latest(me).orElse(null))));
    }

    /** The last weekly mail the signed-in manager was sent, as it was composed: what it said and its PDF. */
    public record LastMail(LocalDate weekStart, String status, String subject, String body, byte[] pdf) {

        /** The attachment's file name, the same as in the mail. */
        public String fileName() {
            return "quality-report-" + weekStart + "-to-" + weekStart.plusDays(6) + ".pdf";
        }
    }

    /** The signed-in manager's last weekly mail, if one was composed for them. */
    public Optional<LastMail> lastMail() {
        long me = me();
        return transactions.executeRead(status -> mails.lastKept(me)
                .map(m -> new LastMail(m.weekStart(), m.status(), m.subject(), m.body(), m.pdf())));
    }

    /** Opts the signed-in manager in (or changes the address or language); every problem named at once. */
    public void subscribe(@Nullable String email, @Nullable String language) {
        long me = me();
        Validation check = new Validation();
        String address = email == null ? "" : email.trim();
        if (check.that(!address.isEmpty(), "email", "problem.required")) {
            check.that(address.length() <= 254 && Keys.isEmail(address), "email", "problem.badEmail",
                    address.length() > 60 ? address.substring(0, 60) + "…" : address);
        }
        check.that("fi".equals(language) || "en".equals(language), "language", "problem.required");
        check.done();
        transactions.executeWrite(status -> {
            Subscription now = new Subscription(me, address, language, clock.now());
            if (subscriptions.existsById(me)) {
                subscriptions.update(now);
            } else {
                subscriptions.save(now);
            }
            return null;
        });
    }

    /** Opts the signed-in manager out. */
    public void unsubscribe() {
        long me = me();
        transactions.executeWrite(status -> {
            subscriptions.deleteById(me);
            return null;
        });
    }

    @Scheduled(fixedDelay = "${huoltopolku.weekly-report.check-every:10m}",
            initialDelay = "${huoltopolku.weekly-report.first-check-after:3m}")
    void scheduled() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warn("The weekly reports could not be sent now, trying again later: {}", e.toString());
        }
    }

    /**
     * Sends every weekly mail that is due and not yet sent: the week before the latest Monday 07:00,
     * to each active manager who opted in before that Monday 07:00. Returns how many this call sent.
     */
    public int sendDue() {
        ZonedDateTime now = clock.now().atZone(clock.zone());
        LocalDate monday = now.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (now.isBefore(ZonedDateTime.of(monday, SEND_FROM, clock.zone()))) {
            monday = monday.minusWeeks(1);
        }
        Instant due = ZonedDateTime.of(monday, SEND_FROM, clock.zone()).toInstant();
        LocalDate weekStart = monday.minusWeeks(1);
        int sent = 0;
        for (Subscription subscription : transactions.executeRead(status -> subscriptions.findAll())) {
            Optional<Person> person = people.find(subscription.personId());
            if (subscription.subscribedAt().isAfter(due) || person.isEmpty() || !person.get().active()
                    || !accounts.rolesOf(subscription.personId()).contains(Role.MANAGER)) {
                continue;
            }
            if (claim(subscription.personId(), weekStart)) {
                send(subscription, weekStart, monday);
                sent++;
            }
        }
        return sent;
    }

    /** Whether this call may send the person's mail of the week: it claimed it first, or took over a dead claim. */
    private boolean claim(long personId, LocalDate weekStart) {
        Instant now = clock.now();
        try {
            transactions.executeWrite(status -> {
                mails.claim(personId, weekStart, now);
                return null;
            });
            return true;
        } catch (RuntimeException taken) {
            Long claims = transactions.executeRead(status -> mails.count(personId, weekStart));
            if (claims == 0) {
                throw taken;
            }
            return transactions.executeWrite(status -> mails.reclaim(personId, weekStart, now, now.minus(STALE))) == 1;
        }
    }

    private void send(Subscription subscription, LocalDate weekStart, LocalDate monday) {
        Locale locale = "en".equals(subscription.language()) ? Locale.ENGLISH : Messages.FINNISH;
        LocalDate sunday = monday.minusDays(1);
        FigureFilter week = FigureFilter.period(weekStart.atStartOfDay(clock.zone()).toInstant(),
                monday.atStartOfDay(clock.zone()).toInstant());
        ComparisonReport report = comparison.report(week);
        byte[] pdf = ReportPdf.render(report, messages, locale, clock.zone(), workshop);
        String subject = messages.getTranslation("weeklyReport.subject", locale, workshop, Days.shown(weekStart),
                Days.shown(sunday));
        StringBuilder body = new StringBuilder(messages.getTranslation("weeklyReport.greeting", locale,
                Days.shown(weekStart), Days.shown(sunday))).append("\n\n");
        for (ThemeComparison row : report.focusRows()) {
            body.append(ThemeSentence.focus(row, report.thresholds(), messages, locale)).append("\n");
        }
        if (report.focus().isEmpty()) {
            body.append(messages.getTranslation("report.noFocus", locale)).append("\n");
        }
        body.append("\n").append(messages.getTranslation("weeklyReport.attached", locale));
        MessageSender.Delivery delivery = sender.deliverMail(subscription.email(), subject, body.toString(),
                new MessageSender.Attachment("quality-report-" + weekStart + "-to-" + sunday + ".pdf", "application/pdf",
                        pdf));
        String detail = delivery.detail() == null || delivery.detail().length() <= 500 ? delivery.detail()
                : delivery.detail().substring(0, 500);
        transactions.executeWrite(status -> {
            mails.finish(subscription.personId(), weekStart, delivery.status().name(), detail, subject, body.toString(),
                    pdf);
            return null;
        });
    }

    private static long me() {
        return Callers.current().map(Caller::personId)
                .orElseThrow(Problem::forbidden);
    }
}
