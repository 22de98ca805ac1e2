/** The report's inline stylesheet: system fonts only, no `url()`, no `@import`. */
export const REPORT_CSS = `
:root{color-scheme:light dark;--fg:#1d232a;--bg:#fdfdfc;--dim:#5d6875;--line:#2f6fb2;--mark:#c2410c;--grid:#d5dae0}
@media (prefers-color-scheme:dark){:root{--fg:#e6e9ec;--bg:#15191d;--dim:#9aa5b1;--line:#7cb3f0;--mark:#fb923c;--grid:#37404a}}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:64rem;padding:1rem 1.5rem}
h1{margin:.2em 0}h2{border-bottom:1px solid var(--grid);padding-bottom:.2em;margin-top:2em}h3{text-transform:capitalize;margin-bottom:.3em}
.meta,.d,small,.src{color:var(--dim)}.src{font-size:.85em;margin:.1em 0 .4em}
a{color:var(--line)}time{font-variant-numeric:tabular-nums;font-weight:600;margin-right:.4em}
ol{list-style:none;padding-left:0}li{margin:.35em 0}
figure{margin:1em 0}figcaption{font-weight:600}svg{width:100%;height:auto;display:block}
.line{fill:none;stroke:var(--line);stroke-width:2}.grid{stroke:var(--grid);stroke-width:1}
.mark{stroke:var(--mark);stroke-width:1;stroke-dasharray:3 3}.tick{fill:var(--dim);font-size:11px}
.scroll{overflow-x:auto}table{border-collapse:collapse;font-size:.85em}
th,td{border:1px solid var(--grid);padding:.25em .5em;text-align:left;vertical-align:top}
tbody th{font-weight:500;white-space:nowrap}
`;
