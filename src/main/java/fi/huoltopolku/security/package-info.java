/**
 * Sign-in and access: accounts (Argon2id password and tablet PIN, roles, lockout), the signed-in
 * session, the caller of every service method and its {@link Allowed}
 * check, integrations' API tokens, and the security log.
 */
@NullMarked
package fi.huoltopolku.security;

import org.jspecify.annotations.NullMarked;
