"""Find numbers in running text, and know every natural way a number is written.

Casualty figures arrive as "300,000", "300 000", "1.2 million", "twenty-nine", "a dozen" or
"hundreds of thousands". The provenance check (does a quote state the figure's value?) and
the extractor (which figures does a news text give?) must agree on what one number is, so
both read text through :func:`find_numbers` and nothing else.

Rules for the ambiguous cases, each pinned by a test:

- Thousands are separated by "," or by a space (also no-break or narrow no-break space),
  one kind per number. A group joins the number before it only if that number's first group
  has 1-3 digits and every later group exactly 3: "300 000" is 300000, but "in 2016 300
  people" is 2016 and 300.
- "." is a decimal point, never a separator. A decimal counts only before a scale word and
  only when the result is whole ("1.2 million" is 1200000). A plain "2.5" (or a European
  "1.200") gives no number rather than a wrong one.
- Scale words after digits: thousand, million, billion, trillion, dozen, and the abbreviation
  "bn". "m" and "mn" glued to the digits are millions only before a word that is no unit
  or preposition ("1.5m people", "2m refugees"): "a 200m stretch", "10m from the road" or
  "10 mn" are metres and minutes as often as millions.
- Digits glued to letters are not numbers ("3rd", "1990s", "A320"). A number never starts
  right after a digit and "." or ",": "1.5" gives no 5, and "1,2 million" (a European
  decimal comma) gives 1, not 2 million; so a list needs spaces ("10, 20"). "50-60" is two
  numbers; "10-hour" is 10.
- Words ignore case. "and" is read after "hundred" and before the last part below a hundred
  ("one hundred and five", "two thousand and five"), unless what follows it is itself a
  hundred or a scale ("one thousand and two thousand" is two numbers). "a" alone is not a
  number, but "a hundred", "a thousand", "a dozen" and "half a million" are.
- "one" alone is not a number in "no one", "no-one", "any one", "every one", "each one",
  "some one" or "one another" ("someone" is a word of its own).
- Ordinals and fractions are not numbers: "first", "3rd", "twenty-first", "two-thirds",
  "one hundred and first" give nothing.
- Vague multiples keep their base, as :data:`stats.intervals.DEFAULT_MULTIPLE_BASES` does:
  "dozens" 12, "scores" 20, "hundreds" 100, "tens of thousands" 10000, "several dozen" 12,
  "a few hundred" 100. The mention covers the multiple only ("dozens", not "dozens of").
- Where mentions overlap the earlier, then the longer, wins ("2 dozen" is 24, not 2 and 12).
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Container
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

from stats.coded import codes_and_uniques

MentionKind = Literal["digits", "scaled", "words", "multiple"]

_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_ONES |= {"eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15}
_TEENS |= {"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
_TENS |= {"eighty": 80, "ninety": 90}
_BELOW_TWENTY = {**_ONES, **_TEENS}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_NAMES = {v: w for w, v in {"zero": 0, **_BELOW_TWENTY, **_TENS}.items()}

#: Vague multiples and their base (the same bases as ``stats.intervals``).
_MULTIPLES = {
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 10**3,
    "millions": 10**6,
    "billions": 10**9,
}
#: "several ..." / "a few ..." followed by one of these is a multiple of it.
_SEVERAL_OF = {"dozen": 12, "hundred": 100, **_SCALES}
#: "half a ..." is half of one of these.
_HALF_OF = {"dozen": 12, **_SCALES}

_ORDINAL_ROOTS = [
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"),
    *("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth"),
    *("seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth"),
    *("fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth", "hundredth"),
    *("thousandth", "millionth", "billionth", "trillionth"),
]
#: Words after which a number is an ordinal or a fraction ("twenty-first", "two-thirds").
#: Plural "seconds" is time, not a fraction, so "ten seconds" stays 10.
_ORDINALS = frozenset(
    [
        *_ORDINAL_ROOTS,
        *(w + "s" for w in _ORDINAL_ROOTS if w not in {"first", "second"}),
        *("half", "halves", "quarter", "quarters"),
    ]
)
#: Words before "one" that make it a pronoun ("no one was hurt").
_PRONOUN_BEFORE_ONE = frozenset({"no", "any", "every", "each", "some"})

#: Words that can stand in a number alone; a text without any of them (and without "bn")
#: needs no word parsing. ``values_in_texts`` relies on this list being complete.
_NUMBER_WORDS = frozenset(
    {"zero", "hundred", "dozen", *_BELOW_TWENTY, *_TENS, *_SCALES, *_MULTIPLES}
)
_GLUE = frozenset({"a", "and", "of", "few", "several", "half", "tens", "another"})
_VOCABULARY = _NUMBER_WORDS | _ORDINALS | _PRONOUN_BEFORE_ONE | _GLUE
_STARTS = _NUMBER_WORDS | {"a", "several", "half", "tens"}

_GROUP_SPACE = " \u00a0\u202f"
#: Words after "200m" that make it metres (or minutes), not millions.
_NOT_MILLIONS = (
    r"(?:from(?! (?:their|its|his|her) homes)|away|long|high|deep|wide|tall|above|below|stretch"
    r"|radius|of|in|to|and|or|by"
    r"|race|sprint|run|hurdles|freestyle|relay|ago|later|earlier|north|south|east|west|inland"
    r"|offshore|underground|down|up|into|beyond|behind|ahead|apart|per|a|an|the|on|at)"
)
_DIGITS = re.compile(
    # ASCII digits only. The pattern opens with a digit, which lets ``re`` skip ahead fast;
    # the look-behinds then check what came before that digit: no letter or digit, and no
    # "1." or "1," (a number never starts inside another one).
    r"(?P<number>[0-9](?<!\w[0-9])(?<![0-9][.,][0-9])"
    # atomic: once read, a number is not shortened to make a match ("2.5m" gives nothing)
    r"(?>[0-9]{0,2}(?:,[0-9]{3})+(?![0-9])"
    rf"|[0-9]{{0,2}}(?:[{_GROUP_SPACE}][0-9]{{3}})+(?![0-9])"
    r"|[0-9]*))"
    r"(?>(?:\.(?P<fraction>[0-9]+))?)"
    r"(?:\s+(?P<scale>(?ai:thousand|million|billion|trillion|dozen))"
    rf"|[{_GROUP_SPACE}]?(?P<abbreviation>(?ai:bn))|(?P<mega>mn?)(?=\s+(?!{_NOT_MILLIONS}\b)[A-Za-z]|[,;]))?"
    r"(?!\w)"
)
#: The digit pattern without its groups (``findall`` then returns plain strings, not tuples),
#: or the gap between two texts joined into one string (a gap is never part of a number).
_GAP = "\x00"
_DIGITS_OR_GAP = re.compile(_GAP + "|" + re.sub(r"\(\?P<\w+>", "(?:", _DIGITS.pattern))
_DIGIT_SCALES = {**_SCALES, "dozen": 12, "bn": 10**9, "m": 10**6, "mn": 10**6}
_WORD = re.compile(r"(?<!\w)[A-Za-z]+(?!\w)")
_JOINER = re.compile(r"\s+|[-\u2010\u2011]")
#: Texts matching this may hold a number in words or "bn" (or hold the gap character); the
#: others hold digit numbers only. ``\b`` is at least as permissive as ``_WORD``'s
#: boundaries, in ``re`` and in RE2 (which pandas may use) alike.
_NEEDS_PARSER = r"(?i)\b(?:" + "|".join(sorted(_NUMBER_WORDS)) + r")\b|bn|[0-9]mn?\b|\x00"

_INT64_MAX = np.iinfo(np.int64).max
_WORDS_LIMIT = 10**15


@dataclass(frozen=True)
class NumberMention:
    """One number in a text: where (``text[start:end]``), its value and how it was written.

    ``kind`` is "digits" (1,200), "scaled" (1.2 million), "words" (twenty-nine) or
    "multiple" (dozens: ``value`` is the base, 12, not a point estimate).
    """

    start: int
    end: int
    value: int
    kind: MentionKind
    text: str


def find_numbers(text: str) -> list[NumberMention]:
    """Every number mentioned in ``text``, in order, not overlapping, longest first."""
    found = sorted([*_digit_mentions(text), *_word_mentions(text)], key=lambda m: (m.start, -m.end))
    kept: list[NumberMention] = []
    for mention in found:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


def _digit_mentions(text: str) -> list[NumberMention]:
    mentions = []
    for match in _DIGITS.finditer(text):
        digits = re.sub("[^0-9]", "", match["number"])
        fraction = match["fraction"] or ""
        scale_word = match["scale"] or match["abbreviation"] or match["mega"]
        kind: MentionKind = "digits" if scale_word is None else "scaled"
        if scale_word is None:
            if fraction:
                continue  # a plain decimal: not a count, maybe a European "1.200"
            value = int(digits)
        else:
            value, left = divmod(
                int(digits + fraction) * _DIGIT_SCALES[scale_word.lower()], 10 ** len(fraction)
            )
            if left:
                continue  # "1.2345 thousand" is no whole number
        mentions.append(NumberMention(match.start(), match.end(), value, kind, match[0]))
    return mentions


class _Words:
    """The number-related words of a text, and whether each is joined to the one before.

    Two words are joined by whitespace or a hyphen only, so "one, two" or "one big hundred"
    never make one number.
    """

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.words: list[str] = []
        for match in _WORD.finditer(text):
            word = match[0].lower()
            if word in _VOCABULARY:
                self.starts.append(match.start())
                self.ends.append(match.end())
                self.words.append(word)
        self.joined = [False] + [
            _JOINER.fullmatch(text, self.ends[i - 1], self.starts[i]) is not None
            for i in range(1, len(self.words))
        ]

    def follows(self, i: int) -> bool:
        """Word ``i`` exists and is joined to word ``i - 1``."""
        return i < len(self.words) and self.joined[i]

    def at(self, i: int, choices: Container[str]) -> bool:
        """Word ``i`` follows word ``i - 1`` and is one of ``choices``."""
        return self.follows(i) and self.words[i] in choices


_Parsed = tuple[int, int]  # (value, index of the first word after the number)


def _below_hundred(w: _Words, i: int) -> _Parsed | None:
    word = w.words[i]
    if word in _BELOW_TWENTY:
        return _BELOW_TWENTY[word], i + 1
    if word in _TENS:
        if w.at(i + 1, _ONES):
            return _TENS[word] + _ONES[w.words[i + 1]], i + 2
        return _TENS[word], i + 1
    return None


def _tail(w: _Words, j: int, stop: Container[str]) -> _Parsed | None:
    """The part below a hundred after word ``j - 1`` ("[and] five"), unless ``stop`` follows it.

    "one hundred and two hundred" is two numbers, so a tail followed by "hundred" is refused.
    """
    k = j + 1 if w.at(j, {"and"}) else j
    if not w.follows(k):
        return None
    found = _below_hundred(w, k)
    if found is None or w.at(found[1], stop):
        return None
    return found


def _below_thousand(w: _Words, i: int, top: bool) -> _Parsed | None:
    if top and w.words[i] == "a" and w.at(i + 1, {"hundred"}):
        value, j = 1, i + 1
    else:
        found = _below_hundred(w, i)
        if found is None or not w.at(found[1], {"hundred"}):
            return found
        value, j = found  # "fifteen hundred" is 1500
    value, j = value * 100, j + 1
    tail = _tail(w, j, {"hundred"})
    return (value + tail[0], tail[1]) if tail else (value, j)


def _number(w: _Words, i: int, limit: float, top: bool) -> _Parsed | None:
    """A whole number in words from word ``i``; scales must fall ("one million two thousand")."""
    if top and w.words[i] == "a" and w.at(i + 1, _SCALES):
        value, j = 1, i + 1
    else:
        found = _below_thousand(w, i, top)
        if found is None or not w.at(found[1], _SCALES):
            return found
        value, j = found
    scale = _SCALES[w.words[j]]
    if scale >= limit:
        return None  # "one thousand two thousand": the second starts a new number
    value, j = value * scale, j + 1
    if w.at(j, {"and"}):
        tail = _tail(w, j, _SCALES.keys() | {"hundred"})
        return (value + tail[0], tail[1]) if tail else (value, j)
    rest = _number(w, j, scale, top=False) if w.follows(j) else None
    return (value + rest[0], rest[1]) if rest else (value, j)


def _multiple(w: _Words, i: int) -> _Parsed | None:
    word = w.words[i]
    if word in {"tens", "hundreds"} and w.at(i + 1, {"of"}) and w.at(i + 2, _MULTIPLES):
        return (10 if word == "tens" else 100) * _MULTIPLES[w.words[i + 2]], i + 3
    if word in _MULTIPLES:
        return _MULTIPLES[word], i + 1
    if word == "several":
        j = i + 1
    elif word == "a" and w.at(i + 1, {"few"}):
        j = i + 2
    else:
        return None
    if not w.at(j, _SEVERAL_OF):
        return None
    base = _SEVERAL_OF[w.words[j]]
    if base == 100 and w.at(j + 1, _SCALES):  # "several hundred thousand"
        return 100 * _SCALES[w.words[j + 1]], j + 2
    return base, j + 1


def _in_words(w: _Words, i: int) -> _Parsed | None:
    word = w.words[i]
    if word == "zero":
        return 0, i + 1
    if word == "dozen":
        return 12, i + 1
    if word == "half":
        if w.at(i + 1, {"a"}) and w.at(i + 2, _HALF_OF):
            return _HALF_OF[w.words[i + 2]] // 2, i + 3
        return None
    if word == "a" and w.at(i + 1, {"dozen"}):
        return 12, i + 2
    found = _number(w, i, math.inf, top=True)
    if found and found[0] < 100 and w.at(found[1], {"dozen"}):  # "two dozen"
        return found[0] * 12, found[1] + 1
    return found


def _is_number(w: _Words, i: int, j: int) -> bool:
    """Words ``i:j`` read as a number are not an ordinal, a fraction or a pronoun."""
    after = j + 1 if w.at(j, {"and"}) else j
    if w.at(after, _ORDINALS):
        return False  # "twenty-first", "two-thirds", "one hundred and first"
    if j == i + 1 and w.words[i] == "one":
        if i > 0 and w.follows(i) and w.words[i - 1] in _PRONOUN_BEFORE_ONE:
            return False
        if w.at(j, {"another"}):
            return False
    return True


def _word_mentions(text: str) -> list[NumberMention]:
    w = _Words(text)
    mentions = []
    i = 0
    while i < len(w.words):
        found: _Parsed | None = None
        if w.words[i] in _STARTS:
            kind: MentionKind = "multiple"
            found = _multiple(w, i)
            if found is None:
                kind = "words"
                found = _in_words(w, i)
        if found is None:
            i += 1
            continue
        value, j = found
        if kind == "multiple" or _is_number(w, i, j):
            start, end = w.starts[i], w.ends[j - 1]
            mentions.append(NumberMention(start, end, value, kind, text[start:end]))
        i = j
    return mentions


def _whole(value: int) -> int:
    number = operator.index(value)
    if number < 0:
        raise ValueError(f"a count cannot be negative: {number}")
    return number


def _hundreds_in_words(n: int, british: bool) -> str:
    hundreds, rest = divmod(n, 100)
    if rest < 20:
        below = _NAMES[rest] if rest else ""
    else:
        tens, ones = divmod(rest, 10)
        below = _NAMES[tens * 10] + (f"-{_NAMES[ones]}" if ones else "")
    if not hundreds:
        return below
    head = f"{_NAMES[hundreds]} hundred"
    if not below:
        return head
    return f"{head} and {below}" if british else f"{head} {below}"


def _in_words_text(n: int, british: bool) -> str:
    if n == 0:
        return "zero"
    parts = []
    rest = n
    for name, scale in sorted(_SCALES.items(), key=lambda item: -item[1]):
        group, rest = divmod(rest, scale)
        if group:
            parts.append(f"{_hundreds_in_words(group, british)} {name}")
    if rest:
        last = _hundreds_in_words(rest, british)
        parts.append(f"and {last}" if british and parts and rest < 100 else last)
    return " ".join(parts)


def number_to_words(value: int) -> str:
    """``value`` in English words, American style: hyphenated tens and no "and".

    1200345 is "one million two hundred thousand three hundred forty-five". The British "one
    hundred and five" is one of :func:`written_forms`, and :func:`find_numbers` reads both.
    Words stop at trillions: larger values have no natural word form (``ValueError``).
    """
    n = _whole(value)
    if n >= _WORDS_LIMIT:
        raise ValueError(f"no word form for {n}: words go up to {_WORDS_LIMIT - 1}")
    return _in_words_text(n, british=False)


def _scaled_forms(n: int) -> list[str]:
    """ "300 thousand", "1.2 million", "1.25 billion", "1.25bn": one scale, at most 2 decimals."""
    forms = []
    for name, scale in _SCALES.items():
        if not scale <= n < 1000 * scale:
            continue
        whole, part = divmod(n, scale)
        if name == "thousand":
            if not part:
                forms.append(f"{whole} thousand")
            continue
        hundredths, left = divmod(part * 100, scale)
        if left:
            continue
        mantissa = f"{whole}.{hundredths:02d}".rstrip("0").rstrip(".")
        forms.append(f"{mantissa} {name}")
        if name == "billion":
            forms.append(f"{mantissa}bn")
    return forms


def _article_forms(n: int, words: str) -> list[str]:
    """ "a dozen", "half a dozen", "a hundred", "a hundred thousand", "half a million"."""
    forms = {12: ["a dozen"], 6: ["half a dozen"]}.get(n, [])
    first, _, rest = words.partition(" ")
    if first == "one" and rest and set(rest.split()) <= {"hundred", *_SCALES}:
        forms.append(f"a {rest}")
    for name, scale in _SCALES.items():
        if name != "thousand" and n * 2 == scale:
            forms.append(f"half a {name}")
    return forms


def written_forms(value: int) -> list[str]:
    """The natural ways ``value`` is written in English news text, without duplicates.

    Digits plain, comma- and space-grouped; words hyphenated, unhyphenated and with a British
    "and"; "a hundred", "a dozen", "half a million"; one scale with at most two decimals
    ("300 thousand" below a million, "1.2 million", "1.5bn"). Words come in lower case:
    :func:`find_numbers` ignores case, so "Thirty-one" matches "thirty-one". No-break spaces,
    "fifteen hundred" or "two dozen" are read by :func:`find_numbers` but not listed here.
    """
    n = _whole(value)
    grouped = f"{n:,}"
    forms = [str(n), grouped, grouped.replace(",", " ")]
    if n < _WORDS_LIMIT:
        words = _in_words_text(n, british=False)
        forms += [words, words.replace("-", " "), _in_words_text(n, british=True)]
        forms += _article_forms(n, words)
    forms += _scaled_forms(n)
    return list(dict.fromkeys(forms))


def _digit_values(texts: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(position in ``texts``, value) of every digit number, for texts without number words.

    The texts are joined into one string and read with one regex pass: each match is a
    number or a gap between texts, and counting gaps tells whose number it is. (This does
    what ``str.extractall`` would, some three times faster: that builds a tuple index.)
    """
    found = pd.Series(_DIGITS_OR_GAP.findall(_GAP.join(texts.tolist())), dtype="str")
    is_gap = (found == _GAP).to_numpy(dtype=bool)
    owner = np.cumsum(is_gap)[~is_gap]
    found = found[~is_gap]
    # a decimal point (or, were the caller wrong, a scale) makes it no plain count
    plain = ~found.str.contains(f"[^0-9,{_GROUP_SPACE}]", regex=True).to_numpy(dtype=bool)
    digits = found[plain].str.replace("[^0-9]", "", regex=True).str.lstrip("0")
    digits = digits.mask(digits == "", "0")
    length = digits.str.len()
    fits = ((length < 19) | ((length == 19) & (digits <= str(_INT64_MAX)))).to_numpy(dtype=bool)
    return owner[plain][fits], digits[fits].astype("int64").to_numpy()


def _values_by_distinct(texts: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(position in ``texts``, value) pairs, each pair once, in order of mention.

    Texts that may hold numbers in words go through :func:`find_numbers` one by one; the
    others (most quotes) through :func:`_digit_values` at once. Values beyond int64 are
    dropped.
    """
    needs_words = texts.str.contains(_NEEDS_PARSER, regex=True).to_numpy(dtype=bool)
    fast_at, fast_values = _digit_values(texts[~needs_words])
    fast_at = np.flatnonzero(~needs_words)[fast_at]

    slow_at: list[int] = []
    slow_values: list[int] = []
    for at, text in zip(np.flatnonzero(needs_words), texts[needs_words], strict=True):
        values = dict.fromkeys(m.value for m in find_numbers(text) if m.value <= _INT64_MAX)
        slow_at.extend([at] * len(values))
        slow_values.extend(values)

    pairs = pd.DataFrame(
        {
            "at": np.concatenate([fast_at, np.asarray(slow_at, dtype=np.int64)]),
            "value": np.concatenate([fast_values, np.asarray(slow_values, dtype=np.int64)]),
        }
    ).drop_duplicates()
    order = np.argsort(pairs["at"].to_numpy(), kind="stable")
    return pairs["at"].to_numpy()[order], pairs["value"].to_numpy()[order]


def _values_by_position(texts: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(row position, value) pairs: distinct texts read once, spread back by integer codes."""
    codes, uniques = codes_and_uniques(texts)
    codes = np.asarray(codes, dtype=np.int64)
    used = np.zeros(len(uniques), dtype=bool)
    used[codes[codes >= 0]] = True
    at = np.flatnonzero(used)
    distinct = pd.Series(uniques.take(at)).astype("str")
    pair_at, pair_values = _values_by_distinct(distinct)
    pair_at = at[pair_at]

    # a row with code -1 (missing text) points at an extra empty slot
    counts = np.append(np.bincount(pair_at, minlength=len(uniques)), 0)
    first = np.cumsum(counts) - counts
    slot = np.where(codes < 0, len(uniques), codes)
    per_row = counts[slot]
    rows = np.repeat(np.arange(len(codes)), per_row)
    within = np.arange(len(rows)) - np.repeat(np.cumsum(per_row) - per_row, per_row)
    return rows, pair_values[np.repeat(first[slot], per_row) + within]


def values_in_texts(texts: pd.Series) -> pd.DataFrame:
    """One row per (text's index label ``row``, distinct ``value`` it mentions), int64 values.

    Texts repeat a lot in a figures table, so each distinct text is read once (categorical
    codes are used as they are) and the values are spread back to rows with integer codes.
    Rows follow ``texts``; a row's values follow the order they are first mentioned.
    Missing texts mention nothing.
    """
    rows, values = _values_by_position(texts)
    return pd.DataFrame(
        {"row": texts.index.take(rows), "value": pd.Series(values, dtype="int64").to_numpy()}
    )


def text_mentions_value(texts: pd.Series, values: pd.Series) -> pd.Series:
    """Does each row's text mention that row's value, in any form? (bool, index of ``texts``)

    ``values`` line up with ``texts`` by position. A vague multiple counts for its base:
    "dozens" mentions 12. A missing value or text is never mentioned.
    """
    if len(values) != len(texts):
        raise ValueError(f"{len(texts)} texts but {len(values)} values")
    rows, found = _values_by_position(texts)
    wanted = pd.Series(values).astype("Int64")
    present = wanted.notna().to_numpy(dtype=bool)
    asked = pd.DataFrame(
        {
            "row": np.flatnonzero(present),
            "value": wanted.to_numpy(dtype=np.int64, na_value=0)[present],
        }
    )
    hits = asked.merge(pd.DataFrame({"row": rows, "value": found}), on=["row", "value"])
    mentioned = np.zeros(len(texts), dtype=bool)
    mentioned[hits["row"].to_numpy()] = True
    return pd.Series(mentioned, index=texts.index)
