package org.neurula.visualizer.report;

/** The report's inline style sheet: local fonts only, nothing fetched. */
final class PageStyle {

    static final String CSS = """
            :root { --text: #1f2328; --muted: #656d76; --line: #d8dee4; --soft: #f6f8fa; --accent: #2f6db5; }
            * { box-sizing: border-box; }
            body { margin: 0; color: var(--text); background: #fff;
                   font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            header { background: #24292f; color: #fff; padding: 20px 32px 14px; }
            header h1 { margin: 0 0 4px; font-size: 26px; font-weight: 600; }
            header .meta { margin: 0; color: #c9d1d9; }
            header .meta code { color: #fff; }
            nav { margin-top: 12px; display: flex; flex-wrap: wrap; gap: 6px 18px; }
            nav a { color: #9cc3ff; text-decoration: none; }
            nav a:hover { text-decoration: underline; }
            main { max-width: 1280px; margin: 0 auto; padding: 8px 32px 32px; }
            section { margin-top: 28px; }
            h2 { font-size: 20px; font-weight: 600; margin: 0 0 12px; padding-bottom: 6px;
                 border-bottom: 1px solid var(--line); }
            table { border-collapse: collapse; }
            table.facts th { text-align: left; font-weight: 500; color: var(--muted); padding: 4px 24px 4px 0;
                             vertical-align: top; white-space: nowrap; }
            table.facts td { padding: 4px 0; }
            table.grid { width: 100%; }
            table.grid th { text-align: left; font-weight: 600; background: var(--soft);
                            border-bottom: 1px solid var(--line); padding: 6px 12px; }
            table.grid td { border-bottom: 1px solid var(--line); padding: 6px 12px; vertical-align: middle; }
            table.grid th.num, td.num { text-align: right; }
            td.num, td.nowrap { white-space: nowrap; font-variant-numeric: tabular-nums; }
            .muted { color: var(--muted); }
            .key { color: var(--muted); }
            .notice { background: #fff8c5; border: 1px solid #d4a72c; border-radius: 6px; padding: 8px 12px; }
            .badge { display: inline-block; padding: 1px 10px; border-radius: 10px; font-weight: 600; font-size: 13px; }
            .badge.good { background: #dafbe1; color: #1a7f37; }
            .badge.bad { background: #ffebe9; color: #cf222e; }
            .badge.open { background: #fff8c5; color: #9a6700; }
            .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(460px, 1fr)); gap: 16px; }
            figure { margin: 0; }
            figcaption { color: var(--muted); font-size: 13px; margin-top: 4px; }
            img { max-width: 100%; height: auto; display: block; }
            img.chart, img.topology { border: 1px solid var(--line); border-radius: 6px; }
            img.thumbnail { border: 1px solid var(--line); border-radius: 4px; }
            .frames { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 12px; }
            .champion { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
            .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-right: 8px;
                      vertical-align: -1px; border: 1px solid rgba(0, 0, 0, 0.2); }
            pre.config { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px;
                         overflow-x: auto; font-size: 13px; line-height: 1.45; }
            code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; }
            footer { max-width: 1280px; margin: 0 auto; padding: 16px 32px 32px; color: var(--muted); font-size: 13px; }
            """;

    private PageStyle() {
    }
}
