"""The extraction engine: a document's text in, candidate figure rows out.

It reads sentence by sentence. Each number (from :func:`stats.numbers.find_numbers`)
becomes a figure only when the words around it say it counts people under one of the
five measures: a people noun after it ("215 terrorists"), or a measure right beside a
bare number ("and 190 injured", "put the toll at 23"). Anything else (dates, ages,
durations, money, things) is left out, because a wrong figure costs more than a missed
one. Then the document-level rules run: breakdowns and "respectively", fractions and
"most of", headline repeats, and who is credited.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from stats.extract import attribution as attr
from stats.extract import breakdowns, cues
from stats.extract.crediting import Crediting
from stats.extract.groups import INHERIT, common_group, find_groups
from stats.extract.measures import NEGATIVE, find_measures
from stats.extract.qualifiers import prefix_qualifier, suffix_qualifier
from stats.extract.sentences import Sentence, split
from stats.extract.tables import Tables
from stats.numbers import NumberMention, find_numbers
from stats.registries import Registries
from stats.taxonomy import Taxonomy, default_taxonomy


@dataclass
class Figure:
    """One candidate row while the document is being read."""

    measure: str
    group: str
    value: int
    qualifier: str
    start: int
    end: int
    sentence: int
    value_high: int | None = None
    source: str = ""
    source_term: str = ""
    note: str = ""
    headline: bool = False
    paragraph: int = 0
    part_of: int | None = None
    multiple: bool = False
    kind: str = "number"  # number, most_of, fraction
    elided: bool = False
    own_qualifier: bool = True
    sources_fixed: bool = False
    notes: list[str] = field(default_factory=list)


@dataclass
class _Tok:
    kind: str  # word, num, punct
    low: str
    start: int
    end: int
    number: NumberMention | None = None


@dataclass
class _Reading:
    """What the words around one number say, before the measure is chosen."""

    first: int  # token index of the number (the range's first number)
    last: int  # token index of the last number of the phrase
    value: int
    high: int | None
    qualifier: str
    start: int  # phrase offsets in the sentence, qualifier words included
    end: int
    multiple: bool
    own_qualifier: bool
    group: str = ""
    term: str = ""
    np_end: int = 0  # token index after the noun phrase
    carried_measure: str = ""
    plain_people: bool = False  # a people noun with no group ("miners", "commanders")
    measure_ref: bool = False  # "171 of the deaths": the people are named by a measure
    elided: bool = False
    inherit: bool = False  # "others", "more": the people of the figure before
    ref: str = ""  # "them" (of them/whom/these/those) or a measure word ("of the wounded")
    ref_span: tuple[int, int] = (0, 0)
    possessive: bool = False


def _after_temporal(lower: str, at: int) -> bool:
    """A measure word in a time adjunct ("missing after arrest") describes no count."""
    words = lower[max(0, at - 20) : at].split()
    return bool(words) and (
        words[-1] in cues.TEMPORAL
        or (len(words) > 1 and words[-2] in cues.TEMPORAL and words[-1] in ("being", "the"))
    )


_SUBJECT_OF_SHARE = re.compile(
    r"\s+(?:accounted|accounts?|made|makes?|represented|represents?|comprised|constituted)"
    r"(?:\s+(?:for|up))?\s*"
)


#: "112 of those arrested", "15 of those wounded": the participle names the measure.
_THOSE_MEASURED = {
    "held": "detained",
    "detained": "detained",
    "arrested": "detained",
    "killed": "killed",
    "wounded": "injured",
    "injured": "injured",
    "displaced": "displaced",
    "missing": "missing",
}


#: Words one of which every superseded-toll phrase holds (a cheap test before the regex).
_TOLL_WORDS = ("toll", "figure", "count", "number", "earlier version")


#: :meth:`_Document._listed_part`'s answer for a part of a noun that is no count.
_NO_HEAD = "\x00no-head"
_FIGURE_HINTS = ("figure", "number", "count", "total", "tally", "that to", "it to", "this to")
_ACCOUNTED_HINTS = ("accoun", "made up", "make up", "makes up", "repres", "compris", "constitut")
#: A measure verb right before a number: its object is people ("arrested two managers").
_MEASURE_VERB_END = re.compile(
    r"\b(?:killed|killing|shot dead|executed|wounded|wounding|injured|injuring|arrested"
    r"|arresting|detained|detaining|abducted|abducting|kidnapped|captured|capturing|taken|took"
    r"|seized|seizing"
    # "documented the killing of 27 herders", "the abduction of 40 miners"
    r"|(?:killing|killings|deaths?|murder|execution|abduction|arrest|detention|disappearance)s?"
    r" of)\s+$"
)
#: "<group> accounted for 45 of the ...": the part's people are the subject.
_ACCOUNTED_FOR = re.compile(rf"(?P<who>[\w-]+(?: [\w-]+)?) {cues.SHARE_VERBS}\s+$")


def _link_before(links: list[re.Match[str]], at: int) -> re.Match[str] | None:
    """The last list word ("including", "among them", "of whom") ending before ``at``."""
    return next((m for m in reversed(links) if m.end() <= at), None)


def _plural_noun(word: str) -> bool:
    """A word that reads as a plural noun ("institutions", "trucks"), not an adjective."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))


def _only_measure_words(words: str) -> bool:
    """ "injuring", "have been wounded": nothing but a measure between "and" and a number."""
    rest = _AUXILIARIES.sub(" ", f" {words.strip()} ").strip()
    found = find_measures(rest)
    return bool(rest) and len(found) == 1 and (found[0].start, found[0].end) == (0, len(rest))


_AUXILIARIES = re.compile(r"\s(?:have|has|had|been|were|was|are|is)(?=\s)")


def _names_the_counted(window: str, g, measures) -> bool:
    """A people noun before "at"/"to" names who a toll counts only when it is tied to a
    measure word: "civilian deaths", "children killed", "the toll of civilians", "the
    number of rebels". The "terrorist" of "the toll from the terrorist rocket attack" is
    not."""
    if g.measure:
        return True
    for mw in measures:
        if 0 <= mw.start - g.end <= 25:
            return True
        if 0 <= g.start - mw.end <= 12 and re.fullmatch(
            r"\s+(?:of|among)\s+(?:the\s+)?", window[mw.end : g.start]
        ):
            return True
    if re.fullmatch(_SUBJECT_OF_SHARE, window[g.end :]):
        return True  # "Civilians accounted for 402 of them"
    return bool(re.search(r"\b(?:number|toll|count) of\s+(?:the\s+)?$", window[: g.start]))


_PREPOSITIONS = frozenset(
    ["in", "across", "from", "at", "of", "to", "into", "over", "for", "within", "on", "near"]
)


def _after_preposition(toks: list[_Tok], i: int) -> bool:
    """A preposition within the three words before token ``i`` ("in Kestrin and three")."""
    return any(t.low in _PREPOSITIONS for t in toks[max(0, i - 3) : i])


def _decimal_point(toks: list[_Tok], q: int) -> bool:
    """The "." of "6.4" joins two digit runs; it ends no sentence."""
    return (
        0 < q < len(toks) - 1
        and toks[q - 1].end == toks[q].start
        and toks[q + 1].start == toks[q].end
        and toks[q - 1].kind in ("digits", "num")
        and toks[q + 1].kind in ("digits", "num")
    )


def _lower_same_length(text: str) -> str:
    """``text.lower()``, keeping every offset: the rare letters whose lower case is longer
    ("İ") stay as they are."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


class Extractor:
    """Reads documents with one registry; build once, call :meth:`read` per document."""

    def __init__(self, registries: Registries | None = None) -> None:
        self.index = attr.SourceIndex(registries)
        self.taxonomy: Taxonomy = (
            registries.groups if registries is not None else default_taxonomy()
        )

    def read(self, text: str, publisher: str = "") -> list[Figure]:
        """Every candidate figure of ``text``, in reading order. ``publisher`` (a name or
        alias from the documents registry) is credited with what nobody else is."""
        return _Document(text, self, publisher).run()

    def read_with_sentences(
        self, text: str, publisher: str = ""
    ) -> tuple[list[Figure], list[Sentence]]:
        """The figures and the sentences they index (so callers need not split again)."""
        document = _Document(text, self, publisher)
        return document.run(), document.sentences


class _Document(Crediting, Tables):
    def __init__(self, text: str, extractor: Extractor, publisher: str = "") -> None:
        self.text = text
        self.x = extractor
        self.sentences: list[Sentence] = split(text)
        self.sentence_starts = [s.start for s in self.sentences]
        self.numbers = find_numbers(text)
        self.number_starts = [m.start for m in self.numbers]
        self.mentions = extractor.index.mentions(text)
        self.mention_starts = [m.start for m in self.mentions]
        self.lower = _lower_same_length(text)
        self.verbs = list(attr.SPEECH_LOWER.finditer(self.lower))
        self.verb_starts = [v.start() for v in self.verbs]
        self.figures: list[Figure] = []
        self._label_measures: list = []  # the measure of the last table row that named one
        self._list_measure = ""  # the measure the intro line of a bullet list names
        # a publisher the registry knows beats any guess from the text (rule S3)
        known = extractor.index.resolve_phrase(publisher) if publisher.strip() else None
        self.default = known or self._default_source()
        self.paragraph = -1
        self.speaker = ""  # the last credited source in this paragraph
        self.last_speaker = ""  # ... in the document
        self._host: str | None = None  # the state the document is about, when asked
        self._dateline: str | None = None  # its dateline's country, when asked
        self._headings_cache: list[int] | None = None  # sentences that are headings

    # -- document level --------------------------------------------------------------

    def run(self) -> list[Figure]:
        for i, s in enumerate(self.sentences):
            bullet = cues.BULLET_START.match(self.text, s.start)
            intro = self._list_intro(i) if bullet else None
            # "The dead documented in October were:" gives its items their measure
            self._list_measure = self._intro_measure(intro) if intro is not None else ""
            if intro is not None and not self.speaker:
                self.speaker = self._intro_source(intro)  # "The directorate's figures are:"
            elif s.paragraph != self.paragraph or (bullet and intro is None):
                # a new paragraph or bullet is a new statement: its credit does not carry
                self.paragraph = s.paragraph
                self.speaker = ""
            if s.cells:
                self._table_row(i, s)
            else:
                self._sentence(i, s)
        return breakdowns.finish(self.figures, self.sentences, self.text, self.default)

    def _list_intro(self, i: int) -> Sentence | None:
        """The line a bullet list hangs from, when it ends with ":" ("The directorate's
        figures by district are:"): the bullet continues that line's statement."""
        for n in range(i - 1, -1, -1):
            s = self.sentences[n]
            if not cues.BULLET_START.match(self.text, s.start):
                return s if self.text[s.start : s.end].rstrip().endswith(":") else None
        return None

    def _intro_measure(self, intro: Sentence) -> str:
        found = [
            mw
            for mw in find_measures(self.lower[intro.start : intro.end])
            if mw.measure != "combined"
        ]
        return found[0].measure if found else ""

    def _intro_source(self, intro: Sentence) -> str:
        named = self._mentions_in(intro.start, intro.end)
        return named[-1].source if named else ""

    def _numbers_in(self, start: int, end: int) -> list[NumberMention]:
        lo = bisect.bisect_left(self.number_starts, start)
        hi = bisect.bisect_left(self.number_starts, end)
        return [m for m in self.numbers[lo:hi] if m.end <= end]

    def _mentions_in(self, start: int, end: int) -> list[attr.Mention]:
        lo = bisect.bisect_left(self.mention_starts, start)
        hi = bisect.bisect_left(self.mention_starts, end)
        return self.mentions[lo:hi]

    def _tokens(self, start: int, end: int, numbers: list[NumberMention]) -> list[_Tok]:
        sent = self.text[start:end]
        lower = self.lower[start:end]
        toks: list[_Tok] = []
        append = toks.append
        # number mentions relative to the sentence, in order
        spans = [(m.start - start, m.end - start, m) for m in numbers]
        k, n = 0, len(spans)
        for match in cues.TOKEN.finditer(sent):
            a, b = match.span()
            while k < n and spans[k][1] <= a:
                k += 1
            if k < n and spans[k][0] < b:
                m = spans[k][2]
                if not (toks and toks[-1].number is m):
                    append(_Tok("num", m.text.lower(), spans[k][0], spans[k][1], m))
                continue
            first = sent[a]
            if first.isalpha():
                append(_Tok("word", lower[a:b], a, b))
            elif first.isdigit():
                append(_Tok("digits", lower[a:b], a, b))  # "1.5", "3rd": no number mention
            else:
                append(_Tok("punct", lower[a:b], a, b))
        return toks

    def _sentence(self, si: int, s: Sentence) -> None:
        text = self.text
        if si and self.figures and self.figures[-1].sentence == si - 1:
            self._credit_back(si, s)
        # a wrapped line ("as young\nas 13") reads as one: same length, same offsets
        sent = text[s.start : s.end].replace("\n", " ")
        numbers = self._numbers_in(s.start, s.end)
        inside = [m for m in self._mentions_in(s.start, s.end) if m.end <= s.end]
        lo = bisect.bisect_left(self.verb_starts, s.start)
        hi = bisect.bisect_left(self.verb_starts, s.end)
        verbs = [v for v in self.verbs[lo:hi] if v.end() <= s.end]
        if verbs or any(text.startswith(":", m.end) for m in inside):
            speakers = attr.speakers(
                text, s.start, s.end, self.mentions, self.x.index, inside, verbs
            )
        else:
            speakers = []  # no speech verb and no "VMCR:" heading: nobody speaks here
        if numbers:
            lower = sent.lower()
            toks = self._tokens(s.start, s.end, numbers)
            readings = self._readings(sent, lower, toks)
            readings = self._link_elided(readings, toks, sent, lower)
            before = len(self.figures)
            self._emit(si, s, sent, lower, toks, readings, speakers)
            breakdowns.respectively(self.figures[before:], sent, s, speakers, self)
        lower_sent = self.lower[s.start : s.end]
        if self.figures and (
            "most of" in lower_sent or breakdowns.FRACTION_HINT_LOWER.search(lower_sent)
        ):
            breakdowns.fractions_and_most(self, si, s, sent, sent.lower(), speakers)
        if cues.UNKNOWN_STATUS_HINT.search(lower_sent) and cues.UNKNOWN_STATUS.search(sent):
            breakdowns.unknown_status(self.figures, si, self)
        self._update_speaker(speakers, s)

    def _excluded(self, sent: str, tok: _Tok, toks: list[_Tok], i: int, line_start: bool) -> bool:
        m = tok.number
        assert m is not None
        before = sent[: tok.start]
        after = sent[tok.end :]
        if cues.MONTH_BEFORE.search(before[-12:]) or cues.MONTH_AFTER.match(after[:24]):
            return True
        year_like = m.kind == "digits" and len(m.text) == 4 and 1800 <= m.value <= 2100
        if year_like and self._is_year(before, after):
            return True  # "in 2019", "since 2014", "2021" with no people after it
        if cues.BAD_AFTER.match(after[:16]):
            return True
        if cues.TIME_BEFORE.search(before[-3:]) or before[-1:] in ("-", "/"):
            return True  # "18:40", "1-800", "VR-2281"
        if cues.CODE_BEFORE.search(before[-6:]) and not re.search(r"[:)]\s*$", before[-6:]):
            return True  # "flight VA 307"
        if line_start and re.match(r"^[.)]\s", after):
            return True  # a numbered-list marker
        if (
            m.value < 120
            and after[:1] == ","
            and (cues.NAME_COMMA.search(before[-40:]) or cues.RELATIVE_COMMA.search(before[-30:]))
        ):
            return True  # "Senior Sergeant D. Nurmagambet, 29, died": an age after a name
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (
            nxt is not None
            and nxt.low in ("or", "to", "and")
            and i + 2 < len(toks)
            and toks[i + 2].kind == "num"
            and cues.BAD_AFTER.match(sent[toks[i + 2].end : toks[i + 2].end + 16])
        ):
            return True  # "two or three days"
        if nxt is not None and nxt.kind in ("num", "digits"):
            return True  # "+99 21 555 0192": a phone number, not a count
        prev = toks[i - 1] if i > 0 else None
        if prev is not None and prev.kind in ("num", "digits"):
            return True
        # "N in M" proportions ("2 in 5 schools", "Three in 10 households")
        if nxt is not None and nxt.low in ("in", "out") and i + 2 < len(toks):
            follower = toks[i + 2] if nxt.low == "in" else toks[min(i + 3, len(toks) - 1)]
            if follower.kind == "num":
                return True
        if prev is not None and prev.low == "in" and i > 1 and toks[i - 2].kind == "num":
            return True
        if (
            m.value <= 25
            and re.search(r"(?i)\b(?:under|over|above|below|aged)\s+$", before[-8:])
            and not find_groups(after[:24].lower())
        ):
            return True  # "who were under 18 at the time of their arrest": an age
        if m.value <= 25 and re.search(
            r"(?i)\b(?:was|were|been|is|are|be) (?:arrested|detained|recruited|abducted"
            r"|married|killed|conscripted) at\s*$",
            before[-24:],
        ):
            return True  # "some of them were arrested at 14"
        if cues.ONE_OF_THEM_A.search(before[-20:]) or (
            m.value == 1 and cues.ONE_OF_THEM_AFTER.match(after)
        ):
            return True  # "Two of the dead were children, one of them a 6-year-old girl"
        if cues.NONE_OF.search(before[-20:]):
            return True  # "none of its 22 observers has been hurt"
        if m.value <= 100 and cues.PEOPLE_AGED_BETWEEN.search(before[-30:]):
            return True  # "most of them are men between 18 and 50"
        if cues.BACK_REFERENCE.search(before[-16:]):
            return True  # "these 386 people", "a single one of its dead"
        tail = before[-24:]
        if not tail or not cues.BAD_BEFORE_HINT.search(tail):
            return False
        return bool(cues.BAD_BEFORE.search(tail))

    def _is_year(self, before: str, after: str) -> bool:
        """A four-digit number is a year unless a people noun or a measure follows it
        ("2000 people", "1500 civilians", "2000 displaced") and nothing before it says year
        ("in", "since", "of", "by", a month)."""
        if cues.YEAR_BEFORE.search(before[-16:]):
            return True
        lower_after = after[:40].lower()
        groups = find_groups(lower_after)
        if groups and re.fullmatch(r"\s+(?:[a-z-]+\s+){0,2}", lower_after[: groups[0].start]):
            return False
        return not cues.MEASURE_AFTER_YEAR.match(lower_after)

    def _excluded_second(self, sent: str, toks: list[_Tok], i: int) -> bool:
        """The second number of a range: a date ("between 1 and 7 March") or a unit."""
        after = sent[toks[i].end :]
        return bool(cues.MONTH_AFTER.match(after[:24]) or cues.BAD_AFTER.match(after[:16]))

    def _readings(self, sent: str, lower: str, toks: list[_Tok]) -> list[_Reading | None]:
        groups = find_groups(lower)
        group_at = {}
        for g in groups:
            if g.start not in group_at or g.end > group_at[g.start].end:
                group_at[g.start] = g
        self._group_at = group_at
        readings: list[_Reading | None] = []
        self._no_count: list[int] = []
        skip_until = -1
        fraction_spans = breakdowns.fraction_spans(sent)
        for i, tok in enumerate(toks):
            if tok.kind != "num" or i <= skip_until:
                continue
            if any(a <= tok.start < b for a, b in fraction_spans):
                continue
            line_start = not sent[: tok.start].strip() or bool(
                re.fullmatch(r"\s*[-*•]\s*", sent[: tok.start])
            )
            if self._excluded(sent, tok, toks, i, line_start):
                readings.append(None)
                if (
                    i + 2 < len(toks)
                    and toks[i + 2].kind == "num"
                    and toks[i + 1].low in ("to", "-", "–", "and")
                    and i > 0
                    and toks[i - 1].low in ("between", "aged", "ages")
                ):
                    skip_until = i + 2  # "aged between 14 and 17": the range's end goes too
                continue
            reading = self._phrase(sent, toks, i)
            if reading is None:
                readings.append(None)
                continue
            if reading.last != i and self._excluded_second(sent, toks, reading.last):
                readings.append(None)
                skip_until = reading.last
                continue
            skip_until = reading.last
            read = self._noun_phrase(sent, lower, toks, reading)
            if read is None and (
                self._people_word_after(lower, toks, reading)
                or not _after_preposition(
                    toks, bisect.bisect_left([t.start for t in toks], reading.start)
                )
            ):
                # "96 survivors, 14 of whom", "14 health facilities ..., three of them";
                # not "across six districts"
                self._no_count.append(reading.start)
            readings.append(read)
        return readings

    @staticmethod
    def _people_word_after(lower: str, toks: list[_Tok], reading: _Reading) -> bool:
        """The noun after a number that is no count looks like people ("survivors",
        "evacuees", "returnees"), so a later "of whom" may refer to them."""
        k = reading.last + 1
        return (
            k < len(toks)
            and toks[k].kind == "word"
            and bool(cues.PEOPLE_SUFFIX.search(toks[k].low))
        )

    def _phrase(self, sent: str, toks: list[_Tok], i: int) -> _Reading | None:
        """The number with its qualifier words and, for a range, its second number."""
        tok = toks[i]
        m = tok.number
        assert m is not None
        start, end = tok.start, tok.end
        qualifier, own = "exact", False
        if m.kind == "multiple":
            qualifier, own = "multiples", True
        found = prefix_qualifier(sent[: tok.start])
        between = False
        if found:
            word, length = found
            start = tok.start - length
            if word == "range":
                between = True
            elif m.kind == "multiple":
                pass  # "about dozens" is still dozens
            else:
                qualifier, own = word, word != "exact"
        last, high = i, None
        # a range: "between 50 and 60", "8-10", "120 to 130"
        if i + 2 < len(toks) and toks[i + 2].kind == "num" and m.kind != "multiple":
            joiner = toks[i + 1].low
            second = toks[i + 2].number
            assert second is not None
            ok = joiner in ("-", "–", "—", "to") or (between and joiner == "and")
            if joiner == "to" and re.search(r"(?i)\bfrom\s*$", sent[:start]):
                ok = False
            if ok and second.value > m.value and second.kind != "multiple":
                last, high = i + 2, second.value
                end = toks[i + 2].end
                qualifier, own = "range", True
        if between and high is None:
            start = tok.start  # "between" without a second number: no qualifier
        suffix = suffix_qualifier(sent[end:])
        if suffix and high is None:
            qualifier, own = suffix[0], True
            end += suffix[1]
        return _Reading(
            first=i,
            last=last,
            value=m.value,
            high=high,
            qualifier=qualifier,
            start=start,
            end=end,
            multiple=m.kind == "multiple",
            own_qualifier=own,
        )

    def _skip(self, toks: list[_Tok], j: int) -> int:
        while j < len(toks) and toks[j].kind == "punct" and toks[j].low in cues.QUOTES:
            j += 1
        return j

    def _noun_phrase(self, sent: str, lower: str, toks: list[_Tok], r: _Reading) -> _Reading | None:
        """The people the number counts, read from the words after it."""
        j = self._skip(toks, r.last + 1)
        if r.end > toks[r.last].end:  # "or more" already read
            while j < len(toks) and toks[j].start < r.end:
                j += 1
            j = self._skip(toks, j)
        if j < len(toks) and toks[j].low == "of":
            k = j + 1
            if (
                k + 1 < len(toks)
                and toks[k].low in ("these", "those")
                and _plural_noun(toks[k + 1].low)
                and toks[k + 1].start not in self._group_at
                and not self._is_measure_word(lower, toks[k + 1])
                and toks[k + 1].low not in _THOSE_MEASURED
            ):
                return None  # "at least 40 of these sites were flooded"
            if k < len(toks) and toks[k].low in ("them", "whom", "these", "those"):
                r.ref = "them"
                r.ref_span = (toks[j].start, toks[k].end)
                j = k + 1
                if j < len(toks) and toks[j].low in _THOSE_MEASURED:
                    r.carried_measure = _THOSE_MEASURED[toks[j].low]
                    j += 1
                return self._predicate(lower, toks, r, j)
            if k < len(toks) and toks[k].low == "all" and k + 1 < len(toks):
                k += 1  # "1,385 of all those detained"
                if (
                    toks[k].low == "those"
                    and k + 1 < len(toks)
                    and toks[k + 1].low in (cues.OF_THE_MEASURE)
                ):
                    r.ref = toks[k + 1].low
                    r.ref_span = (toks[j].start, toks[k + 1].end)
                    r.group, r.term = "total", "those " + toks[k + 1].low
                    return self._predicate(lower, toks, r, k + 2)
            word = k + 1
            if word + 1 < len(toks) and (
                toks[word].low.endswith("ly") or toks[word].low in ("new", "recent")
            ):
                word += 1  # "of the newly displaced", "of the new arrivals"
            if word < len(toks) and toks[k].low == "the" and toks[word].low in cues.OF_THE_MEASURE:
                r.ref = toks[word].low
                r.ref_span = (toks[j].start, toks[word].end)
                r.group, r.term = "total", toks[word].low
                return self._predicate(lower, toks, r, word + 1)
            while k < len(toks) and (
                (
                    toks[k].low in cues.DETERMINERS | {"a", "further"}
                    # "losing 13 of their own": "own" ends the phrase, it is the noun
                    and not (
                        toks[k].low == "own" and (k + 1 >= len(toks) or toks[k + 1].kind != "word")
                    )
                )
                or (toks[k - 1].low == "the" and toks[k].low.endswith(("'s", "’s")))
            ):
                if toks[k].low in ("its", "our", "their"):
                    r.possessive = True
                k += 1  # "27 of the regime's soldiers"
            if k < len(toks) and toks[k].kind == "num":
                # "164 of the 227 civilian deaths": a part of the count named after "of"
                named = [
                    self._group_at.get(toks[q].start) for q in range(k + 1, min(k + 3, len(toks)))
                ]
                named = [g for g in named if g is not None]
                if not named or r.possessive:
                    return None  # "one of 14", "two of the four hospitals"
                r.group, r.term = named[0].group, lower[named[0].start : named[-1].end]
                r.carried_measure = named[-1].measure or r.carried_measure
                r.ref_span = (toks[j].start, toks[k].end)  # "of the 227", not its noun
                r.np_end = bisect.bisect_left([t.start for t in toks], named[-1].end)
                return r
            if r.multiple or r.possessive or (k < len(toks) and toks[k].start in self._group_at):
                j = k
            elif (
                k + 1 < len(toks)
                and toks[k].kind == "word"
                and toks[k + 1].start in self._group_at
                and not self._is_measure_word(lower, toks[k])
            ):
                j = k  # "Two of the freed detainees died": an adjective, then the people
            elif (
                k < len(toks)
                and toks[k].kind == "word"
                and cues.PEOPLE_SUFFIX.search(toks[k].low)
                and _plural_noun(toks[k].low)
            ):
                # "two of the survivors had been detained": people the text names otherwise
                r.group, r.term = "total", toks[k].low
                r.np_end = k + 1
                return r
            else:
                return None
        if j < len(toks) and toks[j].low == "a" and r.multiple is False:
            pass
        first_word = j
        k = j
        while k < len(toks) and k <= first_word + 4:
            tok = toks[k]
            g = self._group_at.get(tok.start)
            if g is not None:
                return self._found_group(sent, lower, toks, r, first_word, k, g)
            if tok.kind == "punct":
                if tok.low in cues.QUOTES:
                    k += 1
                    continue
                break
            if (
                tok.low in ("or", "and")
                and k > first_word
                and k + 2 < len(toks)
                and toks[k + 2].start in self._group_at
                and not self._is_measure_word(lower, toks[k + 1])
            ):
                k += 1  # "unaccompanied or separated children"
                continue
            if tok.kind != "word" or tok.low in cues.BREAK:
                break
            if (
                _plural_noun(tok.low)
                and not self._is_measure_word(lower, tok)
                # "members of the army", "287 new files for people"
                and not (k + 1 < len(toks) and toks[k + 1].low in ("of", "for", "on"))
            ):
                if k == first_word + 1 and self._people_noun(lower, toks, k, r):
                    r.group, r.term, r.plain_people = (
                        "total",
                        tok.low,
                        True,
                    )  # "27 suspected smugglers"
                    r.np_end = k + 1
                    return r
                if k > first_word or tok.low in cues.NOT_PEOPLE:
                    return None  # "three institutions", "600 displaced families"
                break
            if (
                tok.low in ("reports", "cases", "files", "admissions")
                and k == first_word + (1 if toks[first_word].low == "new" else 0)
                and k + 1 < len(toks)
                and toks[k + 1].low in ("of", "for", "on")
            ):
                k += 2  # "1,150 reports of family members", "287 new files for people"
                continue
            if tok.low == "new" and k == first_word:
                k += 1
                continue
            if tok.low == "of" and k > first_word and toks[k - 1].low not in cues.COUNT_NOUNS:
                break  # "3,860 relatives of missing persons": the head noun came before "of"
            if tok.low == "members" and k + 1 < len(toks) and toks[k + 1].low == "of":
                k += 2
                if k < len(toks) and toks[k].low == "the":
                    k += 1
                continue
            k += 1
        if first_word >= len(toks):
            r.elided = True
            r.np_end = first_word
            return r
        if (
            first_word + 2 < len(toks)
            and toks[first_word + 1].low == "of"
            and self._is_measure_word(lower, toks[first_word])
        ):
            after_of = first_word + 2 + (1 if toks[first_word + 2].low == "the" else 0)
            g = self._group_at.get(toks[after_of].start) if after_of < len(toks) else None
            if g is not None:
                # "57 abductions of civilians": the measure noun, then its people
                r.group, r.term = g.group, lower[g.start : g.end]
                r.carried_measure = find_measures(toks[first_word].low)[0].measure
                r.np_end = after_of + 1
                return r
        tok = toks[first_word]
        if tok.low == "more" and first_word + 1 < len(toks) and toks[first_word + 1].low == "than":
            return None  # "22 soldiers, three more than the army's own figure"
        if tok.kind == "word" and tok.low in ("other", "more") and first_word + 1 < len(toks):
            nxt = toks[first_word + 1]
            if (
                nxt.kind == "word"
                and nxt.low not in cues.BREAK
                and nxt.start not in self._group_at
                and not self._is_measure_word(lower, nxt)
            ):
                return None  # "three other cities", "two more villages"
        if tok.kind == "word" and tok.low in INHERIT:
            r.inherit = True
            r.term = tok.low
            r.elided = True
            r.np_end = first_word + 1
            return r
        if r.possessive and tok.kind == "word" and tok.low in cues.OWN_NOUNS:
            r.group, r.term = "__own__", tok.low  # "12 of their members"
            r.np_end = first_word + 1
            return r
        if tok.kind == "punct" and tok.low in ("-", "–", "%", "/", "$", "€", "£", "@"):
            return None
        if tok.kind == "word" and cues.PEOPLE_OF.match(sent[tok.start : tok.end]):
            r.group, r.term = "total", sent[tok.start : tok.end]  # "2.3 million Belvorans"
            r.np_end = first_word + 1
            return r
        if tok.low == "members" and not (
            first_word + 1 < len(toks) and toks[first_word + 1].low == "of"
        ):
            # "Government forces and allied militias lost 486 members": the subject's people
            r.group = self._subject_group(lower, r.start) or "__own__"
            r.term = tok.low
            r.np_end = first_word + 1
            return r
        head = first_word
        if (
            tok.kind == "word"
            and not _plural_noun(tok.low)
            and tok.low not in cues.BREAK
            and tok.low not in ("were", "was", "are", "is", "as", "of")
            and not self._is_measure_word(lower, tok)
            and first_word + 1 < len(toks)
            and toks[first_word + 1].kind == "word"
        ):
            head = first_word + 1  # "27 suspected smugglers": one adjective before the noun
        noun = toks[head].low
        if self._people_noun(lower, toks, head, r):
            # "19 miners are confirmed dead", "Police arrested two managers of the depot":
            # people the taxonomy has no group for are counted as people (total)
            r.group, r.term, r.plain_people = "total", noun, True
            r.np_end = head + 1
            return r
        if (
            tok.kind == "word"
            and tok.low not in cues.BREAK
            and not self._is_measure_word(lower, tok)
        ):
            return None  # a number of something else: "12 trucks", "four hospitals"
        r.elided = True
        r.np_end = first_word
        if tok.kind == "word" and tok.low in ("were", "was", "are", "is"):
            return self._predicate(lower, toks, r, first_word)  # "87 were civilians"
        if (
            tok.low in ("have", "has", "had")
            and first_word + 2 < len(toks)
            and toks[first_word + 1].low == "been"
            and toks[first_word + 2].low in cues.IDENTIFIED_AS
        ):
            return self._predicate(lower, toks, r, first_word)  # "29 have been identified as"
        if (
            tok.low == "as"
            and first_word + 1 < len(toks)
            and toks[first_word + 1].start in self._group_at
        ):
            return self._predicate(lower, toks, r, first_word + 1)  # "records 31 as civilians"
        return r

    def _subject_group(self, lower: str, before: int) -> str:
        """The last people noun earlier in the number's clause."""
        clause_start = max(lower.rfind(ch, 0, before) for ch in ".;:")
        found = [g for at, g in self._group_at.items() if clause_start < at and g.end <= before]
        return max(found, key=lambda g: g.start).group if found else ""

    def _is_measure_word(self, lower: str, tok: _Tok) -> bool:
        return any(mw.start == 0 for mw in find_measures(lower[tok.start : tok.start + 40]))

    def _found_group(
        self, sent: str, lower: str, toks: list[_Tok], r: _Reading, first: int, k: int, g
    ) -> _Reading | None:
        after_dead = re.match(r"\s+", lower[g.end : g.end + 2]) and self._group_at.get(g.end + 1)
        if lower[g.start : g.end] == "dead" and after_dead:
            # "61 dead soldiers and officers": "dead" is the measure, the soldiers the people
            r.carried_measure = r.carried_measure or "killed"
            g = after_dead
        group, measure, end = g.group, g.measure, g.end
        if cues.THING_AFTER.match(lower, end):
            return None  # "27 police vehicles": a number of things
        if lower[g.start : g.end] in cues.ADJECTIVE_GROUPS and lower.startswith(" suspects", g.end):
            g = self._group_at.get(g.end + 1) or g  # '2,317 "terrorist suspects"': suspects
            group, measure, end = g.group, g.measure, g.end
        if (r.value > 1 or r.multiple) and lower[g.start : g.end] in cues.ADJECTIVE_GROUPS:
            noun = re.match(r"\s+([a-z-]+)", lower[end : end + 30])
            if noun and not (
                self._group_at.get(end + noun.start(1)) or find_measures(noun.group(1))
            ):
                return None  # "two main rebel coalitions": a number of coalitions
        # "soldiers and police officers": one group for the pair (rule G2)
        rest = lower[end:]
        conj = re.match(r"\s+(?:and|or)\s+(?:members of (?:the )?)?(?:[\w-]+\s+){0,2}?", rest)
        if conj:
            nxt = self._group_at.get(end + conj.end())
            if nxt is not None and not re.search(r"\d", rest[: conj.end()]):
                group = common_group(self.x.taxonomy, group, nxt.group)
                end = nxt.end
        start = toks[first].start if first < len(toks) else g.start
        term = sent[start:end].strip(" \"“”'‘’")
        # nationality before soldiers: "Kalmoran soldiers" serve a foreign state
        if group == "government_forces":
            words = sent[start : g.start].split()
            of_foreign = cues.OF_NATIONALITY.match(sent, g.end)  # "soldiers of the Estmarki ..."
            if of_foreign and self.x.index.host and self.x.index.host in of_foreign[0].lower():
                of_foreign = None  # "soldiers of the Idrassan armed forces" in Idrassa
            host = self._dateline_state() if words else ""  # "KUMDARA, Khorvast, ..."
            stem = host[:5] or self.x.index.host  # else the registry's own state
            if (
                any(
                    (cues.NATIONALITY.match(w) and not (stem and w.lower().startswith(stem)))
                    or w.lower() in cues.FOREIGN_WORDS
                    for w in words
                )
                or of_foreign
            ) and not re.search(r"(?i)government|home guard|militia", term):
                group = "foreign_forces"
        if group == "government_forces" and r.possessive and self._foreign_possessor(sent, r.start):
            group = "foreign_forces"  # "Uzmerat's defence ministry said three of its soldiers"
        if g.group == "men" and r.possessive:
            group = "__own__"  # "34 of its men": the party's fighters, resolved in _emit
            r.term = term
        if group == "nonstate_armed" and "fighter" in term.lower() and cues.BOTH_SIDES.search(sent):
            group = "combatants"
        r.group, r.term, r.carried_measure = group, term, measure or r.carried_measure
        r.np_end = bisect.bisect_left([t.start for t in toks], end)
        return r

    def _predicate(self, lower: str, toks: list[_Tok], r: _Reading, j: int) -> _Reading:
        """ "of them civilians", "of whom 24,926 were civilians": the group after the verb."""
        k = j
        copula, adjectives = False, 0
        while k < len(toks) and k <= j + 5:
            g = self._group_at.get(toks[k].start)
            if g is not None:
                r.group, r.term = g.group, self.text_slice(lower, g)
                pair = re.match(r"\s+(?:and|or)\s+(?:members of (?:the )?)?", lower[g.end :])
                other = self._group_at.get(g.end + pair.end()) if pair else None
                if other is not None:  # "members of armed forces or armed groups"
                    r.group = common_group(self.x.taxonomy, g.group, other.group)
                    r.term = lower[g.start : other.end]
                if not r.carried_measure:
                    r.carried_measure = g.measure
                r.np_end = k + 1
                return r
            low = toks[k].low
            if low in ("were", "was", "are", "is"):
                copula = True
            elif low in ("all", "a", "an", "mostly", "also", "had", "have", "has", "been"):
                pass
            elif not copula and low in ("in", "at", "near") and k + 1 < len(toks):
                # "five of the dead in La Tigra were children": past the place to the verb
                q = next(
                    (
                        q
                        for q in range(k + 1, min(k + 5, len(toks)))
                        if toks[q].low in ("were", "was", "are", "is")
                    ),
                    0,
                )
                if not q:
                    break
                k = q
                continue
            elif low in cues.BELONGED and k + 1 < len(toks) and toks[k + 1].low == "to":
                copula = True  # "at least nine of the remains belonged to children"
                k += 2
                continue
            elif low in cues.IDENTIFIED_AS and k + 1 < len(toks) and toks[k + 1].low == "as":
                copula = True  # "nine of the victims had been identified as women"
                k += 2
                continue
            elif copula and low == "members" and k + 1 < len(toks) and toks[k + 1].low == "of":
                k += 3 if k + 2 < len(toks) and toks[k + 2].low == "the" else 2
                continue  # "96 were members of the government forces"
            elif (
                copula
                and adjectives < 2
                and toks[k].kind == "word"
                and low not in cues.BREAK
                and not self._is_measure_word(lower, toks[k])
            ):
                adjectives += 1  # "Two of the dead were newborn babies"
            else:
                break
            k += 1
        r.elided = not r.group
        r.np_end = j
        return r

    @staticmethod
    def text_slice(lower: str, g) -> str:
        return lower[g.start : g.end]

    def _link_elided(
        self, readings: list[_Reading | None], toks: list[_Tok], sent: str, lower: str
    ) -> list[_Reading | None]:
        """Give bare numbers the people of a neighbour ("12 and 30 soldiers", rule Q2)."""
        real = [r for r in readings if r is not None]
        for n, r in enumerate(real):
            if not r.elided or r.group:
                continue
            # right neighbour: "12 and 30 soldiers", "24,926 and 27,300"
            if n + 1 < len(real):
                nxt = real[n + 1]
                between = sent[r.end : nxt.start].strip().lower()
                if (
                    between in ("and", "or", ",", "and at least", "to")
                    and nxt.group
                    and not nxt.ref  # "injured 19, eleven of whom were patients"
                ):
                    r.group, r.term = nxt.group, nxt.term
                    r.carried_measure = r.carried_measure or nxt.carried_measure
                    r.elided = False
                    r.inherit = False
                    continue
        links = list(cues.LINK.finditer(sent))
        for n, r in enumerate(real):
            if not r.elided or r.group:
                continue
            if n > 0:
                prev = self._outside_list(real[:n], links, r, lower)
                between = sent[prev.end : r.start].lower()
                tail = re.split(r"\band\b", between)
                close = len(tail) > 1 and (
                    not tail[-1].strip(' ,"“”')
                    or bool(cues.FURTHER.fullmatch(tail[-1]))
                    or _only_measure_words(tail[-1])
                )
                if (r.inherit or close) and prev.group and not re.search(r"[;:]", between):
                    r.group = prev.group
                    r.term = prev.term if not r.inherit else r.term
                    r.elided = r.inherit or r.elided
                    r.linked = prev  # type: ignore[attr-defined]
                    continue
        return readings

    @staticmethod
    def _own_measure_differs(lower: str, list_start: int, r: _Reading) -> bool:
        after = [mw for mw in find_measures(lower[r.end : r.end + 30]) if mw.measure != "combined"]
        before = [mw for mw in find_measures(lower[:list_start]) if mw.measure != "combined"]
        return bool(
            after
            and before
            and re.fullmatch(r"\s*(?:\w+\s+){0,3}", lower[r.end : r.end + after[0].start])
            and after[0].measure != before[-1].measure
        )

    @staticmethod
    def _outside_list(
        earlier: list[_Reading], links: list[re.Match[str]], r: _Reading, lower: str
    ) -> _Reading:
        """The reading a bare number is coordinated with. In "27 people, including eight
        children, were killed and dozens wounded" that is 27, not the listed part 8: the
        list ended at the measure word."""
        prev = earlier[-1]
        gap = lower[prev.end : r.start]
        if prev.ref:
            # "38 people killed, six of them children, and 117 injured": not the part
            whole = [e for e in earlier[:-1] if not e.ref]
            if whole:
                return whole[-1]
        link = _link_before(links, prev.start)
        if link is not None and _Document._own_measure_differs(lower, link.start(), r):
            # "19 killed, including four children, and 47 wounded": 47 is not of the list
            outside = [e for e in earlier if e.end <= link.start()]
            return outside[-1] if outside else prev
        if link is None or not (find_measures(gap) or cues.FURTHER_END.search(gap)):
            return prev
        outside = [e for e in earlier if e.end <= link.start()]
        return outside[-1] if outside else prev

    def _noun_before(self, lower: str, toks: list[_Tok], r: _Reading) -> tuple[str, str, str]:
        """ "put the toll at 23", "the number of people killed ... to 1,043": (group, term,
        measure) read backwards from a connecting word."""
        start_tok = bisect.bisect_left([t.start for t in toks], r.start) - 1
        k = start_tok
        while k >= 0 and (
            (toks[k].kind == "punct" and toks[k].low in cues.QUOTES)
            or toks[k].low in ("probably", "possibly", "likely", "now", "still", "already")
        ):
            k -= 1  # 'the true toll was "probably between 45,000 and 55,000"'

        verb_qualifier = re.match(
            r"(?:passed|passes|past|topped|tops|exceeded|exceeds|surpassed|surpasses)\b",
            lower[r.start :],
        )
        if k < 0 or not (toks[k].low in cues.CONNECT or toks[k].low == ":" or verb_qualifier):
            return "", "", ""
        window_start = max(0, k - 32)
        for q in range(k - 1, window_start - 1, -1):
            if toks[q].low in (";", ".") and not _decimal_point(toks, q):
                window_start = q + 1
                break
        a, b = toks[window_start].start, toks[k].end
        measures = [
            mw
            for mw in find_measures(lower[a:b])
            if mw.measure != "combined" and not _after_temporal(lower[a:b], mw.start)
        ]
        if not measures and window_start > 0 and cues.FIGURE_NOUN.search(lower, a, b):
            # "listed 344 deaths; ... the figure for September now stands at 361": the
            # figure is the one the clause before counted
            a = toks[max(0, window_start - 24)].start
            measures = [mw for mw in find_measures(lower[a:b]) if mw.measure != "combined"]
        window = lower[a:b]
        toll = re.search(r"\btolls?\b(?:\s+[a-z]+){0,4}\s*$", window)
        if toll and not find_groups(window[toll.start() :]):
            # "a nurse died, bringing the death toll to seven": the toll counts everyone
            return "total", "", "killed"
        groups = [g for g in find_groups(window) if _names_the_counted(window, g, measures)]
        measure = measures[-1].measure if measures else ""
        group, term = "", ""
        if groups:
            g = groups[-1]
            group, term = g.group, lower[a + g.start : a + g.end]
            measure = measure or g.measure
            if g.group == "total" and len(groups) > 1 and groups[-2].end + 1 >= g.start:
                # "civilian deaths", "insurgent fatalities": the adjective names the group
                group, term = groups[-2].group, lower[a + groups[-2].start : a + g.end]
        return group, term, measure

    @staticmethod
    def _other_clause_between(toks: list[_Tok], b: int, ti: int) -> bool:
        """Another number after a clause break stands between a number (token ``b``) and a
        measure word (token ``ti``): the measure word is that number's."""
        seen_break = in_list = ages = False
        for n in range(b + 1, ti):
            t = toks[n]
            if t.kind == "num" and toks[n - 1].low == "," and n + 1 < ti and toks[n + 1].low == ",":
                continue  # "One officer, Sergeant D. Nurmagambet, 29, died": an age
            if t.kind == "punct" and t.low in (",", ";", ":"):
                seen_break, in_list, ages = True, False, False
            elif t.low in ("including", "among", "excluding", "mostly", "mainly"):
                in_list = True  # "27 people, including eight children, were killed"
            elif t.low in ("aged", "ages"):
                ages = True  # "two protesters, aged 19 and 24, had died"
            elif t.kind == "num" and seen_break and not in_list and not ages:
                return True
        return False

    @staticmethod
    def _claimed_before(toks: list[_Tok], ti: int, a: int) -> bool:
        """A measure word before a number belongs to another number when a clause break
        lies between them and that other number stands just before the measure word."""
        if not any(t.low in (",", ";") for t in toks[ti + 1 : a]):
            return False
        window = toks[max(0, ti - 6) : ti]
        nums = [n for n, t in enumerate(window) if t.kind == "num"]
        if not nums:
            return False
        # "52 people had been killed" claims it; "two nurses, and injured 19" does not
        return not any(t.low in (",", ";", "and") for t in window[nums[-1] + 1 :])

    @staticmethod
    def _bound_by_of(toks: list[_Tok], ti: int, a: int) -> bool:
        """The measure word at ``ti`` is joined to the number at ``a`` by "of" (and
        qualifier words): "deaths of at least 40 people"."""
        between = [t.low for t in toks[ti + 1 : a]]
        return (
            bool(between)
            and between[0] == "of"
            and all(w in cues.BARE_GAP_BEFORE for w in between[1:])
        )

    def _choose_measure(
        self, lower: str, toks: list[_Tok], r: _Reading, measures, tok_starts: list[int]
    ) -> str:
        a = max(0, bisect.bisect_right(tok_starts, r.start) - 1)
        b = max(r.last, r.np_end - 1)
        best: tuple[int, int, str] | None = None
        verb_right_before = ""
        for mw in measures:
            if r.ref_span[0] <= mw.start < r.ref_span[1]:
                continue
            last = bisect.bisect_right(tok_starts, mw.end - 1) - 1
            if last == a - 1 and mw.measure != "combined":
                verb_right_before = mw.measure
        for mw in measures:
            if r.ref_span[0] <= mw.start < r.ref_span[1]:
                continue
            ti = bisect.bisect_right(tok_starts, mw.start) - 1
            prev = toks[ti - 1].low if ti > 0 else ""
            prev2 = toks[ti - 2].low if ti > 1 else ""
            if prev in cues.TEMPORAL or (
                prev2 in cues.TEMPORAL and prev in ("being", "the", "his", "her")
            ):
                continue
            if ti > b and self._other_clause_between(toks, b, ti):
                continue  # "700,000 children ..., and 1,900 schools used as shelters"
            if (
                ti > b
                and toks[ti - 1].low == "and"
                and any(t.kind == "num" for t in toks[ti + 1 : ti + 4])
            ):
                continue  # "killing a shepherd and two women and wounding seven": its own object
            if ti < a and r.group and self._claimed_before(toks, ti, a):
                continue  # "52 people had been killed, and that some 1,900 residents had fled"
            if ti < a and self._bound_by_of(toks, ti, a):
                distance, side = 0, 0  # "the deaths of 120 children", "abduction of 40"
            elif ti < a:
                # from the measure word's last token: "shot dead two" is next to the number
                distance, side = a - (bisect.bisect_right(tok_starts, mw.end - 1) - 1), 1
            elif ti > b:
                distance, side = ti - b, 0
            else:
                if verb_right_before and verb_right_before != mw.measure:
                    continue  # "executed 23 captured soldiers": the verb says what happened
                distance, side = 0, 0
            if best is None or (distance, side) < best[:2]:
                best = (distance, side, mw.measure)
        if best is None or best[0] > 25:
            return ""
        return best[2]

    def _emit(
        self,
        si: int,
        s: Sentence,
        sent: str,
        lower: str,
        toks: list[_Tok],
        readings: list[_Reading | None],
        speakers: list[attr.Speaker],
    ) -> None:
        measures = find_measures(lower)
        tok_starts = [t.start for t in toks]
        links = list(cues.LINK.finditer(sent))
        previous_figure = next((f for f in reversed(self.figures) if f.kind == "number"), None)
        sentence_figures: list[Figure] = []
        chain: tuple[_Reading, Figure] | None = None  # the last bare number emitted
        combined: _Reading | None = None  # "40 casualties" (killed and injured together)
        apposition_end: int | None = None  # end of "40 casualties, 12 killed" so far
        accounted: tuple[str, str, int] | None = None  # "Children accounted for ..."
        for r in readings:
            if r is None:
                chain = None
                continue
            measure = forced = ""
            before_number = sent[: r.start]
            if (
                (
                    cues.FATE_OF.search(before_number[-40:])
                    and (
                        cues.UNKNOWN.search(sent[r.end :])
                        or cues.REFUSED_FATE.search(before_number)
                    )
                )
                or (
                    # "refused to tell families where 252 of them are being held"
                    cues.REFUSED_WHERE.search(before_number[-60:])
                )
                or (
                    cues.FAMILIES_OF.search(before_number[-24:])
                    and cues.NO_NEWS.search(sent[r.end :])
                )
            ):
                # "the fate of at least 35 people who were detained ... remains unknown"
                measure = forced = "missing"
            elif cues.REMAINS_OF.search(before_number[-40:]):
                measure = forced = "killed"  # "the remains of 44 of the disappeared"
            in_list, list_base, list_measure = self._listed_part(
                links, r, s, lower, sentence_figures, previous_figure, si
            )
            if list_measure == _NO_HEAD:
                continue  # listed among people who are no figure
            if (in_list or r.ref == "them") and self._head_rejected(
                links if in_list else [], r, readings, sentence_figures, s, combined
            ):
                # "rescued 88 people, including 14 children": 88 is no casualty, and its
                # parts are none either, unless their own clause names a measure ("96
                # survivors ..., 14 of whom were taken to hospital with injuries")
                forced = self._measure_later_in_clause(lower, r, measures)
                if not forced:
                    continue
                in_list, list_base, r.ref = False, None, ""
                heads = [x for x in readings if x is not None and x.end <= r.start and x.group]
                if not r.group and heads:
                    # "neutralised 17 militants ..., of whom 12 were killed": the militants
                    r.group, r.term = heads[-1].group, heads[-1].term
            thing = (
                cues.THING_BEFORE_THEM.search(lower, max(0, r.start - 30), r.start)
                if r.ref == "them"
                else None
            )
            if r.ref == "them" and cues.ATTACKERS_BEFORE_THEM.search(
                lower, max(0, r.start - 40), r.start
            ):
                continue  # 'the attackers, "at least 80 of them", arrived': no casualties
            if thing and not (
                find_groups(thing[1]) or find_measures(thing[1]) or thing[1] in cues.NOT_PEOPLE
            ):
                continue  # "the ledgers, eleven of them, stacked in a cupboard"
            if r.ref == "them" and not forced and sentence_figures:
                # "killed eight people, five of them patients, and injured 16": the aside
                # counts the figure just before it
                prev = sentence_figures[-1]
                np_end = toks[r.np_end - 1].end if r.last < r.np_end <= len(toks) else r.end
                between = sent[prev.end - s.start : r.start]
                if re.fullmatch(r"[^,;.\d]{0,40},\s*", between) and (
                    sent[np_end : np_end + 2].lstrip().startswith(",")
                ):
                    measure = forced = prev.measure
            own = find_measures(r.ref) if r.ref else []
            if own and own[0].measure != "combined":
                # "15 of the wounded": the people referred to are the measure, not a base;
                # unless a verb says more ("four of the wounded died")
                after = self._measure_right_after(
                    toks, r, measures, tok_starts
                ) or self._measure_later_in_clause(lower, r, measures)
                measure, r.ref = after or own[0].measure, ""
                r.measure_ref = True
            # "40 casualties, 12 of them fatal": the part has its own measure, no base (M1)
            anchored = (
                combined is not None
                and (r.ref or in_list)
                and not (sentence_figures and sentence_figures[-1].start > s.start + combined.start)
            )
            use_base = not anchored
            before = sent[: r.start]
            # in the number's own clause: not "164 had been rescued, and that 25 were missing"
            negative = NEGATIVE.search(" ".join(re.split(r"[,;:]", before)[-1].split()[-3:]))
            if negative and cues.DEMANDED_RELEASE.search(before[-80:]):
                negative = None  # "demands the release of the seven engineers": still held
            if negative and negative[0] == "sent" and cues.SENT_FLEEING.match(lower, r.end):
                negative = None  # "sent more than 120,000 people fleeing into Cheravia"
            if negative and not (
                negative[0] in ("visit", "visited")
                and self._measure_right_after(toks, r, measures, tok_starts)
                in ("detained", "missing")
            ):
                continue  # not "rescued 30 people", but "visited 150 people held by ..."
            if self._not_a_toll(sent, toks, r, before):
                continue
            if r.elided and not r.group:
                group, term, measure = self._noun_before(lower, toks, r)
                # "50 people have died and 200 have been injured": the words right after
                # the number outrank the measure of the clause before it
                measure = (
                    forced or self._measure_right_after(toks, r, measures, tok_starts) or measure
                )
                if not measure and not group:
                    # "the number of Kalmoran troops killed": the phrase after the number
                    after = lower[r.end :]
                    m = re.match(r"\s+the (?:number|toll) of\s", after)
                    if m:
                        gs = find_groups(after[m.end() : m.end() + 60])
                        ms = find_measures(after[m.end() : m.end() + 60])
                        if gs:
                            group, term = (
                                gs[0].group,
                                after[m.end() + gs[0].start : m.end() + gs[0].end],
                            )
                        if ms:
                            measure = ms[0].measure
                if (
                    not measure
                    and not group
                    and any(w in lower[max(0, r.start - 80) : r.start] for w in _FIGURE_HINTS)
                    and cues.FIGURE_AT.search(sent, max(0, r.start - 60), r.start)
                    and (named_before := self._figure_named_before(s, si, r, sentence_figures))
                ):
                    # "Ozat Media ... puts the figure at between 1,100 and 1,500", "raised that
                    # to at least 186": the count named before
                    measure, group = named_before.measure, named_before.group
                    term = named_before.source_term
                r.group = group or ""
                r.term = term or (r.term if r.inherit else "")  # "Thousands of others"
                if not measure:
                    measure = self._near_measure(lower, toks, r, measures, tok_starts)
                    if not measure:
                        base = sentence_figures[-1] if sentence_figures else previous_figure
                        later = self._measure_later_in_clause(lower, r, measures) if r.ref else ""
                        if later:
                            measure = later  # "74 of whom ... subjected to enforced disappearance"
                        elif r.ref and base is not None and use_base:
                            measure = base.measure
                        elif in_list and list_measure and use_base:
                            measure = list_measure  # "of whom 13 and 41, respectively"
                        elif chain is not None and re.fullmatch(
                            r"\s*(?:,|and|or|,\s*and)\s*", sent[chain[0].end : r.start]
                        ):
                            measure = chain[1].measure
                            r.group, r.term = chain[1].group, chain[1].source_term
                        elif self._list_measure:
                            measure = self._list_measure
                        else:
                            continue
                r.group = r.group or ("" if (r.ref or r.inherit) else "total")
            if not measure:
                measure = self._measure_right_after(toks, r, measures, tok_starts)
                if not measure and in_list and not r.carried_measure and not anchored:
                    # "killed 27, including six children, and wounded 60": a listed part
                    # is counted like its total, whatever measure word comes next
                    measure = list_measure
                measure = measure or self._choose_measure(lower, toks, r, measures, tok_starts)
                if measure == "combined" and cues.RESPECTIVELY.search(sent):
                    measure = "killed"  # "killed and wounded, respectively": paired below
                if measure == "combined":
                    combined = r
                    apposition_end = toks[max(r.np_end, r.last + 1) - 1].end
                    continue
                if (
                    measure
                    and r.carried_measure
                    and r.group
                    and self._carried_first(r, lower, toks)
                ):
                    measure = r.carried_measure
                if not measure and r.carried_measure:
                    measure = r.carried_measure
                if not measure and (r.ref or in_list) and use_base:
                    base = sentence_figures[-1] if sentence_figures else previous_figure
                    if base is not None:
                        measure = base.measure
                if (
                    not measure
                    and cues.FURTHER_END.search(" " + before)
                    and previous_figure
                    and re.match(r"\s+(?:were|was)\b", sent[r.end :])
                ):
                    measure = previous_figure.measure  # "A further 541 were fighters"
                if not measure and sentence_figures and use_base:
                    # a list: "41 people ...: 26 civilians, 9 members of the army and 6 insurgents"
                    gap = sent[sentence_figures[-1].end - s.start : r.start]
                    colon = ":" in sent[sentence_figures[0].end - s.start : r.start]
                    if len(gap) < (120 if colon else 60) and not re.search(r"[;.]", gap):
                        measure = sentence_figures[-1].measure
                if (
                    not measure
                    and previous_figure is not None
                    and previous_figure.sentence >= si - 1
                    and r.group
                    and re.match(r"\s+(?:were|was)\b", sent[r.end : r.end + 6])
                    and not sentence_figures
                    and r.start < 4
                ):
                    # "The team exhumed 46 bodies. Thirty-one were men, nine were women"
                    measure = previous_figure.measure
                if not measure:
                    measure = self._list_measure  # "- 281 civilians;" under "The dead were:"
                if not measure:
                    continue
            if measure == "combined":
                combined = r
                apposition_end = toks[max(r.np_end, r.last + 1) - 1].end
                continue
            if forced:
                measure = forced
            if r.group and not in_list and not forced and self._acting(lower, toks, r, measures):
                continue  # "as tens of thousands of people marched through the capital"
            # the people after the number may be non-casualties: "58 ... had since been released"
            after_np = " ".join(cues.CLAUSE_CUT.split(sent[r.end :])[0].split()[:20])
            if re.search(
                r"(?i)\b(?:been|were|was) (?:since |later )?(?:released|freed|rescued|evacuated)",
                after_np,
            ):
                continue  # "118 people held by the army and 94 held by the DSF were freed"
            group = r.group
            base: Figure | None = None
            if anchored and combined is not None:
                if group in ("", "total") and combined.group not in ("", "total"):
                    group = combined.group  # "30 civilian casualties, including 7 dead"
                group = group or "total"
            elif r.ref or not group or r.inherit:
                base = sentence_figures[-1] if sentence_figures else previous_figure
                if r.ref == "them" and not sentence_figures and base is not None:
                    # "Eleven were injured, among them four children. Two of them later
                    # died": "them" are the eleven, not the last part named
                    base = self._whole(base)
            if (
                group in ("", "total")
                and (not r.term or r.plain_people)
                and in_list
                and list_base is not None
                and list_base.sentence == si
                and not r.ref
            ):
                group = list_base.group  # "140 protesters, including 18 with rubber-bullet wounds"
            if (
                base is not None
                and r.ref
                and (self._names_measure(lower, r) or base.value < r.value)
            ):
                # "at least 52 of those detained", "252 of them" after "640, including 58
                # children": all of them, not the last part named (a part is no larger)
                base = self._whole(base)
            if not group and r.ref == "them" and not sentence_figures:
                # "troops pursuing the attackers had killed 16 of them": the people named
                # last in the sentence, when no count stands before
                named_here = [
                    g
                    for g in self._group_at.values()
                    if g.end <= r.start
                    and g.group in ("nonstate_armed", "government_forces", "foreign_forces")
                ]
                if named_here:
                    group = max(named_here, key=lambda g: g.end).group
            if not group:
                group = base.group if base is not None and r.ref else "total"

            if r.inherit and not r.group and base is not None:
                # "Hundreds more have been injured": more of the whole, not of its last part
                base = self._whole(base)
                group = base.group if base is not None else group
            if apposition_end is not None and cues.APPOSITION_GAP.fullmatch(
                lower[apposition_end : r.start]
            ):
                # "900 civilian casualties, 300 killed and 600 injured": the parts are civilians
                if (
                    group in ("", "total")
                    and combined is not None
                    and combined.group not in ("", "total")
                ):
                    group = combined.group
                apposition_end = r.end
            else:
                apposition_end = None
            if (
                cues.OWN_LOSSES.search(sent[max(0, r.start - 60) : r.start])
                and group == "total"
                and not r.plain_people  # "its men had taken seven foreign engineers prisoner"
            ):
                group = "__own__"
            head = cues.LIST_HEAD.search(sent[: r.start])
            if group == "total" and head and r.term in ("people", "persons"):
                named = find_groups(head.group(1).lower())
                if named and named[0].group != "total":
                    group = named[0].group  # "1,142 civilian casualties: 389 people killed"
            if group == "total" and self._both_sides(sent, r):
                group = "combatants"
            aside = cues.BOTH_GROUP.match(lower, toks[r.np_end - 1].end if r.np_end else r.end)
            if aside and group in ("total", "") and (named := find_groups(aside["who"])):
                group, r.term = named[0].group, aside["who"]  # "Two of the injured, both children,"
            said = cues.PART_PREDICATE.match(lower, r.end)
            if said and (named := find_groups(said["who"])):
                # "Nine of the civilians killed in April were children"
                group, r.term = named[0].group, said["who"]
            if group in ("total", "") and (side := self._belonged_to(s, sent, r)):
                group = side  # "21 of the dead belonged to the Ezgil Steppe Coalition"
            if (
                r.measure_ref
                and group == "total"
                and (
                    (measure == "killed" and r.term in ("deaths", "dead", "killed"))
                    or (measure == "injured" and r.term in ("wounded", "injured"))
                )
                and not cues.UNKNOWN_STATUS.search(sent)
            ):
                # "412 civilian deaths ... caused 171 of the deaths": the largest recent count
                # of that measure is the whole the part is taken from
                wholes = [
                    f
                    for f in self.figures
                    if f.measure == measure and f.sentence >= si - 3 and f.kind == "number"
                ]
                if wholes:
                    group = max(wholes, key=lambda f: f.value).group
            window60 = lower[max(0, r.start - 60) : r.start]
            subject = (
                _ACCOUNTED_FOR.search(window60)
                if any(w in window60 for w in _ACCOUNTED_HINTS)
                else None
            )
            if (
                not subject
                and accounted is not None
                and re.fullmatch(r"\s+of the [a-z]+ and\s+", lower[accounted[2] : r.start])
            ):
                group, r.term = accounted[0], accounted[1]  # "... 41 of the dead and 127 of
                # the injured": the same subject's people
            if (
                subject
                and re.match(r"\s+of\b", lower[r.end : r.end + 4])
                and (named := find_groups(subject["who"]))
            ):
                # "Children accounted for 45 of the civilians killed": the subject's group
                group, r.term = named[-1].group, subject["who"][named[-1].start : named[-1].end]
                accounted = (group, r.term, r.end)
            qualifier = r.qualifier
            linked = getattr(r, "linked", None)
            if (
                linked is not None
                and not r.own_qualifier
                and linked.qualifier not in ("exact", "range", "multiples")
                and r.elided
                and (not r.inherit or self._same_clause_others(sent, linked, r))
                and not r.ref
                # the number it shares a clause with must itself be a figure
                and any(f.start == s.start + linked.start for f in sentence_figures)
            ):
                qualifier = linked.qualifier  # rule Q2: one clause, one qualifier
            fig = Figure(
                measure=measure,
                group=group,
                value=r.value,
                qualifier=qualifier,
                start=s.start + r.start,
                end=s.start + r.end,
                sentence=si,
                value_high=r.high,
                source_term=r.term,
                headline=s.headline,
                paragraph=s.paragraph,
                multiple=r.multiple,
                elided=r.elided,
                own_qualifier=r.own_qualifier,
            )
            fig.source = self.source_for(r.start, speakers, s)
            if "martyr" in fig.source_term.lower() and self.x.index.kinds.get(fig.source) == (
                "government"
            ):
                fig.group = "government_forces"  # an army's martyrs are its soldiers
            if fig.group == "__own__":
                fig.group = self._possessor_group(lower, r) or self._own_group(
                    s.start + r.start, fig.source
                )
            if qualifier != r.qualifier:
                fig.notes.append("qualifier read as covering both numbers of the clause (Q2)")
            if anchored and combined is not None:
                fig.notes.append(
                    f"part of {combined.value:,} casualties (killed and injured together), "
                    "which are not recorded (M1)"
                )
            elif in_list and base is None:
                base = list_base
            elif r.ref and base is None:
                base = sentence_figures[-1] if sentence_figures else previous_figure
            if base is not None and (r.ref or in_list):
                fig.part_of = self._index_of(base)
                fig.notes.append(f"part of the {base.value:,}")
            tail40 = lower[max(0, r.start - 40) : r.start]
            if (
                sentence_figures
                and any(w in tail40 for w in ("stands", "revised", "corrected", "raised"))
                and cues.REVISED_TO.search(tail40)
            ):
                # "listed 344 deaths; ... now stands at 361": the earlier count is superseded
                old = sentence_figures[-1]
                if (old.measure, old.group) == (fig.measure, fig.group):
                    old.kind = "superseded"  # dropped when the document is finished
            self.figures.append(fig)
            sentence_figures.append(fig)
            chain = (r, fig)

    def _head_rejected(
        self,
        links: list[re.Match[str]],
        r: _Reading,
        readings: list[_Reading | None],
        sentence_figures: list[Figure],
        s: Sentence,
        combined: _Reading | None,
    ) -> bool:
        """The number a list or "of whom" hangs on is no figure: "rescued 88 people,
        including 14 children", "pulled 96 survivors out, 14 of whom ...". Casualties
        (killed and injured together) are not kept but do have parts."""
        if links:
            link = _link_before(links, r.start)
            if link is None:
                return False
            limit = link.start()
        else:
            limit = r.start
        heads = [
            x.start for x in readings if x is not None and x is not combined and x.end <= limit
        ]
        heads += [at for at in self._no_count if at < limit]
        if not heads:
            return False
        kept = {f.start - s.start for f in sentence_figures}
        return max(heads) not in kept

    def _people_noun(self, lower: str, toks: list[_Tok], head: int, r: _Reading) -> bool:
        """A plural noun of people the taxonomy has no group for ("miners", "smugglers"),
        counted under a measure: the verb before the number, or a measure word after."""
        noun = toks[head].low
        return (
            toks[head].kind == "word"
            and _plural_noun(noun)
            and noun not in cues.NOT_PEOPLE
            and noun not in cues.THING_PLURALS
            and bool(cues.PEOPLE_SUFFIX.search(noun))
            and bool(
                _MEASURE_VERB_END.search(lower, max(0, r.start - 30), r.start)
                or (cues.PERSON_PLURAL.search(noun) and self._measure_follows(lower, toks, head))
                or cues.LIST_LINK_END.search(lower, max(0, r.start - 20), r.start)
            )
        )

    def _measure_follows(self, lower: str, toks: list[_Tok], head: int) -> bool:
        """A measure word within eight words after ``head``, in the same clause ("19 miners
        are confirmed dead"), not "140 documenters on the ground"."""
        end = min(head + 9, len(toks))
        for k in range(head + 1, end):
            if (toks[k].kind == "punct" and toks[k].low not in cues.QUOTES) or toks[k].low in (
                "and",
                "or",
                "but",
                "who",
                "that",
            ):
                return False  # "120 field researchers and verifies each death": not theirs
            if self._is_measure_word(lower, toks[k]):
                return True
        return False

    @staticmethod
    def _names_measure(lower: str, r: _Reading) -> bool:
        """The reference names people by what happened to them ("of those detained")."""
        words = lower[r.ref_span[0] : r.ref_span[1] + 12].split()
        return len(words) >= 3 and words[2].strip(".,;") in _THOSE_MEASURED

    @staticmethod
    def _same_clause_others(sent: str, linked: _Reading, r: _Reading) -> bool:
        """ "At least 11 children were killed and 17 others injured": "others" in the same
        clause shares the qualifier (Q2); "14 died, and the families of 231 others" not."""
        return r.term in ("others", "other") and bool(
            re.fullmatch(r"\s*(?:[\w-]+\s+){0,5}and\s+", sent[linked.end : r.start])
        )

    def _listed_part(
        self,
        links: list[re.Match[str]],
        r: _Reading,
        s: Sentence,
        lower: str,
        sentence_figures: list[Figure],
        previous_figure: Figure | None,
        si: int,
    ) -> tuple[bool, Figure | None, str]:
        """Whether the number is a part listed after "including", "among them", "of whom"
        (rule B1), the figure it is a part of, and the measure the list counts. The list
        ends at a new measure word: in "killed 27, including six children, and wounded
        60", 60 is no part."""
        link = _link_before(links, r.start)
        if link is None:
            return False, None, ""
        listed = [f for f in sentence_figures if f.start - s.start >= link.end()]
        if any(f.part_of is None for f in listed):
            return False, None, ""  # "among them two nurses, and injured 19": the list ended
        gap = lower[listed[-1].end - s.start if listed else link.end() : r.start]
        if ";" in gap or any(mw.measure != "combined" for mw in find_measures(gap)):
            return False, None, ""
        if not listed and len(gap) > 25:
            return False, None, ""
        before = [f for f in sentence_figures if f.end - s.start <= link.start()]
        if (
            not before
            and link[0].lower().startswith("includ")
            and not self._numbers_in(s.start, s.start + link.start())
            and len(lower[: link.start()].strip(" ,")) > 3
            # not "the dead included nine children": those are the figure before
            and not find_measures(lower[max(0, link.start() - 30) : link.start()])
            and not find_groups(lower[max(0, link.start() - 30) : link.start()])
        ):
            return True, None, _NO_HEAD  # "Rescue teams, including 60 volunteers": no count
        base = before[-1] if before else previous_figure
        if not before and base is not None and base.sentence < si - 1:
            # "Of these, 212 ...": "these" points at the sentence before, which must hold
            # the figure (not "the 417th incident ... Of these, 212 are graded Fair")
            return False, None, ""
        # "among the dead were", "the wounded included": the list's own measure word
        named = [
            mw
            for mw in find_measures(lower[max(0, link.start() - 12) : link.end()])
            if mw.measure != "combined"
        ]
        measure = named[-1].measure if named else (base.measure if base is not None else "")
        return True, base, measure

    @staticmethod
    def _both_sides(sent: str, r: _Reading) -> bool:
        """ "killed on both sides" after the number, or before it in the same clause."""
        for m in cues.KILLED_BOTH_SIDES.finditer(sent):
            if m.start() >= r.start or not re.search(r"[,;:]", sent[m.end() : r.start]):
                return True
        return False

    @staticmethod
    def _measure_later_in_clause(lower: str, r: _Reading, measures) -> str:
        """The first measure word after the number in its clause, or ""."""
        stop = len(lower)
        for ch in ",;.":
            at = lower.find(ch, r.end)
            if at >= 0:
                stop = min(stop, at)
        later = [
            mw
            for mw in measures
            if r.end <= mw.start < stop
            and mw.measure != "combined"
            and not r.ref_span[0] <= mw.start < r.ref_span[1]
            # "41 of the dead and 127 of the injured": the next count's own words
            and not lower[max(0, mw.start - 7) : mw.start].endswith("of the ")
        ]
        return later[0].measure if later else ""

    @staticmethod
    def _acting(lower: str, toks: list[_Tok], r: _Reading, measures) -> bool:
        """The counted people are the subject of a verb that is no measure ("300 people
        marched"), and no measure word follows in the clause."""
        k = max(r.np_end, r.last + 1)
        if k < len(toks) and toks[k].low == ",":
            # "about 40 people, mostly women, gathered": past the aside to the verb
            close = next((q for q in range(k + 1, min(k + 6, len(toks))) if toks[q].low == ","), 0)
            if close and toks[k + 1].low in ("mostly", "mainly", "many", "most", "some"):
                k = close + 1
        if k < len(toks) and toks[k].low == "who":
            k += 1  # "thousands of people who marched through the capital"
        if r.carried_measure or k >= len(toks) or toks[k].kind != "word":
            return False  # "17,500 refugees crossed": the noun is the measure
        if r.ref_span[1] > r.ref_span[0] and find_measures(lower[r.ref_span[0] : r.ref_span[1]]):
            return False  # "21 of the dead belonged to ...": the dead are the measure
        word = toks[k].low
        if word in cues.NOT_ACTION or not (word.endswith("ed") or word in cues.IRREGULAR_PAST):
            return False
        if any(mw.start == toks[k].start for mw in measures):
            return False
        if r.first > 0 and any(mw.start <= toks[r.first - 1].start < mw.end for mw in measures):
            return False  # "detained three men suspected of ...": the object of the measure
        clause_end = len(lower)
        for ch in ".;":
            at = lower.find(ch, toks[k].end)
            if at >= 0:
                clause_end = min(clause_end, at)
        starts = [t.start for t in toks]

        def own_object(mw) -> bool:
            # "killing at least seven protesters": a measure with its own number is theirs
            q = bisect.bisect_left(starts, mw.end)
            skipped = 0
            while q < len(toks) and toks[q].low in cues.QUALIFIER_WORDS and skipped < 3:
                q, skipped = q + 1, skipped + 1
            return q < len(toks) and toks[q].kind == "num"

        return not any(
            toks[k].end <= mw.start < clause_end and mw.measure != "combined" and not own_object(mw)
            for mw in measures
        )

    def _not_a_toll(self, sent: str, toks: list[_Tok], r: _Reading, before: str) -> bool:
        """Projections and plans ("preparing for up to 50,000 arrivals", "20,000 could be
        displaced") and people who are no casualties ("licensed to carry 250 passengers",
        "600 people on board", "1,200 troops were deployed")."""
        tail = before[-90:]
        clause = cues.CLAUSE_CUT.split(tail)[-1]
        if cues.PROJECTION_BEFORE.search(" ".join(clause.split()[-8:])):
            return True
        if cues.CAPACITY_BEFORE.search(" ".join(tail.split()[-5:])):
            return True
        np_end = r.end
        if r.np_end > r.last and r.np_end - 1 < len(toks):
            np_end = max(np_end, toks[r.np_end - 1].end)
        after = sent[np_end : np_end + 80]
        aside = cues.LIST_ASIDE.match(after) or cues.CONDITION_ASIDE.match(after)
        if aside:  # "Forty of them, including 11 newborns, were moved to ...": past the list
            after = sent[np_end + aside.end() : np_end + aside.end() + 80]
        if cues.PROPORTION_AFTER.match(sent, r.end, r.end + 40):
            return True  # "roughly one person in nine": a proportion, not a count
        if cues.FORMER_HELD.search(sent, r.end, np_end):
            return True  # "12 former detainees": released people, no detention now (N1)
        if (
            ("each" in clause[-30:] and cues.EACH_BEFORE.search(clause[-30:]))
            or cues.EACH_AFTER.match(after)
        ) and not cues.RESPECTIVELY.search(sent):
            return True  # "Twelve incidents each killed five or more": a count per incident
        if r.term.lower().endswith("inhabitants"):
            return True  # "the city had 310,000 inhabitants before the war"
        clause_after = cues.CLAUSE_CUT.split(after)[0] if after else ""
        if cues.RETURNED.search(clause_after):
            return True  # "people who had fled ... returned to their villages"
        if cues.RESCUE_FROM.match(after) and cues.RESCUE_VERB.search(clause[-40:]):
            return True  # "taken 1,300 people out of flooded houses": a rescue
        if re.match(r"(?i)\s*(?:on board|aboard)\b", after) and any(
            mw.measure != "combined" for mw in find_measures(" ".join(before.split()[-3:]).lower())
        ):
            after = ""  # "killing all 11 soldiers on board": the people on board are the dead
        tail_lower = tail.lower()
        if any(w in tail_lower for w in _TOLL_WORDS) and cues.EARLIER_TOLL.search(tail):
            return True
        if cues.NAMING_BEFORE.search(before[-12:]) and (r.ref or re.match(r"\s+as\b", after)):
            return True  # "named one of them as ...", not "identified 2,730 children"
        if cues.AGENT_AFTER.match(after):
            return True
        if cues.RATE_AFTER.match(after) or (
            "average" in tail_lower and cues.AVERAGE_BEFORE.search(tail)
        ):
            return True  # "almost one child every day", "an average of six arrests a day"
        if cues.PROJECTION_AFTER.match(after):
            return True
        if cues.LEGAL_CATEGORY.search(before[-60:]):
            return True  # 'a criminal case for "murder of two or more persons"'
        if "version" in before[-80:] and cues.EARLIER_VERSION.search(before[-80:]):
            return True  # "Correction: An earlier version said 15 people had been killed"
        if "revised" in before[-120:] and cues.REVISED_FROM_BRACKET.search(before[-120:]):
            return True  # "revised from those in Bulletin No. 5 (37 dead, 21 missing)" (T3)
        if cues.IDENTIFIED_AFTER.match(after) and cues.REMAINS_OF.search(before[-20:]):
            return False  # "the remains of 44 people have been identified": the dead
        return bool(cues.NOT_CASUALTY_AFTER.match(after))

    def _carried_first(self, r: _Reading, lower: str, toks: list[_Tok]) -> bool:
        """A measure noun as the head ("46 bodies") wins over verbs further away."""
        return r.carried_measure in ("killed", "displaced", "detained") and r.group in {"total"}

    def _measure_right_after(self, toks, r: _Reading, measures, tok_starts) -> str:
        """A measure word straight after a number ("200 have been injured", "15 of the
        wounded"), or ""."""
        b = max(r.last, r.np_end - 1)
        for mw in measures:
            if mw.measure == "combined" or r.ref_span[0] <= mw.start < r.ref_span[1]:
                continue
            ti = bisect.bisect_right(tok_starts, mw.start) - 1
            if ti <= b:
                continue
            gap = [t.low for t in toks[b + 1 : ti]]
            if gap[:1] == [","] and "," in gap[1:12]:
                # "Two of the injured, a nurse and a patient, died": past the appositive
                inner = gap[1 : gap.index(",", 1)]
                if not any(t.kind == "num" for t in toks[b + 2 : b + 2 + len(inner)]):
                    gap = gap[gap.index(",", 1) + 1 :]
            if gap[:1] == ["who"]:
                first = bisect.bisect_left(tok_starts, r.start)  # before any qualifier words
                if not (
                    first > 0 and any(m.start <= toks[first - 1].start < m.end for m in measures)
                ):
                    gap = gap[1:]  # "11 people who were dead on arrival", not "detained 14 men who"
            if len(gap) <= 4 and (
                all(w in cues.RIGHT_AFTER_GAP or w.endswith("ly") for w in gap)
                or gap in cues.OF_THE
            ):
                return mw.measure
            break  # only the first measure word after the number can be its own
        return ""

    def _near_measure(self, lower, toks, r: _Reading, measures, tok_starts) -> str:
        """For a bare number: a measure right after it ("190 injured", "26 were wounded")
        or right before it ("wounding 120 to 130")."""
        a = max(0, bisect.bisect_right(tok_starts, r.start) - 1)
        b = max(r.last, r.np_end - 1)
        for mw in measures:
            if r.ref_span[0] <= mw.start < r.ref_span[1]:
                continue
            ti = bisect.bisect_right(tok_starts, mw.start) - 1
            gap = [t.low for t in toks[b + 1 : ti]]
            if (
                ti > b
                and len(gap) <= 4
                and (all(w in cues.BARE_GAP_AFTER for w in gap) or gap in cues.OF_THE)
            ):
                return mw.measure
            if ti < a and a - ti <= 3 and all(t.kind != "num" for t in toks[ti + 1 : a]):
                gap_words = [t.low for t in toks[ti + 1 : a]]
                if all(w in cues.BARE_GAP_BEFORE for w in gap_words):
                    return mw.measure
        return ""

    def _figure_named_before(
        self, s: Sentence, si: int, r: _Reading, sentence_figures: list[Figure]
    ) -> Figure | None:
        """The count "the figure" or "that" stands for: the last one given, within three
        sentences, unless a count of other people stands between ("About 5,000 took part;
        police put the number at 2,800"); the whole, if it was a listed part."""
        before = sentence_figures[-1] if sentence_figures else self._last_number()
        if before is None or before.sentence < si - 3:
            return None
        given = {f.start for f in self.figures}
        between = self._numbers_in(max(before.end, s.start), s.start + r.start)
        if any(
            n.start not in given and find_groups(self.lower[n.end : n.end + 20]) for n in between
        ):
            return None
        # "... among them 11 pupils. The Ministry's figure is 13": the whole count
        return self._whole(before)

    def _last_number(self) -> Figure | None:
        return next((f for f in reversed(self.figures) if f.kind == "number"), None)

    def _whole(self, fig: Figure | None) -> Figure | None:
        """The figure ``fig`` is a listed part of, up to the top ("four children" among
        "Eleven people"); ``fig`` itself when it is no part."""
        while fig is not None and fig.part_of is not None and fig.part_of < len(self.figures):
            fig = self.figures[fig.part_of]
        return fig

    def _index_of(self, fig: Figure) -> int | None:
        for n in range(len(self.figures) - 1, -1, -1):
            if self.figures[n] is fig:
                return n
        return None

    # -- tables ----------------------------------------------------------------------
