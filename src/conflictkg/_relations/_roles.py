"""Officials' roles: which person holds a title in which state, government, group or organization.

Titles are data (ontology/lexicon/titles.jsonl, each with its kind: state office, military rank or
command, role in any organization). A title is read where it stands next to a person's name:

- before it, with its owner before the title: "Egypt's Foreign Minister X", "US President X",
  "Hezbollah lawmaker X" (role-title);
- in apposition, either way: "X, the group's top commander", "X, a spokesman for the mission",
  "Iran's foreign minister, X", "a spokesman for Y, X" (role-apposition);
- alone: "President X" is an office of X's state (the knowledge base's nationality, else the
  state that is the sentence's subject, else the subject of the sentence before in the same
  paragraph, else the state of the dateline, else (no dateline, or one abroad) the one state the
  headline names -- never for a monarch's title, nor where the text
  names an owner no actor stands for: "Sahrawi President X"); "General X" commands the group the
  knowledge base says X commands; "Army commander General X", "army chief X": the armed forces of
  that state (role-bare-title);
- a body the text gives a person: "his party, Y", "the private military company of X", "X, whose
  Y ..." (role-led-body);
- an "as" phrase: "X was named as the group's spokesman", "X will serve as one of Y's deputies";
  a successor takes the predecessor's office ("X, his successor" -- the person named before);
- taking office with no office named ("X, who was sworn in for a third term", "X, first elected in
  2016"): an office of X's state, else of the story's (role-bare-title).

An owner that is itself a person ("an adviser to President X") stands for the body that person
serves, as read elsewhere in the article.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .._kb import ActorBase
from .._lexicon import army_titles, monarch_titles, nationality_titles, nouns, regional_titles, titles
from .._actors import LinkedDoc, Mention
from .._actors._home import home_state as story_home_state
from .._actors._linker import forces_of
from .._actors._words import NAMING_VERBS, NATIONAL_FORCE_NAMES, descriptions
from ._actors_at import ActorIndex

_KINDS = titles()
TITLES = {t: k for t, k in _KINDS.items() if k != "honorific"}
HONORIFICS = frozenset(t for t, k in _KINDS.items() if k == "honorific")
MONARCHS = monarch_titles()
REGIONAL = regional_titles()  # a governor's office is a province's: no state is guessed for it
ARMY_TITLES = army_titles()
LED_BODIES = nouns()["led_body"]
OFFICE_VERBS = nouns()["office_verbs"]
# verbs whose subject holds the role of their "as" phrase
SERVING = frozenset({"serve", "act", "work", "remain", "continue", "stay", "return", "take", "sit"})
LEADERSHIP_ORGANS = nouns()["leadership_organ"]
STATE_BODIES = nouns()["government_head"] - {"council", "assembly", "authority", "emirate"}
# titles whose portfolio may stand before them: "Mines Minister X", "Home Affairs Secretary X"
PORTFOLIO_TITLES = frozenset({"minister", "secretary"})
# titles that after a demonym give a nationality, not an office: "the Brazilian diplomat X"
NATIONALITY_NOUNS = nationality_titles()
_MAX_WORDS = max(len(t.split()) for t in TITLES)
# Words that qualify a title without changing it: "former Prime Minister X", "its top commander".
QUALIFIERS = frozenset({"former", "top", "senior", "then", "late", "acting", "interim", "new", "current", "longtime",
                        "long-time", "veteran", "self-styled", "self-proclaimed", "renegade", "de", "facto", "chief",
                        "outgoing", "incoming", "powerful", "influential", "main", "elected", "military", "political",
                        "de-facto", "first", "second", "sitting", "ex"})
_OWNER_PREPS = ("of", "for", "to", "at", "in", "with")
# one-word kinds of body a name may end in ("the Varn Coalition"): before a title they name that body
DESCRIPTION_WORDS = frozenset(d for d in descriptions() if " " not in d)
PERSON_TYPES = ("Person", "Official")
BODY_TYPES = ("State", "Government", "ArmedGroup", "Organization")


@dataclass(frozen=True)
class Role:
    person: str  # actor IRI
    title: str
    kind: str  # state | military | org
    owner: str | None  # actor IRI of the body (or a person, resolved later)
    construction: str
    start: int  # first and last character the role is read from
    end: int


def _clean(text: str) -> str:
    return " ".join(text.lower().replace("\u2019", "'").split())


def title_ending_at(doc, end: int) -> tuple[str, int] | None:
    """The longest title whose last token is doc[end - 1]: (title, start token); a plural
    ("presidents", "foreign ministers") as its singular."""
    for n in range(min(_MAX_WORDS + 2, end), 0, -1):
        span = doc[end - n:end]
        for text in (_clean(span.text), _clean(" ".join(t.lemma_ for t in span))):
            if text in TITLES:
                return text, end - n
    return None


def title_starting_at(doc, start: int) -> tuple[str, int] | None:
    """The longest title starting at doc[start]: ("chief of staff", end token)."""
    for n in range(min(_MAX_WORDS + 2, len(doc) - start), 0, -1):
        text = _clean(doc[start:start + n].text)
        if text in TITLES:
            return text, start + n
    return None


def _title_of_noun(tok: Token) -> str | None:
    found = title_ending_at(tok.doc, tok.i + 1) or title_starting_at(tok.doc, tok.i)
    if found is not None:
        return found[0]
    if tok.lemma_.lower() in TITLES:
        return tok.lemma_.lower()  # plural: "ministers"
    return None


def home_state(linked: LinkedDoc, kb: ActorBase | None = None) -> str | None:
    """The state a wire story is told from (``_actors._home``): officials whose title names no state
    and whose nationality nobody recorded are most often that state's own."""
    return story_home_state(linked.doc, linked.mentions, linked.actors, kb)


def _subject(root: Token) -> Token | None:
    """The subject of a clause: the one nearest its verb, never a dateline the parser took for one
    ("NAIROBI, May 3 -- The factions signed ...")."""
    found = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and not _is_dateline(c)]
    return found[-1] if found else None


def _agent(tok: Token) -> bool:
    """The person is the agent of a passive: "Y was warned by X"."""
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent"


def _is_dateline(tok: Token) -> bool:
    doc = tok.doc
    i = tok.left_edge.i if tok.left_edge.text.isupper() else tok.i
    first = i == 0 or "\n" in doc[i - 1].whitespace_ + doc[i - 1].text
    return first and tok.text.isupper() and tok.i + 1 < len(doc) and doc[tok.i + 1].text in (",", "\u2014", "-", "(")


def _one_of(tok: Token) -> Token:
    """'one of its commanders', 'one of three deputies': the plural noun of a partitive "one"."""
    if tok.lower_ != "one":
        return tok
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS"):
                    return g
    return tok


def _named_by_word(word: Token, p: Mention, idx: ActorIndex) -> str | None:
    """A common noun before a title that names its body by a word of the body's own name: "Coalition
    spokesman X" after "the Varn Coalition", "Front commander X" after "the Drel Front"; "Army spokesman
    X" after a state's forces named in any words ("the Dravnian Armed Forces"). The body must be
    named (not described) earlier in the article, within the last five sentences, and be the only
    such body there."""
    lemma = word.lower_
    national = lemma in ("army", "military")  # "Army spokesman X" after "the Dravnian Armed Forces"
    if lemma not in DESCRIPTION_WORDS and not national:
        return None
    doc = idx.linked.doc
    sent = idx.sent_of(word)
    start = sent.start
    for _ in range(5):
        if start == 0:
            break
        start = idx.sent_of(doc[start - 1]).start
    found = set()
    for m in idx.linked.mentions:
        if national and m.kind in ("name", "forces") and start <= m.start < p.start \
                and (idx.linked.actors[m.actor].armed_forces_of or idx.type_of(m) == "ArmedGroup" and any(
                    idx.linked.actors[m.actor].label.lower().endswith(" " + t) for t in NATIONAL_FORCE_NAMES)):
            found.add(m.actor)  # (a state's own forces, however the article names them)
            continue
        if m.kind != "name" or not start <= m.start < p.start or m.end - m.start < 2 \
                or idx.type_of(m) not in BODY_TYPES:
            continue
        words = [w.lower() for w in idx.linked.actors[m.actor].label.split()]
        if lemma in words[1:] or lemma in [w.lower() for w in doc[m.start:m.end].text.split()][1:]:
            found.add(m.actor)
    return found.pop() if len(found) == 1 else None


class RoleReader:
    def __init__(self, kb: ActorBase) -> None:
        self.kb = kb
        self.unresolved: list[Role] = []

    def roles(self, linked: LinkedDoc, idx: ActorIndex, date: str | None) -> list[Role]:
        doc = linked.doc
        self._home = home_state(linked, self.kb)
        found: list[Role] = []
        for sent in doc.sents:
            people = [m for m in linked.mentions_in(sent)
                      if m.kind == "name" and linked.actors[m.actor].type in PERSON_TYPES]
            for p in people:
                found += self._before(p, doc, idx, linked)
                found += self._apposed(p, doc, idx, linked)
                found += self._government(p, doc, linked)
                found += self._took_office(p, doc, idx, linked)
                found += self._member(p, doc, idx, linked)
            found += self._forces(sent, doc, idx, linked)
            found += self._led_bodies(sent, idx, linked)
        return self._resolve_people(found, linked, date)

    # -- "Egypt's Foreign Minister X", "President X" ------------------------------------------
    def _before(self, p: Mention, doc, idx, linked, _person: Mention | None = None) -> list[Role]:
        end = p.start
        while end > 0 and _clean(doc[end - 1].text) in HONORIFICS:
            end -= 1
        found = title_ending_at(doc, end)
        if found is None:
            # "presidents X and Y": a plural title before the first name holds for the others
            root = doc[p.start:p.end].root
            first = idx.at.get(root.head.i) if root.dep_ == "conj" else None
            if first is not None and first is not p and _person is None:
                plural = title_ending_at(doc, first.start)
                if plural is not None and doc[first.start - 1].tag_ in ("NNS", "NNPS"):
                    return self._before(first, doc, idx, linked, _person=p)
            return []
        if _person is not None:
            p = _person
        title, start = found
        k = start - 1
        while k >= 0 and _clean(doc[k].text) in QUALIFIERS:
            k -= 1
        # "Army commander General X", "Hezbollah commander Sheikh X": an office before a rank
        outer = title_ending_at(doc, k + 1) if k >= 0 and doc[k].tag_ != "POS" and k not in idx.at else None
        if outer is not None and outer[0] != title:
            stacked = self._titled(p, outer[0], outer[1], end, doc, idx, linked)
            if stacked:
                return stacked
        return self._titled(p, title, start, end, doc, idx, linked)

    def _titled(self, p: Mention, title: str, start: int, end: int, doc, idx, linked) -> list[Role]:
        k = start - 1
        while k >= 0 and _clean(doc[k].text) in QUALIFIERS:
            k -= 1
        k = self._past_portfolio(title, k, doc, idx, linked)
        if k >= 0 and doc[k].tag_ == "POS":
            k -= 1
        owner = idx.at.get(k) if k >= 0 else None
        if owner is None and k >= 1 and doc[k].is_lower and doc[k].pos_ == "NOUN" and doc[k].head.i >= start:
            # "the Velm rebels leader X": the group's type noun after its name carries the owner
            via = idx.of(doc[k])
            if via is not None and via.kind == "name" and via.end == k and via.actor != p.actor:
                return [self._role(p, title, via.actor, "role-title", doc[via.start], doc[p.end - 1])]
        bare_kind = owner is None or (owner.kind == "name" and owner.end - owner.start == 1)
        if k >= 0 and bare_kind and doc[k].pos_ in ("NOUN", "PROPN") and doc[k].head.i >= start:
            named = _named_by_word(doc[k], p, idx)
            if named is not None:  # "Coalition spokesman X": the coalition the article has named
                return [self._role(p, title, named, "role-title", doc[k], doc[p.end - 1])]
        if owner is not None and owner.kind == "demonym" and title in NATIONALITY_NOUNS and owner.end == start:
            return []  # "the Brazilian diplomat X": a nationality, not an office
        # the owner ends right before the title, or the title's first words are part of it
        # ("Ugandan government spokesman X": the description "Ugandan government" owns it)
        if owner is not None and owner.start <= k < owner.end <= end and owner.actor != p.actor:
            return [self._role(p, title, owner.actor, "role-title", doc[k], doc[p.end - 1])]
        if k >= 0 and doc[k].lower_ == "whose":  # "X, whose spokesman Y": the relative clause's antecedent
            owner = idx.of(doc[k])
            if owner is None and k >= 2 and doc[k - 1].text == ",":
                # (the parser missed the clause: the actor right before ", whose", or before its "(ACR)")
                j = k - 2
                if doc[j].text == ")":
                    j = next((x.i - 1 for x in reversed(doc[max(0, j - 6):j]) if x.text == "("), j)
                owner = idx.at.get(j)
            if owner is not None and owner.actor != p.actor:
                return [self._role(p, title, owner.actor, "role-title", doc[owner.start], doc[p.end - 1])]
        if k >= 0 and k not in idx.at and doc[k].is_title and doc[k].pos_ in ("PROPN", "ADJ") \
                and doc[k].i != idx.sent_of(doc[k]).start:
            return []  # an owner the text names but no actor stands for ("Sahrawi President X"): no guess
        after = self._of_after_name(p, idx)
        if after is not None:  # "Senator X of the Y party", "Foreign Minister X of Y"
            return [self._role(p, title, after.actor, "role-title", doc[start], doc[after.end - 1])]
        target = self._bare_owner(p, title, linked, idx)
        if target is None:
            return []
        return [self._role(p, title, target, "role-bare-title", doc[start], doc[p.end - 1])]

    @staticmethod
    def _of_after_name(p: Mention, idx: ActorIndex) -> Mention | None:
        """The body an "of" phrase right after a titled name gives: "Senator X of the Y party" (a
        person's "of" phrase names no office: only a state, government or body)."""
        doc = idx.linked.doc
        if p.end + 1 >= len(doc) or doc[p.end].lower_ != "of":
            return None
        for o in doc[p.end].children:
            if o.dep_ == "pobj":
                m = idx.of(o)
                if m is not None and not idx.is_person(m) and m.kind != "demonym":
                    return m
        # (the parser may hang the phrase elsewhere: the mention right after "of" / "of the")
        k = p.end + 1 + (doc[p.end + 1].lower_ == "the")
        m = idx.at.get(k)
        return m if m is not None and m.start == k and not idx.is_person(m) and m.kind != "demonym" else None

    def _past_portfolio(self, title: str, k: int, doc, idx: ActorIndex, linked: LinkedDoc) -> int:
        """The token before a minister's or secretary's portfolio: "Territorial Administration Minister
        X", "Mines and Energy Minister X" name the ministry, not an owner. A portfolio is the run of
        capitalised words (and "and", "&", ",") before the title that no state, government or body of
        the knowledge base stands for; what comes before it ("Kenya's") may still own the title."""
        if title.split()[-1] not in PORTFOLIO_TITLES:
            return k
        j = k
        while j >= 0 and (doc[j].is_title or doc[j].lower_ in ("and", "&")) and doc[j].tag_ != "POS":
            m = idx.at.get(j)
            if m is not None and (m.kind in ("demonym", "seat") or m.actor in self.kb.actors
                                  or linked.actors[m.actor].type == "State"):
                break
            j -= 1
            if j + 1 == idx.sent_of(doc[j + 1]).start:
                break  # nothing before the sentence's first word
        if j == k or doc[j + 1].lower_ in ("and", "&"):
            return k
        return j

    def _bare_owner(self, p: Mention, title: str, linked: LinkedDoc, idx: ActorIndex,
                    _apposed: bool = False) -> str | None:
        """Whose office a title with no owner in the text is: a general's, the group the knowledge base
        says he commands; a state office, the person's nationality in the knowledge base, else the state
        that is the subject of the sentence when the person is not ("Lebanon accepted the text through
        Speaker X"; "Iran condemned it, with foreign ministry spokesman X saying ..."). Neither the state
        an article names most nor any state the sentence names is a guide: often it is the one spoken of."""
        person = linked.actors[p.actor]
        kind = TITLES[title]
        if kind == "military" and person.commands:
            return person.commands if person.commands != p.actor else None
        if title in ARMY_TITLES:
            # "Army commander General X": the armed forces of the state the office is read for
            state = self._state_of(p, linked, idx, _apposed)
            return forces_of(self.kb, linked.actors[state], linked.actors).iri if state in linked.actors else None
        if kind != "state" or title in REGIONAL:
            return None
        return self._state_of(p, linked, idx, _apposed, monarch=title in MONARCHS)

    def _state_of(self, p: Mention, linked: LinkedDoc, idx: ActorIndex, _apposed: bool = False,
                  monarch: bool = False) -> str | None:
        person = linked.actors[p.actor]
        if person.nationality:
            return person.nationality
        doc = linked.doc
        sent = idx.sent_of(doc[p.start])
        root = sent.root
        own_subject = doc[p.start:p.end].root.head == root and doc[p.start:p.end].root.dep_ in ("nsubj", "nsubjpass")
        # "In Kampala, Defence Secretary X said ...": the capital the person speaks in, as its state
        seat = self._seat_before(p, doc, idx)
        if seat is not None and seat != p.actor:
            return seat
        # the states the sentence speaks to or of as an object are never a guess for the person's own
        # ("President X warned Y", "X called on Y to ...", "'We never armed anyone in Y,' said X")
        spoken_of = self._objects(p, idx)
        subject = _subject(root)
        found = idx.of(subject) if subject is not None and not own_subject else None
        if found is not None and subject.dep_ == "nsubjpass" and _agent(doc[p.start:p.end].root):
            spoken_of.add(found.actor)  # "Y was warned by President X"
            found = None
        if found is not None and linked.actors[found.actor].type == "State" and found.actor != p.actor:
            return found.actor
        # the state the paragraph is about: the subject of the sentence before, in the same paragraph
        # ("Tehran denied any part in it. Foreign Ministry spokesman X called the strikes ...")
        prev = self._previous_subject(p, idx)
        if prev is not None and linked.actors[prev.actor].type == "State" and prev.actor != p.actor \
                and prev.actor not in spoken_of:
            return prev.actor
        # the state of the dateline, when the story is told from there; not for a monarch's title
        # (a story told from a republic speaks of kings abroad)
        return None if monarch or self._home in spoken_of else self._home

    @staticmethod
    def _objects(p: Mention, idx: ActorIndex) -> set[str]:
        """The states (or their capitals) the person's own verb names as its object ("President X warned
        Y", "X called on Y to ...", "X accused Y of ..."), or that the person's words set against "we"
        ("'We never armed anyone in Y,' said X")."""
        root = idx.linked.doc[p.start:p.end].root
        if root.dep_ not in ("nsubj", "nsubjpass"):
            return set()
        verb = root.head
        tokens = [c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj", "obj")]
        tokens += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        for c in verb.children:  # what the person says of what "we" did
            if c.dep_ == "ccomp" and any(g.dep_ == "nsubj" and g.lower_ in ("we", "i") for g in c.children):
                tokens += [t for t in c.subtree if t.dep_ in ("dobj", "pobj", "dative")]
        out = set()
        for t in tokens:
            m = idx.at.get(t.i) or (idx.place_state(t) if t.pos_ == "PROPN" else None)
            if m is not None and m.kind in ("name", "seat") and idx.type_of(m) == "State":
                out.add(m.actor)  # a state named, not a pronoun that stands for one
        return out

    @staticmethod
    def _seat_before(p: Mention, doc, idx: ActorIndex) -> str | None:
        """A capital in an "in" phrase that opens the clause the person is the subject of."""
        root = doc[p.start:p.end].root
        if root.dep_ != "nsubj":
            return None
        for c in root.head.children:
            if c.dep_ == "prep" and c.lower_ == "in" and c.i < p.start and c.i == idx.sent_of(c).start:
                for g in c.children:
                    m = idx._seat(g) if g.dep_ == "pobj" and g.i not in idx.at else None
                    if m is not None:
                        return m.actor
        return None

    @staticmethod
    def _previous_subject(p: Mention, idx: ActorIndex) -> Mention | None:
        doc = idx.linked.doc
        sent = idx.sent_of(doc[p.start])
        if sent.start == 0:
            return None
        before = idx.sent_of(doc[sent.start - 1])
        if "\n" in idx.text[before.start_char:sent.start_char]:
            return None  # another paragraph
        subject = _subject(before.root)
        return idx.of(subject) if subject is not None else None

    # -- "X, the group's leader", "Iran's foreign minister, X" ---------------------------------
    def _apposed(self, p: Mention, doc, idx, linked) -> list[Role]:
        root = doc[p.start:p.end].root
        nouns = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            nouns.append(root.head)
            # "a spokesman for Secretary-General Y, X", "a spokesman for the Y Army, X": the parser hangs X
            # on Y, which a different person cannot rename; X is in apposition with the title Y hangs on
            other = idx.at.get(root.head.i)
            prep = root.head.head if root.head.dep_ == "pobj" else None
            if (other is not None and other.actor != p.actor and prep is not None
                    and prep.dep_ == "prep" and prep.lower_ in _OWNER_PREPS and prep.head.i not in idx.at):
                nouns.append(prep.head)
        if root.dep_ in ("oprd", "dobj") and root.head.dep_ == "acl" and root.head.lemma_ in NAMING_VERBS:
            # "its leader, a former boxer named X": the noun the name is given to (and, below, what it renames)
            nouns.append(root.head.head)
        if root.dep_ == "npadvmod" and doc[p.start - 1].text == ",":
            nouns.append(root.head)  # "the council's secretary-general, X, said": the parser's reading of a hyphened title
        if root.dep_ in ("nsubj", "nsubjpass"):
            nouns += [c for c in root.head.children if c.dep_ == "attr"]  # "X is the group's leader"
        if root.dep_ == "nsubjpass":
            nouns += [c for c in root.head.children if c.dep_ == "oprd"]  # "X was elected chairman of Y"
        if root.dep_ == "attr" and root.head.lemma_ == "be":
            nouns += [c for c in root.head.children if c.dep_ == "nsubj"]  # "the group's new leader is X"
        nouns += self._as_roles(root)
        for rel in (c for c in root.children if c.dep_ == "relcl"):
            # "X, who is the group's leader", "X, who was elected chairman of Y", "X, who took over as leader"
            who = [c for c in rel.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that")]
            if who:
                nouns += [c for c in rel.children if c.dep_ in ("attr", "oprd")]
                nouns += self._as_roles(who[0])
        # "its leader, the former army colonel X": what the apposed noun is itself in apposition to
        nouns += [n.head for n in nouns if n.dep_ == "appos" and n.head.pos_ == "NOUN" and n.head.i not in idx.at
                  and n.head not in nouns]
        out = []
        for noun in nouns:
            for t in (noun, *noun.conjuncts):
                t = _one_of(t)  # "X, one of the group's commanders": the plural noun holds the title
                hyphened = t.pos_ == "ADJ" and t.i > 0 and doc[t.i - 1].text == "-"  # "secretary-general"
                if t.i in idx.at or not (t.pos_ in ("NOUN", "PROPN") or hyphened):
                    continue
                title = _title_of_noun(t)
                if title is None:
                    organ = self._organ_of(t)
                    owner = self._owner(organ, idx, p) if organ is not None else None
                    if owner is not None and not idx.is_person(owner):  # "a member of Y's leadership council"
                        out.append(Role(p.actor, "member of " + organ.lemma_.lower(), "org", owner.actor,
                                        "role-apposition", doc[min(t.i, p.start)].idx,
                                        doc[max(organ.i, p.end - 1)].idx + len(doc[max(organ.i, p.end - 1)].text)))
                    continue
                owner = self._owner(t, idx, p)
                if owner is not None and owner.kind == "demonym" and title in NATIONALITY_NOUNS:
                    continue  # "X, a Brazilian diplomat": a nationality, not an office
                if owner is None and title in ("successor", "predecessor"):
                    owner = self._predecessor(t, p, idx)
                target = owner.actor if owner is not None else None
                if owner is None and self._state_body(t, idx) is not None:
                    # "X, the presidency's director general": an office of the state at hand
                    target = self._state_of(p, linked, idx, _apposed=True)
                elif owner is None and self._names_owner(t):
                    continue  # "president of the self-proclaimed republic": an owner no actor stands for
                if target is None and owner is None:
                    target = self._bare_owner(p, title, linked, idx, _apposed=True)
                if target is not None:  # "the then president, X": a bare title in apposition
                    out.append(self._role(p, title, target, "role-apposition", doc[min(t.i, p.start)],
                                          doc[max(t.i, p.end - 1)]))
        return out

    # -- "the council's members include X", "X, a member of the Transitional Council" -----------
    def _member(self, p: Mention, doc, idx: ActorIndex, linked: LinkedDoc) -> list[Role]:
        """A seat on a governing or political body the text names: the object of "include" whose subject
        is the body's "members" ("Its members include X and Y"), or "member of Y" in apposition to the
        person or predicated of them. Only for a government or an organisation: a member of an armed
        group is a fighter, not an office holder."""
        root = doc[p.start:p.end].root
        while root.dep_ == "conj":
            root = root.head
        nouns = []
        if root.dep_ == "dobj" and root.head.lemma_ == "include":
            nouns += [c for c in root.head.children if c.dep_ == "nsubj" and c.lemma_ == "member"]
        nouns += [c for c in root.children if c.dep_ == "appos" and c.lemma_ == "member"]
        if root.dep_ == "nsubj" and root.head.lemma_ == "be":
            nouns += [c for c in root.head.children if c.dep_ == "attr" and c.lemma_ == "member"]
        out = []
        for noun in nouns:
            owner = self._owner(noun, idx, p)
            if owner is None or owner.kind == "demonym" or idx.type_of(owner) not in ("Government", "Organization"):
                continue
            first, last = doc[min(noun.i, p.start)], doc[max(noun.i, p.end - 1)]
            out.append(Role(p.actor, "member", "org", owner.actor, "role-member", first.idx,
                            last.idx + len(last.text)))
        return out

    # -- "X, who was sworn in for a third term", "X, first elected in 2016" ------------------
    def _took_office(self, p: Mention, doc, idx: ActorIndex, linked: LinkedDoc) -> list[Role]:
        """A verb of taking office with no office named (no "as", object predicate, "to" or "of"):
        an office of X's state (the knowledge base's nationality, else the story's home state)."""
        root = doc[p.start:p.end].root
        passive = root.dep_ == "nsubjpass" or (root.dep_ == "nsubj" and any(c.dep_ == "auxpass"
                                                                             for c in root.head.children))
        verbs = [root.head] if passive else []
        for c in root.children:
            if c.dep_ == "relcl" and any(g.dep_ == "nsubjpass" and g.lower_ in ("who", "that") for g in c.children):
                verbs.append(c)
            if c.dep_ == "acl" and c.tag_ == "VBN":
                verbs.append(c)
            if c.dep_ == "appos":  # "X, a former professor first elected in 2016"
                verbs += [g for g in c.children if g.dep_ in ("acl", "amod") and g.tag_ == "VBN"]
        for v in verbs:
            lemma = v.lemma_.lower()
            if any(c.dep_ == "prt" for c in v.children):
                lemma += " " + next(c.lower_ for c in v.children if c.dep_ == "prt")
            if lemma not in OFFICE_VERBS or not v.tag_ == "VBN":
                continue
            if any(c.dep_ in ("oprd", "attr", "dobj") or (c.dep_ == "prep" and c.lower_ in ("as", "to", "of"))
                   for c in v.children):
                continue  # the office is named, or it is another body's seat ("elected to parliament")
            state = linked.actors[p.actor].nationality or self._home
            if state is None or state == p.actor or state not in linked.actors:
                continue
            first, last = min(p.start, v.i), max(p.end - 1, v.i)
            return [Role(p.actor, "head of state", "state", state, "role-bare-title", doc[first].idx,
                         doc[last].idx + len(doc[last].text))]
        return []

    # -- "the Ruto government": he heads his state's government ------------------------------
    def _government(self, p: Mention, doc, linked) -> list[Role]:
        root = doc[p.start:p.end].root
        head = root.head
        if root.dep_ not in ("compound", "poss") or head.lemma_.lower() not in ("government", "administration", "cabinet",
                                                                                "regime"):
            return []
        # "the Ruto government", "Petro's government": the state he is a national of, else the state the
        # story is told from (never the clause's subject: "Colombia accused Maduro's government")
        state = linked.actors[p.actor].nationality or self._home
        if state is None or state == p.actor:
            return []
        return [Role(p.actor, "head of government", "state", state, "role-government", doc[p.start].idx,
                     head.idx + len(head.text))]

    # -- "General X's forces", "X, whose forces ...", "the private army of X" ------------------
    @staticmethod
    def _forces(sent: Span, doc, idx: ActorIndex, linked: LinkedDoc) -> list[Role]:
        out = []
        for m in linked.mentions_in(sent):
            if m.kind != "forces" or m.possessor is None or linked.actors[m.possessor].type not in PERSON_TYPES:
                continue
            # only where the text gives command, not every "X's forces"
            person_at = [o for o in linked.mentions_in(sent) if o.actor == m.possessor and o.kind == "name"]
            titled = title_ending_at(doc, m.start) is not None or any(
                title_ending_at(doc, o.start) is not None for o in person_at)
            # "the private army of X": "of" with the possessor right after it ("his men of ammunition" is no such)
            of_owner = m.end + 1 < len(doc) and doc[m.end].lower_ == "of" and any(
                o.start == m.end + 1 for o in person_at)
            if not (titled or of_owner or (m.start > 0 and doc[m.start - 1].lower_ == "whose")
                    or (m.end < len(doc) and doc[m.end].lower_ in ("commanded", "led", "headed"))):
                continue
            first, last = doc[m.start], doc[m.end - 1]
            group = m.actor
            head = doc[m.start:m.end].root
            named = idx.at.get(head.head.i) if head.dep_ == "appos" else None
            if named is not None and named.kind == "name" and linked.actors[named.actor].type == "ArmedGroup":
                group = named.actor  # "the Red Hand, the private militia of X": X commands the Red Hand
            out.append(Role(m.possessor, "commander", "military", group, "role-forces", first.idx,
                            last.idx + len(last.text)))
        return out

    # -- "his party, Y", "the private military company of X", "X, whose movement Y ..." --------
    @staticmethod
    def _led_bodies(sent: Span, idx: ActorIndex, linked: LinkedDoc) -> list[Role]:
        """A body a person owns in the text leads them: the possessor of a led-body noun ("party",
        "faction", "company" ...) that an organisation's name is in apposition with, or of the name itself
        after "whose"; a person after "of" a led-body noun or an organisation's name."""
        out = []
        for t in sent:
            body = idx.of(t) if t.i in idx.at or t.lemma_.lower() in LED_BODIES else None
            if body is None or linked.actors[body.actor].type not in ("ArmedGroup", "Organization", "Government") \
                    or body.kind == "forces":
                continue
            # "his party", and a name that ends in such a noun: "X's Dawn Movement", "X's Unity Party"
            led = t.lemma_.lower() in LED_BODIES and (t.i not in idx.at or body.kind == "name" and t.i == body.end - 1)
            people = []
            for c in t.children:
                if c.dep_ == "poss" and (led or c.lower_ == "whose"):
                    people.append(idx.of(c))
                elif c.dep_ == "prep" and c.lower_ == "of":
                    people += [idx.at.get(g.i) for g in c.children if g.dep_ == "pobj"]
            for m in people:
                if m is None or linked.actors[m.actor].type not in PERSON_TYPES or m.actor == body.actor:
                    continue
                first, last = min(t.i, m.start), max(t.i, m.end - 1)
                out.append(Role(m.actor, "leader", "org", body.actor, "role-led-body", idx.linked.doc[first].idx,
                                idx.linked.doc[last].idx + len(idx.linked.doc[last].text)))
        return out

    @staticmethod
    def _as_roles(root: Token) -> list[Token]:
        """The role an 'as' phrase gives a person: "X was named as his successor", "Y appointed X as
        envoy", "X, named as the group's spokesman", "X serves as the group's deputy leader"; the
        subject of an active verb only with verbs of holding ("X appointed Y as envoy": Y is)."""
        verbs = []
        if root.dep_ in ("nsubjpass", "dobj", "oprd") or (root.dep_ == "nsubj" and root.head.lemma_.lower() in SERVING):
            verbs.append(root.head)
        verbs += [c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        out = []
        for v in verbs:
            # "The Republic of X named Y as its minister" misparsed as a reduced relative ("the republic named
            # Y"): the "as" phrase after the person hangs on the noun the participle modifies
            after = [c for c in v.head.children if c.i > root.i] if v.dep_ == "acl" and root.dep_ == "oprd" \
                and root.head.i == v.i else []
            for c in (*v.children, *after):
                if c.dep_ == "prep" and c.lower_ == "as":
                    # ("as one of Y's deputies": the caller reads the partitive, _one_of)
                    out += [g for g in c.children if g.dep_ == "pobj"]
        return out

    @staticmethod
    def _predecessor(noun: Token, p: Mention, idx: ActorIndex) -> Mention | None:
        """'X, his successor': a possessive pronoun the actor stage bound to X himself stands for the
        person named last before X (in this sentence or the one before), whose office X took."""
        if not any(c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ in ("his", "her") for c in noun.children):
            return None
        doc = idx.linked.doc
        sent = idx.sent_of(doc[p.start])
        start = sent.start
        while start > 0:  # the sentence before, past blank lines
            prev = idx.sent_of(doc[start - 1])
            start = prev.start
            if prev.text.strip():
                break
        before = [m for m in idx.linked.mentions if start <= m.start < min(p.start, noun.i) and m.kind == "name"
                  and idx.is_person(m) and m.actor != p.actor]
        return before[-1] if before else None

    @staticmethod
    def _organ_of(noun: Token) -> Token | None:
        """'member of the leadership council': the governing organ a member sits on."""
        if noun.lemma_.lower() != "member":
            return None
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "on"):
                for g in c.children:
                    words = {g.lemma_.lower(), *(f"{m.lemma_.lower()} {g.lemma_.lower()}" for m in g.children
                                                 if m.dep_ in ("compound", "amod"))}
                    if g.dep_ == "pobj" and words & LEADERSHIP_ORGANS:
                        return g
        return None

    @staticmethod
    def _state_body(noun: Token, idx: ActorIndex) -> Token | None:
        """A state institution no actor stands for as the title's possessor: "the presidency's", "the
        ministry's"."""
        for c in noun.children:
            if c.dep_ == "poss" and c.i not in idx.at and c.lemma_.lower() in STATE_BODIES \
                    and not any(g.dep_ in ("poss", "compound", "amod") for g in c.children):
                return c
        return None

    @staticmethod
    def _names_owner(noun: Token) -> bool:
        """The title carries an owner of its own: a possessor, an of / for phrase, a proper modifier."""
        for c in noun.children:
            if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "for", "to", "at", "in")):
                return True
            if c.dep_ in ("compound", "amod", "nmod") and c.is_title and c.pos_ in ("PROPN", "ADJ") and c.i < noun.i:
                return True
        return False

    @staticmethod
    def _owner(noun: Token, idx: ActorIndex, p: Mention) -> Mention | None:
        # a modifier before a possessor: "his Ugandan counterpart" is Uganda's, not his
        for c in sorted(noun.children, key=lambda c: c.dep_ == "poss"):
            if c.dep_ in ("poss", "compound", "amod", "nmod"):
                m = idx.of(c, modifier=True)
                if m is not None and m.actor != p.actor:
                    return m
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in _OWNER_PREPS:
                for g in c.children:
                    if g.dep_ == "pobj":
                        m = idx.of(g)
                        if m is not None and m.actor != p.actor:
                            return m
                        for gc in g.children:  # "head of the militant network X", "commander of Y's northern front"
                            m = idx.of(gc, modifier=gc.dep_ == "poss") if gc.dep_ in ("appos", "compound", "poss") \
                                else None
                            if m is not None and m.actor != p.actor:
                                return m
                        if not any(c.dep_ in ("det", "poss") for c in g.children):
                            # a bare noun continues the title: "chief of staff of the army", "head of
                            # security for the group" -- the owner follows it
                            for pp in g.children:
                                if pp.dep_ == "prep" and pp.lower_ in _OWNER_PREPS:
                                    m = next((idx.of(x) for x in pp.children if x.dep_ == "pobj"), None)
                                    if m is not None and m.actor != p.actor:
                                        return m
        # a title word before the noun may carry the owner: "Hamas political chief"
        i = noun.i - 1
        while i >= 0 and noun.doc[i].head == noun and noun.doc[i].dep_ in ("amod", "compound"):
            m = idx.at.get(i)
            if m is not None and m.actor != p.actor:
                return m
            i -= 1
        return None

    @staticmethod
    def _role(p: Mention, title: str, owner: str, construction: str, first: Token, last: Token) -> Role:
        return Role(p.actor, title, TITLES[title], owner, construction, first.idx, last.idx + len(last.text))

    def _resolve_people(self, roles: list[Role], linked: LinkedDoc, date: str | None) -> list[Role]:
        """An owner that is a person stands for the body that person serves; a minister of a state
        with a government in office serves that government; a general commands his group."""
        actors = linked.actors
        serves = {r.person: r.owner for r in roles if r.owner in actors and actors[r.owner].type in BODY_TYPES}
        out = []
        self.unresolved = []  # roles whose owner is a person serving a body no title names
        for r in roles:
            owner = r.owner
            if owner in actors and actors[owner].type in PERSON_TYPES:
                owner = serves.get(owner) or actors[owner].nationality
                if owner is None and r.owner != r.person:
                    self.unresolved.append(r)  # "X, whose spokesman Y": resolved from verbs (X leads Z)
            if owner is None or owner == r.person:
                continue
            person = actors.get(r.person)
            if r.kind == "military" and person is not None and person.commands and actors.get(owner) is not None \
                    and actors[owner].type == "State":
                owner = person.commands  # "Libya's Gen. X": a general of the force he commands
            if r.kind == "state" and ("minister" in r.title or r.title in ("premier", "head of government")) \
                    and owner in self.kb.actors:
                gov = self.kb.government_of(owner, date)  # the government in office on the article's date
                if gov is not None:
                    actors.setdefault(gov, self.kb.actors[gov].copy())
                    owner = gov
            out.append(Role(r.person, r.title, r.kind, owner, r.construction, r.start, r.end))
        return out
