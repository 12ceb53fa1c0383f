"""containment: a figure for part of something never exceeds the figure for the whole.

Children are among civilians, western Aleppo is in Aleppo is in Syria, the
offensive is part of the war, a month is inside a year. For every pair of
figures of the same measure where one's scope lies inside the other's (group,
place and event each equal or below, period inside, and the whole reported no
earlier than the part), the part's low above the whole's high cannot be true:
an **error** from one source, a **warning** across sources.

Pairs are found without comparing every figure with every other: for each
figure, its ancestor scopes are generated level by level as integer keys and
looked up among the scopes that exist.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from stats.checks.context import CheckContext
from stats.checks.registry import register_check
from stats.findings import empty_findings, join_ids, make_findings
from stats.trees import Tree
from stats.wording import numbers


@dataclass(frozen=True)
class ContainmentSettings:
    same_source_severity: str = "error"
    cross_source_severity: str = "warning"


def _ancestor_table(tree: Tree) -> np.ndarray:
    """up[d, code]: the ancestor d levels above (code itself at d=0), -1 past the root."""
    n = len(tree.ids)
    levels = [np.arange(n)]
    while n and (levels[-1] >= 0).any() and len(levels) <= n:
        prev = levels[-1]
        levels.append(np.where(prev >= 0, tree.parent_code[np.maximum(prev, 0)], -1))
    table = np.vstack(levels) if n else np.full((1, 0), -1)
    return np.hstack([table, np.full((table.shape[0], 1), -1)])  # column n: "missing"


def containment_pairs(ctx: CheckContext) -> pd.DataFrame:
    """Every (part, whole) pair of figures whose scopes nest, with their bounds.

    Used by the check and by the briefings' containment tables.
    """
    if "containment_pairs" in ctx.shared:
        return ctx.shared["containment_pairs"]  # type: ignore[return-value]
    up_g = _ancestor_table(ctx.taxonomy.tree)
    up_p = _ancestor_table(ctx.registries.place_tree)
    up_e = _ancestor_table(ctx.registries.event_tree)
    g = np.where(ctx.group < 0, up_g.shape[1] - 1, ctx.group)
    p = np.where(ctx.place < 0, up_p.shape[1] - 1, ctx.place)
    e = np.where(ctx.event < 0, up_e.shape[1] - 1, ctx.event)

    def key(m: np.ndarray, gc: np.ndarray, pc: np.ndarray, ec: np.ndarray) -> np.ndarray:
        radix_e = up_e.shape[1] + 1
        radix_p = up_p.shape[1] + 1
        radix_g = up_g.shape[1] + 1
        return ((m * radix_g + gc) * radix_p + pc) * radix_e + ec

    own = key(ctx.measure, g, p, e)
    # Work on distinct scopes (far fewer than rows), then expand to rows.
    key_of_row, keys = pd.factorize(own, sort=True)
    first = np.full(len(keys), -1, dtype=np.int64)
    first[key_of_row[::-1]] = np.arange(len(own))[::-1]
    km, kg, kp, ke = ctx.measure[first], g[first], p[first], e[first]
    part_keys, whole_keys = [], []
    for dg in range(up_g.shape[0]):
        gc = up_g[dg][kg]
        for dp in range(up_p.shape[0]):
            pc = up_p[dp][kp]
            for de in range(up_e.shape[0]):
                if dg == dp == de == 0:
                    continue
                ec = up_e[de][ke]
                valid = np.flatnonzero((gc >= 0) & (pc >= 0) & (ec >= 0))
                if valid.size == 0:
                    continue
                wanted = key(km[valid], gc[valid], pc[valid], ec[valid])
                at = np.searchsorted(keys, wanted)
                hit = (at < len(keys)) & (keys[np.minimum(at, len(keys) - 1)] == wanted)
                part_keys.append(valid[hit])
                whole_keys.append(at[hit])
    pairs = _expand(
        np.concatenate(part_keys) if part_keys else np.zeros(0, np.int64),
        np.concatenate(whole_keys) if whole_keys else np.zeros(0, np.int64),
        key_of_row,
    )
    a, w = pairs["part"].to_numpy(), pairs["whole"].to_numpy()
    ps, pe, rd = ctx.period_start_day, ctx.period_end_day, ctx.reported_day
    missing = np.iinfo(np.int64).min
    inside = (
        (ctx.statement[a] != ctx.statement[w])
        & (rd[w] >= rd[a])
        & ((ps[w] == missing) | ((ps[a] != missing) & (ps[a] >= ps[w])))
        & ((pe[w] == missing) | ((pe[a] != missing) & (pe[a] <= pe[w])))
    )
    pairs = pairs[inside].reset_index(drop=True)
    pairs["same_source"] = ctx.source[pairs["part"]] == ctx.source[pairs["whole"]]
    pairs["exceeds"] = ~ctx.open_high[pairs["whole"]] & (
        ctx.low[pairs["part"]] > ctx.high[pairs["whole"]]
    )
    ctx.shared["containment_pairs"] = pairs
    return pairs


def _expand(part_keys: np.ndarray, whole_keys: np.ndarray, key_of_row: np.ndarray) -> pd.DataFrame:
    """Every (part row, whole row) for pairs of nesting scopes."""
    order = np.argsort(key_of_row, kind="stable")
    starts = np.searchsorted(
        key_of_row[order], np.arange(key_of_row.max() + 2 if len(order) else 1)
    )
    size = np.diff(starts)
    n_part, n_whole = size[part_keys], size[whole_keys]
    per_pair = n_part * n_whole
    pair = np.repeat(np.arange(len(part_keys)), per_pair)
    offset = np.arange(per_pair.sum()) - np.repeat(np.cumsum(per_pair) - per_pair, per_pair)
    part_pos = starts[part_keys][pair] + offset // n_whole[pair]
    whole_pos = starts[whole_keys][pair] + offset % n_whole[pair]
    return pd.DataFrame({"part": order[part_pos], "whole": order[whole_pos]})


@register_check(
    "containment",
    title="Parts within their whole",
    description=(
        "A sub-group, sub-place, sub-event or sub-period never has more dead than its whole."
    ),
    settings=ContainmentSettings,
)
def containment(ctx: CheckContext, settings: ContainmentSettings) -> pd.DataFrame:
    pairs = containment_pairs(ctx)
    bad = pairs[pairs["exceeds"]]
    if bad.empty:
        return empty_findings()
    a, w = bad["part"].to_numpy(), bad["whole"].to_numpy()
    part_words = ctx.said_by(a).to_numpy() + " (" + ctx.scope_text(a).to_numpy() + ")"
    whole_words = ctx.said_by(w).to_numpy() + " (" + ctx.scope_text(w).to_numpy() + ")"
    low_a = numbers(pd.Series(ctx.low[a])).to_numpy()
    high_w = numbers(pd.Series(ctx.high[w])).to_numpy()
    message = (
        part_words
        + " cannot be part of "
        + whole_words
        + ": the part is at least "
        + low_a
        + ", the whole at most "
        + high_w
    )
    severity = np.where(
        bad["same_source"].to_numpy(),
        settings.same_source_severity,
        settings.cross_source_severity,
    )
    ids = join_ids(ctx.ids(a), ctx.ids(w))
    return make_findings(
        "containment",
        pd.Series(severity),
        ids,
        pd.Series(ctx.scope_text(a).to_numpy() + " within " + ctx.scope_text(w).to_numpy()),
        pd.Series(message),
        observed=pd.Series(ctx.low[a]),
        expected=pd.Series(ctx.high[w]),
        file=ctx.file,
        line=pd.Series(ctx.lines(a).to_numpy()),
    )
