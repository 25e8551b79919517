package gx.doudi.console;

import gx.doudi.event.Json;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Server push to each open page (server-sent events): a few times a second, what changed since that page
 * last heard, for what its user may see and its filter lets through. Events: {@code alerts} (changed rows
 * and the ids that left the filter), {@code glance} (the counts), {@code referrals} and {@code chains}
 * (what to fetch again).
 */
final class LiveUpdates implements AutoCloseable {
    private static final int ROWS = 100;
    private static final long GLANCE_EVERY_MS = 1000;
    private static final long KEEP_ALIVE_MS = 15_000;

    /** One open page. */
    private static final class Listener {
        final SseClient client;
        final User user;
        final AlertFilter filter;
        long alerts;
        long referrals;
        long chains;
        long glanceAt;
        long glanceAlerts = -1;
        long glanceReferrals = -1;
        long heardAt;

        Listener(SseClient client, User user, AlertFilter filter) {
            this.client = client;
            this.user = user;
            this.filter = filter;
        }
    }

    private final ConsoleApi api;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService ticker;

    LiveUpdates(ConsoleApi api, Duration every) {
        this.api = api;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "console-live-updates");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleWithFixedDelay(this::tick, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Keeps the page's stream open; it hears of every change made after now. */
    void join(SseClient client, User user, AlertFilter filter) {
        Listener l = new Listener(client, user, filter);
        l.alerts = api.alerts().version();
        l.referrals = api.referrals().version(user.department());
        l.chains = api.chains().version();
        l.heardAt = System.currentTimeMillis();
        client.keepAlive();
        client.onClose(() -> listeners.remove(l));
        client.sendEvent("hello", Json.write(Map.of("user", user.name())));
        listeners.add(l);
    }

    int listening() {
        return listeners.size();
    }

    private void tick() {
        long now = System.currentTimeMillis();
        for (Listener l : listeners) {
            if (l.client.terminated()) {
                listeners.remove(l);
                continue;
            }
            try {
                push(l, now);
            } catch (RuntimeException e) {
                // a page gone mid-write: it reconnects by itself
                listeners.remove(l);
            }
        }
    }

    private void push(Listener l, long now) {
        if (l.user.isCentre() && api.alerts().version() > l.alerts) {
            AlertBoard.Changes changes = api.alerts().since(l.alerts, l.filter, ROWS);
            l.alerts = changes.version();
            send(l, "alerts", Map.of("rows", changes.rows().stream().map(api.views()::alert).toList(),
                    "gone", changes.gone()));
        }
        long referrals = api.referrals().version(l.user.department());
        if (referrals > l.referrals) {
            l.referrals = referrals;
            send(l, "referrals", Map.of("counts", api.referrals().counts(l.user.department())));
        }
        long chains = api.chains().version();
        if (chains > l.chains) {
            List<String> changed = api.chains().changedSince(l.chains);
            l.chains = chains;
            if (changed == null) {
                send(l, "chains", Map.of("all", true));
            } else {
                List<String> visible = changed.stream().filter(h -> api.maySee(l.user, h)).toList();
                if (!visible.isEmpty()) {
                    send(l, "chains", Map.of("households", visible.stream().map(IdMasks::mask).toList()));
                }
            }
        }
        if (now - l.glanceAt >= GLANCE_EVERY_MS) {
            glance(l, now);
        }
        if (now - l.heardAt >= KEEP_ALIVE_MS) {
            l.client.sendComment("keep-alive");
            l.heardAt = now;
        }
    }

    private void glance(Listener l, long now) {
        long alerts = api.alerts().version();
        long referrals = api.referrals().version(null);
        if (l.user.isCentre() && (alerts != l.glanceAlerts || referrals != l.glanceReferrals)) {
            l.glanceAlerts = alerts;
            l.glanceReferrals = referrals;
            l.glanceAt = now;
            send(l, "glance", api.glance(l.filter));
        }
    }

    private static void send(Listener l, String event, Object data) {
        l.client.sendEvent(event, Json.write(data));
        l.heardAt = System.currentTimeMillis();
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        listeners.forEach(l -> l.client.close());
        listeners.clear();
    }
}
