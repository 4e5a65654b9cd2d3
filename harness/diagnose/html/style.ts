// The report's stylesheet, inlined into the page (no external fonts or files).

export const REPORT_CSS = `
:root { color-scheme: light; --ok: #1a7f37; --bad: #cf222e; --warn: #9a6700; --line: #d0d7de; --muted: #57606a; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto; padding: 16px 24px 48px;
  max-width: 1400px; color: #1f2328; background: #fff; }
h1 { font-size: 22px; margin: 8px 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.subtitle { color: var(--muted); margin: 0 0 12px; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; min-width: 140px; }
.card .value { font-size: 20px; font-weight: 600; } .card .label { color: var(--muted); font-size: 12px; }
.charts { display: flex; flex-wrap: wrap; gap: 24px; }
svg.chart { font: 12px system-ui, sans-serif; max-width: 100%; height: auto; }
.chart-title { font-weight: 600; font-size: 13px; } .bar-label { fill: #1f2328; } .bar-note { fill: var(--muted); }
.bar-track { fill: #eaeef2; } .bar-fill { fill: #0969da; }
table.grid { border-collapse: collapse; margin: 6px 0; } table.grid th, table.grid td { border: 1px solid var(--line); padding: 3px 10px; text-align: right; }
table.grid th:first-child, table.grid td:first-child { text-align: left; } table.grid th { background: #f6f8fa; }
.controls { display: flex; gap: 12px; align-items: center; margin: 8px 0; flex-wrap: wrap; }
.controls input { padding: 4px 8px; width: 220px; } .controls select { padding: 4px; }
details.sample { border: 1px solid var(--line); border-radius: 6px; margin: 4px 0; }
details.sample > summary { cursor: pointer; padding: 6px 10px; display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap; }
details.sample[open] > summary { border-bottom: 1px solid var(--line); background: #f6f8fa; }
.sid { font-weight: 600; min-width: 120px; } .tag { font-size: 12px; padding: 1px 7px; border-radius: 10px; border: 1px solid; }
.tag.ok { color: var(--ok); } .tag.bad { color: var(--bad); } .tag.warn { color: var(--warn); }
.where { color: var(--muted); font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 12px; overflow-wrap: anywhere; }
.detail { padding: 8px 10px; } .facts { margin: 0 0 8px; display: flex; flex-wrap: wrap; gap: 4px 18px; }
.facts b { color: var(--muted); font-weight: 500; } .facts code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
.panes { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
.pane h3 { font-size: 13px; margin: 0 0 4px; }
.code { font: 12px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; border: 1px solid var(--line); border-radius: 4px;
  max-height: 520px; overflow: auto; background: #fbfcfd; }
.code .ln { display: flex; white-space: pre-wrap; overflow-wrap: anywhere; }
.code .no { color: #8c959f; min-width: 3.2em; text-align: right; padding-right: 8px; user-select: none; flex: none; }
.code .ln.divergence { background: #ffebe9; outline: 1px solid #ff8182; } .code .ln.expected { background: #dafbe1; outline: 1px solid #4ac26b; }
.code .ln.malformed { background: #fff8c5; } .code .ln.end { color: var(--bad); font-style: italic; }
.hidden { display: none; }
@media (max-width: 900px) { .panes { grid-template-columns: 1fr; } }
`;
