"""Which actor a token of the parse stands for.

The actor stage marks mentions (names, demonyms, seats, descriptions, forces, pronouns);
an argument found in the parse is often a token near one: the head of "the Wagner group",
"fighters of the X Front", "Russian officials", "the movement" in apposition to a name.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .._docmemo import doc_text
from .._lexicon import nouns
from .._actors import LinkedDoc, Mention
from .._actors._words import NAMING_VERBS, words
from .._vocab import norm_name
from ._lexicon import light_verbs
from ._syntax import (COPULAS, GENERIC_HEADS, PARTITIVE, SPOKESPEOPLE, objects, passive_agents, passive_subjects,
                      prep_objects, subjects, with_conjuncts)

ACTION_NOUNS = nouns()["action"]
# acts a definite noun can refer back to: "W condemned the move" after "X recognised Y"
ANAPHORIC_ACTS = frozenset({"move", "decision", "step", "measure", "announcement", "recognition", "proclamation",
                            "declaration"})
# military operations and the verbs of attack: "X shelled the port. Y condemned the attack" (any of them
# names any other's act)
OPERATIONS = nouns()["operation"]
ATTACK_VERBS = nouns()["attack_verbs"]
GENERIC_OPERATIONS = nouns()["generic_operations"]
AIR_ATTACKS = nouns()["air_attacks"]
PLATFORMS = nouns()["platform"]  # "Israeli jets struck Y": the weapon stands for whoever uses it
_DOING_VERBS = light_verbs()["positive"]  # "the steps X took", "the offensive X launched"
# a state's formal heads, in lower case before its name too: "the neighbouring republic of X"
FORMAL_STATE_HEADS = words("formal_state_heads")
_STATE_NOUNS = frozenset({"state", "country", "nation", "government", "authorities", "authority", "regime",
                          "administration", "leadership", "cabinet", "junta", "presidency", "ministry"})
# nouns for a body made of several groups: "X, an umbrella of factions" -- the factions together are X
UMBRELLAS = frozenset({"umbrella", "coalition", "alliance", "network", "grouping", "federation", "confederation",
                       "bloc", "collection", "constellation", "patchwork", "conglomerate", "consortium"})
# a group's regional divisions: "the group's Afghan branch" is no part of Afghanistan
_DIVISIONS = frozenset({"branch", "wing", "faction", "cell", "remnant", "element"})
# "a rival wing of X", "a breakaway faction of X": a division split from X is not X
_SPLIT_DIVISIONS = _DIVISIONS | {"government", "administration", "leadership", "group", "movement", "party", "militia",
                                  "offshoot", "camp", "bloc"}
# a person's government is a state's, not the person: "Petro's government", "the Biya administration"
_GOVERNMENTS = frozenset({"government", "administration", "cabinet", "regime", "junta"})
_SPLIT_OFF = frozenset({"rival", "breakaway", "splinter", "dissident", "renegade"})


def split_off(tok: Token) -> bool:
    return tok.lemma_.lower() in _SPLIT_DIVISIONS and any(
        c.dep_ in ("amod", "compound", "nmod") and c.lower_ in _SPLIT_OFF for c in tok.children)


QUANTITIES = frozenset({"dozen", "dozens", "tens", "hundred", "hundreds", "thousand", "thousands", "score", "scores", "number",
                        "handful", "group", "unit", "batch", "contingent", "team", "some", "many", "several", "most"})


class ActorIndex:
    def __init__(self, linked: LinkedDoc, acts: frozenset[str] = frozenset(), verbs: frozenset[str] = frozenset(),
                 kb=None) -> None:
        self.linked = linked
        self.kb = kb  # the actor base: seats of power the actor stage left as places ("governments in Bogota")
        self.acts = acts  # nouns of acts ("strike", "raid"): "a US strike killed X" -- the US did
        self.verbs = verbs  # predicate verbs: one tagged as a noun inside a phrase means a broken parse
        self.text = doc_text(linked.doc)  # built once: Doc.text joins every token on each call
        # the sentence of each token (spaCy's Token.sent walks the document on every call)
        self._sents: list[Span] = []
        for sent in linked.doc.sents:
            self._sents += [sent] * len(sent)
        self.at: dict[int, Mention] = {}
        # a plural anaphor of a set ("the two factions", "they" after "A and B"): one mention per member,
        # expanded like a coordination by ``resolve``; no single actor stands at its tokens
        self.groups: dict[int, list[Mention]] = {}
        # the state (or government) each official holds office in, once the role reader has read the roles:
        # "Y is hostile to X's government" (X its president) is hostile to X's state
        self.offices: dict[str, str] = {}
        # names first; pronouns and definite descriptions the actor stage resolved fill the rest
        for m in [*linked.mentions, *linked.anaphora]:
            if m.kind == "group":
                for i in range(m.start, m.end):
                    self.groups.setdefault(i, []).append(m)
                continue
            for i in range(m.start, m.end):
                self.at.setdefault(i, m)

    def sent_of(self, tok: Token) -> Span:
        return self._sents[tok.i]

    def type_of(self, m: Mention) -> str:
        return self.linked.actors[m.actor].type

    def is_person(self, m: Mention) -> bool:
        return self.type_of(m) in ("Person", "Official")

    def of(self, tok: Token, *, modifier: bool = False, _depth: int = 0) -> Mention | None:
        """The actor ``tok`` stands for. A demonym ("Russian") stands for its state only as a
        modifier ("Russian support", "Kenyan-led") or as a plural noun ("the Russians")."""
        m = self.at.get(tok.i)
        if m is not None and m.kind == "forces" and m.end == tok.i + 1 and tok.lemma_.lower() in PARTITIVE:
            # "fighters of the Russian mercenary outfit Wagner": the named group they belong to,
            # not the forces of the state the actor stage took them for
            named = [self.at[g.i] for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj" and g.i in self.at and self.at[g.i].kind == "name"]
            if named and named[0].actor != m.actor and self.type_of(named[0]) == "ArmedGroup":
                return named[0]
        if m is not None:
            if m.kind == "demonym" and not modifier and tok.tag_ not in ("NNPS", "NNS"):
                return None
            return m
        if tok.lower_ == "whose":  # "Boko Haram, whose insurgency ...": the relative clause's antecedent
            node = tok.head
            for _ in range(4):
                if node.dep_ == "relcl":
                    ante = node.head
                    # "a force raised in fishing villages, whose fighters ...", "a firm registered in X whose
                    # contractors ...": the noun the participle describes, not the place or stock it names
                    if ante.dep_ == "pobj" and ante.head.dep_ == "prep" and ante.head.head.dep_ == "acl" \
                            and ante.head.head.tag_ == "VBN" and ante.head.head.head.pos_ == "NOUN":
                        found = self.of(ante.head.head.head, _depth=_depth + 1)
                        if found is not None:
                            return found
                    return self.of(ante, _depth=_depth + 1)
                if node.head is node:
                    break
                node = node.head
            return None
        if _depth > 2:
            return None
        lemma = tok.lemma_.lower()
        generic = lemma in GENERIC_HEADS or tok.lower_ in GENERIC_HEADS  # ("rebels": its lemma is the verb's)
        if generic and lemma in _DIVISIONS:
            # "a dissident X faction, the Y Brigade": the faction is the group its apposition names, not X
            for c in tok.children:
                if c.dep_ == "appos" and c.i in self.at and self.at[c.i].kind == "name":
                    return self.at[c.i]
            if split_off(tok):
                return None  # "a breakaway X faction": split from X, not X
        if generic:
            # "the Wagner group", "the M23 rebels", "the Hezbollah movement"
            for c in tok.children:
                if c.dep_ in ("compound", "nmod") and c.i in self.at and self.at[c.i].kind != "demonym":
                    return self.at[c.i]
            # "the armed group Tamzul", "the rebel group X": the name right after the type noun, whatever the
            # parser hung it on (not the subject of a reduced relative: "the militia Russia backs")
            nxt = self.at.get(tok.i + 1)
            after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if nxt is not None and nxt.kind == "name" and nxt.start == tok.i + 1 and tok.is_lower \
                    and not tok.whitespace_ == "" and not (after.dep_ in ("nsubj", "nsubjpass") and after.head.i > after.i):
                return nxt
        if lemma in _STATE_NOUNS or lemma in FORMAL_STATE_HEADS:
            ruler = self._ruler(tok) if lemma in _GOVERNMENTS else None
            if ruler is not None:
                return self._state_of(ruler, tok.doc[ruler.start])  # "X's government" is X's state, never X
            # "prop up the authorities in Mali" with "in Mali" hung on the verb, right after its object
            nxt = tok.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(tok.doc) else None
            hung = [nxt] if tok.dep_ == "dobj" and nxt is not None and nxt.dep_ == "prep" and nxt.lower_ == "in" \
                and nxt.head.i == tok.head.i and lemma not in ("state", "country", "nation") else []
            for c in [*tok.children, *hung]:
                # "the neighbouring republic of X", "the kingdom of X", "the small country of X": X
                if c.dep_ == "prep" and c.lower_ == "of":
                    for g in c.children:
                        m = self.at.get(g.i)
                        if g.dep_ == "pobj" and m is not None and self.type_of(m) == "State":
                            return m
                m = self.at.get(c.i)
                # "the Nigerian state", "the Somali government": the state itself
                if c.dep_ in ("amod", "compound") and m is not None and self.type_of(m) == "State":
                    return m
                # "the government in Khartoum", "successive governments in Bogota"
                if c.dep_ == "prep" and c.lower_ == "in":
                    for g in c.children:
                        if g.dep_ == "pobj":
                            m = self.at.get(g.i) or self._seat(g)
                            if m is not None and m.kind == "seat":
                                return m
                            if m is not None and m.kind == "name" and self.type_of(m) == "State" \
                                    and lemma not in ("state", "country", "nation"):
                                return m  # "the military authorities in Mali": Mali's
        if tok.dep_ == "appos" and lemma not in ANAPHORIC_ACTS:  # ("X recognised Y, a move Z denounced": not Y)
            found = self.of(tok.head, _depth=_depth + 1)  # "Hezbollah, the Shia movement, ...": the movement is Hezbollah
            if found is not None and generic and self.is_person(found):
                return None  # "X, president of Y, the separatist movement backed by Z": the movement is not X
            return found
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in UMBRELLAS \
                and tok.head.head.dep_ == "appos":
            # "X, an umbrella of Iran-aligned factions": the factions, taken together, are X
            return self.of(tok.head.head, _depth=_depth + 1)
        mistagged = tok.is_lower and tok.tag_ == "NN" and tok.lower_ in self.verbs \
            and not generic  # "helped Y repel Z" misparsed (not "the rebel group, X")
        for c in ([] if mistagged else tok.children):
            if c.dep_ == "appos" and c.i in self.at and self.at[c.i].kind != "demonym":
                return self.at[c.i]  # "thousands of auxiliaries, the X Volunteers": they are X
            named = self._named(c)  # "a former teacher named X", "a militia called X", "a preacher known as X": X
            if named is None and c.dep_ == "appos" and c.i not in self.at and c.pos_ == "NOUN":
                # "Its leader, a former boxer named X, ...": the leader is X, whom the apposition names
                named = next((n for g in c.children for n in [self._named(g)] if n is not None), None)
            if named is not None:
                return named
        if (lemma in PARTITIVE or lemma in SPOKESPEOPLE) and not split_off(tok):
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "from", "for"):
                    for g in c.children:
                        if g.dep_ == "pobj":
                            found = self.of(g, _depth=_depth + 1)
                            if found is not None:
                                return found
                if c.dep_ == "poss" and c.lower_ == "whose":
                    found = self.of(c, _depth=_depth + 1)  # "X, whose officials have accused Y": X's
                    if found is not None:
                        return found
                if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in self.at:
                    if self.at[c.i].kind == "demonym" and (lemma in _DIVISIONS or any(g.dep_ == "poss" for g in tok.children)):
                        continue  # "the group's Afghan branch": the possessor's, not the demonym's state
                    return self.at[c.i]  # "Russian officials", "the group's fighters"
        return None

    def _state_of(self, person: Mention, tok: Token) -> Mention | None:
        """'Petro's government', 'the Biya regime': the state the person holds office in (the role reader's),
        else the state of the person (the actor base's nationality); none where neither is known -- the
        government is not the person."""
        state = self.offices.get(person.actor) or self.linked.actors[person.actor].nationality
        if state is None or state not in self.linked.actors or state == person.actor:
            return None
        return Mention(tok.i, tok.i + 1, state, "description")

    def _named(self, c: Token) -> Mention | None:
        """The name a participle of naming gives: "named X", "called X", "known as X"."""
        if c.dep_ == "acl" and c.tag_ == "VBN" and (c.lemma_ in NAMING_VERBS or c.lower_ == "known"):
            return next((self.at[g.i] for g in c.subtree if g.i > c.i and g.i in self.at
                         and self.at[g.i].kind == "name" and g.i - c.i <= 3), None)
        return None

    def resolve(self, tok: Token, *, modifier: bool = False) -> list[Mention]:
        """Every actor ``tok`` stands for: itself, or a list it heads ("the foreign ministers of
        A, B and C"), or the possessor of an act ("condemned X's plans", "repelled X's attack")."""
        lemma = tok.lemma_.lower()
        if tok.i not in self.at and tok.i in self.groups:
            return list(self.groups[tok.i])  # "the two factions", "they": the set, as a coordination
        if tok.i not in self.at and (lemma in QUANTITIES or tok.like_num) and not split_off(tok):
            # "dozens of ISWAP fighters", "hundreds of Wagner mercenaries"
            found = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj"]
            listed = self.resolve(found[0], modifier=modifier) if found else []
            if listed:
                return listed  # else "thousands of auxiliaries, the X Volunteers": the apposition below
        # "Haitian police officers and personnel of Y": the officers are the forces their modifiers name
        own_forces = any(c.dep_ in ("compound", "amod") and c.i in self.at and self.at[c.i].kind == "forces"
                         for c in tok.children)
        if tok.i not in self.at and (lemma in PARTITIVE or lemma in SPOKESPEOPLE) and not split_off(tok) \
                and not own_forces:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                    found = [x for g in c.children if g.dep_ == "pobj" for x in (g, *g.conjuncts)]
                    listed = [x for x in (self.of(g) for g in found) if x is not None]
                    listed = listed or [x for g in found for x in self.groups.get(g.i, ())]
                    if listed:
                        return listed
                if c.dep_ == "poss" and c.i in self.groups and c.i not in self.at:
                    return list(self.groups[c.i])  # "their fighters" after "A and B": the set's
        m = self.of(tok, modifier=modifier)
        if m is not None:
            return [m]
        if lemma in ACTION_NOUNS or tok.lower_ in ACTION_NOUNS or lemma in self.acts or lemma in ANAPHORIC_ACTS or (
                tok.lower_ in PLATFORMS and (tok.dep_ == "nsubj" or tok.dep_ == "pobj" and tok.head.lower_ == "by")):
            # "condemned X's plans", "repelled X incursions", "a US drone strike killed ...":
            # the act stands for whoever carries it out
            owners = [c for c in tok.children if c.dep_ in ("poss", "compound", "nmod", "amod")]
            owners += [g for c in owners if c.dep_ == "compound" for g in c.children if g.dep_ in ("compound", "amod")]
            if any(t.is_lower and t.pos_ == "NOUN" and t.i < tok.i and t.lower_ in self.verbs for t in tok.subtree):
                return []  # "helped the GNA repel X's offensive" parsed as one noun phrase: no act of X's here
            found = [x for x in (self.of(o, modifier=True) for o in owners) if x is not None]
            # "condemned the attacks by X", "repelled an attack by X and Y", "foiled an attempt by X to storm it",
            # "rejected every demand from X" (not "attacks from Y": for a hostile act "from" names where it came from)
            doer_preps = ("by",) if lemma in self.acts else ("by", "from")
            found = found or [x for x in (self.of(t) for t in with_conjuncts(prep_objects(tok, doer_preps)))
                              if x is not None]
            found = found or [x for x in (self.of(t) for t in attributed(tok)) if x is not None]
            # "supported the steps X had taken", "condemned the offensive X launched": the act's doer is the
            # subject of the clause that names it (a contact clause: no "which" of its own)
            # (only a verb that carries the act out: in "a move Y denounced" Y reacts to it)
            found = found or [x for c in tok.children if c.dep_ == "relcl" and c.i > tok.i
                              and c.lemma_.lower() in _DOING_VERBS
                              and not any(g.tag_ in ("WDT", "WP", "WP$") for g in c.children)
                              for s in c.children if s.dep_ == "nsubj" for x in [self.of(s)] if x is not None]
            return found or self._apposed_act(tok) or self._act_before(tok) or self._hostile_act_before(tok)
        return []

    def _ruler(self, tok: Token) -> Mention | None:
        """The person whose government, regime or administration ``tok`` is: 'X's government', 'the X
        administration', 'the government of President X'."""
        owners = [c for c in tok.children if c.dep_ in ("poss", "compound")]
        owners += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"]
        return next((m for o in owners for m in [self.at.get(o.i)] if m is not None and self.is_person(m)), None)

    def _apposed_act(self, tok: Token) -> list[Mention]:
        """'X granted Y observer status, a decision Z condemned': an act noun in apposition to what a
        clause did is that clause's act -- its doer is the clause's subject."""
        if tok.lemma_.lower() not in ANAPHORIC_ACTS or tok.dep_ != "appos" \
                or any(c.dep_ in ("poss", "prep", "compound") for c in tok.children):
            return []
        node = tok.head
        for _ in range(4):
            if node.pos_ in ("VERB", "AUX"):
                return [x for x in (self.of(s) for s in with_conjuncts(subjects(node))) if x is not None]
            if node.head is node:
                break
            node = node.head
        return []

    def _act_before(self, tok: Token) -> list[Mention]:
        """'X recognised Y's claim ... Z hailed X's decision. W condemned the move': a bare definite act
        noun refers back to the last act the sentence before names with its doer."""
        if tok.lemma_.lower() not in ANAPHORIC_ACTS or tok.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass") \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) \
                or any(c.dep_ in ("prep", "acl", "relcl", "amod", "compound") for c in tok.children):
            return []
        before = self._sentence_before(tok)
        if before is None:
            return []
        for t in reversed(before):
            lemma = t.lemma_.lower()
            if t.pos_ != "NOUN" or not (lemma in ACTION_NOUNS or lemma in self.acts) or t.lemma_.lower() == "role":
                continue
            owners = [c for c in t.children if c.dep_ in ("poss", "compound", "nmod", "amod")]
            found = [x for x in (self.of(o, modifier=True) for o in owners) if x is not None]
            if found:
                return found
        return []

    def _sentence_before(self, tok: Token) -> Span | None:
        """The sentence before ``tok``'s, past a paragraph break's blank lines; None at the start."""
        start = self.sent_of(tok).start
        while start > 0 and all(t.is_space for t in self.sent_of(tok.doc[start - 1])):
            start = self.sent_of(tok.doc[start - 1]).start
        return self.sent_of(tok.doc[start - 1]) if start > 0 else None

    def _hostile_act_before(self, tok: Token) -> list[Mention]:
        """'X launched an offensive against Y. Z condemned the offensive': a bare definite hostile act
        ("the offensive", "the strikes", "the raid") refers back to the act of the same name in the
        sentence before -- its doer is the possessor ("X's offensive"), the subject of the light verb
        ("X launched an offensive") or of the verb of the same word ("X raided Y. Z condemned the raid").
        A generic one refers back to any attack ("X shelled the port. Y condemned the attack"; "X launched
        strikes. Z joined the operation"), an air attack to one of its family ("X's jets bombed Y. Z
        condemned the raids")."""
        lemma = tok.lemma_.lower()
        operation = lemma in OPERATIONS
        if not (lemma in self.acts or operation) or tok.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass") \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these") for c in tok.children) \
                or any(c.dep_ in ("prep", "acl", "relcl", "compound", "poss") or (c.dep_ == "amod" and c.i in self.at)
                       for c in tok.children):
            return []
        before = self._sentence_before(tok)
        # (and earlier in its own: "X struck Y on Monday, and Z condemned the strikes")
        earlier = (list(before) if before is not None else []) + list(tok.doc[self.sent_of(tok).start:tok.i])
        for t in reversed(earlier):
            other = t.lemma_.lower()
            same = other == lemma or operation and (
                lemma in GENERIC_OPERATIONS and other in (ATTACK_VERBS if t.pos_ == "VERB" else OPERATIONS)
                or lemma in AIR_ATTACKS and other in AIR_ATTACKS)
            if not same or t.i == tok.i:
                continue
            if t.pos_ == "VERB":
                # ("NATO jets bombed Y": the jets' owner)
                doers = [x for s in with_conjuncts(subjects(t)) for x in self.resolve(s)]
            else:
                owners = [c for c in t.children if c.dep_ in ("poss", "compound", "nmod", "amod")]
                doers = [x for x in (self.of(o, modifier=True) for o in owners) if x is not None]
                if not doers and t.dep_ == "dobj" and t.head.pos_ == "VERB":
                    doers = [x for x in (self.of(s) for s in with_conjuncts(subjects(t.head))) if x is not None]
            if doers:
                return doers
        return []

    def _seat(self, tok: Token) -> Mention | None:
        """A capital named as a place, read as its state: 'the government in Kabul'."""
        if self.kb is None or tok.pos_ != "PROPN":
            return None
        span = tok.doc[tok.left_edge.i:tok.i + 1] if tok.left_edge.i < tok.i else tok.doc[tok.i:tok.i + 1]
        for cand in (span, tok.doc[tok.i:tok.i + 1]):
            iri = self.kb.by_seat.get(norm_name(cand.text))
            if iri is not None and iri in self.kb.actors:
                self.linked.actors.setdefault(iri, self.kb.actors[iri].copy())
                return Mention(cand.start, cand.end, iri, "seat")
        return None

    def forces_of(self, m: Mention) -> Mention:
        """The armed forces the actor base knows for a state mention, else the state itself."""
        if self.kb is None or self.type_of(m) != "State":
            return m
        iri = self.kb.forces_of.get(m.actor)
        if iri is None or iri not in self.kb.actors:
            return m
        self.linked.actors.setdefault(iri, self.kb.actors[iri].copy())
        return Mention(m.start, m.end, iri, "forces")

    def place_state(self, tok: Token) -> Mention | None:
        """A destination read as the state it names or is the capital of: "sent troops to Bangui
        at the government's request" (the actor stage leaves a destination a place)."""
        m = self._seat(tok)
        if m is not None or self.kb is None or tok.pos_ != "PROPN":
            return m
        span = tok.doc[tok.left_edge.i:tok.i + 1]
        iri = self.kb.by_name.get(norm_name(span.text))
        if iri is not None and iri in self.kb.actors and self.kb.actors[iri].type == "State":
            self.linked.actors.setdefault(iri, self.kb.actors[iri].copy())
            return Mention(span.start, span.end, iri, "seat")
        # a state the article names elsewhere as an actor (one the knowledge base does not know)
        named = [a for a in self.linked.actors.values() if a.type == "State" and a.label == span.text]
        return Mention(span.start, span.end, named[0].iri, "seat") if len(named) == 1 else None

    def people_of(self, tok: Token) -> Mention | None:
        """A plural demonym as a noun, read as its state where a construction says they serve it:
        "Rwandans serving with Y" (the actor stage leaves a people no actor)."""
        if self.kb is None or tok.tag_ not in ("NNS", "NNPS") or not tok.text[:1].isupper() \
                or not tok.lower_.endswith("s"):
            return None
        iri = self.kb.by_demonym.get(norm_name(tok.text[:-1]))
        if iri is None or iri not in self.kb.actors or self.kb.actors[iri].type != "State":
            return None
        self.linked.actors.setdefault(iri, self.kb.actors[iri].copy())
        return Mention(tok.i, tok.i + 1, iri, "demonym")

    def all(self, tokens, *, modifier: bool = False) -> list[Mention]:
        out: list[Mention] = []
        for t in tokens:
            for m in self.resolve(t, modifier=modifier):
                if all(m.actor != o.actor for o in out):
                    out.append(m)
        return out


# "the attack, claimed by X", "attacks attributed to X", "blamed on X"
_ATTRIBUTING = {"claim": ("by",), "carry": ("by",), "conduct": ("by",), "launch": ("by",), "stage": ("by",),
                "mount": ("by",), "perpetrate": ("by",), "commit": ("by",), "attribute": ("to", "by"),
                "blame": ("on",), "ascribe": ("to",), "link": ("to",)}
_HOLD_RESPONSIBLE = frozenset({"hold", "consider", "deem", "find", "believe", "call", "name"})
_BLAME_FOR = frozenset({"blame", "accuse", "fault", "condemn", "punish", "sanction"})
_OWN_UP = frozenset({"claim", "accept", "admit", "bear", "take"})
_MARKS = frozenset({"hallmark", "footprint", "fingerprint", "signature", "stamp"})


def attributed(act: Token) -> list[Token]:
    """Who an act with no possessor is laid at the door of: "the attack, claimed by X", "attacks
    attributed to X", "X claimed (responsibility for) the attack", "Y holds X responsible for the
    attack", "Y blamed X for the attack"."""
    out: list[Token] = []
    for c in act.children:
        preps = _ATTRIBUTING.get(c.lemma_.lower())
        if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN" and preps:
            out += passive_agents(c) if "by" in preps else []
            out += prep_objects(c, tuple(p for p in preps if p != "by"))
    preps = _ATTRIBUTING.get(act.head.lemma_.lower())
    if act.dep_ == "nsubjpass" and preps:  # "the raid was blamed on X", "the attack was carried out by X"
        out += (passive_agents(act.head) if "by" in preps else []) + prep_objects(act.head, tuple(p for p in preps if p != "by"))
    if act.dep_ == "nsubj" and act.head.lemma_.lower() in ("bear", "have", "carry"):
        # "the attack bore the hallmarks of X": the marks name who did it
        out += [t for c in act.head.children if c.dep_ == "dobj" and c.lemma_.lower() in _MARKS
                for t in prep_objects(c, ("of",))]
    if act.dep_ == "dobj" and act.head.lemma_.lower() == "claim":
        out += subjects(act.head)  # "X claimed the attack"
    if act.dep_ == "pobj" and act.head.lower_ == "for":
        gov = act.head.head
        lemma = gov.lemma_.lower()
        if gov.lower_ == "responsible":
            verb = gov.head
            if gov.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and verb.lemma_.lower() in _HOLD_RESPONSIBLE:
                out += objects(verb) or passive_subjects(verb)  # "Y holds X responsible", "X was held responsible"
            elif gov.dep_ == "acomp" and verb.lemma_.lower() in COPULAS:
                out += subjects(verb)  # "X was responsible for the attack"
            elif gov.dep_ in ("amod", "acl") and gov.head.pos_ in ("NOUN", "PROPN"):
                out.append(gov.head)  # "the group responsible for the attack"
        elif lemma == "responsibility" and gov.dep_ == "dobj" and gov.head.lemma_.lower() in _OWN_UP:
            out += subjects(gov.head)  # "X claimed responsibility for the attack"
        elif lemma in _BLAME_FOR and gov.pos_ == "VERB":
            out += objects(gov) or passive_subjects(gov)  # "Y blamed X for the attack"
    return out
