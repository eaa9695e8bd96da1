"""Stage 3, link: resolve every actor mention of a document to one actor.

Gazetteer names, demonyms and seats of power come tagged by the nlp stage;
this stage decides which of them are actors here (a capital used as a place is
not), resolves descriptions ("Haftar's forces", "Mozambican troops", "the
Tripoli-based administration"), and clusters unknown names (a surname alone is
the person named in full elsewhere in the document; "Full Name (ACR)" makes
ACR an alias).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ._kb import ActorBase, ActorInfo
from ._lexicon import ARMED_CUES, ARMED_HEADS, FORCE_NOUNS, GOVERNMENT_HEADS, TITLE_WORDS, TITLES
from ._nlp import DEMONYM, MEDIA, NAME, SEAT
from ._vocab import actor_iri, norm_name

# Words that never open an actor's name though NER puts them inside one.
_LEADING_NOISE = {"the", "a", "an", "self", "styled", "so", "called", "-", "'s", "’s"}
_NOT_ORGS = {"parliament", "government", "state", "ministry", "foreign ministry", "army", "war"}
# "Defence Secretary Ben Wallace": NER calls "Defence" an organisation; it is part of a title.
_MINISTRY_WORDS = {"defence", "defense", "foreign", "interior", "ministry", "affairs", "security", "state"}
_DATELINE = re.compile(r"^([A-Z][A-Z'. -]{2,30}),", re.M)
_AGENT_DEPS = {"nsubj", "nsubjpass", "poss", "appos", "agent"}


@dataclass
class Mention:
    start: int  # token index in the doc
    end: int  # exclusive
    actor: str
    kind: str  # name | demonym | seat | description | forces
    possessor: str | None = None  # for "X's forces": the actor X

    def span(self, doc: Doc) -> Span:
        return doc[self.start:self.end]


@dataclass
class LinkedDoc:
    doc: Doc
    mentions: list[Mention]
    actors: dict[str, ActorInfo]
    labels_seen: dict[str, set[str]] = field(default_factory=dict)

    def mentions_in(self, sent: Span) -> list[Mention]:
        return [m for m in self.mentions if sent.start <= m.start and m.end <= sent.end]

    def at(self, token_i: int) -> Mention | None:
        for m in self.mentions:
            if m.start <= token_i < m.end:
                return m
        return None


def _is_agentive(span: Span) -> bool:
    """A seat of power stands for its state only when it acts: 'Ankara said', 'Moscow's support'."""
    root = span.root
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.tag_ == "POS":
        return True
    if root.dep_ in _AGENT_DEPS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "by":  # "backed by Moscow"
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "from":  # "aid from Moscow", not "50 km from Moscow"
        return root.head.head.lemma_ in {"aid", "support", "help", "backing", "weapon", "arm", "receive", "get"}
    if root.dep_ == "conj":
        return _is_agentive(span.doc[root.head.i:root.head.i + 1])
    return False


def _title_before(doc: Doc, start: int) -> str | None:
    """The title just before a name: 'Foreign Minister Sameh Shukry', 'Gen. Khalifa Hifter'."""
    words = [t.lower_ for t in doc[max(0, start - 4):start]]
    for title in TITLES:
        n = len(title.split())
        if words[-n:] == title.split():
            return title
    return None


_BACKED_WORDS = {"backed", "supported", "sponsored", "funded", "trained", "armed", "allied", "aligned", "led"}
_PRONOUNS = {"his", "her", "its", "their", "our", "my", "your"}
# Bodies through which a state acts: "the Congolese government" is the state.
_STATE_BODIES = {"government", "authorities", "administration", "regime", "leadership", "cabinet"}
_GOVERNMENT_MODIFIERS = {"federal", "central", "national", "military", "transitional", "interim", "new",
                         "current", "then", "former", "civilian"}


def _org_type(span: Span) -> str:
    words = [t.lower_ for t in span]
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    if words and (words[-1] in ARMED_HEADS or after in ARMED_CUES):
        return "ArmedGroup"
    if words and words[-1] in GOVERNMENT_HEADS:
        return "Government"
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in ARMED_CUES:  # "the militia X"
        return "ArmedGroup"
    return "Organization"


def _clean(span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ in _LEADING_NOISE:
        start += 1
    while end > start and (span.doc[end - 1].tag_ == "POS" or span.doc[end - 1].is_punct):
        end -= 1
    return span.doc[start:end]


class Linker:
    def __init__(self, kb: ActorBase) -> None:
        self.kb = kb

    # -- helpers -------------------------------------------------------------
    def _known(self, text: str) -> str | None:
        return self.kb.by_name.get(norm_name(text))

    def forces_of(self, actor: ActorInfo, actors: dict[str, ActorInfo]) -> ActorInfo:
        """The armed group that 'X's forces' means."""
        kb = self.kb
        if actor.type == "ArmedGroup":
            return actor
        iri = kb.forces_of.get(actor.iri) if actor.type == "State" else kb.group_of_commander.get(actor.iri)
        if iri and iri in kb.actors:
            return actors.setdefault(iri, kb.actors[iri].copy())
        if actor.type == "State":
            label = f"Armed forces of {actor.label}"
        elif actor.type in ("Official", "Person"):
            label = f"Forces of {actor.label}"
        else:
            label = f"{actor.label} forces"
        iri = actor_iri(label)
        group = actors.get(iri) or ActorInfo(iri=iri, label=label, type="ArmedGroup", known=False)
        if actor.type == "State":
            group.armed_forces_of = actor.iri
            group.alt_labels = sorted({*group.alt_labels, *(f"{d} {n}" for d in self.kb.actors[actor.iri].demonyms
                                                              for n in ("forces", "troops", "army", "military"))}
                                      | {f"{actor.label}'s army", f"{actor.label}'s forces"})
        elif actor.type in ("Official", "Person"):
            group.commanded_by = actor.iri
        actors[iri] = group
        return group

    # -- the stage -----------------------------------------------------------
    def link(self, doc: Doc) -> LinkedDoc:
        kb = self.kb
        actors: dict[str, ActorInfo] = {}
        mentions: list[Mention] = []
        unknown_people: list[tuple[Span, str | None]] = []
        unknown_orgs: list[Span] = []

        # Datelines ("GOMA, Congo —") name places; NER often takes the place for a person.
        places = {m.group(1).casefold() for m in _DATELINE.finditer(doc.text)}
        for ent in doc.ents:
            kind, _, iri = ent.ent_id_.partition("|")
            if kind == MEDIA:
                continue
            span = _clean(ent)
            if not len(span):
                continue
            if kind in (NAME, DEMONYM) or (kind == SEAT and _is_agentive(span)):
                mentions.append(Mention(span.start, span.end, iri, kind))
                actors.setdefault(iri, kb.actors[iri].copy())
                continue
            if kind == SEAT:
                continue
            known = self._known(span.text)
            # a state's name counts only where NER also saw a place-name, not inside "Libya Observer"
            if known and (kb.actors[known].type != "State" or ent.label_ == "GPE"):
                mentions.append(Mention(span.start, span.end, known, NAME))
                actors.setdefault(known, kb.actors[known].copy())
            elif norm_name(span.text) in kb.media_names:
                continue
            elif span.text.casefold() in places:
                continue
            elif len(span) == 1 and span[0].pos_ != "PROPN":
                continue  # a capitalised common word ("Drawn by ...") that NER took for a name
            elif ent.label_ == "PERSON" and any(t.is_alpha and t.is_title for t in span):
                unknown_people.append((span, _title_before(doc, span.start)))
            elif (ent.label_ == "ORG" and norm_name(span.text) not in _NOT_ORGS and any(c.isupper() for c in span.text)
                  and not all(t.lower_ in TITLE_WORDS | _MINISTRY_WORDS for t in span)):
                unknown_orgs.append(span)

        self._cluster_people(doc, unknown_people, mentions, actors)
        self._cluster_orgs(doc, unknown_orgs, mentions, actors)
        mentions.sort(key=lambda m: m.start)
        mentions = self._descriptions(doc, mentions, actors)
        mentions = self._forces(doc, mentions, actors)
        mentions = self._state_governments(doc, mentions, actors)
        mentions.sort(key=lambda m: (m.start, -m.end))
        # Drop mentions nested in a longer one (a description absorbed its parts).
        kept: list[Mention] = []
        for m in mentions:
            if kept and m.start < kept[-1].end:
                continue
            kept.append(m)
        labels: dict[str, set[str]] = {}
        for m in kept:
            # what the text calls the actor: names, seats, and forces named after their owner
            # ("Libyan government forces"), not pronoun phrases ("his forces")
            if m.kind in (NAME, SEAT) or (m.kind == "forces" and m.end - m.start > 1 and doc[m.start].lower_ not in _PRONOUNS):
                labels.setdefault(m.actor, set()).add(m.span(doc).text)
        return LinkedDoc(doc, kept, actors, labels)

    def _cluster_people(self, doc, people, mentions, actors) -> None:
        full: dict[str, ActorInfo] = {}  # surname -> person named in full
        for span, title in sorted(people, key=lambda p: -len(p[0])):
            words = [t.text for t in span if not t.is_punct or t.text == "-"]
            surname = words[-1].lower() if words else span.text.lower()
            person = full.get(surname)
            if person is None:
                # a surname alone may be a known actor's ("Shukry") or a new person
                if len(span) == 1 and self._known(span.text):
                    continue
                label = span.text
                iri = actor_iri(label)
                person = actors.get(iri) or ActorInfo(iri=iri, label=label, type="Person", known=False)
                full[surname] = person
                actors[iri] = person
            elif span.text != person.label and span.text not in person.alt_labels:
                person.alt_labels.append(span.text)
            if title or self._appos_title(span):
                person.type = "Official"
            mentions.append(Mention(span.start, span.end, person.iri, NAME))

    @staticmethod
    def _appos_title(span: Span) -> bool:
        """'Tom Andrews, the special rapporteur' / 'Ronald Rwivanga, army spokesman'."""
        for t in span.root.children:
            if t.dep_ == "appos" and (t.lower_ in TITLE_WORDS or any(c.lower_ in TITLE_WORDS for c in t.subtree)):
                return True
        head = span.root.head
        return span.root.dep_ == "appos" and head.lower_ in TITLE_WORDS

    def _cluster_orgs(self, doc, orgs, mentions, actors) -> None:
        by_key: dict[str, ActorInfo] = {}
        text = doc.text
        for span in sorted(orgs, key=lambda s: -len(s)):
            key = norm_name(span.text)
            org = by_key.get(key)
            if org is None:
                # "Full Name (ACR)": the acronym is an alias of the name before it
                m = re.match(r"\s*\(([A-Z][A-Za-z0-9]{1,9})\)", text[span.end_char:span.end_char + 14])
                label = span.text
                iri = actor_iri(label)
                org = actors.get(iri) or ActorInfo(iri=iri, label=label, type=_org_type(span), known=False)
                actors[iri] = org
                by_key[key] = org
                if m and not self._known(m.group(1)):
                    org.alt_labels.append(m.group(1))
                    by_key[norm_name(m.group(1))] = org
            elif _org_type(span) == "ArmedGroup":
                org.type = "ArmedGroup"  # any armed cue in the document types the group
            mentions.append(Mention(span.start, span.end, org.iri, NAME))

    def _descriptions(self, doc, mentions, actors) -> list[Mention]:
        """Government descriptions from the gazetteer: 'the Tripoli-based administration'."""
        if not self.kb.by_description:
            return mentions
        taken = {i for m in mentions for i in range(m.start, m.end)}
        for chunk in doc.noun_chunks:
            key = norm_name(chunk.text)
            for desc, iri in self.kb.by_description.items():
                if key.endswith(desc) and not any(i in taken for i in range(chunk.start, chunk.end) if doc[i].ent_id_.startswith(NAME)):
                    mentions = [m for m in mentions if not (chunk.start <= m.start and m.end <= chunk.end)]
                    mentions.append(Mention(chunk.start, chunk.end, iri, "description"))
                    actors.setdefault(iri, self.kb.actors[iri].copy())
                    break
        return mentions

    def _forces(self, doc, mentions, actors) -> list[Mention]:
        """Possessive and demonym forces: "Haftar's forces", "Mozambican troops", "forces of X"."""
        out = list(mentions)
        by_token = {i: m for m in mentions for i in range(m.start, m.end)}
        last_person: Mention | None = None
        for tok in doc:
            m_here = by_token.get(tok.i)
            if m_here and actors[m_here.actor].type in ("Official", "Person", "ArmedGroup"):
                last_person = m_here
            if tok.lower_ not in FORCE_NOUNS or tok.i in by_token:
                continue
            backed = self._backed_by_modifier(doc, tok, by_token)
            if backed is not None:
                # "Turkish-backed forces" are forces Turkey backs, not Turkey's: an unnamed group,
                # named as the text names it; the hyphen rule reads the support.
                label = re.sub(r"^(?:the|a|an)\s+", "", doc[backed:tok.i + 1].text, flags=re.I)
                iri = actor_iri(label)
                actors.setdefault(iri, ActorInfo(iri=iri, label=label, type="ArmedGroup", known=False))
                out.append(Mention(tok.i, tok.i + 1, iri, "forces"))
                continue
            owner, start = self._owner(doc, tok, by_token, last_person)
            if owner is None:
                continue
            group = self.forces_of(actors[owner.actor], actors)
            if group.iri == owner.actor:
                continue  # "the LNA's forces" are the LNA: keep the name mention
            out = [m for m in out if not (start <= m.start and m.end <= tok.i + 1)]
            out.append(Mention(start, tok.i + 1, group.iri, "forces", possessor=owner.actor))
        return out

    @staticmethod
    def _backed_by_modifier(doc: Doc, noun: Token, by_token: dict[int, Mention]) -> int | None:
        """Where 'Turkish-backed forces' starts, if the noun carries an 'X-backed' modifier."""
        i = noun.i - 1
        while i >= 0 and i not in by_token and (doc[i].pos_ in ("ADJ", "VERB") or doc[i].text == "-"):
            if doc[i].lower_ in _BACKED_WORDS and doc[i - 1].text == "-" and i - 2 in by_token:
                return by_token[i - 2].start
            i -= 1
        return None

    @staticmethod
    def _state_governments(doc, mentions, actors) -> list[Mention]:
        """'the Somali government', 'Burundi's authorities': the state, acting through its government."""
        by_token = {i: m for m in mentions for i in range(m.start, m.end)}
        out = list(mentions)
        for tok in doc:
            if tok.lower_ not in _STATE_BODIES or tok.i in by_token:
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in FORCE_NOUNS:
                continue  # "government forces" are forces, not the government
            i = tok.i - 1
            while i >= 0 and i not in by_token and doc[i].lower_ in _GOVERNMENT_MODIFIERS:
                i -= 1
            if i >= 0 and doc[i].tag_ == "POS":
                i -= 1
            owner = by_token.get(i)
            if owner is None or owner.end != i + 1 or actors[owner.actor].type != "State":
                continue
            out = [m for m in out if not (owner.start <= m.start and m.end <= tok.i + 1)]
            out.append(Mention(owner.start, tok.i + 1, owner.actor, "description"))
        return out

    @staticmethod
    def _owner(doc: Doc, noun: Token, by_token: dict[int, Mention], last_person: Mention | None):
        i = noun.i - 1
        # skip adjectives between owner and noun: "Haftar's illegal militia", "eastern-based forces",
        # and "government" in "Libyan government forces"
        while i >= 0 and i not in by_token and (doc[i].pos_ == "ADJ" or doc[i].text == "-" or doc[i].dep_ in ("amod", "npadvmod")
                                                 or doc[i].lower_ == "government"):
            i -= 1
        if i >= 0 and doc[i].tag_ == "POS" and i - 1 in by_token:
            m = by_token[i - 1]
            return m, m.start
        if i >= 0 and i in by_token and by_token[i].kind in (DEMONYM, NAME) and doc[i].ent_type_ in ("NORP", "GPE"):
            m = by_token[i]
            return m, m.start
        if i >= 0 and doc[i].lower_ in ("his", "their", "its", "her") and last_person is not None:
            return last_person, i
        # "forces of renegade military commander Khalifa Haftar"
        if noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "of":
            j = noun.i + 2
            while j < len(doc) and j not in by_token and (doc[j].lower_ in TITLE_WORDS or doc[j].pos_ in ("ADJ", "DET")) and j - noun.i < 7:
                j += 1
            if j in by_token and by_token[j].start == j:
                return by_token[j], noun.i  # span begins at the noun
        return None, None
