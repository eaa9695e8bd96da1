"""The actor stage: resolve every actor mention of a document to one actor.

Gazetteer names, demonyms and seats of power come tagged by the nlp stage;
this stage repairs the names NER found (``_names``), decides what each name is
from its context (``_typing``), groups the names of one actor (a surname alone is
the person named in full; "Full Name (ACR)" makes ACR an alias; ``_resolve``),
resolves descriptions ("Haftar's forces", "Mozambican troops", "the
Tripoli-based administration", "the group") and pronouns, and decides which
gazetteer matches are actors here (a capital used as a place is not).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .._kb import ActorBase, ActorInfo
from .._lexicon import FORCE_NOUNS, TITLE_WORDS, titles
from .._vocab import actor_iri, norm_name
from ._gazetteer import DEMONYM, MEDIA, NAME, SEAT, PhraseTable, title_before  # noqa: F401 (title_before: API)
from ._mention import LinkedDoc, Mention
from ._names import (acronym_after, clean, extend_org, extend_person, looks_like_name, nicknames_inside,
                     split_parts, strip_title)
from ._resolve import PERSON_TYPES, anaphora, compatible_full_names, name_words, surname_candidates
from ._typing import (NONE, PLACE, demonym_forms, form_cues, head_word_type, kind_of, mention_cues, ner_prior, org_type,
                      party_cue, person_role_cues)
from ._words import ALIAS_MARKERS, CREED_WORDS, DESCRIPTIONS, LED_GROUP_NOUNS, NAME_HEADS, ORG_HEADS, STATE_NAME_WORDS

_DATELINE = re.compile(r"^([A-Z][A-Z'. -]{2,30}),", re.M)
_AGENT_DEPS = {"nsubj", "nsubjpass", "poss", "appos", "agent"}
_STATE_FORCE_NAMES = {"army", "armed forces", "defence forces", "defense forces", "defence force", "defense force",
                      "military", "national army", "forces"}
_SKIP_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LANGUAGE", "LAW"}
_WEAPON_NOUNS = {"tanks", "tank", "missiles", "missile", "rockets", "rocket", "launchers", "drones", "drone", "jets",
                 "aircraft", "helicopters", "howitzers", "air", "fighting", "vehicles", "systems", "system",
                 "batteries", "shells", "rifles", "cruise", "infantry", "armoured", "armored"}


@dataclass
class _Cand:
    """One name in the text, repaired, before it is grouped with the other names of its actor."""

    start: int
    end: int
    text: str
    ner: str
    iri: str | None = None  # the gazetteer actor, when the name is known
    title: str | None = None
    nicknames: list[str] = field(default_factory=list)
    acronym: str | None = None
    head_after: str | None = None
    cues: Counter = field(default_factory=Counter)
    role: bool = False
    alias_of: int | None = None
    state: str | None = None  # the state whose demonym opens the name ("Haitian National Police")
    prefixed: bool = False  # "pro-X": what follows the name is not its head ("pro-X fighters" are not X)
    party: float = 0.0  # for a place-name: how much this mention acts or is acted on as a party
    place: float = 0.0  # and how much its verb makes it a place ("seized X")
    moved: bool = False  # where people go or come from ("fled to X")


def _after_alias_marker(doc: Doc, i: int) -> bool:
    """Is token i just after 'alias', 'known as', 'nicknamed' ...?"""
    words = " ".join(t.lower_ for t in doc[max(0, i - 3):i])
    return any(words.endswith(m) for m in ALIAS_MARKERS)


def _drop_articles(key: str) -> str:
    return " ".join(w for w in key.split() if w not in ("the", "a", "an"))


def _is_headline(doc: Doc, i: int) -> bool:
    """Is token i in a Title Case line (a headline), where capitals say nothing about names?"""
    line_start = i
    while line_start > 0 and "\n" not in doc[line_start - 1].text:
        line_start -= 1
    line_end = i
    while line_end < len(doc) and "\n" not in doc[line_end].text:
        line_end += 1
    # proper nouns are capitalised anywhere: judge by the other words
    words = [t for t in doc[line_start:line_end] if t.is_alpha and len(t) > 3 and t.pos_ != "PROPN"]
    return len(words) >= 3 and sum(t.is_title for t in words) / len(words) >= 0.8


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


_BACKED_WORDS = {"backed", "supported", "sponsored", "funded", "trained", "armed", "allied", "aligned", "led"}
_HIRED_NOUNS = {"mercenaries", "contractors"}
_PRONOUNS = {"his", "her", "its", "their", "our", "my", "your"}
# Bodies through which a state acts: "the Congolese government" is the state.
_STATE_BODIES = {"government", "authorities", "administration", "regime", "leadership", "cabinet"}
_RECOGNITION = {"recognised", "recognized", "backed", "supported", "internationally", "elected", "legitimate"}
_UNNAMED_GOVERNMENT_HEADS = {"government", "administration", "authorities", "parliament", "cabinet"}
_GOVERNMENT_MODIFIERS = {"federal", "central", "national", "military", "transitional", "interim", "new",
                         "current", "then", "former", "civilian"}


def forces_of(kb: ActorBase, actor: ActorInfo, actors: dict[str, ActorInfo]) -> ActorInfo:
    """The armed group that 'X's forces' means: a state's armed forces, the group a person commands
    (the gazetteer's, else one named after them); added to ``actors``."""
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
        # the names a national army usually goes by: "Malian Armed Forces", "Mali Armed Forces", "Malian army"
        group.alt_labels = sorted({*group.alt_labels, *(f"{d} {n}" for d in actor.demonyms
                                                          for n in ("forces", "troops", "army", "military",
                                                                    "Armed Forces"))}
                                  | {f"{actor.label}'s army", f"{actor.label}'s forces", f"{actor.label} Armed Forces"})
    elif actor.type in ("Official", "Person"):
        group.commanded_by = actor.iri
    actors[iri] = group
    return group


class Linker:
    def __init__(self, kb: ActorBase) -> None:
        self.kb = kb
        # gazetteer descriptions, matched as phrases (case-sensitive ones are checked after the match)
        self._description_table = PhraseTable({d: d for d in kb.by_description})
        self._last_aliases: list[tuple[str, set[str]]] = []
        # "Democratic Republic of Congo" for "Democratic Republic of the Congo"
        self._by_name_no_article: dict[str, str] = {}
        for key, iri in kb.by_name.items():
            if len(key.split()) > 2:
                self._by_name_no_article.setdefault(_drop_articles(key), iri)

    def prepare(self, vocab) -> None:
        """Build the stage's phrase matchers (titles, descriptions) for a pipeline's vocabulary."""
        from ._gazetteer import prepare
        from ._resolve import prepare as prepare_descriptions
        prepare(vocab)
        prepare_descriptions(vocab)
        self._description_table.prepare(vocab)

    # -- helpers -------------------------------------------------------------
    def _known(self, text: str) -> str | None:
        key = norm_name(text)
        return self.kb.by_name.get(key) or self._by_name_no_article.get(_drop_articles(key))

    def forces_of(self, actor: ActorInfo, actors: dict[str, ActorInfo]) -> ActorInfo:
        """The armed group that 'X's forces' means."""
        return forces_of(self.kb, actor, actors)

    # -- the stage -----------------------------------------------------------
    def link(self, doc: Doc, date: str | None = None) -> LinkedDoc:
        """Link one parsed article; ``date`` (ISO) picks the government a description meant then."""
        kb = self.kb
        actors: dict[str, ActorInfo] = {}
        mentions: list[Mention] = []
        cands = self._candidates(doc, mentions, actors)
        self._cluster(doc, cands, mentions, actors)
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
        anaphora_ = self._anaphora(doc, kept, actors, date)
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
                labels.setdefault(m.actor, set()).add(m.label or m.span(doc).text)
        for c in self._last_aliases:
            labels.setdefault(c[0], set()).update(c[1])
        return LinkedDoc(doc, kept, actors, labels, anaphora_)

    # -- names -----------------------------------------------------------------
    def _candidates(self, doc: Doc, mentions: list[Mention], actors: dict[str, ActorInfo]) -> list[_Cand]:
        """Every name in the document, repaired; gazetteer names, demonyms and agentive seats
        go straight into ``mentions``."""
        kb = self.kb
        places = {m.group(1).casefold() for m in _DATELINE.finditer(doc.text)}
        claimed = {i for e in doc.ents for i in range(e.start, e.end)}
        used: set[int] = set()
        cands: list[_Cand] = []
        # the words of the people NER found: "Relvani" (NER says NORP) is a surname when "Tomas Relvani" is there
        person_words = {t.lower_ for e in doc.ents if e.label_ == "PERSON" for t in e if t.is_alpha}
        states = {i for e in doc.ents if e.ent_id_.startswith(NAME + "|")
                  and kb.actors[e.ent_id_.partition("|")[2]].type == "State" for i in range(e.start, e.end)}
        for ent in doc.ents:
            if any(i in used for i in range(ent.start, ent.end)):
                continue
            kind, _, iri = ent.ent_id_.partition("|")
            if kind == MEDIA or ent.label_ in _SKIP_LABELS:
                continue
            if kind in (DEMONYM, SEAT):
                span = doc[ent.start:ent.end]
                if kind == DEMONYM and ent.start > 0 and doc[ent.start - 1].text == "-" and ent.start > 1 \
                        and doc[ent.start - 2].lower_ == "pro":
                    continue
                # a seat stands for its state where it acts ("Ankara said", "the Tehran-backed
                # group", "an enemy of Moscow"), not as the city ("talks in Ankara", "flew to Moscow")
                if kind == DEMONYM or _is_agentive(span) or party_cue(doc, ent.start, ent.end, states, seat=True)[0] >= 1:
                    mentions.append(Mention(ent.start, ent.end, iri, kind))
                    actors.setdefault(iri, kb.actors[iri].copy())
                continue
            if kind == NAME:
                longer = self._longer_name(doc, ent.start, ent.end, kb.actors[iri], claimed)
                if longer is None:
                    s, title, tkind = strip_title(doc, ent.start, ent.end)
                    cands.append(_Cand(ent.start, ent.end, doc[ent.start:ent.end].text, ent.label_, iri=iri,
                                       title=title))
                    used.update(range(ent.start, ent.end))
                    continue
                start, end = longer
                parts = [(start, end)]
                label = "ORG"
            else:
                parts = split_parts(doc, ent.start, ent.end)
                label = ent.label_
            for s, e in parts:
                # "pro-Relvani fighters": the name after pro- / anti- (the parser calls it an adjective)
                prefixed = e - s >= 3 and doc[s].lower_ in ("pro", "anti") and doc[s + 1].text == "-"
                s, e = clean(doc, s, e)
                if e <= s:
                    continue
                s, title, tkind = strip_title(doc, s, e)
                if s >= e:
                    continue
                if label == "NORP" and head_word_type([t.text for t in doc[s:e]]) is None and not prefixed and not (
                        e - s == 1 and (doc[s].lower_ in person_words or _after_alias_marker(doc, s)
                                        or (doc[s].pos_ == "PROPN" and e < len(doc) and doc[e].is_lower
                                            and doc[e].lower_ in ORG_HEADS and doc[s].lower_ not in CREED_WORDS))):
                    continue  # "Afghans", "Shi'ite", "Soviet": peoples and creeds are no actors
                if label == "PERSON" or title is not None or (label not in ("ORG", "GPE", "LOC", "NORP") and e - s > 1):
                    e = extend_person(doc, s, e, claimed)
                if label in ("ORG", "PRODUCT", "FAC", "WORK_OF_ART", "GPE", "LOC"):
                    e = extend_org(doc, s, e)
                s, e = clean(doc, s, e)
                # (a place-name the tagger took for an adjective, "Lutavia backs ...", is still a name)
                if not looks_like_name(doc, s, e, prefixed or label == "GPE"):
                    continue
                text, nicks = nicknames_inside(doc, s, e)
                key = norm_name(text)
                if key in kb.media_names or text.casefold() in places or not key:
                    continue
                if e < len(doc) and doc[e].lower_ in _WEAPON_NOUNS:
                    continue  # "Leopard 2 tanks", "Patriot air defence": a weapon's name, not an actor
                used.update(range(s, e))
                known = self._known(text)
                if known is not None and kb.actors[known].type == "State" and label != "GPE":
                    known = None  # a state's name counts only where NER also saw a place-name
                if known is None:
                    known = self._known_person_variant(text, doc, s, e, claimed)
                cands.append(_Cand(s, e, text, label, iri=known, title=title, nicknames=nicks, prefixed=prefixed))
        for c in self._unlabelled_names(doc, used, claimed, person_words):
            key = norm_name(c.text)
            if key in kb.media_names or c.text.casefold() in places or (
                    c.end < len(doc) and doc[c.end].lower_ in _WEAPON_NOUNS):
                continue
            cands.append(c)
        # "Haitian National Police", "Lebanese Armed Forces": a demonym opening a name is part of it
        demonyms = {m.end: m for m in mentions if m.kind == DEMONYM}
        for c in cands:
            d = demonyms.get(c.start)
            if d is not None and not c.iri and doc[c.start - 1].whitespace_ and c.ner in ("ORG", "") \
                    and doc[c.start:c.end].text[:1].isupper() and head_word_type(c.text.split()) is not None \
                    and not _is_headline(doc, c.start):
                c.start, c.state = d.start, d.actor
                c.text = doc[c.start:c.end].text
                mentions.remove(d)
                del demonyms[d.end]
        return cands

    def _unlabelled_names(self, doc: Doc, used: set[int], claimed: set[int],
                          person_words: set[str] = frozenset()) -> list[_Cand]:
        """Proper-noun runs that NER left without a label ('the mainly Muslim Seleka rebellion',
        'the SPLM/A in Opposition', 'Permanent Strategic Framework (CSP)'): candidates with no prior,
        actors only if their context says so."""
        out = []
        i, n = 0, len(doc)

        def name_tok(t) -> bool:
            return (t.pos_ == "PROPN" and t.text[:1].isupper() and t.i not in claimed and t.i not in used
                    and t.lower_ not in TITLE_WORDS and not t.is_space and t.is_alpha or (
                        t.pos_ == "PROPN" and t.text.isupper() and t.i not in claimed and t.i not in used))

        while i < n:
            if not name_tok(doc[i]):
                i += 1
                continue
            j = i + 1
            while j < n:
                if name_tok(doc[j]):
                    j += 1
                elif doc[j].text in ("/", "-") and not doc[j].whitespace_ and j + 1 < n and name_tok(doc[j + 1]):
                    j += 2
                elif doc[j].lower_ in ("of", "for", "in", "and") and j + 1 < n and name_tok(doc[j + 1]):
                    j += 2
                elif doc[j].lower_ in ("of", "for", "in") and j + 2 < n and doc[j + 1].lower_ == "the" \
                        and name_tok(doc[j + 2]):
                    j += 3
                elif doc[j].lower_ in ("of", "and") and j + 1 < n and doc[j + 1].ent_type_ == "NORP" \
                        and not doc[j + 1].ent_id_ and doc[j + 1].text[:1].isupper() and j > i + 1:
                    j += 2  # "... Support of Islam and Muslims": creeds inside a name
                else:
                    break
            # (one word opening a sentence is a name only if it is a word of a person's name: "Machar said")
            if not (j - i == 1 and doc[i].is_sent_start and doc[i].lower_ not in person_words) \
                    and not _is_headline(doc, i) and looks_like_name(doc, i, j):
                c = _Cand(i, j, doc[i:j].text, "")
                out.append(c)
            i = j
        return out

    def _known_person_variant(self, text: str, doc: Doc, s: int, e: int, claimed: set[int]) -> str | None:
        """'Omar Hasan al-Bashir' for the gazetteer's 'Omar al-Bashir': a known person's first and
        last name with a middle name between is that person (the gazetteer matched the surname)."""
        words = name_words(text)
        if len(words) < 3:
            return None
        for i in range(s, e):
            if doc[i].ent_id_.startswith(NAME + "|"):
                iri = doc[i].ent_id_.partition("|")[2]
                a = self.kb.actors.get(iri)
                if a is None or a.type not in ("Official", "Person"):
                    continue
                for n in a.names:
                    w = name_words(n)
                    if len(w) >= 2 and w[0] == words[0] and w[-1] == words[-1]:
                        return iri
        return None

    def _longer_name(self, doc: Doc, start: int, end: int, actor: ActorInfo, claimed: set[int]) -> tuple[int, int] | None:
        """A gazetteer name inside a longer proper name is not that actor: 'Kataib Hezbollah' is not
        Hezbollah, 'Islamic State Khorasan Province' not Islamic State, 'Sudan People's Liberation
        Army' not Sudan. The longer name: capitalised words glued before or after it, ending (for a
        state) in an organisation's head word."""
        if actor.type in ("Official", "Person"):
            return None
        s, e = start, end
        # words before: "Kataib Hezbollah" (a capitalised proper noun, no title, no demonym, no name)
        while s > 0 and doc[s - 1].pos_ == "PROPN" and doc[s - 1].is_title and doc[s - 1].whitespace_ \
                and not doc[s - 1].ent_id_ and doc[s - 1].lower_ not in TITLE_WORDS and doc[s - 1].ent_type_ not in (
                    "GPE", "NORP", "PERSON", "DATE") and actor.type != "State" and s - start > -2:
            s -= 1
        # words after: "Islamic State Khorasan Province", "US Central Command"
        k = e
        while k < len(doc) and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN" and not doc[k].ent_id_ \
                and doc[end - 1].whitespace_ and k - e < 4 and doc[k].lower_ not in TITLE_WORDS:
            k += 1
        if k > e and k < len(doc) and doc[k].text == "'s" and k + 1 < len(doc) and doc[k + 1].text[:1].isupper():
            k += 2  # "Sudan People's Liberation Army"
            while k < len(doc) and doc[k].text[:1].isupper() and k - e < 7:
                k += 1
        if k > e:
            tail = [t.lower_ for t in doc[e:k]]
            if actor.type == "State":
                if tail[-1] in ORG_HEADS or " ".join(tail[-2:]) in ORG_HEADS:
                    e = k
            elif tail[-1] in ORG_HEADS or doc[k:k + 1].text == "(":
                e = k
        if (s, e) == (start, end):
            return None
        if _is_headline(doc, start):
            return None
        return s, e

    def _cluster(self, doc: Doc, cands: list[_Cand], mentions: list[Mention], actors: dict[str, ActorInfo]) -> None:
        """Group the names of one document into actors, type them, and add their mentions."""
        kb = self.kb
        n = len(cands)
        parent = list(range(n))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def union(i: int, j: int) -> None:
            a, b = find(i), find(j)
            if a == b:
                return
            # a known actor's cluster stays the root
            if cands[b].iri and not cands[a].iri:
                a, b = b, a
            if cands[a].iri and cands[b].iri and cands[a].iri != cands[b].iri:
                return
            parent[b] = a

        # the tokens of known states, for "Kenya and X": a place-name coordinated with a state
        states = {i for c in cands if c.iri and kb.actors[c.iri].type == "State" for i in range(c.start, c.end)}
        states |= {i for m in mentions if m.kind == SEAT for i in range(m.start, m.end)}
        for c in cands:
            c.cues = mention_cues(doc, c.start, c.end, c.ner)
            if c.ner == "GPE" and (not c.iri or kb.actors[c.iri].type == "State"):
                c.party, c.place, c.moved = party_cue(doc, c.start, c.end, states)
            if c.acronym is None and (a := acronym_after(doc, c.end)) and not c.iri:
                known = self._known(a)
                if known is not None and self.kb.actors[known].type not in ("State", "Official", "Person") \
                        and c.ner != "PERSON":
                    c.iri = known  # "Group for the Support of Islam and Muslims (JNIM)": the known JNIM
            if not c.ner:
                c.cues[NONE] += 1.0
            if c.prefixed:
                c.cues = Counter({"person": 0.5, "org": 0.5})
            c.acronym = acronym_after(doc, c.end)
            if c.acronym and c.ner != "PERSON":
                c.cues["org"] += 2  # "Full Name (ACR)": organisations are named so, people seldom
            if c.text.isupper() and 2 <= len(c.text) <= 8:
                c.cues["org"] += 1.5  # an acronym
            c.role = person_role_cues(doc, c.start, c.end) or (c.title is not None and
                                                               titles().get(c.title) not in (None, "honorific"))
        # same name, same known actor
        by_key: dict[str, int] = {}
        for i, c in enumerate(cands):
            key = c.iri or norm_name(c.text)
            if key in by_key:
                union(by_key[key], i)
            else:
                by_key[key] = i
        keys = {norm_name(c.text): i for i, c in enumerate(cands)}
        # "Full Name (ACR)", nicknames in quotes, "X, known as Y" / "X, alias Y" / "X (Y)"
        aliases: dict[int, set[str]] = {}
        for i, c in enumerate(cands):
            if c.acronym and not self._known(c.acronym):
                aliases.setdefault(i, set()).add(c.acronym)
                j = keys.get(norm_name(c.acronym))
                if j is not None:
                    union(i, j)
            for nick in c.nicknames:
                aliases.setdefault(i, set()).add(nick)
                aliases[i].add(doc[c.start:c.end].text)
                j = keys.get(norm_name(nick))
                if j is not None:
                    union(i, j)
        for i, c in enumerate(cands):
            j = self._alias_after(doc, c, cands)
            if j is not None:
                union(i, j)
                cands[j].alias_of = i
        # what each cluster is: sum the cues of its mentions and the shape of its longest name
        def cluster_members() -> dict[int, list[int]]:
            groups: dict[int, list[int]] = {}
            for i in range(n):
                groups.setdefault(find(i), []).append(i)
            return groups

        def kind(members: list[int]) -> str:
            root = cands[find(members[0])]
            if root.iri:
                t = kb.actors[root.iri].type
                return "person" if t in PERSON_TYPES else "org"
            total: Counter = Counter()
            for i in members:
                weight = 0.5 if cands[i].alias_of is not None else 1.0
                total.update({k: v * weight for k, v in cands[i].cues.items()})
            # what NER's labels say, once per name; a label the names disagree on counts half
            priors = [ner_prior(cands[i].ner) for i in members]
            for k in ("person", "org", "place", "none"):
                total[k] += max(p[k] for p in priors) * (1.0 if all(p[k] for p in priors) else 0.6)
            longest = max((cands[i] for i in members if cands[i].alias_of is None), key=lambda c: len(c.text),
                          default=cands[members[0]])
            total.update(form_cues(longest.text.split()))
            if any(cands[i].role for i in members):
                total["person"] += 1
            k = kind_of(total)
            # (a place-name's context may look like an organisation's: "X, which ..." or "X's leader")
            if (k in ("place", "none") or k == "org" and not form_cues(longest.text.split())["org"]) \
                    and self._acts_as_state(doc, [cands[i] for i in members]):
                return "state"
            return k

        groups = cluster_members()
        kinds = {r: kind(m) for r, m in groups.items()}
        # people: surnames, first names with patronymic, to the person named in full
        fulls: dict[str, list[str]] = {}
        full_root: dict[str, int] = {}
        order: dict[str, int] = {}
        for r, members in groups.items():
            if kinds[r] != "person":
                continue
            names = [cands[i].text for i in members] + (kb.actors[cands[r].iri].names if cands[r].iri else [])
            for nm in names:
                w = name_words(nm)
                if len(w) >= 2:
                    key = " ".join(w)
                    # two different full names never share a key; a compatible one joins
                    fulls.setdefault(key, w)
                    full_root.setdefault(key, r)
                    order.setdefault(key, min(cands[i].start for i in members))
        mention_count: dict[int, int] = {r: len(m) for r, m in groups.items()}
        for r, members in sorted(groups.items(), key=lambda g: min(cands[i].start for i in g[1])):
            if cands[r].iri:
                continue
            own_full = [name_words(cands[i].text) for i in members if len(name_words(cands[i].text)) >= 2]
            if own_full and kinds[r] == "person":
                # a full name joins another only when one is the other's first words ("Idriss Déby" / "... Itno")
                w = max(own_full, key=len)
                for key, other in fulls.items():
                    if find(full_root[key]) != find(r) and compatible_full_names(w, other) and w != other \
                            and len(w) < len(other):
                        union(full_root[key], r)
                        break
                continue
            if kinds[r] not in ("person", "org", "none", "state"):
                continue  # (a "state" may be a surname NER took for a place: "Petro's government")
            c = max((cands[i] for i in members), key=lambda c: len(c.text))
            short = name_words(c.text)
            if not short or len(short) > 2 or (c.text.isupper() and len(c.text) > 1):
                continue
            if kinds[r] == "org" and sum(cands[i].cues["org"] for i in members) > 1.5 * len(members) + 0.1:
                continue  # "Haqqani network": a name with its own organisation cues stays a group
            if kinds[r] == "none" and sum(cands[i].cues["none"] for i in members) > 2:
                continue
            key = surname_candidates(short, fulls, order, lambda k: mention_count.get(find(full_root[k]), 0))
            if key is not None:
                union(full_root[key], r)
        # organisations: a short form is the full name less its head word ("Polisario" / "Polisario Front")
        groups = cluster_members()
        kinds = {r: kind(m) for r, m in groups.items()}
        org_full: dict[str, int] = {}
        for r, members in groups.items():
            if kinds[r] != "org":
                continue
            for i in members:
                words = cands[i].text.split()
                if len(words) >= 2 and words[-1].lower() in ORG_HEADS:
                    org_full.setdefault(norm_name(" ".join(words[:-1])), r)
        for r, members in groups.items():
            if kinds[r] not in ("org", "person", "none") or cands[r].iri:
                continue
            key = norm_name(max((cands[i].text for i in members), key=len))
            j = org_full.get(key)
            if j is not None and find(j) != find(r):
                union(j, r)
        # the actors
        groups = cluster_members()
        self._last_aliases = []
        for r, members in groups.items():
            k = kind(members)
            if k not in ("person", "org", "state") and not cands[r].iri:
                continue
            if all(cands[i].prefixed for i in members) and not cands[r].iri:
                continue  # "anti-Soviet": a pro- / anti- name that names no actor of the article
            root = cands[r]
            if root.iri:
                actor = actors.setdefault(root.iri, kb.actors[root.iri].copy())
            else:
                actor = self._new_actor(doc, [cands[i] for i in members], k, actors)
            # "the Iron Oath militia": the name with its head word is a name of the group too (not
            # for a known actor or one with a head of its own: "the UN mission", "a PMF brigade")
            headless = k == "org" and not root.iri and actor.type != "State" and all(
                head_word_type(cands[i].text.split()) is None for i in members)
            seen = set()
            for i in members:
                c = cands[i]
                seen.add(c.text)
                seen.update(aliases.get(i, ()))
                if actor.type == "State" and c.moved and not c.party:
                    continue  # "fled to X": a state's name used for where people go is no actor there
                mentions.append(Mention(c.start, c.end, actor.iri, NAME, title=c.title, label=c.text))
                head = doc[c.end] if c.end < len(doc) else None
                if headless and head is not None and head.is_lower and head.lower_ in NAME_HEADS and head.pos_ in ("NOUN", "PROPN") and doc[c.end - 1].whitespace_:
                    c.head_after = head.text
                    seen.add(f"{c.text} {c.head_after}")
                    if f"{c.text} {c.head_after}" not in actor.names:
                        actor.alt_labels.append(f"{c.text} {c.head_after}")
            if actor.type == "Person" and any(cands[i].role for i in members):
                actor.type = "Official"
            if k == "state" and actor.demonyms:
                # "Valdorian troops": the demonym the text makes of a state it names stands for the state
                taken = {j for c in cands for j in range(c.start, c.end)} | {j for m in mentions for j in range(m.start, m.end)}
                mentions.extend(Mention(t.i, t.i + 1, actor.iri, DEMONYM) for t in doc
                                if t.text in actor.demonyms and t.i not in taken)
            self._last_aliases.append((actor.iri, seen))

    def _new_actor(self, doc: Doc, members: list[_Cand], kind: str, actors: dict[str, ActorInfo]) -> ActorInfo:
        """An actor the gazetteer does not know, labelled with its fullest name."""
        names = [c for c in members if c.alias_of is None] or members
        if kind == "state":
            best = max(names, key=lambda c: (len(c.text), -c.start))
            iri = actor_iri(best.text)
            actor = actors.setdefault(iri, ActorInfo(iri=iri, label=best.text, type="State", known=False))
            # "Valdorian troops": the adjective the text makes of the name is its demonym
            forms = demonym_forms(best.text)
            actor.demonyms = sorted({*actor.demonyms, *(t.text for t in doc if t.text in forms and t.text[:1].isupper())})
            return actor
        if kind == "person":
            best = max(names, key=lambda c: (len(name_words(c.text)), -c.start))
            label = best.text
            typ = "Official" if any(c.role for c in members) else "Person"
        else:
            best = max(names, key=lambda c: (not c.text.isupper(), len(c.text), -c.start))
            label = best.text
            total: Counter = Counter()
            for c in members:
                total.update(c.cues)
            typ = org_type(label.split(), total)
        state = next((c.state for c in members if c.state), None)
        if state is not None and kind == "org" and " ".join(label.lower().split()[1:]) in _STATE_FORCE_NAMES:
            group = self.forces_of(actors.setdefault(state, self.kb.actors[state].copy()), actors)
            for c in members:
                if c.text not in group.alt_labels and c.text != group.label:
                    group.alt_labels.append(c.text)
            return group
        iri = actor_iri(label)
        actor = actors.get(iri)
        if actor is None:
            actor = ActorInfo(iri=iri, label=label, type=typ, known=False)
            actors[iri] = actor
        elif actor.type == "Organization" and typ in ("ArmedGroup", "Government"):
            actor.type = typ
        for c in members:
            if c.text != actor.label and c.text not in actor.alt_labels:
                actor.alt_labels.append(c.text)
        return actor

    @staticmethod
    def _acts_as_state(doc: Doc, members: list[_Cand]) -> bool:
        """An unknown name NER calls a place is a state where it acts or is acted on as a party (its
        mentions' slots, a demonym the text makes of it) more than it is a location ("in X", "the
        town of X", "seized X"); only a one-word name or one with a state's word ("Republic")."""
        if not any(c.ner == "GPE" for c in members) or any(c.ner == "PERSON" for c in members):
            return False
        name = max(members, key=lambda c: len(c.text)).text
        words = name.split()
        if name.lower() in CREED_WORDS:
            return False  # a people or a creed ("Tutsi", "Tuareg"), never a state
        if not (len(words) == 1 and name.replace("-", "").isalpha() and name[:1].isupper()
                or any(w.lower() in STATE_NAME_WORDS for w in words[1:] + words[:1])):
            return False
        party = sum(c.party for c in members)
        place = sum(c.cues[PLACE] + c.place for c in members)
        forms = demonym_forms(name)
        if any(t.text in forms and (t.pos_ in ("ADJ", "PROPN") or t.ent_type_ == "NORP") for t in doc):
            party += 1.5  # "Valdorian troops": the text makes a demonym of it
        return party >= 0.5 and party > place

    def _alias_after(self, doc: Doc, c: _Cand, cands: list[_Cand]) -> int | None:
        """'X, known as Y', 'X, alias Y', 'X (Y)' for a person, 'X, also known as Y': Y's index."""
        i = c.end
        if i < len(doc) and doc[i].text in (",", "("):
            i += 1
        words = []
        j = i
        while j < len(doc) and j - i < 4 and doc[j].is_lower or (j < len(doc) and doc[j].text in ("a.k.a.",)):
            words.append(doc[j].lower_)
            j += 1
        phrase = " ".join(words)
        bracket = c.end < len(doc) and doc[c.end].text == "("
        if not (phrase in ALIAS_MARKERS or (phrase.endswith(" as") and phrase in ALIAS_MARKERS) or (bracket and not words)):
            # "X, known as Y" with a word between ("formally known as")
            if not any(phrase.endswith(m) for m in ALIAS_MARKERS if " " in m or m in ("alias", "aka")):
                return None
        for k, other in enumerate(cands):
            if other.start == j and other is not c:
                if bracket and not words and (other.text.isupper() or c.ner != "PERSON"):
                    return None  # "Name (ACR)" is handled as an acronym
                return k
        return None

    def _anaphora(self, doc: Doc, mentions: list[Mention], actors: dict[str, ActorInfo], date) -> list[Mention]:
        """Pronouns and definite descriptions ("the group", "the junta"), resolved: ``pronoun`` and
        ``description`` mentions, kept in ``LinkedDoc.anaphora`` (see there)."""
        def actor_type(iri: str) -> str:
            return actors[iri].type

        def resolve(head: str, iri: str) -> str | None:
            a = actors[iri]
            if a.type == "State":
                if head in ("junta", "military government", "regime", "administration"):
                    gov = self.kb.government_of(iri, date)
                    if gov is not None:
                        actors.setdefault(gov, self.kb.actors[gov].copy())
                        return gov
                return iri
            if not a.known and a.type == "Organization" and set(DESCRIPTIONS[head]) == {"ArmedGroup"}:
                a.type = "ArmedGroup"  # "the militia" names a group the text had not typed yet
            return iri

        def names(iri: str) -> set[str]:
            a = actors[iri]
            return {a.label, *a.alt_labels, *(x for c in self._last_aliases if c[0] == iri for x in c[1])}

        def fits(head: str, iri: str) -> bool:
            # a state's own armed forces are no "movement", "militia", "rebels" or "mission" (a "group" or
            # "force" they may be)
            return not actors[iri].armed_forces_of or head in ("group", "armed group", "force", "forces",
                                                                "coalition", "alliance")

        return anaphora(doc, mentions, actor_type, resolve, names, fits)


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
        words = [t.lower_ for t in doc]
        out = list(mentions)
        for i, end, desc in self._description_table.matches(doc):
            # a generic description ("the junta") needs its state named in the document; one with
            # a place in it ("the Tripoli-based administration") says where it is itself
            generic = desc == desc.lower()
            candidates = [a for a in kb.by_description[desc] if kb.in_force(a, date)
                          and (not generic or kb.actors[a].governs is None or kb.actors[a].governs in named_states)]
            if not candidates or any(j in taken for j in range(i, end)):
                continue
            start = i
            if start >= 2 and words[start - 1] == "-" and start - 2 in taken:
                start += 1  # "UN-recognised government": the modifier stays out for the hyphen rule
            if start >= end:
                continue
            out.append(Mention(start, end, candidates[0], "description"))
            actors.setdefault(candidates[0], kb.actors[candidates[0]].copy())
            taken.update(range(start, end))
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
        led: dict[str, str] = {}  # "kenyan-led" -> the force it names
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
                    # the article names the private force of that nationality ("Wagner"): that one
                    hired = [m.actor for m in mentions if m.kind == NAME and actors[m.actor].type == "ArmedGroup"
                             and actors[m.actor].nationality == owner.actor and not actors[m.actor].armed_forces_of]
                    if len(set(hired)) == 1:
                        iri = hired[0]
                    else:
                        label = doc[owner.start:tok.i + 1].text
                        iri = actor_iri(label)
                        actors.setdefault(iri, ActorInfo(iri=iri, label=label, type="ArmedGroup", known=False))
                    out = [m for m in out if m is not owner]
                    out.append(Mention(owner.start, tok.i + 1, iri, "forces", possessor=owner.actor))
                continue
            led_group = tok.lower_ in LED_GROUP_NOUNS and tok.lower_ not in FORCE_NOUNS
            if (tok.lower_ not in FORCE_NOUNS and not led_group) or tok.i in by_token:
                continue
            backed = self._backed_by_modifier(doc, tok, by_token)
            if led_group and backed is None:
                continue
            if backed is not None:
                # "Turkish-backed forces" are forces Turkey backs, not Turkey's: an unnamed group,
                # named as the text names it; the hyphen rule reads the support.
                label = re.sub(r"^(?:the|a|an)\s+", "", doc[backed:tok.i + 1].text, flags=re.I)
                # "the Kenyan-led mission" ... "the Kenyan-led force": one force, led by one state
                modifier = label.rsplit(" ", 1)[0].lower() if label.lower().endswith(("-led " + tok.lower_,)) else None
                iri = led.get(modifier) if modifier else None
                if iri is None:
                    iri = actor_iri(label)
                    actors.setdefault(iri, ActorInfo(iri=iri, label=label, type="ArmedGroup", known=False))
                    if modifier:
                        led[modifier] = iri
                elif label != actors[iri].label and label not in actors[iri].alt_labels:
                    actors[iri].alt_labels.append(label)
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
        seats = {e.start: e for e in doc.ents if e.ent_id_.startswith(SEAT + "|")}
        for tok in doc:
            # "the government in Khartoum": the government that sits there
            seat = seats.get(tok.i + 2) if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "in" else None
            if tok.lower_ in _STATE_BODIES and tok.i not in by_token and seat is not None \
                    and not any(i in by_token for i in range(seat.start, seat.end)):
                state = seat.ent_id_.partition("|")[2]
                gov = self.kb.government_of(state, date) or state
                actors.setdefault(gov, self.kb.actors[gov].copy())
                out.append(Mention(tok.i, seat.end, gov, "description"))
                continue
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
