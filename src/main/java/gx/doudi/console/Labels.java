package gx.doudi.console;

import gx.doudi.event.Households;
import gx.doudi.event.Regions;
import gx.doudi.indicator.IndicatorDefinition;
import gx.doudi.indicator.IndicatorSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the page calls things, in Chinese and English: cities and counties (GB/T 2260), indicators (from the
 * indicator set's files), departments, alert types, actions, statuses, grades and answers (contract §4–5).
 */
final class Labels {
    record Name(String zh, String en) {}

    static final Map<String, Name> GRADES = names(
            "red", "一级", "red", "orange", "二级", "orange", "yellow", "三级", "yellow");
    static final Map<String, Name> STATUSES = names(
            "raised", "新发", "raised", "escalated", "升级", "escalated", "resolved", "已解除", "resolved");
    static final Map<String, Name> TYPES = names(
            "basic-living", "基本生活", "basic living", "medical", "医疗", "medical", "education", "教育", "education",
            "housing", "住房", "housing", "employment", "就业", "employment", "disaster", "受灾", "disaster",
            "disability", "残疾", "disability", "urgent", "急难", "urgent", "poverty-return", "防返贫", "poverty return",
            "supervision", "监督", "supervision", "other", "其他", "other");
    static final Map<String, Name> ACTIONS = names(
            "identify", "启动认定", "identify", "refer", "转介救助", "refer", "verify", "线下核查", "verify",
            "urgent-assistance", "急难救助", "urgent assistance",
            "poverty-return-monitoring", "防返贫监测", "poverty-return monitoring",
            "case-conference", "一事一议", "case conference", "supervise", "数字监督", "supervise");
    static final Map<String, Name> DEPARTMENTS = names(
            "civil-affairs", "民政", "Civil Affairs", "education", "教育", "Education",
            "human-resources", "人力资源社会保障", "Human Resources", "housing", "住房城乡建设", "Housing",
            "agriculture", "农业农村", "Agriculture", "health", "卫生健康", "Health", "emergency", "应急管理", "Emergency",
            "medical-security", "医疗保障", "Medical Security", "trade-union", "总工会", "Trade Union",
            "disability", "残联", "Disabled Persons' Federation");
    static final Map<String, Name> OUTCOMES = names(
            "granted", "已给予救助", "granted", "rejected", "不予救助", "rejected",
            "not-eligible", "不符合条件", "not eligible", "in-progress", "办理中", "in progress");

    private final Map<String, Name> indicators = new LinkedHashMap<>();

    Labels(IndicatorSet set) {
        if (set != null) {
            for (IndicatorDefinition d : set.definitions()) {
                indicators.put(d.id(), new Name(d.nameZh(), d.nameEn()));
            }
        }
    }

    /** The indicator's names; an indicator this set does not know is shown by its id. */
    Name indicator(String id) {
        Name n = indicators.get(id);
        return n != null ? n : new Name(id, id);
    }

    /** The prefecture-level city's code for any region code. */
    static String cityOf(String region) {
        return Households.cityOf(region);
    }

    static String cityName(String region) {
        String city = cityOf(region);
        return city == null ? null : Regions.CITIES.get(city);
    }

    /** The county's name, or null when the region is a whole city or unknown. */
    static String countyName(String region) {
        return region == null ? null : Regions.COUNTIES.get(region);
    }

    /** Everything the page needs to draw its filters and labels. */
    Map<String, Object> meta() {
        List<Map<String, Object>> cities = new ArrayList<>();
        Regions.CITIES.forEach((code, name) -> {
            List<Map<String, String>> counties = new ArrayList<>();
            for (String c : Regions.countiesOf(code)) {
                counties.add(Map.of("code", c, "name", Regions.COUNTIES.get(c)));
            }
            cities.add(Map.of("code", code, "name", name, "counties", counties));
        });
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("cities", cities);
        meta.put("grades", GRADES);
        meta.put("statuses", STATUSES);
        meta.put("types", TYPES);
        meta.put("actions", ACTIONS);
        meta.put("departments", DEPARTMENTS);
        meta.put("outcomes", OUTCOMES);
        meta.put("indicators", indicators);
        return meta;
    }

    private static Map<String, Name> names(String... idZhEn) {
        Map<String, Name> map = new LinkedHashMap<>();
        for (int i = 0; i < idZhEn.length; i += 3) {
            map.put(idZhEn[i], new Name(idZhEn[i + 1], idZhEn[i + 2]));
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
