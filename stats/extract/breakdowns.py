"""Figures that depend on other figures: "respectively", fractions, "most of", repeats.

These rules need the figures already read (a fraction needs its base, "most of the
civilians" needs the civilians' figure) or the whole document (a headline repeats the
body), so they run after the numbers of a sentence, or at the end.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from stats.extract import cues
from stats.extract.groups import find_groups
from stats.extract.measures import find_measures
from stats.extract.qualifiers import (
    FRACTION,
    FRACTION_AFTER,
    FRACTION_QUALIFIER,
    FRACTION_WORDS,
    fraction_qualifier,
    fraction_value,
    half_up,
)
from stats.extract.sentences import Sentence

if TYPE_CHECKING:
    from stats.extract.attribution import Speaker
    from stats.extract.engine import Figure, _Document

_RESPECTIVELY = re.compile(r"(?i)\brespectively\b")
_PAIRED_MEASURE = re.compile(
    r"(?i)\b(?:(?P<killed>killed|killing|dead|died|martyred|slain|executed)"
    r"|(?P<injured>wounded|wounding|injured|injuring|hurt)|(?P<missing>missing)"
    r"|(?P<displaced>displaced)"
    r"|(?P<detained>detained|arrested|captured|abducted))\b"
)
_MOST_OF = re.compile(
    r"(?i)\bmost of (?:(?P<pron>them|these|those)\b|the\s+(?P<noun>[\w-]+(?:\s+[\w-]+)?))"
)
_PREDICATE = re.compile(r"(?i)^\s*(?:,\s*)?(?:were|was|are|is)\s+(?:all\s+|mostly\s+)?(?:an?\s+)?")


#: "Of the 3,412 who arrived on Monday, close to half were children": the base named first.
_FRACTION_LEAD = re.compile(
    r"(?i)^\s*of the (?P<value>\d[\d,]*)\b[^,;.]{0,60},\s+(?P<words>"
    + FRACTION_QUALIFIER.format(extra="")
    + FRACTION_WORDS
    + r")(?=\s+(?:were|was|are|is)\b)"
)
#: Words a fraction of a figure may follow: "partners report that a quarter of ...".
_FRACTION_HEAD = re.compile(
    r"(?i)\b(?:and|with|that|said|says|say|reported|reports|report|estimated|estimates"
    r"|showed|shows|caused|causing|for)$"
)
#: "<group> accounted for a third of the dead": the group stands before the fraction.
_FRACTION_SUBJECT = re.compile(rf"(?i)\b{cues.SHARE_VERBS}$")
FRACTION_HINT = re.compile(r"(?i)\bin \w+ of\b|\b(?:half|thirds?|quarters?|fifths?|tenths?)\b")
#: :data:`FRACTION_HINT` for lower-cased text (faster without IGNORECASE).
FRACTION_HINT_LOWER = re.compile(r"\bin \w+ of\b|\b(?:half|thirds?|quarters?|fifths?|tenths?)\b")


def fraction_spans(sent: str) -> list[tuple[int, int]]:
    """Where fractions are ("One in three of the wounded"): their numbers are no counts."""
    if not FRACTION_HINT.search(sent):
        return []
    return [(m.start(), m.end()) for m in FRACTION.finditer(sent)]


def respectively(
    figures: list[Figure], sent: str, s: Sentence, speakers: list[Speaker], doc: _Document
) -> None:
    """Pair the numbers before "respectively" with the list it closes (rule B2, Q3)."""
    match = _RESPECTIVELY.search(sent)
    if not match:
        return
    cut = s.start + match.start()
    before = [f for f in figures if f.start < cut and f.kind == "number"]
    # the run of numbers joined by "and" or commas right before the word
    listed = before[-1:]
    for fig in reversed(before[:-1]):
        between = doc.text[fig.end : listed[0].start]
        if not re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*", between):
            break
        listed.insert(0, fig)
    if len(listed) < 2:
        return
    first_at = listed[0].start - s.start
    subjects = next(
        (sp.subjects for sp in reversed(speakers) if sp.at - s.start < first_at and sp.subjects),
        (),
    )
    if len(subjects) == len(listed):
        for n, (fig, source) in enumerate(zip(listed, subjects, strict=True)):
            fig.source = source
            fig.notes.append(f"respectively: {_ordinal(n + 1)} of {len(listed)}")
    tail = sent[listed[-1].end - s.start : match.start()]
    paired = [m.lastgroup for m in _PAIRED_MEASURE.finditer(tail)]
    if len(paired) != len(listed):
        head = sent[max(0, first_at - 40) : first_at]
        run = re.search(r"(?i)\b(\w+)((?:\s*,\s*\w+)*\s+(?:and|or)\s+\w+)\s+(?:\w+\s+){0,2}$", head)
        if run:
            paired = [m.lastgroup for m in _PAIRED_MEASURE.finditer(run[0])]
    if len(paired) == len(listed):
        for fig, measure in zip(listed, paired, strict=True):
            fig.measure = measure or fig.measure
        if len(subjects) != len(listed):
            for n, fig in enumerate(listed):
                fig.notes.append(f"respectively: {_ordinal(n + 1)} of {len(listed)}")
    if len(subjects) != len(listed) and len({f.group for f in listed}) == 1:
        _pair_groups(listed, sent[:first_at].lower())
    if len(paired) != len(listed) and len(subjects) != len(listed):
        _pair_bases(figures, listed, doc)
    # "13 and 41, respectively, are children": the group after the word
    group, term = _predicate_group(sent[match.end() :].lower())
    if group and all(f.elided for f in listed):
        for fig in listed:
            fig.group, fig.source_term = group, term
    first = listed[0]
    if first.own_qualifier and first.qualifier not in ("exact", "range", "multiples"):
        for fig in listed[1:]:
            if not fig.own_qualifier:
                fig.qualifier = "about"
                fig.notes.append(
                    f"the qualifier {first.qualifier} is printed once, before the first number; "
                    "this later number is read as about (Q3)"
                )


def _pair_bases(figures: list[Figure], listed: list[Figure], doc: _Document) -> None:
    """ "civilians killed has risen to 58 and injured to 204, of whom 13 and 41,
    respectively, are children": each part pairs with one of the totals before it."""
    if not all(f.part_of is not None for f in listed):
        return
    before = [f for f in figures if f.start < listed[0].start and f.part_of is None]
    if len(before) < len(listed) or len({f.measure for f in before[-len(listed) :]}) < 2:
        return
    for n, (fig, base) in enumerate(zip(listed, before[-len(listed) :], strict=True)):
        fig.measure = base.measure
        fig.part_of = doc._index_of(base)
        fig.notes = [x for x in fig.notes if not x.startswith("part of")]
        fig.notes.append(f"respectively: part of the {base.value:,} ({_ordinal(n + 1)})")


def _pair_groups(listed: list[Figure], head: str) -> None:
    """ "put the number of government forces and rebels killed at 14 and 9, respectively":
    the numbers pair with the list of groups before them."""
    groups = find_groups(head)
    run = groups[-1:]
    for g in reversed(groups[:-1]):
        if not re.fullmatch(r"\s*(?:,|,?\s*and|or)\s*", head[g.end : run[0].start]):
            break
        run.insert(0, g)
    if len(run) != len(listed) or len({g.group for g in run}) != len(run):
        return
    for n, (fig, g) in enumerate(zip(listed, run, strict=True)):
        fig.group, fig.source_term = g.group, head[g.start : g.end]
        fig.notes.append(f"respectively: {_ordinal(n + 1)} of {len(listed)} groups")


def _ordinal(n: int) -> str:
    return {1: "1st", 2: "2nd", 3: "3rd"}.get(n, f"{n}th")


def _recent(
    figures: list[Figure],
    before: int,
    group: str,
    measure: str,
    sentence: int,
    window: int = 3,
    whole: bool = False,
) -> Figure | None:
    """The latest figure before ``before`` with that group and measure. With ``whole``,
    a total is preferred to its listed parts ("Most of the dead" is of the 27, not of the
    eight children among them)."""
    if whole:
        found = _recent(figures, before, group, measure, sentence, window)
        while found is not None and found.part_of is not None and not group:
            found = figures[found.part_of] if found.part_of < len(figures) else None
        if found is not None:
            return found
    for fig in reversed(figures):
        if fig.start >= before or fig.sentence < sentence - window:
            continue
        if fig.kind != "number":
            continue
        if group and fig.group != group:
            continue
        if measure and fig.measure != measure:
            continue
        return fig
    return None


#: "74 wounded": a bare number with its measure as the noun.
_BARE_MEASURE_AFTER = re.compile(r"\s+(?:wounded|injured|dead|killed|missing|displaced|detained)\b")
#: The words before a count whose status is unknown.
_STATUS_OF = re.compile(
    r"(?i)\bthe (?:remaining|other) $|\bstatus of (?:the (?:remaining|other) )?$"
)
#: "Most of those killed in October": the month the count was given for.
_THOSE_IN_MONTH = re.compile(
    r"\s+(?:killed|dead|wounded|injured|detained|arrested|displaced)\s+in\s+(?P<month>january"
    r"|february|march|april|may|june|july|august|september|october|november|december)\b"
)
#: An editor's correction or clarification note.
_CORRECTION_NOTE = re.compile(r"(?i)\s*[(\[]?\s*(?:corrects?|correction|clarification)\b")
#: "On Tuesday alone, 1,430 ...": a figure for a slice of the period.
_ALONE = re.compile(r"(?i)\balone\s*,?\s*(?:[a-z]+\s+){0,2}$")


def _own_count(
    doc: _Document,
    said: list[Speaker],
    at: int,
    group: str,
    measure: str,
    si: int,
    window: int,
) -> Figure | None:
    """ "The monitor ... says almost half of the dead it has documented were civilians":
    the count of the source the sentence credits (``said``, its speakers), when it gave
    one, not the last count."""
    from stats.extract import attribution as attr

    credited = {sp.source for sp in said} - {attr.GENERIC, attr.PRONOUN}
    if len(credited) != 1:
        return None
    (source,) = credited
    for fig in reversed(doc.figures):
        if fig.start >= at or fig.sentence < si - window or fig.kind != "number":
            continue
        if (
            fig.source == source
            and (not group or fig.group == group)
            and (not measure or fig.measure == measure)
        ):
            return fig
    return None


def _largest(figures: list[Figure], before: int, measure: str, sentence: int) -> Figure | None:
    """ "three quarters of all deaths": the whole is the largest recent count of the measure,
    not the last part named ("Children accounted for 45 of them")."""
    recent = [
        f
        for f in figures
        if f.start < before
        and f.sentence >= sentence - 3
        and f.kind == "number"
        and (f.measure == measure or not measure)
    ]
    return max(recent, key=lambda f: f.value, default=None)


def _predicate_group(lower_after: str) -> tuple[str, str]:
    # "One in four of the wounded we received was a child": skip the relative clause
    relative = re.match(
        r"\s+(?:we|they|it|he|she|who|that)\s+(?:(?:has|have|had)\s+)?\w+(?:\s+\w+){0,2}?"
        r"(?=\s+(?:were|was|are|is)\b)",
        lower_after,
    )
    if relative:
        lower_after = lower_after[relative.end() :]
    match = _PREDICATE.match(lower_after)
    rest = lower_after[match.end() :] if match else lower_after
    if not match and not re.match(r"\s+\w", lower_after):
        return "", ""
    if not match:
        # "a third of them civilians": the noun may follow directly
        rest = lower_after.lstrip()
    groups = find_groups(rest[:60])
    if groups and groups[0].start <= 12:
        g = groups[0]
        return g.group, rest[g.start : g.end]
    return "", ""


#: What may follow "most of them" when it names no group: where, when or how they died
#: ("most of them in air strikes", "were killed in shelling"), not what they were.
_SCOPE_AFTER_MOST = re.compile(
    r"(?i)^\s*(?:,\s*)?(?:(?:were|was|are|is|had been|have been)\s+(?:\w+ly\s+)?\w+ed\b"
    r"|(?:in|at|near|around|from|inside|on|during|by|along|across|outside|within|while|when"
    r"|after|before|died|killed|lost|perished|fell|towards?|to|into|through|via|over|under)\b"
    r"|(?!(?:accused|suspected|charged|convicted|sentenced|released)\b)\w+ed\s+(?:at|in|on"
    r"|near|by|during|from)\b"
    # how they died: "most of them shot at close range", "appeared to have been shot"
    r"|(?:(?:appeared|appear|seem|seemed) to have been\s+)?(?:shot|hit|struck|stabbed|beaten"
    r"|burned|burnt|buried|crushed|drowned|executed|killed)\b"
    r"|[,.;]|$)"
)


def _derived(
    base: Figure,
    s: Sentence,
    si: int,
    span: tuple[int, int],
    people: tuple[str, str],
    value: int,
    qualifier: str,
    kind: str,
) -> Figure:
    """A figure computed from ``base`` (a fraction of it, "most of" it): the base's measure
    and source, its own words, people and value."""
    from stats.extract.engine import Figure

    return Figure(
        measure=base.measure,
        group=people[0],
        value=value,
        qualifier=qualifier,
        start=span[0],
        end=span[1],
        sentence=si,
        source=base.source,
        source_term=people[1],
        paragraph=s.paragraph,
        headline=s.headline,
        kind=kind,
    )


def _fraction(
    base: Figure,
    s: Sentence,
    si: int,
    span: tuple[int, int],
    people: tuple[str, str],
    match: re.Match[str],
    parts: tuple[int, int],
) -> Figure:
    """The fraction ``parts`` of ``base`` (rule F1), worded by ``match``: its share,
    rounded half up, with the fraction's own qualifier."""
    value = half_up(parts[0], base.value, parts[1])
    return _derived(base, s, si, span, people, value, fraction_qualifier(match), "fraction")


def fractions_and_most(
    doc: _Document, si: int, s: Sentence, sent: str, lower: str, said: list[Speaker]
) -> None:
    """Fractions of a stated figure (rule F1) and "most of" (rule F2) in one sentence,
    whose speakers are ``said``."""

    for m in FRACTION.finditer(sent) if FRACTION_HINT.search(sent) else ():
        head = sent[: m.start()].rstrip()
        subject = _FRACTION_SUBJECT.search(head)
        if (
            head
            and head[-1] not in ",;:-–—(\"“'‘•·*"
            and not _FRACTION_HEAD.search(head)
            and not subject
        ):
            continue  # "visit fewer than half of those held": not a count of casualties
        parts = fraction_value(m)
        if parts is None:
            continue
        if m["ref"] == "" and not (
            subject and find_groups(lower[max(0, subject.start() - 40) : subject.start()])
        ):
            continue  # "strikes accounted for a third of civilian deaths" (of what total?)
        numerator, denominator = parts
        after = lower[m.end() :]
        at = s.start + m.start()
        near = lower[m.end() : m.end() + 20].lstrip()[:20]
        # "a third of those children", "a third of those killed": the words name the base
        demonstrative = m["ref"].lower() in ("those", "these") and bool(
            find_groups(near) or any(mw.start == 0 for mw in find_measures(near))
        )
        whole = m["ref"].lower() == "all"  # "three quarters of all deaths": the whole toll
        if m["ref"].lower() in ("the", "") or demonstrative or whole:
            # "of the collective's civilian dead": the owner's name says nothing of the people
            after = re.sub(r"^(\s*)[\w-]+['’]s\s+", r"\1", after)
            words = after[:40]
            g = find_groups(words)
            ms = find_measures(words)
            group_word = g[0].group if g and not words[: g[0].start].strip() else ""
            measure_word = ms[0].measure if ms and len(words[: ms[0].start].split()) <= 2 else ""
            dead_noun = bool(group_word and g[0].measure)
            if dead_noun:
                # "of the deaths", "of all deaths": the dead of any group
                group_word, measure_word = "", measure_word or g[0].measure
                whole = whole or bool(subject)  # "Morvath province accounted for ... of the deaths"
            stated = re.match(r"\s*[\d,. ]*\d", after)
            named_base = None
            if stated:
                # "more than half of the 64,500 people who have fled": the number names it
                at_number = m.end() + len(stated[0]) - len(stated[0].lstrip())
                named_base = next(
                    (
                        f
                        for f in doc.figures
                        if f.start == s.start + at_number and f.kind == "number"
                    ),
                    None,
                )
                said = int(re.sub(r"\D", "", stated[0]) or 0)
                if named_base is None and said:
                    # "Nearly half of the 48,000 are children": the count given before
                    named_base = next(
                        (
                            f
                            for f in reversed(doc.figures)
                            if f.value == said and f.kind == "number"
                        ),
                        None,
                    )
            if named_base is not None:
                group_word, measure_word = named_base.group, named_base.measure
            elif not group_word and not measure_word:
                continue  # "roughly a third of the territory"
            # "a quarter of the civilians killed": a named base may be further back
            window = 40 if group_word and measure_word else 10
            base = named_base or (
                _largest(doc.figures, at, measure_word, si)
                if whole and not group_word
                else _own_count(doc, said, at, group_word, measure_word, si, window)
                # "About a third of the dead": all the dead, not the children listed last
                or _recent(doc.figures, at, group_word, measure_word, si, window, whole=dead_noun)
            )
            skip = (g[0].end if group_word and g else 0) or (
                ms[0].end if measure_word and ms else 0
            )
            rest = after[skip:]
            if measure_word and ms and ms[0].start > (g[0].end if group_word and g else 0):
                rest = after[ms[0].end :]
            if named_base is not None and stated and not find_groups(after[: len(stated[0]) + 2]):
                rest = after[len(stated[0]) :]  # "half of the 48,000 are children"
                if re.match(r"\s+(?:were|was|are|is)\b", rest) is None:
                    rest = after[skip:]  # "half of the 64,500 people who have fled"
        else:
            base = _recent(doc.figures, at, "", "", si)
            rest = after
        if base is None:
            continue
        group, term = _predicate_group(rest)
        if subject:
            # "Children accounted for nearly a third of the dead": the subject is the group
            named = find_groups(lower[max(0, subject.start() - 40) : subject.start()])
            if named:
                cut = max(0, subject.start() - 40)
                group, term = named[-1].group, lower[cut + named[-1].start : cut + named[-1].end]
        if not group:
            group, term = base.group, base.source_term
        words_end = m.start() + re.match(r"(?s).*?(?=\s+of\s)", m[0]).end()  # type: ignore[union-attr]
        fig = _fraction(
            base, s, si, (s.start + m.start(), s.start + words_end), (group, term), m, parts
        )
        if base.qualifier == "range" and base.value_high is not None:
            fig.qualifier = "range"
            fig.value_high = half_up(numerator, base.value_high, denominator)
        fig.notes.append(
            f"fraction {numerator}/{denominator} of {base.value:,}"
            + (f"-{base.value_high:,}" if fig.value_high is not None else "")
            + (" (the base is a minimum)" if base.qualifier in ("at_least", "more_than") else "")
        )
        doc.figures.append(fig)

    lead = _FRACTION_LEAD.match(sent) if FRACTION_HINT.search(sent) else None
    if lead is not None:
        value = lead["value"].replace(",", "")
        base = next(
            (f for f in reversed(doc.figures) if str(f.value) == value and f.kind == "number"),
            None,
        )
        parts = fraction_value(lead)
        group, term = _predicate_group(lower[lead.end() :])
        if base is not None and parts is not None and group:
            span = (s.start + lead.start("words"), s.start + lead.end())
            fig = _fraction(base, s, si, span, (group, term), lead, parts)
            fig.notes.append(f"fraction {parts[0]}/{parts[1]} of {base.value:,}")
            doc.figures.append(fig)
    for m in FRACTION_AFTER.finditer(sent) if FRACTION_HINT.search(sent) else ():
        # "4,930 people injured in the quarter, of whom about a quarter were children"
        at = s.start + m.start()
        base = next(
            (f for f in reversed(doc.figures) if s.start <= f.start < at and f.kind == "number"),
            None,
        )
        parts = fraction_value(m)
        if base is None or parts is None:
            continue
        group, term = _predicate_group(lower[m.end() :])
        if not group:
            continue
        numerator, denominator = parts
        words_start = m.start() + re.match(r"(?i)of \w+,?\s+", m[0]).end()  # type: ignore[union-attr]
        fig = _fraction(
            base, s, si, (s.start + words_start, s.start + m.end()), (group, term), m, parts
        )
        fig.notes.append(f"fraction {numerator}/{denominator} of {base.value:,}")
        doc.figures.append(fig)

    for m in _MOST_OF.finditer(sent):
        at = s.start + m.start()
        if m["pron"]:
            # the number right before "most of them" must itself be a figure
            numbers = doc._numbers_in(s.start, at)
            if numbers:
                # the last figure of this sentence ("48,000 people have been displaced in
                # less than four weeks, most of them"), unless another count stands between
                base = next(
                    (
                        f
                        for f in reversed(doc.figures)
                        if s.start <= f.start < at and f.kind == "number"
                    ),
                    None,
                )
                if base is None or at - base.end > 160:
                    continue
            else:
                if len(sent[: m.start()].split()) > 3:
                    continue  # "a handful of Guard members, most of them": not a figure's people
                base = _recent(doc.figures, at, "", "", si)
                when = _THOSE_IN_MONTH.match(lower, m.end())
                if when:
                    # "Most of those killed in October": the count given for October
                    month = when["month"]
                    said = find_measures(when[0])
                    dated = [
                        f
                        for f in doc.figures
                        if f.start < at
                        and f.kind == "number"
                        and (not said or f.measure == said[0].measure)
                        and f.sentence >= si - 5
                        and month in doc.lower[doc.sentences[f.sentence].start : f.start]
                    ]
                    base = dated[-1] if dated else base
            rest = lower[m.end() :]
        else:
            noun = m["noun"].lower()
            g = find_groups(noun)
            ms = find_measures(noun)
            group_word = g[0].group if g and g[0].start == 0 and not g[0].measure else ""
            adverb = ms and re.fullmatch(r"[a-z]+ly ", noun[: ms[0].start])
            measure_word = ms[0].measure if ms and (ms[0].start == 0 or adverb) else ""
            if not group_word and not measure_word:
                continue
            head_end = g[0].end if group_word else ms[0].end
            if len(g) > 1 and g[1].start == head_end + 1:
                head_end = g[1].end  # "Most of the civilian victims fell in ...": one noun
            rest = lower[m.start() + len("most of the ") + head_end :]
            verb = find_measures(rest[:30])
            wanted = measure_word or (verb[0].measure if verb else "")
            base = (
                _recent(doc.figures, at, group_word, wanted, si, whole=True)
                # "Most of the dead" names the measure: its count may be further back
                or (_recent(doc.figures, at, group_word, wanted, si, 10) if measure_word else None)
                or _recent(doc.figures, at, group_word, "", si)
            )
            if base is not None and _ALONE.search(doc.text, max(0, base.start - 40), base.start):
                # "On Tuesday alone, 1,430 fled": a slice; "most of the new arrivals" are
                # the whole flow named before it
                whole = _recent(doc.figures, base.start, group_word, wanted, si, whole=True)
                base = whole or base
        if base is None:
            continue
        group, term = _predicate_group(rest)
        if not group and not _SCOPE_AFTER_MOST.match(rest):
            continue  # "most of them for cuts", "most of the passengers were traders"
        if not group and not m["pron"] and group_word:
            group, term = group_word, (m["noun"] or "").lower()  # "Most of the civilian victims"
        if not group:
            group, term = base.group, base.source_term
        end = (
            m.end()
            if m["noun"] is None
            else m.start() + len("most of the ") + len((m["noun"] or "").split()[0])
        )
        fig = _derived(
            base, s, si, (at, s.start + end), (group, term), base.value, "most_of", "most_of"
        )
        fig.notes.append(f"most of the {base.value:,} ({base.group})")
        doc.figures.append(fig)


def unknown_status(figures: list[Figure], si: int, doc: _Document | None = None) -> None:
    """ "It was not known whether the dead were civilians or fighters": status unknown.
    "The status of the remaining 42 could not be determined": those 42 are a figure."""
    if doc is not None:
        s = doc.sentences[si]
        taken = {f.start for f in figures if f.sentence == si}
        for n in doc._numbers_in(s.start, s.end):
            if n.start in taken or not _STATUS_OF.search(
                doc.text[max(s.start, n.start - 24) : n.start]
            ):
                continue
            # "the status of the remaining 42", "the status of one person could not be
            # established": those are the figure, not the total named before
            from stats.extract.engine import Figure

            previous = next((f for f in reversed(figures) if f.measure == "killed"), None)
            fig = Figure(
                measure="killed",
                group="unknown_status",
                value=n.value,
                qualifier="exact",
                start=n.start,
                end=n.end,
                sentence=si,
                source=previous.source if previous is not None else doc.default,
                paragraph=s.paragraph,
            )
            fig.notes.append("the text says the status of these dead is not known")
            figures.append(fig)
            return
    for fig in reversed(figures):
        if fig.sentence < si - 3:
            return
        if fig.measure == "killed" and fig.group == "total" and fig.kind == "number":
            fig.group = "unknown_status"
            fig.notes.append("the text says the status of the dead is not known")
            return


def _repeat_key(fig: Figure) -> tuple:
    return (fig.measure, fig.group, fig.value, fig.value_high)


#: Time scopes of a statement: "in the past 48 hours", "on Tuesday alone", "this week".
_SCOPE = re.compile(
    r"(?i)\b(?:(?:in|over|during|within) the (?:past|last|previous) (?:[\w-]+ )?"
    r"(?:hours?|days?|weeks?|months?|years?)|since [\w-]+|this (?:week|month|year)"
    r"|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|overnight|alone)\b"
)


def _same_scope(text: str, sentences: list[Sentence], vague: Figure, precise: Figure) -> bool:
    """A vague figure sums up a precise one unless both state different time scopes
    ("Thousands ... in the past 48 hours" against "3,412 ... on Tuesday alone", rule R2)."""
    if not text:
        return True
    a, b = sentences[vague.sentence], sentences[precise.sentence]
    mine = {m.lower() for m in _SCOPE.findall(text[a.start : a.end])}
    theirs = {m.lower() for m in _SCOPE.findall(text[b.start : b.end])}
    return not (mine and theirs and mine != theirs)


def finish(
    figures: list[Figure], sentences: list[Sentence], text: str = "", publisher: str = ""
) -> list[Figure]:
    """Drop headline repeats (R1), duplicates, and vague summaries of precise counts (R2).
    A figure left to the ``publisher`` that another sentence credits to a named source
    is that source's, repeated ("KEY FIGURES: 1,204 people killed" over "at least 1,204
    people have been killed, according to the Ministry of Health")."""
    body = [f for f in figures if not f.headline and f.kind != "superseded"]
    kept: list[Figure] = []
    for fig in figures:
        if fig.headline and any(
            b.measure == fig.measure and (b.group == fig.group or b.value == fig.value)
            for b in body
        ):
            continue
        kept.append(fig)
    credited = {_repeat_key(f) for f in kept if f.source != publisher and f.kind == "number"}
    kept = [
        f
        for f in kept
        if not (f.source == publisher and f.kind == "number" and _repeat_key(f) in credited)
    ]
    # "74 wounded patients" then "We had 40 beds and 74 wounded": one figure (R1)
    named_groups = {
        (f.measure, f.value, f.source) for f in kept if f.group != "total" and f.kind == "number"
    }
    kept = [
        f
        for f in kept
        if not (
            f.group == "total"
            and f.kind == "number"
            and not f.source_term
            and (f.measure, f.value, f.source) in named_groups
            and _BARE_MEASURE_AFTER.match(text, f.end)
        )
    ]
    qualified = {
        (f.measure, f.group, f.value, f.value_high, f.source)
        for f in kept
        if f.kind == "number" and f.qualifier not in ("exact", "most_of")
    }
    kept = [
        f
        for f in kept
        if not (
            f.kind == "number"
            and f.qualifier == "exact"
            and (f.measure, f.group, f.value, f.value_high, f.source) in qualified
        )
    ]
    seen: set[tuple] = set()
    unique: list[Figure] = []
    for fig in kept:
        key = (
            fig.measure,
            fig.group,
            fig.value,
            fig.value_high,
            fig.qualifier == "most_of",
            fig.source,
        )
        if key in seen:
            continue
        seen.add(key)
        unique.append(fig)
    index_of = {id(f): n for n, f in enumerate(figures)}
    result = []
    for fig in unique:
        if fig.qualifier == "multiples":
            mine = index_of[id(fig)]
            summary = (
                fig.source_term not in ("others", "more", "other")
                and any(
                    other.qualifier != "multiples"
                    and other.measure == fig.measure
                    and other.group == fig.group
                    and other.source == fig.source
                    and 2 * fig.value <= other.value < 10 * fig.value
                    and other.part_of != mine
                    and _same_scope(text, sentences, fig, other)
                    for other in unique
                )
            ) or (
                # "both sides said the fighting had left dozens dead", then each side's
                # count: a vague lead nobody is credited with sums up the counts that follow
                fig.source == publisher
                and fig.sentence <= 3
                and any(
                    other.qualifier != "multiples"
                    and other.measure == fig.measure
                    and other.source != publisher
                    and fig.value <= other.value < 10 * fig.value
                    and fig.start < other.start
                    and fig.source_term not in ("more", "others")
                    for other in unique
                )
            )
            # a headline is loose about who counted: "rights groups say dozens missing"
            # over a group's "at least 60" in the body
            summary = summary or (
                fig.headline
                and any(
                    other.qualifier != "multiples"
                    and not other.headline
                    and other.measure == fig.measure
                    and fig.value <= other.value < 10 * fig.value
                    for other in unique
                )
            )
            if summary:
                continue
        result.append(fig)
    result = [f for f in result if f.kind != "superseded"]  # rule T3
    # "(Corrects the toll in the first paragraph to 34 fighters, not 43)": the correction
    # repeats a figure the body gives (R1)
    corrected = {s.paragraph for s in sentences if _CORRECTION_NOTE.match(text, s.start, s.end)}
    notes = {n for n, s in enumerate(sentences) if s.paragraph in corrected}
    if notes:
        told = {(f.measure, f.value) for f in result if f.sentence not in notes}
        result = [f for f in result if f.sentence not in notes or (f.measure, f.value) not in told]
    for fig in result:
        fig.note = "; ".join(dict.fromkeys(fig.notes))
    return result
