"""The HTML report of one eval run: one self-contained file, charts drawn as inline SVG.

In:   the result dict built by `evals.runner.evaluate`.
Out:  an HTML string with no external requests (no scripts, fonts, images or styles fetched):
      the index/model stamp, the gates, the baselines side by side, each metric per category
      and split, what moved since a compared run, and the failing cases with their answers
      and citations.
Fails: never raises on missing metrics; a metric with no data is drawn as "—".
"""

from __future__ import annotations

from html import escape

COLOURS = {"dev": "#3b6ea8", "heldout": "#d9822b", "all": "#6b6b6b",
           "hybrid": "#2f7d4f", "dense": "#7a5ea8", "bm25": "#b0593f"}
CATEGORY_METRICS = (
    ("answers.fact_recall", "Fact recall (golden)"),
    ("retrieval.hybrid.recall@5", "Recall@5, hybrid (golden)"),
    ("citations.support_recall", "Citation support recall"),
    ("safety.expectation_pass", "Expected decision (policy sets)"),
)
STYLE = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem auto;max-width:1100px;color:#222;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5rem 0}td,th{padding:.2rem .6rem;border-bottom:1px solid #eee;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}.pass{color:#2f7d4f}.fail{color:#b3261e;font-weight:600}
.no-data{color:#8a6d00}.banner{padding:.6rem 1rem;border-radius:6px;font-weight:600}
.banner.pass{background:#e6f4ea}.banner.fail{background:#fce8e6}details{margin:.4rem 0;border:1px solid #eee;padding:.3rem .6rem;border-radius:4px}
summary{cursor:pointer}blockquote{margin:.2rem 0 .2rem 1rem;color:#444;border-left:3px solid #ccc;padding-left:.5rem}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem}.muted{color:#777}code{font-size:.9em}
"""


def _num(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.3f}" if value <= 1.0 else f"{value:,.1f}"
    return f"{value:,}" if isinstance(value, int) else escape(str(value))


def bar_chart(title: str, groups: list[str], series: list[str], values: dict[tuple[str, str], float | None],
              *, maximum: float = 1.0, width: int = 520) -> str:
    """Grouped vertical bars: one group per label, one bar per series; inline SVG."""
    height, top, bottom, left = 220, 28, 46, 34
    plot_h = height - top - bottom
    group_w = (width - left - 10) / max(1, len(groups))
    bar_w = max(4.0, min(26.0, (group_w - 8) / max(1, len(series))))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="{escape(title)}"><title>{escape(title)}</title>',
             f'<text x="{left}" y="16" font-size="13" font-weight="600">{escape(title)}</text>']
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        y = top + plot_h * (1 - tick)
        parts.append(f'<line x1="{left}" x2="{width - 6}" y1="{y:.1f}" y2="{y:.1f}" stroke="#eee"/>'
                     f'<text x="{left - 4}" y="{y + 4:.1f}" font-size="10" text-anchor="end">{tick * maximum:g}</text>')
    for gi, group in enumerate(groups):
        x0 = left + gi * group_w + (group_w - bar_w * len(series)) / 2
        for si, name in enumerate(series):
            value = values.get((group, name))
            x = x0 + si * bar_w
            if value is None:
                parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{top + plot_h - 2}" font-size="9" '
                             f'text-anchor="middle">—</text>')
                continue
            h = plot_h * max(0.0, min(1.0, value / maximum))
            parts.append(f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{bar_w - 1:.1f}" height="{h:.1f}" '
                         f'fill="{COLOURS.get(name, "#888")}"><title>{escape(group)} · {escape(name)}: '
                         f'{_num(value)}</title></rect>')
        parts.append(f'<text x="{left + gi * group_w + group_w / 2:.1f}" y="{height - bottom + 14}" font-size="10" '
                     f'text-anchor="middle">{escape(group[:14])}</text>')
    for si, name in enumerate(series):
        x = left + si * 90
        parts.append(f'<rect x="{x}" y="{height - 16}" width="10" height="10" fill="{COLOURS.get(name, "#888")}"/>'
                     f'<text x="{x + 14}" y="{height - 7}" font-size="11">{escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def baselines_section(result: dict) -> str:
    metrics, rankers = result["metrics"], result["rankers"]
    charts = []
    for split in ("dev", "heldout"):
        values = {(m, r): metrics[split].get(f"retrieval.{r}.{m}") for m in ("recall@5", "mrr", "ndcg@10")
                  for r in rankers}
        charts.append(bar_chart(f"Retrieval on golden ({split})", ["recall@5", "mrr", "ndcg@10"], rankers, values))
    rows = "".join(f"<tr><td>{escape(r)}</td>" + "".join(
        f'<td class="n">{_num(result["metrics"][s].get(f"retrieval.{r}.{m}"))}</td>'
        for s in ("dev", "heldout") for m in ("recall@5", "mrr", "ndcg@10")) + "</tr>" for r in rankers)
    head = "".join(f"<th>{s} {m}</th>" for s in ("dev", "heldout") for m in ("recall@5", "MRR", "nDCG@10"))
    return (f'<h2>Baselines side by side</h2><p class="muted">Same index, same embedder, questions and '
            f'paraphrases. dense = plain LangChain Chroma retriever; bm25 = BM25 alone; hybrid = Vetted.</p>'
            f'<div class="charts">{"".join(charts)}</div><table><tr><th>ranker</th>{head}</tr>{rows}</table>')


def category_section(result: dict) -> str:
    by_cat = result["by_category"]
    charts = []
    for key, title in CATEGORY_METRICS:
        categories = sorted({c for s in ("dev", "heldout") for c, m in by_cat.get(s, {}).items() if key in m})
        if not categories:
            continue
        values = {(c, s): by_cat.get(s, {}).get(c, {}).get(key) for c in categories for s in ("dev", "heldout")}
        charts.append(bar_chart(title, categories, ["dev", "heldout"], values))
    return f'<h2>Metrics per category and split</h2><div class="charts">{"".join(charts)}</div>'


def metrics_table(result: dict) -> str:
    metrics = result["metrics"]
    rows = "".join(f"<tr><td><code>{escape(k)}</code></td>" + "".join(
        f'<td class="n">{_num(metrics[s].get(k))}</td>' for s in ("dev", "heldout", "all")) + "</tr>"
        for k in metrics["all"])
    return f"<h2>All metrics</h2><table><tr><th>metric</th><th>dev</th><th>heldout</th><th>all</th></tr>{rows}</table>"


def gates_section(result: dict) -> str:
    rows = "".join(
        f'<tr class="{g["status"]}"><td><code>{escape(g["metric"])}</code></td><td>{g["split"]}</td>'
        f'<td class="n">{_num(g["value"])}</td><td>{escape(g["op"])} {_num(g["threshold"])}'
        f'{" (" + escape(g["against"]) + ")" if g["against"] else ""}</td><td class="{g["status"]}">{g["status"]}</td>'
        f'<td class="muted">{escape(g.get("why", ""))}</td></tr>' for g in result["gates"])
    return (f'<h2>Gates (evals/thresholds.toml)</h2><table><tr><th>metric</th><th>split</th><th>value</th>'
            f'<th>threshold</th><th>status</th><th>why</th></tr>{rows}</table>')


def compare_row(m: dict) -> str:
    delta = "" if m["delta"] is None else f"{m['delta']:+.4f}"
    direction = "pass" if (m["delta"] or 0) > 0 else "fail"
    return (f'<tr><td><code>{escape(m["metric"])}</code></td><td>{m["split"]}</td>'
            f'<td class="n">{_num(m["old"])}</td><td class="n">{_num(m["new"])}</td>'
            f'<td class="n {direction}">{delta}</td></tr>')


def compare_section(result: dict) -> str:
    if "compare" not in result:
        return ""
    rows = "".join(compare_row(m) for m in result["compare"])
    return (f'<h2>Moved since {escape(result.get("compared_with", "the compared run"))}</h2>'
            f'<table><tr><th>metric</th><th>split</th><th>old</th><th>new</th><th>Δ</th></tr>{rows}</table>'
            if rows else '<h2>Moved since the compared run</h2><p>Nothing moved.</p>')


def failure_html(row: dict) -> str:
    problems = "".join(f"<li>{escape(p)}</li>" for p in row["problems"])
    if row.get("retrieval_only"):
        body = f"<p>Top sources: {escape(', '.join(row['hybrid']['top']))}</p>"
        head = f"{escape(row['id'])} · {row['variant']} · retrieval"
        question = ""
    else:
        cites = "".join(f"<li>[{c['n']}] <code>{escape(c['source_id'])}</code>"
                        f"{'' if c['quote_ok'] else ' <b class=fail>quote mismatch</b>'}"
                        f"<blockquote>{escape(c['quote'])}</blockquote></li>" for c in row["citations"])
        body = (f"<p><b>{escape(row['decision'])}</b> ({escape(row['category'])}; {escape(row['reason'])})</p>"
                f"<blockquote>{escape(row['answer'])}</blockquote>" + (f"<ol>{cites}</ol>" if cites else ""))
        head = f"{escape(row['set'])} · {escape(row['id'])} · {row['variant']}"
        question = escape(row["question"])
    return (f"<details><summary>{head} <span class=muted>({row['split']})</span> {question}</summary>"
            f"<ul>{problems}</ul>{body}</details>")


def render_html(result: dict) -> str:
    stamp = result["stamp"]
    status = "pass" if result["passed"] else "fail"
    failed = sum(g["status"] == "fail" for g in result["gates"])
    stamp_rows = "".join(f"<tr><td>{escape(k)}</td><td><code>{escape(str(v))}</code></td></tr>"
                         for k, v in stamp.items())
    failures = result["failures"]
    shown = "".join(failure_html(r) for r in failures[:300])
    more = f"<p class=muted>{len(failures) - 300} more in the JSON result.</p>" if len(failures) > 300 else ""
    bench = ""
    if isinstance(result.get("bench"), dict):
        bench_rows = "".join(f"<tr><td>{escape(k)}</td><td class=n>{_num(v)}</td></tr>"
                             for k, v in result["bench"].items() if isinstance(v, (int, float)))
        bench = f"<h2>Speed benchmark (bench/speed.py)</h2><table>{bench_rows}</table>"
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>Vetted eval {escape(result['created'])}</title>
<style>{STYLE}</style></head><body>
<h1>Vetted eval — {escape(result['created'])}</h1>
<p class="banner {status}">{"All gates pass" if result["passed"] else f"{failed} gate(s) failed"} ·
{result['metrics']['all'].get('cases', 0)} answers · {len(failures)} failing cases · {result['seconds']} s</p>
<h2>Index and model</h2><table>{stamp_rows}</table>
{gates_section(result)}{baselines_section(result)}{category_section(result)}{compare_section(result)}
{metrics_table(result)}{bench}
<h2>Failing cases ({len(failures)})</h2>{shown}{more}
</body></html>"""
