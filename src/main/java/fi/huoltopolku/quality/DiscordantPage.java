package fi.huoltopolku.quality;

import java.util.List;

/** A page of the drill-down's disagreeing visits, and how many there are for the filter in all. */
public record DiscordantPage(List<DiscordantVisit> visits, int total) {
}
