"""Numbers in running text: every written form, the traps, the round trips, and the
table helpers agreeing with ``find_numbers`` text by text."""

from __future__ import annotations

from itertools import pairwise

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stats.intervals import DEFAULT_MULTIPLE_BASES
from stats.numbers import (
    NumberMention,
    find_numbers,
    number_to_words,
    text_mentions_value,
    values_in_texts,
    written_forms,
)


def read(text: str) -> list[tuple[str, int, str]]:
    """(text, value, kind) of each mention, the shape most expectations are written in."""
    return [(m.text, m.value, m.kind) for m in find_numbers(text)]


def values(text: str) -> list[int]:
    return [m.value for m in find_numbers(text)]


def sentence(form: str) -> str:
    return f"Officials said {form} people were killed."


# --- digits -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "value"),
    [
        ("450", 450),
        ("1,200", 1200),
        ("300,000", 300000),
        ("1,200,000", 1200000),
        ("300 000", 300000),
        ("300\u00a0000", 300000),
        ("300\u202f000", 300000),
        ("1 234 567", 1234567),
        ("0", 0),
        ("007", 7),
    ],
)
def test_digits(form: str, value: int) -> None:
    assert read(sentence(form)) == [(form, value, "digits")]


def test_a_space_joins_groups_only_after_one_to_three_digits() -> None:
    assert values("in 2016 300 people died") == [2016, 300]
    assert values("in 2016 300 000 people died") == [2016, 300000]
    assert values("12 300 people") == [12300]  # the rule, documented: read as one number
    assert values("300 0001") == [300, 1]  # a group after a space has exactly 3 digits


def test_separators_do_not_mix_and_groups_are_three_digits() -> None:
    assert values("1,2345") == [1]  # not 1,234 and 5: the group after "," has 4 digits
    assert values("between 10, 20 and 30") == [10, 20, 30]
    assert values("1,20 wounded") == [1]  # a number never starts right after "1,"
    assert values("1,2 million") == [1]  # not 2 million: a European decimal comma


def test_plain_decimals_are_not_counts() -> None:
    assert values("a 2.5 rise") == []
    assert values("1.200 dead (European style)") == []
    assert values("12.0") == []
    assert values("1.2.3") == []


def test_a_sentence_end_is_not_a_decimal_point() -> None:
    assert read("killed 1,200. Later 5.") == [("1,200", 1200, "digits"), ("5", 5, "digits")]


def test_ranges_and_hyphens() -> None:
    assert read("50-60 people") == [("50", 50, "digits"), ("60", 60, "digits")]
    assert read("a 10-hour pause") == [("10", 10, "digits")]  # context is the extractor's job


@pytest.mark.parametrize("text", ["the 3rd day", "21st", "the 1990s", "an A320", "H1N1", "x2"])
def test_digits_glued_to_letters_are_not_numbers(text: str) -> None:
    assert find_numbers(text) == []


# --- scaled -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "value"),
    [
        ("1.2 million", 1200000),
        ("1.25 million", 1250000),
        ("370 thousand", 370000),
        ("300 Thousand", 300000),
        ("1 MILLION", 1000000),
        ("2.5 billion", 2500000000),
        ("1.5bn", 1500000000),
        ("1.5 bn", 1500000000),
        ("3 trillion", 3 * 10**12),
        ("2 dozen", 24),
        ("1,200 million", 1200000000),
        ("300 000 thousand", 300000000),
    ],
)
def test_scaled(form: str, value: int) -> None:
    assert read(sentence(form)) == [(form, value, "scaled")]


@pytest.mark.parametrize(
    "text",
    ["a 200m stretch", "10m from the road", "the 100m race", "2.5mn", "1.2345 thousand"],
)
def test_unsafe_abbreviations_and_fractional_results_give_nothing(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("2.5m people", 2500000), ("1.25m Syrians", 1250000), ("some 4mn refugees", 4000000)],
)
def test_m_before_a_word_that_is_no_unit_is_millions(text: str, value: int) -> None:
    assert [m.value for m in find_numbers(text)] == [value]
    assert values_in_texts(pd.Series([text]))["value"].tolist() == [value]


def test_a_spaced_abbreviation_other_than_bn_leaves_the_digits() -> None:
    assert read("a 10 mn pause") == [("10", 10, "digits")]


def test_plural_scale_after_digits_is_two_mentions() -> None:
    assert read("300 thousands") == [("300", 300, "digits"), ("thousands", 1000, "multiple")]


# --- words --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "value"),
    [
        ("one", 1),
        ("zero", 0),
        ("twelve", 12),
        ("twenty-nine", 29),
        ("Twenty-nine", 29),
        ("twenty nine", 29),
        ("TWENTY NINE", 29),
        ("Thirty-one", 31),
        ("forty", 40),
        ("three hundred", 300),
        ("one hundred and five", 105),
        ("one hundred five", 105),
        ("fifteen hundred", 1500),
        ("twenty-five hundred", 2500),
        ("two thousand five hundred", 2500),
        ("two thousand and five", 2005),
        ("three hundred thousand", 300000),
        ("three-hundred-thousand", 300000),
        ("one hundred and twenty thousand", 120000),
        ("one million two hundred thousand three hundred forty-five", 1200345),
        ("a dozen", 12),
        ("dozen", 12),
        ("half a dozen", 6),
        ("two dozen", 24),
        ("a hundred", 100),
        ("A hundred and fifty", 150),
        ("a thousand", 1000),
        ("a hundred thousand", 100000),
        ("a million", 1000000),
        ("half a million", 500000),
        ("one trillion", 10**12),
    ],
)
def test_words(form: str, value: int) -> None:
    assert read(sentence(form)) == [(form, value, "words")]


def test_longest_match_wins() -> None:
    assert values("three hundred thousand") == [300000]
    assert len(find_numbers("one million two hundred thousand three hundred forty-five")) == 1


def test_separate_word_numbers_stay_separate() -> None:
    assert values("one, two, three") == [1, 2, 3]
    assert values("five five") == [5, 5]
    assert values("between fifty and sixty") == [50, 60]
    assert values("between one hundred and two hundred") == [100, 200]
    assert values("between one thousand and two thousand") == [1000, 2000]
    assert values("two thousand and five hundred") == [2000, 500]
    assert values("one thousand two thousand") == [1000, 2000]
    assert values("twenty-thirty") == [20, 30]
    assert values("one big hundred") == [1]


@pytest.mark.parametrize(
    "text",
    [
        "no one was hurt",
        "No one was hurt",
        "no-one was hurt",
        "someone was hurt",
        "anyone",
        "everyone",
        "every one of them",
        "each one",
        "they blamed one another",
    ],
)
def test_one_as_a_pronoun_is_not_a_number(text: str) -> None:
    assert find_numbers(text) == []


def test_one_as_a_number() -> None:
    assert read("one civilian died") == [("one", 1, "words")]
    assert read("one of the victims") == [("one", 1, "words")]
    assert read("at least one") == [("one", 1, "words")]


@pytest.mark.parametrize(
    "text", ["a man was killed", "a", "A few were hurt", "the hundred", "a thousandth"]
)
def test_a_is_not_a_number(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "the first day",
        "the third week",
        "the twenty-first century",
        "the twenty first century",
        "two-thirds of the dead",
        "two thirds of the dead",
        "one hundred and first",
        "one-half",
        "a hundredth",
    ],
)
def test_ordinals_and_fractions_are_not_numbers(text: str) -> None:
    assert find_numbers(text) == []


def test_words_must_stand_alone() -> None:
    assert find_numbers("often, tone, stent, twentyfive, one2, oneself") == []


# --- multiples ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "value"),
    [
        ("dozens", 12),
        ("Dozens", 12),
        ("scores", 20),
        ("hundreds", 100),
        ("thousands", 1000),
        ("tens of thousands", 10000),
        ("hundreds of thousands", 100000),
        ("tens of millions", 10**7),
        ("millions", 10**6),
        ("billions", 10**9),
        ("several dozen", 12),
        ("a few dozen", 12),
        ("several hundred", 100),
        ("a few hundred", 100),
        ("several thousand", 1000),
        ("several hundred thousand", 100000),
    ],
)
def test_multiples(form: str, value: int) -> None:
    assert read(sentence(form)) == [(form, value, "multiple")]


def test_dozens_of_covers_the_multiple_only() -> None:
    text = "dozens of people"
    assert find_numbers(text) == [NumberMention(0, 6, 12, "multiple", "dozens")]


def test_every_multiple_word_of_the_interval_rules_is_found_with_its_base() -> None:
    for word, base in DEFAULT_MULTIPLE_BASES.items():
        assert read(f"{word} of people were displaced") == [(word, base, "multiple")]


# --- offsets and order --------------------------------------------------------------------


def test_offsets_cover_exactly_the_number_phrase() -> None:
    text = (
        "More than 450 people, Thirty-one children, 1.2 million displaced, tens of thousands "
        "fled, one hundred and five injured, 300\u00a0000 missing, half a dozen, 50-60."
    )
    mentions = find_numbers(text)
    assert [m.value for m in mentions] == [450, 31, 1200000, 10000, 105, 300000, 6, 50, 60]
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
    starts = [m.start for m in mentions]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in pairwise(mentions))


def test_mentions_are_frozen() -> None:
    mention = find_numbers("450")[0]
    with pytest.raises(AttributeError):
        mention.value = 1  # type: ignore[misc]


def pieces(*extra: str) -> st.SearchStrategy[str]:
    """Texts made of number-ish pieces, where the traps are dense."""
    alphabet = [*"0123456789", " ", ",", ".", "-", "a", "\u00a0", *extra]
    return st.lists(st.sampled_from(alphabet), max_size=30).map("".join)


@given(pieces(" one ", "no", "bn", " thousand", "dozen", "first"))
@settings(max_examples=200, deadline=None)
def test_any_text_gives_ordered_disjoint_mentions_with_true_offsets(text: str) -> None:
    mentions = find_numbers(text)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.value >= 0
    assert all(a.end <= b.start for a, b in pairwise(mentions))


# --- number_to_words ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (0, "zero"),
        (7, "seven"),
        (13, "thirteen"),
        (29, "twenty-nine"),
        (40, "forty"),
        (100, "one hundred"),
        (105, "one hundred five"),
        (2500, "two thousand five hundred"),
        (300000, "three hundred thousand"),
        (1200345, "one million two hundred thousand three hundred forty-five"),
        (10**12, "one trillion"),
    ],
)
def test_number_to_words(value: int, words: str) -> None:
    assert number_to_words(value) == words


def test_number_to_words_refuses_what_has_no_word_form() -> None:
    with pytest.raises(ValueError, match="negative"):
        number_to_words(-1)
    with pytest.raises(ValueError, match="no word form"):
        number_to_words(10**15)
    assert number_to_words(10**15 - 1).startswith("nine hundred ninety-nine trillion")


@given(st.integers(min_value=0, max_value=10**15 - 1))
@settings(max_examples=300, deadline=None)
def test_number_to_words_round_trips(n: int) -> None:
    words = number_to_words(n)
    for form in (words, words.upper(), words.title(), words.replace("-", " ")):
        assert read(form) == [(form, n, "words")]


# --- written_forms ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "forms"),
    [
        (0, ["0", "zero"]),
        (12, ["12", "twelve", "a dozen"]),
        (29, ["29", "twenty-nine", "twenty nine"]),
        (105, ["105", "one hundred five", "one hundred and five"]),
        (
            300000,
            ["300000", "300,000", "300 000", "three hundred thousand", "300 thousand"],
        ),
        (
            1200000,
            [
                *("1200000", "1,200,000", "1 200 000"),
                *("one million two hundred thousand", "1.2 million"),
            ],
        ),
        (
            1000000,
            ["1000000", "1,000,000", "1 000 000", "one million", "a million", "1 million"],
        ),
        (
            500000,
            [
                *("500000", "500,000", "500 000", "five hundred thousand"),
                *("half a million", "500 thousand"),
            ],
        ),
        (
            2500000000,
            [
                *("2500000000", "2,500,000,000", "2 500 000 000"),
                *("two billion five hundred million", "2.5 billion", "2.5bn"),
            ],
        ),
    ],
)
def test_written_forms(value: int, forms: list[str]) -> None:
    assert written_forms(value) == forms


def test_written_forms_scale_only_where_natural() -> None:
    assert "1.5 thousand" not in written_forms(1500)
    assert "1200 thousand" not in written_forms(1200000)
    assert not any("million" in form for form in written_forms(1234567) if form[0].isdigit())
    assert "1.25 million" in written_forms(1250000)


def test_written_forms_beyond_words_are_digits_only() -> None:
    digits = ["1000000000000000", "1,000,000,000,000,000", "1 000 000 000 000 000"]
    assert written_forms(10**15) == digits


def test_written_forms_refuses_negatives() -> None:
    with pytest.raises(ValueError, match="negative"):
        written_forms(-5)


@given(st.integers(min_value=0, max_value=10**12))
@settings(max_examples=300, deadline=None)
def test_every_written_form_is_found_with_its_value(n: int) -> None:
    forms = written_forms(n)
    assert forms == written_forms(n)  # deterministic
    assert len(forms) == len(set(forms))
    for form in forms:
        for written in (form, form.capitalize()):
            found = find_numbers(sentence(written))
            assert [(m.text, m.value) for m in found] == [(written, n)], written


@pytest.mark.parametrize("n", [0, 1, 6, 12, 100, 1000, 100000, 500000, 10**6, 10**9, 10**12])
def test_every_written_form_of_round_values_is_found(n: int) -> None:
    for form in written_forms(n):
        assert values(sentence(form)) == [n], form


# --- tables -------------------------------------------------------------------------------


def per_text(texts: pd.Series) -> pd.DataFrame:
    """What values_in_texts must give, computed the slow, obvious way."""
    rows = [
        (label, value)
        for label, text in texts.items()
        if isinstance(text, str)
        for value in dict.fromkeys(m.value for m in find_numbers(text))
    ]
    labels, found = zip(*rows, strict=True) if rows else ((), ())
    return pd.DataFrame(
        {
            "row": pd.Index(labels, dtype=texts.index.dtype),
            "value": np.asarray(found, dtype=np.int64),
        }
    )


QUOTES = [
    "According to Monitor 12, nearly 714 people were killed, including 32 civilians.",
    "More than 300,000 people have been killed, and 300 000 displaced.",
    "Twenty-nine children and dozens of adults; no one else.",
    "About 1.2 million fled, 2.5 were lost, 12 returned.",
    "A 10-hour pause in 2016 300 people",
    "",
]


def test_values_in_texts_matches_find_numbers_with_repeats_and_gaps() -> None:
    texts = pd.Series(
        [QUOTES[i] for i in (0, 1, 0, 2, 3, 3, 4, 5, 1)] + [None],
        index=[f"r{i}" for i in range(10)],
        dtype="str",
    )
    result = values_in_texts(texts)
    pd.testing.assert_frame_equal(result, per_text(texts))
    assert result["value"].dtype == np.int64
    assert result.loc[result["row"] == "r0", "value"].tolist() == [12, 714, 32]
    assert result.loc[result["row"] == "r1", "value"].tolist() == [300000]  # distinct values
    assert result.loc[result["row"] == "r3", "value"].tolist() == [29, 12]


def test_values_in_texts_on_a_categorical_with_unused_categories() -> None:
    categories = [*QUOTES, "an unused 999"]
    texts = pd.Series(
        pd.Categorical([QUOTES[4], QUOTES[0], None, QUOTES[4]], categories=categories),
        index=[10, 11, 12, 13],
    )
    result = values_in_texts(texts)
    pd.testing.assert_frame_equal(result, per_text(texts.astype(object)))
    assert 999 not in result["value"].tolist()


def test_values_in_texts_on_nothing() -> None:
    result = values_in_texts(pd.Series([], dtype="str"))
    assert list(result.columns) == ["row", "value"]
    assert result.empty
    assert values_in_texts(pd.Series([None, ""], dtype="str")).empty


def test_values_in_texts_keeps_int64_and_drops_what_does_not_fit() -> None:
    big = str(2**63 - 1)
    texts = pd.Series([big, str(2**63), "00000000000000000000000000005", "5 bn 10**30"])
    assert values_in_texts(texts)["value"].tolist() == [2**63 - 1, 5, 5 * 10**9, 10, 30]


@given(st.lists(pieces("\x00", " one ", " thousand", "bn", "BN", "é", "x"), max_size=12))
@settings(max_examples=200, deadline=None)
def test_values_in_texts_fast_path_agrees_with_find_numbers(texts: list[str]) -> None:
    series = pd.Series(texts + texts[:3], dtype="str")
    pd.testing.assert_frame_equal(values_in_texts(series), per_text(series))


def test_text_mentions_value() -> None:
    texts = pd.Series(
        [QUOTES[1], QUOTES[1], QUOTES[2], QUOTES[2], QUOTES[3], None, QUOTES[0]],
        index=list("abcdefg"),
        dtype="str",
    )
    asked = pd.Series([300000, 400000, 12, 29, 1200000, 5, None], dtype="Int64")
    result = text_mentions_value(texts, asked)
    assert result.index.equals(texts.index)
    assert result.dtype == bool
    assert result.tolist() == [True, False, True, True, True, False, False]


def test_text_mentions_value_needs_one_value_per_text() -> None:
    with pytest.raises(ValueError, match="2 texts but 1 values"):
        text_mentions_value(pd.Series(["1", "2"]), pd.Series([1]))


def test_text_mentions_value_with_repeated_labels() -> None:
    texts = pd.Series(["7 dead", "8 dead"], index=["x", "x"])
    result = text_mentions_value(texts, pd.Series([8, 8]))
    assert result.tolist() == [False, True]
