"""Tables: a row's cells are figures under the measure of their column or of the row's label.

Markdown, HTML and plain-text tables arrive as sentences with cells ("| Tarnholm | 162 | 401 |").
The column header, or the row's first cell, says what is counted; a Source column or the
caption credits the row; a report's title may name the people ("Monthly Civilian Harm
Report"). :class:`Tables` is a mixin of the engine's document.
"""

from __future__ import annotations

import re

from stats.extract import cues
from stats.extract.groups import find_groups
from stats.extract.measures import find_measures
from stats.extract.qualifiers import prefix_qualifier
from stats.extract.sentences import Sentence


class Tables:
    """Reading the table rows of one document (mixed into ``_Document``)."""

    def _table_source(self, row: Sentence) -> str:
        """The source a table's caption names ("The monitor's breakdown by area:")."""
        before = [x for x in self.sentences if x.end <= row.start and not x.cells]
        if not before:
            return ""
        caption = before[-1]
        named = self._mentions_in(caption.start, caption.end)
        return named[-1].source if named else ""

    def _heading_groups(self, si: int) -> list:
        """The people a table's heading or the document's title names, when its own header
        and row label name none ("Monthly Civilian Harm Report" over "| Tarnholm | 162 |")."""
        if self._headings_cache is None:
            self._headings_cache = [n for n, s in enumerate(self.sentences) if s.headline]
        before = [n for n in self._headings_cache if n < si]
        for n in [*reversed(before[-1:]), *before[:1]]:
            h = self.sentences[n]
            found = [g for g in find_groups(self.lower[h.start : h.end]) if g.group != "total"]
            if found:
                return found
        return []

    def _table_row(self, si: int, s: Sentence) -> None:
        from stats.extract.engine import Figure  # the engine imports this module

        # the row's first cell, its label: "Civilians killed", "of whom children"
        label = self.text[s.cells[0].start : s.cells[0].end].strip(" *").lower() if s.cells else ""
        label_measures = [mw for mw in find_measures(label) if mw.measure != "combined"]
        if label_measures:
            self._label_measures = label_measures
        # a comparison table names each row's source in a column of its own
        row_source = ""
        for cell in s.cells:
            if cues.SOURCE_HEADER.fullmatch(cell.header.strip().strip("*").strip()):
                named = self._mentions_in(cell.start, cell.end)
                row_source = named[0].source if named else ""
        for cell in s.cells:
            numbers = self._numbers_in(cell.start, cell.end)
            if not numbers:
                continue
            cell_text = self.text[cell.start : cell.end]
            header = cell.header.lower()
            measures = [mw for mw in find_measures(header) if mw.measure != "combined"]
            groups = find_groups(header)
            if not measures and cell is not s.cells[0]:
                # the columns are periods or places; the row's first cell says what is
                # counted ("Civilians killed | 5,093 | 6,214", "of whom children | ...")
                measures = label_measures
                if not measures and re.match(r"(?:of whom|of which|including|among them)\b", label):
                    measures = self._label_measures
                groups = find_groups(label) or groups
                header = label
            elif measures and not groups and cell is not s.cells[0]:
                # "| Civilians | 227 | 518 |" under "Killed | Injured": the row names the people
                groups = find_groups(label)
            thing = cues.THING_HEADER.search(header)
            if thing and groups and groups[0].start < thing.start():
                thing = None  # "Displaced persons in evacuation centres": people, then where
            if not measures or thing:
                continue  # "IDP households", "Incidents documented"
            first = numbers[0]
            value, high, qualifier = first.value, None, "exact"
            end = first.end
            if len(numbers) == 2 and re.fullmatch(
                r"\s*[-–]\s*", self.text[first.end : numbers[1].start]
            ):
                high, qualifier, end = numbers[1].value, "range", numbers[1].end
            elif first.kind == "multiple":
                qualifier = "multiples"
            found = prefix_qualifier(self.text[cell.start : first.start])
            start = first.start
            if found and found[0] != "range":
                qualifier, start = found[0], first.start - found[1]
            if not re.fullmatch(
                r"[\s*~<>≈+]*", cell_text[: start - cell.start] + cell_text[end - cell.start :]
            ):
                continue
            if not groups and measures[0].measure in ("killed", "injured"):
                groups = self._heading_groups(si)  # "Monthly Civilian Harm Report": civilians
                term = ""
            elif not groups:
                term = ""
            else:
                term = cell.header[groups[0].start : groups[0].end]
            fig = Figure(
                measure=measures[0].measure,
                group=groups[0].group if groups else "total",
                value=value,
                qualifier=qualifier,
                start=start,
                end=end,
                sentence=si,
                value_high=high,
                source_term=term,
                paragraph=s.paragraph,
                multiple=first.kind == "multiple",
            )
            fig.source = (
                row_source
                or self.speaker
                or self._table_source(s)
                or self.last_speaker
                or self.default
            )
            fig.notes.append(f"table cell under {cell.header.strip()!r}")
            self.figures.append(fig)
