package no.gpsim.output.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.gpsim.output.RunManifest;

/**
 * A run directory written by hand with numbers small enough to check on paper: two scenarios
 * ("base" and "alt"), three replicates, the start year 2025 and one simulated year 2026, and three
 * municipalities: 1001 Alpha and 1002 Beta - Betá (centrality 6, BA region 1) and 1003 Gamma
 * (Testfylke) (centrality 5, BA region 2). Only the columns profiles read are filled.
 *
 * <p>2026 in "base", replicates 0, 1, 2: Alpha has 1,000 residents and 100, 0, 200 without a GP;
 * 2, 1, 2 GPs with 450, 500, 400 patients each and 20, 30, 10 on-call hours; 1, 0, 2 posts filled
 * in 3, -, 6 months; a cost of 2, 3, 4 million NOK. Beta has 500 residents and 50, 50, 0 without a
 * GP; 1, 0, 1 GPs with 450, -, 500 patients and 40, -, 40 on-call hours; 0, 0, 1 posts filled in
 * -, -, 2 months; 1 million NOK each year. In "alt" Alpha has 0, 0, 100 without a GP; everything
 * else is as in "base".
 */
final class SyntheticRun {

    static final String RAW_HEADER = "scenario,replicate,seed,year,kommunenummer,name,county,centrality,size_class,"
            + "imputed,population,gps,lists,lists_vacant,patients_without_gp,mean_list_length,mean_oncall_hours,"
            + "recruits,mean_months_to_fill,municipal_cost_nok";

    private SyntheticRun() {
    }

    /** Writes the run into {@code dir} (which must exist) and returns it. */
    static Path write(Path dir) throws IOException {
        Path data = dir.resolve("data.csv");
        Files.writeString(data, """
                kommunenummer,name,county_code,county,centrality,centrality_index,ba_region_code,ba_region_name,population,pop_0_17,pop_18_66,pop_67_79,pop_80plus,gp_data,lists_with_gp,lists_without_gp,patients_on_lists_with_gp,patients_on_lists_without_gp,list_capacity_sum,female_gps
                1001,Alpha,10,Testfylke,6,300,1,Alpha region,1000,200,600,150,50,yes,2,0,1000,0,1100,1
                1002,Beta - Betá,10,Testfylke,6,250,1,Alpha region,500,100,300,80,20,yes,1,0,500,0,600,0
                1003,Gamma (Testfylke),10,Testfylke,5,500,2,Gamma,3000,600,1800,450,150,yes,3,0,3000,0,3300,2
                """, StandardCharsets.UTF_8);
        String sha = RunManifest.sha256(data);
        Files.writeString(dir.resolve("run.json"), """
                {"gpsim_version":"test","command":"compare","scenarios":[
                {"name":"base","file":"%1$s","sha256":"none","data_file":"%2$s","data_sha256":"%3$s","start":"2026-01",
                 "description":"","levers_vs_base":[],"policies":[]},
                {"name":"alt","file":"%1$s","sha256":"none","data_file":"%2$s","data_sha256":"%3$s","start":"2026-01",
                 "description":"","levers_vs_base":[],"policies":[]}],
                "seed":1,"replicates":3,"years":1,"start":"2026-01"}
                """.formatted(dir.resolve("missing.yaml"), data, sha), StandardCharsets.UTF_8);
        writeSummary(dir);
        writeMunicipalitiesSummary(dir);
        writeRaw(dir.resolve("municipalities.csv"));
        return dir;
    }

    /** The class statistics: class 6 has 5 % without a GP in 2026 (base), 4 % (alt); the rest is round. */
    private static void writeSummary(Path dir) throws IOException {
        StringBuilder s = new StringBuilder("scenario,group_type,group,year,metric,mean,ci_low,ci_high,n\n");
        for (String scenario : List.of("base", "alt")) {
            for (String[] g : List.of(new String[] {"national", "all"}, new String[] {"centrality", "5"},
                    new String[] {"centrality", "6"})) {
                for (int year : List.of(2025, 2026)) {
                    double share = year == 2025 ? 0.03 : scenario.equals("base") ? 0.05 : 0.04;
                    stat(s, scenario, g, year, "population", 10_000);
                    stat(s, scenario, g, year, "lists", 20);
                    stat(s, scenario, g, year, "lists_vacant", 2);
                    stat(s, scenario, g, year, "share_without_gp", share);
                    stat(s, scenario, g, year, "mean_list_length", 480);
                    stat(s, scenario, g, year, "mean_oncall_hours", 18);
                    if (year == 2026) {
                        stat(s, scenario, g, year, "mean_months_to_fill", 4);
                        stat(s, scenario, g, year, "municipal_cost_nok", 25_000_000);
                    }
                }
            }
        }
        Files.writeString(dir.resolve("summary.csv"), s, StandardCharsets.UTF_8);
    }

    private static void stat(StringBuilder s, String scenario, String[] group, int year, String metric, double mean) {
        s.append(String.format(Locale.ROOT, "%s,%s,%s,%d,%s,%s,%s,%s,3%n", scenario, group[0], group[1], year, metric,
                mean, mean, mean));
    }

    private static void writeMunicipalitiesSummary(Path dir) throws IOException {
        StringBuilder s = new StringBuilder("scenario,kommunenummer,name,county,centrality,centrality_index,size_class,"
                + "imputed,year,n,population,share_without_gp,diff_patients_without_gp,diff_patients_without_gp_ci_low,"
                + "diff_patients_without_gp_ci_high,diff_share_without_gp,diff_share_without_gp_ci_low,"
                + "diff_share_without_gp_ci_high\n");
        for (String scenario : List.of("base", "alt")) {
            s.append(scenario).append(",1001,Alpha,Testfylke,6,300,<2000,0,2026,3,1000,0.1,0,0,0,0,0,0\n");
            s.append(scenario).append(",1002,Beta - Betá,Testfylke,6,250,<2000,0,2026,3,500,0.0667,0,0,0,0,0,0\n");
            s.append(scenario).append(",1003,Gamma (Testfylke),Testfylke,5,500,2000-4999,1,2026,3,3000,0,0,0,0,0,0,0\n");
        }
        Files.writeString(dir.resolve("municipalities_summary.csv"), s, StandardCharsets.UTF_8);
    }

    /** The raw rows, in the order gpsim writes them: scenario, replicate, year, municipality. */
    static void writeRaw(Path file) throws IOException {
        List<String> rows = new ArrayList<>(List.of(RAW_HEADER));
        for (String scenario : List.of("base", "alt")) {
            for (int r = 0; r < 3; r++) {
                // the start: the data, the same in every replicate
                rows.add(row(scenario, r, 2025, "1001,Alpha", 6, 1000, 2, 2, 0, 0, 500, 20, 0, Double.NaN, 0));
                rows.add(row(scenario, r, 2025, "1002,Beta - Betá", 6, 500, 1, 1, 0, 0, 500, 40, 0, Double.NaN, 0));
                rows.add(row(scenario, r, 2025, "1003,Gamma (Testfylke)", 5, 3000, 3, 3, 0, 0, 1000, 10, 0, Double.NaN,
                        0));
                double[] alphaWithout = scenario.equals("base") ? new double[] {100, 0, 200} : new double[] {0, 0, 100};
                double[] alphaGps = {2, 1, 2};
                double[] alphaLength = {450, 500, 400};
                double[] alphaOncall = {20, 30, 10};
                double[] alphaRecruits = {1, 0, 2};
                double[] alphaMonths = {3, Double.NaN, 6};
                double[] alphaCost = {2e6, 3e6, 4e6};
                rows.add(row(scenario, r, 2026, "1001,Alpha", 6, 1000, alphaGps[r], 2, alphaWithout[r] > 0 ? 1 : 0,
                        alphaWithout[r], alphaLength[r], alphaOncall[r], alphaRecruits[r], alphaMonths[r], alphaCost[r]));
                double[] betaWithout = {50, 50, 0};
                double[] betaGps = {1, 0, 1};
                double[] betaLength = {450, 0, 500};
                double[] betaOncall = {40, 0, 40};
                double[] betaRecruits = {0, 0, 1};
                double[] betaMonths = {Double.NaN, Double.NaN, 2};
                rows.add(row(scenario, r, 2026, "1002,Beta - Betá", 6, 500, betaGps[r], 1, betaWithout[r] > 0 ? 1 : 0,
                        betaWithout[r], betaLength[r], betaOncall[r], betaRecruits[r], betaMonths[r], 1e6));
                rows.add(row(scenario, r, 2026, "1003,Gamma (Testfylke)", 5, 3000, 3, 3, 0, 0, 1000, 10, 1, 2, 5e6));
            }
        }
        Files.write(file, rows, StandardCharsets.UTF_8);
    }

    private static String row(String scenario, int replicate, int year, String codeAndName, int centrality,
                              double population, double gps, double lists, double vacant, double without,
                              double length, double oncall, double recruits, double months, double cost) {
        return String.format(Locale.ROOT, "%s,%d,%d,%d,%s,Testfylke,%d,<2000,0,%.0f,%.0f,%.0f,%.0f,%.0f,%.3f,%.3f,"
                        + "%.0f,%s,%.0f", scenario, replicate, 1 + replicate, year, codeAndName, centrality, population,
                gps, lists, vacant, without, length, oncall, recruits, Double.isNaN(months) ? "NaN"
                        : String.format(Locale.ROOT, "%.3f", months), cost);
    }
}
