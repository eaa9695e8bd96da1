"""Within one article: which names, descriptions and pronouns are the same actor.

- names: a surname ("Touadéra"), a first name with patronymic ("Mohamed Hamdan"), a nickname the
  article introduces ('known as Hemeti', 'alias Calarcá', 'Jimmy "Barbecue" X', "Full Name (ACR)")
  and an organisation's short form ("Polisario" for "Polisario Front") are the actor named in full;
  two different full names are never one person ("Ahmad Massoud" is not "Ahmad Shah Massoud");
- definite descriptions ("the group", "the militia", "the junta", "the mission") and pronouns
  (he / she / it / they, his / its / their) are the most salient earlier actor of the right kind;
- plural descriptions ("the juntas", "all three governments", "the two factions", "both armed
  groups", "the warring sides") and plural pronouns stand for a set named before as a coordination
  ("Mali, Burkina Faso and Niger"): ``group`` mentions, one per member, over the same span.

Salience: each mention adds its weight by grammatical role (subject 3, object 2, other 1); all
weights fall to 30 % at every sentence.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable

from spacy.tokens import Doc

from ._gazetteer import PhraseTable
from ._mention import Mention
from ._words import (ARMED_PERSONNEL, COUNT_WORDS, DESCRIPTIONS, GENERIC_DESCRIPTION_HEADS, NAMING_VERBS, PARTICLES,
                     NAME_HEAD_NOT_ANAPHORS,
                     PEOPLE_NOUNS, PLURAL_DESCRIPTION_MODIFIERS, PLURAL_DESCRIPTIONS, PLURAL_DESCRIPTIONS_COUNTED,
                     STATE_FORCE_HEADS, STATE_RULER_HEADS, ATTACKER_HEADS, MULTINATIONAL_FORCE_HEADS,
                     GROUND_HOLDING_PARTICIPLES, GROUP_PERSONNEL_NOUNS, HELD_GROUND_NOUNS, MODIFIER_DESCRIPTIONS,
                     MINISTRY_NOUNS, DESCRIPTION_KIN)

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
             retypable: Callable[[str], bool] = lambda a: False, home: str | None = None,
             forces_of: Callable[[str], str] | None = None) -> list[Mention]:
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
        for i in range(sent.start, sent.end):  # (no Token built)
            sent_of[i] = sent.start
    place = _places(doc)
    coords = _coordinations(doc, mentions, place)
    groups: dict[int, list[str]] = {}  # plural anaphors resolved so far, by token: the actors of their set
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        sal.new_sentence(sent_of.get(i, 0))
        m = starts.get(i)
        if m is not None and m.kind == "forces" and tok.lower_ == "their" and forces_of is not None:
            # "A and B ... their troops": each one's forces
            members = _set_for_pronoun(doc, tok, coords, place, by_token, actor_type)
            if members and not _clause_subjects(doc[m.end - 1], by_token) & set(members):
                for a in members:
                    out.append(Mention(m.start, m.end, forces_of(a), "group", possessor=a))
                    sal.add(a, "poss")
                groups.update((k, members) for k in range(m.start, m.end))
                i = m.end
                continue
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
        plural = _plural_at(doc, i, by_token) if low in _SET_STARTERS else None
        if plural is not None:
            end, noun, count, quantified = plural
            kinds = PLURAL_DESCRIPTIONS[noun]
            members = _set_before(i, coords, place, lambda a: actor_type(a) in kinds or (
                kinds == ("ArmedGroup",) and retypable(a)), count, quantified)
            if not members and count == 2:
                # "X has been at war with Y ... The two factions": the two of that kind the sentence before named
                members = _two_in_sentence_before(i, by_token, place, lambda a: actor_type(a) in kinds)
            one = _singular(noun.split()[-1]) if " " not in noun else noun[:-1]
            if members and kinds == ("ArmedGroup",) and one in DESCRIPTIONS:
                # (an unknown organisation among "the two factions" is an armed group: the resolver retypes it)
                members = [resolve_description(one, a) or a for a in members]
            bound = _clause_subjects(doc[end - 1], by_token)
            if members and not bound & set(members):
                for a in members:
                    out.append(Mention(i, end, a, "group"))
                    sal.add(a, doc[end - 1].dep_)
                groups.update((k, members) for k in range(i, end))
                resolved.update((k, out[-1]) for k in range(i, end))
                coords.append(_Coordination(i, end, members, doc[end - 1].dep_ in ("nsubj", "nsubjpass")))
                i = end
                continue
        quantified_pronoun = _quantified_pronoun(doc, i) if low in _SET_STARTERS or low in COUNT_WORDS else None
        if quantified_pronoun is not None:
            # "both of them", "all three of them", "the two of them" after "A and B ...": the set, of that size
            end, count = quantified_pronoun
            members = _set_for_pronoun(doc, tok, coords, place, by_token, actor_type)
            if members and (len(members) == count if count else len(members) >= 3) \
                    and not _clause_subjects(tok, by_token) & set(members):
                for a in members:
                    out.append(Mention(i, end, a, "group"))
                    sal.add(a, tok.dep_)
                groups.update((k, members) for k in range(i, end))
            i = end  # ("both of them" with three named: not them either)
            continue
        if low in _PRONOUNS_PLURAL and tok.pos_ == "PRON":
            # 'they' after 'A and B ...': the set, where nothing else could be meant
            members = _speaker_set(tok, groups) or _set_for_pronoun(doc, tok, coords, place, by_token, actor_type)
            if members and not _clause_subjects(tok, by_token) & set(members):
                for a in members:
                    out.append(Mention(i, i + 1, a, "group"))
                    sal.add(a, tok.dep_)
                groups[i] = members
                i += 1
                continue
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
        elif low == "the" and i + 1 < n or low in MODIFIER_DESCRIPTIONS:
            found = _description_at(doc, i, by_token, desc_heads) if low == "the" else _ground_holder_at(doc, i)
            described_by: tuple[int, str] | None = None  # (end, actor) the words from token i stand for
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
                if low != "the":
                    # "A, alongside B, attacked the rebel camp": a modifier never stands for an actor its
                    # own sentence names (that one would be named): only for one told of before
                    sent = tok.sent
                    bound = bound | {m.actor for k, m in by_token.items() if sent.start <= k < sent.end}

                def fits(a: str) -> bool:
                    # (an unknown organisation whose name could be an armed group's is one when called
                    # "the militia": the resolver retypes it; not on a modifier's word: "rebel positions")
                    typed = actor_type(a) in DESCRIPTIONS[head] or (
                        set(DESCRIPTIONS[head]) == {"ArmedGroup"} and retypable(a) and low == "the")
                    if word in ATTACKER_HEADS and any(w in MULTINATIONAL_FORCE_HEADS for n in names(a)
                                                      for w in n.lower().split()):
                        return False  # "the gunmen" are never a peacekeeping mission or coalition
                    return typed and a not in bound and (
                        word in STATE_FORCE_HEADS or not state_force(a))

                def carries(a: str) -> bool:
                    # ("a private firm" ... "the company": one kind of body under two words)
                    kin = {singular, *DESCRIPTION_KIN.get(singular, ())}
                    return bool(kin & described.get(a, set())) or any(
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
                    described_by = (end, cand)
            if described_by is None and low == "the":
                # "the Brigade", "the guard's commander": the last word of a body's name the article gave
                # (where no description reading found an actor of its kind)
                end = _name_head_at(doc, i, by_token)
                if end is not None:
                    word = _singular(fold(doc[i + 1].text))
                    bound = _clause_subjects(doc[i + 1], by_token)
                    cand = sal.best(lambda a: actor_type(a) not in PERSON_TYPES and a not in bound and any(
                        len(nm.split()) > 1 and _singular(fold(nm.split()[-1])) == word for nm in names(a)),
                        floor=0.0)
                    described_by = (end, cand) if cand is not None else None
            if described_by is not None:
                end, cand = described_by
                out.append(Mention(i, end, cand, "description"))
                resolved.update((k, out[-1]) for k in range(i, end))
                sal.add(cand, doc[end - 1].dep_)
                i = end
                continue
        if target is not None:
            sal.add(target, tok.dep_)
        i += 1
    return out


_SET_STARTERS = frozenset({"the", "these", "those", "all", "both"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "conj", "appos", "pobj", "attr"})


class _Coordination:
    """A set of actors named together ('Mali, Burkina Faso and Niger') or a plural anaphor of one."""

    def __init__(self, start: int, end: int, actors: list[str], subject: bool) -> None:
        self.start, self.end, self.actors, self.subject = start, end, actors, subject


def _places(doc: Doc) -> list[tuple[int, int]]:
    """Per token: (paragraph, sentence) ordinals; paragraphs break at a blank line, sentences of
    white space alone and a dateline ("ABUJA, May 3 --") are not counted."""
    out: list[tuple[int, int]] = [(0, 0)] * len(doc)
    para, sent_n = 0, -1
    dateline = doc._.dateline[0] if doc.has_extension("dateline") and doc._.dateline is not None else -1
    for sent in doc.sents:
        if not all(t.is_space for t in sent) and sent.start != dateline:
            sent_n += 1
        for t in sent:
            out[t.i] = (para, max(sent_n, 0))
            if "\n\n" in t.text or "\n\n" in t.whitespace_ or (t.is_space and t.text.count("\n") >= 2):
                para += 1
    return out


def _coordinations(doc: Doc, mentions: list[Mention], place: list[tuple[int, int]]) -> list["_Coordination"]:
    """The sets of actors the text names by coordination ("Mali, Burkina Faso and Niger", "the X Front
    and the Y Brigade"): every conjunct an actor's name, two actors at least."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    out = []
    for m in mentions:
        if m.kind == "demonym":
            continue
        root = doc[m.start:m.end].root
        if root.dep_ == "conj" or root.dep_ == "appos" and root.head.i in by_token:
            continue
        # "Mali, Burkina Faso and Niger" parsed with the second name an apposition of the first and
        # the third coordinated with it: a list all the same
        listed = [a for a in root.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.conjuncts
                  and a.i in by_token]
        # "the Popular Front for X and the Y Army" parsed with Y coordinated with the name's last word
        inside = [x for t in doc[m.start:m.end] if t.i != root.i for x in t.conjuncts
                  if not m.start <= x.i < m.end and t.dep_ != "conj"]
        conjuncts = [*root.conjuncts, *(x for a in listed for x in (a, *a.conjuncts)), *inside]
        if not conjuncts:
            continue
        members: list[str] = []
        spans = []
        for c in (root, *conjuncts):
            mc = by_token.get(c.i)
            if mc is None or mc.kind == "demonym" or doc[mc.start:mc.end].root.i != c.i:
                members = []
                break
            spans.append(mc)
            if mc.actor not in members:
                members.append(mc.actor)
        if len(members) >= 2:
            end = max(x.end for x in spans)
            if place[m.start][0] == place[end - 1][0]:
                out.append(_Coordination(m.start, end, members, root.dep_ in ("nsubj", "nsubjpass")))
    return out


def _plural_at(doc: Doc, i: int, by_token: dict) -> tuple[int, str, int | None, bool] | None:
    """A plural description of a set at token i: 'the juntas', 'all three governments', 'the two
    factions', 'both armed groups', 'the warring sides' -> (end, noun, count or None, quantified by
    'all' / 'both'); not 'the countries of the region', 'the groups that signed', 'all governments'."""
    n = len(doc)
    j, count, quantified, determined, modified = i, None, False, False, False
    if doc[j].lower_ in ("all", "both"):
        quantified = True
        count = COUNT_WORDS.get(doc[j].lower_)
        j += 1
        if j < n and doc[j].lower_ == "of":
            j += 1
    if j < n and doc[j].lower_ in ("the", "these", "those"):
        determined = True
        j += 1
    if j < n and doc[j].lower_ in COUNT_WORDS and doc[j].lower_ != "both":
        c = COUNT_WORDS[doc[j].lower_]
        if count is not None and c != count:
            return None
        count = c
        j += 1
    if not determined and count is None:
        return None  # "all governments", "both": no set named before

    def noun_at(k: int) -> str | None:
        for length in (2, 1):
            phrase = " ".join(t.lower_ for t in doc[k:k + length])
            if k + length <= n and phrase in PLURAL_DESCRIPTIONS:
                return phrase
        return None

    steps = 0
    while j < n and noun_at(j) is None and steps < 2 and doc[j].pos_ in ("ADJ", "VERB") and doc[j].is_lower:
        modified = modified or doc[j].lower_ in PLURAL_DESCRIPTION_MODIFIERS
        j += 1
        steps += 1
    noun = noun_at(j) if j < n else None
    if noun is None:
        return None
    end = j + len(noun.split())
    last = doc[end - 1]
    if last.tag_ != "NNS" or (noun in PLURAL_DESCRIPTIONS_COUNTED and count is None and not modified):
        return None
    if any(k in by_token for k in range(i, end)):
        return None
    nxt = doc[end] if end < n else None
    if nxt is not None and (nxt.lower_ in ("of", "for") or nxt.pos_ == "PROPN" or nxt.text == "("
                            or (nxt.pos_ == "NOUN" and nxt.dep_ == "compound")):
        return None
    if last.dep_ == "compound" and last.head.i >= end:
        return None
    if last.dep_ != "ROOT" and any(c.dep_ in ("relcl", "acl") and doc[c.left_edge.i - 1].text != ","
                                   for c in last.children):
        # "the countries that signed", "the groups fighting in the north": the clause defines them
        # (not "The juntas announced that ..." parsed as one noun phrase: the verb is the sentence's)
        return None
    if any(c.dep_ == "poss" for c in last.children):
        return None  # "its allies"
    return end, noun, count, quantified


def _in_reach(anaphor: int, coord: "_Coordination", place: list[tuple[int, int]]) -> bool:
    """The set is named in the anaphor's sentence or the two before it, in its paragraph (or in the
    headline, for the first paragraph after it)."""
    (pa, sa), (pc, sc) = place[anaphor], place[coord.start]
    return 0 <= sa - sc <= 2 and (pa == pc or (pc == 0 and pa == 1))


def _in_lede(coord: "_Coordination", place: list[tuple[int, int]]) -> bool:
    """The set is named in the article's lede: its first sentence, and the one after it when the first
    is a paragraph of its own (a headline) -- the parties a wire story is about."""
    para, sent = place[coord.start]
    return sent == 0 or (sent == 1 and para == 1)


def _set_before(i: int, coords: list["_Coordination"], place: list[tuple[int, int]], fits: Callable[[str], bool],
                count: int | None, quantified: bool) -> list[str] | None:
    """The actors of the last set of the right kind named within reach before token i (else in the
    lede), if their number is the one the description gives ('both' two, 'all' at least three)."""
    before = sorted((c for c in coords if c.end <= i and fits_all(c, fits)), key=lambda c: c.end, reverse=True)
    found = next((c for c in before if _in_reach(i, c, place)), None) or next(
        (c for c in before if _in_lede(c, place)), None)
    if found is None:
        return None
    if count is not None and len(found.actors) != count:
        return None
    if quantified and count is None and len(found.actors) < 3:
        return None
    return list(found.actors)


def fits_all(coord: "_Coordination", fits: Callable[[str], bool]) -> bool:
    return all(fits(a) for a in coord.actors)


def _quantified_pronoun(doc: Doc, i: int) -> tuple[int, int | None] | None:
    """'both of them', 'all three of them', 'the two of them', 'all of them', 'the two', 'both' (as a
    noun phrase of their own) at token i: (end, the number it gives or None for 'all')."""
    n = len(doc)
    j, count = i, None
    if doc[j].lower_ == "the":
        j += 1
    elif doc[j].lower_ in ("both", "all"):
        count = COUNT_WORDS.get(doc[j].lower_)
        j += 1
    if j < n and doc[j].lower_ in COUNT_WORDS and doc[j].lower_ != "both":
        if count is not None and COUNT_WORDS[doc[j].lower_] != count:
            return None
        count = COUNT_WORDS[doc[j].lower_]
        j += 1
    if j == i or (doc[i].lower_ == "the" and count is None):
        return None
    if j + 1 < n and doc[j].lower_ == "of" and doc[j + 1].lower_ == "them":
        return j + 2, count
    # "the two have since clashed", "both denied it": the number (or "both") is the noun phrase itself
    last = doc[j - 1]
    alone = last.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and (
        j >= n or doc[j].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") and doc[j].lower_ != "of")
    if alone and (doc[i].lower_ == "the" and last.pos_ == "NUM" or doc[i].lower_ == "both" and j == i + 1):
        return j, count
    return None


def _speaker_set(tok, groups: dict[int, list[str]]) -> list[str] | None:
    """'The juntas announced that they were quitting X': the set that speaks."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
        return None
    verb = tok.head.head
    speaker = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if speaker is None and verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.i == verb.head.i + 1:
        speaker = verb.head  # "The juntas announced that they ..." parsed as one noun phrase
    return groups.get(speaker.i) if speaker is not None else None


def _set_for_pronoun(doc: Doc, tok, coords: list["_Coordination"], place: list[tuple[int, int]], by_token: dict,
                     actor_type: Callable[[str], str]) -> list[str] | None:
    """'A and B signed a truce ... the fighting between them', 'A and B said they would ...': a plural
    pronoun stands for a set that is the subject of its sentence or the one before, when no actor and
    no plural noun of people stands between them."""
    # ("C has long backed them", "C condemned their leaders": C is not 'them')
    own_subjects = _clause_subjects(tok.head if tok.dep_ == "poss" else tok, by_token)
    # "fighting between them", "talks among them": parties, never things
    between = tok.dep_ == "pobj" and tok.head.lower_ in ("between", "among", "amongst")
    for c in sorted((c for c in coords if c.end <= tok.i), key=lambda c: c.end, reverse=True):
        if not c.subject or not _in_reach(tok.i, c, place) or place[tok.i][1] - place[c.start][1] > 1:
            return None
        if any(actor_type(a) in PERSON_TYPES for a in c.actors):
            return None
        for t in doc[c.end:tok.i]:
            m = by_token.get(t.i)
            if m is not None and m.actor not in c.actors and m.actor not in own_subjects:
                return None
            if t.tag_ in ("NNS", "NNPS") and (t.lower_ in ARMED_PERSONNEL or t.lower_ in PEOPLE_NOUNS
                                              or t.lower_ in PLURAL_DESCRIPTIONS or t.pos_ == "PROPN"):
                return None
            if t.tag_ == "NNS" and t.dep_ in _ARGUMENT_DEPS and not between:
                return None  # "A and B sort weapons ahead of disposing of them": the weapons
            if t.lower_ in _PRONOUNS_PLURAL and t.pos_ == "PRON":
                return None  # an earlier 'they' was resolved (or not) on its own
        return list(c.actors)
    return None


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
                for t in _core(c):
                    if t.i in by_token:
                        out.add(by_token[t.i].actor)
                out.update(by_token[t].actor for t in _named_in(c) if t in by_token)
    return out


_CLAUSE_DEPS = frozenset({"acl", "relcl", "advcl", "ccomp", "parataxis"})


def _named_in(subject) -> list[int]:
    """'militias raised by politicians, known collectively as X, have been fighting ...': the name a
    participle of naming gives the subject, wherever the parser hung the participle in it."""
    return [g.i for t in subject.subtree if t.dep_ == "acl" and (t.lower_ == "known" or t.lemma_ in NAMING_VERBS)
            for p in t.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children if g.dep_ == "pobj"]


def _core(tok):
    """A noun phrase without the clauses and adjuncts hung on it (its appositions and "of" / "from"
    phrases are itself: "fighters from X"): in "The decision, announced after a summit of X, came after
    the bloc's deadline" the subject is the decision, not X."""
    yield tok
    for c in tok.children:
        if c.dep_ in _CLAUSE_DEPS or c.dep_ == "prep" and c.lower_ not in ("of", "from") or c.dep_ == "punct":
            continue
        yield from _core(c)


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
        nouns = []
        if root.dep_ == "compound" and root.head.i == m.end:
            span = doc[m.start:m.end]
            if root.head.is_lower and (len(span) > 1 or span.text.isupper()):
                # what the text calls the name's members: "FACT rebels", "Kattar Front fighters" (not
                # "Karsa rebels": a one-word name may be the place the rebels are from)
                nouns.append(root.head)
            root = root.head  # "the X movement, a ..."
        nouns += [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            nouns.append(root.head)
        if root.dep_ == "nsubj" and root.head.lemma_ == "be":
            nouns += [c for c in root.head.children if c.dep_ == "attr"]
        # "rebels of the KRM", "the rebel KRM"
        if root.dep_ == "pobj" and root.head.lower_ in ("of", "from") and root.head.head.pos_ in ("NOUN", "PROPN") and (
                root.head.head.is_lower or root.head.head.is_sent_start):
            nouns.append(root.head.head)
        nouns += [c for c in root.children if c.dep_ in ("amod", "compound") and c.i < m.start and c.is_lower]
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
            if (n.pos_ in ("NOUN", "ADJ") or n.is_sent_start and n.pos_ == "PROPN") and n.i not in range(m.start, m.end):
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
    verb = tok.head.head
    speaker = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if speaker is None and verb.dep_ == "xcomp":
        # controlled: "prompting X to warn that it ...", "X decided to say that it ..."
        speaker = next((c for c in verb.head.children if c.dep_ == "dobj"), None) or next(
            (c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
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


def _ground_holder_at(doc: Doc, i: int) -> tuple[int, str] | None:
    """'rebel positions', 'separatist camps', 'rebel-held towns', 'insurgent-controlled areas', 'rebel
    fighters', 'cartel gunmen' at token i: the group noun modifies ground it holds or its own men, and
    stands for the group as 'the rebels' would -> (i + 1, the description it reads as). Not 'rebel
    leaders', 'militant attacks', 'a rebel'."""
    tok = doc[i]
    if not (tok.is_lower or tok.is_sent_start and tok.is_title) or tok.tag_ not in ("NN", "JJ", "NNP") \
            or i + 1 >= len(doc):
        return None
    nxt = doc[i + 1]
    if nxt.text in ("-", "\u2010", "\u2011") and i + 2 < len(doc) and doc[i + 2].lower_ in GROUND_HOLDING_PARTICIPLES:
        return i + 1, MODIFIER_DESCRIPTIONS[tok.lower_]
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > i \
            and (tok.head.lower_ in HELD_GROUND_NOUNS or tok.head.lower_ in GROUP_PERSONNEL_NOUNS) \
            and all(doc[k].dep_ in ("compound", "amod") for k in range(i + 1, tok.head.i)):
        return i + 1, MODIFIER_DESCRIPTIONS[tok.lower_]
    return None


def _two_in_sentence_before(i: int, by_token: dict, place: list[tuple[int, int]],
                            fits: Callable[[str], bool]) -> list[str]:
    """The actors of the right kind named in the sentence before token i, when they are exactly two."""
    sent = place[i][1]
    found: list[str] = []
    for k, m in sorted(by_token.items()):
        if k >= i:
            break
        if place[k][1] == sent - 1 and m.kind in ("name", "description") and fits(m.actor) \
                and m.actor not in found:
            found.append(m.actor)
    return found if len(found) == 2 else []


def _name_head_at(doc: Doc, i: int, by_token: dict) -> int | None:
    """'the Brigade', 'the guard's commander', 'the council' at token i ('the'): a lone noun that may be
    the last word of a body's name -> its end; not 'the Council of Elders', 'the guard post' or
    'the state' (``name_head_not_anaphors``); not 'the army' or 'the ministry', which stand for a
    state's own (read elsewhere)."""
    j = i + 1
    if j >= len(doc) or j in by_token or doc[j].pos_ not in ("NOUN", "PROPN") \
            or {fold(doc[j].text), _singular(fold(doc[j].text))} & (NAME_HEAD_NOT_ANAPHORS | STATE_FORCE_HEADS | MINISTRY_NOUNS):
        return None
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "NUM") or nxt.lower_ in ("of", "for") or nxt.text == "("):
        return None
    return j + 1


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
    # ("the group of X", "the front for ..." name someone; in "blamed the rebels for the attack" the "for"
    # phrase is the verb's, and so is the "of" in "accused the rebels of shelling the port")
    verbs_of = nxt is not None and nxt.lower_ == "of" and any(c.dep_ == "pcomp" for c in nxt.children)
    if nxt is not None and (nxt.lower_ in ("of", "for") and (i <= nxt.head.i < end or nxt.lower_ == "of")
                            and not verbs_of
                            or nxt.pos_ == "PROPN" or nxt.text == "("
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
