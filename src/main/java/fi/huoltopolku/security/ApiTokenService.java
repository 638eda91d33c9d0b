package fi.huoltopolku.security;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.site.Site;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Integrations' API tokens: 256 random bits, shown once at creation, stored as their SHA-256 hash,
 * scoped to one role, revocable; each use records when it was last used.
 */
@Singleton
@Allowed(Role.ADMIN)
public class ApiTokenService {

    static final String PREFIX = "hp_";

    private final SecurityRepositories.Tokens tokens;
    private final SecurityLog log;
    private final WorkshopClock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(SecurityRepositories.Tokens tokens, SecurityLog log, WorkshopClock clock) {
        this.tokens = tokens;
        this.log = log;
        this.clock = clock;
    }

    /** A created token: the record, and the token itself, which is never shown again. */
    public record Created(ApiToken token, String secret) {
    }

    /** A token of the first site (the one site of a single-site installation). */
    @Transactional
    public Created create(String name, Role role, Actor actor) {
        return create(name, role, Site.FIRST, actor);
    }

    /** A token whose calls see one site's data, or (no site) the whole group's. */
    @Transactional
    public Created create(String name, Role role, @Nullable Long siteId, Actor actor) {
        String label = name == null ? "" : name.trim();
        if (label.isEmpty() || label.length() > 100) {
            throw Problem.invalid("name", "token.nameRule");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken saved = tokens.save(new ApiToken(null, label, role, hash(secret), secret.substring(0, 9),
                clock.now(), actor.name(), null, null, null, null, siteId));
        log.record(SecurityEvent.Kind.TOKEN_CREATED, null, actor.name(), null, SecurityLog.detail("log.detail.token", label, "roles=" + role));
        return new Created(saved, secret);
    }

    @Transactional
    public void revoke(long id, Actor actor) {
        ApiToken token = tokens.findById(id).orElseThrow(() -> Problem.notFound("token.unknown", id));
        if (!token.active()) {
            return;
        }
        tokens.update(new ApiToken(token.id(), token.name(), token.role(), token.tokenHash(), token.prefix(),
                token.createdAt(), token.createdBy(), clock.now(), actor.name(), token.lastUsedAt(), token.version(), token.siteId()));
        log.record(SecurityEvent.Kind.TOKEN_REVOKED, null, actor.name(), null, SecurityLog.detail("log.detail.token", token.name(), "roles=" + token.role()));
    }

    @Transactional
    public List<ApiToken> all() {
        return tokens.listOrderByCreatedAtDesc();
    }

    /** The active token with this secret, its use recorded; empty for an unknown or revoked one. */
    @Transactional
    @Allowed(anonymous = true)
    public Optional<ApiToken> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiToken> found = tokens.findByTokenHash(hash(secret)).filter(ApiToken::active);
        found.ifPresent(t -> tokens.touch(t.id(), clock.now()));
        return found;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
