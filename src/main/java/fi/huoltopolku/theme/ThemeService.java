package fi.huoltopolku.theme;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The themes: listed in order, edited in both languages, retired (never deleted). */
@Singleton
@Allowed({Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER})
public class ThemeService {

    private final ThemeRepository themes;

    ThemeService(ThemeRepository themes) {
        this.themes = themes;
    }

    @Transactional
    public List<Theme> all() {
        return themes.listOrderByPosition();
    }

    @Transactional
    public List<Theme> active() {
        return themes.listOrderByPosition().stream().filter(t -> !t.retired()).toList();
    }

    @Transactional
    public Map<Long, Theme> byId() {
        return themes.listOrderByPosition().stream().collect(Collectors.toMap(Theme::id, Function.identity()));
    }

    @Transactional
    public Theme byCode(String code) {
        return themes.findByCode(code).orElseThrow(() -> Problem.invalid("theme", "problem.unknownTheme", code));
    }

    /** Renames or re-describes a theme in both languages. */
    @Transactional
    public Theme edit(long id, long expectedVersion, @Nullable String nameEn, @Nullable String nameFi,
            @Nullable String descriptionEn, @Nullable String descriptionFi) {
        Theme theme = load(id, expectedVersion);
        return update(new Theme(theme.id(), theme.code(), text("nameEn", nameEn, 100), text("nameFi", nameFi, 100),
                text("descriptionEn", descriptionEn, 500), text("descriptionFi", descriptionFi, 500),
                theme.position(), theme.retired(), theme.version()));
    }

    /** Retires or restores a theme; it keeps its history and stays in reports of the past. */
    @Transactional
    public Theme setRetired(long id, long expectedVersion, boolean retired) {
        Theme theme = load(id, expectedVersion);
        return update(new Theme(theme.id(), theme.code(), theme.nameEn(), theme.nameFi(), theme.descriptionEn(),
                theme.descriptionFi(), theme.position(), retired, theme.version()));
    }

    private Theme load(long id, long expectedVersion) {
        Theme theme = themes.findById(id).orElseThrow(() -> Problem.notFound("problem.unknownTheme", id));
        if (!Objects.equals(theme.version(), expectedVersion)) {
            throw Problem.conflict("problem.staleEdit");
        }
        return theme;
    }

    private Theme update(Theme theme) {
        try {
            return themes.update(theme);
        } catch (OptimisticLockException e) {
            throw Problem.conflict("problem.staleEdit");
        }
    }

    private static String text(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            throw Problem.invalid(field, "problem.required");
        }
        if (value.length() > max) {
            throw Problem.invalid(field, "problem.tooLong", max);
        }
        return value.trim();
    }
}
