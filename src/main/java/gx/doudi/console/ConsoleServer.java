package gx.doudi.console;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The console's web server: sign-in, the page and its assets from the jar, the JSON API and the live
 * stream. Every request but the sign-in page's needs a session; everything the page needs ships in the
 * jar (no CDN), and the browser is told to load nothing from anywhere else.
 */
final class ConsoleServer implements AutoCloseable {
    static final String COOKIE = "doudi_session";
    static final String CSRF_HEADER = "X-Doudi-Csrf";
    private static final String SESSION = "session";
    private static final Map<String, String> ASSETS = Map.of(
            "app.js", "text/javascript; charset=utf-8",
            "charts.js", "text/javascript; charset=utf-8",
            "app.css", "text/css; charset=utf-8",
            "signin.css", "text/css; charset=utf-8");

    private final Javalin app;
    private final Users users;
    private final Sessions sessions;
    private final LiveUpdates live;

    ConsoleServer(String host, int port, Users users, Sessions sessions, ConsoleApi api, LiveUpdates live) {
        this.users = users;
        this.sessions = sessions;
        this.live = live;
        this.app = Javalin.create(config -> {
            config.jetty.host = host;
            config.jetty.port = port;
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = 64 * 1024;
            config.routes.before(this::guard);
            config.routes.get("/signin", ctx -> html(ctx, signInPage(ctx.queryParam("failed") != null)));
            config.routes.post("/signin", this::signIn);
            config.routes.get("/signin/link", this::redeem);
            config.routes.post("/signout", this::signOut);
            config.routes.get("/", ctx -> html(ctx, resource("index.html")));
            config.routes.get("/assets/{name}", this::asset);
            config.routes.get("/api/me", ctx -> api.me(ctx, user(ctx), session(ctx).csrf()));
            config.routes.get("/api/meta", api::meta);
            config.routes.get("/api/alerts", ctx -> api.alertPage(ctx, user(ctx)));
            config.routes.get("/api/glance", ctx -> api.glance(ctx, user(ctx)));
            config.routes.get("/api/chain", ctx -> api.chain(ctx, user(ctx)));
            config.routes.get("/api/referrals", ctx -> api.referralPage(ctx, user(ctx)));
            config.routes.post("/api/answers", ctx -> api.answer(ctx, user(ctx)));
            config.routes.sse("/api/stream", client -> live.join(client, user(client.ctx()), ConsoleApi.filter(client.ctx())));
        });
        app.start();
    }

    /** Headers for every answer, and the door: no session, nothing but the sign-in page. */
    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        String path = ctx.path();
        if (path.equals("/signin") || path.equals("/signin/link") || path.equals("/assets/signin.css")) {
            return;
        }
        Optional<Sessions.Session> session = sessions.find(ctx.cookie(COOKIE));
        if (session.isEmpty()) {
            if (path.startsWith("/api/")) {
                throw new UnauthorizedResponse("sign in first");
            }
            ctx.redirect("/signin", HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        ctx.attribute(SESSION, session.get());
        boolean change = !ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD");
        if (change && !session.get().csrf().equals(ctx.header(CSRF_HEADER))) {
            throw new ForbiddenResponse("this change did not come from the console's page");
        }
    }

    private void signIn(Context ctx) {
        String name = ctx.formParam("name");
        String password = ctx.formParam("password");
        Optional<User> user = users.authenticate(name, password == null ? new char[0] : password.toCharArray());
        if (user.isEmpty()) {
            ctx.redirect("/signin?failed", HttpStatus.SEE_OTHER);
            return;
        }
        startSession(ctx, sessions.open(user.get()));
    }

    private void redeem(Context ctx) {
        Optional<Sessions.Session> session = sessions.redeem(ctx.queryParam("token"));
        if (session.isEmpty()) {
            ctx.redirect("/signin?failed", HttpStatus.SEE_OTHER);
            return;
        }
        startSession(ctx, session.get());
    }

    private void startSession(Context ctx, Sessions.Session session) {
        ctx.header("Set-Cookie", COOKIE + "=" + session.id() + "; Path=/; HttpOnly; SameSite=Strict");
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private void signOut(Context ctx) {
        sessions.close(session(ctx).id());
        ctx.header("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
        ctx.status(204);
    }

    private void asset(Context ctx) {
        String type = ASSETS.get(ctx.pathParam("name"));
        if (type == null) {
            throw new NotFoundResponse();
        }
        ctx.contentType(type).result(resource(ctx.pathParam("name")));
    }

    private static String signInPage(boolean failed) {
        return resource("signin.html").replace("<!--message-->",
                failed ? "<p class=\"error\">用户名或密码不对，或登录链接已用过。 Wrong name or password, or a used sign-in link.</p>" : "");
    }

    private static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    private static String resource(String name) {
        try (InputStream in = ConsoleServer.class.getResourceAsStream("/console/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks /console/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sessions.Session session(Context ctx) {
        return ctx.attribute(SESSION);
    }

    private static User user(Context ctx) {
        return session(ctx).user();
    }

    int port() {
        return app.port();
    }

    @Override
    public void close() {
        live.close();
        app.stop();
    }
}
