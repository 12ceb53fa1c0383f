"""Cut a text into paragraphs, sentences and table rows, keeping character offsets.

Every later step reasons inside one sentence (a clause list, a breakdown) or one
paragraph (who is speaking), so the cut decides what can refer to what. Offsets
always point into the original text: a figure's quote is ``text[start:end]``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

_LINE = re.compile(r"[^\n]+")
#: A sentence ends at . ! or ? (perhaps closed by a quote or bracket) before a capital,
#: a digit or an opening quote.
_BOUNDARY = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
#: Words after which a full stop does not end a sentence ("Dr Orrelan", "No. 7").
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "no",
        "nos",
        "gen",
        "col",
        "maj",
        "lt",
        "sgt",
        "capt",
        "prof",
        "rev",
        "sen",
        "rep",
        "gov",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "vs",
        "etc",
        "inc",
        "co",
        "ltd",
        "u.s",
        "u.n",
        "fig",
        "op",
        "brig",
        "adm",
        "cmdr",
        "cpl",
        "pvt",
        "hon",
        "amb",
        "lieut",
        "supt",
        "insp",
    ]
)
_LAST_WORD = re.compile(r"([A-Za-z.]+)\.$")
_TERMINAL = re.compile(r"[.!?:][\"”’')\]]*\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+•]\s+|\d+[.)]\s+)")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}")


@dataclass(frozen=True)
class Cell:
    """One table cell: its offsets and the header of its column."""

    start: int
    end: int
    header: str


@dataclass(frozen=True)
class Sentence:
    """A sentence (or table row): offsets in the text, its paragraph, and its role.

    ``headline`` marks titles and headings, whose figures repeat the body's; ``cells``
    is set for a table row.
    """

    start: int
    end: int
    paragraph: int
    headline: bool = False
    cells: tuple[Cell, ...] = field(default=())


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside one line."""
    spans = []
    begin = start
    for match in _BOUNDARY.finditer(text, start, end):
        before = text[begin : match.start() + 1]
        word = _LAST_WORD.search(before)
        if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
            continue
        if word and len(word.group(1)) == 1 and word.group(1).isupper():
            continue  # an initial: "J. Smith"
        cut = match.end()
        spans.append((begin, cut))
        begin = cut
    if begin < end:
        spans.append((begin, end))
    return [(a, b) for a, b in (_strip(text, a, b) for a, b in spans) if a < b]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _table_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cell spans of a pipe-table row, stripped of spaces."""
    cells = []
    line = text[start:end]
    positions = [i for i, ch in enumerate(line) if ch == "|"]
    if not positions:
        return []
    if positions[0] != len(line) - len(line.lstrip()):
        positions.insert(0, -1)
    if line.rstrip().endswith("|") is False:
        positions.append(len(line))
    for a, b in itertools.pairwise(positions):
        cells.append(_strip(text, start + a + 1, start + b))
    return cells


#: A line with dot leaders: "Injured ........ 264", "Persons affected .... approx. 1.5 million".
_LEADER = re.compile(
    r"^\s*(?P<label>[A-Za-z][^.\n]{1,60}?)\s*\.{4,}\s*(?P<value>[^(\n]*?)\s*(?:\(.*)?$"
)
#: A pipe table written without outer pipes: "Province        | Deaths".
_BARE_PIPE_ROW = re.compile(r"^[^|]{1,40}\s\|\s[^|]{1,40}(?:\s\|\s[^|]{1,40})*$")
_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")


def _aligned_cells(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """Cells of a plain-text table line, columns apart by two spaces or more ("  Tollis
    12        37"); None for a line of prose. Cells hold at most four words."""
    line = text[start:end]
    if "  " not in line.strip():
        return None
    cells = [(start + m.start(), start + m.end()) for m in _ALIGNED_CELL.finditer(line)]
    if len(cells) < 2 or any(len(text[a:b].split()) > 4 for a, b in cells):
        return None
    return cells


def _unwrap(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Physical lines joined into the lines the author wrote, each with whether a new
    paragraph starts there. A PDF's text layer (or a hard-wrapped e-mail) breaks lines at
    the margin and leaves no blank line between paragraphs: a line about as long as the
    margin that does not end a sentence runs on into the next, and a shorter line that
    ends one closes its paragraph."""
    lengths = sorted(len(text[a:b].rstrip()) for a, b in lines if text[a:b].strip())
    if len(lengths) < 5:
        return [(a, b, False) for a, b in lines]
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if width < 40 or width > 160:
        return [(a, b, False) for a, b in lines]  # one line per paragraph: nothing wrapped
    joined: list[tuple[int, int, bool]] = []
    run_on = closed = False
    previous_end = 0
    for a, b in lines:
        line = text[a:b].rstrip()
        if not line.strip() or text.count("\n", previous_end, a) >= 2:
            run_on = closed = False  # a blank line ends any run and any paragraph
        previous_end = b
        if not line.strip():
            joined.append((a, b, False))
            continue
        tabular = (
            line.lstrip().startswith(("|", "#"))
            or "|" in line
            or "  " in line.strip()  # a plain-text table's columns
            or _LEADER.match(line)
        )
        special = tabular or _BULLET.match(line)
        if run_on and joined and not special:
            start, _, brk = joined[-1]
            joined[-1] = (start, b, brk)
        else:
            joined.append((a, b, closed and not special))
        terminal = bool(_TERMINAL.search(line))
        # a numbered paragraph's first line wraps like any other ("3. The whereabouts of")
        run_on = len(line) >= 0.7 * width and not terminal and not tabular
        closed = terminal and len(line) < 0.7 * width
    return joined


def split(text: str) -> list[Sentence]:
    """The sentences of ``text`` in order, with paragraphs numbered from 0."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    units = _unwrap(text, lines)
    sentences: list[Sentence] = []
    paragraph = 0
    previous_end = 0
    by_paragraph: dict[int, tuple[list[int], list[str]]] = {}  # sentence indices, lines
    header: list[str] | None = None
    aligned_header: list[str] | None = None  # a plain-text table's column names
    for line_start, line_end, new_paragraph in units:
        line = text[line_start:line_end]
        if not line.strip():
            continue
        gap = text[previous_end:line_start]
        if sentences and (gap.count("\n") >= 2 or new_paragraph):
            paragraph += 1
        previous_end = line_end
        stripped = line.strip()
        leader = _LEADER.match(line)
        if leader:
            # "Deaths ............ 87 (9 in the last 24 hours)": a label, dots, its value
            value_start = line_start + leader.start("value")
            value_end = line_start + leader.end("value")
            cell = Cell(value_start, value_end, leader["label"])
            sentences.append(Sentence(line_start, line_end, paragraph, cells=(cell,)))
            continue
        if (
            stripped.startswith("|")
            or (header is not None and " | " in stripped)
            or (_BARE_PIPE_ROW.match(stripped) and header is None)
        ):
            if _TABLE_RULE.match(stripped.strip("|").strip()) or set(stripped) <= set("|-: "):
                continue
            cells = _table_cells(text, line_start, line_end)
            if header is None:
                header = [text[a:b] for a, b in cells]
                continue
            row = tuple(
                Cell(a, b, header[i] if i < len(header) else "") for i, (a, b) in enumerate(cells)
            )
            sentences.append(Sentence(line_start, line_end, paragraph, cells=row))
            continue
        header = None
        aligned = _aligned_cells(text, line_start, line_end)
        if aligned is not None:
            if set(stripped) <= set("-=+ "):
                continue  # the rule under a plain-text table's header
            if aligned_header is None and not any(ch.isdigit() for ch in stripped):
                aligned_header = [text[a:b] for a, b in aligned]
                continue
            if aligned_header is not None and len(aligned) == len(aligned_header):
                row = tuple(Cell(a, b, aligned_header[i]) for i, (a, b) in enumerate(aligned))
                sentences.append(Sentence(line_start, line_end, paragraph, cells=row))
                continue
        aligned_header = None
        heading = stripped.startswith("#")
        indices, paragraph_lines = by_paragraph.setdefault(paragraph, ([], []))
        for a, b in _split_line(text, line_start, line_end):
            sentences.append(Sentence(a, b, paragraph, headline=heading))
            indices.append(len(sentences) - 1)
        paragraph_lines.append(stripped)
    # Titles and headings: a paragraph of a few short unpunctuated lines ("Thousands flee
    # Kezan offensive", "SITUATION OVERVIEW"), when the document has a body beside it.
    if paragraph > 0:
        for number, (indices, paragraph_lines) in by_paragraph.items():
            # the opening block may be a long headline ("... teams treat 87 wounded ...")
            if _is_heading_block(paragraph_lines, max_words=60 if number == 0 else 16):
                for i in indices:
                    s = sentences[i]
                    sentences[i] = Sentence(s.start, s.end, s.paragraph, True, s.cells)
    return sentences


def _is_heading_block(lines: list[str], max_words: int = 16) -> bool:
    return (
        len(lines) <= 3
        and all(len(x.split()) <= max_words for x in lines)
        and not any(_TERMINAL.search(x) or _BULLET.match(x) for x in lines)
    )
