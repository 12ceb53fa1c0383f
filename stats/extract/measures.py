"""Which of the five measures a sentence's words name, and where.

A number takes the measure of the nearest measure word in its clause ("32 people were
killed and more than 70 wounded"), so this module only finds the words and their
places; choosing is the engine's job. "Casualties" (killed and injured together) is a
sixth kind, ``combined``, which blocks a figure rather than giving one (rule M1).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_MEASURE_WORDS: dict[str, str] = {
    "killed": r"kill(?:ed|s|ing)?|dead|deaths?|died|dies|dying|lost (?:their|his|her|its) lives"
    r"|drowned|(?:claimed|claiming|claims|cost|costing|took|taking) the lives"
    r"|death tolls?|tolls?|fatalit(?:y|ies)|fatal|fatally|slain|shot dead|execut(?:ed|ions?)"
    r"|eliminated|elimination(?= of)|(?:fell|fallen|rose|risen|ascended) as martyrs|martyred"
    r"|martyrdom|losing|liquidated|loss(?= of)"
    r"|(?:ascended|rose|risen) to the ranks of (?:the )?martyrs"
    r"|murdered|massacred|slaughter(?:ed|ing)?|perished"
    r"|succumbed(?: to (?:their|his|her) (?:wounds|injuries))?"
    r"|remains(?= of)|fallen (?:for|in (?:battle|combat|action))|fell (?:for|in (?:battle"
    r"|combat|action))"
    # "the army lost 2 soldiers", not "lost their nearest surgical care"
    r"|lost(?=\s+[\"“]?(?:\d|a |an |at |about |some |more |over |nearly |almost |up |around |no "
    r"|not |only |just |well |fewer |less |dozens"
    r"|hundreds|scores|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
    r"|thirty|forty|fifty|hundred))|killings?|bodies",
    "injured": r"wound(?:ed|ing|s)?|injur(?:ed|ies|y|ing)|hurt|maimed|maiming"
    # "treated 64 people for shrapnel wounds": the treatment names the measure
    r"|treat(?:ed|ing)(?=(?:\W+\w+){0,5}?\W+for\W+(?:\w+\W+){0,3}?(?:wounds?|injur|burns?))",
    "missing": r"missing|unaccounted for|fates? (?:remains?|is|are|was|were) unknown|no news of"
    r"|whereabouts (?:remain|remains|are|is|was|were) unknown|not (?:been )?heard from"
    r"|disappear(?:ed|ances?)|enforced disappearances?"
    r"|(?:have|has|had) not been seen since|(?:were|was) never seen again"
    r"|(?:cannot|can not|could not|unable to|failed to) (?:trace|locate|find)",
    "displaced": r"displaced|displacement|fled|flee(?:ing|s)?|from (?:their|its|his|her) homes"
    r"|left (?:their|its|his|her) homes?|(?:live|living|lives|sheltering) in (?:\w+ ){0,3}?camps"
    r"|sought refuge|seeking refuge"
    r"|idps?"
    r"|forced from (?:their|its|his|her) homes|lost (?:their|its|his|her) homes?"
    r"|homeless|refugees|new arrivals|arrivals|shelter(?:ed|ing)"
    # "the camp shelters about 9,000 people", not "opened 12 shelters"
    r"|shelters(?=\s+(?:about|some|around|roughly|more|over|nearly|almost|up|at|close|\d))"
    r"|crossed (?:the border|(?:(?:over|from [\w-]+)(?: [\w-]+)? )?into)"
    r"|uprooted|driven from (?:their|its) homes|(?:come|came|coming|comes) ashore"
    r"|slipped (?:out|across|away)|into (?:\w+ )?(?:shelters|camps|evacuation cent(?:re|er)s)"
    # "3,412 people arrived at the crossing point", "300 people crossed overnight"
    r"|arrived(?= (?:at|in|through|via) (?:the )?(?:[\w-]+ ){0,3}?(?:crossing|border|camps?|transit"
    r"|reception)| (?:over|in|during) the (?:past|last))"
    r"|crossed(?= (?:overnight|daily|each day|every day|through|via|here|there))"
    r"|sleeping (?:in (?:the open|cars|tents|the streets|parks)|rough|outdoors)"
    r"|sleeping in (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:compounds?|schools?|church(?:es)?|mosques?"
    r"|halls?|shelters?|buildings?|camps?|stadiums?)"
    # a host country: "has taken in about 380,000 Talvessans"
    r"|(?:taken|took|takes|taking|take) in(?=\s+(?:about|some|around|roughly|more|over|nearly"
    r"|almost|up|at|close|an|\d))",
    "detained": r"detain(?:ed|s|ing)?|detention(?= of)|(?<=in )detention|arrest(?:ed|s)?"
    # "deaths in custody of 63 detainees" are deaths: custody is only where they died
    r"|(?<!died in )(?<!deaths in )(?<!death in )(?<!dead in )custody"
    r"|(?:remain|remains|remained|still) in custody"
    # "as many as 246 pupils may have been taken": abducted, not "taken to hospital"
    r"|(?<=been )taken\b(?! (?:to|into|in|for|as|by)\b)"
    r"|(?<!-)held|(?:holding|holds?)(?=(?:\W+[\w,.-]+){1,8}?\W+(?:prisoners?|prisons?|captives?"
    r"|captivity|jails?"
    r"|detainees|hostages|custody|detention|charges)\b)"
    r"|captur(?:ed|ing)|capture(?= of)|abduct(?:ed|ions?)|kidnap(?:ped|pings?)|taken prisoners?"
    # "were seized by fighters", "seized 12 fishermen", not "seized the armoury"
    r"|(?<=been )seized|(?<=were )seized|(?<=was )seized"
    r"|seized(?= (?:at least |about |some |more than |over )?(?:\d|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|dozens|hundreds))"
    r"|in (?:[\w-]+ ){0,2}hands\b|in the hands of|in captivity|(?:taken|took|taking) away"
    r"|(?:still|now|acknowledged|admitted|confirmed) holding|(?:continues?|continued) to hold"
    r"|still holds?|(?<=it )holds?|(?<=they )hold|(?<=of )holding"
    r"|imprisoned|jailed|rounded up"
    r"|tak(?:en|e|es|ing)|took",
    "combined": r"casualt(?:y|ies)|(?:killed|dead) (?:or|and) (?:injured|wounded|maimed)"
    r"|killings? (?:or|and) maiming|deaths and disappearances|dead (?:and|or) missing"
    r"|(?:died|dead|killed) or (?:gone |went |are |were |been )?missing",
}
#: "taken"/"took" are a detention only when prisoners follow ("taken a dozen prisoners").
_TAKE = re.compile(r"tak(?:en|e|es|ing)|took")
_PRISONERS = re.compile(r"(?:\W+\w+){0,4}?\W+prisoners?\b")
#: "as many as 246 pupils may have been taken": abducted, not "taken to hospital".
_PASSIVE_TAKEN = re.compile(
    r"been (?:tak(?:en|e|es|ing)|took)\b"
    r"(?!\s+(?:to|into|in|for|as|by|from|out|off|away|over)\b)"
)

# one word boundary in front of the alternation, not one per alternative: half the time
_PATTERN = re.compile(
    r"\b(?:"
    + "|".join(
        rf"(?P<{name}>(?:{words})\b)"
        for name, words in sorted(_MEASURE_WORDS.items(), key=lambda kv: kv[0] != "combined")
    )
    + ")"
)
#: Verbs that make the people after them something other than casualties.
NEGATIVE = re.compile(
    r"\b(?:rescued|rescuing|rescue|evacuated|evacuating|reunited|released|releasing|freed|freeing"
    r"|surrendered|exchange|exchanged|visit|visited|sent|deployed|manned|numbers|employs?|trained"
    r"|recruited|hired|survived|survivors|relocated|relocating|transferred|resettled|evacuate"
    r"|release|moved|flown|airlifted|interviewed|interviewing|interviews|surveyed|transfer"
    r"|return|vaccinated|immuni[sz]ed"
    r"|repatriated|hand(?:ed|ing|s)? (?:over|back)|turned over|answers|responses|replies)\b"
)


@dataclass(frozen=True)
class MeasureWord:
    """A measure word at ``start:end`` of the lower-cased sentence."""

    start: int
    end: int
    measure: str


def find_measures(lower: str) -> list[MeasureWord]:
    """Every measure word of a lower-cased sentence, in order."""
    return list(_measures_of(lower))


@functools.lru_cache(maxsize=8192)
def _measures_of(lower: str) -> tuple[MeasureWord, ...]:
    # the same short phrases are asked about again and again ("the dead", a table header)
    found = []
    for match in _PATTERN.finditer(lower):
        measure = match.lastgroup or ""
        if (
            measure == "detained"
            and _TAKE.fullmatch(match[0])
            and not _PRISONERS.match(lower, match.end())
            and not _PASSIVE_TAKEN.match(lower, max(0, match.start() - 5))
        ):
            continue  # "took 12 hours", not "taken prisoner" or "may have been taken"
        found.append(MeasureWord(match.start(), match.end(), measure))
    return tuple(found)
