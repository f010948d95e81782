namespace ElectroTutor.Server.Instructors;

/// <summary>
/// The dashboard's one style sheet, served from <see cref="InstructorRoutes.StyleSheet"/> so the pages' security policy
/// can forbid inline styles. Print hides the navigation and forms and keeps tables and charts whole.
/// </summary>
internal static class DashboardStyles
{
    /// <summary>The CSS text.</summary>
    public const string Css = """
        :root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --line: #c8c8c8; --accent: #0b5cad; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
        a { color: var(--accent); }
        a:focus, button:focus, input:focus, select:focus { outline: 3px solid #f2a900; outline-offset: 2px; }
        .skip { position: absolute; left: -10000px; top: 0; background: #fff; padding: .5rem 1rem; z-index: 10; }
        .skip:focus { left: 1rem; }
        header.site { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 1rem;
            padding: .5rem 1.5rem; border-bottom: 1px solid var(--line); background: #f5f7fa; }
        .brand { margin: 0; font-weight: 600; }
        .signout { margin: 0; }
        nav.crumbs ol { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem; margin: .75rem 1.5rem 0; padding: 0; }
        nav.crumbs li + li::before { content: "›"; margin-right: .5rem; color: var(--muted); }
        main { padding: 0 1.5rem 2rem; max-width: 75rem; }
        h1 { font-size: 1.6rem; margin: .75rem 0 1rem; }
        h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); }
        table { border-collapse: collapse; margin: .5rem 0 1rem; min-width: 20rem; }
        caption { text-align: left; font-weight: 600; padding: .25rem 0; }
        th, td { border: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; }
        th[scope="col"] { background: #eef1f5; }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
        .note, .muted { color: var(--muted); }
        .flag { font-weight: 600; }
        .error { border: 2px solid #a40000; padding: .5rem 1rem; background: #fff4f4; }
        form.period, form.login { display: flex; flex-wrap: wrap; gap: .75rem 1rem; align-items: end; margin: .5rem 0 1rem; }
        form.login { flex-direction: column; align-items: start; max-width: 22rem; }
        label { display: flex; flex-direction: column; font-weight: 600; }
        input, button { font: inherit; padding: .3rem .5rem; }
        button { cursor: pointer; }
        dl.summary { display: grid; grid-template-columns: max-content auto; gap: .25rem 1rem; }
        dl.summary dt { font-weight: 600; }
        dl.summary dd { margin: 0; }
        .chart { max-width: 100%; height: auto; }
        .chart.heatmap { max-width: none; }
        figure { margin: .5rem 0 1rem; }
        .scroll { overflow-x: auto; }
        td.bar-cell { white-space: nowrap; }
        td ul { margin: 0; padding-left: 1.1rem; }
        code.answer { white-space: pre-wrap; overflow-wrap: anywhere; }
        ul.links { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; padding: 0; list-style: none; }
        @media print {
            header.site form, form.period, .skip, nav.crumbs, ul.links { display: none; }
            body { font-size: 11pt; }
            main { padding: 0; max-width: none; }
            a { color: inherit; text-decoration: none; }
            table, svg, figure { page-break-inside: avoid; break-inside: avoid; }
            .chart, .chart.heatmap { max-width: 100%; height: auto; }
            .scroll { overflow: visible; }
        }
        """;
}
