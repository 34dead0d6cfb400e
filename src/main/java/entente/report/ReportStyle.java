package entente.report;

/** The report's only style sheet, inlined: readable on screen, in print and without colour. */
final class ReportStyle {
    private ReportStyle() {}

    static final String CSS = """
            :root { --text: #222; --muted: #555; --rule: #ccc; --accent: #0072B2; }
            body { font-family: system-ui, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--text);
                   margin: 0; background: #fff; line-height: 1.45; }
            main { max-width: 1100px; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
            h1 { font-size: 1.7rem; margin: 0 0 .2rem; }
            h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; }
            .subtitle { color: var(--muted); margin: 0 0 1rem; }
            .answer { background: #f3f7fb; border-left: 5px solid var(--accent); padding: .8rem 1rem; margin: 1rem 0; }
            .answer li { margin: .25rem 0; }
            table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; width: 100%; }
            caption { text-align: left; font-weight: 600; padding: .3rem 0; }
            th, td { border: 1px solid var(--rule); padding: .3rem .45rem; text-align: left; vertical-align: top; }
            th { background: #f2f2f2; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            table.matrix td { text-align: center; min-width: 3.6rem; font-variant-numeric: tabular-nums; }
            table.matrix td.self { background: #fff; color: var(--muted); }
            figure { margin: 1rem 0; }
            figcaption { color: var(--muted); font-size: .9rem; }
            details { margin: .5rem 0; }
            summary { cursor: pointer; color: var(--accent); }
            .note { color: var(--muted); font-size: .9rem; }
            code { font-size: .9em; }
            @media print {
              main { max-width: none; padding: 0; }
              h2 { break-after: avoid; }
              figure, table.matrix, .answer { break-inside: avoid; }
              a { color: inherit; text-decoration: none; }
              details::details-content { content-visibility: visible; display: block; } /* folded tables print open */
            }
            """;
}
