"""Reading the dependency parse: which tokens stand as a predicate's subject, object and so on,
and which actor a token stands for. Written once, for every predicate of the lexicon.

spaCy's English labels (ClearNLP style): nsubj, nsubjpass, dobj, dative, agent (the "by" of a
passive), prep/pobj, poss, compound, amod, appos, conj, relcl, acl, advcl, xcomp, ccomp, pcomp, attr.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .._lexicon import nouns
from ._lexicon import light_verbs, verb_stems

# Relative pronouns: "X, which backs Y" -- the antecedent is the subject.
WH = frozenset({"which", "who", "that", "whom"})
# Verbs whose object is the subject of their complement: "X helped Y (to) repel Z", "X accused Y of arming Z".
OBJECT_CONTROL = frozenset({"help", "allow", "urge", "force", "order", "ask", "enable", "encourage", "persuade",
                            "push", "pressure", "press", "tell", "compel", "invite", "authorise", "authorize", "let",
                            "accuse", "blame", "charge", "suspect", "credit", "thank", "condemn", "criticise",
                            "criticize", "praise", "assist", "train", "equip", "arm", "deploy", "send", "task",
                            "instruct", "prompt", "require", "call", "want", "expect", "leave"})
# Prepositions that add a companion to the agent: "Russia, alongside Egypt, backs ...",
# "Along with Qatar, the GNA is backed by Italy", "X fights together with Y against Z"
# ("along with" and "together with" are read as "alongside": see prep_word).
COMPANION_PREPS = ("alongside", "as well as")
# Prepositions that mean the same to the reader: "fought beside Y" is "fought alongside Y".
PREP_SYNONYMS = {"beside": "alongside", "upon": "on", "towards": "toward", "amongst": "among"}
# Helpers share in what they help do: "X helped Y repel Z" (X opposes Z too).
HELPERS = frozenset({"help", "assist", "enable", "aid", "support", "back", "join"})
_PART_NOUNS = nouns()["part_nouns"]
# Who sends or orders others to fight shares in the fight: "X ordered troops to confront Y",
# "X deployed soldiers to retake the town from Y" (X opposes Y).
DISPATCHERS = frozenset({"order", "send", "deploy", "dispatch", "mobilise", "mobilize", "command", "direct",
                         "instruct", "task", "rush"})
COPULAS = frozenset({"be", "become", "remain", "stay", "seem", "appear", "emerge", "prove", "turn", "grow"})
# Nouns that stand for the group they belong to: "fighters of the X Front", "members of the X Front".
PARTITIVE = frozenset({"member", "fighter", "unit", "militant", "soldier", "troop", "force", "wing", "faction",
                       "commander", "official", "leader", "leadership", "delegation", "contingent", "element",
                       "remnant", "cell", "branch", "government", "army", "military", "man", "ally", "brigade", "battalion", "regiment",
                       "division", "platoon", "squadron", "detachment", "column",
                       "supporter", "representative", "envoy", "diplomat", "pilot", "officer", "crew", "instructor",
                       "adviser", "advisor", "peacekeeper", "personnel", "mercenary", "contractor"}) \
    | frozenset(nouns()["member_nouns"])  # "X, whose horsemen ...", "X's gunmen": the ones who fight for X
GENERIC_HEADS = nouns()["armed_head"] | nouns()["government_head"] | nouns()["force"] | frozenset(
    {"contractor", "mercenary", "alliance", "bloc", "organisation", "organization", "party", "state", "country", "nation", "kingdom",
     "republic", "federation", "union", "outfit", "operation", "mission", "regime", "leadership", "ministry",
     "opposition"})  # ("the leader of the opposition X Party": the name right after)
SPOKESPEOPLE = nouns()["spokespeople"]
# acts in writing whose signer does what they say: "signed a decree recognising Y"
DOCUMENTS = frozenset({"proclamation", "decree", "order", "executive order", "law", "bill", "resolution", "directive",
                       "declaration", "statement", "communique", "letter", "memorandum"})


# military operations whose launcher does what they do: "X launched an offensive that routed Y"
_OPERATIONS = nouns()["operation"]
_LIGHT = light_verbs()

# spans of time that open "for years to ...": never the subject of the infinitive after them
_SPANS = frozenset({"year", "month", "week", "decade", "day", "hour", "century"})


def operation_agents(noun: Token) -> list[Token]:
    """Who carries out a military operation the noun names, when a relative clause says what the
    operation did: its possessor ("X's offensive, which routed Y"), its "by" phrase ("an assault by
    X that drove Y out"), or the subject of the verb that launched it ("X launched an offensive
    that routed Y"). None for other nouns, or an operation with no named agent."""
    if noun.lemma_.lower() not in _OPERATIONS and noun.lower_ not in _OPERATIONS:
        return []
    agents = [c for c in noun.children if c.dep_ == "poss"]
    agents += [g for c in noun.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
               for g in c.children if g.dep_ == "pobj"]
    if agents:
        return agents
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ in ("VERB", "AUX") and is_light(verb, "positive"):
        return subjects(verb)
    return []


def is_light(verb: Token, kind: str) -> bool:
    """Is ``verb`` a light verb of this kind (light_verbs.json)? By its lemma, with its particle as the
    file writes it ("carry out", "cut off"), or by its form where the lemmatiser errs ("waged" -> "wag",
    "staged" -> "stag")."""
    lemma = verb.lemma_.lower()
    prt = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    if lemma in _LIGHT[kind] or (prt and f"{lemma} {prt[0]}" in _LIGHT[kind]):
        return True
    return any(stem in _LIGHT[kind] for stem in verb_stems(verb.lower_))


def echo_subjects(verb: Token) -> list[Token]:
    """Subjects of an elliptical clause that repeats ``verb`` ("X backed Y, as did Z"; "X condemned Y,
    and so did Z"; "X armed Y, as Z had done"): Z does what the verb's subject did. Found on the verb
    or, for an infinitive ("X vowed to back Y, as did Z"), on the verb it completes."""
    out = []
    for v in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
        for c in v.children:
            if c.dep_ not in ("advcl", "conj") or c.lemma_.lower() not in ("do", "have"):
                continue
            marked = any(g.dep_ == "mark" and g.lower_ == "as" for g in c.children) or any(
                g.dep_ == "advmod" and g.lower_ in ("so", "too", "likewise") for g in c.children)
            # (no object of its own: "as did Z", not "as Z did the work")
            if marked and not any(g.dep_ in ("dobj", "attr", "ccomp", "xcomp") and g.lower_ != "so" for g in c.children):
                out += with_conjuncts([g for g in c.children if g.dep_ == "nsubj"])
    return out


_CALL_ON = frozenset({"call", "appeal", "prevail"})  # "called on Y to ...", "appealed to Y to ...": Y does it


_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})
# companions a clause may open with, its subject put after the verb: "Alongside the army fought Y"
_FRONTED_COMPANIONS = frozenset({"alongside", "beside"})


def inverted_subject(verb: Token) -> list[Token]:
    """'Fighting alongside X is Y', 'Backing X are A and B': a gerund clause fronted before the
    copula, whose subject comes after it (the parser makes the gerund the copula's clausal subject,
    or makes the copula the gerund's auxiliary, after it). 'Alongside X fought Y': a fronted companion
    before a verb with no subject, whose subject comes after it (the parser takes it for the object)."""
    if verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBP") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        before = [c for c in verb.children if c.i < verb.i and c.dep_ not in ("punct", "advmod", "cc")]
        if len(before) == 1 and before[0].dep_ == "prep" and before[0].lower_ in _FRONTED_COMPANIONS:
            after = [c for c in verb.children if c.dep_ in ("dobj", "attr") and c.i > verb.i]
            return after[:1]
    if verb.tag_ != "VBG":
        return []
    if verb.dep_ == "csubj" and verb.head.lemma_ == "be" and verb.head.i > verb.i:
        cop = verb.head
    else:
        cop = next((c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "be" and c.i > verb.i), None)
        if cop is None:
            return []
    # the subject hangs on the copula (attr, nsubj) or, as a second object, on the gerund
    after = [c for c in cop.children if c.dep_ in ("attr", "nsubj") and c.i > cop.i] \
        or [c for c in verb.children if c.dep_ in ("dobj", "attr") and c.i == cop.i + 1 + sum(
            1 for t in verb.doc[cop.i + 1:c.i] if t.dep_ in ("det", "compound", "amod"))]
    return after[:1]


def subjects(verb: Token, *, passive_ok: bool = False) -> list[Token]:
    """The token(s) standing as the subject of ``verb``'s clause: its own subject, or the subject
    it shares -- through coordination ("armed and trained"), control ("continued to arm", "helped
    Y fight" gives Y), relative clauses ("X, which backs") and participles ("forces fighting Y")."""
    node = verb
    for _ in range(8):
        # a passive's subject is the subject of its complement when we climbed to it ("X is
        # expected to back Y"); a noun the parser hung as a verb's compound is its subject
        own = [c for c in node.children if c.dep_ == "nsubj"
               or (c.dep_ == "nsubjpass" and (passive_ok or node is not verb))
               or (c.dep_ == "compound" and c.i < node.i and node.pos_ == "VERB")]
        if own:
            # the subject nearest the verb: a dateline ("PARIS, May 3 -- X said") is no subject
            before = [c for c in own if c.i < node.i]
            s = before[-1] if before else own[0]
            if s.lower_ in _REFLEXIVES and node.dep_ in ("ccomp", "xcomp", "oprd") and node.head is not node:
                node = node.head  # "X found itself allied with Y": the reflexive is the subject of "found"
                continue
            if s.lower_ in WH and node.dep_ == "relcl":
                return operation_agents(node.head) or [node.head]
            if s.lower_ in WH and node.dep_ == "conj" and node.head.dep_ == "relcl":
                return [node.head.head]  # "X, who ruled Y and who now backs Z": the second relative is X's too
            return [s]
        if node is verb:
            inverted = inverted_subject(verb)
            if inverted:
                return inverted
        if node.dep_ in ("relcl", "acl") and node.head.lemma_.lower() in _SPANS and node.head.dep_ == "pobj" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            # "X has tried for years to topple Y" parsed with "to topple" a relative clause of "years":
            # the infinitive is the clause's own
            verb_of = clause_verb(node.head.head)
            if verb_of is not None:
                node = verb_of
                continue
        for_to = _for_to_subject(node)
        if for_to is not None:
            return [for_to]  # "a deal for X to normalise relations with Y": X normalises them
        if node.dep_ == "acl" and node.tag_ == "VBG" and node.head.lemma_.lower() in DOCUMENTS \
                and node.head.dep_ in ("dobj", "pobj") and node.head.head.pos_ in ("VERB", "ADP"):
            # "X signed a proclamation recognising Y": the one who issues the act does what it says
            node = node.head.head if node.head.head.pos_ == "VERB" else node.head.head.head
            continue
        if node.dep_ == "relcl" or (node.dep_ == "acl" and (node.tag_ != "VBN" or node is not verb)):
            return [node.head]  # "forces fighting Y"; "the force, based in X and drawing troops from Y"
        if node.dep_ in ("xcomp", "advcl", "conj", "ccomp", "acomp") and node.head is not node:
            head = node.head
            if node.dep_ == "advcl" and node.tag_ == "VBG" and head.dep_ == "ccomp" and head.head is not head \
                    and any(t.is_quote for t in node.doc[head.i + 1:node.i]) and head.head.i < head.i:
                # 'X said Y's move "has no effect," joining Z in rejecting it': a participle after the
                # quotation closes is the reporting clause's, not the quoted one's
                node = head.head
                continue
            if node.dep_ == "xcomp" and head.lemma_ in OBJECT_CONTROL:
                obj = [c for c in head.children if c.dep_ in ("dobj",)]
                if obj:
                    return [obj[0]]
            if node.dep_ in ("xcomp", "advcl") and head.lemma_ in _CALL_ON and not objects(head) and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
                # "X called on Y to arm Z", "X appealed to Y to stop arming Z": Y is asked to do it
                on = [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")
                      for g in c.children if g.dep_ == "pobj"]
                if on:
                    return [on[0]]
            if node.dep_ == "advcl" and head.lemma_ in OBJECT_CONTROL and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
                # a purpose clause: "X armed Y to take on Z" -- Y takes Z on, at X's behest
                obj = objects(head)
                if obj:
                    return [*obj, *subjects(head)]
            if node.dep_ == "ccomp" and not (node.tag_ == "VB" and head.lemma_ in OBJECT_CONTROL):
                return []  # a reported clause has its own subject, or none we can read
            if node.dep_ == "ccomp":  # "helped Y fight Z" parsed with Y as fight's subject was handled above
                obj = [c for c in head.children if c.dep_ == "dobj"]
                if obj:
                    return [obj[0]]
            node = head
            continue
        if (node.dep_ == "pcomp" or node.dep_ == "pobj" and node.lower_.endswith("ing")) and (
                node.head.dep_ == "prep" or node.head.dep_ == "conj" and node.head.pos_ == "ADP"):
            # a gerund, or one the tagger took for a noun: "accused Y of harbouring and financing Z"
            prep = node.head
            while prep.dep_ == "conj" and prep.head.pos_ == "ADP":
                prep = prep.head  # "accused Y of arming Z and of attacking W": the first "of"
            head = prep.head
            obj = [c for c in head.children if c.dep_ == "dobj"]
            if prep.lower_ in ("of", "for", "with") and obj and head.pos_ in ("VERB", "AUX"):
                if obj[0].lower_ in WH and head.dep_ == "relcl":
                    return [head.head]  # "Y, which X accused of arming Z": the antecedent
                return [obj[0]]  # "accused Y of arming Z"
            if prep.lower_ == "of" and head.dep_ == "dobj" and head.pos_ in ("PROPN", "NOUN") \
                    and head.head.pos_ == "VERB" and not obj:
                return [head]  # "accused neighbouring Y of arming Z" with "of" hung on Y
            if prep.lower_ in ("against", "from") and obj and head.pos_ in ("VERB", "AUX"):
                return []  # "warned Y against attacking Z", "stopped Y from arming Z": it did not happen
            if prep.lower_ == "in" and obj and head.lemma_ in HELPERS:
                return [obj[0], *subjects(head)]  # "X joined Y in repelling Z": both repel Z
            if head.pos_ in ("VERB", "AUX"):
                node = head  # "after attacking Y", "by arming Y"
                continue
            if prep.lower_ == "in" and head.lemma_.lower() in _PART_NOUNS and head.dep_ == "dobj":
                node = head.head  # "X led the charge in accusing Y", "X played a key role in arming Y"
                continue
            return []
        return []
    return []


def _for_to_subject(verb: Token) -> Token | None:
    """The subject of an infinitive introduced by "for": "for X to normalise ...", which the parser
    gives to "for" as its object."""
    to = [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"]
    if not to or to[0].i < 2:
        return None
    before = verb.doc[to[0].i - 1]
    if before.dep_ == "pobj" and before.head.lower_ == "for" and before.head.i < before.i \
            and before.pos_ in ("PROPN", "NOUN", "PRON") and before.lemma_.lower() not in _SPANS:
        return before  # but "tried for years to topple Y": a span of time does nothing
    return None


def passive_agents(verb: Token) -> list[Token]:
    """The objects of a passive's "by": "backed by X and Y"."""
    out = []
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            out += [g for g in c.children if g.dep_ == "pobj"]
    if not out:
        # "Y is listed as a terrorist group by X": the parser hangs "by" on the "as" phrase's noun
        out = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for n in c.children
               if n.dep_ == "pobj" for p in n.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
               for g in p.children if g.dep_ == "pobj"]
    if out:
        # "backed by X and Y, as well as (by) Z": the parser hangs "as well as Z" on the verb
        last = max(o.i for o in out)
        out += [g for c in verb.children if c.i > last and as_well_as(c) for g in as_well_as_objects(c)]
    return out


def as_well_as_objects(cc: Token) -> list[Token]:
    """What follows "as well as": its object, the object of a "by" after it, or the noun the parser
    hung on the verb right after it."""
    out = [g for g in cc.children if g.dep_ == "pobj"]
    out += [o for p in cc.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]
    if not out:
        out = [c for c in cc.head.children if c.dep_ in ("npadvmod", "dobj", "conj", "appos")
               and c.left_edge.i == cc.i + 1 and c.pos_ == "PROPN"]
    return out


def as_well_as(tok: Token) -> bool:
    """Is ``tok`` the last word of "as well as"?"""
    doc = tok.doc
    return tok.lower_ == "as" and tok.i >= 2 and doc[tok.i - 1].lower_ == "well" and doc[tok.i - 2].lower_ == "as"


def passive_subjects(verb: Token) -> list[Token]:
    """What a passive verb is said of: its nsubjpass, the antecedent of a relative pronoun,
    the noun a participle modifies ("Y, backed by X", "forces trained by X")."""
    own = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if own:
        s = own[0]
        return [verb.head] if s.lower_ in WH and verb.dep_ == "relcl" else [s]
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod", "relcl", "appos"):
        return [verb.head]
    if verb.tag_ == "VBN" and verb.dep_ == "advcl":
        # "Backed by X, Y attacked ..." / "Y, backed by X, attacked ...": the main clause's subject;
        # but "Under the deal, announced by X, ..." is said of the noun right before the comma
        doc = verb.doc
        before = doc[verb.i - 2] if verb.i >= 2 and doc[verb.i - 1].text == "," else None
        if before is not None and before.pos_ in ("NOUN", "PROPN") and before.dep_ not in ("nsubj", "nsubjpass"):
            return [before]
        return subjects(verb.head)
    if verb.dep_ == "conj" and verb.tag_ == "VBN":
        # "X pledged allegiance to Y and is led by Z": the first verb's subject
        return passive_subjects(verb.head) or subjects(verb.head)
    if verb.dep_ == "xcomp" and verb.tag_ == "VBN":
        return [c for c in verb.head.children if c.dep_ in ("nsubjpass", "nsubj")][:1]
    return []


def is_passive(verb: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children):
        return True
    return verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod", "advcl") and not any(
        c.dep_ == "dobj" for c in verb.children)


# particles a parse may take for prepositions before an object: "fought off Y", "shot down Y"
_PARTICLE_PREPS = frozenset({"off", "down"})


def objects(verb: Token) -> list[Token]:
    """Direct objects; for a relative clause with its own subject, the antecedent ("Y, which X arms")."""
    out = [c for c in verb.children if c.dep_ in ("dobj",)]
    if out:
        inverted = inverted_subject(verb)  # "Alongside X fought Y": Y is no object
        out = [c for c in out if c not in inverted]
    if not out:
        # "X fought off Y", "X shot down Y's drones": a particle the parser took for a preposition
        out = [g for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1 and c.lower_ in _PARTICLE_PREPS
               and not any(x.dep_ == "prep" for x in c.children) for g in c.children if g.dep_ == "pobj"]
    if out and out[0].lower_ in WH and verb.dep_ == "relcl":
        return [verb.head]
    if out:
        out += _loose_apposition(verb, out[0])
    if not out and verb.dep_ != "relcl":
        # "X armed and trained Y", "accused Y of harbouring and financing Z": the object of the
        # verb coordinated right after is the first verb's too
        nxt = [c for c in verb.children if c.dep_ == "conj" and c.tag_.startswith("VB")
               and any(g.dep_ == "cc" for g in verb.children) and c.i <= verb.i + 3]
        if nxt:
            out = [c for c in nxt[0].children if c.dep_ == "dobj"]
    if not out and verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ not in WH for c in verb.children) \
            and not any(c.lower_ in ("where", "when", "whereby", "why") for c in verb.children):
        return [verb.head]  # "Y, which X arms" -- but in "Mali, where X fights", Mali is only the place
    return out


def _loose_apposition(verb: Token, obj: Token) -> list[Token]:
    """'armed thousands of auxiliaries, the X Volunteers, to ...': the name after the object's comma,
    which the parser often hangs on the verb instead of on the object."""
    doc, k = verb.doc, obj.right_edge.i + 1
    if k + 1 >= len(doc) or doc[k].text != ",":
        return []
    return [c for c in verb.children if c.dep_ in ("npadvmod", "appos") and c.pos_ == "PROPN"
            and c.left_edge.i == k + 1 and c.i > obj.i]


def prep_objects(head: Token, preps: tuple[str, ...] | frozenset[str]) -> list[Token]:
    """Objects of the given prepositions under ``head`` ("fought against Y", "loyal to Y"),
    also two-word ones ("on behalf of", "along with")."""
    out = []
    # "fighting together with Y": the parser may hang "with" on "together"
    children = [*head.children, *(g for c in head.children if c.dep_ == "advmod" and c.lower_ in ("together", "along")
                                  for g in c.children if g.dep_ == "prep")]
    for c in children:
        if c.dep_ not in ("prep", "agent", "dative") and not (
                c.dep_ == "advmod" and c.lower_ in ("alongside", "beside") and any(g.dep_ == "pobj" for g in c.children)):
            continue  # "serve in it, alongside contingents from Y": the parser calls the preposition an adverb
        word = prep_word(c)
        nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
        if nxt is not None and f"{word} {nxt.lower_}" in preps:
            word = f"{word} {nxt.lower_}"  # "on behalf of", "as well as"
        if word in preps:
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if not objs:  # "on behalf of X", "along with X": X hangs on the second word
                objs = [g for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
            out += objs
    return out


def prep_word(prep: Token) -> str:
    """A preposition as the lexicon writes it: synonyms folded ("beside", "together with" and
    "along with" are "alongside")."""
    prev = prep.doc[prep.i - 1].lower_ if prep.i > 0 else ""
    nxt = prep.doc[prep.i + 1].lower_ if prep.i + 1 < len(prep.doc) else ""
    if (prep.lower_ == "with" and prev in ("together", "along")) or (prep.lower_ in ("along", "together") and nxt == "with"):
        return "alongside"
    return PREP_SYNONYMS.get(prep.lower_, prep.lower_)


def datives(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]


def _members_named(head: Token) -> list[Token]:
    """'the rebel groups, including X', 'its allies, in particular X': the names a noun's list singles out."""
    out = prep_objects(head, ("including", "notably", "especially"))
    out += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i + 1 < len(c.doc)
            and c.doc[c.i + 1].lower_ == "particular" for g in c.children if g.dep_ == "pobj"]
    # "A and its allies, in particular B" parsed with B an apposition of A that carries "in particular"
    out += [c for c in head.children if c.dep_ == "appos" and any(
        g.dep_ == "prep" and g.lower_ == "in" and g.i + 1 < len(g.doc) and g.doc[g.i + 1].lower_ == "particular"
        for g in c.children)]
    return [t for t in out if t.i > head.i]


def with_conjuncts(tokens: list[Token]) -> list[Token]:
    """Each token and those coordinated with it ("Turkey, Qatar and Italy"), and companions
    ("Russia, alongside Egypt, ...")."""
    out: list[Token] = []
    for t in tokens:
        companions_ = prep_objects(t, COMPANION_PREPS)
        # "designated A, the alliance of ..., and B, the gang ...": the parser coordinates B with A's
        # apposition; a name coordinated there is the list's next member
        after_appos = [x for a in t.children if a.dep_ == "appos" and a.pos_ == "NOUN"
                       for x in a.conjuncts if x.pos_ == "PROPN" and x.i > a.i]
        # "The Republic of X and Y support Z": the parser coordinates Y with the formal name's last word
        after_appos += [x for p in t.children if t.pos_ == "PROPN" and p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"
                        for x in o.conjuncts if x.pos_ == "PROPN" and x.i > o.i]
        for c in (t, *t.conjuncts, *companions_, *(x for p in companions_ for x in p.conjuncts), *after_appos,
                  *(x for h in (t, *t.conjuncts) for m in _members_named(h) for x in (m, *m.conjuncts))):
            if c not in out:
                out.append(c)
    return out


def companions(verb: Token, preps: tuple[str, ...]) -> list[Token]:
    """Companions of the agent hung on the verb ("Along with Qatar, Y is backed by X"), unless the
    predicate itself takes that preposition ("fight alongside Y")."""
    return prep_objects(verb, tuple(p for p in COMPANION_PREPS if p not in preps))


def helpers(verb: Token) -> list[Token]:
    """'X helped Y repel Z': the subject of the helping verb shares in the act."""
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_ in HELPERS:
        return subjects(verb.head)
    if verb.dep_ in ("xcomp", "ccomp", "advcl") and verb.head.lemma_ in DISPATCHERS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return subjects(verb.head)  # "X sent troops to fight Y": X fights Y through them
    if verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "dobj" and verb.head.head.lemma_ in DISPATCHERS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return subjects(verb.head.head)  # the same, with "to fight Y" parsed as a modifier of "troops"
    return []


def each_other(tokens: list[Token]) -> bool:
    """'A and B fought each other', 'clashed with one another': a reciprocal object."""
    return any(t.lower_ in ("other", "another", "one") and any(c.lower_ in ("each", "one", "another")
                                                              for c in t.children)
               or t.lower_ == "other" and t.i > 0 and t.doc[t.i - 1].lower_ == "each"
               or t.lower_ == "another" and t.i > 0 and t.doc[t.i - 1].lower_ == "one" for t in tokens)


def copular_subjects(tok: Token) -> list[Token]:
    """What a predicate noun or adjective is said of: "X is Y's backer", "X, a close ally of Y",
    "X emerged as a backer of Y", "Y's patron X", "forces loyal to Y"."""
    if tok.dep_ in ("attr", "acomp", "oprd") and tok.head.lemma_ in COPULAS:
        return subjects(tok.head)
    if tok.dep_ == "appos":
        return [tok.head]
    if tok.dep_ == "conj":
        return copular_subjects(tok.head)
    if tok.dep_ == "nsubj" and tok.pos_ == "NOUN" and (tok.head.lemma_ in COPULAS or tok.head.lemma_ == "include"):
        # "Y, whose backers include X", "Y's main backer is X": what the noun is said to be
        named = [c for c in tok.head.children if c.dep_ in ("attr", "dobj") and c.i > tok.i]
        if named:
            return named
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in ("one", "some", "several", "two",
                                                                                 "three", "many", "each"):
        return copular_subjects(tok.head.head)  # "X is one of the main contributors to Y"
    if tok.head.lower_ in ("as", "among") and tok.dep_ in ("pobj", "amod", "acomp", "advmod"):
        # "X emerged as a backer of Y", "analysts see X as supportive of Y", "X is among the contributors"
        gov = tok.head.head
        if gov.pos_ in ("VERB", "AUX"):
            obj = [c for c in gov.children if c.dep_ == "dobj"]
            return obj[:1] if obj else subjects(gov, passive_ok=True)
        if gov.pos_ in ("NOUN", "PROPN"):
            return [gov]
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ in ("PROPN", "NOUN"):
        return [tok.head]  # "Hezbollah's ally Hamas", "forces loyal to Y"
    named = [c for c in tok.children if c.dep_ == "appos"]
    if named:
        return named  # "Y's main backer, X"
    if tok.dep_ in ("acl", "relcl"):
        return [tok.head]
    return []


def clause_verb(tok: Token) -> Token | None:
    """The verb a phrase hangs on: "Y advanced with help from X" -> advanced."""
    node = tok
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and node is not tok:
            return node
        if node.head is node:
            return node if node.pos_ in ("VERB", "AUX") else None
        node = node.head
    return None


def sentence_tokens(sent: Span) -> range:
    return range(sent.start, sent.end)
