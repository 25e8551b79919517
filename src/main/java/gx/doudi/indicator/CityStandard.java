package gx.doudi.indicator;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One city's standards from one effective date on (INDICATORS.md, "Standards").
 *
 * @param dibaoUrban monthly dibao standard, yuan
 * @param disposableUrban last year's per-capita disposable income, yuan/year
 * @param marginalMultiplier §(一): marginal = dibao std < pc income < multiplier × std
 */
public record CityStandard(String city, String name, LocalDate effective, String source,
                           double dibaoUrban, double dibaoRural, double disposableUrban, double disposableRural,
                           double marginalMultiplier) implements Serializable {

    public double dibao(String residence) {
        return "urban".equals(residence) ? dibaoUrban : dibaoRural;
    }

    public double disposableIncome(String residence) {
        return "urban".equals(residence) ? disposableUrban : disposableRural;
    }
}
