"""Build the briefing model from validated figures, findings and reconciled estimates.

All the arithmetic and all the wording happen here (or upstream, in the checks'
messages); the templates only lay the model out. Data flows one way: stats
reads, validates, checks and reconciles; this module turns the results into
:class:`reports.model.Report`.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

import numpy as np
import pandas as pd

from reports.model import (
    Chart,
    DocumentRef,
    Equation,
    FindingView,
    IntervalBar,
    QuoteRef,
    Report,
    Section,
    Table,
)
from stats.checks.containment import containment_pairs
from stats.checks.context import CheckContext
from stats.checks.parts_vs_total import explain
from stats.config import Config
from stats.findings import SEVERITIES
from stats.reconciliation import POLICY
from stats.registries import Registries
from stats.wording import interval_text, number, numbers, stated_phrase

EQUATIONS_SHOWN = 5
PAIRS_SHOWN = 10
HEADLINE_CHECKS = ("cross_source", "containment", "parts_vs_total", "cumulative_series")


@dataclass
class BriefingInput:
    """Everything a briefing is built from; ``rejected`` are the input rows refused."""

    figures: pd.DataFrame
    registries: Registries
    findings: pd.DataFrame
    estimates: pd.DataFrame
    rejected: pd.DataFrame
    config: Config
    context: CheckContext


def generated_on() -> str:
    """Today, or the date of ``SOURCE_DATE_EPOCH`` so that two builds give the same bytes."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date().isoformat()
    return dt.date.today().isoformat()


def build(data: BriefingInput, *, title: str | None = None, for_pdf: bool = False) -> Report:
    """The briefing as plain data. ``for_pdf`` keeps the PDF to what a reader needs:
    the weightiest scope sections, errors and warnings in full, the first info findings,
    and the full figures table only when it is short."""
    settings = data.config.report
    f = data.figures
    counts = data.findings["severity"].value_counts()
    sections = _scope_sections(data, for_pdf)
    if for_pdf and len(sections) > settings.pdf_sections:
        kept = sections[: settings.pdf_sections]
        rest = sections[settings.pdf_sections :]
        kept.append(_more_scopes(rest, settings.pdf_list_rows))
        sections = kept
    findings = _finding_views(data, for_pdf=for_pdf)
    headlines = _headlines(data)
    if len(findings) < len(data.findings):
        headlines.append(
            f"This PDF lists {len(findings):,} of the {len(data.findings):,} findings (errors "
            "first, then warnings); the HTML briefing lists them all."
        )
    return Report(
        title=title or settings.title,
        subtitle=_subtitle(data),
        author=settings.author,
        generated_on=generated_on(),
        data_as_of=_as_of(f),
        counts=[
            ("Figures", f"{len(f):,}"),
            ("Independent sources", f"{f['source_id'].nunique():,}"),
            ("Documents", f"{f['document_id'].nunique():,}"),
            *[
                (label, f"{int(counts.get(s, 0)):,}")
                for s, label in zip(SEVERITIES, ("Errors", "Warnings", "Notes"), strict=True)
            ],
            ("Rejected input rows", f"{len(data.rejected):,}"),
        ],
        headlines=headlines,
        sections=sections,
        findings=findings,
        appendix=_appendix(data, for_pdf=for_pdf),
    )


def _as_of(figures: pd.DataFrame) -> str:
    if figures.empty:
        return "no figures"
    latest = figures.loc[figures["reported_date"].idxmax()]
    return str(latest["reported_on"])


def _subtitle(data: BriefingInput) -> str:
    f = data.figures
    names = data.context.names["place"]
    places = sorted({names.get(str(p), str(p)) for p in f["place"].unique()}) if len(f) else []
    places = ", ".join(places[:6]) + (f" and {len(places) - 6} more" if len(places) > 6 else "")
    return (
        f"{len(f):,} reported figures from {f['source_id'].nunique():,} sources"
        + (f" on {places}" if places else "")
        + ". Every number below is traceable to the quote and document it came from."
    )


# --- headlines ------------------------------------------------------------------------


def _headlines(data: BriefingInput) -> list[str]:
    """The discrepancies a reader should see first, as sentences, largest first."""
    f = data.findings
    if f.empty:
        return ["No discrepancies: every check passed on these figures."]
    serious = f["severity"].isin(["error", "warning"])
    telling = f["check"].isin(["cross_source"]) | (
        (f["check"] == "parts_vs_total") & (f["gap"].fillna(0) > 0)
    )
    chosen = f[(serious | telling) & f["check"].isin(HEADLINE_CHECKS)].copy()
    if chosen.empty:
        chosen = f.copy()
    chosen["_rank"] = chosen["severity"].map({s: i for i, s in enumerate(SEVERITIES)})
    chosen["_size"] = chosen["gap_ratio"].abs().fillna(0)
    chosen = chosen.sort_values(["_rank", "_size"], ascending=[True, False], kind="stable")
    limit = data.config.report.headlines
    lines = [
        f"{_capital(scope)}: {message}."
        for scope, message in zip(chosen["scope"][:limit], chosen["message"][:limit], strict=True)
    ]
    rest = len(chosen) - limit
    if rest > 0:
        lines.append(f"{rest:,} more in the findings below.")
    return lines


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- scope sections ---------------------------------------------------------------------


def _scope_sections(data: BriefingInput, for_pdf: bool = False) -> list[Section]:
    """One section per (event, place), weightiest findings first."""
    f = data.figures
    if f.empty:
        return []
    ctx = data.context
    names = ctx.names
    key = f["event"].astype(object).fillna("").astype(str) + "\x00" + f["place"].astype(str)
    weight = _scope_weights(data, key)
    sections = []
    codes, uniques = pd.factorize(key)
    order = np.argsort(codes, kind="stable")
    starts = np.searchsorted(codes[order], np.arange(len(uniques) + 1))
    ranked = sorted(range(len(uniques)), key=lambda k: (-weight.get(uniques[k], 0), uniques[k]))
    for position, k in enumerate(ranked):
        rows = np.sort(order[starts[k] : starts[k + 1]])
        event, place = uniques[k].split("\x00")
        event_name = names["event"].get(event, event) if event else "no event given"
        place_name = names["place"].get(place, place)
        charts = position < data.config.report.chart_sections
        sections.append(
            _scope_section(
                data, rows, event, place, f"{place_name} — {event_name}", charts, for_pdf
            )
        )
    return sections


def _scope_weights(data: BriefingInput, key: pd.Series) -> dict[str, float]:
    """Errors weigh most, then warnings, then the size of the gaps."""
    f = data.findings
    if f.empty:
        return {}
    ids = data.figures["figure_id"].astype(str)
    key_of = dict(zip(ids, key, strict=True))
    weights: dict[str, float] = {}
    for severity, check, ratio, figure_ids in zip(
        f["severity"], f["check"], f["gap_ratio"], f["figure_ids"], strict=True
    ):
        first = key_of.get(str(figure_ids).split("|")[0])
        if first is None:
            continue
        if severity == "info" and check != "cross_source":
            ratio = 0.0  # a consistent breakdown is not a discrepancy
        base = {"error": 1000.0, "warning": 100.0}.get(severity, 0.0)
        weights[first] = weights.get(first, 0.0) + base + (0 if pd.isna(ratio) else abs(ratio))
    return weights


def _anchor(*parts: str) -> str:
    text = "-".join(p for p in parts if p)
    return "scope-" + "".join(c if c.isalnum() else "-" for c in text).strip("-").lower()


def _scope_section(
    data: BriefingInput,
    rows: np.ndarray,
    event: str,
    place: str,
    title: str,
    charts: bool,
    for_pdf: bool = False,
) -> Section:
    f = data.figures.iloc[rows]
    section = Section(id=_anchor(event, place), title=title)
    section.paragraphs.append(
        f"{len(f):,} figure(s) from {f['source_id'].nunique():,} source(s); reported "
        f"{_date_span(f)}. Intervals follow the wording as stated (see the appendix)."
    )
    limit = data.config.report.pdf_list_rows
    shown = f.sort_values("reported_date", ascending=False).head(limit) if for_pdf else f
    caption = "Figures by source" + (
        f": the latest {len(shown):,} of {len(f):,} (all in the HTML)"
        if len(shown) < len(f)
        else ""
    )
    section.tables.append(_figures_table(data, shown, section.id + "-figures", caption))
    if charts:
        section.charts.extend(_charts(data, f, section.id))
    section.equations.extend(_equations(data, f))
    estimates = _estimates_table(data, event, place, section.id)
    if estimates is not None:
        section.tables.append(estimates)
    containment = _containment_table(data, rows, section.id)
    if containment is not None:
        section.tables.append(containment)
    return section


def _date_span(f: pd.DataFrame) -> str:
    first, last = f["reported_date"].min(), f["reported_date"].max()
    lo = f.loc[f["reported_date"] == first, "reported_on"].iloc[0]
    hi = f.loc[f["reported_date"] == last, "reported_on"].iloc[0]
    return f"on {lo}" if lo == hi else f"between {lo} and {hi}"


def _group_text(f: pd.DataFrame) -> pd.Series:
    """The neutral group, with the source's own word in quotes where it differs."""
    group = f["group"].astype(str)
    term = f["source_term"].astype(object)
    differs = term.notna() & (term.astype(str).str.lower() != group.str.replace("_", " "))
    return group.where(~differs, group + " (“" + term.astype(str) + "”)")


def _figures_table(data: BriefingInput, f: pd.DataFrame, table_id: str, caption: str) -> Table:
    names = data.context.names
    documents = data.registries.documents.set_index("document_id")
    document_ids = f["document_id"].astype(str)
    titles = document_ids.map(documents["title"]).fillna(document_ids)
    source_ids = f["source_id"].astype(str)
    rows = pd.DataFrame(
        {
            "source": source_ids.map(names["source"]).fillna(source_ids),
            "group": f["measure"].astype(str) + ", " + _group_text(f),
            "stated": _as_stated(f),
            "interval": interval_text(f["low"], f["high"]),
            "reported": f["reported_on"].astype(str),
            "document": titles.astype(str),
            "id": f["figure_id"].astype(str),
        }
    )
    return Table(
        id=table_id,
        caption=caption,
        columns=[
            "Source",
            "Counted (source's word)",
            "Stated",
            "Interval",
            "Reported",
            "Document",
            "Figure",
        ],
        rows=rows.astype(str).to_numpy().tolist(),
        numeric_columns={2, 3},
    )


def _as_stated(f: pd.DataFrame) -> pd.Series:
    """The wording as a reader would quote it: "more than 450", "29", "most of 100"."""
    phrase = stated_phrase(f["qualifier"], f["value"], f["value_high"])
    exact = (f["qualifier"].astype(str) == "exact").to_numpy()
    return pd.Series(
        np.where(exact, numbers(f["value"]).to_numpy(), phrase.to_numpy()), index=f.index
    )


def _charts(data: BriefingInput, f: pd.DataFrame, section_id: str) -> list[Chart]:
    """Per measure: each source's interval side by side for each group (latest per source)."""
    charts = []
    names = data.context.names["source"]
    latest = f.sort_values("reported_date").drop_duplicates(
        ["measure", "group", "source_id"], keep="last"
    )
    for measure, part in latest.groupby("measure", observed=True, sort=True):
        if part.empty:
            continue
        part = part.sort_values(["group", "source_id"])
        bars = [
            IntervalBar(
                label=f"{names.get(str(r.source_id), str(r.source_id))} · {r.group}",
                low=int(r.low),
                high=None if pd.isna(r.high) else int(r.high),
                value=int(r.value),
                wording=str(w),
            )
            for r, w in zip(part.itertuples(), _as_stated(part), strict=True)
        ]
        groups = part["group"].astype(str).unique()
        envelope = None
        if len(groups) == 1 and len(bars) > 1:
            high = part["high"]
            envelope = (int(part["low"].min()), None if high.isna().any() else int(high.max()))
        charts.append(
            Chart(
                id=f"{section_id}-{measure}",
                title=f"{str(measure).capitalize()}: each source's interval",
                bars=bars,
                envelope=envelope,
                description="; ".join(
                    f"{b.label}: {b.wording}, interval {number(b.low)} to "
                    f"{'no upper bound' if b.high is None else number(b.high)}"
                    for b in bars
                ),
            )
        )
    return charts


def _equations(data: BriefingInput, f: pd.DataFrame) -> list[Equation]:
    """The breakdowns whose total is in ``f``, as the check reported them: its findings say
    which are shown (and with what severity), :func:`explain` gives each one's equation and
    verdict apart."""
    ids = set(f["figure_id"].astype(str))
    found = data.findings[data.findings["check"] == "parts_vs_total"]
    if found.empty:
        return []
    parts = explain(data.context).set_index("figure_ids")
    equations = []
    for row in found.itertuples():
        if row.figure_ids.split("|")[0] not in ids or row.figure_ids not in parts.index:
            continue
        part = parts.loc[row.figure_ids]
        equations.append(
            Equation(
                text=_capital(part["equation"]), verdict=part["verdict"], severity=row.severity
            )
        )
    # Every error and warning; consistent breakdowns only up to a handful, then a count.
    serious = [e for e in equations if e.severity != "info"]
    notes = [e for e in equations if e.severity == "info"]
    if len(notes) > EQUATIONS_SHOWN:
        hidden = len(notes) - EQUATIONS_SHOWN
        notes = [
            *notes[:EQUATIONS_SHOWN],
            Equation(
                text=f"{hidden:,} more breakdowns",
                verdict="consistent with their totals; listed in the findings",
                severity="info",
            ),
        ]
    return serious + notes


def _estimates_table(data: BriefingInput, event: str, place: str, section_id: str) -> Table | None:
    e = data.estimates
    if e.empty:
        return None
    mine = e[(e["event"].fillna("").astype(str) == event) & (e["place"].astype(str) == place)]
    if mine.empty:
        return None
    rows = [
        [
            f"{r.measure}, {r.group}",
            f"{r.n_sources}",
            str(r.source_intervals),
            interval_text(pd.Series([r.envelope_low]), pd.Series([r.envelope_high])).iloc[0],
            "none: the sources cannot all be right"
            if r.intersection_empty
            else interval_text(
                pd.Series([r.intersection_low]), pd.Series([r.intersection_high])
            ).iloc[0],
            number(r.conservative_value),
            f"{r.median_value:,.0f}",
            "—"
            if pd.isna(r.tightened_low)
            else interval_text(pd.Series([r.tightened_low]), pd.Series([r.tightened_high])).iloc[0],
        ]
        for r in mine.itertuples()
    ]
    return Table(
        id=f"{section_id}-estimates",
        caption="Reconciled estimates (latest figure per source)",
        columns=[
            "Counted",
            "Sources",
            "Each source",
            "Envelope",
            "All agree on",
            "Lowest",
            "Median",
            "With parts",
        ],
        rows=rows,
        numeric_columns={1, 5, 6},
    )


def _containment_table(data: BriefingInput, rows: np.ndarray, section_id: str) -> Table | None:
    pairs = containment_pairs(data.context)
    if pairs.empty:
        return None
    mine = pairs[np.isin(pairs["part"].to_numpy(), rows)]
    if mine.empty:
        return None
    fitting = mine[~mine["exceeds"]]
    hidden = max(0, len(fitting) - PAIRS_SHOWN)
    mine = pd.concat([mine[mine["exceeds"]], fitting.head(PAIRS_SHOWN)])
    ctx = data.context
    a, w = mine["part"].to_numpy(), mine["whole"].to_numpy()
    verdict = np.where(
        mine["exceeds"].to_numpy(),
        "cannot fit: the part is at least "
        + numbers(pd.Series(ctx.low[a])).to_numpy()
        + ", the whole at most "
        + numbers(pd.Series(ctx.high[w])).to_numpy(),
        "fits: "
        + numbers(pd.Series(ctx.low[a])).to_numpy()
        + " ≤ "
        + numbers(pd.Series(ctx.high[w])).to_numpy(),
    )
    table_rows = np.column_stack(
        [
            ctx.said_by(a).to_numpy() + " (" + ctx.scope_text(a).to_numpy() + ")",
            ctx.said_by(w).to_numpy() + " (" + ctx.scope_text(w).to_numpy() + ")",
            verdict,
        ]
    )
    caption = "Containment: each part against the whole that contains it"
    if hidden:
        caption += f" ({hidden:,} more pairs fit and are not listed)"
    return Table(
        id=f"{section_id}-containment",
        caption=caption,
        columns=["Part", "Whole", "Verdict"],
        rows=table_rows.astype(str).tolist(),
    )


def _more_scopes(rest: list[Section], limit: int) -> Section:
    listed = rest[:limit]
    note = (
        f" The first {len(listed):,} are listed; the HTML briefing has a section for each."
        if len(rest) > limit
        else " The HTML briefing has a section for each."
    )
    return Section(
        id="scope-more",
        title=f"{len(rest):,} more scopes",
        paragraphs=[
            "To keep the PDF to what a reader needs, these scopes are not shown in full." + note
        ],
        tables=[
            Table(
                id="scope-more-list",
                caption="Scopes not shown in full",
                columns=["Scope", "Figures"],
                rows=[[s.title, f"{len(s.tables[0].rows):,}"] for s in listed],
                numeric_columns={1},
            )
        ],
    )


# --- findings -----------------------------------------------------------------------------


def _finding_views(data: BriefingInput, *, for_pdf: bool) -> list[FindingView]:
    f = data.findings  # already sorted: errors, warnings, info
    if for_pdf:
        f = f.head(data.config.report.pdf_findings)
    figures = data.figures.set_index(data.figures["figure_id"].astype(str))
    documents = data.registries.documents.set_index("document_id")
    names = data.context.names["source"]
    views = []
    for row in f.itertuples():
        quotes = []
        # Every listed finding carries its quotes (the PDF lists fewer info findings).
        for figure_id in dict.fromkeys(str(row.figure_ids).split("|")):
            if figure_id not in figures.index:
                continue
            fig = figures.loc[figure_id]
            if pd.isna(fig["quote"]):
                continue
            quotes.append(
                QuoteRef(
                    figure_id=figure_id,
                    source=names.get(str(fig["source_id"]), str(fig["source_id"])),
                    quote=str(fig["quote"]),
                    document=_document_ref(documents, str(fig["document_id"])),
                )
            )
        views.append(
            FindingView(
                finding_id=row.finding_id,
                severity=row.severity,
                check=row.check,
                scope=row.scope,
                message=row.message,
                quotes=_unique_quotes(quotes),
            )
        )
    return views


def _unique_quotes(quotes: list[QuoteRef]) -> list[QuoteRef]:
    """One entry per distinct sentence (a breakdown's parts share their total's quote)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for q in quotes:
        key = (q.quote, q.document.title)
        if key not in seen:
            seen.add(key)
            out.append(q)
    return out


def _document_ref(documents: pd.DataFrame, document_id: str) -> DocumentRef:
    if document_id not in documents.index:
        return DocumentRef(title=document_id, publisher="unknown", published_on="")
    d = documents.loc[document_id]

    def text(column: str) -> str:
        value = d.get(column)
        return "" if value is None or pd.isna(value) else str(value)

    return DocumentRef(
        title=text("title") or document_id,
        publisher=text("publisher") or "unknown",
        published_on=text("published_on"),
        url=text("url") or None,
    )


# --- appendix -------------------------------------------------------------------------------


def _appendix(data: BriefingInput, *, for_pdf: bool) -> list[Section]:
    rules = data.config.intervals
    sections = [
        Section(
            id="appendix-rules",
            title="Interval rules",
            paragraphs=[
                "Each figure keeps the number as stated (UCDP's 'best') and gains the interval "
                "its wording allows. Rounding is half-up on whole numbers."
            ],
            tables=[
                Table(
                    id="rules",
                    caption="Wording → interval",
                    columns=["Qualifier", "Interval"],
                    rows=[[q, r] for q, r in rules.describe()],
                )
            ],
        ),
        Section(
            id="appendix-method",
            title="Method notes",
            paragraphs=[
                "Reported tolls are documented counts: minimum bounds of the dead a source could "
                "record, never estimates of the true toll. 'At least' and 'more than' set lower "
                "bounds only.",
                "Sources are compared only on the same measure, group, place and event, within "
                f"{data.config.checks.settings_for('cross_source').window_days} days of each "
                "other. A source's figure repeated by several documents counts once.",
                "Reconciliation policy: " + POLICY + ".",
                "Each source's own word for the dead is shown in quotes beside the neutral group.",
            ],
        ),
        _registries_section(data, limit=data.config.report.pdf_list_rows if for_pdf else None),
        _rejected_section(data),
    ]
    f = data.figures
    cutoff = data.config.report.pdf_figures_cutoff
    if not for_pdf or len(f) <= cutoff:
        sections.append(
            Section(
                id="appendix-figures",
                title="All figures",
                tables=[_figures_table(data, f, "all-figures", "Every validated figure")],
            )
        )
    else:
        sections.append(
            Section(
                id="appendix-figures",
                title="All figures",
                paragraphs=[
                    f"{len(f):,} figures: more than the PDF's cut-off of {cutoff:,}. The full "
                    "table is in the HTML briefing and in figures.csv beside it."
                ],
            )
        )
    return sections


def _registries_section(data: BriefingInput, *, limit: int | None) -> Section:
    r = data.registries

    def table(frame: pd.DataFrame, table_id: str, caption: str, columns: list[str]) -> Table:
        if limit is not None and len(frame) > limit:
            caption = f"{caption}: the first {limit:,} of {len(frame):,} (all in the HTML)"
            frame = frame.head(limit)
        present = [c for c in columns if c in frame.columns]
        cells = frame[present].astype(object).where(frame[present].notna(), "").astype(str)
        return Table(id=table_id, caption=caption, columns=present, rows=cells.to_numpy().tolist())

    used_sources = set(data.figures["source_id"].astype(str))
    used_docs = set(data.figures["document_id"].astype(str))
    return Section(
        id="appendix-registries",
        title="Registries",
        tables=[
            table(
                r.sources[r.sources["id"].astype(str).isin(used_sources)],
                "reg-sources",
                "Sources",
                ["id", "name", "kind", "aliases"],
            ),
            table(
                r.documents[r.documents["document_id"].astype(str).isin(used_docs)],
                "reg-documents",
                "Documents",
                ["document_id", "title", "publisher", "published_on", "url", "note"],
            ),
        ],
    )


def _rejected_section(data: BriefingInput) -> Section:
    rejected = data.rejected
    if rejected.empty:
        return Section(
            id="appendix-rejected",
            title="Rejected input rows",
            paragraphs=["None: every input row was valid."],
        )
    cells = rejected.astype(object).where(rejected.notna(), "").astype(str)
    return Section(
        id="appendix-rejected",
        title="Rejected input rows",
        paragraphs=[f"{len(rejected):,} problem(s) kept these rows out of the checks."],
        tables=[
            Table(
                id="rejected",
                caption="Rejected rows and why",
                columns=list(cells.columns),
                rows=cells.to_numpy().tolist(),
                numeric_columns={1},
            )
        ],
    )
