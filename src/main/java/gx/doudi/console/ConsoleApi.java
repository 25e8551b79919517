package gx.doudi.console;

import com.fasterxml.jackson.databind.JsonNode;
import gx.doudi.event.Json;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.ServiceUnavailableResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * The page's JSON API, and who may see what (issue 4 §5): the monitoring centre sees every alert, chain
 * and referral with personal ids masked; a department sees its own referral channel in full and the
 * chains of the households it holds a referral for; nobody else sees anything.
 */
final class ConsoleApi {
    static final int PAGE = 50;
    private static final int MAX_PAGE = 100;
    private static final int MAX_NOTE = 500;

    private final AlertBoard alerts;
    private final ReferralBoard referrals;
    private final ChainBoard chains;
    private final Labels labels;
    private final Views views;
    private final AnswerSender answers;

    ConsoleApi(AlertBoard alerts, ReferralBoard referrals, ChainBoard chains, Labels labels, AnswerSender answers) {
        this.alerts = alerts;
        this.referrals = referrals;
        this.chains = chains;
        this.labels = labels;
        this.views = new Views(labels);
        this.answers = answers;
    }

    AlertBoard alerts() {
        return alerts;
    }

    ReferralBoard referrals() {
        return referrals;
    }

    ChainBoard chains() {
        return chains;
    }

    Views views() {
        return views;
    }

    /** Whether this user may see the household's chain. */
    boolean maySee(User user, String householdId) {
        return user.isCentre() || referrals.holds(user.department(), householdId);
    }

    void me(Context ctx, User user, String csrf) {
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("name", user.name());
        me.put("role", user.role().id());
        me.put("department", user.department());
        me.put("csrf", csrf);
        json(ctx, me);
    }

    void meta(Context ctx) {
        json(ctx, labels.meta());
    }

    void alertPage(Context ctx, User user) {
        centreOnly(user);
        AlertBoard.Page page = alerts.page(filter(ctx), offset(ctx), limit(ctx));
        json(ctx, Map.of("total", page.total(), "offset", offset(ctx),
                "rows", page.rows().stream().map(views::alert).toList()));
    }

    void glance(Context ctx, User user) {
        centreOnly(user);
        json(ctx, glance(filter(ctx)));
    }

    Map<String, Object> glance(AlertFilter filter) {
        AlertBoard.Glance g = alerts.glance(filter);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", g.total());
        m.put("grades", g.grades());
        m.put("types", g.types());
        m.put("open", g.open());
        m.put("resolved", g.resolved());
        m.put("cities", g.cities());
        m.put("referrals", referrals.counts(null));
        return m;
    }

    void chain(Context ctx, User user) {
        String household = ctx.queryParam("household");
        if (household == null || household.isBlank() || !maySee(user, household)) {
            throw new NotFoundResponse("no chain you may see for this household");
        }
        JsonNode chain = chains.chain(IdMasks.mask(household)).orElseThrow(() -> new NotFoundResponse(chains.full()
                ? "no chain held for this household: the console holds the most recently changed chains; "
                        + "`java -jar target/doudi.jar chain HOUSEHOLD_ID --bootstrap HOST:PORT` reads any from doudi.chains"
                : "no chain yet for this household"));
        json(ctx, views.chain(chain));
    }

    void referralPage(Context ctx, User user) {
        String department = blankToNull(ctx.queryParam("department"));
        if (!user.isCentre()) {
            if (department != null && !user.owns(department)) {
                throw new ForbiddenResponse("a department sees its own referrals only");
            }
            department = user.department();
        } else if (department != null && !Labels.DEPARTMENTS.containsKey(department)) {
            throw new BadRequestResponse("unknown department: " + department);
        }
        String state = blankToNull(ctx.queryParam("state"));
        if (state != null && !ReferralBoard.STATES.contains(state)) {
            throw new BadRequestResponse("unknown state: " + state + " (one of " + ReferralBoard.STATES + ")");
        }
        boolean full = user.owns(department);
        ReferralBoard.Page page = referrals.page(department, state, ctx.queryParam("q"), full, offset(ctx), limit(ctx));
        json(ctx, Map.of("total", page.total(), "offset", offset(ctx), "counts", referrals.counts(department),
                "rows", page.rows().stream().map(s -> views.referral(s, full)).toList()));
    }

    /** Records a department's answer: written to its own events topic, then shown as sent. */
    void answer(Context ctx, User user) throws InterruptedException {
        if (user.isCentre()) {
            throw new ForbiddenResponse("only the department a referral went to answers it");
        }
        AnswerSender.Answer answer = readAnswer(ctx);
        ReferralRow referral = referrals.find(answer.referralId())
                .filter(r -> user.owns(r.department()))
                .orElseThrow(() -> new NotFoundResponse("no such referral in your channel"));
        String state = referrals.standing(referral).state();
        if (ReferralBoard.WITHDRAWN.equals(state) || ReferralBoard.ANSWERED.equals(state)) {
            throw new ConflictResponse("this referral is closed (" + state + "): the engine would refuse another answer");
        }
        Map<String, Object> event;
        try {
            event = answers.send(referral, answer);
        } catch (ExecutionException | TimeoutException e) {
            throw new ServiceUnavailableResponse("Kafka did not take the answer: " + e.getMessage());
        }
        referrals.sent(referral, answer.outcome(), (String) event.get("occurredAt"));
        ctx.status(202);
        json(ctx, Map.of("eventId", event.get("eventId"), "topic", gx.doudi.event.Topics.events(referral.department())));
    }

    private static AnswerSender.Answer readAnswer(Context ctx) {
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(ctx.body());
        } catch (IOException e) {
            throw new BadRequestResponse("the answer is not JSON");
        }
        String outcome = body == null ? null : body.path("outcome").asText(null);
        if (outcome == null || !AnswerSender.OUTCOMES.contains(outcome)) {
            throw new BadRequestResponse("outcome must be one of " + AnswerSender.OUTCOMES);
        }
        String note = body.path("note").asText(null);
        if (note != null && note.length() > MAX_NOTE) {
            throw new BadRequestResponse("a note of at most " + MAX_NOTE + " characters");
        }
        Double amount = null;
        JsonNode a = body.path("amount");
        if (!a.isMissingNode() && !a.isNull() && !(a.isTextual() && a.asText().isBlank())) {
            amount = a.isNumber() ? a.asDouble() : parseAmount(a.asText());
            if (!(amount >= 0 && amount <= 10_000_000)) {
                throw new BadRequestResponse("amount must be between 0 and 10,000,000 yuan");
            }
        }
        return new AnswerSender.Answer(body.path("referralId").asText(""), outcome, note, amount);
    }

    private static double parseAmount(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("amount must be a number of yuan");
        }
    }

    private static void centreOnly(User user) {
        if (!user.isCentre()) {
            throw new ForbiddenResponse("the alert feed is the monitoring centre's");
        }
    }

    static AlertFilter filter(Context ctx) {
        try {
            return AlertFilter.from(ctx::queryParam);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
    }

    private static int offset(Context ctx) {
        return Math.max(0, number(ctx, "offset", 0));
    }

    private static int limit(Context ctx) {
        return Math.min(MAX_PAGE, Math.max(1, number(ctx, "limit", PAGE)));
    }

    private static int number(Context ctx, String name, int otherwise) {
        String v = ctx.queryParam(name);
        try {
            return v == null || v.isBlank() ? otherwise : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " must be a whole number");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static void json(Context ctx, Object value) {
        ctx.contentType("application/json; charset=utf-8").result(Json.write(value));
    }
}
