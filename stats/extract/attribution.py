"""Who a figure is credited to: registry aliases found in the text, and who is speaking.

Figures belong to the party the text credits ("according to X", "X said", "X put the
toll at"), never to the actor ("Police arrested 212 people, the Interior Ministry
said") and, when nobody is credited, to the outlet or the publishing organisation.
Names resolve through the registry's aliases; a bare "the ministry" means the ministry
this document last named, because the registry can give that alias to one source only.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import pandas as pd

from stats.registries import Registries, normalise_alias

#: Back-references that name the kind of body, not the body ("the ministry said").
_GENERIC_HEADS = frozenset(
    [
        "ministry",
        "agency",
        "monitor",
        "network",
        "envoy",
        "mission",
        "commission",
        "charity",
        "society",
        "centre",
        "alliance",
        "front",
        "brigade",
        "government",
        "governor",
        "tracker",
        "hospital",
        "office",
        "observatory",
        "organisation",
        "inquiry",
        "coordinator",
    ]
)
SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|reported|reports|announced|announces|added|adding|stated"
    r"|states|estimates|estimated|documented|documents|recorded|records|verified|saying"
    r"|gave(?= (?:a |an |the |lower |higher |its |their |new |different |no )?(?:figures?|tolls?"
    r"|counts?|numbers?|estimates?|tall(?:y|ies)))"
    r"|claimed(?! the lives| responsibility)|claims(?! the lives| responsibility)"
    r"|acknowledged|put|puts|confirmed|confirms|counted|noted|warned|wrote|according to"
    r"|raises|raised|revised|revises|updated|updates|lowered|lowers|registered|listed"
    r"|published|publishes)\b",
    re.IGNORECASE,
)
#: The same verbs for lower-cased text, where matching without IGNORECASE is 4x faster.
SPEECH_LOWER = re.compile(SPEECH.pattern)
_PRONOUN = re.compile(
    r"\b(?:it|he|she|they|we|the group|the organi[sz]ation|the statement)\s*$", re.I
)
_PRONOUN_ANYWHERE = re.compile(
    r"\b(?:it|he|she|they|we|the group|the organi[sz]ation)\b", re.IGNORECASE
)
#: A bare generic reference ("the ministry"), which a longer overlapping name replaces.
_GENERIC_PHRASE = re.compile(r"(?i)(?:the\s+)?(?:" + "|".join(sorted(_GENERIC_HEADS)) + r")")
#: A relative clause between commas ("X, whose fighters held the town, said").
_RELATIVE = re.compile(r",\s*(?:whose|which|who|where|when)\b[^,;]*,")
#: A title before a name after "according to": " the city's mayor, ".
_APPOSITION = re.compile(r"\s+(?:the\s+)?[\w'’ -]{2,40},\s*")
#: "according to figures from the Health Directorate", "according to data compiled by X".
_FIGURES_FROM = re.compile(
    r"(?i)\s+(?:(?:the\s+)?(?:latest\s+|official\s+|new\s+|preliminary\s+)?(?:figures|data"
    r"|a count|a tally|records|statistics|estimates|numbers|a report|a statement)\s+(?:from|by"
    r"|of|compiled by"
    r"|released by|published by|issued by)\s+(?:the\s+)?)"
)
_TRAILING_APPOSITIVE = re.compile(r",\s*(?:a|an|the)\s[^,]{2,60},\s*$")
_ARMED_NOUN = re.compile(
    r"\bthe (?:rebels|militants|insurgents|jihadists)\b|\b(?:rebel|armed|militant|insurgent"
    r"|jihadist) (?:group|movement|faction|alliance|coalition)\b",
    re.I,
)
_NAMED = re.compile(
    r"((?:[A-Z][\w'’.&-]*)(?:\s+(?:of|for|the|and|on|[A-Z][\w'’.&-]*))*\s+[A-Z][\w'’.&-]*"
    r"|[A-Z][\w'’.&-]{2,})\s*$"
)
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'/ -]{2,}(?:,[^()\n]{0,40})?\s*\((?P<outlet>[^()\n]{2,60})\)\s*[-–—]"
)


@dataclass(frozen=True)
class Mention:
    """A registry source named at ``start:end`` of the text."""

    start: int
    end: int
    text: str
    source: str


class SourceIndex:
    """The registry's sources, compiled for finding their names in running text."""

    def __init__(self, registries: Registries | None) -> None:
        self.index: dict[str, str] = registries.alias_index if registries is not None else {}
        self.kinds: dict[str, str] = {}
        names: list[str] = []
        states: Counter[str] = Counter()
        if registries is not None and not registries.sources.empty:
            frame = registries.sources
            for sid, name, aliases, kind in zip(
                frame["id"], frame["name"], frame["aliases"], frame["kind"], strict=True
            ):
                self.kinds[str(sid)] = str(kind)
                names.append(str(name))
                own = [str(name)]
                if pd.notna(aliases):
                    own.extend(a for a in str(aliases).split("|") if a.strip())
                names.extend(own[1:])
                if str(kind) == "government":
                    states.update(_state_stems(own))
        self.host = _host_stem(states)
        caps = sorted({n for n in names if n.isupper() and len(n) <= 6}, key=len, reverse=True)
        other = sorted({n for n in names if n not in caps}, key=len, reverse=True)
        self._caps = _alternation(caps, flags="")
        self._other = _alternation(other, flags="(?i)")

    def mentions(self, text: str) -> list[Mention]:
        """Every source named in ``text``, left to right, longest name first."""
        found: list[tuple[int, int]] = []
        for pattern in (self._other, self._caps):
            if pattern is None:
                continue
            for m in pattern.finditer(text):
                found.append((m.start(), m.end()))
                # a longer name may start inside this one ("The UN Office for the
                # Coordination of ..." after the alias "the UN office")
                for inner in re.finditer(r"\s\S", m[0]):
                    longer = pattern.match(text, m.start() + inner.start() + 1)
                    if longer and longer.end() > m.end():
                        found.append((longer.start(), longer.end()))
                article = re.match(r"(?i)the\s+", m[0])
                if article and _GENERIC_PHRASE.fullmatch(m[0]):
                    # "The Ministry of Defence": the longer name behind the article
                    longer = pattern.match(text, m.start() + article.end())
                    if longer and longer.end() > m.end():
                        found.append((longer.start(), longer.end()))
        # overlapping names: the longest wins ("The UN Office for the Coordination of
        # Humanitarian Affairs" is OCHA, not "the UN office" followed by more words)
        kept: list[tuple[int, int]] = []
        for start, end in sorted(set(found), key=lambda se: (se[0] - se[1], se[0])):
            if all(end <= a or start >= b for a, b in kept):
                kept.append((start, end))
        found = sorted(kept)
        mentions: list[Mention] = []
        last_end = -1
        for start, end in found:
            if start < last_end:
                # "The Ministry of Defence": a longer name beats a generic "The Ministry"
                if end > last_end and mentions and _GENERIC_PHRASE.fullmatch(mentions[-1].text):
                    sid = self._resolve(text[start:end], mentions[:-1])
                    if sid:
                        mentions[-1] = Mention(start, end, text[start:end], sid)
                        last_end = end
                continue
            name = text[start:end]
            sid = self._resolve(name, mentions)
            if sid:
                mentions.append(Mention(start, end, name, sid))
                last_end = end
        return mentions

    def _resolve(self, name: str, earlier: list[Mention]) -> str | None:
        key = normalise_alias(name)
        if key in _GENERIC_HEADS:
            for mention in reversed(earlier):
                words = normalise_alias(mention.text)
                if key in words.split() and words != key:
                    return mention.source
        return self.index.get(key)

    def resolve_phrase(self, phrase: str) -> str | None:
        """The source id a phrase names, if it is an alias."""
        return self.index.get(normalise_alias(phrase))

    def latest_of_kind(self, mentions: list[Mention], before: int, kind: str) -> str | None:
        """The last source of ``kind`` named before offset ``before``, else the first
        named after it ("the main rebel group said ..." before the group's name)."""
        for mention in reversed(mentions):
            if mention.end <= before and self.kinds.get(mention.source) == kind:
                return mention.source
        for mention in mentions:
            if mention.start >= before and self.kinds.get(mention.source) == kind:
                return mention.source
        return None


#: Capitalised words of government names that are no state's name.
_NOT_STATE = re.compile(
    r"ministry|defen[cs]e|interior|health|government|republic|general|staff|federal|national"
    r"|state|service|governor|province|regional|district|president|minister|office|police|army"
    r"|armed|forces|prosecutor|commission|committee|emergency|emergencies|hospital|directorate"
    r"|agency|council|colonel|major"
)


def _state_stems(names: list[str]) -> set[str]:
    """The five-letter stems of the place words in one government source's names
    ("Sarkhanian Ministry of Defence", "Sarkhania's Defence Ministry" → {"sarkh"})."""
    words = {w.strip("'’s").lower() for n in names for w in re.findall(r"[A-Z][a-z]+(?:['’]s)?", n)}
    return {w[:5] for w in words if len(w) >= 5 and not _NOT_STATE.fullmatch(w)}


def _host_stem(states: Counter[str]) -> str:
    """The state most of the registry's government sources belong to: the document's host,
    whose own nationality is not a foreign force's ("Sarkhanian soldiers" in Sarkhania)."""
    ranked = states.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return ""
    return ranked[0][0]


def _alternation(names: list[str], flags: str) -> re.Pattern[str] | None:
    if not names:
        return None
    parts = []
    for name in names:
        pieces = []
        for ch in name.strip():
            if ch in "'’":
                pieces.append("['’]")
            elif ch.isspace():
                pieces.append(r"\s+")
            else:
                pieces.append(re.escape(ch))
        parts.append("".join(pieces).replace(r"\s+\s+", r"\s+"))
    return re.compile(flags + r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])")


@dataclass(frozen=True)
class Speaker:
    """A speech verb in a sentence and whom it credits.

    ``source`` is a source id, a phrase as written, ``PRONOUN`` (the last speaker) or
    ``GENERIC`` (unnamed partners, residents: no credit of its own).
    """

    at: int
    source: str
    subjects: tuple[str, ...] = ()


PRONOUN = "\x00pronoun"
GENERIC = "\x00generic"


def speakers(
    text: str,
    start: int,
    end: int,
    mentions: list[Mention],
    index: SourceIndex,
    inside: list[Mention] | None = None,
    verbs: list[re.Match[str]] | None = None,
) -> list[Speaker]:
    """The speech verbs of the sentence ``text[start:end]`` and their subjects.
    ``inside`` (the mentions within the sentence) and ``verbs`` (its :data:`SPEECH`
    matches, found once for a whole document) save scans when the caller has them."""
    found: list[Speaker] = []
    if inside is None:
        inside = [m for m in mentions if m.start >= start and m.end <= end]
    if verbs is None:
        verbs = list(SPEECH.finditer(text, start, end))
    for m in inside:  # "VMCR: at least 32 killed"
        if text.startswith(":", m.end) and m.start - start < 20:
            found.append(Speaker(m.end, m.source))
    for verb in verbs:
        word = verb[0].lower()
        if word == "according to":
            after = [m for m in inside if 0 <= m.start - verb.end() <= 12]
            if not after:  # "according to the city's mayor, Edvin Sarrow"
                after = [
                    m
                    for m in inside
                    if 0 <= m.start - verb.end() <= 60
                    and (
                        _APPOSITION.fullmatch(text, verb.end(), m.start)
                        or _FIGURES_FROM.fullmatch(text, verb.end(), m.start)
                    )
                ]
            if after:
                found.append(Speaker(verb.start(), after[0].source))
                continue
            phrase = re.split(r"[,.;:]", text[verb.end() : end], maxsplit=1)[0].strip()
            found.append(Speaker(verb.start(), _unresolved(phrase)))
            continue
        before = [m for m in inside if m.end <= verb.start() and verb.start() - m.end <= 110]
        # "The front, whose fighters held the hospital, said": not the hospital
        if before and text.find(", wh", before[0].start, verb.start()) >= 0:
            clauses = [(c.start(), c.end()) for c in _RELATIVE.finditer(text, start, verb.start())]
            before = [m for m in before if not any(a <= m.start < b for a, b in clauses)]
        gap = text[before[-1].end : verb.start()] if before else ""
        head = text[start : verb.start()]
        if before and not _PRONOUN_ANYWHERE.search(gap) and not _ARMED_NOUN.search(gap):
            subject = before[-1]
            # "X and Y have put ... respectively": the coordinated subjects, in order
            subjects = tuple(dict.fromkeys(m.source for m in before if m.start >= start))
            found.append(Speaker(verb.start(), subject.source, subjects))
            continue
        if _PRONOUN.search(head.rstrip(" ,")) or (before and _PRONOUN_ANYWHERE.search(gap)):
            found.append(Speaker(verb.start(), PRONOUN))
            continue
        if _ARMED_NOUN.search(head):
            armed = index.latest_of_kind(mentions, verb.start(), "armed_group")
            if armed:
                found.append(Speaker(verb.start(), armed))
                continue
        after = [m for m in inside if 0 <= m.start - verb.end() <= 25]
        if after:  # ", said Dr Hanna Oyelaran"
            found.append(Speaker(verb.start(), after[0].source))
            continue
        if word in {"said", "says", "say", "told", "added", "reported", "announced", "claimed"}:
            # "The Syrian Observatory for Human Rights, a Britain-based war monitor, said"
            head = _TRAILING_APPOSITIVE.sub("", head)
            named = _NAMED.search(head.rstrip(" ,"))
            phrase = named.group(1).strip() if named else ""
            if named and re.search(r"(?i)\b(?:in|at|from|near|of)\s*$", head[: named.start(1)]):
                phrase = ""  # "Informants in Lusane reported": a place, not who reported
            role = None if phrase else _ROLE_OF.search(head.rstrip(" ,"))
            by_role = _named_body(mentions, role["body"], verb.start()) if role else None
            if phrase and phrase.lower() in _BODIES:
                # "Hospital says the toll has risen": the hospital the text names, else nobody
                found.append(
                    Speaker(
                        verb.start(), _named_body(mentions, phrase.lower(), verb.start()) or GENERIC
                    )
                )
            elif phrase:
                found.append(Speaker(verb.start(), _state(phrase, index) or _unresolved(phrase)))
            elif by_role:
                # "the director of the city's main hospital said": the hospital the text names
                found.append(Speaker(verb.start(), by_role))
            else:
                found.append(Speaker(verb.start(), GENERIC))
    found.sort(key=lambda s: s.at)
    return found


_GENERIC_WORDS = frozenset(
    [
        "residents",
        "witnesses",
        "officials",
        "rescuers",
        "medics",
        "lawyers",
        "doctors",
        "activists",
        "sources",
        "partners",
        "authorities",
        "relatives",
        "survivors",
        "families",
        "people",
        "sources",
        "analysts",
        "diplomats",
        "observers",
        "correspondent",
        "reporters",
    ]
)


#: A name: capitalised words, with lower-case joining words between them.
_NAME_LIKE = re.compile(
    r"[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|the|and|on|de|du|al|el|in)\s+)*[A-Z][\w'’.&-]*)*"
)
_COMMON_CAPITALISED = frozenset(
    [
        "several",
        "many",
        "some",
        "most",
        "both",
        "all",
        "others",
        "families",
        "civilians",
        "children",
        "women",
        "people",
        "soldiers",
        "rebels",
        "officials",
        "police",
        "residents",
        "witnesses",
        "doctors",
        "medics",
        "sources",
        "reports",
        "figures",
        "data",
    ]
)


#: "the director of the city's main hospital": a role in a body the text names elsewhere.
_ROLE_OF = re.compile(
    r"(?i)\b(?:director|head|chief|spokes(?:man|woman|person)|official|doctor|manager|officer)"
    r" (?:of|at) (?:the |a )?(?:[\w'’-]+ ){0,3}?(?P<body>hospital|ministry|monitor|mission"
    r"|agency|army|navy|police|coast guard|directorate|observatory|service|committee"
    r"|commission|society|clinic)\s*$"
)


_BODIES = frozenset(
    ["hospital", "ministry", "monitor", "mission", "agency", "army", "navy", "police", "clinic"]
)


def _named_body(mentions: list[Mention], body: str, at: int) -> str | None:
    """The named source nearest to ``at`` whose name holds ``body`` ("Harbour Hospital")."""
    near = [m for m in mentions if body in m.text.lower() and abs(m.start - at) < 1500]
    return min(near, key=lambda m: abs(m.start - at)).source if near else None


def _state(phrase: str, index: SourceIndex) -> str | None:
    """ "Ruunmark says it is hosting ...": a country speaks through its government, when
    the registry knows that government by the country's name."""
    if not re.fullmatch(r"[A-Z][\w-]+", phrase):
        return None
    for form in (f"{phrase}'s government", f"{phrase} government", f"government of {phrase}"):
        found = index.resolve_phrase(form)
        if found:
            return found
    return None


def _unresolved(phrase: str) -> str:
    """A name the registry does not know, as written; unnamed bodies count as none."""
    words = re.sub(r"^(?:the|our|local|a|an)\s+", "", phrase.strip(), flags=re.I)
    if not words or not any(w[:1].isupper() for w in words.split()):
        return GENERIC
    if words.split()[-1].lower() in _GENERIC_WORDS or (
        len(words.split()) == 1 and words in {"It", "He", "She", "They", "We"}
    ):
        return GENERIC
    if len(words) > 60 or not _NAME_LIKE.fullmatch(words):
        return GENERIC  # "figures verified by the United Nations", "25 November 2026"
    if len(words.split()) == 1 and words.lower() in _COMMON_CAPITALISED:
        return GENERIC  # "Civilians reported killed: 8-11"
    return words


def dateline_outlet(text: str, start: int, end: int, index: SourceIndex) -> str | None:
    """The outlet in a wire dateline ("DORNA, Varena (Meridian Press) - ..."), if any."""
    match = _DATELINE.match(text[start:end])
    if not match:
        return None
    outlet = match["outlet"].strip()
    if re.search(r"\d", outlet):
        return None  # "GENEVA (25 November 2026) -": a date, not an outlet
    return index.resolve_phrase(outlet) or outlet
