"""Stage 4, relations: who supports, opposes or speaks for whom, read from the dependency parse.

Where each part lives:
- predicates (which word carries which relation, and its frame): ontology/lexicon/predicates.jsonl,
  loaded by ``_lexicon``;
- constructions (where a frame's arguments sit in the parse: passive, hyphen compound, light verb ...):
  ``_constructions`` (CONSTRUCTIONS names each), over the parse helpers of ``_syntax``;
- officials' roles from titles: ``_roles`` (titles in ontology/lexicon/titles.jsonl);
- status and attribution (negation, denial, hedges, speaker): ``_status`` (words in status.json).
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.tokens import Span, Token

from .._kb import ActorBase, ActorInfo
from .._actors import LinkedDoc
from .._vocab import COARSE, SUPER
from ._actors_at import ActorIndex
from ._constructions import (CONSTRUCTIONS, FRAME_READERS, Args, aid_cut, aid_flow, branded, conditional_threat, contributors,
                             died_in, help_adjunct, ordered_out,
                             jointly, pact, required, side_by_side, threat_over, with_adjacent, _side_words)
from ._lexicon import Predicate as _Predicate
from ._lexicon import Predicate, PredicateLexicon, verb_stems
from .._lexicon import nouns as _nouns

_MUTUAL = _nouns()["mutual_verbs"]
from ._roles import PERSON_TYPES, RoleReader
from ._status import speaker, status
from ._syntax import COMPANION_PREPS, echo_subjects, prep_objects, subjects, with_conjuncts

__all__ = ["Reading", "Relater", "PredicateLexicon", "CONSTRUCTIONS", "FRAME_READERS", "ActorIndex", "confidence_of"]


@dataclass(frozen=True)
class Reading:
    """One extracted relation in one sentence."""

    subject: str  # actor IRI
    predicate: str  # ontology property local name
    object: str
    sent_start: int  # char offsets of the sentence in the document
    sent_end: int
    rule: str  # the construction that read it
    confidence: float
    status: str = "Asserted"  # Asserted | Denied | Hedged
    speaker: str | None = None
    role: str | None = None  # for officialOf / commands: the title
    trigger: str = ""  # the predicate's lemma, or the title
    context: str = "text"  # what the offsets point into: the article's "text", or its separate "title"


_CALIBRATED = Path(__file__).resolve().parents[1] / "rule_confidence.json"


def _measured() -> dict[str, float]:
    try:
        rules = json.loads(_CALIBRATED.read_text(encoding="utf-8"))["rules"]
    except (OSError, KeyError, ValueError):
        return {}
    return {k: v["confidence"] for k, v in rules.items() if k in CONSTRUCTIONS}


_CONFIDENCE = {c.id: c.prior for c in CONSTRUCTIONS.values()} | _measured()


def confidence_of(construction: str) -> float:
    return _CONFIDENCE[construction]


def evidence_span(first: Token, last: Token, idx: ActorIndex) -> tuple[int, int]:
    """The character offsets of the sentence(s) from ``first`` to ``last``, clipped to the lines
    they are on (a line break ends a sentence), without surrounding white space."""
    text = idx.text
    start = max(idx.sent_of(first).start_char, text.rfind("\n", 0, first.idx) + 1)
    nl = text.find("\n", last.idx)
    end = min(idx.sent_of(last).end_char, nl if nl >= 0 else len(text))
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


# properties the ontology declares symmetric: "X's ally Y" is an alliance both ways
SYMMETRIC = frozenset({"alliedWith", "rivalOf"})
# what the constructions without a predicate word assert
_ALLIED = _Predicate("jointly", "VERB", "alliedWith", "members", symmetric=True)
_SUPPORTS = _Predicate("contributors", "NOUN", "supports", "members")
_CONDEMNS = _Predicate("branded", "NOUN", "condemns", "event_noun")
_THREATENS = _Predicate("threaten", "VERB", "threatens", "transitive")
_FIGHTS = _Predicate("died-in", "VERB", "fights", "transitive")
_SANCTIONS = _Predicate("aid-cut", "VERB", "sanctions", "transitive")


def _called_rival(m, doc) -> bool:
    return any(t.lower_ in ("rival", "rivals", "enemy", "arch-rival") for t in doc[max(0, m.start - 2):m.start])


def _same_side(a: ActorInfo, b: ActorInfo) -> bool:
    """A state and its own armed forces or government are one side, never each other's backer or foe."""
    return b.iri in (a.armed_forces_of, a.governs) or a.iri in (b.armed_forces_of, b.governs)


def _pos(tok: Token) -> tuple[str, ...]:
    if tok.lower_ in ("pro", "anti") and not tok.whitespace_ and tok.i + 1 < len(tok.doc) \
            and tok.doc[tok.i + 1].text in ("-", "\u2010", "\u2011"):
        return ("ADJ",)  # "Anti-Valdoria rebels" opening a sentence: the tagger calls the prefix a name
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        return ("VERB",)
    if any(c.dep_ == "prt" for c in tok.children):
        # only verbs take particles: "A and B shore up Y" with "shore" tagged a noun
        return ("VERB", "NOUN")
    if tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lower_.endswith("ing") and tok.dep_ == "pobj" \
            and any(c.dep_ == "conj" and c.tag_ == "VBG" for c in tok.children):
        return ("NOUN", "VERB")  # "of harbouring and financing Y": a gerund the tagger took for a noun
    if tok.pos_ in ("NOUN",):
        return ("NOUN",)
    if tok.pos_ == "PROPN":
        return ("NOUN", "VERB") if tok.tag_ in ("NNS", "NNPS", "VBZ") else ("NOUN",)
    if tok.pos_ == "ADJ":
        return ("ADJ", "VERB")  # participles the tagger calls adjectives: "Iran-backed", "allied"
    return ()


def _lemmas(tok: Token) -> list[str]:
    out = [tok.lemma_.lower()]
    low = tok.lower_
    if low not in out:
        out.append(low)
    if low.endswith("ed"):  # a participle tagged as an adjective keeps its -ed form as lemma
        out += [low[:-2], low[:-1]] + ([low[:-3]] if len(low) > 4 and low[-3] == low[-4] else [])
    if low.endswith("s") and tok.pos_ == "PROPN":
        out.append(low[:-1])
    return out


# objects that name the fight itself: "A and B fought a month-long battle over the bridge" is "A and B fought"
_COGNATE_OBJECTS = frozenset({"battle", "war", "skirmish", "duel", "fight", "gunfight", "firefight"})


class Relater:
    def __init__(self, kb: ActorBase | None = None, lexicon: PredicateLexicon | None = None,
                 predicates: Iterable[str | Path] = ()) -> None:
        self.kb = kb or ActorBase.load()
        self.lexicon = lexicon or PredicateLexicon.load(predicates)
        self.roles = RoleReader(self.kb)
        # nouns of hostile acts: "a US drone strike killed X" -- the strike's agent did
        self.acts = frozenset(e.lemma for e in self.lexicon.entries
                              if e.frame == "event_noun" and e.relation in ("fights", "opposes"))
        verbs = {e.lemma for e in self.lexicon.entries if e.pos == "VERB"}
        # (a verb that is also a word for armed men -- "forced Y to retreat", "a Kenyan-led force" -- is
        # no sign of a broken parse where it stands as a noun)
        forces = _nouns()["force"] | _nouns()["armed_head"]
        self.verb_forms = frozenset(v for v in verbs if len(v) > 3 and v not in forces)
        # verbs of fighting: two who do it together ("X repelled Y together with Z") are on one side
        self.fight_verbs = frozenset(e.lemma for e in self.lexicon.entries if e.pos == "VERB" and e.relation == "fights")
        # nouns that name how two parties stand ("its backer", "its ally")
        self.relational_nouns = frozenset(e.lemma for e in self.lexicon.entries
                                          if e.frame in ("agent_noun", "patient_noun"))
        self.alongside_verbs = frozenset(e.lemma for e in self.lexicon.entries if "alongside" in e.preps)

    def triggers(self, tok: Token, pos: tuple[str, ...] | None = None) -> list[Predicate]:
        """The lexicon entries ``tok`` can trigger: the plain word's, and each idiom or sense whose
        required dependents are there ("threw its weight behind", "fought alongside"). ``pos``:
        ``_pos(tok)``, if the caller has it."""
        for pos in (_pos(tok) if pos is None else pos):
            for lemma in _lemmas(tok):
                entries = [e for e in self.lexicon.lookup(lemma, pos)
                           if all(required(tok, path, lem) for path, lem in e.requires)]
                if entries:
                    return entries
        return []

    @staticmethod
    def _reciprocal(tok: Token, pred: Predicate, idx: ActorIndex) -> bool:
        """'A and B clashed', 'A and B fought for the port', 'the two have clashed' (a set named before):
        a verb whose coordinated subjects are its only arguments acts on each other (not so with a
        companion: "A fought alongside B")."""
        if tok.pos_ != "VERB" or pred.frame not in ("transitive", "prep"):
            return False
        if not (pred.symmetric or pred.relation in SYMMETRIC or (pred.relation == "fights" and tok.lemma_.lower() in _MUTUAL)):
            return False  # (not "A and B attacked": together, at someone the sentence does not name)
        cognate = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _COGNATE_OBJECTS]
        if any(c.dep_ == "dobj" and c not in cognate for c in tok.children) \
                or prep_objects(tok, COMPANION_PREPS) or any(prep_objects(c, ("against", "with")) for c in cognate):
            return False
        if any(c.dep_ == "advmod" and c.lower_ in ("together", "jointly") for c in tok.children) \
                or _side_words(tok):
            return False  # "A and B fought side by side / together": partners, not foes
        subj = subjects(tok)
        return len(subj) == 1 and (bool(subj[0].conjuncts) or subj[0].i in idx.groups) \
            and not prep_objects(subj[0], COMPANION_PREPS)

    @staticmethod
    def _in_name(tok: Token, idx: ActorIndex) -> bool:
        m = idx.at.get(tok.i)
        return m is not None and m.kind == "name" and m.end - m.start > 1

    def mistagged_verbs(self, tok: Token, pos: tuple[str, ...] | None = None) -> list[Predicate]:
        """Verb entries for a word the tagger did not call a verb ("Russia, alongside Egypt, back X"
        with "back" an adverb): read only from the actors right next to it. ``pos``: ``_pos(tok)``, if
        the caller has it."""
        if not tok.is_lower or not tok.is_alpha or "VERB" in (_pos(tok) if pos is None else pos):
            return []
        for lemma in verb_stems(tok.lower_):
            entries = [e for e in self.lexicon.lookup(lemma, "VERB")
                       if e.frame in ("transitive", "prep") and not e.requires]
            if entries:
                return entries
        return []

    def relate(self, linked: LinkedDoc, date: str | None = None) -> list[Reading]:
        idx = ActorIndex(linked, self.acts, self.verb_forms, self.kb)
        readings: dict[tuple, Reading] = {}

        def keep(r: Reading) -> None:
            # one reading per pair, coarse relation and sentence: asserted before hedged or denied,
            # then the surest, then the most specific property
            key = (r.subject, COARSE[r.predicate], r.object, r.sent_start, r.sent_end)
            old = readings.get(key)
            rank = (r.status == "Asserted", r.confidence, r.predicate not in SUPER.values())
            if old is None or rank > (old.status == "Asserted", old.confidence, old.predicate not in SUPER.values()):
                readings[key] = r

        def keep_role(role, owner: str) -> None:
            self._ensure(linked, owner)
            body = linked.actors[owner]
            if body.commanded_by == role.person and not body.known:
                return  # "Colonel X said his units ...": the forces the text named after X are X's own, no office
                # in them (a known body the actor base says X commands is an office: "the Y army of General X")
            predicate = "commands" if role.kind == "military" and body.type == "ArmedGroup" else "officialOf"
            span = linked.doc.char_span(role.start, role.end, alignment_mode="expand")
            start, end = evidence_span(span[0], span[-1], idx)
            sent = idx.sent_of(span[0])
            st = "Hedged" if sent.text.rstrip().endswith("?") else "Asserted"
            keep(Reading(role.person, predicate, owner, start, end, role.construction,
                         confidence_of(role.construction), st, role=role.title, trigger=role.title))

        for role in self.roles.roles(linked, idx, date):
            keep_role(role, role.owner)
            if role.kind != "military" and linked.actors[role.owner].type in ("State", "Government"):
                idx.offices.setdefault(role.person, role.owner)
        for sent in linked.doc.sents:
            if not linked.mentions_in(sent, anaphora=True) and not any(t.lower_ in ("them", "they") for t in sent):
                continue  # (a plural pronoun may stand for two actors named before: "the fighting between them")
            for tok in sent:
                if self._in_name(tok, idx):
                    continue  # "Rapid Support Forces", "National Resistance Front": names, not predicates
                pos = _pos(tok)  # (once per token: triggers and mistagged_verbs both ask)
                for pred in self.triggers(tok, pos):
                    for args in with_adjacent(FRAME_READERS[pred.frame](tok, pred, idx), tok, pred, idx):
                        for r in self._readings(args, tok, pred, sent, idx, linked):
                            keep(r)
                for read, pred in ((jointly, _ALLIED), (contributors, _SUPPORTS), (aid_flow, _SUPPORTS),
                                   (self._pact, _ALLIED), (self._side_by_side, _ALLIED), (branded, _CONDEMNS),
                                   (conditional_threat, _THREATENS), (ordered_out, _CONDEMNS),
                                   (help_adjunct, _SUPPORTS), (died_in, _FIGHTS), (aid_cut, _SANCTIONS)):
                    for args in read(tok, idx):
                        for r in self._readings(args, tok, pred, sent, idx, linked):
                            keep(r)
                for pred in self.mistagged_verbs(tok, pos):
                    for args in with_adjacent([], tok, pred, idx):
                        for r in self._readings(args, tok, pred, sent, idx, linked):
                            keep(r)
        # "X, whose spokesman Y ...": Y serves the body X leads, as a verb said it ("Z, led by X")
        led = {}
        for r in readings.values():
            if r.predicate in ("officialOf", "commands") and r.status == "Asserted" \
                    and linked.actors[r.object].type not in PERSON_TYPES:
                led.setdefault(r.subject, r.object)
        for role in self.roles.unresolved:
            if led.get(role.owner) not in (None, role.person):
                keep_role(role, led[role.owner])
        # "his fighters" of a man the article names as an armed group's leader are that group's, not forces
        # the actor stage named after him for want of one
        own = {iri: led[a.commanded_by] for iri, a in linked.actors.items()
               if not a.known and a.commanded_by in led and linked.actors[led[a.commanded_by]].type == "ArmedGroup"}
        if own:
            moved = list(readings.values())
            readings.clear()
            for r in moved:
                r = replace(r, subject=own.get(r.subject, r.subject), object=own.get(r.object, r.object))
                if r.subject != r.object:
                    keep(r)
        # an office-holder acting for the body he holds office in does not support it: "President X
        # vowed to protect American diplomats" (X of the United States), "Its commander X defended the group"
        holds = {(r.subject, r.object) for r in readings.values()
                 if r.predicate in ("officialOf", "commands") and r.status == "Asserted"}
        return sorted((r for r in readings.values()
                       if not (COARSE[r.predicate] == "supports" and (r.subject, r.object) in holds)),
                      key=lambda r: (r.sent_start, r.subject, r.predicate, r.object))

    def _pact(self, tok: Token, idx: ActorIndex) -> list[Args]:
        return pact(tok, idx, self.relational_nouns)

    def _side_by_side(self, tok: Token, idx: ActorIndex) -> list[Args]:
        return side_by_side(tok, idx, self.fight_verbs, self.alongside_verbs)

    def _ensure(self, linked: LinkedDoc, iri: str) -> None:
        if iri not in linked.actors and iri in self.kb.actors:
            linked.actors[iri] = self.kb.actors[iri].copy()

    def _readings(self, args: Args, tok: Token, pred: Predicate, sent: Span, idx: ActorIndex,
                  linked: LinkedDoc) -> list[Reading]:
        reciprocal = not args.patients and len(args.agents) >= 2 and self._reciprocal(tok, pred, idx)
        if args.pairwise or reciprocal:
            # "A and B clashed", "A and B fought for the port", "A and B exchanged fire": each other
            pairs = [(a, b) for a in args.agents for b in args.agents if a.actor != b.actor]
        else:
            pairs = [(a, b) for a in args.agents for b in args.patients]
            if pred.inverse and args.relation is None:
                pairs = [(b, a) for a, b in pairs]  # "X hired Y": Y serves X
            if (pred.symmetric or pred.relation in SYMMETRIC) and args.relation is None \
                    and not args.extra.get("one_way"):
                pairs += [(b, a) for a, b in pairs]
            elif pred.coarse == "opposes":  # "retook the town from the rival X": rivalry runs both ways
                pairs += [(b, a) for a, b in pairs if _called_rival(b, linked.doc)]
        if not pairs:
            return []
        clause = args.clause or tok
        if not (args.pairwise or reciprocal):
            # "X backed Y, as did Z", "X condemned Y, and so did Z": Z does what X did
            echoed = [m for m in idx.all(echo_subjects(clause)) if idx.type_of(m) not in PERSON_TYPES
                      or COARSE[args.relation or pred.relation] != "officialOf"]
            undergoers = list({b.actor: b for _, b in pairs}.values())
            pairs += [(z, b) for z in echoed for b in undergoers if z.actor != b.actor]
        st = status(clause, sent, opposes=COARSE[args.relation or pred.relation] == "opposes")
        if st == "Denied" and args.extra.get("refusal"):
            st = "Asserted"  # "X will not lay down its arms until Y steps down": the refusal is the stance
        if st == "Asserted" and pred.hedged:
            st = "Hedged"  # "X is close to Y" states closeness, not support
        said_by = speaker(clause, sent, idx)
        # "X warned that it could end Y's mission", "X threatened to expel Y unless ...": what X threatens to
        # do to Y is hedged, the threat is not -- X threatens Y
        threat = threat_over(clause) if st == "Hedged" and COARSE[args.relation or pred.relation] == "opposes" \
            else None
        threateners = {m.actor for m in idx.all(with_conjuncts(subjects(threat)))} if threat is not None else set()
        threat_st = status(threat, sent, opposes=True) if threateners else st
        actors = linked.actors
        out = []
        for a, b in pairs:
            if a.actor == b.actor or _same_side(actors[a.actor], actors[b.actor]):
                continue
            if pred.patient == "armed" and (not (b.kind == "forces" or actors[b.actor].type == "ArmedGroup")
                                            or (b.end < len(sent.doc) and sent.doc[b.end].tag_ == "POS")):
                continue  # "X joined the Y Front", not "X joined the United Nations" nor "Y's appeal"
            if pred.agent == "nonstate" and (a.kind == "demonym" or actors[a.actor].type == "State"):
                continue  # a state that joins a body is its member
            relation, construction = args.relation or pred.relation, args.construction
            pair_st = st
            if a.actor in threateners and threat_st == "Asserted":
                relation, construction, pair_st = "threatens", "threat", threat_st
            if relation in ("officialOf", "commands"):
                if actors[a.actor].type not in PERSON_TYPES:
                    if pred.nonperson is None:
                        continue
                    relation = pred.nonperson
                else:
                    construction = "role-verb"
            elif actors[b.actor].type in PERSON_TYPES and relation in ("officialOf", "commands"):
                continue
            first = min([tok.i, *(m.start for m in (a, b) if m.end > m.start and sent.start <= m.start < sent.end)])
            last = max([tok.i, *(m.end - 1 for m in (a, b) if m.end > m.start and sent.start <= m.start < sent.end)])
            start, end = evidence_span(sent.doc[first], sent.doc[last], idx)
            who = said_by.actor if said_by is not None and said_by.actor not in (a.actor, b.actor) else None
            out.append(Reading(a.actor, relation, b.actor, start, end, construction, confidence_of(construction),
                               pair_st, who, role=pred.lemma if relation in ("officialOf", "commands") else None,
                               trigger=pred.lemma))
            if pred.leader and actors[b.actor].type in PERSON_TYPES and actors[a.actor].type == "ArmedGroup" \
                    and not args.relation:
                # "fighters loyal to X": X leads them
                out.append(Reading(b.actor, pred.leader, a.actor, start, end, "role-verb", confidence_of("role-verb"),
                                   st, who, role=pred.lemma, trigger=pred.lemma))
        return out
