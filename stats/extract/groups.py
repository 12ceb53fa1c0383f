"""The people a number counts: the source's own words mapped to the neutral groups.

The source's words are kept (``source_term``); the group is the taxonomy's name. Some
nouns carry a measure of their own ("46 bodies" were killed, "300 000 refugees" are
displaced), which the engine uses when no verb is nearer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stats.taxonomy import Taxonomy

#: (pattern, group, measure the noun itself implies). Longer wordings first.
_NOUNS: list[tuple[str, str, str]] = [
    (r"fighters? (?:from|on|of) (?:both|all) sides|combatants?", "combatants", ""),
    # a table row "Status not determined": dead that are neither counted civilian nor fighter
    (
        r"status (?:not (?:yet )?(?:determined|known|established|verified)|unknown|undetermined"
        r"|unclear)|(?:unknown|undetermined|unclear) status",
        "unknown_status",
        "",
    ),
    (
        r"foreign (?:fighters?|mercenar(?:y|ies)|occupiers?|troops|soldiers?|forces|nationals?)"
        r"|mercenar(?:y|ies)|occupiers|occupation (?:forces|troops|soldiers)"
        # a regional or UN force is no party of the host state: "six peacekeepers"
        r"|peacekeepers?|peacekeeping (?:troops|soldiers|forces)|blue helmets",
        "foreign_forces",
        "",
    ),
    (
        r"(?:pro-government |government |security |regime |armed )forces"
        r"|members of the (?:army|navy|security forces|armed forces|police|federal forces)"
        r"|federal (?:forces|troops|soldiers|police)|sailors|seamen|marines|naval infantry"
        # "five volunteers of the Tarnholm Volunteer Battalion", "11 military medics"
        r"|volunteers? of the (?:[a-z-]+ ){0,3}?(?:battalion|brigade|regiment|defence force)"
        r"|military (?:medics|doctors|nurses|personnel|chaplains|engineers)"
        r"|airmen|paratroopers|commandos"
        r"|government troops|police ?(?:officers?|men|man)|(?:army|military) officers?"
        r"|pro-government (?:[a-z-]+ ){0,2}?(?:militias?|militiamen|guards?|forces|fighters|units?"
        r"|paramilitaries|troops)|(?:civil|national|republican|presidential|border|coast"
        r"|village) guards?(?:men)?"
        r"|(?:pro-government )?militia(?:s|men|man)?|home guard|soldiers?|troops|servicem[ae]n"
        r"|police|officers?|army|navy|naval forces|gendarmes?|conscripts?|guardsmen|personnel"
        r"|military (?:advis[eo]rs|instructors|trainers|observers|contractors)",
        "government_forces",
        "",
    ),
    (
        r"members of (?:armed|rebel|militant|jihadist|insurgent) groups|opposition fighters"
        r"|armed groups?"
        r"|rebels?|militants?|fighters?|insurgents?|jihadists?|terrorists?|attackers|gunmen"
        r"|extremists|assailants|armed men|armed elements"
        # armed gangs are non-state armed groups: "38 armed gang members"
        r"|(?:armed )?gang members?|gangsters?|members of (?:armed |criminal )?gangs|mutineers"
        # "19 members of the criminal structure", "611 members of these groups"
        r"|members of (?:the|these|this|that) (?:criminal |armed |illegal )?(?:structures?|groups"
        r"|organi[sz]ations?|gangs?|networks?)",
        "nonstate_armed",
        "",
    ),
    (r"women and (?:girls|children)|children and women|women and men", "civilians", ""),
    (
        r"children|child|pupils|schoolchildren|girls?|boys?|minors|infants|babies|kids"
        r"|under(?: the age of)? 18|under-18s?",
        "children",
        "",
    ),
    (r"women|woman", "women", ""),
    (
        r"civilians?|residents?|protesters?|demonstrators?|marchers?|patients?|passers-by|villagers?"
        r"|health(?:care| care)? workers?|medical (?:staff|workers?|personnel)|doctors?|nurses?"
        r"|paramedics?|teachers?|staff members?|staff|volunteers?|humanitarian workers?"
        r"|migrants?|asylum[ -]seekers?|pilgrims?|fishermen|fisherman|shepherds?|labou?rers?"
        r"|tourists?|shoppers?|commuters?|mourners?|worshipers?|spectators?|wedding guests"
        r"|bystanders?|worshippers?|journalists?|students?|inhabitants?|aid workers?|medics?"
        r"|farmers?",
        "civilians",
        "",
    ),
    (r"men|man", "men", ""),
    (r"bodies|deaths|fatalities|dead", "total", "killed"),
    (r"martyrs", "nonstate_armed", "killed"),
    (r"refugees|new arrivals|arrivals", "total", "displaced"),
    (r"arrests|hostages|political prisoners", "total", "detained"),
    (
        r"people|persons|person|victims|individuals|passengers|travell?ers|detainees|suspects"
        r"|inmates|opposition (?:figures|members|leaders|politicians|activists)"
        r"|members of parliament|lawmakers|mps"
        r"|citizens|family members|idps|rioters|saboteurs|looters|agitators"
        r"|cases of enforced disappearance",
        "total",
        "",
    ),
]
# one word boundary in front of the alternation, not one per alternative: half the time
_PATTERN = re.compile(
    r"\b(?:" + "|".join(rf"(?P<g{i}>(?:{p})\b)" for i, (p, _, _) in enumerate(_NOUNS)) + ")"
)
#: Words that stand for "the same people as before" ("and 60 others are missing").
INHERIT = frozenset({"others", "other", "more", "prisoners", "prisoner"})


@dataclass(frozen=True)
class GroupWord:
    """A people noun at ``start:end`` of the lower-cased sentence."""

    start: int
    end: int
    group: str
    measure: str


def find_groups(lower: str) -> list[GroupWord]:
    """Every people noun of a lower-cased sentence, in order."""
    found = []
    for match in _PATTERN.finditer(lower):
        _, group, measure = _NOUNS[int((match.lastgroup or "g0")[1:])]
        found.append(GroupWord(match.start(), match.end(), group, measure))
    return found


def common_group(taxonomy: Taxonomy, first: str, second: str) -> str:
    """The smallest group holding both: women and girls are civilians (rule G2)."""
    if first == second:
        return first
    tree = taxonomy.tree
    if first not in tree or second not in tree:
        return "total"
    line = [first, *tree.ancestors(first)]
    above = {second, *tree.ancestors(second)}
    return next((g for g in line if g in above), "total")
