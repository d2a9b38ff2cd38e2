package no.gpsim.output.report;

/**
 * The inline style sheet shared by gpsim's self-contained HTML pages: the comparison report, the
 * sensitivity report and the municipality profiles (which add a few rules of their own after it).
 */
public final class HouseStyle {

    public static final String CSS = """
            body{font-family:"DejaVu Sans","Segoe UI",Helvetica,Arial,sans-serif;color:#222;margin:0 auto;max-width:1360px;
            padding:0 24px 48px;line-height:1.45;font-size:15px;background:#fff}
            header{border-bottom:2px solid #333;margin-bottom:8px}
            h1{font-size:26px;margin:24px 0 4px}h2{font-size:21px;margin:36px 0 8px;border-bottom:1px solid #ccc;padding-bottom:4px}
            h3{font-size:17px;margin:22px 0 6px}
            .lead{color:#444;margin:4px 0 10px}
            nav{margin:0 0 12px}nav a{margin-right:14px;color:#2a5d9f;text-decoration:none}
            table{border-collapse:collapse;margin:6px 0 14px;font-size:13px}
            th,td{border:1px solid #d6d6d6;padding:3px 6px;vertical-align:top}
            thead th{background:#f0f0f0;text-align:center;font-weight:600}
            th.row{text-align:left;background:#fafafa;font-weight:600;white-space:nowrap}
            tbody tr:nth-child(even) td{background:#fbfbfb}
            td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
            td.txt{text-align:left}
            td.date{white-space:nowrap}
            table.text td{text-align:left}
            .path{font-family:"DejaVu Sans Mono",Consolas,monospace;font-size:12px;word-break:break-all}
            .key{font-family:"DejaVu Sans Mono",Consolas,monospace;font-size:12px;white-space:nowrap}
            .ci{color:#777;font-size:11px}
            .unit{color:#666;font-weight:400;font-size:12px}
            .d{color:#555;font-size:11.5px;white-space:normal}.d.sig{color:#000;font-weight:700}
            .iv{white-space:nowrap}
            .note{color:#555;font-size:13.5px}
            .wide{overflow-x:auto}
            .sw{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:6px;vertical-align:baseline}
            dl.facts{display:grid;grid-template-columns:max-content auto;gap:2px 16px;font-size:14px}
            dl.facts dt{font-weight:600}dl.facts dd{margin:0}
            figure{margin:18px 0 26px}figure img{width:100%;max-width:1250px;height:auto;border:1px solid #e2e2e2}
            figcaption{color:#444;font-size:13.5px;margin-top:4px}
            .maps{display:grid;grid-template-columns:repeat(auto-fill,minmax(560px,1fr));gap:0 28px}
            .maps figure{margin:14px 0 22px}.maps figure img{max-width:100%}
            .credit{color:#666;font-size:12px}
            footer{margin-top:40px;color:#666;font-size:12.5px;border-top:1px solid #ccc;padding-top:8px}
            """;

    private HouseStyle() {
    }
}
