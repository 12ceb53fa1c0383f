"""The words around a number that say what it counts, or that it counts no casualties.

The engine reads a number's neighbourhood through these lists and patterns: what ends a
noun phrase, which words join a toll to its number ("rose to", "put the toll at"), which
make a number a date, an age, a price, a rate, a population or a thing, and which name
foreign forces or an unknown status. Keeping them here leaves the engine with the reading
order and the rules, and lets each list be read (and extended) on its own.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    """A word list written as one string."""
    return frozenset(text.split())


TOKEN = re.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*|\d+|\S")
QUOTES = frozenset("\"“”'‘’")
#: Words that end a noun phrase after a number: what follows is not its noun.
BREAK = frozenset(
    [
        "and",
        "or",
        "but",
        "were",
        "was",
        "are",
        "is",
        "have",
        "has",
        "had",
        "been",
        "be",
        "being",
        "will",
        "would",
        "could",
        "may",
        "might",
        "in",
        "on",
        "at",
        "by",
        "from",
        "to",
        "since",
        "during",
        "after",
        "before",
        "for",
        "with",
        "who",
        "whom",
        "which",
        "that",
        "as",
        "than",
        "this",
        "these",
        "those",
        "them",
        "they",
        "their",
        "its",
        "it",
        "our",
        "also",
        "still",
        "now",
        "later",
        "so",
        "when",
        "while",
        "where",
        "whose",
        "all",
        "each",
        "per",
        "including",
        "among",
        "across",
        "inside",
        "near",
        "under",
        "over",
        "into",
        "remain",
        "remains",
        "remained",
        "reportedly",
        "allegedly",
        "went",
        "gone",
    ]
)
DETERMINERS = frozenset(["the", "its", "our", "their", "his", "her", "own", "of"])
CONNECT = frozenset(
    [
        "at",
        "to",
        "of",
        "past",
        "passed",
        "is",
        "was",
        "were",
        "are",
        "for",
        "reached",
        "reaching",
        "reaches",
        "topped",
        "climbed",
        "climbs",
        "rose",
        "rises",
        "risen",
        "jumped",
        "increased",
        "grew",
        "hit",
        "stands",
        "stood",
        "totalled",
        "totaled",
        "totals",
    ]
)
MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
MONTH_BEFORE = re.compile(rf"\b(?:{MONTHS})\.?\s*$")
MONTH_AFTER = re.compile(rf"^(?:\s*(?:and|to|-|–)\s*\d{{1,2}})?\s+(?:{MONTHS})\b")
BAD_BEFORE = re.compile(
    r"(?i)(?:\$|us\$|€|£|¥|\bno\.?|\bnos\.?|\bnumber|\bpage|\bpages|\bresolution|\barticle"
    r"|\bsection|\bchapter|\broute|\bhighway|\bflight|\bstatement|(?<!to )(?<!s )\breport|\btel\.?"
    r"|\bphone|\bhotline(?: number)?(?: is)?"
    r"|\bfax|\+|\baged(?:\s+between)?|\bages?\s+of|\bage\s+(?:of|between)|\bas young as"
    r"|\bas old as|\bup from|\bdown from|\bfigure of|\brevised from|\bfrom|\bsince"
    r"|\buntil|\bpost|\bbox|\bunit|\bplot|\bversion|\bv\.?"
    r"|\bseason|\bday|\bweek|\bplatform|\bgate|\broom|\bfloor"
    r"|\b(?:mother|father|parent|grandmother|grandfather) of"
    r"|\b(?:up|down) from the|\bkilometre|\bkilometer|\bkm|\bmile|\bexit|\bjunction)\s*$"
)
#: Quick pre-test for :data:`BAD_BEFORE`: its words or symbols occur in the tail at all.
BAD_BEFORE_HINT = re.compile(
    r"(?i)[$€£¥+]|\b(?:no|nos|number|pages?|resolution|article|section|chapter|route|highway"
    r"|flight|statement|report|tel|phone|hotline|is|fax|aged?|ages|young|old|up|down|figure|revised|from"
    r"|since|until|post|box|unit|plot|version|v|season|day|week|platform|gate|room|floor"
    r"|of|the|kilometre|kilometer|km|mile|exit|junction)\b"
)
#: Words before a four-digit number that make it a year: "in 2019", "since 2014", "of 2020".
YEAR_BEFORE = re.compile(
    r"(?i)(?:\b(?:in|since|of|by|until|till|from|during|before|after|year|early|late|mid"
    r"|spring|summer|autumn|fall|winter|through|throughout|between|the)\s+|[-–/(]\s*"
    r"|\b(?:1[89]|20)\d\d\s*(?:and|to|or|,)\s+)$"
)
MEASURE_AFTER_YEAR = re.compile(
    r"\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:killed|dead|died|wounded|injured"
    r"|displaced|missing|detained|arrested|fled)\b"
)
#: A number that points back at people already counted, or at one person.
BACK_REFERENCE = re.compile(r"(?i)\b(?:these|those|single|every|each|not|no)\s+$")
CODE_BEFORE = re.compile(r"\b[A-Z]{1,4}[- ]?$")
BAD_AFTER = re.compile(
    r"(?i)^(?:\s*(?:%|per\s?cent|percent|pc\b)|[-–]?\s?(?:year|yr|day|hour|hr|minute|min"
    r"|second|week|month|metre|meter|km|kilometre|mile|kg|ton|tonne|litre|mm|cm|ft|inch"
    r"|degree|time)s?\b|:\d|\s*(?:a\.m|p\.m"
    r"|am\b|pm\b|gmt|hrs|h\b|bn\b)|[-–][A-Za-z]|[A-Za-z])"
)
#: Auxiliaries and fillers that may stand between a number and the measure word after it
#: ("26 were wounded", "200 have been injured", "60 others are missing").
_BETWEEN_NUMBER_AND_MEASURE = frozenset(
    [
        "may",
        "might",
        "were",
        "was",
        "are",
        "is",
        "have",
        "has",
        "had",
        "been",
        "being",
        "also",
        "later",
        "still",
        "others",
        "people",
        "more",
    ]
)
#: ... for a bare number, which may also be followed by "of them", "who", ", " or "dead".
#: "are reported to be sheltering", "are believed to have been killed"
_HEDGES = frozenset(["reported", "believed", "thought", "feared", "said", "estimated", "to", "be"])
BARE_GAP_AFTER = (
    _BETWEEN_NUMBER_AND_MEASURE
    | _HEDGES
    | frozenset(
        ["of", "them", "who", "now", ",", "confirmed", "dead", "either", "already", "whose", "went"]
    )
)
#: ... for a number with its own noun: "were reportedly killed", "remain missing".
RIGHT_AFTER_GAP = (
    _BETWEEN_NUMBER_AND_MEASURE
    | _HEDGES
    | frozenset(["reportedly", "all", "remain", "remained", "remains", "already", "whose"])
    | frozenset(["went", "gone", "since", "found"])
)
OF_THE = (["of", "the"], ["of", "those"])
#: "15 of the wounded", "8,000 of the newly displaced": the people referred to are a measure.
OF_THE_MEASURE = frozenset(
    [
        "dead",
        "wounded",
        "injured",
        "killed",
        "missing",
        "displaced",
        "detained",
        "arrested",
        "disappeared",
        "abducted",
        "arrivals",
        "refugees",
        "victims",
        "bodies",
        "remains",
        "deaths",
    ]
)
BARE_GAP_BEFORE = QUOTES | frozenset(
    [
        "at",
        "least",
        "some",
        "about",
        "up",
        "to",
        "more",
        "than",
        "over",
        "nearly",
        "almost",
        "only",
        "around",
    ]
)
TIME_BEFORE = re.compile(r"\d[:.]\s*$")
TEMPORAL = frozenset({"after", "before", "following", "during", "since", "until"})
LINK = re.compile(
    r"(?i)\b(?:including|included|among them|among the (?:dead|wounded|injured|victims)"
    # "Of those arrested, 23 remain in custody": the people named by their measure
    r"|of (?:all )?(?:those|the) (?:dead|wounded|injured|killed|missing|displaced|detained"
    r"|arrested|disappeared|abducted)(?= ?,)"
    r"|of whom|of these|of them|of those|of the \d[\d,]*(?: [a-z-]+){0,4}(?= ?,))\b"
)
UNKNOWN_STATUS = re.compile(
    r"(?i)not (?:yet )?known whether|status (?:could not|cannot|can ?not) be (?:established"
    r"|determined)|status (?:is|was|remains|remained) unknown|(?:identity|identities) and "
    r"status|not (?:yet )?(?:be )?(?:identified|classified|categori[sz]ed) as (?:either )?"
    r"(?:civilians?|combatants?|fighters?)"
    # "whose status, civilian or combatant, it has not yet been able to establish"
    r"|status\b[^.;]{0,60}\bnot (?:yet )?(?:been able to |be )?(?:establish|determin|verif)"
    r"|\bno status (?:for|to)\b|status\b[^.;]{0,40}\bnot (?:yet )?known\b"
)
#: "and a further 9 were captured": the same people as the number before.
FURTHER = re.compile(r"(?i)\s*(?:a further|another|an additional|a further \w+)\s*")
#: Between "2,104 civilian casualties" and its parts: "in the first six months of the year, ".
APPOSITION_GAP = re.compile(
    r"\s*(?:[a-z]+\s*)?(?:\s(?:in|during|over|since|for|from|across|between|this|last)\b"
    r"[^,;:.]{0,50})?\s*(?:[,:(\u2013\u2014-]|and|,\s*and)\s*"
)
FURTHER_END = re.compile(r"(?i)(?:\band|^|[.;:]|\s)\s*(?:a further|another|an additional)\s*$")
BULLET_START = re.compile(r"[-*•]\s|\d{1,2}[.)]\s")
#: A superseded toll mentioned in passing (rule T3): "It had given a toll of 35 dead".
EARLIER_TOLL = re.compile(
    r"(?i)\b(?:had (?:earlier |previously |initially )?(?:given|put|reported|announced)"
    r"|(?:previously|earlier|initially) (?:gave|put|reported|announced)) (?:a |the |an )?"
    r"(?:(?:death |casualty )?toll|figure|count|number)(?: of| at| as)?\s*$"
    r"|\ban earlier (?:death )?(?:toll|figure|count) of\s*$"
    # "The toll had stood at 11 at midday."
    r"|\b(?:toll|figure|count|number) had (?:stood|been) (?:at )?\s*$"
    # "Correction: An earlier version of this article said 15 people had been killed."
    r"|\ban earlier version of this (?:article|story|report)\b[^;]*$"
)
#: Naming one of the victims is no count: "The association named one of them as ...".
NAMING_BEFORE = re.compile(r"(?i)\b(?:named|identified|name|identify|names|identifies)\s*$")
#: A group word used as an adjective of a thing: "27 police vehicles", "12 army trucks".
THING_AFTER = re.compile(
    r"(?i)\s+(?:vehicles?|cars?|trucks?|stations?|posts?|positions?|bases?|checkpoints?"
    r"|buildings?|homes?|houses?|tents?|camps?|schools?|hospitals?|facilities|villages?"
    r"|centres?|centers?|offices?|weapons?|rifles?|boats?|aircraft|helicopters?|drones?"
    r"|tanks?|rockets?|shells?|missiles?|bombs?|hours?|days?|attacks?|raids?|strikes?"
    r"|incidents?|operations?|patrols?|convoys?|barracks|headquarters|units?|carriers?)\b"
)
#: The counted people did the deed: "one of its members had killed dozens".
AGENT_AFTER = re.compile(
    r"(?i)^\s*(?:had |has |have )?(?:killed|wounded|injured|shot|attacked|abducted|kidnapped"
    r"|detained|arrested|executed)\s+(?:[\"“]\s*)?(?:\d|dozens|hundreds|scores|thousands"
    r"|at least|more than|some|about|several|the|a|an|his|her|their|its|two|three|four|five"
    r"|six|seven|eight|nine|ten)\b"
)
#: Past-tense words after a noun that say nothing of what the people did.
NOT_ACTION = frozenset(
    [
        "believed",
        "reported",
        "feared",
        "thought",
        "said",
        "confirmed",
        "presumed",
        "estimated",
        "aged",
        "identified",
        "named",
        "listed",
        "recorded",
        "registered",
        "documented",
        "verified",
        "counted",
        "remained",
        "needed",
        "required",
        "described",
        "including",
        "involved",
        "trapped",
        "stranded",
        "affected",
        "injured",
        "wounded",
        "killed",
        "detained",
        "arrested",
    ]
)
IRREGULAR_PAST = frozenset(["went", "took", "came", "ran", "fought", "gave", "made", "sought"])
#: Nouns that look like people: the suffixes of agent and group nouns.
PEOPLE_SUFFIX = re.compile(r"(?:ees|ors|ers|ants|ents|ists|ians|ials|men|people|children)$")
#: Plural nouns that name people by what they do: "miners", "employees", "islanders".
PERSON_PLURAL = re.compile(r"(?:ers|ees|ians|ists|ants|men)$")
#: ... and plural nouns of things with the same endings.
THING_PLURALS = _words(
    "containers centers shelters tankers helicopters computers letters numbers orders towers"
    " trailers layers papers rivers borders quarters headquarters chambers kilometers meters"
    " liters litres barrels launchers carriers destroyers boosters chargers markers posters"
    " banners flyers leaflets buyers corners waters matters offers answers powers transfers"
    " filters rounds bombers fighters scanners speakers printers hangers sweaters parameters"
    " restaurants plants grants warrants variants pennants implants pants diamonds"
    " ferries cities societies"
)
#: Plural nouns of things or units counted with people-like words around them.
NOT_PEOPLE = frozenset(
    ["families", "households", "homes", "houses", "institutions", "tents", "cases", "files"]
)
#: "64 new admissions of wounded persons", "1,150 reports of family members".
#: The header of a table column that names who gave each row's figures.
SOURCE_HEADER = re.compile(r"(?i)sources?|reported by|according to|counted by|recorded by|by")
THING_HEADER = re.compile(
    r"\b(?:households?|families|localities|incidents?|sites?|shelters?|schools?|villages?"
    r"|buildings?|homes?|houses?|facilities|centres?|centers?|attacks?|events?|per ?cent|%)"
)
#: "bring to 27 the number of troops killed": the count's own noun before "of".
COUNT_NOUNS = frozenset(["number", "toll", "total", "count", "tally"])
FATE_OF = re.compile(
    r"(?i)\b(?:fates?|whereabouts)(?: (?:or|and) (?:fates?|whereabouts))? of(?: a further"
    r"| another| an additional| the other| the remaining)?\s*$"
)
#: "refused to confirm the fate or whereabouts of 38 of them": missing without "unknown".
REFUSED_FATE = re.compile(
    r"(?i)\b(?:refused|refuse|refuses|declined|failed) to (?:confirm|disclose|reveal|say|tell)"
    r"\b[^.;]{0,40}\b(?:fates?|whereabouts|where\b|whether)"
)
FAMILIES_OF = re.compile(r"(?i)\b(?:famil(?:y|ies)|relatives|parents|wives|mothers) of\s*$")
NO_NEWS = re.compile(
    r"(?i)\bno (?:news|word|information|trace|idea)\b|\bnot heard\b"
    r"|\b(?:do|does|did) not know\b|\bdon['’]t know\b"
)
UNKNOWN = re.compile(r"(?i)\b(?:unknown|not known|unclear)\b")
UNKNOWN_STATUS_HINT = re.compile(r"status|identifi|classifi|categori|whether")
BOTH_SIDES = re.compile(r"(?i)\b(?:both|all) sides\b|\bclashes between\b|\bfighting between\b")
RESPECTIVELY = re.compile(r"(?i)\brespectively\b")
#: A plural demonym counts people: "2.3 million Belvorans", "300 Sudanese".
PEOPLE_OF = re.compile(r"^[A-Z][a-z]+(?:(?:an|i)s|ese)$")
NATIONALITY = re.compile(r"^[A-Z][a-z]+(?:an|ian|ese|ish|i)$")
OF_NATIONALITY = re.compile(r"\s+(?:of|from) (?:the |an? )?[A-Z][a-z]+(?:an|ian|ese|ish|i)\b")
#: Words before soldiers or troops that make them another state's (rule G1).
FOREIGN_WORDS = frozenset(
    {"foreign", "crusader", "occupation", "occupying", "coalition", "peacekeeping", "allied"}
)
KILLED_BOTH_SIDES = re.compile(
    r"(?i)\b(?:killed|dead|died|losses|fighters) (?:on|from) (?:both|all) sides\b"
)
LIST_HEAD = re.compile(r"(?i)\b([a-z]+) (?:casualties|deaths|victims|dead)\b[^:;.]{0,60}:[^:;]*$")
OWN_LOSSES = re.compile(r"(?i)\b(?:its|their|our) (?:own )?(?:losses|dead|men)\b")
#: Forward-looking words before a number in its clause: a plan or projection, not a toll
#: ("preparing for up to 50,000 arrivals", "could displace 20,000", "expects 3,000 more").
PROJECTION_BEFORE = re.compile(
    r"(?i)\b(?:prepar(?:e|es|ed|ing) (?:for|to)|plan(?:s|ned|ning)? (?:to|for)"
    r"|expect(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|project(?:s|ed|ing)|forecasts?|forecasting"
    r"|could|might|would|will|shall|(?-i:may)|(?:set|likely|due|going) to|to (?:reach|exceed)"
    r"|threaten(?:s|ed|ing)? to|at risk of|risks?|risking|contingency for|brac(?:e|es|ed|ing)"
    r" for|ready for|capacity for|planned|proposed|propos(?:e|es|ing) to)"
    r"(?! have\b)(?: [\w'-]+){0,2}$"
)
CLAUSE_CUT = re.compile(r"[,;:.()]")
#: ... or after the number's noun: "20,000 people could be displaced", "are expected to".
PROJECTION_AFTER = re.compile(
    r"(?i)^\s*(?:(?:are|is|were|was)\s+(?:expected|projected|forecast|likely|set|due"
    r"|predicted) to (?!have\b)|(?:are|is) possible\b"
    r"|(?:could|might|would|will|shall|(?-i:may))\s+(?!have\b|not\b"
    # "could still be missing" is an estimate of now, not a projection
    r"|(?:still\s+)?be\s+(?:missing|dead|trapped|buried|unaccounted|held)\b)"
    r"|(?:are|is|were|was) at risk\b)"
)
#: Words before a number that make its people a capacity or a population, not casualties.
CAPACITY_BEFORE = re.compile(
    r"(?i)\b(?:carry|carrying|carries|capacity of|capacity for|accommodate|accommodating"
    r"|seats?|seating|licensed for|designed for|built for|home to|population of|populations?"
    r"|electorate of|staff of|crew of|workforce of|strength of|contingent of|garrison of"
    r"|(?:country|nation|city|town|province|region|district|village|camp|community|state) of"
    r"|(?:space|room|places|shelters?|capacity) for(?: a further| another)?"
    r"|(?:enough|able|sufficient|supplies|kits|medicines) to (?:treat|feed|shelter|house|assist)"
    r"|(?:designed|built|meant|intended|able) to (?:host|hold|house|accommodate|shelter)"
    r"|(?:built|designed|intended) in \d{4} for"
    r"(?: no more than| up to| about| some)?"
    r"|(?:suspended|closed|cancelled) for|(?:team|crew|staff) of"
    # plans: "prepositioning stocks for up to 40,000 further arrivals"
    r"|(?:can|could|will|would) (?:only )?(?:accept|admit|receive|host)(?: up to| no more than"
    r"| as many as| about| some| another| a further)?"
    r"|(?:stocks|supplies|plans?|preparing|prepared|ready|contingency) for(?: up to| as many as"
    r"| about| some| another| a further)?"
    r"|(?:militia|force|army|brigade|unit|contingent|garrison) of(?: an estimated| some| about"
    r"| around| roughly)?"
    r"|affecting(?: the [a-z]+ of)?|affected|affects|serves|serving|supplies|supplying"
    r"|benefiting|classes for"
    # aid given to people: "trucked safe water to 45,000 people"
    r"|(?:water|food|aid|assistance|supplies|kits|cash|vouchers|meals|rations|items|support"
    r"|services|care|treatment) to"
    # services back for people: "supply had been restored to 150,000 of them"
    r"|(?:restored|reconnected|delivered|distributed|provided|supplied|extended) to"
    r"|to number|numbering|numbers)"
    r"\s*$"
)
#: The people right after the noun are not casualties: "on board", "aboard", "were deployed".
NOT_CASUALTY_AFTER = re.compile(
    r"(?i)^\s*(?:,\s*)?(?:(?:on board|aboard)\b(?!\s*(?:,\s*)?(?:were|was|had been|have been)"
    r"\s+(?:\w+\s+)?(?:killed|dead|died|wounded|injured|hurt|missing|detained|abducted)\b)"
    r"|(?:who\s+)?(?:have|had|has)?\s*(?:already\s+|since\s+)?(?:been|were|was|are|is)"
    r" (?:since |also |now "
    r"|safely |later |already |treated and "
    r"|\w+ly )?"
    r"(?:released|freed|rescued|evacuated|deployed|stationed|employed|trained|recruited"
    r"|mobili[sz]ed|posted|sent|reunited|discharged|registered to vote|eligible|transferred"
    r"|moved|airlifted|flown)\b"
    r"|(?:have been |had been |were |was )?(?:later )?sent home\b"
    r"|(?:are|were|is|was) still (?:being treated|in hospital|hospitali[sz]ed)\b"
    r"(?! for (?:\w+ )?(?:wounds|injuries|burns))"
    r"|(?:have |has |had )?been unable to (?!be\b)"
    r"|(?:are|were|is|was) (?:still )?unable to (?!be\b)"
    r"|(?:remain|remains|remained|are|is|were|was)(?: still)? (?:in (?:intensive care|critical"
    r"|serious|stable|hospital)|on ventilators|in a coma)\b|in intensive care\b"
    r"|(?:have|has|had)?\s*(?:been|were|was) (?:later |\w+ly )?(?:flown|driven|moved|airlifted"
    r"|referred) (?:[\w,]+ ){0,4}?to\b"
    r"|(?:have|has|had)?\s*(?:so far )?been identified\b(?! as\b)"
    r"|(?:have|has|had)?\s*(?:since )?(?:reappeared|resurfaced|been found alive|returned home)\b"
    r"|(?:[a-z]+ ){0,3}?(?:were|was) (?:later |since |subsequently |eventually )?found alive\b"
    r"|who (?:had |have |has )?(?:surrendered|defected|deserted|escaped)\b"
    r"|(?:have|has|had)?\s*(?:since )?(?:been|were|was|are) (?:separated from|charged|convicted"
    r"|sentenced"
    r"|indicted|prosecuted)\b)"
)
#: A rate, not a count: "one child every day", "six arrests a day", "an average of 40".
RATE_AFTER = re.compile(
    r"(?i)^\s*(?:(?:a|per)\s+|(?:[a-z]+\s+){0,2}(?:every|each|per)\s+(?:single\s+)?"
    r"(?:\d+\s+|few\s+|two\s+|three\s+)?)"
    r"(?:day|week|month|hour|minute)s?\b"
)
AVERAGE_BEFORE = re.compile(r"(?i)\b(?:an|on) average(?: of)?\s*$")
#: A name after these words is a place ("a bombing outside the Interior Ministry").
PLACE_BEFORE = re.compile(
    r"(?i)\b(?:outside|near|inside|opposite|behind|at|in front of|next to|close to)"
    r"\s+(?:the\s+)?$"
)
#: A name after these words is a partner or a target, not the subject.
PARTNER_BEFORE = re.compile(
    r"(?i)\b(?:with|by|for|to|against|from|of|and|between|on|into|about)\s+(?:the\s+)?$"
)
#: An actor, not a source: a name followed by what it did ("the army lost 2 soldiers").
ACTION_AFTER = re.compile(
    r"(?i)\s+(?:[a-z]+ly\s+)?(?:had\s+|has\s+|have\s+)?(?:lost|los(?:e|es|ing)|kill\w*"
    r"|shell\w*|struck|strik\w+|hit|attack\w*|arrest\w*|detain\w*|took|tak(?:e|es|ing)"
    r"|captur\w*|fired|fir(?:e|es|ing)|bomb\w*|raid\w*|storm\w*|seiz\w*|launch\w*|clash\w*"
    r"|entered|deployed|abduct\w*|execut\w*|ambush\w*|overr[au]n\w*"
    # "the Coalition is believed to hold several dozen": talked about, not talking
    r"|(?:is|are|was|were) (?:believed|thought|said|reported|understood|alleged) to)\b"
)
#: Possessive nouns for a party's own people: "34 of its men", "their members".
OWN_NOUNS = frozenset(
    {"men", "members", "personnel", "cadres", "people", "own", "heroes", "comrades", "brothers"}
)
FORCE_NAME = re.compile(r"(?i)defen[cs]e|army|armed forces|military|police|guard|forces")

#: ", including 11 newborns," between a number's noun and its verb.
LIST_ASIDE = re.compile(r"(?i)\s*,\s*(?:including|among them)\b[^,;.]{0,60},")
#: "roughly one person in nine": a proportion, not a count.
PROPORTION_AFTER = re.compile(
    r"(?i)\s*(?:[a-z]+\s+)?in (?:every )?(?:\d+|two|three|four|five|six|seven|eight|nine"
    r"|ten|a hundred|a thousand)\b(?=\s*(?:[,.;)]|$|(?:on|in|at|across|nationwide|because"
    r"|and|but)\b))"
)
#: "12 former detainees": people no longer held (rule N1).
FORMER_HELD = re.compile(
    r"(?i)\b(?:former|ex-)\s*(?:detainees|prisoners|hostages|captives|abductees)"
)
#: "Twelve incidents each killed five", "killed 5 people each": a count per incident.
EACH_BEFORE = re.compile(r"(?i)\beach (?!of\b|the\b)\w+(?: \w+)?\s*$")
EACH_AFTER = re.compile(r"(?i)\s*each\b(?! other)")
#: "people who had fled ... returned to their villages".
RETURNED = re.compile(r"(?i)\b(?:returned|went back|came back)\s+(?:to|home|from)\b")
#: "taken 1,300 people out of flooded houses", "pulled 48 from the water": a rescue.
RESCUE_VERB = re.compile(
    r"(?i)\b(?:taken|took|pulled|lifted|plucked|brought|carried|dragged|got)"
    r"(?: \w+ly)?(?: (?:some|about|around|more than|over|at least|nearly|almost))?\s*$"
)
RESCUE_FROM = re.compile(
    r"(?i)\s*(?:alive )?(?:out of|from (?:the )?(?:water|sea|rubble|debris"
    r"|river|flood|mud|wreck|ruins|collapsed))\b"
)
#: "the remains of 44 people have been identified": identified dead.
IDENTIFIED_AFTER = re.compile(r"(?i)\s*(?:have|has|had)?\s*(?:so far )?been identified")
REMAINS_OF = re.compile(
    r"(?i)\b(?:the )?(?:remains|bodies) (?:(?:include|included|are|were) (?:those )?)?of\s*$"
)
#: A person's name, then a comma: "Senior Sergeant D. Nurmagambet, " (an age follows).
NAME_COMMA = re.compile(r"\b[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?,\s*$")
#: Group words that, singular after a number above one, are adjectives of another noun.
ADJECTIVE_GROUPS = _words(
    "rebel militant civilian army government police militia jihadist insurgent terrorist"
    " soldier fighter child opposition security military"
)
#: A state speaking through its ministry or army: "Uzmerat's defence ministry".
STATE_VOICE = re.compile(
    r"\b([A-Z][a-z]+)['’]s (?:defen[cs]e |interior )?(?:ministry|army|military|government"
    r"|armed forces|general staff|forces)"
)
#: "KUMDARA, Khorvast, Nov. 22 (Stepway) —": the dateline's country.
DATELINE_COUNTRY = re.compile(r"(?m)^[A-Z][A-Z' -]+, ([A-Z][a-z]+),")
#: "Khorvast's war": a name in the possessive.
POSSESSIVE_NAME = re.compile(r"\b([A-Z][a-z]+)['’]s\b")
#: A word for the count itself: "the figure for September now stands at 361".
FIGURE_NOUN = re.compile(r"\b(?:figure|number|count|tally|total)\b")
#: A revision of the count just given: "after further verification ... now stands at".
REVISED_TO = re.compile(
    r"(?:now stands at|has been revised|was revised|were revised|revised (?:up|down)\w*"
    r"|corrected (?:it )?to|raised (?:that|it|the figure) to)\s*(?:at least|more than|about)?\s*$"
)
#: "puts the figure at", "estimates the number at": a count of what was named before.
FIGURE_AT = re.compile(
    r"(?i)\b(?:(?:puts?|putting|estimates?|estimating|places?|placing) (?:the|its|their) "
    r"(?:figure|number|count|total) at|(?:raised|revised|increased|updated|lowered|brought)"
    r" (?:that|it|this|the figure|the count|the number) to"
    # "the true number is fewer than 2,000", "The government's figure, published ..., is 391"
    r"|(?:figure|(?<!emergency )(?<!phone )(?<!telephone )(?<!hotline )(?<!contact )number|count"
    r"|tally)\b[^.;]{0,60}?\b(?:is|was|stands at|stood at))"
    r"\s*(?:between\s*)?(?:at least|more than|fewer than|less than|about|some|nearly|almost)?\s*$"
)
#: "revised from those in Bulletin No. 5 (37 dead, 21 missing)": an earlier statement's.
REVISED_FROM_BRACKET = re.compile(r"(?i)\brevised\b[^.;]{0,60}\bfrom\b[^;()]{0,50}\([^)]*$")
#: "21 of the dead belonged to the Front", "and 13 to the Alliance": whose people they were.
BELONGED_TO = re.compile(
    r"(?i)\s+(?:of the (?:dead|killed|victims|wounded|detained)\s+)?(?:belonged to|were members"
    r" of|were from|to)\s+(?:the\s+)?"
)
#: A sentence that names the source of the one before it.
CREDIT_BACK = re.compile(
    r"(?i)\s*(?:that|this|these|those|the figures?) (?:is|are|was|were|come|comes|came)"
    r" (?:from |according to )?(?:the )?(?:(?:main |central )?(?:finding|conclusion|figure|count"
    r"|estimate|tally)s? (?:of|from|in)|according to|from)\b"
)
REFUSED_WHERE = re.compile(
    r"(?i)\b(?:refused|refuse|refuses|declined|failed) to (?:tell|say|disclose|reveal)"
    r"\b[^.;]{0,30}\b(?:where|whether)\s+$"
)
#: A release's closing contact line names whose release it is.
CONTACT_LINE = re.compile(
    r"(?im)^\W*(?:for (?:further|more) information|media contacts?|press contacts?"
    r"|(?:please )?contact:)"
)
#: "Two of the injured, both children, later died": the people named in an aside.
BOTH_GROUP = re.compile(r",\s*(?:both|all|all of them)\s+(?P<who>[a-z-]+(?: [a-z-]+)?)\s*,")
#: A list word right before a number: "among them two field commanders".
LIST_LINK_END = re.compile(r"(?:including|among them|of whom|of them)\s*$")
#: "identified as women": the predicate that names who the counted people were.
IDENTIFIED_AS = frozenset(["identified", "confirmed", "listed", "recorded", "named", "classified"])
#: "at least nine of the remains belonged to children": a predicate like "were".
BELONGED = frozenset(["belonged", "belong", "belongs"])
#: "demands the immediate and unconditional release of": people still held.
DEMANDED_RELEASE = re.compile(
    r"(?i)\b(?:demand\w*|call\w* for|urg\w*|seek\w*|sought|press\w* for|negotiat\w*)"
    r" (?:the )?(?:[a-z]+ ){0,3}release of\s+(?:the\s+)?$"
)
#: A correction's account of what was wrongly printed before.
EARLIER_VERSION = re.compile(r"(?i)\ban? (?:earlier|previous) version\b[^.;]{0,60}$")
#: "9 patients in a critical condition were referred": the state before the verb.
CONDITION_ASIDE = re.compile(
    r"(?i)\s*(?:,\s*)?in (?:a |an )?(?:critical|serious|stable|grave) condition,?"
)
#: "the ledgers, eleven of them": a plural noun of things just before ", N of them".
THING_BEFORE_THEM = re.compile(r"\bthe ([a-z]+s),\s*$")
#: "Their cousin, 17, lost a leg": an age after a relative.
RELATIVE_COMMA = re.compile(
    r"(?i)\b(?:cousin|brother|sister|son|daughter|mother|father|wife|husband|uncle|aunt|nephew"
    r"|niece|grandson|granddaughter|grandmother|grandfather|neighbour|neighbor|friend|boy|girl"
    r"|man|woman)\s*,\s*$"
)
#: A legal charge names a category, not a count: "murder of two or more persons".
LEGAL_CATEGORY = re.compile(r"(?i)\b(?:criminal case|charges? of|charged with|article \d+)\b")
#: 'the attackers, "at least 80 of them"': the perpetrators counted, no casualties.
ATTACKERS_BEFORE_THEM = re.compile(
    r"\bthe (?:attackers|gunmen|assailants|raiders|militants|fighters)[,\s\"“'‘]+"
    r"(?:at least |about |some |more than |around )?$"
)
#: Words of a qualifier between a verb and its number ("killing at least seven").
QUALIFIER_WORDS = _words(
    "at least more than about some nearly almost up to over around as many roughly an"
    " estimated another a further"
)
#: "none of its 22 observers has been hurt": a number that nobody in it was.
NONE_OF = re.compile(r"(?i)\bnone of (?:its |their |the |our |his |her )?$")
#: "men between 18 and 50": ages of the people named.
PEOPLE_AGED_BETWEEN = re.compile(
    r"(?i)\b(?:men|women|boys|girls|people|children|adults|youths)\s+(?:aged\s+)?between\s+$"
)
#: Verbs by which a group is said to be a share of a count: "Children accounted for 45 of
#: the dead", "Women made up a third of the wounded".
SHARE_VERBS = (
    r"(?:accounted for|accounts? for|made up|makes? up|represented|represents?|comprised"
    r"|constituted)"
)
#: "Nine of the civilians killed in April were children": what the part's people were.
PART_PREDICATE = re.compile(
    r"\s+of the [a-z-]+(?: (?:killed|dead|injured|wounded|detained|arrested|displaced|missing))?"
    r"(?: (?:in|on|at|during) [\w-]+(?: [\w-]+)?)? (?:were|was) (?:all )?(?P<who>[a-z-]+)\b"
)
#: "sent more than 120,000 people fleeing": displaced, not people sent somewhere.
SENT_FLEEING = re.compile(r"\s+(?:[a-z]+\s+)?(?:fleeing|running|scattering)\b")
#: "one of them a 6-year-old girl": one person described, not a count.
ONE_OF_THEM_A = re.compile(r"(?i)\bone of them,?\s*$")
ONE_OF_THEM_AFTER = re.compile(r"(?i)\s+of them,?\s+(?:an?|the)\s")
