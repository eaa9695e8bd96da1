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
from ._words import (ARMED_PERSONNEL, DESCRIPTIONS, GENERIC_DESCRIPTION_HEADS, NAMING_VERBS, PARTICLES,
                     STATE_FORCE_HEADS, STATE_RULER_HEADS, ATTACKER_HEADS, MULTINATIONAL_FORCE_HEADS)

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

    def best(self, allowed: Callable[[str], bool], bonus: Callable[[str], float] = lambda a: 0.0,
             floor: float = 0.2) -> str | None:
        """The most salient allowed actor; ties go to the one mentioned last."""
        options = [(s + bonus(a), self.last.get(a, 0), a) for a, s in self.score.items()
                   if allowed(a) and s > floor]
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
             state_force: Callable[[str], bool] = lambda a: False,
             retypable: Callable[[str], bool] = lambda a: False, home: str | None = None) -> list[Mention]:
    """Pronoun and definite-description mentions, resolved to the most salient earlier actor of the
    right kind. ``resolve_description(head, actor)`` may map the chosen actor to another one (the
    army of a state) or veto it (None). A description whose head word an actor's name carries, or
    that the article put in apposition to it ("X, the regional coalition"), stands for that actor
    before any other; a state's own armed forces (``state_force``) are never "the group", "the
    movement" or "the coalition"."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    starts = {m.start: m for m in mentions}
    sal = Salience()
    out: list[Mention] = []
    desc_heads = description_heads(doc)
    described = _described_as(doc, mentions)
    resolved: dict[int, Mention] = {}  # descriptions resolved so far, by token
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
                root = doc[m.start:m.end].root
                # "the UN mission, X, said": X takes the role of the noun it is in apposition to
                sal.add(m.actor, root.head.dep_ if root.dep_ == "appos" and root.head.pos_ == "NOUN" else root.dep_)
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
        elif low in ("its", "their") and tok.dep_ == "poss" and _conjoined_owner(tok, {**resolved, **by_token}):
            # "X and its allies": the conjunct the pronoun's noun is coordinated with
            target = _conjoined_owner(tok, {**resolved, **by_token})
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
            bound = _clause_subjects(tok, by_token)
            if target is None and not _unresolved_plural_before(doc, tok, by_token, sent_of):
                target = sal.best(lambda a: actor_type(a) in ("ArmedGroup", "Organization", "Government", "State")
                                  and a not in bound)
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
                misplaced = named is not None and actor_type(named) in PERSON_TYPES \
                    and not set(DESCRIPTIONS[head]) & set(PERSON_TYPES)
                if misplaced:
                    # "X, president of Y, the separatist movement backed by Z": the parser hung the
                    # description on the person; it describes the body named right before it, or nothing
                    k = i - 2 if i >= 2 and doc[i - 1].text == "," else -1
                    k -= 1 if k > 0 and doc[k].text == ")" else 0  # "the Y Council (YC), the movement"
                    before = by_token.get(k) if k >= 0 else None
                    named = before.actor if before is not None and before.kind == "name" \
                        and actor_type(before.actor) in DESCRIPTIONS[head] else None
                word = head.split()[-1]
                singular = _singular(word)
                bound = _clause_subjects(doc[end - 1], by_token)

                def fits(a: str) -> bool:
                    # (an unknown organisation whose name could be an armed group's is one when called
                    # "the militia": the resolver retypes it)
                    typed = actor_type(a) in DESCRIPTIONS[head] or (
                        set(DESCRIPTIONS[head]) == {"ArmedGroup"} and retypable(a))
                    if word in ATTACKER_HEADS and any(w in MULTINATIONAL_FORCE_HEADS for n in names(a)
                                                      for w in n.lower().split()):
                        return False  # "the gunmen" are never a peacekeeping mission or coalition
                    return typed and a not in bound and (
                        word in STATE_FORCE_HEADS or not state_force(a))

                def carries(a: str) -> bool:
                    return singular in described.get(a, ()) or any(
                        singular in [_singular(w) for w in n.lower().split()] for n in names(a))

                cand = named
                if cand is None and misplaced:
                    i += 1
                    continue  # ("a spokesman for the junta, Captain X": no guess from salience either)
                if cand is None and word not in GENERIC_DESCRIPTION_HEADS:
                    # "the coalition": the actor named or described so, however long ago
                    cand = sal.best(lambda a: fits(a) and carries(a), floor=0.0)
                if cand is None:
                    cand = sal.best(fits, lambda a: 2.0 if carries(a) else 0.0)
                if cand is None and head in STATE_RULER_HEADS and home is not None and home in sal.score \
                        and home not in bound:
                    cand = home  # "the junta" of a wire article about a state with no government named: its own
                if cand is not None:
                    cand = resolve_description(head, cand)
                if cand is not None:
                    out.append(Mention(i, end, cand, "description"))
                    resolved.update((k, out[-1]) for k in range(i, end))
                    sal.add(cand, doc[end - 1].dep_)
                    i = end
                    continue
        if target is not None:
            sal.add(target, tok.dep_)
        i += 1
    return out


def _clause_subjects(tok, by_token: dict) -> set[str]:
    """The actors that are the subject of the pronoun's own clause: 'X praised him' -- him is not X;
    'X is among the coalition's factions' -- the coalition is not X; 'Y armed X to take on the
    insurgents' -- the insurgents are not X (the controller of the infinitive)."""
    if tok.dep_ == "poss" and tok.pos_ == "PRON":
        return set()  # "X pulled his country out": a possessive pronoun may be the subject
    node = tok
    for _ in range(4):  # up from a possessor or an 'of' phrase to the noun in the clause
        if node.dep_ in ("poss", "pobj", "compound") and node.head.pos_ in ("NOUN", "PROPN", "ADP"):
            node = node.head
        elif node.dep_ == "prep" and node.head.pos_ in ("NOUN", "PROPN"):
            node = node.head
        else:
            break
    if node.dep_ not in ("dobj", "pobj", "iobj", "dative", "attr", "prep"):
        return set()
    verb = node.head.head if node.dep_ == "pobj" and node.head.dep_ == "prep" else node.head
    if node.dep_ == "prep":
        verb = node.head
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    out = set()
    heads = [verb]
    if verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        heads.append(verb.head)  # the controller: the subject or object of the governing verb
    for v in heads:
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass") or (v is not verb and c.dep_ == "dobj"):
                for t in c.subtree:
                    if t.i in by_token:
                        out.add(by_token[t.i].actor)
    return out


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def _described_as(doc: Doc, mentions: list[Mention]) -> dict[str, set[str]]:
    """The head nouns the article puts in apposition to a name or predicates of it, anywhere:
    "X, the regional coalition", "the UN mission, X", "X, a vigilante militia", "X is a militia"."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == "demonym":
            continue
        root = doc[m.start:m.end].root
        if root.dep_ == "compound" and root.head.i == m.end:
            root = root.head  # "the X movement, a ..."
        nouns = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            nouns.append(root.head)
        if root.dep_ == "nsubj" and root.head.lemma_ == "be":
            nouns += [c for c in root.head.children if c.dep_ == "attr"]
        # (the parser may miss the apposition: "X (ACR), the regional coalition that ...")
        j = m.end
        if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
            j += 3
        if j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in ("the", "a", "an"):
            k = j + 2
            while k < len(doc) and doc[k].pos_ in ("ADJ", "VERB") and doc[k].is_lower and k - j < 5:
                k += 1
            if k < len(doc) and doc[k].pos_ == "NOUN" and doc[k].is_lower:
                nouns.append(doc[k])
        for n in nouns:
            if n.pos_ == "NOUN" and n.i not in range(m.start, m.end):
                out.setdefault(m.actor, set()).add(_singular(n.lower_))
    return out


def _conjoined_owner(tok, by_token: dict) -> str | None:
    """'X and its allies', 'X and their backers': the pronoun's noun is coordinated with X."""
    noun = tok.head
    if noun.dep_ == "conj" and noun.head.i in by_token and noun.head.i < tok.i:
        m = by_token[noun.head.i]
        if m.kind != "demonym":
            return m.actor
    return None


def _unresolved_plural_before(doc: Doc, tok, by_token: dict, sent_of: dict) -> bool:
    """'track down the assailants wherever they had fled': an armed plural noun no actor was found
    for stands between the pronoun and any earlier actor of its sentence -- 'they' is that noun."""
    start = sent_of.get(tok.i, 0)
    for t in reversed(doc[start:tok.i]):
        if t.i in by_token:
            return False
        if t.tag_ == "NNS" and t.lower_ in ARMED_PERSONNEL:
            return True
    return False


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
    """The name a description stands in apposition to, if any; or the name it is given in its own
    relative clause ('the rebels, who call their movement X')."""
    if head.dep_ == "appos" and head.head.i in by_token:
        return by_token[head.head.i].actor
    for c in head.children:
        if c.dep_ == "appos" and c.i in by_token:
            return by_token[c.i].actor
        if c.dep_ == "relcl" and c.lemma_ in NAMING_VERBS and any(g.dep_ == "dobj" for g in c.children):
            for g in c.children:
                if g.dep_ in ("oprd", "attr", "xcomp", "ccomp") and g.i in by_token \
                        and by_token[g.i].kind != "demonym":
                    return by_token[g.i].actor
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
    last = doc[end - 1]
    if last.dep_ == "compound" and last.head.i >= end:
        return None  # "the militia attacks": the noun modifies another
    if last.tag_ == "NNS" and any(c.dep_ == "relcl" and doc[c.left_edge.i - 1].text != "," for c in last.children
                                 if c.left_edge.i > 0):
        return None  # "the militias it arms": a plural the clause defines
    return end, head
