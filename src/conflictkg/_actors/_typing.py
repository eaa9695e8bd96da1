"""Typing from context: what a name is (a person, a group, a place, nothing) and which kind of actor.

Each mention of a name yields cues; a name's cues are summed over the article. The cues
read the parse and the lexicon (``ontology/lexicon/actors.json``): the name's own head word
("... Front", "... Council"), the words around it ("X fighters", "fighters of X", "the militia X",
"X valley", "the town of X"), appositions and predicates ("X, the dominant gang", "X, a
researcher"), relative pronouns ("X, which ..." / "X, who ..."), titles before the name, and
verbs of leading ("led by X", "X, who heads ...").
"""
from __future__ import annotations

from collections import Counter
from functools import cache

from spacy.tokens import Doc, Token

from .._lexicon import FORCE_NOUNS, TITLE_WORDS, nouns, titles
from ._gazetteer import title_spans
from ._words import combat_nouns
from ._names import title_case_line
from ._words import (LEADER_ROLE_NOUNS, MINISTRY_NOUNS, NAME_HEADS, NAMING_VERBS, ARMED_ADJECTIVES, ARMED_FOREIGN_WORDS, ARMED_ORG_HEADS, ARMED_PERSONNEL, ARMED_VERBS, ETHNIC_CUES,
                     FOREIGN_GROUP_WORDS, GOVERNMENT_ORG_HEADS, GOVERNMENT_VERBS, LEADER_PARTICIPLES,
                     LEADER_VERBS, MEDIA_NOUNS, NOT_ACTOR_HEADS, APPOSITIVE_NOT_ARMED, PEOPLE_NOUNS, CODE_NAME_MARKERS, COMPASS_WORDS, WEAPON_NOUNS, WEAPON_VERBS, MEDIA_WORDS, NEUTRAL_ORG_HEADS, ORG_HEADS, PERSON_NOUNS,
                     PLACE_NOUNS, PLACE_PREPOSITIONS, ROLE_NOUNS, MOTION_OBJECT_VERBS, MOTION_VERBS, PARTY_PREPOSITIONS, PLACE_OBJECT_VERBS,
                     PLACE_PARTS, PLACE_SUBJECT_VERBS, RECEIVE_VERBS, STATE_NOUNS, STATE_OWNED_NOUNS, STATE_OWNED_WEAK,
                     predicate_words, ARMS_NOUNS, ARMING_VERBS, ARMS_TRANSFER_VERBS, MILITARY_AID_MODIFIERS,
                     relation_words, words, ATTACK_NOUNS, APPOINTING_VERBS, ADDRESS_VERBS)

# cue keys
PERSON, ORG, PLACE, NONE = "person", "org", "place", "none"
ARMED, GOVERNMENT, ORGANIZATION, OFFICIAL = "ArmedGroup", "Government", "Organization", "Official"

_FOREIGN_PREPS = words("foreign_name_prepositions")

_NER_PRIOR = {"PERSON": {PERSON: 1.0}, "ORG": {ORG: 1.0}, "GPE": {PLACE: 1.5}, "LOC": {PLACE: 1.5},
              "FAC": {PLACE: 0.5}, "NORP": {NONE: 1.5}, "PRODUCT": {ORG: 0.3}, "WORK_OF_ART": {NONE: 0.3},
              "EVENT": {NONE: 1.0}, "LAW": {NONE: 2.0}, "LANGUAGE": {NONE: 2.0}}


def head_word_type(words: list[str]) -> str | None:
    """The type a name's own head word gives: '... Liberation Front' armed, '... Council' government.
    The head is the last word, or the first of 'X of Y' ('Coalition of Patriots for Change')."""
    low = [w.lower() for w in words]
    if not low:
        return None
    # ("Cartel de Los Llanos": a Romance name's preposition too)
    preps = [i for i, w in enumerate(low) if (w in ("of", "for", "in", "on") or w in _FOREIGN_PREPS) and i > 0]
    if preps:  # "Union for Peace in the Central African Republic": the head is before the first preposition
        i = preps[0]
        candidates = [low[i - 1], " ".join(low[max(0, i - 2):i])]
    else:
        candidates = [low[-1], " ".join(low[-2:])]
    if low[0] in ARMED_FOREIGN_WORDS:
        return ARMED
    if preps and low[preps[0]] == "of" and low[preps[0] - 1] in NEUTRAL_ORG_HEADS:
        # "Union of Forces for Change", "Alliance of Brigades ...": a neutral head over armed members
        nxt = [i for i in preps if i > preps[0] + 1]
        member = low[(nxt[0] if nxt else len(low)) - 1]
        if member in ARMED_ORG_HEADS and member != low[preps[0] - 1]:
            return ARMED
    if candidates[1] in NEUTRAL_ORG_HEADS and candidates[1] not in ARMED_ORG_HEADS:
        return ORGANIZATION  # a two-word head over its last word: "Ceasefire Monitoring Mission" is no armed mission
    if any(c in ARMED_ORG_HEADS for c in candidates):
        return ARMED
    if any(c in GOVERNMENT_ORG_HEADS for c in candidates):
        return GOVERNMENT
    if any(c in NEUTRAL_ORG_HEADS for c in candidates):
        return ORGANIZATION
    return None


def form_cues(words: list[str]) -> Counter:
    """Cues from the name's shape alone."""
    c: Counter = Counter()
    if not words:
        return c
    text = " ".join(words)
    low = [w.lower() for w in words]
    if head_word_type(words) is not None or any(w in ORG_HEADS for w in low[1:] if w[:1].isalpha()):
        c[ORG] += 3
    if low[0] in FOREIGN_GROUP_WORDS and len(words) > 1:
        c[ORG] += 3
    elif 2 <= len(words) <= 4 and all(w[:1].isupper() or w.lower() in ("al", "el", "bin", "ibn", "de", "van", "da")
                                      for w in words) and not any(w.isupper() and len(w) > 1 for w in words):
        c[PERSON] += 0.5  # the shape of a personal name
    compact = text.replace(" ", "")
    if compact.isupper() and 2 <= len(compact) <= 8 or any(ch.isdigit() for ch in text):
        c[ORG] += 1.5  # acronyms and numbered units: "M62", "33rd Front"
    elif len(words) > 1 and len(words[0].replace("/", "").replace("-", "")) >= 2 \
            and words[0].replace("/", "").replace("-", "").isalpha() and words[0].isupper():
        c[ORG] += 1.5  # a name opening with an acronym: "SPLM/A in Opposition", "ABC Brigade"
    if any(w in MEDIA_WORDS for w in low) and len(words) > 1:
        c[NONE] += 1.5
    preps = [i for i, w in enumerate(low) if (w in ("of", "for", "in", "on") or w in _FOREIGN_PREPS) and i > 0]
    head_i = preps[0] - 1 if preps else len(low) - 1
    if len(words) > 1 and low[head_i] in NOT_ACTOR_HEADS and (words[head_i].islower() or low[head_i] not in ORG_HEADS):
        # "Nangarhar province", "the Liptako-Gourma Charter": a place or a document, named
        c[NONE] += 2.5
        if low[head_i] in PLACE_NOUNS:
            c[PLACE] += 2
    return c


def _subtree_words(tok: Token) -> set[str]:
    return {t.lower_ for t in tok.subtree}


def _near_words(tok: Token) -> set[str]:
    """The words that qualify a noun: its modifiers and those of its 'of' object
    ('the alliance of armed gangs' -> alliance, armed, gangs), not its whole clause."""
    out = {tok.lower_}
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod"):
            out.add(c.lower_)
            out.update(g.lower_ for g in c.children if g.dep_ in ("amod", "compound", "npadvmod"))
        if c.dep_ == "prep" and c.lower_ == "of":
            for o in c.children:
                if o.dep_ == "pobj":
                    out.add(o.lower_)
                    out.update(g.lower_ for g in o.children if g.dep_ in ("amod", "compound"))
    return out


def _by_agent(root: Token) -> Token | None:
    """The verb whose 'by' agent the name is: 'led by X', 'set up by the businessman X'."""
    tok = root
    if tok.dep_ in ("appos", "compound") and tok.head.dep_ == "pobj":
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "by":
        return tok.head.head
    return None


def _verb_chain(verb: Token) -> list[Token]:
    """A verb and the verbs it controls: 'vowed to keep attacking' -> vow, keep, attack."""
    out, frontier = [verb], [verb]
    for _ in range(3):
        frontier = [c for v in frontier for c in v.children if c.dep_ in ("xcomp", "conj")]
        out += frontier
    return out


def _misattached_appos(root: Token) -> bool:
    """An apposition the parser hung on the wrong noun: 'the commander of the armed group X' (X is the
    group's, after its noun with nothing between: no comma or bracket separates it from 'commander'), or
    'P heads X' (a plural noun before one name is the verb the tagger missed)."""
    head = root.head
    if head.i >= root.i:
        return False
    between = root.doc[head.i + 1:root.left_edge.i]
    if len(between) and not any(t.is_punct for t in between):
        return True
    return head.tag_ == "NNS" and head.i == root.left_edge.i - 1 and head.lower_ not in ROLE_NOUNS


def _appositive_heads(root: Token) -> list[Token]:
    """Nouns in apposition to the name, either way round ('X, the gang ...' / 'the gang X')."""
    out = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos" and not _misattached_appos(root):
        out.append(root.head)
    # "X is a militia": a predicate nominal; "X is among the strongest factions", "X is one of ..."
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
        out += [c for c in root.head.children if c.dep_ == "attr"]
        for prep in (c for c in root.head.children if c.dep_ == "prep" and c.lower_ in ("among", "of")):
            out += [o for o in prep.children if o.dep_ == "pobj"]
    # a name is no description of another name ("Full Name (ACR)" parses as an apposition)
    return [h for h in out if h.pos_ != "PROPN" or h.lower_ in ROLE_NOUNS or h.lower_ in TITLE_WORDS]


def ner_prior(ner: str) -> Counter:
    """What NER's label says of a name: counted once per name, not once per mention."""
    return Counter(_NER_PRIOR.get(ner, {}))


def mention_cues(doc: Doc, start: int, end: int, ner: str) -> Counter:
    """The cues one mention of a name gives (its context; ``ner_prior`` is the label's)."""
    c: Counter = Counter()
    span = doc[start:end]
    root = span.root
    # "the X network, a militant group, attacked ...": the phrase's head word after the name carries
    # the phrase's slots (appositions, relative clauses, verbs)
    if root.dep_ == "compound" and root.head.i == end and root.head.is_lower and (
            root.head.lower_ in NAME_HEADS or root.head.lower_ in ORG_HEADS):
        root = root.head
    before = doc[start - 1] if start > 0 else None
    before2 = doc[start - 2] if start > 1 else None
    after = doc[end] if end < len(doc) else None
    after2 = doc[end + 1] if end + 1 < len(doc) else None

    # a title or honorific just before: a person ("President X", "Sheikh X")
    hit = title_spans(doc).get(start)
    if hit is not None:
        c[PERSON] += 3
        if hit[2] != "honorific":
            c[OFFICIAL] += 3

    # "the Full Name (ACR) mission": the head noun comes after the acronym
    if after is not None and after.text == "(" and end + 3 < len(doc) and doc[end + 2].text == ")":
        after, after2 = doc[end + 3], (doc[end + 4] if end + 4 < len(doc) else None)
    # words after the name: "X fighters" (a group), "X valley" (a place), "X channel" (media);
    # a place-name modifies nouns too ("a Darfur rebel group"), so a place-name counts less
    damp = 0.5 if ner in ("GPE", "LOC") else 1.0
    # (in a Title Case headline the word after is capitalised: "Zerak Fighters Clash With ...")
    headline_after = after is not None and after.is_title and after.lower_ in ARMED_PERSONNEL \
        and after.lower_ not in ORG_HEADS and title_case_line(doc, end)
    if after is not None and (after.is_lower or headline_after) and not after.is_punct:
        w, w2 = after.lower_, f"{after.lower_} {after2.lower_}" if after2 is not None else ""
        if w in ARMED_PERSONNEL or w2 in ARMED_PERSONNEL:
            c[ORG] += 2 * damp
            c[ARMED] += 2 * damp
        elif w in ARMED_ORG_HEADS or w2 in ARMED_ORG_HEADS:
            c[ORG] += 2 * damp
            c[ARMED] += 2 * damp
        elif w in GOVERNMENT_ORG_HEADS:
            c[ORG] += 2 * damp
            c[GOVERNMENT] += 1
        elif w in NEUTRAL_ORG_HEADS:
            c[ORG] += 2 * damp
        elif w in PLACE_NOUNS and after.pos_ == "NOUN":
            c[PLACE] += 3
        elif w in MEDIA_NOUNS:
            c[NONE] += 3
        elif w in ("leader", "leaders", "chief", "spokesman", "spokeswoman", "official", "officials", "member",
                   "members", "lawmaker", "commander", "commanders", "figure", "founder", "militant", "cadres"):
            c[ORG] += 2 * damp
            if w in ("commander", "commanders", "militant"):
                c[ARMED] += 1
    # words before: "the militia X", "armed group X", "rebel X"
    if before is not None and before.is_lower:
        w = before.lower_
        if w in ARMED_ORG_HEADS or w in ARMED_ADJECTIVES or w in ("group", "outfit"):
            if w in ARMED_ADJECTIVES or w in ARMED_ORG_HEADS or (before2 is not None and before2.lower_ in ARMED_ADJECTIVES):
                c[ORG] += 2
                c[ARMED] += 2
        if w in ETHNIC_CUES:
            c[NONE] += 6
        if w in PLACE_NOUNS and before.dep_ != "poss":
            c[PLACE] += 1.5
    # "the town of X", "fighters of X", "members of X"
    if before is not None and before.lower_ == "of" and before2 is not None:
        w = before2.lower_
        if w in PLACE_NOUNS:
            c[PLACE] += 3
        elif w in ARMED_PERSONNEL or w in ("gangs", "cells", "wing", "branch", "affiliate", "faction", "factions"):
            c[ORG] += 2
            c[ARMED] += 2
        elif w in ("members", "leader", "leaders", "head", "chief", "founder", "spokesman", "official", "officials",
                   "leadership", "ranks", "member"):
            c[ORG] += 1.5
    # "fighters from X": armed men come from their group, or from a town (weak alone)
    # ("fighters from the X Movement": past the article)
    k = start - 2 if before is not None and before.lower_ == "the" else start - 1
    if k >= 1 and doc[k].lower_ == "from" and doc[k - 1].lower_ in ARMED_PERSONNEL:
        men = doc[k - 1]
        c[ARMED] += 1
        if men.dep_ == "nsubj" and any(v.lemma_ in ARMED_VERBS for v in _verb_chain(men.head)):
            c[ARMED] += 1  # "fighters from X ambushed a convoy": X's armed men fight (not "crossed the border")
    # "vigilantes of the X movement": a determiner between
    if start > 2 and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ == "of":
        w = doc[start - 3].lower_
        if w in ARMED_PERSONNEL:
            c[ORG] += 2
            c[ARMED] += 2
        elif w in PLACE_NOUNS:
            c[PLACE] += 2

    # "the rebels, who call their movement X": X names the group the noun is
    if root.dep_ in ("oprd", "attr", "dobj", "appos") and root.head.lemma_ in NAMING_VERBS:
        named = [g for g in root.head.children if g.dep_ == "dobj" and g.i != root.i
                 and (g.lower_ in NAME_HEADS or g.lower_ in ORG_HEADS or g.lemma_ in NAME_HEADS)]
        if named:
            c[ORG] += 3
            holder = root.head.head if root.head.dep_ == "relcl" else next(
                (g for g in root.head.children if g.dep_ == "nsubj"), None)
            if named[0].lower_ in ARMED_ORG_HEADS or (holder is not None and holder.lower_ in ARMED_PERSONNEL):
                c[ARMED] += 3
    # "X made common cause with the gangs of Y", "X allied with rebels": a body that joins armed men
    if root.dep_ == "nsubj":
        verb = root.head
        withs = [c for c in (*verb.children, *(g for d in verb.children if d.dep_ == "dobj" for g in d.children))
                 if c.dep_ == "prep" and c.lower_ == "with"]
        if any(o.dep_ == "pobj" and o.lower_ in ARMED_PERSONNEL for w in withs for o in w.children):
            c[ARMED] += 2
    # relative pronouns: "X, which ..." / "X, who ..."
    for ch in root.children:
        if ch.dep_ == "relcl":
            rel = next((g for g in ch.children if g.lower_ in ("who", "whom", "which", "that", "whose")), None)
            if rel is not None and rel.lower_ in ("who", "whom"):
                c[PERSON] += 2
                if ch.lemma_ in LEADER_VERBS or (ch.lemma_ == "be" and _subtree_words(ch) & ROLE_NOUNS):
                    c[OFFICIAL] += 2
            elif rel is not None and rel.lower_ == "which":
                c[ORG] += 1.5
                c[PLACE] += 0.5
                if ch.lemma_ in GOVERNMENT_VERBS:
                    c[GOVERNMENT] += 3
                if ch.lemma_ in ARMED_VERBS:
                    c[ARMED] += 1
                # "X, which is led by Y"
                if any(g.lower_ in LEADER_PARTICIPLES for g in ch.subtree):
                    c[ORG] += 1
    # "X, whose forces / bloc / UPC ..."  and "X, whose spokesman Y" (the owner is led or leads)
    # appositions and predicate nominals
    for head in _appositive_heads(root):
        words = _near_words(head)
        lemma = head.lemma_.lower()
        if head.lower_ in ROLE_NOUNS or lemma in ROLE_NOUNS or head.lower_ in TITLE_WORDS:
            c[PERSON] += 2.5
            c[OFFICIAL] += 2.5
        elif lemma in PERSON_NOUNS or head.lower_ in PERSON_NOUNS:
            c[PERSON] += 2.5
        elif (head.lower_ in ARMED_ORG_HEADS or lemma in ARMED_ORG_HEADS) and lemma not in APPOSITIVE_NOT_ARMED or (
                words & ARMED_ADJECTIVES and (
                lemma in NEUTRAL_ORG_HEADS or head.lower_ in NEUTRAL_ORG_HEADS)):
            c[ORG] += 3
            c[ARMED] += 3
        elif lemma in NEUTRAL_ORG_HEADS or head.lower_ in NEUTRAL_ORG_HEADS:
            c[ORG] += 3
            if words & {"armed", "gangs", "militias", "fighters", "militant", "military", "security", "mercenary",
                        "rebel", "rebels", "paramilitary", "jihadist"}:
                c[ARMED] += 2
            else:
                c[ORGANIZATION] += 1
        elif lemma in GOVERNMENT_ORG_HEADS or head.lower_ in GOVERNMENT_ORG_HEADS:
            c[ORG] += 3
            c[GOVERNMENT] += 2
        elif lemma in PLACE_NOUNS:
            c[PLACE] += 3
    # "led by X", "headed by X", "set up by X": X leads something
    if _by_agent(root) is not None:
        verb = _by_agent(root)
        if verb.lower_ in LEADER_PARTICIPLES or (verb.lower_ == "set" and any(p.lower_ == "up" for p in verb.children)):
            c[PERSON] += 1
            c[OFFICIAL] += 3
    # "P heads X", "P founded X": what a person heads or founds is a body, not a country (one rules or leads a country)
    if _headed_body(root):
        c[ORG] += 2
    # "X, who led / heads ...": also when the parser hangs the clause on the verb
    # "the contractors work for X", "fighters serving with X": armed men's employer is armed
    if root.dep_ == "pobj" and root.head.lower_ in ("for", "with") and root.head.head.pos_ == "VERB" \
            and root.head.head.lemma_ in ("work", "fight", "serve", "operate", "enlist"):
        if any(g.dep_ == "nsubj" and g.lower_ in ARMED_PERSONNEL for g in root.head.head.children):
            c[ORG] += 1
            c[ARMED] += 2
    # place slots: "in X", "at X", "near X" (weak: groups are 'in' things too)
    slot = root
    while slot.dep_ == "conj" and slot.head is not slot:
        slot = slot.head  # "around Minbya, Kyauktaw and Mrauk-U"
    # ("a colonel in X": an officer's unit, no place; not a place NER knows, "the commander in the former X")
    in_unit = slot.dep_ == "pobj" and slot.head.lower_ == "in" and slot.head.head.lower_ in _RANKS \
        and ner not in ("GPE", "LOC")
    if slot.dep_ == "pobj" and slot.head.lower_ in PLACE_PREPOSITIONS and not _in_particular(slot) and not in_unit:
        c[PLACE] += 1.25 if end - start <= 3 and head_word_type([t.text for t in span]) is None else 0.75
    elif root.dep_ == "pobj" and root.head.lower_ in ("to", "from") and end - start <= 3 \
            and root.head.head.pos_ == "VERB" and head_word_type([t.text for t in span]) is None \
            and not (root.head.lower_ == "to" and root.head.head.lemma_.lower() in ADDRESS_VERBS):
        c[PLACE] += 0.75  # "sent jets to X", "flew in from X"
    if span[0].lower_ in ("al", "el") and end - start <= 3 and head_word_type([t.text for t in span]) is None:
        c[PLACE] += 0.5  # "al-Jufra": an Arabic name with no given name is more often a place
    # "towns such as X and Y": climb coordination, then 'such as' after a place noun
    top = root
    while top.dep_ == "conj" and top.head is not top:
        top = top.head
    if top.dep_ == "pobj" and top.head.lower_ == "as" and top.head.head.lemma_ in PLACE_NOUNS:
        c[PLACE] += 3
    # "the army retook X", "X was overrun": what is taken or held is a place (a GPE's own slot is
    # weighed by party_cue)
    if ner not in ("GPE", "PERSON") and head_word_type([t.text for t in span]) is None and (
            root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in PLACE_OBJECT_VERBS):
        c[PLACE] += 1.5
    # "X said" / "X told": something that speaks is no place
    if root.dep_ in ("nsubj", "nsubjpass"):
        c[PLACE] -= 0.75
        chain = _verb_chain(root.head)
        if any(v.lemma_ in ARMED_VERBS for v in chain) or any(
                v.lemma_ in WEAPON_VERBS and any(o.dep_ == "dobj" and o.lower_ in WEAPON_NOUNS for o in v.children)
                for v in chain):
            c[ORG] += 0.5
            c[ARMED] += 2  # "X attacked ...", "X flew helicopter gunships", "X launched an offensive"
        if root.head.lemma_ in GOVERNMENT_VERBS:
            c[GOVERNMENT] += 2
    if root.dep_ == "poss" or (after is not None and after.tag_ == "POS"):
        c[PLACE] -= 0.5
        # "X's leader", "X's fighters": the owner of people is a group or a state
        owned = root.head if root.dep_ == "poss" else (doc[end + 1] if end + 1 < len(doc) else None)
        if owned is not None:
            if owned.lower_ in ARMED_PERSONNEL:
                c[ORG] += 1
                c[ARMED] += 1.5
            elif owned.lower_ in ("leader", "leadership", "chief", "spokesman", "founder", "members"):
                c[ORG] += 1
    # "X said it would ...": a person is never "it"
    if root.dep_ == "nsubj" and any(
            g.dep_ in ("ccomp", "xcomp") and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ == "it"
                                                 and s.i > root.i for s in g.children)
            for g in root.head.children) and root.head.lemma_ in ("say", "announce", "warn", "insist", "state",
                                                                  "vow", "pledge", "threaten", "deny", "claim"):
        c[PERSON] -= 2
        c[ORG] += 1  # (something that speaks: a group or a state)
    # "the X": people take no article ("in the Sahel", "the Artibonite")
    if before is not None and before.lower_ == "the" and title_spans(doc).get(start) is None:
        c[PERSON] -= 1.5
        if before2 is not None and before2.lower_ in PLACE_PREPOSITIONS and end - start == 1 and not in_unit:
            c[PLACE] += 1
    # "Sahrawi protesters", "Hutu refugees": a people, not an actor
    if end - start == 1 and after is not None and after.lower_ in PEOPLE_NOUNS:
        c[NONE] += 3
    # "an operation code-named X"
    if doc[max(0, start - 4):start].text.lower().endswith(tuple(CODE_NAME_MARKERS)):
        c[NONE] += 3
    # "northern Shan", "eastern Ghouta": a compass word before a name makes it a place
    if before is not None and before.lower_ in COMPASS_WORDS and before.is_lower:
        c[PLACE] += 2
    # "a Hutu militia", "a Darfur rebel group": a name after an indefinite article modifies a noun
    if before is not None and before.lower_ in ("a", "an") and after is not None and after.is_lower \
            and after.pos_ in ("NOUN", "ADJ"):
        c[NONE] += 2.5
    # "Rutshuru and Masisi territories": a place noun after a coordination of names
    k = end
    while k + 1 < len(doc) and doc[k].lower_ in ("and", ",") and doc[k + 1].text[:1].isupper():
        k += 2
        while k < len(doc) and doc[k].text[:1].isupper():
            k += 1
    if k > end and k < len(doc) and doc[k].lower_ in PLACE_NOUNS:
        c[PLACE] += 2.5
    # ethnic groups: "mostly X fighters", "a Dinka"
    if before is not None and before.lower_ in ("a", "an") and root.dep_ in ("appos", "attr") and end - start == 1:
        c[NONE] += 1.5
    # what is done to it or what it gets: "sent drones to X", "troops attacked X", "a colonel in X"
    # (the name's first word that hangs outside it: the parser may hang a name's "for ..." on the verb)
    outer = next((t for t in span if t.pos_ in ("PROPN", "NOUN") and not start <= t.head.i < end), span.root)
    c[ARMED] += armed_use_cue(root if root.i >= end else outer)
    return c


def _headed_body(root: Token) -> bool:
    """'P heads X', 'P founded X': the object of a verb of heading or founding whose subject is a person (also
    where the tagger took 'heads' for a noun: the verb right before the name, a person's name right before it)."""
    if root.dep_ == "dobj" and root.head.lemma_.lower() in _HEADING_VERBS and any(
            g.dep_ == "nsubj" and g.ent_type_ == "PERSON" for g in root.head.children):
        return True
    doc = root.doc
    i = root.left_edge.i - 1
    return i >= 1 and doc[i].lower_ in ("heads", "chairs", "founded", "co-founded") and doc[i - 1].ent_type_ == "PERSON" \
        and root.head.i in (i, i - 1) or (i >= 1 and doc[i].lower_ in ("heads", "chairs") and root.head.i == i
                                          and doc[i - 1].ent_type_ == "PERSON")


_HEADING_VERBS = ("head", "chair", "found", "co-found")
_RANKS = frozenset(t for t, kind in titles().items() if kind == "military" and " " not in t) - {
    "commander", "chief", "head", "commandant"}


def person_role_cues(doc: Doc, start: int, end: int) -> bool:
    """Does this mention of a person give them a role? (Official rather than Person.)"""
    span = doc[start:end]
    root = span.root
    if root.pos_ != "PROPN":
        # "Jan ter Horst", "Joao dos Santos": the parser may take a particle for the phrase's head (a noun, a verb);
        # the name's last word that hangs outside it is the head
        outside = [t for t in span if t.pos_ == "PROPN" and not start <= t.head.i < end]
        if outside:
            root = outside[-1]
    hit = title_spans(doc).get(start)
    if hit is not None and hit[2] != "honorific":
        return True
    for head in _appositive_heads(root):
        if head.lower_ in ROLE_NOUNS or head.lemma_ in ROLE_NOUNS or head.lower_ in TITLE_WORDS:
            return True

        if head.lower_ in ("one",) and any(t.lemma_ in ROLE_NOUNS for t in head.subtree):
            return True
    # "a spokesman for the minister X, Y": the parser hangs Y on X
    if root.dep_ == "appos":
        up = root.head
        for _ in range(3):
            if up.dep_ in ("pobj", "prep", "compound", "appos") and up.head is not up:
                up = up.head
                if up.lower_ in ROLE_NOUNS or up.lemma_ in ROLE_NOUNS:
                    return True
            else:
                break
    for ch in root.children:
        if ch.dep_ == "relcl" and any(g.lower_ in ("which", "that") and g.dep_ in ("nsubj", "nsubjpass")
                                      for g in ch.children):
            continue  # "X, which rules the north": a thing, not a person who leads
        if ch.dep_ == "relcl" and (ch.lemma_ in LEADER_VERBS or (ch.lemma_ == "be" and _subtree_words(ch) & ROLE_NOUNS)
                                   or any(g.dep_ == "prep" and g.lower_ == "as" and _subtree_words(g) & ROLE_NOUNS
                                          for g in ch.children)):
            return True
        # "X, whose bloc / forces / spokesman ...": a person who owns a group leads it
        if ch.dep_ == "relcl" and any(g.lower_ == "whose" for g in ch.subtree):
            owned = next((g.head for g in ch.subtree if g.lower_ == "whose"), None)
            if owned is not None and (owned.lower_ in ARMED_PERSONNEL or owned.lemma_ in ROLE_NOUNS
                                      or owned.lemma_ in NEUTRAL_ORG_HEADS or owned.lemma_ in ARMED_ORG_HEADS
                                      or owned.pos_ == "PROPN" or owned.lower_ in ("bloc", "men", "party")):
                return True
    if _by_agent(root) is not None:
        verb = _by_agent(root)
        if verb.lower_ in LEADER_PARTICIPLES or (verb.lower_ == "set" and any(p.lower_ == "up" for p in verb.children)):
            return True
    # "the Central General Staff of X": a group of a person is the group they lead
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        owner = root.head.head
        if owner.pos_ == "PROPN" and owner.ent_type_ == "ORG" or owner.lower_ in ARMED_ORG_HEADS:
            return True
    # "the defence ministry goes to X", "handed the interior ministry to X", "X was given the ministry":
    # a person a ministry is given to holds it
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "to" else (
        root.head if root.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") else None)
    if verb is not None and verb.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i != root.i and c.lemma_.lower() in MINISTRY_NOUNS
            for c in verb.children):
        return True
    # "Y named X as its new defence minister", "Y appointed X spokesman": the role a naming verb gives X
    # (and "The Republic of Y named X as its envoy" misparsed as a reduced relative: "as" on the noun)
    if root.dep_ == "oprd" and root.pos_ == "PROPN" and root.head.lemma_.lower() in APPOINTING_VERBS:
        for g in (*root.head.children, *(root.head.head.children if root.head.dep_ == "acl" else ())):
            if g.dep_ == "prep" and g.lower_ == "as" and g.i > root.i \
                    and {t.lower_ for t in g.subtree if t.pos_ in ("NOUN", "PROPN") and not t.is_stop} \
                    & (ROLE_NOUNS | TITLE_WORDS):
                return True
    if root.dep_ == "dobj" and root.head.pos_ == "VERB":
        for g in root.head.children:
            if (g.dep_ == "prep" and g.lower_ == "as" or g.dep_ in ("oprd", "xcomp")) \
                    and {t.lower_ for t in g.subtree if t.pos_ in ("NOUN", "PROPN") and not t.is_stop} \
                    & (ROLE_NOUNS | TITLE_WORDS):
                return True
    # "X will serve as one of Y's deputies", "X was named spokesman"
    if root.dep_ in ("nsubj", "nsubjpass"):
        verb = root.head
        # (not the subject of an appointment with an object: "X named Y as its defence minister" gives Y the role)
        appoints = root.dep_ == "nsubj" and verb.lemma_.lower() in APPOINTING_VERBS and any(
            g.dep_ == "dobj" or g.dep_ == "oprd" and g.pos_ == "PROPN" for g in verb.children)
        for g in verb.children:
            if appoints:
                break
            if g.dep_ in ("prep", "oprd", "attr", "xcomp") and (g.lower_ == "as" or g.dep_ != "prep") \
                    and {t.lower_ for t in g.subtree if t.pos_ in ("NOUN", "PROPN") and not t.is_stop
                         and not _in_name_of(t, g)} \
                    & (ROLE_NOUNS | TITLE_WORDS):  # (title words hold "the", "of": "denied backing the rebels")
                return True
        if verb.lemma_ in LEADER_VERBS and verb.lemma_ != "set" and any(g.dep_ == "dobj" for g in verb.children):
            return True
    return False


def _in_name_of(tok: Token, top: Token) -> bool:
    """Is ``tok`` a word of a proper name that an 'of' phrase below ``top`` holds ('a key ally of the Kachin
    Independence Army': 'Army' is the ally's party's word, no title of the subject)?"""
    t = tok
    while t.i != top.i and t.head is not t:
        if t.pos_ == "PROPN" and t.dep_ in ("pobj", "compound") and t.head.lower_ == "of" or (
                t.dep_ == "pobj" and t.head.lower_ == "of" and t.pos_ == "PROPN"):
            return True
        t = t.head
    return False


def org_type(words: list[str], cues: Counter) -> str:
    """An organisation's type from its head word and its cues, armed over government over other."""
    head = head_word_type(words)
    if cues[GOVERNMENT] >= 2 and cues[ARMED] < 2:
        return GOVERNMENT
    if head == ARMED or cues[ARMED] >= 2:
        return ARMED
    if head == GOVERNMENT:
        return GOVERNMENT
    return ORGANIZATION


def kind_of(cues: Counter) -> str:
    """person | org | place | none: the best-supported reading of a name."""
    scores = {k: cues[k] for k in (PERSON, ORG, PLACE, NONE)}
    best = max(scores, key=lambda k: (scores[k], k == PLACE, k == ORG))
    if scores[best] <= 0:
        return NONE
    return best


# -- an unknown place-name as a state ------------------------------------------------------------
# NER calls an unknown country a place (GPE), like a town. It is a state where it acts or is acted
# on as a party; a place where it is only a location. ``party_cue`` weighs one mention's slot.

# "X-led" counts: "the Moscow-led offensive", "the Riyadh-led coalition" (a people before it, "Tuareg-led", is no
# name of a place or state, so nothing here types it)
_BACKED_PARTICIPLES = words("backed_participles")
_RELY_VERBS = words("rely_verbs")
_BODY_NOUNS = words("body_nouns")


_AID = nouns()["aid"]
_TRANSFER_VERBS = words("transfer_verbs")


def _is_aid(tok: Token) -> bool:
    """Is the noun aid that can be sent: 'missiles', 'a batch of drones'?"""
    if tok.lemma_.lower() in _AID or tok.lower_ in _AID:
        return True
    return any(p.lower_ == "of" and any(o.dep_ == "pobj" and (o.lemma_.lower() in _AID or o.lower_ in _AID)
                                        for o in p.children) for p in tok.children)


def _arms_phrase(tok: Token, depth: int = 0) -> bool:
    """Is the noun arms or military aid: 'weapons', 'a batch of drones', 'military aid', 'lethal support'?"""
    lemma = tok.lemma_.lower()
    if lemma in ARMS_NOUNS or tok.lower_ in ARMS_NOUNS:
        return True
    if (lemma in _AID or tok.lower_ in _AID) and any(
            c.dep_ in ("amod", "compound") and c.lower_ in MILITARY_AID_MODIFIERS for c in tok.children):
        return True
    return depth < 2 and any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and _arms_phrase(o, depth + 1) for o in p.children) for p in tok.children)


def _force_subject(verb: Token) -> bool:
    """Is the verb's subject an armed force's common noun ('troops', 'Iranian forces', 'the army')?"""
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in FORCE_NOUNS or c.lower_ in FORCE_NOUNS)
               for c in verb.children)


def _commanded_by_officer(verb: Token) -> bool:
    """Is the verb's subject (or the name a 'who' clause hangs on) an officer: 'Gen. X leads ...',
    'Gen. X, who commands ...'?"""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None:
        return False
    spans = title_spans(subj.doc)
    return any((hit := spans.get(i)) is not None and hit[2] == "military"
               for i in range(subj.left_edge.i, subj.i + 1))


def _ceasefire_party(root: Token) -> bool:
    """Does the name (or its leader: 'X leader P', 'the X Movement's commander') reject, accept, sign or break
    a ceasefire or truce? Only a party to the fighting does (not who brokers or urges one)."""
    act, steps = root, 0
    while act.dep_ in ("compound", "poss", "amod") and steps < 3 and act.head is not act:
        act = act.head
        steps += 1
        if act.dep_ == "compound" and act.head.pos_ == "PROPN":
            act = act.head  # "X leader Ibrahim Traore": the leader's name heads the phrase
    if act is not root and act.lemma_.lower() not in LEADER_ROLE_NOUNS and not (
            act.pos_ == "PROPN" and any(c.lemma_.lower() in LEADER_ROLE_NOUNS for c in act.children)):
        return False
    if act.dep_ != "nsubj" or act.head.lemma_.lower() not in _CEASEFIRE_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _CEASEFIRE_NOUNS for c in act.head.children)


def _headline_recipient(root: Token) -> bool:
    """In a Title Case headline the parser reads 'Sends Weapons To X' as a verb phrase of X: the name after
    'To' that follows a transfer of arms ('Iran Sends Weapons To X', 'Valdoria Ships Drones To X')."""
    doc = root.doc
    first = root.i  # (the name's first word: "To" may hang on it as an auxiliary)
    while first > 0 and doc[first - 1].text[:1].isupper() and doc[first - 1].lower_ != "to":
        first -= 1
    if first < 3 or doc[first - 1].lower_ != "to" or not title_case_line(doc, first):
        return False
    line = [t for t in doc[max(0, first - 6):first - 1] if "\n" not in t.text]
    return any(t.lemma_.lower() in ARMS_TRANSFER_VERBS or t.lower_[:-1] in ARMS_TRANSFER_VERBS for t in line) \
        and any(_arms_phrase(t) for t in line)


def armed_use_cue(root: Token) -> float:
    """How much one mention of a name shows it armed by what is done to it or what it gets (its
    own acts are weighed in ``mention_cues``): the recipient of arms or military aid ('sent drones
    to X', 'supplied X with rifles', 'arming X', 'X received weapons', 'X thanked Y for its military
    aid'), the target of armed forces ('troops attacked X', 'forces launched strikes on X'), the
    one blamed for an armed attack ('condemned X for the ambush'; not 'accused X of shelling the town',
    an army's act as often),
    or an officer's unit ('a colonel in X', 'Gen. Y, who leads X')."""
    dep, head = root.dep_, root.head
    gov = head.head
    if dep == "pobj" and head.lower_ == "to" and gov.lemma_.lower() in ARMS_TRANSFER_VERBS and any(
            c.dep_ in ("dobj", "nsubjpass") and _arms_phrase(c) for c in gov.children):
        return 2.0
    if dep == "dative" and head.lemma_.lower() in ARMS_TRANSFER_VERBS and any(
            c.dep_ == "dobj" and _arms_phrase(c) for c in head.children):
        return 2.0
    if dep in ("dobj", "nsubjpass") and head.lemma_.lower() in ARMING_VERBS:
        return 2.0
    if dep == "dobj" and head.lemma_.lower() in ARMS_TRANSFER_VERBS and any(
            p.dep_ == "prep" and p.lower_ == "with" and any(o.dep_ == "pobj" and _arms_phrase(o) for o in p.children)
            for p in head.children):
        return 2.0
    if dep == "pobj" and head.lower_ in ("to", "for") and gov.pos_ == "NOUN" and _arms_phrase(gov):
        return 2.0  # "military aid to X", "weapons for X"
    if dep == "nsubj" and head.pos_ == "VERB":
        if head.lemma_ in RECEIVE_VERBS and any(c.dep_ == "dobj" and _arms_phrase(c) for c in head.children):
            return 2.0
        if any(p.dep_ == "prep" and p.lower_ == "for" and any(o.dep_ == "pobj" and _arms_phrase(o) for o in p.children)
               for p in head.children):
            return 2.0  # "X thanked Y for its military aid", "X asked for weapons"
    if dep == "dobj" and head.lemma_ in ARMED_VERBS and _force_subject(head):
        return 2.0
    if dep == "pobj" and head.lower_ in ("on", "against") and gov.lemma_.lower() in relation_words("NOUN", "fights") \
            and gov.head.pos_ == "VERB" and _force_subject(gov.head):
        return 2.0
    if dep == "dobj" and head.pos_ == "VERB":
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ in ("for", "of"):
                for o in p.children:
                    if o.dep_ == "pobj" and o.lemma_.lower() in ATTACK_NOUNS:
                        return 2.0
    if dep == "pobj" and head.lower_ == "of" and gov.lemma_.lower() in _ARMED_HOLDINGS | {gov.lower_} & _ARMED_HOLDINGS \
            and gov.dep_ in ("dobj", "nsubjpass") and gov.head.lemma_ in ARMED_VERBS:
        return 2.0  # "ambushed a convoy of X", "shelled positions of X": what is attacked is an armed party's
    if dep == "pobj" and head.lower_ == "with" and gov.lemma_.lower() in _CLASH_WORDS and any(
            c.dep_ == "nsubj" and (c.lower_ in ARMED_PERSONNEL or c.lemma_.lower() in FORCE_NOUNS)
            for c in gov.children):
        return 2.0  # "Hezbollah fighters clashed with X", "X Fighters Clash With Y": armed men fight it
    if _ceasefire_party(root):
        return 2.0  # "X leader P rejected the ceasefire", "X violated the truce": a party to the fighting
    if _headline_recipient(root):
        return 2.0  # "Iran Sends Weapons To X": a Title Case headline's arms go to it
    if dep == "pobj" and head.lower_ in ("in", "of") and titles().get(gov.lower_) == "military":
        return 2.0  # "a colonel in X", "a general of X"
    if dep == "dobj" and head.lemma_ in LEADER_VERBS and _commanded_by_officer(head):
        return 2.0
    return 0.0


_SUPPORT_VERBS = words("support_recipient_verbs")
_CLASH_WORDS = words("clash_words")
_CEASEFIRE_NOUNS = words("ceasefire_nouns")
_CEASEFIRE_VERBS = words("ceasefire_party_verbs")
_ARMED_HOLDINGS = words("armed_holdings")
_SUPPORTER_NOUNS = words("supporter_nouns")


def support_recipient(root: Token) -> bool:
    """Is the name the one a party helps: the object of a verb of support ('Iran backs X', 'A and B
    support X'), or the party of a supporter's noun ('a key ally of X', 'X's backers')?"""
    slot = root
    while slot.dep_ == "conj" and slot.head is not slot:
        slot = slot.head
    dep, head = slot.dep_, slot.head
    if dep == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _SUPPORT_VERBS:
        return True
    if dep == "nsubjpass" and head.lemma_.lower() in _SUPPORT_VERBS:
        return True  # "X is backed by Y"
    if _misparsed_support_verb(slot) is not None:
        return True  # "A and B support X" with "support" tagged a noun of X
    if dep == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" \
            and head.head.lemma_.lower() in _SUPPORTER_NOUNS:
        return True
    return dep == "poss" and head.pos_ == "NOUN" and head.lemma_.lower() in _SUPPORTER_NOUNS


def _misparsed_support_verb(slot: Token) -> Token | None:
    """'Kazakhstan and Turkey support X' parsed as a noun phrase: the verb of support the tagger made a
    noun (or adjective) modifying X, right before it, with a proper name (the subject) right before the verb."""
    doc = slot.doc
    for c in slot.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i + 1 == slot.i and c.pos_ in ("NOUN", "ADJ") \
                and c.lemma_.lower() in _SUPPORT_VERBS and c.is_lower and c.i > 0 and doc[c.i - 1].pos_ == "PROPN":
            return c
    return None


def supporters(root: Token) -> list[Token]:
    """The words of the party that helps the name, where ``support_recipient`` finds one: the subject of
    'A (and B) back X', the agent of 'X is backed by A', the subject or owner of 'A is an ally of X',
    'X's backers include A' (with their conjuncts); empty where the text names no helper."""
    slot = root
    while slot.dep_ == "conj" and slot.head is not slot:
        slot = slot.head
    dep, head = slot.dep_, slot.head
    out: list[Token] = []
    if dep == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _SUPPORT_VERBS:
        verb = head
        while not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ in ("conj", "xcomp") \
                and verb.head is not verb:
            verb = verb.head  # "A vowed to back X", "A armed and backed X"
        out = [c for c in verb.children if c.dep_ == "nsubj"]
    elif dep == "nsubjpass" and head.lemma_.lower() in _SUPPORT_VERBS:
        out = [o for a in head.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    elif dep == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _SUPPORTER_NOUNS:
        noun = head.head
        if noun.dep_ == "attr" and noun.head.lemma_ in ("be", "remain", "become"):
            out = [c for c in noun.head.children if c.dep_ == "nsubj"]  # "A is a key ally of X"
        elif noun.dep_ == "appos":
            out = [noun.head]  # "A, a key ally of X"
    elif dep == "poss" and head.lemma_.lower() in _SUPPORTER_NOUNS and head.dep_ == "nsubj":
        out = [c for c in head.head.children if c.dep_ in ("dobj", "attr")]  # "X's backers include A"
    elif (verb := _misparsed_support_verb(slot)) is not None:
        first = slot.doc[verb.i - 1]
        while first.dep_ == "conj" and first.head is not first:
            first = first.head
        out = [first]  # "A and B support X" parsed as a noun phrase
    for c in root.children:  # "X, which is backed by A, ...", "X, backed by A, ..."
        if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _SUPPORT_VERBS and c.tag_ == "VBN" and (
                c.dep_ == "acl" or any(g.dep_ == "nsubjpass" and g.lower_ in ("which", "that") for g in c.children)):
            out += [o for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return [t for s in out for t in (s, *s.conjuncts)]


@cache  # (one union per process, not one per mention)
def _party_nouns() -> frozenset[str]:
    p = predicate_words()
    return (p.get("NOUN:agent_noun", frozenset()) | p.get("NOUN:patient_noun", frozenset())
            | p.get("NOUN:event_noun", frozenset()) | frozenset(_BODY_NOUNS) | ROLE_NOUNS)


@cache  # (one union per process, not one per mention)
def _party_adjectives() -> frozenset[str]:
    p = predicate_words()
    return p.get("ADJ:adjective", frozenset()) | p.get("ADJ:receive", frozenset())


def _relational(tok: Token) -> bool:
    """A noun that relates two parties: 'ally', 'proxy', 'backer', 'government', 'president' (not
    'support' or 'war', whose objects may be places: 'the war in X', 'the fall of X')."""
    p = predicate_words()
    lemma = tok.lemma_.lower()
    return (lemma in p.get("NOUN:agent_noun", ()) or lemma in p.get("NOUN:patient_noun", ())
            or lemma in _BODY_NOUNS or tok.lower_ in _BODY_NOUNS or lemma in ROLE_NOUNS)


def _in_particular(tok: Token) -> bool:
    """'in particular X': the parser makes "particular" a modifier of X, and "in" no place."""
    return tok.head.lower_ == "in" and any(c.lower_ == "particular" for c in tok.children)


def listed_party(prep: Token) -> bool:
    """Is ``prep`` a word that lists parties: "including" / "such as" / "in particular" after a relational
    noun ("Y and its allies, including X"), or "as well as" continuing the agents of a passive
    ("backed by A, as well as X")?"""
    doc = prep.doc
    word = prep.lower_
    if word == "as" and prep.i >= 2 and doc[prep.i - 1].lower_ == "well" and doc[prep.i - 2].lower_ == "as":
        return prep.head.tag_ == "VBN" and any(c.dep_ == "agent" for c in prep.head.children)
    if not (word == "including" or word == "as" and prep.i >= 1 and doc[prep.i - 1].lower_ == "such"
            or word == "in" and any(g.lower_ == "particular" for o in prep.children for g in o.children)):
        return False
    gov = prep.head
    nouns = [gov, *gov.conjuncts]
    nouns += [x for c in gov.children if c.dep_ in ("dobj", "nsubj") for x in (c, *c.conjuncts)]
    return any(n.pos_ == "NOUN" and _relational(n) for n in nouns)


def party_cue(doc: Doc, start: int, end: int, states: set[int] = frozenset(),
              seat: bool = False) -> tuple[float, float, bool]:
    """(party, place, moved): how much one mention of a place-name acts or is acted on as a party (subject,
    object, agent of a passive, possessor, apposition, 'according to' source, the party of a relation
    noun or adjective, 'the X-backed Y', coordinated with a state, ``states`` being the tokens of
    known states), how much its verb makes it a place ('seized X', 'fled to X'), and whether it is
    where people go or come from ('fled to X', 'evacuated its citizens from X'). For a ``seat`` of
    government, only slots a city cannot fill count: not an object or 'against X', 'with X' (a
    capital is attacked and fought over as a city: 'the offensive against Tripoli')."""
    root = doc[start:end].root
    if _headed_body(root):
        return 0.0, 0.0, False  # "P heads X": a body a person heads, no country's slot
    slot = root
    while slot.dep_ == "conj" and slot.head is not slot:
        slot = slot.head  # "Tehran and X attacked ...": the first conjunct's slot
    with_state = any(t.i in states for t in root.conjuncts)
    if root.left_edge.i >= 3 and root.dep_ in ("npadvmod", "dobj", "conj", "appos") \
            and listed_party(doc[root.left_edge.i - 1]):
        return 1.0, 0.0, False  # "backed by A, as well as X" with X hung on the verb
    if slot.dep_ == "pobj" and slot.head.lower_ == "between":
        # "fighting between the X Front and Tehran": a side, as the organisation beside it is, never the
        # city fought over
        with_state = with_state or any(t.ent_type_ == "ORG" for t in root.conjuncts)
    dep, head = slot.dep_, slot.head
    lemma = head.lemma_.lower()
    party = place = 0.0
    locative = moved = False
    if dep in ("nsubj", "nsubjpass"):
        if dep == "nsubjpass" and lemma in PLACE_OBJECT_VERBS:
            place = 1.5  # "X was overrun"
        elif dep == "nsubj" and lemma in PLACE_SUBJECT_VERBS and not (
                lemma in ("remain", "become", "stay") and any(c.dep_ in ("attr", "oprd") for c in head.children)):
            pass  # "X lies on the coast", "X fell to the rebels" (not "X remains one of the main backers")
        elif lemma in ("be", "remain", "become", "stay"):
            attrs = [c for c in head.children if c.dep_ in ("attr", "oprd")]
            if any(a.lemma_.lower() in STATE_NOUNS for a in attrs):
                party = 2.0  # "X is a small country"
            elif not any(a.lemma_.lower() in PLACE_NOUNS for a in attrs):
                party = 1.0  # "X is a patron of ...", "X is loyal to ..."
        else:
            party = 1.0
    elif dep == "agent" or (dep == "pobj" and head.lower_ == "by" and head.head.tag_ == "VBN"):
        party = 1.0  # "backed by X"
    elif dep == "poss":
        if head.lemma_.lower() not in PLACE_NOUNS and head.lower_ not in PLACE_PARTS and head.lower_ not in COMPASS_WORDS:
            party = 1.0  # "X's support", "X's proxy", "X's president"
    elif dep == "dobj":
        if lemma in PLACE_OBJECT_VERBS or lemma in MOTION_OBJECT_VERBS:
            place = 1.5  # "the rebels seized X", "troops left X"
            moved = lemma in MOTION_OBJECT_VERBS
        elif head.pos_ in ("VERB", "AUX") and not seat:
            party = 1.0  # "Y accused X", "Y attacked X"
    elif (dep in ("appos", "compound", "nmod") or dep == "amod" and slot.text[:1].isupper()
          and head.lemma_.lower() in LEADER_ROLE_NOUNS) and head.pos_ == "NOUN":
        # ("Zerak leader X": the tagger may make the name an adjective of the leader)
        if head.lemma_.lower() in STATE_NOUNS:
            party = 2.0  # "the country X"
        elif _relational(head):
            party = 1.0  # "its backer X", "Y's patron X"
    elif dep in ("npadvmod", "compound", "amod", "nmod") and head.lower_ in _BACKED_PARTICIPLES \
            and slot.i + 1 < len(doc) and doc[slot.i + 1].text == "-":
        party = 1.5  # "the X-backed Y"
    elif _misparsed_support_verb(slot) is not None:
        party = 1.0  # "A and B support X" parsed as a noun phrase of X
    elif dep in ("amod", "compound", "nmod", "npadvmod") and head.pos_ in ("VERB", "AUX") and slot.i < head.i \
            and doc[slot.i + 1].text != "-" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        party = 1.0  # "X backs Y" with X tagged an adjective of the verb: the subject the parser missed
    elif dep in ("attr", "dobj") and lemma in ("be", "remain", "include") and any(
            c.dep_ == "nsubj" and _relational(c) for c in head.children):
        party = 1.0  # "Y, whose main sponsor is X", "Y's backers include X"
    elif dep == "pobj" and (listed_party(head) or head.lower_ == "by" and listed_party(head.head)):
        party = 1.0  # "Y and its allies, including X", "backed by A, as well as (by) X"
    elif dep == "pobj":
        prep, gov = head.lower_, head.head
        gov_lemma = gov.lemma_.lower()
        if prep in PARTY_PREPOSITIONS:
            # "clashed with X", "a war against X", "between X and Y" (a capital there is fought over as a
            # city); a stance is taken toward a state: "at odds with <capital>", "aligned with <capital>"
            stance = gov.pos_ == "ADJ" or gov_lemma in _party_adjectives() or gov_lemma == "odds" or (
                gov.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in gov.children))  # "is aligned with"
            party = 0.0 if seat and not stance else 1.0
        elif prep in PLACE_PREPOSITIONS:
            locative = True
        elif prep == "to" and gov.lower_ == "according":
            party = 1.5
        elif prep == "to" and gov_lemma in ADDRESS_VERBS:
            party = 1.0  # "would never talk to X", "appealed to X", "surrendered to X"
        elif prep == "to" and (gov.pos_ == "ADJ" or gov_lemma in _party_adjectives()):
            party = 1.0  # "loyal to X", "opposed to X"
        elif prep == "of" and gov.pos_ in ("NOUN", "PROPN") and (_relational(gov) or gov_lemma in STATE_NOUNS):
            party = 1.0  # "a proxy of X", "the government of X"
        elif prep == "of" and (gov.lower_ in PLACE_PARTS or gov.lower_ in PEOPLE_NOUNS):
            place = 1.0  # "residents of X", "the outskirts of X"
        elif prep in ("to", "for", "from", "on", "toward", "towards") and gov.pos_ == "NOUN" \
                and gov_lemma in _party_nouns() and gov_lemma not in PLACE_PARTS:
            # "support for X", "sanctions on X"; "strikes on X" may be on a town
            party = 1.0 if _relational(gov) or prep != "on" or gov_lemma not in combat_nouns() else 0.5
        elif prep == "from" and gov_lemma in RECEIVE_VERBS:
            party = 1.0  # "received weapons from X"
        elif prep == "on" and gov_lemma in _RELY_VERBS:
            party = 1.0  # "relies on X", "declared war on X"
        elif prep == "to" and gov_lemma in _TRANSFER_VERBS and gov_lemma not in MOTION_VERBS and not any(
                c.dep_ == "dobj" and not _is_aid(c) for c in gov.children):
            party = 1.0  # "supplied weapons to X", "pledged aid to X": the recipient of a transfer
        elif prep in ("to", "from", "into", "toward", "towards") and gov_lemma in MOTION_VERBS:
            if any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and _is_aid(c) for c in gov.children):
                party = 1.0  # "sent missiles to X", "drones went to X": the recipient of a transfer
            else:
                place, moved = 0.75, True  # "fled to X", "evacuated its citizens from X"
    # "X, a close ally of Y", "X, the country's ...": an apposition to the name
    for c in root.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN":
            if c.lemma_.lower() in STATE_NOUNS:
                party = max(party, 2.0)
            elif _relational(c):
                party = max(party, 1.0)
        # "X, which has armed Y for years": the name is the subject of a relative clause
        if c.dep_ == "relcl" and c.lemma_.lower() not in PLACE_SUBJECT_VERBS and any(
                g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("which", "that") for g in c.children):
            party = max(party, 1.0)
    if with_state and not locative:
        party = max(party, 1.0)  # "Kenya and X sent envoys", "between Rwanda and X"
    return party, place, moved


def demonym_forms(name: str) -> set[str]:
    """The adjectives a state's name would make: Valdoria -> Valdorian; Chad -> Chadian; Mexico ->
    Mexican; Sudan -> Sudanese; Israel -> Israeli; Drevany -> Drevani."""
    stem = name[:-1] if name[-1:] in "aeoy" else name
    return {name + "n", name + "an", name + "ian", stem + "an", stem + "ian", name + "ese", stem + "ese", name + "i",
            stem + "i"} - {name}


def _owned_phrases(tok: Token) -> set[str]:
    """A noun with its modifiers, as the lexicon spells it: 'foreign ministry', 'ministry'."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    out = {tok.lower_, tok.lemma_.lower()}
    for m in mods:  # "its new defence minister": "defence minister" too
        out.add(" ".join(t.lower_ for t in doc_slice(tok, m.i)))
    # "the ministry of defence", "the head of state"
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for o in p.children:
                if o.dep_ == "pobj":
                    out.add(f"{tok.lower_} of {o.lower_}")
    return out


def doc_slice(tok: Token, start: int) -> list[Token]:
    return [tok.doc[i] for i in range(start, tok.i + 1)]


def country_cue(doc: Doc, start: int, end: int, states: set[int] = frozenset()) -> tuple[float, bool]:
    """(country, locative): how much one mention of a name treats it as a country by what the name
    owns or is the country of ('X's foreign ministry', 'the capital of X', 'the X government', 'X, a
    small country'), whatever NER called it; and whether it is a location ('in X')."""
    root = doc[start:end].root
    slot = root
    while slot.dep_ == "conj" and slot.head is not slot:
        slot = slot.head
    dep, head = slot.dep_, slot.head

    def owned(tok: Token) -> float:
        words = _owned_phrases(tok)
        if words & STATE_OWNED_NOUNS or tok.lemma_.lower() in STATE_NOUNS - {"government", "regime", "power"}:
            return 1.5
        if words & STATE_OWNED_WEAK:
            return 0.5
        return 0.0

    country = 0.0
    locative = False
    if dep == "poss" and head.pos_ in ("NOUN", "PROPN"):
        country = owned(head)  # "X's foreign ministry", "X's capital"
    elif dep == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        country = owned(head.head)  # "the capital of X", "the president of X"
        if head.head.lower_ == "government":
            country = max(country, 1.5)  # "the government of X"
    elif dep == "compound" and head.pos_ == "NOUN" and head.i == end:
        # "the X government", "the X embassy" ("the X troops" less: a group's men too)
        country = 1.5 if head.lower_ in ("government", "authorities") else min(owned(head), 1.0)
    elif dep == "pobj" and head.lower_ in PLACE_PREPOSITIONS and not _in_particular(slot):
        locative = True
    if dep in ("appos", "compound", "nmod") and head.pos_ == "NOUN" and head.i < slot.i and head.tag_ == "NN" \
            and head.lemma_.lower() in STATE_NOUNS \
            and head.lemma_.lower() not in ("government", "regime", "power", "neighbour", "neighbor"):
        country = max(country, 2.0)  # "the country X" (not "Mediterranean countries")
    for c in root.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in STATE_NOUNS:
            country = max(country, 2.0)  # "X, a small country"
    if dep in ("nsubj", "nsubjpass") and head.lemma_ == "be" and any(
            a.dep_ == "attr" and a.lemma_.lower() in STATE_NOUNS for a in head.children):
        country = max(country, 2.0)  # "X is a small country"
    if any(t.i in states for t in root.conjuncts):
        country = max(country, 1.5)  # "Kenya and X signed a pact": beside a known state
    # "X named Y as its new defence minister": what "its" owns in X's own clause (not a clause inside it)
    if dep == "nsubj" and head.pos_ in ("VERB", "AUX"):
        for g in head.children:
            if g.dep_ in ("dobj", "prep", "attr", "oprd", "dative"):
                for t in g.subtree:
                    if t.lower_ == "its" and t.dep_ == "poss" and owned(t.head) >= 1.5:
                        country = max(country, 1.5)
    # "Lieutenant General Aziz Mahmudov of X", "Foreign Minister Ada Lenz of X": a state title's holder's country
    if dep == "pobj" and head.lower_ == "of" and head.head.pos_ == "PROPN" and head.head.ent_type_ == "PERSON":
        s = head.head.i
        while s > 0 and doc[s - 1].pos_ == "PROPN" and doc[s - 1].ent_type_ == "PERSON":
            s -= 1
        hit = title_spans(doc).get(s)
        if hit is not None and hit[2] in ("state", "military"):
            country = max(country, 1.5)
    return country, locative


relational = _relational
