package gx.doudi.console;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in browsers, by an unguessable cookie token, kept in memory (a restart signs everyone out), and
 * one-time sign-in links (what the demo prints). A session that stays unused for {@code idle} ends.
 */
final class Sessions {
    /** What a session knows: who, and the token the page must echo on every change (against CSRF). */
    record Session(String id, User user, String csrf, long lastUsed) {}

    private record Link(User user, long expires) {}

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration LINK_LIFETIME = Duration.ofHours(12);

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Link> links = new ConcurrentHashMap<>();
    private final Duration idle;
    private final Clock clock;

    Sessions(Duration idle, Clock clock) {
        this.idle = idle;
        this.clock = clock;
    }

    Session open(User user) {
        long now = clock.millis();
        sessions.values().removeIf(old -> now - old.lastUsed() > idle.toMillis());
        links.values().removeIf(old -> old.expires() < now);
        Session s = new Session(token(), user, token(), now);
        sessions.put(s.id(), s);
        return s;
    }

    /** The live session with this id, marked as used now. */
    Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        long now = clock.millis();
        Session s = sessions.computeIfPresent(id, (k, old) ->
                now - old.lastUsed() > idle.toMillis() ? null : new Session(old.id(), old.user(), old.csrf(), now));
        return Optional.ofNullable(s);
    }

    void close(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    /** A token that signs this user in once, within twelve hours. */
    String link(User user) {
        String token = token();
        links.put(token, new Link(user, clock.millis() + LINK_LIFETIME.toMillis()));
        return token;
    }

    /** Uses up a sign-in link and opens its session. */
    Optional<Session> redeem(String token) {
        Link link = token == null ? null : links.remove(token);
        if (link == null || link.expires() < clock.millis()) {
            return Optional.empty();
        }
        return Optional.of(open(link.user()));
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
