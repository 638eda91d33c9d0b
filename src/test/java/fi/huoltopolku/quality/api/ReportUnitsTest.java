package fi.huoltopolku.quality.api;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every figure of the report's JSON says its unit in the generated OpenAPI description, so an
 * integrator does not read an NPS of 0.99 (points on −100…100) as +99, or a rate (a fraction 0–1)
 * as a percentage.
 */
class ReportUnitsTest {

    private static final List<String> REPORT_SCHEMAS = List.of("ReportController.", "ThemeTrendController.",
            "ImprovementController.", "GroupReportController.");
    private static final List<String> UNITS = List.of("fraction 0–1", "percentage points", "NPS points", "count",
            "Count", "hours", "days", "1–5 scale", "identifier", "times the binomial standard error",
            "times the binomial variance", "squared fractions");

    @Test
    @SuppressWarnings("unchecked")
    void every_number_of_the_report_schemas_says_its_unit() throws Exception {
        Map<String, Object> schemas;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/swagger/huoltopolku-v1.yml")) {
            assertThat(in).as("the OpenAPI file generated at build time").isNotNull();
            Map<String, Object> api = new Yaml().load(in);
            schemas = (Map<String, Object>) ((Map<String, Object>) api.get("components")).get("schemas");
        }
        List<String> checked = new ArrayList<>();
        List<String> unitless = new ArrayList<>();
        schemas.forEach((name, schema) -> {
            if (REPORT_SCHEMAS.stream().noneMatch(name::startsWith)) {
                return;
            }
            Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) schema).get("properties");
            if (properties == null) {
                return;
            }
            properties.forEach((property, value) -> {
                Map<String, Object> p = (Map<String, Object>) value;
                if ("number".equals(p.get("type")) || "integer".equals(p.get("type"))) {
                    checked.add(name + "." + property);
                    Object description = p.get("description");
                    if (description == null || UNITS.stream().noneMatch(description.toString()::contains)) {
                        unitless.add(name + "." + property);
                    }
                }
            });
        });
        assertThat(checked).contains("ReportController.ReportJson.nps", "ReportController.ReportJson.responseRate",
                "ReportController.RateJson.rate", "ReportController.ThemeJson.coverage",
                "ImprovementController.ChangeJson.points", "ThemeTrendController.ControlMonthJson.upper",
                "GroupReportController.SideJson.limit998Low", "GroupReportController.FunnelJson.tau2");
        assertThat(unitless).as("numbers without a unit in their description").isEmpty();
        String nps = (String) ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) schemas
                .get("ReportController.ReportJson")).get("properties")).get("nps")).get("description");
        assertThat(nps).contains("NPS points on −100…100");
    }
}
