"""parts_vs_total: within one statement, the parts of a group against the group.

"More than 450 people were killed, including 100 civilians, 215 fighters and
143 soldiers" is one statement (one source, document, date, place, event,
period, measure). Its parts are figures for groups below ``total`` in the
taxonomy; the children of a node partition it, so disjoint parts add up.

For each group with a figure and parts below it, the parts give a lower bound:
the sum over its children of each child's best lower bound — the child's own
figure, or the sum of its own parts when they say more. So "100 civilians, 215
fighters, 143 soldiers" bound the total below by 458 even though fighters and
soldiers sit under ``combatants``. When every child has an upper bound (the
partition is complete), the parts give an upper bound too.

* parts' lower bound > the total's high → **error**: the parts cannot fit;
* parts' upper bound < the total's low → **warning**: that many are unaccounted for;
* otherwise **info**, with the bound the parts imply.

Adding a figure can only raise a lower bound, so an error never disappears
when more figures arrive; its id is the check, the total's figure and the group.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from stats.checks.context import CheckContext
from stats.checks.registry import register_check
from stats.coded import join_sorted
from stats.findings import empty_findings, make_findings
from stats.wording import numbers

_INF = np.iinfo(np.int64).max


@dataclass(frozen=True)
class PartsSettings:
    exceed_severity: str = "error"
    shortfall_severity: str = "warning"
    consistent_severity: str = "info"


def _saturating_sum(values: np.ndarray) -> np.ndarray:
    """Row sums where any infinite (sentinel) term makes the sum infinite."""
    infinite = (values == _INF).any(axis=1)
    finite = np.where(values == _INF, 0, values).sum(axis=1)
    return np.where(infinite, _INF, finite)


def breakdowns(ctx: CheckContext) -> pd.DataFrame:
    """One row per (total figure, group) whose statement holds parts of it, with the
    bounds the parts imply, the contributing figures and the equation.

    Shared with :func:`stats.reconcile`, which raises totals to these bounds.
    """
    if "breakdowns" in ctx.shared:
        return ctx.shared["breakdowns"]  # type: ignore[return-value]
    tree = ctx.taxonomy.tree
    n_groups = len(tree.ids)
    statement, group = ctx.statement, ctx.group
    n_statements = int(statement.max()) + 1 if len(statement) else 0
    known = np.flatnonzero(group >= 0)
    own_row = np.full((n_statements, n_groups), -1, dtype=np.int64)
    # First figure per (statement, group); a repeat is the duplicates check's business.
    own_row[statement[known[::-1]], group[known[::-1]]] = known[::-1]
    present = own_row >= 0
    safe = np.maximum(own_row, 0)
    own_low = np.where(present, ctx.low[safe], 0)
    own_high = np.where(present, ctx.high[safe], _INF)

    children = [np.flatnonzero(tree.parent_code == g) for g in range(n_groups)]
    depth = np.zeros(n_groups, dtype=int)
    for g in range(n_groups):
        depth[g] = len(tree.ancestors(str(tree.ids[g])))
    best_low = np.zeros((n_statements, n_groups), dtype=np.int64)
    best_high = np.full((n_statements, n_groups), _INF, dtype=np.int64)
    parts_low = np.zeros_like(best_low)
    parts_high = np.full_like(best_high, _INF)
    chose_own = np.zeros((n_statements, n_groups), dtype=bool)
    for g in np.argsort(-depth, kind="stable"):  # leaves first
        if children[g].size:
            parts_low[:, g] = best_low[:, children[g]].sum(axis=1)
            parts_high[:, g] = _saturating_sum(best_high[:, children[g]])
        own = present[:, g]
        best_low[:, g] = np.where(own, np.maximum(own_low[:, g], parts_low[:, g]), parts_low[:, g])
        chose_own[:, g] = own & (own_low[:, g] >= parts_low[:, g])
        best_high[:, g] = np.where(
            own, np.minimum(own_high[:, g], parts_high[:, g]), parts_high[:, g]
        )

    frames = []
    top_down = np.argsort(depth, kind="stable")
    for parent in range(n_groups):
        if not children[parent].size:
            continue
        statements = np.flatnonzero(present[:, parent])
        if statements.size == 0:
            continue
        active = np.zeros((statements.size, n_groups), dtype=bool)
        active[:, children[parent]] = True
        contributes = np.zeros_like(active)
        for g in top_down:
            act = active[:, g]
            take = act & chose_own[statements, g]
            contributes[:, g] = take
            if children[g].size:
                active[:, children[g]] |= (act & ~take)[:, None]
        s_idx, g_idx = np.nonzero(contributes)
        if s_idx.size == 0:
            continue
        frames.append(
            pd.DataFrame(
                {
                    "statement": statements[s_idx],
                    "parent": parent,
                    "group": g_idx,
                    "row": own_row[statements[s_idx], g_idx],
                }
            )
        )
    if not frames:
        ctx.shared["breakdowns"] = pd.DataFrame()
        return ctx.shared["breakdowns"]  # type: ignore[return-value]
    parts = pd.concat(frames, ignore_index=True).sort_values(["statement", "parent", "group"])
    rows = parts["row"].to_numpy()
    key = parts["statement"].to_numpy() * n_groups + parts["parent"].to_numpy()
    keys, part_ids = join_sorted(key, ctx.figures["figure_id"].to_numpy(dtype=object)[rows], "|")
    _, equation = join_sorted(key, numbers(pd.Series(ctx.low[rows])).to_numpy(), " + ")
    exact = ctx.figures["qualifier"].to_numpy()[rows] == "exact"
    counts = np.bincount(np.searchsorted(keys, key), minlength=len(keys))
    inexact = np.bincount(np.searchsorted(keys, key), weights=~exact, minlength=len(keys))
    out = pd.DataFrame(
        {
            "statement": keys // n_groups,
            "parent": keys % n_groups,
            "all_exact": inexact == 0,
            "n_parts": counts,
            "part_ids": part_ids,
            "equation": equation,
        }
    )
    s, g = out["statement"].to_numpy(), out["parent"].to_numpy()
    total = own_row[s, g]
    out["total_row"] = total
    out["sum_low"] = parts_low[s, g]
    out["sum_high"] = parts_high[s, g]
    out["any_open"] = out["sum_high"] == _INF
    out["total_low"] = ctx.low[total]
    out["total_high"] = ctx.high[total]
    out["total_open"] = ctx.open_high[total]
    out["group_name"] = tree.ids[g].astype(str)
    out["implied_low"] = np.maximum(out["total_low"], out["sum_low"])
    ctx.shared["breakdowns"] = out
    return out


@register_check(
    "parts_vs_total",
    title="Parts against their total",
    description="Within one statement, the parts of a group never add up to more than the group.",
    settings=PartsSettings,
)
def parts_vs_total(ctx: CheckContext, settings: PartsSettings) -> pd.DataFrame:
    e = explain(ctx, settings)
    if e.empty:
        return empty_findings()
    return make_findings(
        "parts_vs_total",
        e["severity"],
        e["figure_ids"],
        e["scope"],
        e["equation"] + e["joiner"] + e["verdict"],
        observed=e["observed"],
        expected=e["expected"],
        file=ctx.file,
        line=e["line"],
        identity=e["identity"],
    )


def explain(ctx: CheckContext, settings: PartsSettings | None = None) -> pd.DataFrame:
    """Each breakdown's arithmetic in two parts, the ``equation`` ("parts 100 + 215 + 143
    = 458") and the ``verdict`` ("are consistent with the total of ..."), which the finding's
    message joins with ``joiner``; a briefing shows them apart without parsing the message.
    One row per breakdown, keyed by ``figure_ids`` (the total's id, then the parts')."""
    settings = settings or PartsSettings()
    b = breakdowns(ctx)
    if b.empty:
        return pd.DataFrame(
            columns=[
                "figure_ids",
                "identity",
                "severity",
                "scope",
                "equation",
                "joiner",
                "verdict",
                "observed",
                "expected",
                "line",
            ]
        )
    t = b["total_row"].to_numpy()
    exceed = (~b["total_open"] & (b["sum_low"] > b["total_high"])).to_numpy()
    short = ~exceed & ~b["any_open"].to_numpy() & (b["sum_high"] < b["total_low"]).to_numpy()
    phrase = ctx.phrase(t).to_numpy()
    lead = np.where(b["all_exact"].to_numpy(), "parts ", "the parts' lower bounds ")
    equation = lead + b["equation"].to_numpy() + " = " + numbers(b["sum_low"]).to_numpy()
    sum_high_text = numbers(b["sum_high"]).to_numpy()
    total_low_text = numbers(b["total_low"]).to_numpy()
    implied = numbers(b["implied_low"]).to_numpy()
    tightens = (b["sum_low"] > b["total_low"]).to_numpy()
    single = (b["n_parts"] == 1).to_numpy()
    all_exact = b["all_exact"].to_numpy()
    equation = np.where(
        single,
        np.where(all_exact, "the part ", "the part's lower bound ") + b["equation"].to_numpy(),
        equation,
    )
    verb = np.where(single, "is", "are")
    consistent = np.where(
        tightens,
        verb
        + " consistent with the total of "
        + phrase
        + np.where(single, " and implies", " and imply")
        + " a total of at least "
        + implied,
        verb + " consistent with the total of " + phrase + " (at least " + total_low_text + ")",
    )
    shortfall_gap = numbers(b["total_low"] - b["sum_high"]).to_numpy()
    shortfall = (
        np.where(all_exact, "fall short of the total of ", "short of the total of ")
        + phrase
        + ": at least "
        + shortfall_gap
        + " unaccounted for"
    )
    exceeding = np.where(single, "exceeds", "exceed") + " the total of " + phrase
    # the inexact shortfall reads "the parts add up to at most N, short of the total ..."
    inexact_short = short & ~all_exact
    lead_text = np.where(inexact_short, "the parts add up to at most " + sum_high_text, equation)
    severity = np.where(
        exceed,
        settings.exceed_severity,
        np.where(short, settings.shortfall_severity, settings.consistent_severity),
    )
    scope = (
        ctx.scope_text(t, with_group=True).to_numpy()
        + ", as stated by "
        + ctx.source_name(t).to_numpy()
    )
    return pd.DataFrame(
        {
            "figure_ids": ctx.ids(t).to_numpy() + "|" + b["part_ids"].to_numpy(),
            "identity": pd.Series(ctx.ids(t).to_numpy())
            + "@"
            + b["group_name"].reset_index(drop=True),
            "severity": severity,
            "scope": scope,
            "equation": lead_text,
            "joiner": np.where(inexact_short, ", ", " "),
            "verdict": np.where(exceed, exceeding, np.where(short, shortfall, consistent)),
            "observed": np.where(short, b["sum_high"], b["sum_low"]),
            "expected": np.where(exceed, b["total_high"], b["total_low"]),
            "line": ctx.lines(t).to_numpy(),
        }
    )
