"""Who gave a figure, and whose people it counts: the document's credit for its numbers.

A figure's source is the party the text credits (rules S1–S5): a speaker in its sentence, a
quotation's speaker named after it closes, the paragraph's speaker, a source named in the next
sentence ("That is the finding of ..."), or the publisher. "Its men", "their members" and
"soldiers of X" are resolved here too, because they depend on who is speaking and on which
state the document is about. :class:`Crediting` is a mixin of the engine's document.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import TYPE_CHECKING

from stats.extract import attribution as attr
from stats.extract import cues
from stats.extract.sentences import Sentence

if TYPE_CHECKING:
    from stats.extract.engine import _Reading


class Crediting:
    """The source and side of the figures of one document (mixed into ``_Document``)."""

    def _default_source(self) -> str:
        for s in self.sentences[:6]:
            outlet = attr.dateline_outlet(self.text, s.start, s.end, self.x.index)
            if outlet:
                return outlet
        contact = cues.CONTACT_LINE.search(self.text, max(0, len(self.text) - 800))
        if contact:
            # "For further information, please contact: ..., OCHA Ardessa": the publisher
            named = self._mentions_in(contact.start(), len(self.text))
            if named:
                return named[0].source
        parties: set[str] = set()
        for mention in self.mentions:
            before = max(0, mention.start - 20)
            if re.search(
                r"(?i)\bbetween (?:the )?(?:[^,;.]{1,60}\band (?:the )?)?$",
                self.text[max(0, mention.start - 90) : mention.start],
            ):
                parties.add(mention.source)
            if mention.source not in parties and not (
                cues.PLACE_BEFORE.search(self.text, before, mention.start)
            ):
                # not "a bomb outside the Interior Ministry" nor "hostilities between the
                # army and the Front": a place or the parties to the fighting
                return mention.source
        return ""

    def _last_mention_source(self, before: int) -> str:
        """The last source named in this paragraph before ``before`` (for "It says")."""
        paragraph_start = next(s.start for s in self.sentences if s.paragraph == self.paragraph)
        for mention in reversed(self.mentions):
            if paragraph_start <= mention.end <= before:
                return mention.source
        return ""

    # -- one sentence ----------------------------------------------------------------

    def _credit_back(self, si: int, s: Sentence) -> None:
        """ "At least 26 detainees have died. That is the finding of a report by the
        Lawyers' Circle": the source named next is the one of the sentence before."""
        if not cues.CREDIT_BACK.match(self.text, s.start, s.end):
            return
        named = self._mentions_in(s.start, s.end)
        if not named:
            return
        for fig in self.figures:
            if fig.sentence == si - 1 and fig.source == self.default:
                fig.source = named[0].source

    def _quoted_speaker(self, s: Sentence) -> str:
        """The speaker of a quotation that opens in sentence ``s`` and closes, with its
        attribution, in a later sentence of the same paragraph."""
        body = self.text[s.start : s.end].lstrip()
        if not body.startswith(('"', "“")) or body.count('"') + body.count("”") > 1:
            return ""
        if body.startswith("“") and "”" in body:
            return ""
        si = bisect.bisect_left(self.sentence_starts, s.start)
        for later in self.sentences[si + 1 : si + 6]:
            if later.paragraph != s.paragraph:
                return ""
            text = self.text[later.start : later.end]
            if '"' not in text and "”" not in text:
                continue
            found = attr.speakers(self.text, later.start, later.end, self.mentions, self.x.index)
            credited = [sp.source for sp in found if sp.source not in (attr.GENERIC, attr.PRONOUN)]
            return credited[0] if credited else ""
        return ""

    def _update_speaker(self, speakers: list[attr.Speaker], s: Sentence) -> None:
        for sp in speakers:
            if sp.source in (attr.GENERIC, attr.PRONOUN):
                continue
            if self.lower.startswith("according to", sp.at):
                continue  # "according to X" credits its own sentence only
            self.speaker = sp.source
            self.last_speaker = sp.source

    def source_for(self, at: int, speakers: list[attr.Speaker], s: Sentence) -> str:
        """The credited source of a number at sentence offset ``at``."""
        chosen: attr.Speaker | None = None
        credited = [sp for sp in speakers if sp.source != attr.GENERIC]
        before = [sp for sp in credited if sp.at - s.start <= at]
        after = [sp for sp in credited if sp.at - s.start > at]
        if before:
            chosen = before[-1]
        elif after:
            chosen = after[0]
        if chosen is None and any(sp.source == attr.GENERIC for sp in speakers):
            return self.default  # "a local official said": unnamed, so the publisher (S4)
        if chosen is not None and chosen.source != attr.PRONOUN:
            return chosen.source
        if chosen is not None:  # "it said", "he said", "the group said"
            return (
                self.speaker
                or self._last_mention_source(s.start + at)
                or self.last_speaker
                or self.default
            )
        quoted = self._quoted_speaker(s)
        if quoted:
            return quoted  # '"Among the dead are nine children. ...," Lanyon said.'
        if self.speaker:
            return self.speaker
        # nobody credited in this paragraph: the subject the sentence names before the
        # number ("the ICRC has helped recover the remains of 312 people"), else the outlet;
        # not a partner ("working with X"), a place, or a name after the number
        first_number = next(iter(self._numbers_in(s.start, s.end)), None)
        subject_end = min(s.start + at, first_number.start if first_number else s.end)
        named = [
            m
            for m in self._mentions_in(s.start, subject_end)
            if not cues.ACTION_AFTER.match(self.text, m.end, min(m.end + 40, s.end))
            and not cues.PLACE_BEFORE.search(self.text, max(s.start, m.start - 20), m.start)
            and not cues.PARTNER_BEFORE.search(self.text, max(s.start, m.start - 20), m.start)
        ]
        return named[0].source if named else self.default

    # -- reading numbers --------------------------------------------------------------

    def _foreign_possessor(self, sent: str, before: int) -> bool:
        """ "<Country>'s defence ministry said ... of its soldiers": a state other than the one
        the document is about."""
        states = cues.STATE_VOICE.findall(sent[:before])
        host = self._host_state()
        return bool(states and host) and not states[-1].lower().startswith(host)

    def _host_state(self) -> str:
        """The state the document is about, lower-cased: its dateline's country, else the
        name it puts most in the possessive ("Khorvast's war"); "" when neither."""
        if self._host is None:
            self._host = self._dateline_state()
            if not self._host:
                named = Counter(cues.POSSESSIVE_NAME.findall(self.text))
                self._host = named.most_common(1)[0][0].lower() if named else ""
        return self._host

    def _dateline_state(self) -> str:
        """The country of the document's dateline, lower-cased, or ""."""
        if self._dateline is None:
            dateline = cues.DATELINE_COUNTRY.search(self.text[:400])
            self._dateline = dateline[1].lower() if dateline else ""
        return self._dateline

    def _belonged_to(self, s: Sentence, sent: str, r: _Reading) -> str:
        """The group of people said to belong to a party the registry knows: an armed group's
        are ``nonstate_armed``, a government's ``government_forces``; "" otherwise."""
        link = cues.BELONGED_TO.match(sent, r.end)
        if link is None:
            return ""
        at = s.start + link.end()
        party = next((m for m in self._mentions_in(at, at + 3)), None)
        if party is None:
            return ""
        kind = self.x.index.kinds.get(party.source)
        return {"armed_group": "nonstate_armed", "government": "government_forces"}.get(
            kind or "", ""
        )

    def _possessor_group(self, lower: str, r: _Reading) -> str:
        """ "ambushed a patrol of the regime's militia ..., killing 7 of its members": the
        possessor is the force named before in the sentence, when the speaker acted."""
        before = lower[: r.start]
        if not re.search(r"\b(?:killing|killed|capturing|captured|wounding|wounded)\s+$", before):
            return ""
        return self._subject_group(lower, r.start)

    def _own_group(self, at: int, source: str) -> str:
        """ "its men", "their fighters", "our dead" (rule G3): the speaker's own people when
        the speaker is an armed group or a force, else those of the armed group or force
        named most recently before ``at``, else both sides."""
        kinds = self.x.index.kinds
        if kinds.get(source) == "armed_group":
            return "nonstate_armed"
        if kinds.get(source) in ("ngo", "media", "monitor", "un"):
            return "total"  # "the Farmers' Union said 30 of their members had been killed"
        names = [m.text for m in self.mentions if m.source == source]
        if kinds.get(source) == "government" and any(cues.FORCE_NAME.search(n) for n in names):
            return "government_forces"
        for mention in reversed(self.mentions):
            if mention.end > at:
                continue
            kind = kinds.get(mention.source, "")
            if kind == "armed_group":
                return "nonstate_armed"
            if kind == "government" and cues.FORCE_NAME.search(mention.text):
                return "government_forces"
        return {"armed_group": "nonstate_armed", "government": "government_forces"}.get(
            kinds.get(source, ""), "combatants"
        )
