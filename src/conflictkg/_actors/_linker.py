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
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .._kb import ActorBase, ActorInfo
from .._lexicon import ARMED_CUES, ARMED_HEADS, FORCE_NOUNS, GOVERNMENT_HEADS, TITLE_WORDS, TITLES
from .._vocab import actor_iri, norm_name
from ._gazetteer import DEMONYM, MEDIA, NAME, SEAT
from ._mention import LinkedDoc, Mention

# Words that never open an actor's name though NER puts them inside one.
_LEADING_NOISE = {"the", "a", "an", "self", "styled", "so", "called", "-", "'s", "’s"}
_NOT_ORGS = {"parliament", "government", "state", "ministry", "foreign ministry", "army", "war"}
# "Defence Secretary Ben Wallace": NER calls "Defence" an organisation; it is part of a title.
_MINISTRY_WORDS = {"defence", "defense", "foreign", "interior", "ministry", "affairs", "security", "state"}
_DATELINE = re.compile(r"^([A-Z][A-Z'. -]{2,30}),", re.M)
_AGENT_DEPS = {"nsubj", "nsubjpass", "poss", "appos", "agent"}


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
    if root.dep_ == "dobj" and root.head.lemma_ in _ACTOR_OBJECT_VERBS:  # "accused Kigali", "warned Beijing"
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "from" and (
            root.head.head.lemma_ in _VOICE_NOUNS
            # the parser may hang "from" on the verb: "has drawn criticism from Kinshasa"
            or any(c.dep_ == "dobj" and c.lemma_ in _VOICE_NOUNS for c in root.head.head.children)):
        return True  # "accusations from Kinshasa", "pressure from Kinshasa"
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_ in _TRANSFER_VERBS:
        return True  # "pledging tanks to Kyiv"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_ in ("request", "invitation", "behest"):
        return True  # "at the request of Maputo"
    if root.dep_ == "conj":
        return _is_agentive(span.doc[root.head.i:root.head.i + 1])
    return False


_ACTOR_OBJECT_VERBS = {"accuse", "blame", "warn", "urge", "condemn", "criticise", "criticize", "sanction", "thank",
                       "press", "pressure", "threaten", "attack", "support", "back", "arm", "fund", "help"}
_VOICE_NOUNS = {"accusation", "criticism", "pressure", "condemnation", "protest", "warning", "complaint", "demand",
                "support", "aid", "help", "backing", "weapon", "arm", "receive", "get"}
_TRANSFER_VERBS = {"send", "deliver", "pledge", "supply", "ship", "give", "provide", "transfer", "hand", "sell", "donate"}


@lru_cache(maxsize=None)
def _desc_words(desc: str) -> list[str]:
    """A description as spaCy's English tokenizer splits it: "Myanmar's junta" -> myanmar 's junta."""
    return re.findall(r"'s\b|[\w.]+|[^\w\s]", desc.lower().replace("\u2019", "'"))


def _extend_person(ent: Span) -> Span:
    """NER stops short of some surnames ("Jean-Yves Le" of "Jean-Yves Le Drian"): take in the
    capitalised proper nouns that follow directly and that no other entity claims."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and end - ent.end < 2 and doc[end].pos_ == "PROPN" and doc[end].is_title \
            and not doc[end].ent_type_ and doc[end - 1].whitespace_:
        end += 1
    return doc[ent.start:end]


_WEAPON_NOUNS = {"tanks", "tank", "missiles", "missile", "rockets", "rocket", "launchers", "drones", "drone", "jets",
                 "aircraft", "helicopters", "howitzers", "air", "fighting", "vehicles", "systems", "system",
                 "batteries", "shells", "rifles", "cruise", "infantry", "armoured", "armored"}
_PLACE_PREPS = {"to", "in", "into", "at", "near", "from", "via", "towards", "toward", "around", "outside", "inside"}


def _is_place_slot(span: Span) -> bool:
    """Is a one-word name the object of a preposition of place ("warplanes to al-Jufra")?"""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS


def title_before(doc: Doc, start: int) -> str | None:
    """The title just before a name: 'Foreign Minister Sameh Shukry', 'Gen. Khalifa Hifter'."""
    words = [t.lower_ for t in doc[max(0, start - 4):start]]
    for title in TITLES:
        n = len(title.split())
        if words[-n:] == title.split():
            return title
    return None


_BACKED_WORDS = {"backed", "supported", "sponsored", "funded", "trained", "armed", "allied", "aligned", "led"}
_HIRED_NOUNS = {"mercenaries", "contractors"}
_PRONOUNS = {"his", "her", "its", "their", "our", "my", "your"}
# Bodies through which a state acts: "the Congolese government" is the state.
_STATE_BODIES = {"government", "authorities", "administration", "regime", "leadership", "cabinet"}
_RECOGNITION = {"recognised", "recognized", "backed", "supported", "internationally", "elected", "legitimate"}
_UNNAMED_GOVERNMENT_HEADS = {"government", "administration", "authorities", "parliament", "cabinet"}
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
    def link(self, doc: Doc, date: str | None = None) -> LinkedDoc:
        """Link one parsed article; ``date`` (ISO) picks the government a description meant then."""
        kb = self.kb
        actors: dict[str, ActorInfo] = {}
        mentions: list[Mention] = []
        unknown_people: list[tuple[Span, str | None]] = []
        unknown_orgs: list[Span] = []

        # Datelines ("GOMA, Congo —") name places; NER often takes the place for a person.
        places = {m.group(1).casefold() for m in _DATELINE.finditer(doc.text)}
        surnames = {e[-1].lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
        for ent in doc.ents:
            kind, _, iri = ent.ent_id_.partition("|")
            if kind == MEDIA:
                continue
            span = _clean(_extend_person(ent) if ent.label_ == "PERSON" and not kind else ent)
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
            elif span.end < len(doc) and doc[span.end].lower_ in _WEAPON_NOUNS:
                continue  # "Leopard 2 tanks", "Patriot air defence": a weapon's name, not an actor
            elif (" " not in span.text and span.text.lower() not in surnames and _is_place_slot(span)
                  and (ent.label_ == "PERSON" or span.text.lower().startswith(("al-", "el-")))):
                continue  # "sent jets to al-Jufra": a one-word name after a preposition of place
            elif (ent.label_ == "PERSON" and any(t.is_alpha and t.is_title for t in span)) or (
                    ent.label_ == "ORG" and len(span) == 1 and span[0].lower_ in surnames):
                # NER sometimes calls a surname alone an organisation ("Kalin said"): the person named in full
                unknown_people.append((span, title_before(doc, span.start)))
            elif (ent.label_ == "ORG" and norm_name(span.text) not in _NOT_ORGS and any(c.isupper() for c in span.text)
                  and not all(t.lower_ in TITLE_WORDS | _MINISTRY_WORDS for t in span)):
                unknown_orgs.append(span)

        self._cluster_people(doc, unknown_people, mentions, actors)
        self._cluster_orgs(doc, unknown_orgs, mentions, actors)
        mentions.sort(key=lambda m: m.start)
        mentions = self._known_as(doc, mentions, actors)
        mentions = self._descriptions(doc, mentions, actors, date)
        mentions = self._state_governments(doc, mentions, actors, date)
        mentions = self._forces(doc, mentions, actors)
        mentions.sort(key=lambda m: (m.start, -m.end))
        # Drop mentions nested in a longer one (a description absorbed its parts).
        kept: list[Mention] = []
        for m in mentions:
            if kept and m.start < kept[-1].end:
                continue
            kept.append(m)
        # what relate may need to know of the people named: their state, the government in office
        # there then, the group they command
        for iri in [i for i, a in actors.items() if a.type in ("Official", "Person")]:
            nationality = actors[iri].nationality
            government = kb.government_of(nationality, date) if nationality else None
            for other in (nationality, actors[iri].commands, government):
                if other and other in kb.actors:
                    actors.setdefault(other, kb.actors[other].copy())
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

    @staticmethod
    def _known_as(doc, mentions, actors) -> list[Mention]:
        """"the SADC mission, known as SAMIDRC": the noun phrase before names the actor after."""
        by_token = {i: m for m in mentions for i in range(m.start, m.end)}
        out = list(mentions)
        for b in mentions:
            i = b.start
            if i < 3 or doc[i - 1].lower_ != "as" or doc[i - 2].lower_ not in ("known", "called", "dubbed"):
                continue
            head = i - 3 if doc[i - 3].text != "," else i - 4
            if head < 0 or head in by_token or doc[head].pos_ != "NOUN":
                continue
            j = head - 1
            while j >= 0 and j not in by_token and doc[j].pos_ in ("ADJ", "NOUN") and head - j < 3:
                j -= 1
            a = by_token.get(j)
            if a is None or a.actor == b.actor or actors[a.actor].type == "State":
                continue
            out = [m for m in out if m is not a]
            out.append(Mention(a.start, head + 1, b.actor, "description"))
        return out

    def _descriptions(self, doc, mentions, actors, date) -> list[Mention]:
        """Government descriptions from the gazetteer ("the Tripoli-based administration",
        "the junta"), for a government of a state the document names, in office on its date;
        and unnamed ones the text makes ("the east-based government")."""
        kb = self.kb
        named_states = {m.actor for m in mentions if actors[m.actor].type == "State"}
        taken = {i for m in mentions for i in range(m.start, m.end)}
        words = [t.lower_.replace("\u2019", "'") for t in doc]
        out = list(mentions)
        for desc, iris in kb.by_description.items():
            # a generic description ("the junta") needs its state named in the document; one with
            # a place in it ("the Tripoli-based administration") says where it is itself
            generic = desc == desc.lower()
            candidates = [i for i in iris if kb.in_force(i, date)
                          and (not generic or kb.actors[i].governs is None or kb.actors[i].governs in named_states)]
            if not candidates:
                continue
            seq = _desc_words(desc)
            n = len(seq)
            for i in range(len(words) - n + 1):
                if words[i:i + n] != seq or any(j in taken for j in range(i, i + n)):
                    continue
                start = i
                if start >= 2 and words[start - 1] == "-" and start - 2 in taken:
                    start += 1  # "UN-recognised government": the modifier stays out for the hyphen rule
                if start >= i + n:
                    continue
                out.append(Mention(start, i + n, candidates[0], "description"))
                actors.setdefault(candidates[0], kb.actors[candidates[0]].copy())
                taken.update(range(start, i + n))
        for tok in doc:
            # "the east-based government": a government the text names only by where it sits
            if (tok.lower_ in _UNNAMED_GOVERNMENT_HEADS and tok.i >= 2 and doc[tok.i - 1].lower_ == "based"
                    and doc[tok.i - 2].text == "-" and tok.i not in taken and tok.i - 3 >= 0
                    and tok.i - 3 not in taken and doc[tok.i - 3].is_alpha and doc[tok.i - 3].is_lower):
                label = doc[tok.i - 3:tok.i + 1].text
                iri = actor_iri(label)
                actors.setdefault(iri, ActorInfo(iri=iri, label=label, type="Government", known=False))
                out.append(Mention(tok.i - 3, tok.i + 1, iri, "description"))
                taken.update(range(tok.i - 3, tok.i + 1))
        return out

    def _forces(self, doc, mentions, actors) -> list[Mention]:
        """Possessive and demonym forces: "Haftar's forces", "Mozambican troops", "forces of X"."""
        out = list(mentions)
        by_token = {i: m for m in mentions for i in range(m.start, m.end)}
        last_person: Mention | None = None  # what "his"/"her" may refer to
        last_thing: Mention | None = None  # what "its"/"their" may refer to
        for tok in doc:
            m_here = by_token.get(tok.i)
            if m_here and m_here.kind != DEMONYM:
                if actors[m_here.actor].type in ("Official", "Person"):
                    last_person = m_here
                else:
                    last_thing = m_here
            if tok.lower_ == "military" and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("NOUN", "PROPN"):
                continue  # "military backer", "military base": an adjective, not the armed forces
            if tok.lower_ in _HIRED_NOUNS and tok.i not in by_token:
                # "Russian mercenaries", "Romanian contractors": hired fighters of that nationality,
                # not the state's own forces; an unnamed group named as the text names it
                i = tok.i - 1
                while i >= 0 and i not in by_token and doc[i].lower_ in ("military", "private", "security", "armed"):
                    i -= 1
                if i in by_token and by_token[i].kind == DEMONYM and by_token[i].end == i + 1:
                    owner = by_token[i]
                    label = doc[owner.start:tok.i + 1].text
                    iri = actor_iri(label)
                    actors.setdefault(iri, ActorInfo(iri=iri, label=label, type="ArmedGroup", known=False))
                    out = [m for m in out if m is not owner]
                    out.append(Mention(owner.start, tok.i + 1, iri, "forces"))
                continue
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
            owner, start = self._owner(doc, tok, by_token, last_person, last_thing)
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

    def _state_governments(self, doc, mentions, actors, date) -> list[Mention]:
        """'the Somali government', "Libya's UN-recognised government": the government the gazetteer
        says governed the state then, else the state itself, acting through its government."""
        by_token = {i: m for m in mentions for i in range(m.start, m.end)}
        out = list(mentions)
        for tok in doc:
            if tok.lower_ not in _STATE_BODIES or tok.i in by_token:
                continue
            i = tok.i - 1
            inner = None  # a hyphen compound inside: "Libya's UN-recognised government"
            while i >= 0:
                if i not in by_token and (doc[i].lower_ in _GOVERNMENT_MODIFIERS or doc[i].pos_ == "ADJ"
                                          or doc[i].lower_ in _RECOGNITION):
                    i -= 1
                elif doc[i].text == "-" and i - 1 in by_token and inner is None:
                    inner = i + 1
                    i = by_token[i - 1].start - 1
                else:
                    break
            if i >= 0 and doc[i].tag_ == "POS":
                i -= 1
            owner = by_token.get(i)
            if owner is None or owner.end != i + 1 or actors[owner.actor].type != "State":
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in FORCE_NOUNS:
                # "Libyan government forces": keep the owner for the forces stage, but as the government
                gov = self.kb.government_of(owner.actor, date)
                if gov is not None:
                    out = [m for m in out if m is not owner]
                    out.append(Mention(owner.start, tok.i + 1, gov, "description"))
                    actors.setdefault(gov, self.kb.actors[gov].copy())
                continue
            gov = self.kb.government_of(owner.actor, date)
            actor = gov or owner.actor
            if gov is not None:
                actors.setdefault(gov, self.kb.actors[gov].copy())
            start = owner.start if inner is None else inner + 1
            out = [m for m in out if m is not owner and not (start <= m.start and m.end <= tok.i + 1)]
            out.append(Mention(start, tok.i + 1, actor, "description"))
        return out

    @staticmethod
    def _owner(doc: Doc, noun: Token, by_token: dict[int, Mention], last_person: Mention | None,
               last_thing: Mention | None = None):
        i = noun.i - 1
        # skip adjectives between owner and noun: "Haftar's illegal militia", "eastern-based forces",
        # and "government" in "Libyan government forces"
        while i >= 0 and i not in by_token and (doc[i].pos_ == "ADJ" or doc[i].text == "-" or doc[i].dep_ in ("amod", "npadvmod")
                                                 or doc[i].lower_ == "government"):
            i -= 1
        if i >= 0 and doc[i].tag_ == "POS" and i - 1 in by_token:
            m = by_token[i - 1]
            return m, m.start
        if i >= 0 and i in by_token and by_token[i].kind == "description":
            m = by_token[i]
            return m, m.start
        if i >= 0 and i in by_token and by_token[i].kind in (DEMONYM, NAME) and doc[i].ent_type_ in ("NORP", "GPE"):
            m = by_token[i]
            return m, m.start
        if i >= 0 and doc[i].lower_ in ("his", "her") and last_person is not None:
            return last_person, i
        if i >= 0 and doc[i].lower_ in ("its", "their") and last_thing is not None and doc[i - 1].lower_ != "own":
            return last_thing, i
        if i >= 0 and doc[i].lower_ == "whose":
            # "Hifter, whose forces ...": the relative clause's antecedent owns them
            verb = noun.head if noun.head.dep_ == "relcl" else noun.head.head
            antecedent = by_token.get(verb.head.i) if verb.dep_ == "relcl" else None
            owner = antecedent or last_thing
            if owner is not None:
                return owner, i + 1
        # "troops commanded by General X"
        if noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ in ("commanded", "led", "headed") and doc[noun.i + 2].lower_ == "by":
            j = noun.i + 3
            while j < len(doc) and j not in by_token and (doc[j].lower_ in TITLE_WORDS or doc[j].pos_ in ("ADJ", "DET")) and j - noun.i < 7:
                j += 1
            if j in by_token and by_token[j].start == j:
                return by_token[j], noun.i
        # "forces of rebel commander X"
        if noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "of":
            j = noun.i + 2
            while j < len(doc) and j not in by_token and (doc[j].lower_ in TITLE_WORDS or doc[j].pos_ in ("ADJ", "DET")) and j - noun.i < 7:
                j += 1
            if j in by_token and by_token[j].start == j:
                return by_token[j], noun.i  # span begins at the noun
        return None, None
