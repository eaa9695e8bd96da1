"""Within one article: which names, descriptions and pronouns are the same actor.

- names: a surname ("Touadéra"), a first name with patronymic ("Mohamed Hamdan"), a nickname the
  article introduces ('known as Hemeti', 'alias Calarcá', 'Jimmy "Barbecue" X', "Full Name (ACR)")
  and an organisation's short form ("Polisario" for "Polisario Front") are the actor named in full;
  two different full names are never one person ("Ahmad Massoud" is not "Ahmad Shah Massoud");
- definite descriptions ("the group", "the militia", "the junta", "the mission") and pronouns
  (he / she / it / they, his / its / their) are the most salient earlier actor of the right kind.

Salience: each mention adds its weight by grammatical role (subject 3, object 2, other 1); all
weights fall to 30 % at every sentence.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable

from spacy.tokens import Doc

from ._gazetteer import PhraseTable
from ._mention import Mention
from ._words import DESCRIPTIONS, PARTICLES

PERSON_TYPES = ("Official", "Person")


def fold(word: str) -> str:
    """Case, accents and apostrophes folded: 'Traoré' == 'Traore'."""
    s = unicodedata.normalize("NFKD", word)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return s.replace("’", "'").strip(".")


def name_words(text: str) -> list[str]:
    """The words of a person's name without particles, hyphen parts kept together:
    'Abdel Fattah al-Burhan' -> ['abdel', 'fattah', 'burhan']."""
    out = []
    for w in text.replace("-", " - ").split():
        f = fold(w)
        if f in ("-", "") or f in PARTICLES:
            continue
        out.append(f)
    return out


def surname_candidates(short: list[str], fulls: dict[str, list[str]], order: dict[str, int],
                       salience: Callable[[str], float]) -> str | None:
    """The full name a short name stands for: its last word the full name's last word (or, failing
    that, any later word), or its words the full name's first words ('Mohamed Hamdan');
    ties go to the more salient person, then to the one named first."""
    if not short:
        return None
    last, inner, prefix = [], [], []
    for key, words in fulls.items():
        if len(words) <= len(short):
            continue
        if len(short) == 1 and words[-1] == short[0]:
            last.append(key)
        elif len(short) == 1 and short[0] in words[1:]:
            inner.append(key)
        elif len(short) >= 2 and words[:len(short)] == short:
            prefix.append(key)
        elif len(short) >= 2 and words[-len(short):] == short:
            last.append(key)  # "Le Drian", "Déby Itno"
    for group in (last, prefix, inner):
        if group:
            return max(group, key=lambda k: (salience(k), -order.get(k, 0)))
    return None


def compatible_full_names(a: list[str], b: list[str]) -> bool:
    """Two full names of one person: equal, or one the other's first words ('Idriss Déby' /
    'Idriss Déby Itno'). A dropped middle name is another person ('Ahmad Massoud' / 'Ahmad Shah Massoud')."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 2 and long_[:len(short)] == short


class Salience:
    """Who the article is about at each point: a decaying score per actor."""

    ROLE_WEIGHT = {"nsubj": 3.0, "nsubjpass": 3.0, "dobj": 2.0, "pobj": 1.0, "poss": 1.5, "appos": 1.0}

    def __init__(self) -> None:
        self.score: dict[str, float] = {}
        self.last: dict[str, int] = {}
        self.sent_start = -1
        self.n = 0

    def new_sentence(self, start: int) -> None:
        if start != self.sent_start:
            self.sent_start = start
            for k in self.score:
                self.score[k] *= 0.3

    def add(self, actor: str, dep: str) -> None:
        self.n += 1
        self.score[actor] = self.score.get(actor, 0.0) + self.ROLE_WEIGHT.get(dep, 1.0)
        self.last[actor] = self.n

    def best(self, allowed: Callable[[str], bool], bonus: Callable[[str], float] = lambda a: 0.0) -> str | None:
        """The most salient allowed actor; ties go to the one mentioned last."""
        options = [(s + bonus(a), self.last.get(a, 0), a) for a, s in self.score.items() if allowed(a) and s > 0.2]
        return max(options)[2] if options else None


_PRONOUNS_PERSON = {"he", "him", "his", "she", "her"}
_PRONOUNS_THING = {"it", "its"}
_PRONOUNS_PLURAL = {"they", "them", "their"}
_EXPLETIVE_HEADS = {"be", "seem", "appear", "take", "remain", "become", "make", "rain"}


def _expletive(tok) -> bool:
    """'It is unclear whether ...', 'it took weeks to ...': an 'it' that stands for nothing."""
    if tok.lower_ != "it":
        return False
    head = tok.head
    if head.lemma_ in _EXPLETIVE_HEADS and any(c.dep_ in ("ccomp", "xcomp", "acomp", "attr") for c in head.children):
        return True
    return tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj")


def anaphora(doc: Doc, mentions: list[Mention], actor_type: Callable[[str], str],
             resolve_description: Callable[[str, str], str | None],
             names: Callable[[str], set[str]] = lambda a: set(),
             fits: Callable[[str, str], bool] = lambda head, a: True) -> list[Mention]:
    """Pronoun and definite-description mentions, resolved to the most salient earlier actor of the
    right kind. ``resolve_description(head, actor)`` may map the chosen actor to another one (the
    army of a state) or veto it (None); ``fits(head, actor)`` leaves out candidates a head cannot
    describe, so that the next most salient one is taken."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    starts = {m.start: m for m in mentions}
    sal = Salience()
    out: list[Mention] = []
    desc_heads = description_heads(doc)
    sent_of = {}
    for sent in doc.sents:
        for t in sent:
            sent_of[t.i] = sent.start
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        sal.new_sentence(sent_of.get(i, 0))
        m = starts.get(i)
        if m is not None:
            if m.kind != "demonym":
                sal.add(m.actor, doc[m.start:m.end].root.dep_)
            i = m.end
            continue
        if i in by_token:
            i += 1
            continue
        low = tok.lower_
        target = None
        if low in _PRONOUNS_PERSON and tok.pos_ == "PRON":
            bound = _clause_subjects(tok, by_token)
            target = sal.best(lambda a: actor_type(a) in PERSON_TYPES and a not in bound)
            if target is not None:
                out.append(Mention(i, i + 1, target, "pronoun"))
        elif low in _PRONOUNS_THING and tok.pos_ == "PRON" and not _expletive(tok):
            bound = _clause_subjects(tok, by_token)
            target = _reported_speaker(tok, by_token, actor_type) or sal.best(
                lambda a: actor_type(a) not in PERSON_TYPES and a not in bound)
            if target is not None:
                out.append(Mention(i, i + 1, target, "pronoun"))
        elif low in _PRONOUNS_PLURAL and tok.pos_ == "PRON":
            # 'they': the speaker of a reported clause, else the most salient actor when that is an armed group
            target = _reported_speaker(tok, by_token, actor_type)
            if target is None:
                target = sal.best(lambda a: actor_type(a) in ("ArmedGroup", "Organization", "Government", "State"))
                if target is not None and actor_type(target) != "ArmedGroup":
                    target = None
            if target is not None:
                out.append(Mention(i, i + 1, target, "pronoun"))
        elif low == "the" and i + 1 < n:
            found = _description_at(doc, i, by_token, desc_heads)
            if found is not None:
                end, head = found
                # in apposition to a name, a description describes that name ("X, the dominant gang")
                named = _apposed_name(doc[end - 1], by_token)
                word = head.split()[-1]
                cand = named or sal.best(lambda a: actor_type(a) in DESCRIPTIONS[head] and fits(head, a),
                                         lambda a: 2.0 if any(word in n.lower().split() for n in names(a)) else 0.0)
                if cand is not None:
                    cand = resolve_description(head, cand)
                if cand is not None:
                    out.append(Mention(i, end, cand, "description"))
                    sal.add(cand, doc[end - 1].dep_)
                    i = end
                    continue
        if target is not None:
            sal.add(target, tok.dep_)
        i += 1
    return out


def _clause_subjects(tok, by_token: dict) -> set[str]:
    """The actors that are the subject of the pronoun's own clause: 'X praised him' -- him is not X."""
    if tok.dep_ not in ("dobj", "pobj", "iobj", "dative"):
        return set()
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    out = set()
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            for t in c.subtree:
                if t.i in by_token:
                    out.add(by_token[t.i].actor)
    return out


def _reported_speaker(tok, by_token: dict, actor_type: Callable[[str], str]) -> str | None:
    """'Kenya said it would ...', 'the UAE, which said it had ...': the pronoun subject of a reported
    clause is the actor who speaks (or the antecedent of 'which')."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
        return None
    speaker = next((c for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if speaker is None:
        return None
    if speaker.lower_ in ("which", "that") and tok.head.head.dep_ == "relcl":
        speaker = tok.head.head.head
    m = by_token.get(speaker.i)
    if m is None or m.kind == "demonym" or actor_type(m.actor) in PERSON_TYPES:
        return None
    return m.actor


def _apposed_name(head, by_token: dict) -> str | None:
    """The name a description stands in apposition to, if any."""
    if head.dep_ == "appos" and head.head.i in by_token:
        return by_token[head.head.i].actor
    for c in head.children:
        if c.dep_ == "appos" and c.i in by_token:
            return by_token[c.i].actor
    return None


_DESCRIPTION_TABLE = PhraseTable({d: d for d in DESCRIPTIONS})


def prepare(vocab) -> None:
    """Build the description matcher for a pipeline's vocabulary."""
    _DESCRIPTION_TABLE.prepare(vocab)


def description_heads(doc: Doc) -> dict[int, tuple[int, str]]:
    """Where a description head ("group", "paramilitary force") starts: start -> (end, head), the
    longest at each token, matched with spaCy's PhraseMatcher."""
    out: dict[int, tuple[int, str]] = {}
    for s, e, phrase in _DESCRIPTION_TABLE.matches(doc):
        if s not in out or out[s][0] < e:
            out[s] = (e, phrase)
    return out


def _description_at(doc: Doc, i: int, by_token: dict, heads: dict[int, tuple[int, str]]) -> tuple[int, str] | None:
    """'the group', 'the self-proclaimed republic', 'the paramilitary force' at token i ('the'):
    (end, head); not 'the group of X', 'the militia X' or 'the group's leader X' naming someone."""
    n = len(doc)
    j = i + 1
    while j < n and j not in heads and doc[j].pos_ == "ADJ" and j - i < 3:
        j += 1
    if j not in heads:
        return None
    end, head = heads[j]
    nxt = doc[end] if end < n else None
    if nxt is not None and (nxt.lower_ in ("of", "for") or nxt.pos_ == "PROPN" or nxt.text == "("
                            or (nxt.pos_ == "NOUN" and nxt.dep_ == "compound")):
        return None
    if any(k in by_token for k in range(i, end)):
        return None
    if any(c.dep_ == "relcl" and any(g.lower_ == "that" for g in c.children) for c in doc[end - 1].children):
        return None  # "the network that bears his name": a defining clause, not an anaphor
    return end, head
