package fi.huoltopolku.infra;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** The open screens and the sessions holding them, as gauges. */
@Singleton
@Requires(bean = MeterRegistry.class)
final class ScreenMetrics implements MeterBinder {

    private final OpenScreens screens;

    ScreenMetrics(OpenScreens screens) {
        this.screens = screens;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("huoltopolku.screens.open", screens, OpenScreens::screens)
                .description("Screens (Vaadin UIs) open in browsers").register(registry);
        Gauge.builder("huoltopolku.sessions.open", screens, OpenScreens::sessions)
                .description("Sessions with screens (signed in or on the sign-in page)").register(registry);
    }
}
