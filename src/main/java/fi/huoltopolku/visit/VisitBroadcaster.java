package fi.huoltopolku.visit;

import fi.huoltopolku.security.Callers;
import fi.huoltopolku.site.SiteScope;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells every open screen that a visit changed, once the change is committed. The listeners run on
 * threads of the broadcaster's own, never on the thread of the request that made the change: the
 * person who saved waits for nobody else's screen. Screens register while attached and push the
 * update to their browser themselves (see {@code visit.ui.LiveUpdates}); the changed visit's card is
 * read once per change, before any screen takes it, and shared by all of them ({@link ChangedVisit}).
 *
 * <p>Screens are spread over a few delivery lanes, so one screen slow to take its update (a browser
 * on a bad network) holds up only its lane; each screen stays on one lane and so receives its
 * changes in the order they were committed.
 */
@Singleton
public class VisitBroadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(VisitBroadcaster.class);
    private static final int LANES = 4;

    /** A screen, with the sites its signed-in person sees: it is told only of their visits. */
    private record Listener(Consumer<ChangedVisit> screen, ExecutorService lane, SiteScope sites) {
    }

    private final VisitOverviewService overview;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService[] lanes = new ExecutorService[LANES];
    private final ExecutorService reader = daemon("visit-broadcast-reader");
    private final AtomicInteger registered = new AtomicInteger();

    VisitBroadcaster(VisitOverviewService overview) {
        this.overview = overview;
        for (int i = 0; i < LANES; i++) {
            lanes[i] = daemon("visit-broadcast-" + (i + 1));
        }
    }

    private static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Registers a listener of the current caller's sites; run the returned handle to unregister. */
    public Runnable register(Consumer<ChangedVisit> screen) {
        Listener listener = new Listener(screen, lanes[Math.floorMod(registered.getAndIncrement(), LANES)],
                Callers.dataScope());
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** How many screens listen now. */
    public int listening() {
        return listeners.size();
    }

    @TransactionalEventListener
    void onCommitted(VisitChanged event) {
        deliver(event.visitId());
    }

    /** A change committed by another app node on the same database ({@link ChangesAcrossNodes}). */
    void committedElsewhere(long visitId) {
        deliver(visitId);
    }

    /**
     * The changed card is read once, on the reader's thread, before any screen gets it: a screen
     * applies it holding its session's lock, and a read there would keep that session's own requests
     * waiting as long as the database takes. One reader hands the changes to the lanes in the order
     * they were committed.
     */
    private void deliver(long visitId) {
        reader.execute(() -> {
            ChangedVisit changed = ChangedVisit.of(visitId, overview);
            try {
                changed.card();
            } catch (RuntimeException e) {
                LOG.warn("The change of visit {} could not be read for the screens: {}", visitId, e.toString());
                return;
            }
            for (Listener listener : listeners) {
                // A visit gone (its customer's data removed) is told to every screen: each drops it if shown.
                if (!changed.card().map(card -> listener.sites().contains(card.siteId())).orElse(true)) {
                    continue;
                }
                listener.lane().execute(() -> deliver(listener, changed));
            }
        });
    }

    private static void deliver(Listener listener, ChangedVisit changed) {
        try {
            listener.screen().accept(changed);
        } catch (RuntimeException e) {
            LOG.warn("A screen could not take the change of visit {}: {}", changed.visitId(), e.toString());
        }
    }

    /**
     * Stops taking changes and lets a read under way finish before the app closes its database (a read
     * cut off by the closing pool would leave a broken connection behind in the log).
     */
    @PreDestroy
    void close() throws InterruptedException {
        reader.shutdownNow();
        reader.awaitTermination(5, TimeUnit.SECONDS);
        for (ExecutorService lane : lanes) {
            lane.shutdownNow();
        }
    }
}
