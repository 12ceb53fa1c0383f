"""The wording around a number, turned into the project's qualifier vocabulary.

"more than 450" is not "450": the interval rules downstream depend on reading the words
before ("at least", "an estimated") and after ("or more") the number, and on spotting
ranges ("between 50 and 60", "8-10", "120 to 130").
"""

from __future__ import annotations

import re

_PREFIXES: dict[str, str] = {
    "well over": "more_than",
    "just over": "more_than",
    "more than": "more_than",
    "over": "more_than",
    "above": "more_than",
    "in excess of": "more_than",
    "passed": "more_than",
    "past": "more_than",
    "topped": "more_than",
    "exceeded": "more_than",
    "exceeds": "more_than",
    "exceed": "more_than",
    "exceeding": "more_than",
    "surpassed": "more_than",
    "surpasses": "more_than",
    "passes": "more_than",
    "tops": "more_than",
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
    "a minimum of": "at_least",
    "fewer than": "fewer_than",
    "less than": "fewer_than",
    "just under": "fewer_than",
    "under": "fewer_than",
    "up to": "up_to",
    "as many as": "up_to",
    "at most": "up_to",
    "a maximum of": "up_to",
    "no more than": "up_to",
    "not more than": "up_to",
    "about": "about",
    "around": "about",
    "some": "about",
    "roughly": "about",
    "approximately": "about",
    "approx.": "about",
    "approx": "about",
    "an estimated": "about",
    "estimated": "about",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "only": "exact",
    "somewhere between": "range",
    "between": "range",
}
#: Words after which "over" or "about" belongs to the verb or noun before it, not the number.
_PREPOSITION_AFTER: dict[str, re.Pattern[str]] = {
    "over": re.compile(r"(?:hand|turn|pass|sign)(?:s|ed|ing|es)?|t(?:ook|ake|akes|aken|aking)"),
    "about": re.compile(
        r"answers?|information|news|details|questions?|(?:ask|talk|learn|concern|worri)(?:s|ed|ing)?"
        r"|spoke|speak|kn(?:ow|ew|own)|hear|heard|learnt|word|data|worried|told|tell"
    ),
}
#: The qualifier words just before a number (and an opening quote between them).
PREFIX = re.compile(
    r"(?i)(?<![\w-])(?P<words>"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_PREFIXES, key=len, reverse=True)
    )
    + r")\s*[\"“]?\s*$"
)
SUFFIX = re.compile(r"(?i)^[\"”]?\s+or (?P<words>more|above|over)\b")


def prefix_qualifier(before: str) -> tuple[str, int] | None:
    """(qualifier, length of its words) when ``before`` ends with qualifier words."""
    match = PREFIX.search(before[-40:])
    if not match:
        return None
    words = re.sub(r"\s+", " ", match["words"].lower())
    previous = before[-40:][: match.start()].split()[-1:]
    after_word = _PREPOSITION_AFTER.get(words)
    if previous and after_word and after_word.fullmatch(previous[0].lower().strip(",;:")):
        return None  # "handed over three soldiers", "answers about 17 of them"
    return _PREFIXES[words], len(before[-40:]) - match.start()


def suffix_qualifier(after: str) -> tuple[str, int] | None:
    """("at_least", length) when ``after`` starts with "or more"."""
    match = SUFFIX.match(after)
    return ("at_least", match.end()) if match else None


#: A fraction word phrase: "a third", "almost half", "one in three", "two-thirds".
_FRACTION_WORDS = {
    "half": (1, 2),
    "third": (1, 3),
    "thirds": (1, 3),
    "quarter": (1, 4),
    "quarters": (1, 4),
    "fifth": (1, 5),
    "fifths": (1, 5),
    "tenth": (1, 10),
    "tenths": (1, 10),
}
_COUNTS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
#: The words of a share: "a third", "two-thirds", "half", "one in five" (their own groups).
FRACTION_WORDS = (
    r"(?:(?P<count>a|one|two|three|four)[\s-](?P<part>half|thirds?|quarters?|fifths?|tenths?)"
    r"|(?P<half>half)"
    r"|(?P<top>one|two|three|four|\d+)\s+(?:in|out of)\s+(?P<bottom>two|three|four|five|six"
    r"|seven|eight|nine|ten|\d+))"
)
#: A share's own qualifier ("almost half"), before the share's words.
FRACTION_QUALIFIER = (
    r"(?:(?P<q>almost|nearly|close to|about|around|roughly|some|approximately|more than|over"
    r"|at least{extra}|just over|just under)\s+)?"
)
FRACTION = re.compile(
    r"(?i)(?<![\w-])"
    + FRACTION_QUALIFIER.format(extra="|fewer than|less than|under")
    + FRACTION_WORDS
    + r"\s+of\s+(?P<ref>them|these|those|whom|the\b|all\b"
    # "a quarter of civilian deaths": a bare noun of the dead
    r"|(?=(?:[a-z-]+\s+)?(?:deaths|dead|victims|fatalities)\b))"
)


#: The fraction after its base: "4,930 people injured, of whom about a quarter were children".
FRACTION_AFTER = re.compile(
    r"(?i)\bof (?:whom|them|these|those),?\s+"
    + FRACTION_QUALIFIER.format(extra="")
    + FRACTION_WORDS
    + r"(?=\s+(?:were|was|are|is)\b)"
)


def fraction_value(match: re.Match[str]) -> tuple[int, int] | None:
    """(numerator, denominator) of a :data:`FRACTION` match."""
    if match["half"]:
        return 1, 2
    if match["part"]:
        num, den = _FRACTION_WORDS[match["part"].lower()]
        return _COUNTS[match["count"].lower()] * num, den
    top, bottom = match["top"].lower(), match["bottom"].lower()
    n = int(top) if top.isdigit() else _COUNTS.get(top)
    d = int(bottom) if bottom.isdigit() else _COUNTS.get(bottom)
    if not n or not d or n >= d:
        return None
    return n, d


def fraction_qualifier(match: re.Match[str]) -> str:
    """The fraction's own qualifier ("almost half" is nearly); ``about`` when it has none."""
    words = (match["q"] or "").lower()
    found = _PREFIXES.get(words)
    if found in {"nearly", "about", "more_than", "at_least", "fewer_than"}:
        return found
    return "about"


def half_up(numerator: int, value: int, denominator: int) -> int:
    """round(numerator * value / denominator), halves up, in integers."""
    return (2 * numerator * value + denominator) // (2 * denominator)
