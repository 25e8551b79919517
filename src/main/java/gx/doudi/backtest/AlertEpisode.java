package gx.doudi.backtest;

import gx.doudi.indicator.Grade;
import java.util.Map;

/**
 * One alert as the backtest counts it: an episode under one alertId, from raised (through any
 * escalations) to resolved, at the highest grade it reached. Counting episodes, not records, means an
 * escalation is not a second alert, and a household whose figure passes through yellow on its way to
 * orange has an orange alert, as the monitoring centre sees it.
 *
 * @param householdId as in the alert: masked for a household of one (contract §5)
 * @param evidence the figures of the record that brought the episode to its highest grade
 */
public record AlertEpisode(String alertId, String householdId, String region, String indicator, Grade grade,
                           Map<String, Double> evidence) {}
