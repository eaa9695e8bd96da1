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
from functools import cache
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .._docmemo import demonym_texts, doc_text, token_ent_ids, token_texts
from .._kb import ActorBase, ActorInfo
from .._lexicon import FORCE_NOUNS, TITLE_WORDS, nouns, titles
from .._vocab import actor_iri, norm_name
from ._gazetteer import DEMONYM, MEDIA, NAME, SEAT, PhraseTable, title_before  # noqa: F401 (title_before: API)
from ._mention import LinkedDoc, Mention
from ._names import (_QUOTES, closed_before_and, trim_lower_tail, acronym_after, clean, extend_org, extend_person, extend_person_back, looks_like_name, nicknames_inside,
                     split_parts, strip_title, line_bounds as _line_bounds, title_case_line as _title_case_line)
from ._headline import headline_descriptions
from ._resolve import PERSON_TYPES, Salience, anaphora, compatible_full_names, name_words, surname_candidates
from ._typing import (ARMED, NONE, PLACE, demonym_forms, form_cues, head_word_type, kind_of, mention_cues, ner_prior, org_type,
                      country_cue, party_cue, person_role_cues, listed_party, relational, support_recipient,
                      supporters)
from ._home import home_state
from ._words import words, CLIENT_ORG_HEADS, ACRONYM_NOUNS, ALIAS_MARKERS, ARMED_PERSONNEL, ARMED_VERBS, PLACE_OBJECT_VERBS, HEADLINE_BREAK_WORDS, LOCAL_ARMED_NOUNS, PLACE_NOUNS, FORMED_GOVERNMENT_MODIFIERS, OFFICER_NOUNS, PEOPLE_NOUNS, ARMED_ADJECTIVES, ARMED_ORG_HEADS, FORMING_VERBS, LEADER_PARTICIPLES, LEADER_ROLE_NOUNS, HEAD_OF_STATE_TITLES, HOME_ARMY_NOUNS, PEACEKEEPER_NOUNS, ROLE_NOUNS, STATE_FORCE_NAMES, HIRED_NOUNS, IRREGULAR_FORCE_NOUNS, POLICE_NOUNS, MULTINATIONAL_FORCE_HEADS, PLACE_ARMED_HEADS, CREED_WORDS, DESCRIPTIONS, LED_GROUP_NOUNS, NAME_HEADS, ORG_HEADS, STATE_NAME_WORDS, NATIONAL_FORCE_NAMES, NOT_NAMES, ARMED_NOUNS_BEFORE_NAME, STATE_NAME_ENDINGS, formal_state_name, model_words, predicate_words, sovereign_state_name, LEADING_VERBS, POSSESSED_GROUP_NOUNS, predicate_preps

_DATELINE = re.compile(r"^([A-Z][A-Z'. -]{2,30}),", re.M)
_AGENT_DEPS = {"nsubj", "nsubjpass", "poss", "appos", "agent"}
_STATE_FORCE_NAMES = words("state_force_label_tails")
# "government troops", "federal forces", "regime soldiers": the forces of the state the story is about
GOVERNMENT_FORCE_MODIFIERS = words("government_force_modifiers")
_SKIP_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LANGUAGE", "LAW"}
_WEAPON_NOUNS = words("weapon_model_heads")
# "Rafale warplanes", "Sukhoi bombers": a name before a platform or materiel noun is a weapon's (not the
# personnel or air power words of that list: "Wagner troops" are an actor's)
_WEAPON_NOUNS |= {w for w in nouns()["platform"] | nouns()["materiel"] if " " not in w} - {
    "troop", "troops", "soldier", "soldiers", "navy", "artillery", "armour", "armor", "airpower"}


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
    country: float = 0.0  # how much this mention treats the name as a country ("X's capital", "the X government")
    locative: bool = False  # a location: "in X"
    helped: bool = False  # the one a party helps: "Iran backs X", "a key ally of X"
    state_helped: bool = False  # and the helper is a state: "Iran backs X", "X is backed by Egypt"


# the labels NER gives an invented one-word name as a guess ("Sundar" an ORG, a PRODUCT, a FAC)
_GUESSED_LABELS = ("ORG", "PRODUCT", "FAC", "WORK_OF_ART")


def state_shaped(text: str) -> bool:
    """'the Castellan Federation', 'the Orvan Republic': a name or two before a state's word
    ('federation', 'republic', 'kingdom'), with no other organisation word ('Karsa Trade Federation')."""
    words = text.removeprefix("the ").split()
    return len(words) == 2 and words[-1].lower() in STATE_NAME_WORDS - {"union", "commonwealth"} \
        and all(w[:1].isupper() and w.lower() not in ORG_HEADS and w.lower() not in STATE_NAME_WORDS
                for w in words[:-1])


def national_force_owner(text: str) -> str | None:
    """'Meranti Navy' -> 'Meranti': the name before a force only a state has, else None."""
    words = text.split()
    for k in (1, 2, 3):
        if len(words) > k and " ".join(words[-k:]).lower() in NATIONAL_FORCE_NAMES:
            return " ".join(words[:-k])
    return None


# capitalised -ian words that are no demonym of a state; and the nouns after which an unknown -ian
# adjective is read as one ("Valdorian positions")
_NOT_DEMONYMS = words("not_demonyms")
_DEMONYM_HEADS = words("demonym_heads")


def _prefix_at(doc: Doc, i: int) -> bool:
    """Is token i the actor of a 'pro-X' / 'anti-X' prefix ("pro-Russian", "anti-Relvani")?"""
    return i >= 2 and doc[i - 1].text in ("-", "\u2010", "\u2011") and doc[i - 2].lower_ in ("pro", "anti") \
        and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_


def _dateline_publisher(doc: Doc) -> range:
    """The tokens of the publisher in a dateline's brackets ("NAIROBI, March 3 (Kestrel News) -"): no actor."""
    line = doc._.dateline if doc.has_extension("dateline") else None
    if not line:
        return range(0)
    start, end = line
    opening = next((t.i for t in doc[start:end] if t.text == "("), None)
    if opening is None:
        return range(0)
    closing = next((t.i for t in doc[opening:end] if t.text == ")"), None)
    return range(opening + 1, closing) if closing is not None else range(0)


_BREAKAWAY = words("breakaway_modifiers")
_DATE_OPENERS = words("date_phrase_openers")


def _breakaway_before(doc: Doc, i: int) -> bool:
    """Is the name at token i opened by 'self-declared', 'breakaway', 'separatist' ...?"""
    before = " " + doc[max(0, i - 4):i].text.lower()
    return any(before.endswith(" " + m) for m in _BREAKAWAY)


_BREAKAWAY_HEADS = words("breakaway_heads")


def _breakaway_of(doc: Doc, i: int) -> int | None:
    """'the breakaway region of X', 'separatist authorities in X', 'the self-declared republic of X': the start of
    the phrase whose name is at token i, when the phrase's head is its clause's subject or object (it acts)."""
    j = i - 1
    if j > 0 and doc[j].lower_ == "the":
        j -= 1
    if j < 1 or doc[j].lower_ not in ("of", "in"):
        return None
    head = doc[j - 1]
    acts = head.dep_ in ("nsubj", "nsubjpass", "dobj", "poss") or head.dep_ == "pobj" and head.head.lower_ in (
        "by", "with", "against") or head.dep_ == "conj" and head.head.dep_ in ("nsubj", "nsubjpass", "dobj")
    if head.lower_ in PLACE_NOUNS and head.dep_ not in ("nsubj", "nsubjpass", "poss"):
        return None  # "troops entered the separatist enclave of X": a place unless it speaks or acts as subject
    if head.lower_ not in _BREAKAWAY_HEADS or not _breakaway_before(doc, head.i) or not acts:
        return None  # (not "fighting in the breakaway region of X": a place)
    start = head.i
    while start > 0 and doc[start - 1].lower_ not in ("the", "a", "an", ",", ".") and head.i - start < 4 \
            and (doc[start - 1].is_lower or doc[start - 1].text == "-" or doc[start - 1].text[:1].isupper()
                 and doc[start - 1].lower_ in {w.split("-")[0] for w in _BREAKAWAY}):
        start -= 1
    return start


def _surname_of_a_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Do the words doc[start:end] ("Van der Heyde") come elsewhere in the text after a given name
    ("Lucia Van der Heyde")?"""
    words = [t.lower_ for t in doc[start:end]]
    n = len(words)
    for i in range(1, len(doc) - n + 1):
        if i != start and [t.lower_ for t in doc[i:i + n]] == words and doc[i - 1].pos_ == "PROPN" \
                and doc[i - 1].is_title:
            return True
    return False


def _after_alias_marker(doc: Doc, i: int) -> bool:
    """Is token i just after 'alias', 'known as', 'nicknamed' ...?"""
    words = " ".join(t.lower_ for t in doc[max(0, i - 3):i])
    return any(words.endswith(m) for m in ALIAS_MARKERS)


@cache
def _headline_words() -> frozenset[str]:
    """The lexicon's verbs: in a Title Case headline they end a name ('X Sends ...', 'Attacks Y')."""
    return frozenset(w for k, ws in predicate_words().items() if k.startswith("VERB:") for w in ws) \
        | ARMED_VERBS | PLACE_OBJECT_VERBS


def _verb_form(t: Token) -> bool:
    """A headline's capitalised verb of the lexicon ('Sends', 'Attacks', 'Backs', 'Clash' before 'With'),
    not an organisation's head nor a word of a name before its head ('Rapid Support Forces')."""
    words = _headline_words()
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.lower_ not in ORG_HEADS and (t.pos_ in ("VERB", "AUX") or t.lower_.endswith("s") and (
        t.lemma_.lower() in words or t.lower_[:-1] in words or t.lower_[:-2] in words) or (
        t.lower_ in words and t.i > 0 and nxt is not None and not nxt.is_space and nxt.lower_ not in ORG_HEADS))


def _headline_cut(t: Token) -> bool:
    """What ends a name in a Title Case headline: a verb of the lexicon ('Sends', 'Attacks'), a preposition
    no name is glued with ('To', 'With', 'Against'), and the armed men or positions a name modifies
    ('X Fighters', 'X Positions'; not an organisation's head: 'X Forces')."""
    return _verb_form(t) or t.lower_ in HEADLINE_BREAK_WORDS or (
        t.lower_ in ARMED_PERSONNEL and t.lower_ not in ORG_HEADS and " " not in t.lower_)


def _person_pronoun_after(doc: Doc, members: list[_Cand]) -> bool:
    """Is there a 'he' / 'his' / 'she' ... in the sentences of a name's mentions or the sentence after
    them ('Kovacek accused Egypt ..., and his fighters ...'): the name may be a person's."""
    sents = {doc[c.start].sent.start for c in members}
    later = [s for s in doc.sents if any(s.start >= x for x in sents)][:len(sents) + 1]
    own = {i for c in members for i in range(c.start, c.end)}
    # (not one another person the text names first can take: "Gen. X, who leads Y, accused Z of arming his rivals")
    people = [e.end for e in doc.ents if e.label_ == "PERSON" and not own & set(range(e.start, e.end))]
    return any(t.lower_ in ("he", "him", "his", "she", "her", "hers", "himself", "herself")
               and not any(end <= t.i for end in people) for s in later for t in s)


def _attacked_by(root: Token, attackers: set[int]) -> bool:
    """Is the name the object of an armed act ('attacked', 'ambushed', 'shelled') whose subject is one of
    ``attackers`` (the tokens of known armed groups): 'Hamas attacked the Ombra Movement'?"""
    if root.dep_ != "dobj" or root.head.lemma_ not in ARMED_VERBS:
        return False
    return any(c.dep_ == "nsubj" and c.i in attackers for c in root.head.children)


def _armed_noun_before(doc: Doc, i: int) -> bool:
    """Is the name at i written after an armed group's type noun: 'the militia X', 'the rebel group X',
    'the armed group X' (a lower-case head, after a determiner or a modifier)?"""
    if i < 2:
        return False
    noun, before = doc[i - 1], doc[i - 2]
    if not noun.is_lower or not noun.whitespace_:
        return False
    if noun.lower_ in ARMED_NOUNS_BEFORE_NAME:
        return before.lower_ in ("the", "a", "an") or before.lower_ in ARMED_ADJECTIVES or before.pos_ == "ADJ"
    return noun.lower_ in ("group", "outfit", "faction") and (before.lower_ in ARMED_ADJECTIVES
                                                              or before.lower_ in ARMED_NOUNS_BEFORE_NAME)


_ACRONYM_WORD = re.compile(r"^[A-Z][A-Z0-9/&.-]{1,9}$")
_NAME_GLUE = words("name_glue")
_INNER_PARTICLES = words("name_inner_particles")


def _name_words(text: str) -> list[str]:
    return [w for w in re.split(r"[^\w']+", text.casefold()) if w]


def _spells(full: str, acronym: str) -> bool:
    """Do the initials of the full name spell the acronym, in order ("Ambazonia Defence Forces" -
    ADF, "Japan Self-Defense Forces" - SDF)?"""
    letters = [ch for ch in acronym.casefold() if ch.isalnum()]
    initials = [w[0] for w in _name_words(full) if w != "the"]
    if not letters or not initials:
        return False
    k = 0
    for ch in initials:
        if k < len(letters) and ch == letters[k]:
            k += 1
    return k == len(letters)


def _acronym_fits(full: str, acronym: str, actor: ActorInfo) -> bool:
    """May "Full Name (ACR)" be the known actor that carries ACR? Yes when the full name is one of
    its names, shares their distinctive words ("Allied Democratic Forces-NALU"), or does not spell the
    acronym at all (a translation: "Group for the Support of Islam and Muslims (JNIM)"); not when a
    different name spells it ("Ambazonia Defence Forces (ADF)" is not the Allied Democratic Forces)."""
    key = norm_name(full)
    names = [n for n in actor.names if norm_name(n) != norm_name(acronym)]
    if any(norm_name(n) == key for n in names):
        return True
    if not _spells(full, acronym):
        return True
    def distinct(text: str) -> set[str]:
        return {w for w in _name_words(text) if w not in _NAME_GLUE and w not in ORG_HEADS}

    mine = distinct(full)
    return any(len(mine & (theirs := distinct(n))) * 2 > max(len(mine), len(theirs)) for n in names)


def _drop_articles(key: str) -> str:
    return " ".join(w for w in key.split() if w not in ("the", "a", "an"))


def _is_headline(doc: Doc, i: int) -> bool:
    """Is token i in a Title Case line (a headline), where capitals say nothing about names?"""
    line_start, line_end = _line_bounds(doc, i)
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
    if root.dep_ == "pobj" and root.head.lower_ == "with" and root.head.head.lemma_ in _ACTOR_WITH_VERBS:
        return True  # "has quarrelled with Baghdad", "sided with Moscow"
    if root.dep_ == "pobj" and root.head.lower_ == "from" and (
            root.head.head.lemma_ in _VOICE_NOUNS
            # the parser may hang "from" on the verb: "has drawn criticism from Kinshasa"
            or any(c.dep_ == "dobj" and c.lemma_ in _VOICE_NOUNS for c in root.head.head.children)):
        return True  # "accusations from Kinshasa", "pressure from Kinshasa"
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_ in _TRANSFER_VERBS:
        return True  # "pledging tanks to Kyiv"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_ in ("request", "invitation", "behest"):
        return True  # "at the request of Maputo"
    if root.dep_ == "pobj" and (listed_party(root.head) or root.head.lower_ == "by" and listed_party(root.head.head)):
        return True  # "Y and its backers, including Ankara", "backed by A, as well as Ankara"
    if root.dep_ in ("attr", "dobj") and root.head.lemma_ in ("be", "include") and any(
            c.dep_ == "nsubj" and relational(c) for c in root.head.children):
        return True  # "Y, whose backers include Ankara"
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(x.lower_ == "particular" for x in c.children)
           for c in root.children) and any(relational(x) for c in root.head.children if c.i < root.i
                                           for x in (c, *c.conjuncts)):
        return True  # "condemned Y and its sponsors, in particular Ankara" (parsed as a second object)
    if root.dep_ == "pobj" and root.head.lower_ not in _PLACE_PREPS and root.head.head.pos_ == "VERB" \
            and root.head.lower_ in predicate_preps().get(root.head.head.lemma_.lower(), ()):
        return True  # the party of a lexicon verb's own preposition: "stood behind Baku", "sided with Moscow"
    if root.dep_ == "conj":
        return _is_agentive(span.doc[root.head.i:root.head.i + 1])
    return False


# prepositions that also say where (a city, not its state): "fought in Kyiv", "advanced on Goma", "fled to Bamako"
_PLACE_PREPS = frozenset({"in", "at", "to", "from", "into", "on", "upon", "around", "over", "near", "toward", "towards"})


_ACTOR_OBJECT_VERBS = words("actor_object_verbs")
_ACTOR_WITH_VERBS = words("actor_with_verbs")  # a city cannot quarrel or negotiate: "with X" is its state
_VOICE_NOUNS = words("voice_nouns")
_TRANSFER_VERBS = words("recipient_transfer_verbs")


_BACKED_WORDS = words("backed_words")
_HIRED_NOUNS = HIRED_NOUNS
_PRONOUNS = {"his", "her", "its", "their", "our", "my", "your"}
# Bodies through which a state acts: "the Congolese government" is the state.
_STATE_BODIES = words("state_bodies")
_RECOGNITION = words("recognition_words")
_UNNAMED_GOVERNMENT_HEADS = words("unnamed_government_heads")
_GOVERNMENT_MODIFIERS = words("government_modifiers")


def forces_of(kb: ActorBase, actor: ActorInfo, actors: dict[str, ActorInfo]) -> ActorInfo:
    """The armed group that 'X's forces' means: a state's armed forces, the group a person commands
    (the gazetteer's, else one named after them); added to ``actors``."""
    if actor.type == "ArmedGroup":
        return actor
    iri = kb.forces_of.get(actor.iri) if actor.type == "State" else kb.group_of_commander.get(actor.iri)
    if iri and iri in kb.actors:
        return actors.setdefault(iri, kb.actors[iri].copy())
    if actor.type == "State":
        named = _named_state_forces(actor, actors)
        if named is not None:
            named.armed_forces_of = actor.iri
            return named  # "Philippine troops" in a story that names the "Armed Forces of the Philippines"
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


def _named_state_forces(state: ActorInfo, actors: dict[str, ActorInfo]) -> ActorInfo | None:
    """The one armed group the article names the way a state's national forces are named: "Armed
    Forces of the Philippines", "Cameroon Armed Forces", "the Vaskoran Army", "Dravnian Defence Forces"."""
    owners = [state.label, *state.alt_labels]
    demonyms = list(state.demonyms)
    forms = {f"armed forces of {o}" for o in owners} | {f"armed forces of the {o}" for o in owners}
    forms |= {f"{o} {n}" for o in owners + demonyms
              for n in ("armed forces", "army", "defence forces", "defense forces", "national defence force",
                        "national defense force")}
    forms = {f.casefold() for f in forms}
    found = [a for a in actors.values() if a.type == "ArmedGroup" and not a.known
             and a.label.casefold().removeprefix("the ") in forms]
    return found[0] if len(found) == 1 else None


class Linker:
    def __init__(self, kb: ActorBase) -> None:
        self.kb = kb
        # gazetteer descriptions, matched as phrases (case-sensitive ones are checked after the match)
        self._description_table = PhraseTable({d: d for d in kb.by_description})
        self._last_aliases: list[tuple[str, set[str]]] = []
        self._model_words: frozenset[str] = frozenset()
        # "Democratic Republic of Congo" for "Democratic Republic of the Congo"
        self._by_name_no_article: dict[str, str] = {}
        for key, iri in kb.by_name.items():
            if len(key.split()) > 2:
                self._by_name_no_article.setdefault(_drop_articles(key), iri)

    def prepare(self, vocab, model_path=None) -> None:
        """Build the stage's phrase matchers (titles, descriptions) for a pipeline's vocabulary, and
        read the words the model was trained on (its ``vocab/strings.json``: what the text does
        not add), so an unknown capitalised word ("Dravnia", "Velmland") can be told from a common one."""
        from ._gazetteer import prepare
        from ._resolve import prepare as prepare_descriptions
        prepare(vocab)
        prepare_descriptions(vocab)
        self._description_table.prepare(vocab)
        self._model_words = model_words(model_path)

    def _english_word(self, tok: Token) -> bool:
        """A capitalised word that is a word of the model's English and no name the gazetteer knows ('Rifles',
        'Convoy', 'Border'; not 'Turkey')."""
        return tok.is_alpha and tok.lower_ in self._model_words and self._known(tok.text) is None \
            and tok.lower_ not in TITLE_WORDS and not tok.ent_id_

    def _unknown_word(self, tok: Token) -> bool:
        """A capitalised word that is no word of the model's English (nor written in lower case in
        the text), whatever the tagger made of it: the shape of a name ("Dravnia backs ...")."""
        words = self._model_words
        return bool(words) and tok.is_alpha and len(tok.text) >= 4 and tok.text[:1].isupper() \
            and tok.text[1:].islower() and tok.lower_ not in words and tok.lower_ not in NOT_NAMES \
            and tok.lower_ not in _doc_words(tok.doc)[0]

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
        self._generic: set[tuple[int, int]] = set()
        cands = self._candidates(doc, mentions, actors)
        self._cluster(doc, cands, mentions, actors)
        mentions = self._prefixed_names(doc, mentions, actors)
        mentions = self._unnamed_demonym_states(doc, mentions, actors)
        mentions.sort(key=lambda m: m.start)
        mentions = self._known_as(doc, mentions, actors)
        mentions = self._descriptions(doc, mentions, actors, date)
        mentions = self._state_governments(doc, mentions, actors, date)
        mentions = self._forces(doc, mentions, actors)
        mentions = self._named_after(doc, mentions, actors)
        formed = self._formed_governments(doc, mentions, actors)
        mentions = mentions + self._formed_later(doc, mentions, formed)
        mentions.sort(key=lambda m: (m.start, -m.end))
        # Drop mentions nested in a longer one (a description absorbed its parts).
        kept: list[Mention] = []
        for m in mentions:
            if kept and m.start < kept[-1].end:
                continue
            kept.append(m)
        anaphora_ = self._anaphora(doc, kept, actors, date)
        # "A and B ... their troops": the set's forces replace the one owner's the forces pass chose
        sets = {(m.start, m.end) for m in anaphora_ if m.kind == "group"}
        kept = [m for m in kept if (m.start, m.end) not in sets]
        # (a government an armed group forms is read like a description, with no salience of its own:
        # "they" after it is still the group)
        taken = {i for m in [*kept, *anaphora_] for i in range(m.start, m.end)}
        anaphora_ = sorted([*anaphora_, *(m for m in formed if not any(i in taken for i in range(m.start, m.end)))],
                           key=lambda m: m.start)
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
            if m.kind in (NAME, SEAT) or (m.kind == "forces" and m.end - m.start > 1 and doc[m.start].lower_ not in _PRONOUNS
                                          and (m.start, m.end) not in self._generic):
                labels.setdefault(m.actor, set()).add(m.label or m.span(doc).text)
        for c in self._last_aliases:
            labels.setdefault(c[0], set()).update(c[1])
        return LinkedDoc(doc, kept, actors, labels, anaphora_)

    # -- names -----------------------------------------------------------------
    def _unnamed_demonym_states(self, doc: Doc, mentions: list[Mention], actors: dict[str, ActorInfo]) -> list[Mention]:
        """"Valdorian troops attacked ...", "shelled Valdorian positions" where the article never names
        Valdoria: an unknown capitalised -ian / -stani / -ese adjective before a force or position noun is
        the demonym of a state named by the usual English pattern (Valdorian -> Valdoria, Korvastani ->
        Korvastan, Varanese -> Varan)."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        out = list(mentions)
        for i, word in enumerate(token_texts(doc)[:-1]):  # (no Token built for each word)
            name = self._unnamed_demonym(doc, i)
            if i in taken or name is None:
                continue
            iri = actor_iri(name)
            actor = actors.setdefault(iri, ActorInfo(iri=iri, label=name, type="State", known=False))
            if actor.type != "State":
                continue
            if word not in actor.demonyms:
                actor.demonyms.append(word)
            out.append(Mention(i, i + 1, iri, DEMONYM))
        return out

    def _unnamed_demonym(self, doc: Doc, i: int) -> str | None:
        """The state an unknown -ian / -stani / -ese adjective before a force or position noun names
        (Valdorian -> Valdoria, Korvastani -> Korvastan, Varanese -> Varan) where the article never
        names it, whatever NER called the adjective; else None."""
        if i + 1 >= len(doc):
            return None
        word = token_texts(doc)[i]
        if len(word) < 7 or not word[:1].isupper() or not word[1:].islower():
            return None  # (tested again below; first here, before any Token is built, for every token asks)
        tok, nxt = doc[i], doc[i + 1]
        name = word[:-1] if word.endswith(("ian", "stani")) else word[:-3] if word.endswith("ese") else None
        if name is None and word.endswith("an") and not word.endswith(("stan", "ean")) and self._unknown_word(tok) \
                and not any(t.text == word and t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper()
                            and doc[t.i + 1].lower_ not in TITLE_WORDS for t in doc):
            # "Ostravan" -> Ostrava: a country's final -a takes -n (Kenya, Kenyan); no English word, and no
            # word of a longer name the text uses ("the Castellan Federation ... the Castellan government")
            name = word[:-1]
        # (NER's person may be the parser's adjective, "Zerkistani soldiers", or its compound, "Tulmistani
        # troops"; not a word of a person's full name, "Anna Kristian")
        person_word = tok.ent_type_ == "PERSON" and not (tok.pos_ == "ADJ" and tok.dep_ == "amod") and (
            tok.dep_ != "compound" or i > 0 and doc[i - 1].text[:1].isupper() and not doc[i - 1].is_sent_start
            and doc[i - 1].ent_type_ == "PERSON")
        if name is None or len(word) < 7 or not word[:1].isupper() \
                or not word[1:].islower() or not tok.is_alpha or person_word \
                or word.lower() in _NOT_DEMONYMS or word.lower() in CREED_WORDS:
            return None
        if nxt.lower_ not in FORCE_NOUNS and nxt.lower_ not in _DEMONYM_HEADS:
            return None
        if norm_name(word) in self.kb.by_demonym or self._known(word) or self._known(name) \
                or any(t.text in (name, word[:-3], word[:-2]) for t in doc):
            return None
        return name

    def _names_alone(self, doc: Doc, i: int) -> bool:
        """Is the word at i a name by itself: a known name or demonym, or a word the text uses alone
        elsewhere ("Valdoria sent troops ... the pro-Valdoria Karsa Liberation Front")?"""
        word = doc[i].text
        if not word[:1].isupper() or not doc[i].is_alpha:
            return False
        if norm_name(word) in self.kb.by_demonym or self._known(word):
            return True
        return any(t.text == word and t.i != i and (t.i + 1 >= len(doc) or not doc[t.i + 1].text[:1].isupper())
                   and (t.i == 0 or not doc[t.i - 1].text[:1].isupper() or doc[t.i - 1].is_sent_start)
                   for t in doc)

    def _prefixed_names(self, doc: Doc, mentions: list[Mention], actors: dict[str, ActorInfo]) -> list[Mention]:
        """"pro-Valdoria militias", "anti-Relvani rebels": a capitalised word after pro- / anti- that
        NER missed (the parser calls it an adjective) is the actor of that name, when the article
        or the gazetteer knows it; "pro-democracy", "anti-Western" name no actor."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        article: dict[str, str] = {}
        for m in mentions:
            if m.kind == NAME:
                article.setdefault(norm_name(m.span(doc).text), m.actor)
                for n in actors[m.actor].names:
                    article.setdefault(norm_name(n), m.actor)
        out = list(mentions)
        for tok in doc:
            if tok.i in taken or not _prefix_at(doc, tok.i) or not tok.text[:1].isupper() or not tok.is_alpha:
                continue
            key = norm_name(tok.text)
            iri = article.get(key)
            kind = NAME
            if iri is None:
                iri = self._known(tok.text)
            gaz_kind, _, gaz_iri = tok.ent_id_.partition("|")
            if iri is None and gaz_kind in (SEAT, DEMONYM) and gaz_iri in self.kb.actors:
                iri, kind = gaz_iri, gaz_kind  # "anti-Ankara": a seat stands for its state here
            if iri is None and key in self.kb.by_demonym:
                iri, kind = self.kb.by_demonym[key], DEMONYM
            if iri is None or (iri not in actors and iri not in self.kb.actors):
                continue
            if iri not in actors:
                actors[iri] = self.kb.actors[iri].copy()
            out.append(Mention(tok.i, tok.i + 1, iri, kind))
        return out

    def _candidates(self, doc: Doc, mentions: list[Mention], actors: dict[str, ActorInfo]) -> list[_Cand]:
        """Every name in the document, repaired; gazetteer names, demonyms and agentive seats
        go straight into ``mentions``."""
        kb = self.kb
        places = {m.group(1).casefold() for m in _DATELINE.finditer(doc_text(doc))}
        ents = doc.ents  # (spaCy builds the tuple on each call)
        claimed = {i for e in ents for i in range(e.start, e.end)}
        used: set[int] = set(_dateline_publisher(doc))
        # "the armed group Tamzul last year": NER's date took in the name before it
        for ent in ents:
            if ent.label_ in ("DATE", "TIME"):
                k = ent.start
                while k < ent.end and doc[k].text[:1].isupper() and doc[k].is_alpha and doc[k].lower_ not in NOT_NAMES \
                        and doc[k].lower_ not in _DATE_OPENERS and not doc[k].is_sent_start:
                    k += 1
                if ent.start < k < ent.end and doc[k].lower_ in _DATE_OPENERS:
                    claimed.difference_update(range(ent.start, k))
        cands: list[_Cand] = []
        # the words of the people NER found: "Relvani" (NER says NORP) is a surname when "Tomas Relvani" is there
        person_words = {t.lower_ for e in ents if e.label_ == "PERSON" for t in e if t.is_alpha}
        states = {i for e in ents if e.ent_id_.startswith(NAME + "|")
                  and kb.actors[e.ent_id_.partition("|")[2]].type == "State" for i in range(e.start, e.end)}
        for ent in ents:
            if any(i in used for i in range(ent.start, ent.end)):
                continue
            kind, _, iri = ent.ent_id_.partition("|")
            if kind == MEDIA or ent.label_ in _SKIP_LABELS:
                continue
            if kind in (DEMONYM, SEAT):
                span = doc[ent.start:ent.end]
                if kind == DEMONYM and ent.end < len(doc) and doc[ent.end].lower_ in ACRONYM_NOUNS:
                    continue  # "known by its French acronym": a language, no state
                # a seat stands for its state where it acts ("Ankara said", "the Tehran-backed
                # group", "an enemy of Moscow"), not as the city ("talks in Ankara", "flew to Moscow")
                if kind == DEMONYM or _is_agentive(span) or party_cue(doc, ent.start, ent.end, states, seat=True)[0] >= 1:
                    mentions.append(Mention(ent.start, ent.end, iri, kind))
                    actors.setdefault(iri, kb.actors[iri].copy())
                continue
            headline = _title_case_line(doc, ent.start)
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
                label = "PERSON" if kb.actors[iri].type in ("Official", "Person") else "ORG"
            else:
                parts = split_parts(doc, ent.start, ent.end, _headline_cut if headline else None)
                if headline:
                    # "Valdoria Sends Rifles To Tamzor", "Korvath Gunmen Attack Convoy": a headline's English
                    # common noun is capitalised as every word there is, no name
                    parts = [(s, e) for s, e in parts if not (e - s == 1 and self._english_word(doc[s]))]
                label = ent.label_
            for s, e in parts:
                # "pro-Relvani fighters": the name after pro- / anti- (the parser calls it an adjective)
                prefixed = e - s >= 3 and doc[s].lower_ in ("pro", "anti") and doc[s + 1].text == "-"
                s, e = clean(doc, s, e)
                if e <= s:
                    continue
                if (prefixed or _prefix_at(doc, s)) and e - s >= 2 \
                        and (head_word_type([t.text for t in doc[s + 1:e]]) is not None or self._known(doc[s + 1:e].text)) \
                        and self._names_alone(doc, s):
                    # "the pro-Valdoria Karsa Liberation Front": the name after the prefixed one
                    s, prefixed = s + 1, False
                s, title, tkind = strip_title(doc, s, e)
                if s >= e:
                    continue
                if label == "NORP" and head_word_type([t.text for t in doc[s:e]]) is None and not prefixed \
                        and not (e - s == 1 and self._state_shaped_word(doc[s])) and not (
                        e - s == 1 and (doc[s].lower_ in person_words or _after_alias_marker(doc, s)
                                        or (doc[s].pos_ == "PROPN" and e < len(doc) and doc[e].is_lower
                                            and doc[e].lower_ in ORG_HEADS and doc[s].lower_ not in CREED_WORDS))):
                    continue  # "Afghans", "Shi'ite", "Soviet": peoples and creeds are no actors
                if label == "PERSON" and title is None and (back := extend_person_back(doc, s, claimed)) < s \
                        and self._known(doc[back:s].text) is None:
                    s, title, tkind = strip_title(doc, back, e)  # "Prince Turki" + "bin Faisal", "Jan ter" + "Horst"
                elif e - s == 1 and title is None and (back := extend_person_back(doc, s, claimed)) < s \
                        and (any(x.label_ == "PERSON" and x.end - x.start > e - back
                                 and x.text.lower().endswith(" " + doc[back:e].text.lower()) for x in doc.ents)
                             or _surname_of_a_longer_name(doc, back, e)):
                    s, label = back, "PERSON"  # "Da Costa said" after "Luiz da Costa" (NER: an organisation)
                if label == "PERSON" and title is None and e - s > 1 and doc[e - 1].lower_ in ORG_HEADS \
                        and doc[e - 1].text[:1].isupper():
                    label = "ORG"  # "the Kelto Observatory (for Human Rights)": NER's person ends in an organisation's head
                if label == "PERSON" or title is not None or (label not in ("ORG", "GPE", "LOC", "NORP") and e - s > 1):
                    e = extend_person(doc, s, e, claimed)
                if label in ("ORG", "PRODUCT", "FAC", "WORK_OF_ART", "GPE", "LOC"):
                    e = extend_org(doc, s, trim_lower_tail(doc, s, e), _headline_cut if headline else None)
                s, e = clean(doc, s, e)
                if label in ("GPE", "LOC", "FAC") and e < len(doc) and doc[e].lower_ in PLACE_ARMED_HEADS \
                        and doc[e - 1].whitespace_ and s < e and doc[e].pos_ == "NOUN" \
                        and (self._known(doc[s:e].text) is None or kb.actors[self._known(doc[s:e].text)].type != "State"):
                    e, label = e + 1, "ORG"  # "the Teska militia": a place-name with an armed group's head noun
                # (a place-name the tagger took for an adjective, "Lutavia backs ...", is still a name)
                if not looks_like_name(doc, s, e, prefixed or label == "GPE" or e - s == 1 and self._unknown_word(doc[s])
                                        and (doc[s].dep_ != "amod" or _armed_noun_before(doc, s))):
                    continue
                text, nicks = nicknames_inside(doc, s, e)
                key = norm_name(text)
                if key in kb.media_names or text.casefold() in places or not key:
                    continue
                if e < len(doc) and doc[e].lower_ in _WEAPON_NOUNS:
                    continue  # "Leopard 2 tanks", "Patriot air defence": a weapon's name, not an actor
                if self._people_plural(doc, s, e):
                    continue  # "the Sahrawis", "the Afghans": a people
                if e - s == 1 and self._unnamed_demonym(doc, s) is not None:
                    continue  # "Korvastani troops" (NER: an organisation): the demonym of a state the text never names
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
            if c.end - c.start == 3 and _prefix_at(doc, c.start + 2):
                continue  # "Anti-Valdoria rebels" opening a sentence: the prefix is no part of a name
            self._take_of_object(doc, c, cands)
            cands.append(c)
        # "Haitian National Police", "Lebanese Armed Forces": a demonym opening a name is part of it
        demonyms = {m.end: m for m in mentions if m.kind == DEMONYM}
        for c in cands:
            d = demonyms.get(c.start)
            if d is not None and not c.iri and doc[c.start - 1].whitespace_ and c.ner in ("ORG", "") \
                    and doc[c.start:c.end].text[:1].isupper() and head_word_type(c.text.split()) is not None \
                    and not _is_headline(doc, c.start) and not _prefix_at(doc, d.start):
                # (not "the pro-Turkish Aren Valley Movement": the prefix takes the demonym)
                c.start, c.state = d.start, d.actor
                c.text = doc[c.start:c.end].text
                mentions.remove(d)
                del demonyms[d.end]
        return cands

    def _people_plural(self, doc: Doc, s: int, e: int) -> bool:
        """A one-word plural whose singular is a people's or a creed's word, a known demonym, or an
        adjective the text puts before a people's noun ("Sahrawi refugees" ... "the Sahrawis")."""
        if e - s != 1 or not doc[s].text.endswith("s") or len(doc[s].text) < 5 or doc[s].text.isupper():
            return False
        stem = doc[s].text[:-1]
        if stem.lower() in CREED_WORDS or norm_name(stem) in self.kb.by_demonym:
            return True
        return any(t.text == stem and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in PEOPLE_NOUNS for t in doc)

    def _unlabelled_names(self, doc: Doc, used: set[int], claimed: set[int],
                          person_words: set[str] = frozenset()) -> list[_Cand]:
        """Proper-noun runs that NER left without a label ('the mainly Muslim Seleka rebellion',
        'the SPLM/A in Opposition', 'Permanent Strategic Framework (CSP)'): candidates with no prior,
        actors only if their context says so."""
        out = []
        i, n = 0, len(doc)
        # the tokens of Title Case headlines, where a verb, a preposition or "Fighters" ends a name
        headline: set[int] = set()
        k = 0
        while k < n:
            ls, le = _line_bounds(doc, k)
            if _title_case_line(doc, k):
                headline.update(range(ls, le))
            k = max(le, k) + 1

        def name_tok(t, titles_ok: bool = False) -> bool:
            if t.i in headline and _headline_cut(t):
                return False
            if t.i in headline and t.is_title and t.lower_ in ORG_HEADS and t.i not in claimed and t.i not in used \
                    and t.i + 1 < n and doc[t.i + 1].lower_ in ("for", "of"):
                return True  # "... Sends Weapons To Front for the Liberation of X": the tagger's verb is a name's head
            if t.is_title and t.lower_ in ORG_HEADS and t.pos_ == "NOUN" and not t.is_sent_start and t.i not in claimed \
                    and t.i not in used and t.i + 2 < n and doc[t.i + 1].lower_ in ("for", "of") \
                    and (doc[t.i + 2].text[:1].isupper() or doc[t.i + 2].lower_ == "the" and t.i + 3 < n
                         and doc[t.i + 3].text[:1].isupper()):
                return True  # "arming the Front for the Liberation of X": the tagger's common noun heads a name
            # (an unknown word modifying a noun is an adjective, "Marovian positions": the demonym pass reads it)
            return (t.pos_ in ("NOUN", "ADJ", "VERB") and (t.dep_ != "amod" or _armed_noun_before(doc, t.i))
                    and self._unknown_word(t) and t.i not in claimed
                    and t.i not in used and t.lower_ not in TITLE_WORDS) or (t.pos_ == "PROPN" and t.text[:1].isupper() and t.i not in claimed and t.i not in used
                    and (titles_ok or t.lower_ not in TITLE_WORDS) and not t.is_space and t.is_alpha or (
                        t.pos_ == "PROPN" and t.text.isupper() and t.i not in claimed and t.i not in used))

        def inner_tok(t) -> bool:
            # after "of" / "in" inside a name, a capitalised word the tagger took for a common noun
            # is still the name's ("the X/A in Opposition", "Front for Change in Chad"), and so is a title's
            # word ("the Movement for Justice and Equality")
            return name_tok(t) or (t.pos_ == "NOUN" and t.text[:1].isupper() and t.is_alpha and not t.is_sent_start
                                   and t.i not in claimed and t.i not in used and t.lower_ not in TITLE_WORDS) or (
                t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.i not in claimed and t.i not in used
                and t.i + 1 < n and not name_tok(doc[t.i + 1], titles_ok=True) and not t.is_sent_start)

        def particle_run(j: int) -> int:
            """'Cartel de Los Llanos', 'Frente de la Liberación': lower-case particles of a Romance or Germanic
            name between its capitalised words; the index after the next capitalised word, else j."""
            k = j
            while k < n and doc[k].is_lower and doc[k].lower_ in _INNER_PARTICLES and k - j < 2:
                k += 1
            return k + 1 if k > j and k < n and name_tok(doc[k], titles_ok=True) and doc[k].is_title else j

        def org_run(k: int) -> int:
            """'National Police', 'Presidential Guard': title words that open an organisation's name
            (the run ends in an organisation's head word); else k itself."""
            j = k
            while j < n and name_tok(doc[j], titles_ok=True):
                j += 1
            return j if j - k >= 2 and doc[j - 1].lower_ in ORG_HEADS else k

        def closed_name(i: int, j: int) -> bool:
            return closed_before_and(doc, i, j)

        mid_names = {t.text for t in doc if not t.is_sent_start and t.pos_ == "PROPN" and t.text[:1].isupper()}
        doc_words = {text for text in token_texts(doc) if text[:1].isupper()}
        while i < n:
            if not name_tok(doc[i]):
                j = org_run(i)
                if j > i and looks_like_name(doc, i, j) and not _is_headline(doc, i):
                    out.append(_Cand(i, j, doc[i:j].text, ""))
                    i = j
                    continue
                i += 1
                continue
            j = i + 1
            while j < n:
                if name_tok(doc[j]):
                    j += 1
                elif doc[j].lower_ in ORG_HEADS and name_tok(doc[j], titles_ok=True) \
                        and not (j + 1 < n and name_tok(doc[j + 1], titles_ok=True)):
                    j += 1  # "Dakari Liberation Army": a title word ('army') that is the name's head, last
                    break
                elif doc[j].text in ("/", "-") and not doc[j].whitespace_ and j + 1 < n and name_tok(doc[j + 1]):
                    j += 2
                elif doc[j].text == "-" and not doc[j].whitespace_ and j + 1 < n and org_run(j + 1) > j + 1:
                    j = org_run(j + 1)  # "Self-Defense Forces": title words that end in an organisation's head
                    break
                elif org_run(j) > j:
                    j = org_run(j)  # "Korvan National Guard"
                    break
                elif particle_run(j) > j:
                    j = particle_run(j)  # "the Cartel de Los Llanos"
                elif doc[j].lower_ == "and" and closed_name(i, j):
                    break  # "the Drel Front and Korvian militias": a whole name before "and" is one of two
                elif doc[j].lower_ in ("of", "for", "in", "and") and j + 1 < n and (
                        name_tok(doc[j + 1]) or doc[j].lower_ != "and" and inner_tok(doc[j + 1])):
                    j += 2
                elif doc[j].lower_ in ("of", "for", "in") and j + 2 < n and doc[j + 1].lower_ == "the" \
                        and name_tok(doc[j + 2]):
                    j += 3
                elif doc[j].lower_ in ("of", "and") and j + 1 < n and doc[j + 1].ent_type_ == "NORP" \
                        and not doc[j + 1].ent_id_ and doc[j + 1].text[:1].isupper() and j > i + 1:
                    j += 2  # "... Support of Islam and Muslims": creeds inside a name
                else:
                    break
            # (one word opening a sentence is a name only if it is a word of a person's name: "Machar said",
            # a name the text uses inside a sentence too, or a country's: "Drevany's prime minister said",
            # one with a role, "Tembe, the commander, ...", whose demonym the text uses, or a subject
            # no English word: "Zerak attacked ..." but not "Rebels attacked ...", nor "Velm fighters ...",
            # "Zerak leader Tomas Ardell ...", nor the first of coordinated subjects: "Sundar and Iran back ...")
            if not (j - i == 1 and doc[i].is_sent_start and doc[i].lower_ not in person_words
                    and doc[i].text not in mid_names and country_cue(doc, i, j)[0] < 1.5
                    and not person_role_cues(doc, i, j) and not demonym_forms(doc[i].text) & doc_words
                    and not (doc[i].dep_ == "nsubj" and doc[i].head.pos_ == "VERB" and doc[i].head.i > i
                             and j < n and doc[j].pos_ in ("VERB", "AUX", "ADV") and self._unknown_word(doc[i]))
                    and not (doc[i].dep_ in ("nsubj", "nsubjpass") and j < n and doc[j].lower_ in ("and", ",")
                             and self._unknown_word(doc[i])
                             and any(x.pos_ == "PROPN" and x.i > i for x in doc[i].conjuncts))
                    and not (j < n and (doc[j].lower_ in ARMED_PERSONNEL or doc[j].lower_ in LEADER_ROLE_NOUNS)
                             and self._unknown_word(doc[i])
                             and self._unnamed_demonym(doc, i) is None)) \
                    and (not _is_headline(doc, i) or j - i >= 3 and head_word_type([t.text for t in doc[i:j]]) is not None) \
                    and looks_like_name(doc, i, j, j - i == 1 and self._unknown_word(doc[i])):
                # (in a headline, a name of three words or more with an organisation's head: "Front for the
                # Liberation of X")
                c = _Cand(i, j, doc[i:j].text, "")
                out.append(c)
            i = j
        return out

    @staticmethod
    def _take_of_object(doc: Doc, c: _Cand, cands: list[_Cand]) -> None:
        """'the Movement for the Salvation of Kessa': NER took the last word for a name of its own (a person, a
        place) and the run of the organisation's name stopped before 'of'. An unknown name after 'of' / 'for' /
        'in' that ends the phrase belongs to the organisation's name before it (its head word and a
        preposition already inside: 'Movement for the Salvation'); a name the gazetteer knows stays apart."""
        words = c.text.split()
        if c.end + 1 >= len(doc) or doc[c.end].lower_ not in ("of", "for", "in") or head_word_type(words) is None \
                or not any(w in ("of", "for", "in") for w in words[1:]):
            return
        k = c.end + 1 + (doc[c.end + 1].lower_ == "the")
        other = next((o for o in cands if o.start == k and not o.iri and o.end - o.start <= 3
                      and o.ner in ("PERSON", "GPE", "LOC", "NORP", "ORG")), None)
        if other is None or (other.end < len(doc) and doc[other.end].text[:1].isupper()):
            return
        cands.remove(other)
        c.end = other.end
        c.text = doc[c.start:c.end].text

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
            # "Bashir Gadow": a known person's one-word short name with a surname of its own after it is
            # someone else (not a name the gazetteer gives the known one: "Kiir Mayardit")
            k = end
            if end - start == 1 and k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].is_title and doc[k].is_alpha \
                    and not doc[k].ent_id_ and doc[k].ent_type_ not in ("GPE", "NORP", "DATE", "ORG", "LOC") \
                    and doc[k].lower_ not in TITLE_WORDS and doc[k].lower_ not in ORG_HEADS and doc[k].lower_ not in NOT_NAMES \
                    and doc[start].whitespace_ == " " and doc[k].dep_ != "compound" and doc[start].dep_ == "compound" \
                    and doc[start].head.i == k:
                longer = norm_name(doc[start:k + 1].text)
                if longer not in {norm_name(n) for n in actor.names} and self._known(doc[start:k + 1].text) is None:
                    return start, k + 1
            return None
        s, e = start, end
        # words before: "Kataib Hezbollah" (a capitalised proper noun, no title, no demonym, no name)
        while s > 0 and doc[s - 1].pos_ == "PROPN" and doc[s - 1].is_title and doc[s - 1].whitespace_ \
                and doc[s - 1].lower_ not in HEADLINE_BREAK_WORDS and not doc[s - 1].ent_id_ and doc[s - 1].lower_ not in TITLE_WORDS and doc[s - 1].ent_type_ not in (
                    "GPE", "NORP", "PERSON", "DATE") and actor.type != "State" and s - start > -2:
            s -= 1
        # words after: "Islamic State Khorasan Province", "US Central Command"
        k = e
        # (a title's word that is an organisation's head ends the name: "Sudan Liberation Army")
        while k < len(doc) and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN" and not doc[k].ent_id_ \
                and doc[end - 1].whitespace_ and k - e < 4 and (doc[k].lower_ not in TITLE_WORDS or (
                    doc[k].lower_ in ORG_HEADS and k > e and not (k + 1 < len(doc) and doc[k + 1].text[:1].isupper()))):
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
        if _title_case_line(doc, start) and any(_verb_form(t) for t in doc[s:e]):
            return None  # in a headline every word is capitalised: "Army Attacks Hamas Positions"
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
        # (a seat of government the parse left without a party's slot counts too: "X and Moscow back ...")
        states |= {i for i, ent_id in enumerate(token_ent_ids(doc)) if ent_id.startswith(SEAT + "|")}
        # the tokens of known armed groups: what one attacks is a party armed men fight ("Hamas attacked the X Movement")
        armed = {i for c in cands if c.iri and kb.actors[c.iri].type == "ArmedGroup" for i in range(c.start, c.end)}
        for c in cands:
            c.cues = mention_cues(doc, c.start, c.end, c.ner)
            if not c.iri and head_word_type(c.text.split()) is not None and _attacked_by(doc[c.start:c.end].root, armed):
                c.cues[ARMED] += 2  # (an organisation's name: a one-word name attacked may be a town, "attacked Dunmori")
            if c.ner == "GPE" and (not c.iri or kb.actors[c.iri].type == "State") \
                    or c.iri and kb.actors[c.iri].type == "Government" and head_word_type(c.text.split()) is None \
                    and c.end - c.start <= 2:  # (a breakaway entity's place-name: "Abkhazia")
                c.party, c.place, c.moved = party_cue(doc, c.start, c.end, states)
            elif not c.iri and c.end - c.start <= 3:
                # NER may call an unknown country a person or an organisation: its slots are weighed too
                c.party, c.place, c.moved = party_cue(doc, c.start, c.end, states)
            if not c.iri:
                c.country, c.locative = country_cue(doc, c.start, c.end, states)
                c.helped = support_recipient(doc[c.start:c.end].root)
                c.state_helped = any(
                    t.i in states or t.ent_type_ == "GPE" and t.pos_ == "PROPN" and not t.is_lower
                    for t in supporters(doc[c.start:c.end].root))
            if c.acronym is None and (a := acronym_after(doc, c.end)) and not c.iri:
                known = self._known(a)
                if known is not None and self.kb.actors[known].type not in ("State", "Official", "Person") \
                        and c.ner != "PERSON" and _acronym_fits(c.text, a, self.kb.actors[known]):
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
        # "the Meranti Navy": a name that owns a force only a state has is a country's
        owners = {norm_name(o) for c in cands if (o := national_force_owner(c.text))}
        for c in cands:
            if not c.iri and norm_name(c.text) in owners:
                c.country += 1.5
        # "Full Name (ACR)" / "ACR (Full Name)": the article's own acronym, over the gazetteer's
        defined = self._defined_acronyms(doc, cands)
        # same name, same known actor
        by_key: dict[str, int] = {}
        for i, c in enumerate(cands):
            key = c.iri or norm_name(c.text)
            if key in by_key:
                union(by_key[key], i)
            else:
                by_key[key] = i
        keys = {norm_name(c.text): i for i, c in enumerate(cands)}
        # "the Republic of Valdoria" ... "Valdoria": one state, whatever NER called either
        formal = {i: short for i, c in enumerate(cands) if (short := formal_state_name(c.text))}
        for i, short in formal.items():
            j = keys.get(norm_name(short))
            if j is not None:
                union(i, j)
        # "the Castellan Federation" ... "the Castellan government": one state
        for i, c in enumerate(cands):
            if not c.iri and state_shaped(c.text):
                j = keys.get(norm_name(" ".join(c.text.removeprefix("the ").split()[:-1])))
                if j is not None and not cands[j].iri:
                    union(i, j)
        # "Full Name (ACR)", nicknames in quotes, "X, known as Y" / "X, alias Y" / "X (Y)"
        aliases: dict[int, set[str]] = {}
        for i, c in enumerate(cands):
            if c.acronym and (not self._known(c.acronym) or defined.get(norm_name(c.acronym)) == i):
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
                # the alias's later mentions are the alias too ("The Hawk later denied ..."): their cues count half
                for other in cands:
                    if other is not cands[j] and other.alias_of is None and not other.iri and other is not c \
                            and norm_name(other.text) == norm_name(cands[j].text):
                        other.alias_of = i
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
            if any(i in formal for i in members) and any(norm_name(cands[j].text) == norm_name(formal[i])
                                                         for i in members if i in formal for j in members):
                return "state"  # the text calls it by the country's name too (alone, a formal name may be a regime's)
            if any((short := sovereign_state_name(cands[i].text)) and self._known(short) is None for i in members) \
                    and not any(cands[i].title or cands[i].role or cands[i].ner == "PERSON" for i in members):
                return "state"  # "the Republic of Ostrava", "the Kingdom of Dalmor": a sovereign's own formal name
            if any(_breakaway_of(doc, cands[i].start) is not None for i in members) \
                    and not any(cands[i].title or cands[i].role or cands[i].ner == "PERSON" for i in members):
                return "state"  # "the breakaway region of X accused ...": typed Government below
            total: Counter = Counter()
            for i in members:
                weight = 0.5 if cands[i].alias_of is not None else 1.0
                # (a nickname's article is no cue against a person: 'known as "the Hawk"')
                total.update({k: v * weight for k, v in cands[i].cues.items() if weight == 1.0 or v > 0})
                if cands[i].ner != "GPE":
                    total["place"] += cands[i].place  # "the rebels seized X", "residents of X": a place NER missed
            # what NER's labels say, once per name; a label the names disagree on counts half
            # (an alias's label says nothing of the named: 'Juma Okello, known as "the Hawk"')
            named = [i for i in members if cands[i].alias_of is None and cands[i].ner]
            priors = [ner_prior(cands[i].ner) for i in (named or members)]
            for k in ("person", "org", "place", "none"):
                total[k] += max(p[k] for p in priors) * (1.0 if all(p[k] for p in priors) else 0.6)
            longest = max((cands[i] for i in members if cands[i].alias_of is None), key=lambda c: len(c.text),
                          default=cands[members[0]])
            total.update(form_cues(longest.text.split()))
            # an alias's shape says what the named is, at half weight ('the Sons of X, also called the X Brigade')
            for alias in {cands[i].text for i in members if cands[i].alias_of is not None}:
                total.update({k: v * 0.5 for k, v in form_cues(alias.split()).items() if v > 0 and k != "person"})
            if any(cands[i].role for i in members):
                total["person"] += 1
            k = kind_of(total)
            if (k != "person" or not any(cands[i].title or cands[i].role for i in members)) \
                    and any(_armed_noun_before(doc, cands[i].start) for i in members):
                return "org"  # "the militia Zerak", "the rebel group Korvath": the type noun says what it is
            if self._armed_not_state(doc, [cands[i] for i in members], total):
                return "org"  # "Zerak ambushed the convoy", "arms reached Korvath": what it does, no country's word
            if self._helped_client(doc, [cands[i] for i in members]):
                return "org"  # "Iran backs Zerak": a name the text only shows helped, no country's word
            # (a place-name's context may look like an organisation's: "X, which ..." or "X's leader")
            # ("X is a patron of ...": a relation noun may make a place-name look like an official)
            if (k in ("place", "none") or k == "org" and (not form_cues(longest.text.split())["org"]
                                                          or state_shaped(longest.text))
                    or k == "person" and not any(cands[i].title for i in members)) \
                    and self._acts_as_state(doc, [cands[i] for i in members]):
                return "state"
            if k in ("person", "org") and self._bare_party_name(doc, [cands[i] for i in members]):
                return "state"
            if k in ("place", "none") or k == "person" and not any(cands[i].title for i in members) \
                    or k == "org" and all(self._state_shaped_word(doc[cands[i].start]) for i in members) \
                    or k == "org" and self._org_by_label_only(doc, [cands[i] for i in members]):
                unknown = self._unknown_party_name(doc, [cands[i] for i in members])
                if unknown is not None:
                    return unknown
            if k == "org" and len(longest.text.split()) == 1 and not form_cues([longest.text])["org"] \
                    and not longest.text.isupper() and longest.text.isalpha() \
                    and longest.text.lower() not in CREED_WORDS and org_type([longest.text], total) == "Government":
                return "state"  # a government goes by a one-word name only as its state ("X, which rules ...")
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
        by_head: dict[str, set[int]] = {}  # and its head word alone ("the Brigade" / "Tarvic Brigade"), where one name has it
        for r, members in groups.items():
            if kinds[r] != "org":
                continue
            for i in members:
                words = cands[i].text.split()
                if national_force_owner(cands[i].text):
                    continue  # "Meranti" is the state, not the short form of "Meranti Navy"
                if len(words) >= 2 and words[-1].lower() in ORG_HEADS:
                    org_full.setdefault(norm_name(" ".join(words[:-1])), r)
                    by_head.setdefault(words[-1].lower(), set()).add(find(r))
        # and a company's or a group's first word, where that word is no English word and opens one name only
        # ("Halford" / "Halford Minerals", "Varsel" / "Varsel Risk Solutions")
        by_first: dict[str, set[int]] = {}
        for r, members in groups.items():
            if kinds[r] != "org" or cands[r].iri:
                continue
            for i in members:
                words = cands[i].text.removeprefix("the ").split()
                if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not national_force_owner(
                        cands[i].text) and not state_shaped(cands[i].text) and formal_state_name(cands[i].text) is None \
                        and self._unknown_word(doc[cands[i].start + (cands[i].text != " ".join(words))]):
                    by_first.setdefault(words[0], set()).add(find(r))
        for r, members in groups.items():
            if kinds[r] not in ("org", "person", "none", "state") or cands[r].iri:
                continue
            longest = max((cands[i].text for i in members), key=len)
            j = org_full.get(norm_name(longest)) if kinds[r] != "state" else None
            if j is None and " " not in longest and len(by_head.get(longest.lower(), ())) == 1 and kinds[r] != "state":
                j = next(iter(by_head[longest.lower()]))
            if j is None and " " not in longest and len(by_first.get(longest, ())) == 1 and not any(
                    cands[i].title or cands[i].role or cands[i].country >= 1.5 for i in members) \
                    and not demonym_forms(longest) & {t.text for t in doc} \
                    and not self._modifier_word(doc, longest):
                j = next(iter(by_first[longest]))
            if j is not None and find(j) != find(r):
                union(j, r)
        # the actors
        groups = cluster_members()
        self._last_aliases = []
        # "Ostrand ... the Ostrandi government": a name that is the demonym of an unknown state the text
        # names is that state's demonym, no actor of its own
        kinds = {r: kind(m) for r, m in groups.items()}
        # (of each of its names, and of the short name inside a formal one: "the Republic of Ostrava" -> Ostravan)
        state_forms = {r: set().union(*(demonym_forms(x) for i in m
                                        for x in (cands[i].text, formal_state_name(cands[i].text)) if x))
                       for r, m in groups.items() if kinds[r] == "state" and not cands[r].iri}
        as_demonym = {r for r, m in groups.items() if not cands[r].iri and any(
            s != r and all(cands[i].text in forms for i in m) for s, forms in state_forms.items())}
        for r, members in groups.items():
            if r in as_demonym:
                continue
            k = kinds[r]
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
                if actor.type == "Government" and (c.moved or c.place) and not c.party \
                        and head_word_type(actor.label.split()) is None and c.end - c.start <= 2:
                    continue  # "troops stationed in Abkhazia": a breakaway entity's place-name is a place there
                # ("separatist authorities in X said ...": the phrase is the mention, its name the label)
                phrase = _breakaway_of(doc, c.start) if k == "state" and not root.iri else None
                mentions.append(Mention(c.start if phrase is None else phrase, c.end, actor.iri, NAME, title=c.title,
                                        label=c.text))
                head = doc[c.end] if c.end < len(doc) else None
                if head is not None and head.text == "(" and c.end + 3 < len(doc) and doc[c.end + 2].text == ")" \
                        and acronym_after(doc, c.end):
                    head = doc[c.end + 3]  # "the Full Name (ACR) mission"
                if headless and head is not None and head.is_lower and head.lower_ in NAME_HEADS and head.pos_ in ("NOUN", "PROPN") and doc[c.end - 1].whitespace_:
                    c.head_after = head.text
                    seen.add(f"{c.text} {c.head_after}")
                    if f"{c.text} {c.head_after}" not in actor.names:
                        actor.alt_labels.append(f"{c.text} {c.head_after}")
            if actor.type == "Person" and any(cands[i].role for i in members):
                actor.type = "Official"
            if not root.iri and actor.type == "State" and any(_breakaway_before(doc, cands[i].start)
                                                              or _breakaway_of(doc, cands[i].start) is not None for i in members):
                # "the self-declared Republic of X", "the breakaway Xian Republic": a governing authority inside
                # a state, typed like a rival administration (gold README: Government)
                actor.type = "Government"
            if k == "state" and actor.demonyms:
                # "Valdorian troops": the demonym the text makes of a state it names stands for the state
                taken = {j for r2 in groups if r2 not in as_demonym for i2 in groups[r2]
                         for j in range(cands[i2].start, cands[i2].end)} | {j for m in mentions for j in range(m.start, m.end)}
                mentions.extend(Mention(t.i, t.i + 1, actor.iri, DEMONYM) for t in doc
                                if t.text in actor.demonyms and t.i not in taken)
            self._last_aliases.append((actor.iri, seen))
        # "the Meranti Navy" beside the state "Meranti": the state's armed forces, an actor of its own
        state_names = {norm_name(n): a.iri for a in actors.values() if a.type == "State"
                       for n in (a.label, *a.alt_labels)}
        for a in list(actors.values()):
            owner = national_force_owner(a.label)
            if not a.known and a.type != "State" and owner and norm_name(owner) in state_names \
                    and a.armed_forces_of is None:
                a.type = "ArmedGroup"
                a.armed_forces_of = state_names[norm_name(owner)]

    def _new_actor(self, doc: Doc, members: list[_Cand], kind: str, actors: dict[str, ActorInfo]) -> ActorInfo:
        """An actor the gazetteer does not know, labelled with its fullest name."""
        names = [c for c in members if c.alias_of is None] or members
        if kind == "state":
            best = max(names, key=lambda c: (len(c.text), -c.start))
            # a state goes by its short name ("Valdoria"), its formal one ("Republic of Valdoria") an alias
            label = next((short for c in names if (short := formal_state_name(c.text))), best.text)
            iri = actor_iri(label)
            actor = actors.setdefault(iri, ActorInfo(iri=iri, label=label, type="State", known=False))
            for c in names:
                if c.text != label and c.text not in actor.alt_labels:
                    actor.alt_labels.append(c.text)
            # "Valdorian troops": the adjective the text makes of the name is its demonym
            forms = demonym_forms(label)
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
            if typ == "Organization" and (self._unknown_party_name(doc, members) == "org"
                                          or self._helped_client(doc, members)
                                          or self._state_client(members, label)):
                typ = "ArmedGroup"  # "the Velm attacked ...": an unknown party of a conflict's news is an armed one
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
        town of X", "seized X"); only a one-word name or one with a state's word ("Republic"). A name
        NER calls a person or an organisation is a state where the text treats it as a country (what
        it owns: "X's capital", "the X government"; "the country X"; a demonym; beside a known state),
        and never names a person there (no title, role, "who", or full personal name)."""
        name = max(members, key=lambda c: len(c.text)).text
        words = name.split()
        if name.lower() in CREED_WORDS:
            return False  # a people or a creed ("Tutsi", "Tuareg"), never a state
        if not (len(words) == 1 and name.replace("-", "").isalpha() and name[:1].isupper()
                or any(w.lower() in STATE_NAME_WORDS for w in words[1:] + words[:1])):
            return False
        party = sum(c.party for c in members)
        place = sum(c.cues[PLACE] + c.place for c in members)
        country = sum(c.country for c in members)
        forms = demonym_forms(name)
        if not forms.isdisjoint(_doc_words(doc)[1]):
            party += 1.5  # "Valdorian troops": the text makes a demonym of it
            country += 1.5
        if state_shaped(name):
            country += 1.5  # "the Castellan Federation": a state's word after its name
        if any(c.ner == "GPE" for c in members) and not any(c.ner == "PERSON" for c in members):
            return party + country >= 0.5 and party + country > place
        if any(c.title or c.role for c in members) or sum(c.cues["person"] for c in members) >= 2 \
                or any(c.ner == "PERSON" and len(name_words(c.text)) >= 2 for c in members):
            return False  # a person the text names as one
        country += 0.5 * sum(c.ner == "GPE" for c in members)  # NER's word, where it calls it a place too
        if len(words) == 1 and sum(c.cues["Government"] for c in members) >= 2:
            country += 1.0  # "X, which rules the islands": a one-word name that governs
        if country < 1.5 and not (country >= 0.5 and party >= 1 and any(c.locative for c in members)):
            return False
        return party + country > place

    def _armed_not_state(self, doc: Doc, members: list[_Cand], total: Counter) -> bool:
        """A one-word unknown name the text shows armed (it attacks or seizes, is attacked by troops,
        receives weapons, has fighters or positions: the cues' ``ArmedGroup`` weight) with nothing of a
        country's (no state's ending, no demonym the text makes of it, nothing only a state owns, no
        state beside it): an armed group. Every country is in the gazetteer; a one-word name it does
        not know is no state by default."""
        texts = {c.text for c in members}
        if any(c.iri or c.title or c.role or c.prefixed for c in members) or total[ARMED] < 2:
            return False
        if any(len(t.split()) != 1 or not t.replace("-", "").isalpha() or t.isupper() or t.lower() in CREED_WORDS
               for t in texts) or any(c.ner == "NORP" for c in members):
            return False  # (a people or a creed is no actor: "Nuer", "Hutu")
        if any(self._state_shaped_word(doc[c.start]) for c in members if c.end - c.start == 1):
            return False  # "Korvastan", "Dravnia": a country's ending (a weak cue, but English's own)
        if sum(c.country for c in members) >= 1.5:
            return False  # "X's capital", "the X government", "Kenya and X"
        if total[ARMED] <= sum(c.cues[PLACE] + c.place for c in members):
            return False  # a place armed men fight over more than a party armed: "troops shelled the town of X"
        if _person_pronoun_after(doc, members):
            return False  # "Kovacek accused Egypt of meddling, and his fighters attacked the town": a person
        forms = set().union(*(demonym_forms(t) for t in texts))
        return not any(t.text in forms and (t.pos_ in ("ADJ", "PROPN") or t.ent_type_ == "NORP") for t in doc)

    def _helped_client(self, doc: Doc, members: list[_Cand]) -> bool:
        """A one-word unknown name the text shows only as the one a party helps ('Iran backs Zerak', 'Egypt
        is a key ally of Korvath'), never acting itself, with nothing of a country's (no state's ending, no
        demonym the text makes of it, nothing only a state owns, no state beside it) nor a person's: a
        client in the conflict, an armed group. Every country is in the gazetteer; a name it does not know
        that others back is a party to the fighting, as the unknown party written with 'the' is."""
        texts = {c.text for c in members}
        if any(c.iri or c.title or c.role or c.prefixed or c.alias_of is not None for c in members):
            return False
        if any(len(t.split()) != 1 or not t.replace("-", "").isalpha() or t.isupper() or not t[:1].isupper()
               or t.lower() in CREED_WORDS or form_cues([t])["org"] for t in texts) or any(c.ner == "NORP" for c in members):
            return False
        if not any(c.helped for c in members) or any(c.party and not c.helped for c in members):
            return False  # (a name that also acts, "Ostrand accused Egypt", is weighed as a party)
        if any(self._state_shaped_word(doc[c.start]) for c in members) or sum(c.country for c in members) >= 1.5:
            return False  # "Iran backs Korvastan", "the Korvath government"
        if sum(c.cues["person"] for c in members) >= 1 or _person_pronoun_after(doc, members):
            return False
        forms = set().union(*(demonym_forms(t) for t in texts))
        return not any(t.text in forms for t in doc)

    @staticmethod
    def _modifier_word(doc: Doc, word: str) -> bool:
        """Does the text use the word as a region's, a people's or a state's adjective: before a people's or a
        place's noun ('Amhara farmers', 'the Amhara regional government'; not 'Halcrow guards'), or as the demonym of a name it gives ('Ostreli'
        beside 'Ostrel')? Such a word is no short name of an organisation it opens."""
        if any(t.text == word and t.i + 1 < len(doc) and doc[t.i + 1].is_lower and (
                doc[t.i + 1].lower_ in PEOPLE_NOUNS or doc[t.i + 1].lemma_.lower() in PLACE_NOUNS
                or doc[t.i + 1].lower_ in ("regional", "state", "government", "authorities")) for t in doc):
            return True
        return any(t.is_alpha and t.text[:1].isupper() and t.text != word and word in demonym_forms(t.text) for t in doc)

    @staticmethod
    def _state_client(members: list[_Cand], label: str) -> bool:
        """A movement, union or alliance the gazetteer does not know that a state backs, arms or is the ally
        of ('Iran backs the Ombra Movement', 'X, which is backed by Egypt'): a client in an armed conflict,
        an armed group (gold README: a state's foreign backing goes to armed movements; a political party or
        council stays what its head word says, and so does a movement only a non-state backs)."""
        words = label.removeprefix("the ").split()
        low = [w.lower() for w in words]
        preps = [i for i, w in enumerate(low) if w in ("of", "for", "in") and i > 0]
        head = low[preps[0] - 1] if preps else low[-1]
        return head in CLIENT_ORG_HEADS and any(c.state_helped for c in members) \
            and not any(c.title or c.role or c.ner == "PERSON" for c in members)

    @staticmethod
    def _bare_party_name(doc: Doc, members: list[_Cand]) -> bool:
        """A one-word unknown name NER calls a person (or nothing) that acts as a party, with nothing in the
        text to make it a person: no title, role, 'who', full personal name, nor 'he'/'she' after it,
        nor an organisation's word. News introduces people by full name or title, so such a name
        ('Ostrand accused Egypt of meddling') is a country's."""
        if any(c.ner not in ("PERSON", "GPE", "") for c in members) or any(c.iri for c in members):
            return False
        texts = {c.text for c in members}
        if any(len(t.split()) != 1 or not t.isalpha() or t.isupper() or not t[:1].isupper()
               or t.lower() in CREED_WORDS or form_cues([t])["org"] for t in texts):
            return False
        if any(c.title or c.role or c.prefixed or c.alias_of is not None for c in members) \
                or sum(c.cues["person"] for c in members) >= 1 or sum(c.cues["org"] for c in members) >= 2:
            return False
        if sum(c.party for c in members) < 1:
            return False
        if any(t.text in texts and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ORG_HEADS
               and doc[t.i + 1].text[:1].isupper() for t in doc):
            return False  # "Polisario" beside "Polisario Front": the group's short name
        return not _person_pronoun_after(doc, members)

    def _state_shaped_word(self, tok: Token) -> bool:
        """An unknown word with a country name's ending ("Korvastan", "Dravnia", "Velmland")."""
        return self._unknown_word(tok) and len(tok.text) >= 6 and tok.lower_.endswith(STATE_NAME_ENDINGS)

    def _org_by_label_only(self, doc: Doc, members: list[_Cand]) -> bool:
        """A one-word name that is no English word, an organisation only by NER's label (ORG, PRODUCT, FAC:
        'backed by Sundar', 'fought Sundar'), with no organisation's word in its context or its shape: NER
        guesses at an invented name; its slots are weighed as any unknown name's ('Varan' NER calls a place). Not
        where its context says it names no actor ('an operation code-named X')."""
        if not all(c.end - c.start == 1 and c.ner in _GUESSED_LABELS and self._unknown_word(doc[c.start])
                   and c.cues["org"] <= 0 and c.cues["none"] <= 0 and not c.acronym and c.alias_of is None
                   and not c.nicknames
                   and not (c.start > 0 and (doc[c.start - 1].is_quote or _after_alias_marker(doc, c.start)))
                   for c in members) or form_cues([members[0].text])["org"]:
            return False
        # (nor one whose own "its" owns a group's armed men: "Zerak said its fighters had taken the hills")
        if any(t.lower_ == "its" and t.dep_ == "poss" and (t.head.lower_ in IRREGULAR_FORCE_NOUNS
                                                           or t.head.lower_ in ("fighters", "gunmen", "cadres"))
               for c in members for t in doc[c.start].sent):
            return False
        # (nor the first word of a longer name the text gives: "Halford" of "Halford Minerals")
        name = members[0].text
        return not any(t.text == name and t.i + 1 < len(doc) and doc[t.i + 1].is_title and doc[t.i + 1].is_alpha
                       and not _title_case_line(doc, t.i)
                       and " ".join(w.lower_ for w in doc[t.i + 1:t.i + 3]) not in NATIONAL_FORCE_NAMES
                       and doc[t.i + 1].lower_ not in NATIONAL_FORCE_NAMES for t in doc)

    def _unknown_party_name(self, doc: Doc, members: list[_Cand]) -> str | None:
        """A one-word name that is no English word ("Dravnia", "Velmland", "the Velm"), that NER left
        unlabelled or called a place, and that acts as a party (a verb's subject or object, a transfer's
        recipient, "backed by X") more than it is a location, with nothing to make it a person (title,
        role, he/she after it): "org" for one written with "the" (countries seldom are: "the Velm"),
        else "state" (news names a person in full or with a title, a country alone)."""
        if any(c.iri or c.prefixed or c.title or c.role or c.alias_of is not None or c.end - c.start != 1
               or c.ner not in ("", "GPE", "LOC", "NORP", "PERSON", "ORG" if self._state_shaped_word(doc[c.start]) else "")
               and not self._org_by_label_only(doc, [c])
               or not self._unknown_word(doc[c.start])
               for c in members):
            return None
        party = sum(c.party for c in members)
        place = sum(c.cues[PLACE] + c.place for c in members)
        if party < 1 or party <= place or sum(c.cues["person"] for c in members) >= 1:
            return None
        if any(c.ner == "PERSON" for c in members) and not self._bare_party_name(doc, members):
            return None
        if all(c.start > 0 and doc[c.start - 1].lower_ == "the" for c in members):
            return "org"
        if _person_pronoun_after(doc, members):
            return None  # "Kovacek accused Egypt ..., and his fighters ...": a person
        return "state"

    def _defined_acronyms(self, doc: Doc, cands: list[_Cand]) -> dict[str, int]:
        """Acronyms the article defines for a name the gazetteer does not give them: "the Korvan
        Defence Forces (KDF)" or "the KDF (Korvan Defence Forces)". The full name keeps no gazetteer
        actor it has only through the acronym, and every bare "KDF" of the article is that name's
        (a known actor of the same acronym whose full name fits stays: "Allied Democratic Forces (ADF)").
        Returns acronym key -> index of the full name's candidate."""
        pairs: list[tuple[int, str]] = []
        for i, c in enumerate(cands):
            if c.acronym and not c.text.isupper():
                pairs.append((i, c.acronym))
            elif _ACRONYM_WORD.match(c.text) and c.end + 1 < len(doc) and doc[c.end].text == "(":
                # "the KDF (Korvan Defence Forces)": the name filling the brackets
                for j, other in enumerate(cands):
                    if other is c or other.text.isupper() or not (c.end < other.start <= c.end + 3) \
                            or other.end >= len(doc) or doc[other.end].text != ")":
                        continue
                    if all(t.text[:1].isupper() and t.is_alpha for t in doc[c.end + 1:other.start]) \
                            and not any(x.iri and x.start < other.start and x.end > c.end + 1 for x in cands if x is not other):
                        other.start = c.end + 1  # a word NER left out of the bracketed name
                        other.text = doc[other.start:other.end].text
                    if other.start == c.end + 1:
                        pairs.append((j, c.text))
                        other.acronym = other.acronym or c.text
                    break
        defined: dict[str, int] = {}
        for i, acr in pairs:
            full = cands[i]
            known = self._known(acr)
            if known is None or full.iri == known or full.ner == "PERSON":
                continue
            actor = self.kb.actors[known]
            if actor.type in ("State", "Official", "Person") or _acronym_fits(full.text, acr, actor) \
                    or not _spells(full.text, acr):
                continue
            key = norm_name(acr)
            if key in defined:
                continue
            defined[key] = i
            for c in cands:
                if c is not full and c.iri == known and norm_name(c.text) == key:
                    c.iri = full.iri  # "the KDF" is the article's KDF
                    c.ner = c.ner or "ORG"
        return defined

    def _alias_after(self, doc: Doc, c: _Cand, cands: list[_Cand]) -> int | None:
        """'X, known as Y', 'X, alias Y', 'X (Y)' for a person, 'X, also known as Y': Y's index."""
        i = c.end
        if i < len(doc) and doc[i].text in (",", "("):
            i += 1
        # "X, known by its French acronym FLK": the acronym after the noun that announces it
        k = i
        while k < len(doc) and k - i < 6 and doc[k].lower_ not in ACRONYM_NOUNS and (doc[k].is_lower or doc[k].pos_ in ("PROPN", "ADJ")) \
                and doc[k].text not in (",", "(", ")"):
            k += 1
        if i < len(doc) and doc[i].lower_ in ("known", "also", "better") and k < len(doc) and doc[k].lower_ in ACRONYM_NOUNS \
                and any(t.lower_ == "by" for t in doc[i:k]):
            for n, other in enumerate(cands):
                if other.start == k + 1 and other is not c and other.text.isupper():
                    return n
        # "the Kelto Liberation Movement, or KLM,": an acronym after "or"
        if c.end < len(doc) and doc[c.end].text == "," and i < len(doc) and doc[i].lower_ == "or":
            for n, other in enumerate(cands):
                if other.start == i + 1 and other.text.isupper() and _ACRONYM_WORD.match(other.text) \
                        and _spells(c.text, other.text) and other.end < len(doc) and doc[other.end].text in (",", ")", "."):
                    return n
        words = []
        j = i
        while j < len(doc) and j - i < 4 and doc[j].is_lower or (j < len(doc) and doc[j].text in ("a.k.a.",)):
            words.append(doc[j].lower_)
            j += 1
        while words and words[-1] in ("the", "a", "an"):
            words.pop()  # "also known as the FLD": the article opens the alias
        phrase = " ".join(words)
        bracket = c.end < len(doc) and doc[c.end].text == "("
        # 'Juma Okello, "the Hawk", ...', 'Juma Okello ("the Hawk")': a person's nickname in quotes in apposition
        quoted = not words and i > c.end and i < len(doc) and doc[i].text in _QUOTES and c.ner == "PERSON"
        if not (phrase in ALIAS_MARKERS or (phrase.endswith(" as") and phrase in ALIAS_MARKERS) or (bracket and not words)
                or quoted):
            # "X, known as Y" with a word between ("formally known as")
            if not any(phrase.endswith(m) for m in ALIAS_MARKERS if " " in m or m in ("alias", "aka")):
                return None
        if words and not bracket and doc[c.end].lower_ == words[0] and doc[c.end].pos_ in ("VERB", "AUX") \
                and doc[c.end].dep_ not in ("acl", "amod", "relcl") \
                and any(x.dep_ == "nsubj" and c.start <= x.i < c.end for x in doc[c.end].children):
            return None  # "X called Y's move illegal", "X dubbed Y a puppet": X is the verb's subject
        if words or quoted:
            # the alias in quotes, or opened by an article: 'known as "the Hawk"', 'nicknamed "Black Lion"'
            while j < len(doc) and j - i < len(words) + 3 and (doc[j].text in _QUOTES or doc[j].lower_ in ("the", "a", "an")):
                j += 1
        for k, other in enumerate(cands):
            if other.start == j and other is not c:
                if bracket and not words and (other.text.isupper() or c.ner != "PERSON"):
                    return None  # "Name (ACR)" is handled as an acronym
                if quoted and (other.end >= len(doc) or doc[other.end].text not in _QUOTES):
                    return None  # the quotes close on the nickname
                if not bracket and other.end < len(doc) and doc[other.end].tag_ == "POS":
                    return None  # "X called Y's decision ...": a possessor is no second name
                last = doc[other.end - 1]
                if c.ner == "PERSON" and (last.tag_ in ("NNPS", "NNS") or last.lower_.endswith("s") and not last.lower_.endswith("ss")
                                          and doc[other.start - 1].lower_ in ("the", '"', "“")
                                          and "the" in (doc[other.start - 1].lower_, doc[other.start - 2].lower_)):
                    return None  # "contractors led by X, known as the 'Romeos'": a plural names X's men, not X
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

        state_forces = set(self.kb.forces_of.values())

        def state_force(iri: str) -> bool:
            return bool(actors[iri].armed_forces_of) or iri in state_forces or self._state_institution(actors[iri])

        def retypable(iri: str) -> bool:
            a = actors[iri]
            if a.known or a.type != "Organization":
                return False
            head = head_word_type(a.label.split())
            last = a.label.split()[-1].lower() if a.label.split() else ""
            return head is None or "ArmedGroup" in DESCRIPTIONS.get(last, ())

        # "the government" with no government named: the story's state, the headline's too (no army is
        # lent by it, only the ruler a description stands for)
        home = home_state(doc, mentions, actors, self.kb, headline=True)
        def forces_of(iri: str) -> str:
            # a state's armed forces; an armed group's forces are the group
            return self.forces_of(actors[iri], actors).iri if actors[iri].type == "State" else iri

        return anaphora(doc, mentions, actor_type, resolve, names, state_force, retypable, home, forces_of) + \
            headline_descriptions(doc, mentions, actor_type, names, state_force)


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
        home = self._home_state(doc, mentions, actors)
        led_groups = self._led_groups(doc, by_token, actors)
        # what "his"/"her" and "its"/"their" may refer to: the most salient person / other actor so far
        sal = Salience()
        latest: dict[str, Mention] = {}
        sent_start = {i: s.start for s in doc.sents for i in range(s.start, s.end)}
        last_person: Mention | None = None
        last_thing: Mention | None = None
        for tok in doc:
            sal.new_sentence(sent_start.get(tok.i, 0))
            m_here = by_token.get(tok.i)
            if m_here and m_here.kind != DEMONYM and m_here.start == tok.i:
                root = doc[m_here.start:m_here.end].root
                sal.add(m_here.actor, root.head.dep_ if root.dep_ == "appos" and root.head.pos_ == "NOUN" else root.dep_)
                latest[m_here.actor] = m_here
            if tok.lower_ in ("his", "her", "its", "their"):
                person = sal.best(lambda a: actors[a].type in PERSON_TYPES)
                thing = sal.best(lambda a: actors[a].type not in PERSON_TYPES)
                last_person = latest.get(person) if person else None
                last_thing = latest.get(thing) if thing else None
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
            if tok.lower_ in LOCAL_ARMED_NOUNS and tok.i not in by_token and any(
                    c.dep_ == "amod" and c.lower_ == "local" for c in tok.children):
                # "local militiamen in the X valley": the militia of that place ("X militia")
                place = None
                for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "from", "of")):
                    for o in (g for g in prep.children if g.dep_ == "pobj"):
                        cands_ = [o] if o.pos_ == "PROPN" else [g for g in o.children if g.dep_ == "compound"
                                                               and g.pos_ == "PROPN" and o.lemma_ in PLACE_NOUNS]
                        place = next((t for t in cands_ if t.i not in by_token and t.text[:1].isupper()), place)
                if place is not None:
                    label = f"{place.text} militia"
                    iri = actor_iri(label)
                    actors.setdefault(iri, ActorInfo(iri=iri, label=label, type="ArmedGroup", known=False))
                    start = min(c.i for c in tok.children if c.dep_ == "amod" and c.lower_ == "local")
                    out.append(Mention(start, tok.i + 1, iri, "forces"))
                    self._generic.add((start, tok.i + 1))
                continue
            if tok.lower_ in OFFICER_NOUNS and tok.i not in by_token:
                # "Venezuelan generals": officers of a state's armed forces speak for them
                i = tok.i - 1
                while i >= 0 and i not in by_token and doc[i].pos_ == "ADJ" and tok.i - i < 3:
                    i -= 1
                owner = by_token.get(i)
                if owner is not None and owner.kind == DEMONYM and owner.end == i + 1:
                    group = self.forces_of(actors[owner.actor], actors)
                    out = [m for m in out if m is not owner]
                    out.append(Mention(owner.start, tok.i + 1, group.iri, "forces", possessor=owner.actor))
                    self._generic.add((owner.start, tok.i + 1))
                continue
            if tok.lower_ in POSSESSED_GROUP_NOUNS and tok.lower_ not in FORCE_NOUNS and tok.i not in by_token \
                    and tok.tag_ in ("NN", "NNS"):
                # "his alliance", "P's movement": the group the article says P leads
                owner, start = self._owner(doc, tok, by_token, last_person, last_thing)
                if owner is not None and start < tok.i and actors[owner.actor].type in PERSON_TYPES \
                        and led_groups.get(owner.actor) and doc[tok.i - 1].lower_ != "own":
                    group = actors[led_groups[owner.actor]]
                    out = [m for m in out if not (start <= m.start and m.end <= tok.i + 1)]
                    out.append(Mention(start, tok.i + 1, group.iri, "forces", possessor=owner.actor))
                    continue
            led_group = tok.lower_ in LED_GROUP_NOUNS and tok.lower_ not in FORCE_NOUNS
            blue_helmets = tok.lower_ == "helmets" and tok.i > 0 and doc[tok.i - 1].lower_ == "blue"
            if (tok.lower_ not in FORCE_NOUNS and not led_group and not blue_helmets) or tok.i in by_token:
                continue
            backed = self._backed_by_modifier(doc, tok, by_token, actors)
            if led_group and backed is None:
                continue
            if backed is not None:
                # "Turkish-backed forces" are forces Turkey backs, not Turkey's: an unnamed group,
                # named as the text names it; the hyphen rule reads the support.
                label = re.sub(r"^(?:the|a|an)\s+", "", doc[backed:tok.i + 1].text, flags=re.I)
                # "the Kenyan-led mission" ... "the Kenyan-led force": one force, led by one state
                modifier = label.rsplit(" ", 1)[0].lower() if label.lower().endswith(("-led " + tok.lower_,)) else None
                iri = led.get(modifier) if modifier else None
                if iri is None and modifier:
                    # "the Kenyan-led mission" / "the Kenyan-led force": the multinational force the
                    # article names (the one mission, coalition or force that is no state's army)
                    iri = self._named_force(tok, mentions, actors)
                    if iri is not None:
                        led[modifier] = iri
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
                found = self._unowned_force(doc, tok, by_token, out, actors, home)
                if found is not None:
                    group, start = found
                    out = [m for m in out if not (start <= m.start and m.end <= tok.i + 1)]
                    out.append(Mention(start, tok.i + 1, group.iri, "forces"))
                    self._generic.add((start, tok.i + 1))  # "government troops" names no actor
                continue
            if actors[owner.actor].type == "State" and tok.lower_ in IRREGULAR_FORCE_NOUNS \
                    and by_token.get(start) is not None and by_token[start].kind == DEMONYM:
                continue  # "Central African rebels", "Malian jihadists": fighters of that country, not its army
            if actors[owner.actor].type == "State" and tok.lower_ in POLICE_NOUNS:
                # "Haitian police officers": the state's police (the one the article names), not its army
                group = self._police_of(actors[owner.actor], mentions, actors)
                out = [m for m in out if not (start <= m.start and m.end <= tok.i + 1)]
                out.append(Mention(start, tok.i + 1, group.iri, "forces", possessor=owner.actor))
                continue
            owner_actor = actors[owner.actor]
            if owner_actor.type in PERSON_TYPES and owner_actor.iri not in self.kb.group_of_commander \
                    and led_groups.get(owner_actor.iri):
                # "the X Front, led by P ... P's forces": the group the article says P leads
                group = actors[led_groups[owner_actor.iri]]
                out = [m for m in out if not (start <= m.start and m.end <= tok.i + 1)]
                out.append(Mention(start, tok.i + 1, group.iri, "forces", possessor=owner.actor))
                continue
            if owner_actor.type in PERSON_TYPES and owner_actor.nationality and owner_actor.nationality in self.kb.actors \
                    and owner_actor.iri not in self.kb.group_of_commander and any(
                        m.actor == owner.actor and m.title in HEAD_OF_STATE_TITLES for m in mentions):
                # "President X ... his soldiers": a head of state's soldiers are the state's army
                owner_actor = actors.setdefault(owner_actor.nationality, self.kb.actors[owner_actor.nationality].copy())
            group = self.forces_of(owner_actor, actors)
            if group.iri == owner.actor:
                continue  # "the LNA's forces" are the LNA: keep the name mention
            out = [m for m in out if not (start <= m.start and m.end <= tok.i + 1)]
            out.append(Mention(start, tok.i + 1, group.iri, "forces", possessor=owner.actor))
        return out

    def _state_institution(self, actor: ActorInfo) -> bool:
        """'US Central Command', 'Valdorian National Police': a state's name or demonym and the name of
        a state's force ("army", "central command", "national police") -- a state's own force."""
        if actor.type != "ArmedGroup" or actor.known:
            return False  # (the knowledge base says whose force a known one is: the LNA is no state's)
        words = actor.label.split()
        for k in (1, 2, 3):
            head, rest = " ".join(words[:k]), " ".join(words[k:]).lower()
            # a demonym opens rebel armies' names too ("... National Army"); a state's police is the state's
            owner = self.kb.by_name.get(norm_name(head)) or (
                self.kb.by_demonym.get(norm_name(head)) if set(rest.split()) & POLICE_NOUNS else None)
            if owner and self.kb.actors[owner].type == "State" and rest in STATE_FORCE_NAMES:
                return True
        return False

    def _named_after(self, doc: Doc, mentions: list[Mention], actors: dict[str, ActorInfo]) -> list[Mention]:
        """'P, head of the militant network that bears his family's name': the group named after the
        person ("<Surname> network"), an armed group when the text calls it armed."""
        by_token = {i: m for m in mentions for i in range(m.start, m.end)}
        out = list(mentions)
        for tok in doc:
            if tok.lower_ not in NAME_HEADS or tok.i in by_token or tok.pos_ != "NOUN":
                continue
            clause = next((c for c in tok.children if c.dep_ == "relcl" and c.lemma_ in ("bear", "carry")), None)
            if clause is None or not any(g.lower_ == "name" for g in clause.subtree) \
                    or not any(g.lower_ in ("his", "her") for g in clause.subtree):
                continue
            person = next((by_token[t.i] for t in reversed(doc[tok.sent.start:tok.i]) if t.i in by_token
                           and actors[by_token[t.i].actor].type in PERSON_TYPES), None)
            if person is None:
                continue
            surname = name_words(actors[person.actor].label)
            words = actors[person.actor].label.split()
            if not surname or not words:
                continue
            label = f"{words[-1]} {tok.lower_}"
            start = tok.left_edge.i
            while start < tok.i and doc[start].pos_ == "DET":
                start += 1
            armed = any(t.lower_ in ARMED_ADJECTIVES for t in doc[start:tok.i]) or tok.lower_ in ARMED_ORG_HEADS
            iri = actor_iri(label)
            actors.setdefault(iri, ActorInfo(iri=iri, label=label, type="ArmedGroup" if armed else "Organization",
                                             known=False))
            out.append(Mention(start, tok.i + 1, iri, "description"))
        return out

    def _formed_governments(self, doc: Doc, mentions: list[Mention], actors: dict[str, ActorInfo]) -> list[Mention]:
        """'The X movement named a caretaker government': the government an armed group forms is
        "<X> government" (a Government), not the state's."""
        by_token = {i: m for m in mentions for i in range(m.start, m.end)}
        out: list[Mention] = []
        for tok in doc:
            if tok.lower_ not in ("government", "cabinet", "administration") or tok.i in by_token \
                    or tok.dep_ != "dobj" or tok.head.lemma_ not in FORMING_VERBS:
                continue
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subj is None and tok.head.dep_ == "relcl":
                subj = tok.head.head  # (a dateline before the subject: the verb parsed as its clause)
            m = by_token.get(subj.i) if subj is not None else None
            if m is None or m.kind != NAME or actors[m.actor].type != "ArmedGroup" or actors[m.actor].armed_forces_of:
                continue
            label = f"{actors[m.actor].label} government"
            iri = actor_iri(label)
            actors.setdefault(iri, ActorInfo(iri=iri, label=label, type="Government", known=False))
            start = tok.left_edge.i
            while start < tok.i and doc[start].pos_ == "DET":
                start += 1
            out.append(Mention(start, tok.i + 1, iri, "description"))
        return out

    @staticmethod
    def _formed_later(doc: Doc, mentions: list[Mention], formed: list[Mention]) -> list[Mention]:
        """After 'the X movement named a caretaker government', 'the new cabinet' is that government."""
        if len({m.actor for m in formed}) != 1:
            return []
        taken = {i for m in [*mentions, *formed] for i in range(m.start, m.end)}
        first = formed[0]
        out = []
        for tok in doc[first.end:]:
            if tok.lower_ not in ("government", "cabinet") or tok.i in taken or tok.pos_ != "NOUN":
                continue
            mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
            det = [c for c in tok.children if c.dep_ == "det" and c.lower_ == "the"]
            if det and (tok.lower_ == "cabinet" or any(c.lower_ in FORMED_GOVERNMENT_MODIFIERS for c in mods)) \
                    and all(c.lower_ in FORMED_GOVERNMENT_MODIFIERS for c in mods):
                start = min([c.i for c in mods] + [tok.i])
                out.append(Mention(start, tok.i + 1, first.actor, "description"))
        return out

    @staticmethod
    def _led_groups(doc: Doc, by_token: dict[int, Mention], actors: dict[str, ActorInfo]) -> dict[str, str]:
        """person -> the one armed group the article says they lead: "G, led / commanded / headed by P",
        "P, the leader / commander / head of G", "G answers to P"."""
        links: dict[str, set[str]] = {}

        def person_at(t: Token) -> str | None:
            m = by_token.get(t.i)
            return m.actor if m is not None and actors[m.actor].type in PERSON_TYPES else None

        def group_at(t: Token) -> str | None:
            m = by_token.get(t.i)
            return m.actor if m is not None and m.kind == NAME and actors[m.actor].type == "ArmedGroup" else None

        for t in doc:
            g = group_at(t)
            if g is not None and t.i == by_token[t.i].end - 1 or g is not None and t.dep_ != "compound":
                heads = [t, *(c for c in t.children if c.dep_ == "appos")]
                for h in heads:
                    for c in h.children:
                        if c.dep_ == "acl" and c.lower_ in LEADER_PARTICIPLES:
                            for a in c.children:
                                if a.dep_ == "agent":
                                    for p in a.children:
                                        if p.dep_ == "pobj" and person_at(p):
                                            links.setdefault(person_at(p), set()).add(g)
                if t.dep_ == "nsubj" and t.head.lemma_ in ("answer", "report"):
                    for c in t.head.children:
                        if c.dep_ == "prep" and c.lower_ == "to":
                            for p in c.children:
                                if p.dep_ == "pobj" and person_at(p):
                                    links.setdefault(person_at(p), set()).add(g)
            if g is not None and t.i == by_token[t.i].end - 1:
                # (the parser may hang the participle elsewhere: "the X Front (XF) led by P")
                j = t.i + 1
                if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
                    j += 3
                if j < len(doc) and doc[j].text == ",":
                    j += 1
                if j + 2 < len(doc) and doc[j].lower_ in LEADER_PARTICIPLES and doc[j + 1].lower_ == "by":
                    k = j + 2
                    while k < len(doc) and k not in by_token and (doc[k].lower_ in TITLE_WORDS or doc[k].pos_ == "DET") \
                            and k - j < 6:
                        k += 1
                    if k < len(doc) and person_at(doc[k]):
                        links.setdefault(person_at(doc[k]), set()).add(g)
            p = person_at(t)
            if p is not None and t.dep_ == "nsubj" and t.head.lemma_ in LEADING_VERBS:
                # "P leads the X Front", "P, who heads the X Front, ..."
                for o in (x for c in t.head.children if c.dep_ == "dobj" for x in (c, *c.conjuncts)):
                    links.setdefault(p, set()).add(group_at(o) or "")  # (leads something else too: no one group)
            if t.lower_ in ("who", "whom") and t.dep_ == "nsubj" and t.head.lemma_ in LEADING_VERBS \
                    and t.head.dep_ == "relcl" and person_at(t.head.head):
                for o in (x for c in t.head.children if c.dep_ == "dobj" for x in (c, *c.conjuncts)):
                    links.setdefault(person_at(t.head.head), set()).add(group_at(o) or "")
            if p is not None:
                for h in (c for c in t.children if c.dep_ == "appos" and c.lemma_ in LEADER_ROLE_NOUNS):
                    for c in h.children:
                        if c.dep_ == "prep" and c.lower_ == "of":
                            for o in c.children:
                                if o.dep_ == "pobj" and group_at(o):
                                    links.setdefault(p, set()).add(group_at(o))
        return {p: next(iter(gs)) for p, gs in links.items() if len(gs) == 1 and "" not in gs}

    def _home_state(self, doc: Doc, mentions: list[Mention], actors: dict[str, ActorInfo]) -> str | None:
        """The state the story is told from (``_home``): "the army", "government troops" are its own."""
        return home_state(doc, mentions, actors, self.kb, headline=False)

    def _unowned_force(self, doc: Doc, tok: Token, by_token: dict[int, Mention], out: list[Mention],
                       actors: dict[str, ActorInfo], home: str | None):
        """A force noun no owner is written before: "UN peacekeepers" / "the Blue Helmets" (the UN
        mission the article names), "government troops" (the state whose government the article last
        named), and "the army", "army positions", "police", "40 soldiers" in a wire article (its home
        state's). (group, start) or None."""
        low = tok.lower_
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if low in PEACEKEEPER_NOUNS or (low == "helmets" and prev is not None and prev.lower_ == "blue"):
            start = tok.i - 1 if low == "helmets" else tok.i
            un = by_token.get(tok.i - 1)
            if un is not None and un.kind == NAME and actors[un.actor].label == "United Nations":
                start = un.start
            elif low != "helmets" and prev is not None and (prev.pos_ in ("ADJ", "PROPN") or prev.i in by_token):
                return None  # "Rwandan peacekeepers", "UNIFIL peacekeepers": owned
            mission = self._un_mission(doc, by_token, actors)
            return (actors[mission], start) if mission else None
        if not tok.is_lower and not (low == "army" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ROLE_NOUNS):
            return None  # a name's word ("the Army of ..."); "Army commander X" is the army's
        if prev is not None and prev.lower_ in GOVERNMENT_FORCE_MODIFIERS and low in ("troops", "forces", "soldiers"):
            # ("federal troops" are the central state's, never those of a region's government just named)
            state = next((actors[m.actor].governs or m.actor for m in reversed(out)
                          if m.kind == "description" and m.start < tok.i and prev.lower_ != "federal"
                          and actors[m.actor].type in ("State", "Government")), None) or home \
                or self._only_state_near(doc, tok, out, actors)
            if state and state in actors and actors[state].type == "State":
                return self.forces_of(actors[state], actors), tok.i - 1
            return None
        if home is None or prev is not None and (prev.i in by_token or prev.pos_ == "PROPN"):
            return None
        sent = tok.sent
        if any(m.kind == DEMONYM and actors[m.actor].iri != home for m in out if sent.start <= m.start < sent.end):
            return None  # another state's forces are about in the sentence
        if low in HOME_ARMY_NOUNS and (low != "army" or tok.tag_ == "NN"):
            return self.forces_of((actors[home] if home in actors else actors.setdefault(home, self.kb.actors[home].copy())), actors), tok.i
        if low in POLICE_NOUNS and tok.tag_ == "NN":
            return self._police_of((actors[home] if home in actors else actors.setdefault(home, self.kb.actors[home].copy())), self._names_in(out), actors), tok.i
        if low == "soldiers" and any(c.dep_ == "nummod" or c.like_num for c in tok.children):
            return self.forces_of((actors[home] if home in actors else actors.setdefault(home, self.kb.actors[home].copy())), actors), tok.i
        return None

    @staticmethod
    def _only_state_near(doc: Doc, tok: Token, mentions: list[Mention], actors: dict[str, ActorInfo]) -> str | None:
        """The one state named (or its demonym used) in the sentence of ``tok`` and the one before, when
        there is exactly one: "Valdoria ... Government troops attacked the rebels"."""
        sent = tok.sent
        start = sent.start
        if start > 0:
            start = doc[start - 1].sent.start
        states = {actors[m.actor].governs or m.actor for m in mentions if start <= m.start < sent.end
                  and actors[m.actor].type in ("State", "Government")}
        return next(iter(states)) if len(states) == 1 else None

    @staticmethod
    def _names_in(mentions: list[Mention]) -> list[Mention]:
        return [m for m in mentions if m.kind == NAME]

    def _un_mission(self, doc: Doc, by_token: dict[int, Mention], actors: dict[str, ActorInfo]) -> str | None:
        """The one UN mission the article names: a name that opens with "United Nations" / "UN", or
        that a "UN mission" / "UN peacekeeping force" phrase stands in apposition to."""
        found = set()
        for i, m in by_token.items():
            if m.kind != NAME or m.start != i or actors[m.actor].type not in ("ArmedGroup", "Organization"):
                continue
            a = actors[m.actor]
            if a.label == "United Nations":
                continue
            if a.label.startswith(("United Nations ", "UN ")) and any(
                    w in a.label.lower().split() for w in MULTINATIONAL_FORCE_HEADS):
                found.add(a.iri)
                continue
            window = doc[max(0, m.start - 5):m.start]
            if any(t.i in by_token and actors[by_token[t.i].actor].label == "United Nations" for t in window) \
                    and any(t.lower_ in MULTINATIONAL_FORCE_HEADS for t in window):
                found.add(a.iri)
        return next(iter(found)) if len(found) == 1 else None

    @staticmethod
    def _police_of(state: ActorInfo, mentions: list[Mention], actors: dict[str, ActorInfo]) -> ActorInfo:
        """A state's police: the police force the article names with the state's name or demonym
        ("Haitian National Police"), else one named as the text names it ("Haitian police")."""
        openers = {state.label.lower(), *(d.lower() for d in state.demonyms)}
        for m in mentions:
            a = actors.get(m.actor)
            if m.kind != NAME or a is None or a.type != "ArmedGroup":
                continue
            for name in (a.label, *a.alt_labels):
                low = name.lower()
                if any(w in POLICE_NOUNS for w in low.split()) and any(low.startswith(o + " ") for o in openers):
                    return a
        label = f"{state.demonyms[0]} police" if state.demonyms else f"Police of {state.label}"
        iri = actor_iri(label)
        return actors.setdefault(iri, ActorInfo(iri=iri, label=label, type="ArmedGroup", known=False))

    def _named_force(self, noun: Token, mentions: list[Mention], actors: dict[str, ActorInfo]) -> str | None:
        """The actor a led-force description ("the Kenyan-led mission") stands for: the one armed
        group the article names with that head word ("... mission"), or with any force word when the
        noun is "force"; never a state's own armed forces."""
        state_forces = set(self.kb.forces_of.values())
        by_head: dict[str, set[str]] = {}
        for m in mentions:
            a = actors.get(m.actor)
            if m.kind != NAME or a is None or a.type != "ArmedGroup" or a.armed_forces_of or a.iri in state_forces:
                continue
            for name in (a.label, *a.alt_labels):
                for w in name.lower().split():
                    if w in MULTINATIONAL_FORCE_HEADS:
                        by_head.setdefault(w, set()).add(a.iri)
        word = noun.lower_
        same = by_head.get(word, set())
        if len(same) == 1:
            return next(iter(same))
        if not same and word == "force":
            every = set().union(*by_head.values()) if by_head else set()
            if len(every) == 1:
                return next(iter(every))
        return None

    @staticmethod
    def _backed_by_modifier(doc: Doc, noun: Token, by_token: dict[int, Mention],
                            actors: dict[str, ActorInfo] | None = None) -> int | None:
        """Where 'Turkish-backed forces' starts, if the noun carries an 'X-backed' modifier."""
        i = noun.i - 1
        while i >= 0 and i not in by_token and (doc[i].pos_ in ("ADJ", "VERB") or doc[i].text == "-"):
            if doc[i].lower_ in _BACKED_WORDS and doc[i - 1].text == "-" and i - 2 in by_token:
                return by_token[i - 2].start
            i -= 1
        # "anti-Relvani rebels", "pro-Iran militias": forces against (or on the side of) an actor, an
        # unnamed group; "pro-Relvani fighters" are a person's own (the owner rule reads them)
        m = by_token.get(i)
        if m is not None and m.end == i + 1 and _prefix_at(doc, m.start) and (
                doc[m.start - 2].lower_ == "anti" or m.kind == DEMONYM
                or (actors is not None and m.actor in actors and actors[m.actor].type not in ("Official", "Person"))):
            return m.start - 2
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
        if i >= 0 and i in by_token and (by_token[i].kind == DEMONYM or by_token[i].kind == NAME
                                         and doc[i].ent_type_ in ("NORP", "GPE")):
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
        # "fighters of the Russian mercenary outfit Wagner": the name the 'of' phrase is headed by
        # (or in apposition to), not a demonym before it
        if noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "of":
            for p in (c for c in doc[noun.i + 1].children if c.dep_ == "pobj"):
                for t in (p, *(g for g in p.children if g.dep_ in ("appos", "compound"))):
                    m = by_token.get(t.i)
                    if m is not None and m.kind != DEMONYM and t.i > noun.i:
                        return m, noun.i
        # "forces of rebel commander X"
        if noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "of":
            j = noun.i + 2
            while j < len(doc) and j not in by_token and (doc[j].lower_ in TITLE_WORDS or doc[j].pos_ in ("ADJ", "DET")) and j - noun.i < 7:
                j += 1
            if j in by_token and by_token[j].start == j:
                return by_token[j], noun.i  # span begins at the noun
        return None, None


_LAST_DOC: list = [None, None]  # (doc, words): the words of the document being linked, computed once


def _doc_words(doc) -> tuple[frozenset[str], frozenset[str]]:
    """The texts of a document's tokens, and those that can be a demonym (adjectives, proper nouns, NORP
    entities): asked for each candidate name, computed once per document, not once per candidate."""
    if _LAST_DOC[0] is not doc:
        _LAST_DOC[0] = doc
        _LAST_DOC[1] = (frozenset(token_texts(doc)), demonym_texts(doc))
    return _LAST_DOC[1]
