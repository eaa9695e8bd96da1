"""Constructions: where a predicate's arguments sit in the parse, for each frame of the lexicon.

Each frame reader takes a trigger token and its lexicon entry and returns ``Args``: the agent and
patient actors and the construction that found them. A construction is a class of English
(passive, hyphen compound, relative clause, light verb ...), so adding one here makes it work
for every predicate of its frame. The table CONSTRUCTIONS names each with its prior confidence.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from .._lexicon import nouns, status_words
from .._actors import Mention
from ._actors_at import ACTION_NOUNS, QUANTITIES, ActorIndex, attributed, split_off
from ._lexicon import Predicate, default_lexicon, verb_stems
from ._status import SPEECH, speaker
from ._syntax import (WH, COPULAS, GENERIC_HEADS, clause_verb, inverted_subject, companions, copular_subjects, datives, each_other, helpers, is_light, is_passive, objects,
                      passive_agents, passive_subjects, prep_objects, prep_word, subjects, with_conjuncts)


@dataclass(frozen=True)
class Construction:
    id: str
    description: str
    prior: float  # the author's confidence, before calibration on annotated articles


CONSTRUCTIONS = {c.id: c for c in (
    Construction("active", "X backs Y; X fought against Y (subject and object of the predicate's clause)", 0.85),
    Construction("coordinated-verb", "X armed and trained Y (a verb sharing its subject with the one before)", 0.8),
    Construction("relative-clause", "X, which backs Y; Y, which X arms", 0.8),
    Construction("control", "X continued to arm Y; X helped Y repel Z; X vowed to fight Y", 0.75),
    Construction("gerund", "A accused X of arming Y; X, by arming Y, ...", 0.75),
    Construction("passive", "Y is backed by X", 0.85),
    Construction("participle", "Y, backed by X, ...; forces trained by X", 0.85),
    Construction("hyphen-compound", "the X-backed Y; the Y-aligned X", 0.85),
    Construction("transfer", "X sent troops to Y; X provided Y with drones; X gave Y money", 0.8),
    Construction("support-against", "X sent troops to reinforce Y against Z; X sided with Y against Z; X joined Y in "
                 "its fight against Z (X and Y oppose Z)", 0.75),
    Construction("receive", "Y received weapons from X; Y relies on X", 0.8),
    Construction("demand-departure", "X demanded that Y withdraw; X urged Y to leave; X forced Y to resign", 0.75),
    Construction("loss", "Y lost the port to X; Y's stronghold fell to X (the winner fights the loser)", 0.75),
    Construction("revenge", "X vowed to avenge the killing of Y by Z (X fights the killer)", 0.7),
    Construction("leave", "X quit Y; X withdrew from Y (leaving a body is opposing it)", 0.7),
    Construction("agent-noun", "X is Y's backer; X, a close ally of Y; Y's patron X", 0.8),
    Construction("patient-noun", "X, a proxy of Y (Y supports X)", 0.8),
    Construction("event-noun", "X's support for Y; a US strike on Y; an offensive by X against Y", 0.8),
    Construction("light-verb", "X launched an offensive against Y; X provided military aid to Y", 0.8),
    Construction("in-support-of", "X carried out strikes in support of Y", 0.75),
    Construction("demanded-act", "X called for an uprising against Y; X urged sanctions on Y", 0.75),
    Construction("under-attack", "Y came under attack from X; Y remains under UN sanctions", 0.75),
    Construction("at-odds", "X is at war with Y; A and B are at odds (both ways)", 0.75),
    Construction("help-phrase", "Y advanced with help from X; Y retook the town with X's support", 0.75),
    Construction("between", "the war between A and B; clashes between A and B (both ways)", 0.8),
    Construction("pits", "the conflict pits A against B (both ways)", 0.8),
    Construction("pairwise", "A and B clashed; A and B are rivals; the conflict pits A against B", 0.75),
    Construction("reciprocal", "A and B fought each other; A and B clashed with one another (both ways)", 0.75),
    Construction("resultative", "X kept Y armed; X has kept Y supplied with guns (X supports Y)", 0.75),
    Construction("fight-until", "X vowed to keep fighting until Y leaves (X opposes Y)", 0.7),
    Construction("during-event", "X took the town after days of fighting with Y (the clause's subject fought Y)", 0.7),
    Construction("struck-when", "Y was killed when X's jets struck ...; Y was killed in a US strike (whoever carried "
                 "out the attack it happened in)", 0.7),
    Construction("adjective", "X is loyal to Y; forces loyal to Y", 0.8),
    Construction("members", "an alliance of A, B and C; the bloc, which groups A, B and C (members back each other)", 0.75),
    Construction("jointly", "A and B jointly seized the town; A and B fought side by side (partners back each other)",
                 0.75),
    Construction("aid-flow", "Iranian missiles went to the Houthis (the maker of the aid supports the receiver)", 0.75),
    Construction("aid-cut", "X suspended its military aid to Y (cutting what Y receives sanctions Y)", 0.75),
    Construction("wrongdoing", "X said Y had violated the truce (X condemns Y)", 0.75),
    Construction("conditional-threat", "X threatened to send troops if Y attacked; X warned Y of consequences if it "
                 "went ahead (X threatens Y)", 0.7),
    Construction("threat", "X warned that it could end Y's mission; X threatened to expel Y (the threat is asserted)",
                 0.75),
    Construction("complaint", "X complained that Y tolerated the rebels (X condemns Y)", 0.7),
    Construction("branded", "X called Y's strikes a violation; X described the attack as a war crime (X condemns Y)", 0.7),
    Construction("contributors", "Y, whose Kenyan and Ugandan contingents ... (the states support Y)", 0.75),
    Construction("pact", "A, B and C signed a defence pact; A formed an alliance with B (the signers back each other)", 0.75),
    Construction("joined-act", "X joined Y's offensive against Z; X spearheaded Y's assault on Z (X fights on Y's "
                 "side: X supports Y)", 0.75),
    Construction("side-by-side", "X repelled the attack together with Y; X, alongside Y, patrols the town (both ways)", 0.7),
    Construction("at-request", "X sent troops at the request of Y (X supports Y)", 0.8),
    Construction("adjacent", "Russia, alongside Egypt, back X (mis-parsed): the actors right before and after the verb", 0.7),
    Construction("role-title", "Egypt's Foreign Minister X; US President X; Hezbollah lawmaker X", 0.9),
    Construction("role-apposition", "X, the group's leader; a spokesman for Y, X; Y's foreign minister, X", 0.85),
    Construction("role-bare-title", "President X (the office of X's state)", 0.8),
    Construction("role-government", "the Ruto government (he heads his state's government)", 0.8),
    Construction("role-forces", "General X's forces; X, whose forces ...; the private army of X (he commands them)", 0.8),
    Construction("role-led-body", "his party, Y; the private military company of X; X, whose movement Y ... (X leads Y)",
                 0.8),
    Construction("role-verb", "X leads Y; Y, headed by X; X, who commands Y", 0.8),
    Construction("role-member", "the council's members include X; X, a member of the Transitional Council (a seat on"
                 " a governing body)", 0.75),
)}

_AID = nouns()["aid"]
_WRONGS = nouns()["wrong"]
_NAMING = frozenset({"call", "brand", "label", "term", "describe", "denounce", "condemn", "decry", "characterise",
                     "characterize", "dub", "deem", "slam", "consider", "regard"})
_TARGETS = nouns()["target"]
_TRADED_ARMS = nouns()["traded_arms"]  # "shot down Iranian drones": the maker, not the one who fired them
_INVITATIONS = nouns()["invitation"]
_STATUS = status_words()
_DEMANDERS = _STATUS["demand_verbs"] | frozenset({"force", "order", "compel", "want", "push", "pressure", "demand",
                                                   "seek", "insist", "give", "issue", "require"})
_DEADLINES = frozenset({"deadline", "ultimatum"})
_CONDITIONS = frozenset({"condition", "precondition", "prerequisite", "demand", "priority", "requirement"})
_SUPPORT_PREPS = ("with", "thanks", "through", "via", "amid", "after", "despite")
_NOUNS = nouns()
# words that open a clause and that the parser, in a verbless-looking headline, takes for prepositions
_SUBORDINATORS = frozenset({"as", "while", "because", "since", "after", "when", "before", "until", "though",
                            "although", "whereas"})
_PACTS, _PACT_TERMS, _NOT_PACTS, _PACT_VERBS = (_NOUNS[k] for k in ("pact", "pact_terms", "not_pact", "pact_verbs"))
# pacts whose noun alone says the parties back each other; an agreement, accord or deal needs a term
# that says so ("a mutual defence agreement"), and none of them may be a settlement between foes
_PACTS_BY_ITSELF = frozenset({"pact", "treaty", "alliance", "confederation", "federation", "coalition", "compact",
                              "entente", "axis"})
_JOINT_ACTION = _NOUNS["joint_action"]
_STATE_BODIES = _NOUNS["state_body"]
# nouns of a display of an attitude: "in a show of solidarity with Y", "as a gesture of support for Y"
_SHOWS = frozenset({"show", "gesture", "sign", "mark", "demonstration", "display", "token", "expression", "signal",
                    "message"})


@dataclass
class Args:
    agents: list[Mention]
    patients: list[Mention]
    construction: str
    pairwise: bool = False  # the agents relate to each other, both ways
    clause: Token | None = None  # the token whose clause decides status, if not the trigger
    extra: dict = field(default_factory=dict)
    relation: str | None = None  # overrides the predicate's relation ("reinforce Y against Z": fights Z)


def _follow(tok: Token, path: str) -> list[Token]:
    """The dependents reached from ``tok`` by a dotted path of labels ("prep.pobj"); "prt" also
    matches the labels the parser gives particles otherwise (advmod, prep)."""
    nodes = [tok]
    for n, label in enumerate(path.split(".")):
        labels = {label, "advmod", "prep"} if label == "prt" else {label}
        if n == 0 and label == "prep":
            # "flew gunships against Y", "operates alongside Z units against Y": the parser hangs the
            # preposition on the object, or on the object of another preposition
            nodes += [c for c in tok.children if c.dep_ == "dobj"]
            nodes += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        nodes = [c for n in nodes for c in n.children if c.dep_ in labels]
        # "killed dozens of civilians", "hundreds of teachers": a quantity stands for what it counts
        nodes += [g for c in nodes if c.lemma_.lower() in QUANTITIES for p in c.children
                  if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return nodes


def required(tok: Token, path: str, lemma: str) -> bool:
    """Has ``tok`` a dependent along ``path`` with this lemma ("accord|treaty": either)? A
    preposition counts by its lexicon form ("together with" is "alongside")."""
    choices = lemma.split("|")
    return any(c.lemma_.lower() in choices or c.lower_ in choices or (c.dep_ == "prep" and prep_word(c) in choices)
               for c in _follow(tok, path))


def pobjs(tok: Token, pred: Predicate, preps: tuple[str, ...] | None = None) -> list[Token]:
    """Objects of the predicate's prepositions, on the trigger and on the words it requires:
    the parser hangs "with" on "ties" as often as on "cut" ("cut ties with Y")."""
    preps = pred.preps if preps is None else preps
    heads = [tok, *(c for path, lem in pred.requires for c in _follow(tok, path)
                    if c.lemma_.lower() in lem.split("|") or c.lower_ in lem.split("|"))]
    out: list[Token] = []
    for h in heads:
        out += [t for t in prep_objects(h, preps) if t not in out]
        if h is not tok and h.dep_ == "prep" and prep_word(h) in preps:
            # "flew gunships for Y": the required preposition itself, hung on the object
            out += [g for g in h.children if g.dep_ == "pobj" and g not in out]
    return out


def _how(tok: Token) -> str:
    """Name the construction by how the verb sits in its sentence."""
    if tok.dep_ != "relcl" and any(c.dep_ == "nsubj" for c in tok.children):
        return "active"
    return {"relcl": "relative-clause", "xcomp": "control", "conj": "coordinated-verb", "pcomp": "gerund",
            "advcl": "control", "acl": "participle"}.get(tok.dep_, "active")


def hyphen_modifier(tok: Token, idx: ActorIndex) -> tuple[Mention, Token] | None:
    """'the Iran-backed militia': the actor before the hyphen, and the noun the compound modifies."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text not in ("-", "\u2010", "\u2011") or doc[tok.i - 2].whitespace_:
        return None
    m = idx.at.get(tok.i - 2)
    if m is None:
        return None
    noun = tok
    for _ in range(4):
        if noun.dep_ in ("amod", "compound", "npadvmod", "nmod", "advmod") and noun.head.i > noun.i:
            noun = noun.head
        else:
            break
    if noun is tok:
        # the parser may make the participle the head: "the Iran-backed Hezbollah" -> look right
        nxt = [t for t in doc[tok.i + 1:min(tok.i + 6, len(doc))] if t.i in idx.at and idx.at[t.i] is not m]
        if not nxt:
            return None
        noun = nxt[0]
    after = idx.at.get(noun.i + 1)
    if noun.i not in idx.at and noun.pos_ == "NOUN" and after is not None and after.start == noun.i + 1 \
            and after is not m:
        noun = doc[after.end - 1]  # "the Iran-backed group Hezbollah": the name after the common noun
    return m, noun


_MATERIEL = nouns()["materiel"]
_PARTITIVE = nouns()["partitive"]
_RELATIVES = frozenset(nouns()["relatives"])  # people named by whose they are: "X's son", "X's deputy"
_COLLECTIVE = nouns()["collective"]  # "a fleet of drones", "a batch of rifles": what the collection holds


def _with_compound(tok: Token) -> set[str]:
    """The word, and with a compound before it ("air power", "air support")."""
    words = {tok.lemma_.lower(), tok.lower_}
    return words | {f"{c.lower_} {w}" for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1 for w in words}


def _war_materiel(tok: Token) -> bool:
    """'Ugandan tanks, helicopter gunships and jets', 'air power': arms in use, which a state's forces field."""
    return bool(_with_compound(tok) & _MATERIEL)


def _aid_theme(tok: Token | None) -> bool:
    if tok is None:
        return False
    words = {tok.lemma_.lower(), tok.lower_}
    words |= {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod")}
    if tok.lower_ in ("hundreds", "thousands", "dozens") or tok.like_num or tok.lemma_.lower() in _PARTITIVE \
            or tok.lemma_.lower() in _COLLECTIVE:
        # "thousands of rifles", "a large share of its arms"
        words |= {g.lemma_.lower() for c in tok.children if c.dep_ == "prep" for g in c.children}
    return bool(words & _AID) or _war_materiel(tok)


# -- verb frames ---------------------------------------------------------------------------

_THREAT_CONTENT = nouns()["threat_content"]


def _forecast(tok: Token, pred: Predicate) -> bool:
    """'warned Y of a looming famine', 'warned Y about the storm': a forecast, no threat."""
    if pred.relation != "threatens" or tok.lemma_.lower() != "warn":
        return False
    about = prep_objects(tok, ("of", "about"))
    return bool(about) and not any(a.lemma_.lower() in _THREAT_CONTENT for a in with_conjuncts(about))


_KEEPING = frozenset({"keep"})


def _resultative(tok: Token, idx: ActorIndex) -> list[Args]:
    """'X kept Y armed', 'X has kept Y supplied with guns': the participle states what X keeps Y in,
    so X is its agent and Y its patient (the parser makes it a complement of "keep" or a modifier of Y)."""
    if tok.tag_ not in ("VBN", "VBD", "JJ") or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in tok.children):
        return []
    if tok.dep_ in ("oprd", "ccomp", "xcomp") and tok.head.lemma_.lower() in _KEEPING:
        keep, kept = tok.head, objects(tok.head)
    elif tok.dep_ == "acl" and tok.head.dep_ == "dobj" and tok.head.head.lemma_.lower() in _KEEPING:
        keep, kept = tok.head.head, [tok.head]
    else:
        return []
    agents, patients = idx.all(with_conjuncts(subjects(keep))), idx.all(with_conjuncts(kept))
    return [Args(agents, patients, "resultative", clause=keep)] if agents and patients else []


def _under_gerund(tok: Token, pred: Predicate, idx: ActorIndex) -> list[Args] | None:
    """'Y's positions came under shelling from X', 'the convoy came under shelling by X': a gerund of
    fighting after "under" is an attack the clause's subject suffers, by whoever "from" / "by" names."""
    if pred.coarse != "opposes" or tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ != "under":
        return None
    verb = clause_verb(tok.head)
    if verb is None:
        return None
    agents = idx.all(with_conjuncts(prep_objects(tok, ("from", "by")) + prep_objects(verb, ("from", "by"))))
    undergoers = subjects(verb)
    patients = idx.all(with_conjuncts(undergoers)) or _targets(undergoers, idx)
    return [Args(agents, patients, "under-attack", clause=verb)]


_CAPTIVE_MODIFIERS = frozenset(nouns()["captive_modifiers"])
_CAPTIVE_PLACES = frozenset(nouns()["captive_places"])


def _captive(obj: Token) -> bool:
    """'suspected Y fighters', 'Y fighters in prisons', 'detained Y members': people held, whom guarding
    or feeding is no support of Y."""
    if any(c.dep_ in ("amod", "compound") and (c.lower_ in _CAPTIVE_MODIFIERS or c.lemma_.lower() in _CAPTIVE_MODIFIERS)
           for c in obj.children):
        return True
    # (the place hung on the object, or on the verb right after it: "guard Y fighters in detention camps")
    preps = [*obj.children, *(c for c in obj.head.children if c.i == obj.right_edge.i + 1)]
    places = [g for c in preps if c.dep_ == "prep" and c.lower_ in ("in", "at") for g in c.children if g.dep_ == "pobj"]
    return any({g.lemma_.lower(), *(c.lemma_.lower() for c in g.children if c.dep_ == "compound")} & _CAPTIVE_PLACES
               for g in places)


def _shared_by(tok: Token) -> list[Token]:
    """'Y, a militia armed and paid by X', 'Y, several of them trained and paid by X': participles
    coordinated on one noun share the "by" the parser hung on the last of them."""
    if tok.tag_ != "VBN" or tok.dep_ not in ("acl", "amod", "advcl", "relcl") \
            or any(c.dep_ in ("dobj", "agent", "nsubjpass", "auxpass", "aux") for c in tok.children) \
            or any(c.dep_ == "nsubj" and c.lower_ in WH for c in tok.children):
        return []
    return [a for c in tok.children if c.dep_ == "conj" and c.tag_ == "VBN"
            and not any(g.dep_ in ("dobj", "nsubj", "aux") for g in c.children) for a in passive_agents(c)]


def transitive(tok: Token, pred: Predicate, idx: ActorIndex) -> list[Args]:
    if _forecast(tok, pred):
        return []
    hyphen = hyphen_modifier(tok, idx)
    if hyphen is not None:
        m, noun = hyphen
        target = idx.all(with_conjuncts([noun]))
        return [Args([m], target, "hyphen-compound")]
    kept = _resultative(tok, idx)
    if kept:
        return kept
    suffered = _under_gerund(tok, pred, idx)
    if suffered is not None:
        return suffered
    between = _gerund_between(tok, pred, idx)
    if between is not None:
        return between
    extra = companions(tok, pred.preps)
    shared_by = [] if is_passive(tok) and passive_agents(tok) else _shared_by(tok)
    if is_passive(tok) or shared_by:
        construction = "participle" if tok.dep_ in ("acl", "amod", "advcl") else "passive"
        by = with_conjuncts(passive_agents(tok) or shared_by)
        agents = idx.all(by + extra)
        if pred.coarse == "supports":
            # "troops, backed by Ugandan tanks and jets": whoever the aid comes from -- for weapons that
            # fight, the state's armed forces where the actor base knows them (ActorIndex gives the state)
            arms = [t for t in by if _war_materiel(t)]
            agents = [idx.forces_of(m) if m.kind == "demonym" and any(t.left_edge.i <= m.start <= t.i for t in arms)
                      else m for m in agents] \
                or [idx.forces_of(m) if _war_materiel(t) and m.kind == "demonym" else m
                    for t in by if _aid_theme(t) for m in _maker(t, idx)]  # ("Turkey's air power": Turkey's)
        said_of = passive_subjects(tok)
        if pred.relation in ("commands", "officialOf") and any(
                split_off(n) or (n.dep_ == "pobj" and n.head.lower_ == "of" and split_off(n.head.head)) for n in said_of):
            # "a rival wing of X led by T" (the participle hung on the wing or on X): T leads the wing, not X
            return []
        undergoers = with_conjuncts(said_of)
        if construction == "participle" and all(h.i < tok.i for h in said_of):
            # "A, backed by X, and B": a participle inside the first conjunct is not said of those after it
            # (a fronted one is said of all: "Backed by X, A and B pushed east")
            undergoers = [t for t in undergoers if t.i < tok.i]
        patients = idx.all(undergoers)
        if not by and patients and pred.coarse == "opposes":
            struck = _struck_when(tok, idx)
            if struck:
                return [Args(struck, patients, "struck-when", clause=tok)]
        if not patients and tok.dep_ == "acl" and pred.relation in ("commands", "officialOf"):
            # "a week of fighting with the Front (NRF) led by X": the parser hung the participle on a
            # noun that is no actor; a leading verb is said of the name right before it
            near = _name_before(tok, idx)
            patients = [near] if near is not None else []
        return [Args(agents, patients, construction)]
    if pred.coarse == "opposes":
        extra += helpers(tok)
    agents = idx.all(with_conjuncts(subjects(tok) + extra))
    if tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        # "rebels repelled as A and B shore up Y" parsed with "shore" a second verb of "repelled":
        # actors right before a verb are its subject, not those of the verb it is coordinated with
        right_before = _list_leftwards(tok.i - 1, idx.sent_of(tok).start, idx)
        first = min((m.start for m in right_before), default=0)
        if right_before and first > 0 and tok.doc[first - 1].lower_ in _SUBORDINATORS \
                and tok.doc[first - 1].dep_ == "prep":
            agents = right_before
    if each_other(objects(tok) + pobjs(tok, pred)):
        return [Args(agents, [], "reciprocal", pairwise=True)] if len(agents) >= 2 else []
    if pred.coarse == "supports" and objects(tok) and all(_captive(o) for o in objects(tok)):
        # "X guards 2,000 suspected Y fighters in prisons": captives (nor Y read next to the verb)
        return [Args(agents, [], _how(tok), extra={"captives": True})]
    # one actor is not both the doer and the undergoer of one clause: "X armed Y to take on Z" with Z
    # resolved to Y, Y is the one who takes Z on
    stray = _stray_subject(tok)
    patients = [m for m in idx.all(with_conjuncts(objects(tok) + pobjs(tok, pred) + _on_companions(tok, pred)
                                                  + _particle_objects(tok, pred) + _gerund_noun_objects(tok, pred)
                                                  + _from_on_place(tok, pred)))
                if not _verb_between(tok, m, idx) and all(m.actor != a.actor for a in agents)
                and m.start not in stray]
    if pred.symmetric and not agents and objects(tok) and pobjs(tok, pred):
        # "the war pits A against B": the object and the prepositional object are the parties
        return [Args(idx.all(with_conjuncts(objects(tok))), idx.all(with_conjuncts(pobjs(tok, pred))), "pits")]
    if not patients and pred.coarse == "opposes":
        patients = _targets(objects(tok) + pobjs(tok, pred) + prep_objects(tok, ("at",)), idx)
    if not patients and pred.coarse == "opposes":
        patients = _act_by_on_verb(tok, idx)
    if not patients and pred.coarse == "opposes" and agents:
        until = _fought_until(tok, idx)
        if until:
            return [Args(agents, until, "fight-until")]
    return [Args(agents, patients, _how(tok)), *_support_against(tok, pred, agents + patients, idx)]


_UNTIL_WORDS = frozenset({"until", "till"})
_WHEN_WORDS = frozenset({"when", "as", "after"})


def _particle_objects(tok: Token, pred: Predicate) -> list[Token]:
    """'hunted down the X Front', 'tracked down X': the parser takes the particle an entry requires for
    a preposition and the object for its object. Only where the verb has no object of its own ("drove
    Y out of the town" keeps Y)."""
    if objects(tok):
        return []
    words = {w for path, lem in pred.requires if path == "prt" for w in lem.split("|")}
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in words
            for g in c.children if g.dep_ == "pobj"]


def _gerund_noun_objects(tok: Token, pred: Predicate) -> list[Token]:
    """'X lost ten soldiers in fighting with Y': a gerund used as a noun takes the prepositions of the
    noun entry of its form ("fighting": with, against), not only the verb's."""
    nominal = tok.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj") or (
        tok.dep_ == "pcomp" and tok.head.lower_ in _DURING)  # "in / after fighting with Y"
    if pred.coarse != "opposes" or tok.tag_ != "VBG" or not nominal:
        return []
    preps = {p for e in default_lexicon().lookup(tok.lower_, "NOUN") if e.coarse == "opposes" for p in e.preps}
    return prep_objects(tok, tuple(sorted(preps - set(pred.preps)))) if preps else []


def _from_on_place(tok: Token, pred: Predicate) -> list[Token]:
    """'wrested control of the city from Y', 'seized the port from Y': the parser hangs "from" on the
    place taken as often as on the verb."""
    if "from" not in pred.preps:
        return []
    places = [o for o in objects(tok) if _territory(o) or o.lemma_.lower() in _TARGETS]
    # "took control of the airport from Y": or on the place the control is of
    places += [h for o in places if o.lemma_.lower() == "control" for h in prep_objects(o, ("of", "over"))]
    return [t for o in places for t in prep_objects(o, ("from",))]


def _gerund_between(tok: Token, pred: Predicate, idx: ActorIndex) -> list[Args] | None:
    """'Fighting between A and B killed ten', 'clashing between A and B': a gerund of a fighting verb
    with no subject of its own is the event noun it names (both ways)."""
    if pred.coarse != "opposes" or tok.tag_ != "VBG" or objects(tok):
        return None
    between = prep_objects(tok, ("between",))
    on_verb = not between and bool(_between_on_verb(tok))
    between = between or _between_on_verb(tok)
    if subjects(tok) and not (tok.dep_ in ("nsubj", "nsubjpass") and between):
        return None
    if not between:
        return None
    parties = _between_parties(between, idx)
    return [Args(parties, [], "between", pairwise=True, clause=tok.head if on_verb else None)] \
        if len(parties) >= 2 else []


def _between_parties(between: list[Token], idx: ActorIndex) -> list[Mention]:
    """The parties of 'between A and B'; 'between them' only when 'them' stands for two (of three
    named before, the fighting may be with a fourth)."""
    parties = _pair_named_before(between, idx) or idx.all(with_conjuncts(between))
    if len(between) == 1 and between[0].lower_ in _PLURAL_PRONOUNS and len(parties) != 2:
        return []
    if len(parties) < 2:
        parties = _listed_inside(between, idx) or parties
    return parties


def _listed_inside(between: list[Token], idx: ActorIndex) -> list[Mention]:
    """'between the TLF and Vaskoran troops' parsed as one noun phrase (the TLF a modifier of
    "troops", "Vaskoran" its conjunct): the actors coordinated inside the phrase, when an "and"
    joins them; not inside a preposition of the phrase's own ("the Drel Front of Dravnia")."""
    out: list[Mention] = []
    for head in between:
        own = {t.i for c in head.children if c.dep_ == "prep" for t in c.subtree}
        tokens = [t for t in head.subtree if t.i not in own]
        if not any(t.lower_ == "and" and t.dep_ == "cc" for t in tokens):
            return []
        for t in tokens:
            m = idx.at.get(t.i)
            if m is not None and m.kind != "demonym" and all(m.actor != o.actor for o in out):
                out.append(m)
    return out if len(out) >= 2 else []


def _struck_when(tok: Token, idx: ActorIndex) -> list[Mention]:
    """'Y was killed when X's jets struck his convoy', 'Y was wounded as X shelled the town', 'Y was
    killed in an X drone strike': a passive attack with no "by" happened in an attack someone carried
    out, and that one attacked Y."""
    found: list[Mention] = []
    for c in tok.children:
        if c.dep_ == "advcl" and c.pos_ == "VERB" and not is_passive(c) and "attack" in _lexicon_entries(c) and any(
                m.dep_ in ("mark", "advmod") and m.lower_ in _WHEN_WORDS for m in c.children):
            found += idx.all(with_conjuncts(subjects(c)))
    acts = [t for t in prep_objects(tok, ("in", "during")) if t.lemma_.lower() in idx.acts]
    found += idx.all(with_conjuncts(acts))
    return found


_DYING = frozenset(_NOUNS["dying_verbs"])


def died_in(tok: Token, idx: ActorIndex) -> list[Args]:
    """'Six Y fighters died in an X strike', 'Y soldiers perished in an ambush by X', 'four Y fighters died
    when X's jets struck the camp': whoever carried out the attack a death happened in fought the dead's side."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _DYING:
        return []
    dead = idx.all(with_conjuncts(subjects(tok)))
    attackers = [m for m in _struck_when(tok, idx) if all(m.actor != d.actor for d in dead)]
    return [Args(attackers, dead, "struck-when")] if dead and attackers else []


def _lexicon_entries(verb: Token) -> set[str]:
    """What the shipped lexicon says a verb does: "departure" (leave, withdraw, step down ...),
    "defeat" (an opposition verb: defeat, expel, drive out ...), "attack" (a verb of fighting)."""
    kinds: set[str] = set()
    for lemma in {verb.lemma_.lower(), *verb_stems(verb.lower_)}:
        for e in default_lexicon().lookup(lemma, "VERB"):
            if not all(required(verb, path, lem) for path, lem in e.requires):
                continue
            if e.frame == "departure":
                kinds.add("departure")
            elif e.coarse == "opposes" and e.frame in ("transitive", "prep"):
                kinds.add("defeat")
                if e.relation == "fights":
                    kinds.add("attack")
    return kinds


def _fought_until(tok: Token, idx: ActorIndex) -> list[Mention]:
    """'X vowed to keep fighting until Y leaves', 'X will fight on till Y is driven out': whoever
    the fight is to make leave (or to defeat) is the one fought."""
    node = tok
    for _ in range(3):
        for c in node.children:
            if c.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in _UNTIL_WORDS for m in c.children):
                continue
            kinds = _lexicon_entries(c)
            if "departure" in kinds and not is_passive(c):
                return idx.all(with_conjuncts([x for x in c.children if x.dep_ == "nsubj"]))
            if "defeat" in kinds and is_passive(c):
                return idx.all(with_conjuncts(passive_subjects(c)))
        if node.dep_ not in ("xcomp", "conj") or node.head == node:
            break
        node = node.head  # "vowed to keep fighting until ...": the clause may hang on "keep"
    return []


def _verb_between(tok: Token, m: Mention, idx: ActorIndex) -> bool:
    """'X helped the Y Front repel Z' parsed with "repel" as a noun: Z is the object of a verb the
    tagger missed, not of "helped"."""
    doc = tok.doc
    lo, hi = (tok.i + 1, m.start) if m.start > tok.i else (m.end, tok.i)
    # (not a modifier of a group's type noun: "backs the rebel group X", "the militant group X")
    return any(t.is_lower and t.tag_ == "NN" and t.dep_ == "compound" and t.lower_ in idx.verbs
               and t.head.lemma_.lower() not in GENERIC_HEADS for t in doc[lo:hi])


def _on_companions(tok: Token, pred: Predicate) -> list[Token]:
    """'X fought alongside Y against Z': the parser hangs "against Z" on Y; 'A and B fought side by
    side against Z': on "side"."""
    return [t for c in companions(tok, pred.preps) + _side_words(tok) for t in prep_objects(c, pred.preps)]


_SIDES = {"side": "by", "shoulder": "to"}


def _side_words(tok: Token) -> list[Token]:
    """The words of 'side by side' / 'shoulder to shoulder' hung on the verb ``tok``."""
    doc = tok.doc
    near = [c for c in tok.children] + [g for c in tok.children if c.dep_ == "prep" for g in c.children]
    out = []
    for t in near:
        link = _SIDES.get(t.lower_)
        if link is None:
            continue
        if (t.i + 2 < len(doc) and doc[t.i + 1].lower_ == link and doc[t.i + 2].lower_ == t.lower_) or \
                (t.i >= 2 and doc[t.i - 1].lower_ == link and doc[t.i - 2].lower_ == t.lower_):
            out.append(t)
    return out


def _support_against(tok: Token, pred: Predicate, sides: list[Mention], idx: ActorIndex) -> list[Args]:
    """'X sent troops to reinforce Y against Z', 'X backs Y in its war against Z': whoever backs
    someone against a third party opposes that party, and so does the one backed."""
    if pred.coarse != "supports" or "against" in pred.preps:
        return []
    against = prep_objects(tok, ("against",))
    # "reinforce Y's army against Z": the parser hangs "against" on the object as often as on the verb
    against += [t for o in objects(tok) for t in prep_objects(o, ("against",))]
    # "X sided with Y against Z", "X teamed up with Y against Z": or on the object of the preposition
    against += [t for o in pobjs(tok, pred) for t in prep_objects(o, ("against",))]
    for c in tok.children:  # "in its fight against Z"
        if c.dep_ == "prep" and c.lower_ == "in":
            against += [x for g in c.children if g.dep_ == "pobj" for x in prep_objects(g, ("against",))]
    enemies = idx.all(with_conjuncts(against))
    return [Args(sides, enemies, "support-against", relation="fights")] if enemies and sides else []


_HOLDERS = frozenset({"use", "hold", "control", "occupy", "run", "operate", "man", "own"})
_LINKED = frozenset({"link", "tie", "connect", "affiliate", "associate"})  # "ships linked to Y": Y's
# weapons are whoever fires them: "intercepted missiles fired by Y", "downed drones launched by Y"
_LAUNCHERS = frozenset({"fire", "launch", "fly", "pilot", "deploy", "send"})


def _targets(tokens: list[Token], idx: ActorIndex) -> list[Mention]:
    """'shelled Ukrainian towns', 'struck Israeli positions', 'hit facilities of Y', 'hit sites used
    by Y': whoever the attacked places belong to."""
    places = [t for t in with_conjuncts(tokens) if t.lemma_.lower() in _TARGETS or t.lower_ in _TARGETS]
    found = [c for t in places for c in t.children if c.dep_ in ("amod", "compound", "nmod", "poss")
             and not (t.lower_ in _TRADED_ARMS and c.i in idx.at and idx.at[c.i].kind == "demonym")]
    owners = prep_objects_all(places, ("of",))
    for c in (c for t in places for c in t.children if c.dep_ == "acl"):
        if c.tag_ == "VBN" and c.lemma_.lower() in _HOLDERS:
            owners += passive_agents(c)  # "bases used by Y"
        elif c.tag_ == "VBN" and c.lemma_.lower() in _LAUNCHERS and c.head.lemma_.lower() in _NOUNS["platform"] | _ARMS:
            owners += passive_agents(c)  # "missiles fired by Y"
        elif c.lemma_.lower() == "belong":
            owners += prep_objects(c, ("to",))  # "facilities belonging to Y"
        elif c.tag_ == "VBN" and c.lemma_.lower() in _LINKED:
            owners += prep_objects(c, ("to", "with"))  # "ships linked to Y", "bases affiliated with Y"
    out = idx.all(found, modifier=True)
    return out + [m for m in idx.all(with_conjuncts(owners)) if all(m.actor != o.actor for o in out)]


_ARMS = frozenset({"missile", "missiles", "rocket", "rockets", "shell", "shells", "mortar", "mortars", "projectile",
                   "projectiles"})


def _act_by_on_verb(tok: Token, idx: ActorIndex) -> list[Mention]:
    """'X beat back an assault by Y', 'X repelled an attack on the town by Y' parsed with "by" on the
    (active) verb: the by-phrase names whoever carries out the act the verb's object names."""
    acts = [o for o in objects(tok) if o.lemma_.lower() in idx.acts or o.lemma_.lower() in ACTION_NOUNS]
    if not acts or is_passive(tok) or any(c.dep_ in ("poss", "compound", "amod") and c.i in idx.at
                                          for o in acts for c in o.children):
        return []
    return idx.all(with_conjuncts(prep_objects(tok, ("by",))))


def prep_objects_all(heads: list[Token], preps: tuple[str, ...]) -> list[Token]:
    return [o for h in heads for o in prep_objects(h, preps)]


def prep(tok: Token, pred: Predicate, idx: ActorIndex) -> list[Args]:
    hyphen = hyphen_modifier(tok, idx)
    if hyphen is not None:
        m, noun = hyphen  # "the Iran-aligned factions": the factions are aligned with Iran
        return [Args(idx.all(with_conjuncts([noun])), [m], "hyphen-compound")]
    if tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN":
        agents = idx.all(with_conjuncts([tok.head]))  # "factions aligned with Iran"
        construction = "participle"
    else:
        extra = companions(tok, pred.preps) + (helpers(tok) if pred.coarse == "opposes" else [])
        agents = idx.all(with_conjuncts(subjects(tok) + extra))
        construction = _how(tok)
        if not agents and is_passive(tok) and not passive_agents(tok):
            # "X is aligned / allied / affiliated with Y": the participle states X's stance
            agents = idx.all(with_conjuncts(passive_subjects(tok)))
        if each_other(pobjs(tok, pred)):  # "A and B clashed with each other"
            return [Args(agents, [], "reciprocal", pairwise=True)] if len(agents) >= 2 else []
    # a preposition inside a name is no argument: "fought the National Union for Kessa"
    patients = idx.all(with_conjuncts([t for t in pobjs(tok, pred) if not _in_name(t.head, t, idx)]
                                      + _on_companions(tok, pred) + _required_owners(tok, pred)))
    if not patients and pred.relation == "officialOf" and "in" in pred.preps:
        # "X seized power in Y": the actor stage leaves a place after "in"; here it is the state ruled
        patients = [m for m in (idx.place_state(t) for t in pobjs(tok, pred)) if m is not None]
    if pred.symmetric and (construction == "participle" or pred.requires) and not patients and len(agents) >= 2:
        # ("A and B exchanged fire", "A and B traded accusations": what they trade is shared)
        # "A and the allied B movement", "A and B, allied since 1990": each other's allies
        return [Args(agents, [], "pairwise", pairwise=True)]
    if pred.symmetric and not agents and objects(tok) and not patients:
        # "..., pitting A against B": the parser hangs "against" on the object
        patients = idx.all(with_conjuncts(prep_objects_all(objects(tok), pred.preps)))
    if pred.symmetric and not agents and objects(tok) and patients:
        # "the war pits A against B": the object and the prepositional object are the parties
        return [Args(idx.all(with_conjuncts(objects(tok))), patients, "pits")]
    if not patients and pred.coarse == "opposes" and construction != "participle":
        # "X fired a missile at a US warship", "X opened fire on Israeli positions": whose the target is
        # (the parser hangs "at" on the object as often as on the verb: "fired missiles at Israeli towns")
        aimed = pobjs(tok, pred) + prep_objects_all(objects(tok), pred.preps)
        patients = [m for m in _targets(aimed, idx) if all(m.actor != a.actor for a in agents)]
    if pred.agent is not None:
        agents = _agent_kind(tok, pred, agents, patients, idx)
    # "X sided with Y against Z": whoever sides with someone against a third party opposes it, as the
    # one sided with does
    return [Args(agents, patients, construction), *_support_against(tok, pred, agents + patients, idx)]


_CIVILIAN_ROLES = nouns()["spokespeople"]  # diplomats, envoys, officials: their work for Y is no service in arms


def _civilian_of(tok: Token) -> bool:
    """A subject that is, or sits in the from/of phrase of, a civilian role noun: "a diplomat", "a
    diplomat from X (who ...)", "officials of X"."""
    node = tok
    for _ in range(6):
        if node.pos_ == "NOUN" and node.lemma_.lower() in _CIVILIAN_ROLES:
            return True
        if node.dep_ in ("pobj", "compound", "appos") and node.head is not node:
            node = node.head
        elif node.dep_ == "prep" and node.lower_ in ("from", "of", "at", "for", "in"):
            node = node.head
        else:
            return False
    return False


def _agent_kind(tok: Token, pred: Predicate, agents: list[Mention], patients: list[Mention],
                idx: ActorIndex) -> list[Mention]:
    """An entry's ``agent``: "armed" keeps armed agents ("mercenaries working for Y", not "a diplomat
    who works for Y"); "contributor" reads a state's forces or people serving in another body as the
    state ("Kenyan police officers serve in Y", "Rwandans serving with Y": Kenya, Rwanda support Y)."""
    if pred.agent == "nonstate":
        return [m for m in agents if m.kind != "demonym" and idx.type_of(m) != "State"]
    if pred.agent == "armed":
        # (the subject a civilian of the group: "a diplomat from X who works for Y" is no X working for Y)
        civilian = any(_civilian_of(t) for t in subjects(tok))
        return [] if civilian else [m for m in agents if m.kind == "forces" or idx.type_of(m) == "ArmedGroup"]
    out: list[Mention] = []
    for m in agents:
        if m.kind == "forces" and m.possessor is not None and m.possessor in idx.linked.actors \
                and idx.linked.actors[m.possessor].type == "State" \
                and all(p.actor not in (m.actor, m.possessor) for p in patients):
            m = Mention(m.start, m.end, m.possessor, "demonym")
        if all(m.actor != o.actor for o in out):
            out.append(m)
    if not agents and tok.pos_ == "VERB":
        people = [idx.people_of(t) for t in with_conjuncts(subjects(tok))]
        out += [m for m in people if m is not None and all(m.actor != p.actor for p in patients)]
    return out


def _required_owners(tok: Token, pred: Predicate) -> list[Token]:
    """'came to Y's defence', 'joined Y's ranks': the possessor of the noun an idiom requires stands
    where its "of" would ("came to the defence of Y")."""
    if "of" not in pred.preps or not pred.requires:
        return []
    return [c for path, lem in pred.requires for n in _follow(tok, path)
            if n.pos_ == "NOUN" and (n.lemma_.lower() in lem.split("|") or n.lower_ in lem.split("|"))
            for c in n.children if c.dep_ == "poss"]


def _stray_subject(tok: Token) -> set[int]:
    """'A backs B, and C's minister, D, said so', parsed with 'minister' a second object of 'backs' and
    'backs' a clause of 'said': the last conjunct of the object is the subject 'said' lacks. Its tokens."""
    head = tok.head
    if tok.dep_ != "ccomp" or head.i < tok.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        return set()
    conjuncts = [c for o in objects(tok) for c in o.conjuncts if c.i > o.i]
    last = max(conjuncts, key=lambda c: c.i, default=None)
    if last is None or last.right_edge.i >= head.i:
        return set()
    return {t.i for t in last.subtree}


def _in_name(prep: Token, obj: Token, idx: ActorIndex) -> bool:
    m = idx.at.get(obj.i)
    return m is not None and m.kind == "name" and m.start <= prep.i < m.end


_JOIN_VERBS = frozenset({"join", "serve"})


def transfer(tok: Token, pred: Predicate, idx: ActorIndex) -> list[Args]:
    preps = pred.preps or ("to", "for")
    direct = objects(tok)
    with_objs = prep_objects(tok, ("with",))
    recipients = datives(tok) + prep_objects(tok, preps)
    theme = direct[0] if direct else None
    if with_objs and direct and idx.of(direct[0]) is not None:
        recipients += direct  # "provided Y with drones"
        theme = with_objs[0]
    if not recipients and theme is not None:
        # "send Ukraine armoured vehicles", "given the Somali government drones": the parser
        # often hangs the first object on the second
        recipients = [c for c in theme.children if c.dep_ in ("nmod", "compound", "amod") and c.i < theme.i
                      and idx.of(c) is not None]
    if not recipients:
        # "sent troops to join Y", "deployed soldiers to serve in Y": the force the aid goes to join
        for c in tok.children:
            if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _JOIN_VERBS:
                recipients += objects(c) if c.lemma_.lower() == "join" else prep_objects(c, ("in", "with"))
    if is_passive(tok):
        subj = passive_subjects(tok)
        if with_objs:  # "Y was supplied with drones by X"
            recipients, theme = subj, with_objs[0]
        else:  # "drones were sent to Y by X"
            theme = subj[0] if subj else None
        agents = idx.all(with_conjuncts(passive_agents(tok)))
    else:
        agents = idx.all(with_conjuncts(subjects(tok)))
    if theme is None or not any(_aid_theme(t) for t in with_conjuncts([theme])):
        return []  # (any of a list: "provided Y with mortars, rockets and rear bases")
    return [Args(agents, idx.all(with_conjuncts(recipients)), "transfer")]


def receive(tok: Token, pred: Predicate, idx: ActorIndex) -> list[Args]:
    direct = objects(tok)
    if direct and not _aid_theme(direct[0]):
        return []  # "received a delegation from X" is no support
    agents = idx.all(with_conjuncts(pobjs(tok, pred, pred.preps or ("from",))))
    if not agents and direct:
        agents = _maker(direct[0], idx)  # "received a shipment of Iranian rockets"
    beneficiaries = idx.all(with_conjuncts(subjects(tok)))
    return [Args(agents, beneficiaries, "receive")]


def _name_before(tok: Token, idx: ActorIndex) -> Mention | None:
    """The actor named right before ``tok``, past an acronym in brackets: "the Front (NRF) led by"."""
    doc = tok.doc
    j = tok.i - 1
    if j >= 0 and doc[j].text == ")":
        while j >= 0 and doc[j].text != "(":
            j -= 1
        j -= 1
    m = idx.at.get(j) if j >= 0 else None
    return m if m is not None and m.kind == "name" and m.end == j + 1 else None


def _maker(theme: Token, idx: ActorIndex) -> list[Mention]:
    """Whose aid a theme is: "Iranian rockets", "a shipment of Russian jets"."""
    for t in (theme, *(g for c in theme.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj")):
        found = idx.all([c for c in t.children if c.dep_ in ("amod", "compound", "nmod", "poss")], modifier=True)
        if found:
            return found
    return []


def _demander(tok: Token) -> Token | None:
    """The verb that demands, orders or forces ``tok`` ("urged Y to leave", "demanded that Y withdraw")."""
    head = tok.head
    if tok.dep_ in ("ccomp", "xcomp", "advcl", "conj") and head.lemma_ in _DEMANDERS:
        return head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_ in _DEMANDERS:
        return head.head  # "called for the withdrawal of Y"
    if tok.dep_ == "dobj" and head.lemma_ in _DEMANDERS:
        return head  # "demanded the departure of Y"
    if tok.dep_ in ("acl", "relcl") and head.lemma_.lower() in _DEADLINES and head.head.pos_ == "VERB":
        return head.head  # "X gave Y a deadline to withdraw", "X set Y an ultimatum to disarm"
    if tok.dep_ == "dobj" and head.lemma_ == "make" and any(
            c.dep_ in ("dobj", "oprd", "attr", "ccomp") and c != tok and c.lemma_.lower() in _CONDITIONS
            for c in head.children):
        return head  # "X made the withdrawal of Y a condition for talks"
    if tok.dep_ == "nsubj" and head.lemma_.lower() in _CONDITIONS and head.head.lemma_ == "make":
        return head.head  # the same, parsed as a small clause
    if tok.dep_ == "ccomp" and head.lemma_ in _STATUS["speech_verbs"] and any(
            c.dep_ == "aux" and c.lower_ in ("must", "should") for c in tok.children):
        return head  # "X said Y must withdraw"
    return None


_PRESSURE = frozenset({"pressure", "duress", "coercion", "threat", "ultimatum"})
_YIELDING = frozenset({"bow", "yield", "succumb", "cave", "give"})


def _pressed_by(tok: Token, idx: ActorIndex) -> list[Mention]:
    """'Under pressure from X, Y withdrew', 'Y left the country under pressure from X', 'bowing to
    pressure from X, Y resigned', 'under X's pressure': whoever presses someone to leave demands it."""
    nouns_: list[Token] = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("under", "after", "amid", "following"):
            nouns_ += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "advcl" and c.lemma_.lower() in _YIELDING:  # "bowing to pressure from X"
            nouns_ += [g for p in c.children if p.dep_ == "prep" and p.lower_ == "to"
                       for g in p.children if g.dep_ == "pobj"]
    out: list[Mention] = []
    for n in nouns_:
        if n.lemma_.lower() not in _PRESSURE:
            continue
        for m in idx.all(with_conjuncts([c for c in n.children if c.dep_ == "poss"] + prep_objects(n, ("from", "by")))):
            if all(m.actor != o.actor for o in out):
                out.append(m)
    return out


_HOLD_OUT = frozenset({"until", "till", "unless"})


def _until_departure(tok: Token, idx: ActorIndex) -> list[Mention]:
    """'X will not lay down its arms until Y steps down', 'X refuses to disarm unless Y leaves': whoever
    X keeps its arms against is the one it wants gone."""
    node = tok
    for _ in range(3):
        for c in node.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _HOLD_OUT for m in c.children) \
                    and "departure" in _lexicon_entries(c) and not is_passive(c):
                return idx.all(with_conjuncts([x for x in c.children if x.dep_ == "nsubj"]))
        if node.dep_ not in ("xcomp", "ccomp") or node.head == node:
            break
        node = node.head
    return []


def departure(tok: Token, pred: Predicate, idx: ActorIndex) -> list[Args]:
    gov = _demander(tok)
    if gov is not None:
        agents = idx.all(with_conjuncts(subjects(gov)))
        if not agents and is_passive(gov):  # "Y was forced to resign by X" (the parser may hang "by" on "resign")
            agents = idx.all(with_conjuncts(passive_agents(gov) or prep_objects(tok, ("by",))))
        if not agents:  # "a truce required Y to withdraw, X said": the speaker demands it
            said_by = speaker(gov, idx.sent_of(gov), idx)
            agents = [said_by] if said_by is not None else []
        if tok.pos_ == "NOUN":
            leaving = [c for c in tok.children if c.dep_ == "poss"] + prep_objects(tok, ("of", "from"))
        elif is_passive(tok):
            leaving = passive_agents(tok)  # "the airport should be evacuated by Y", X said
        else:
            leaving = [c for c in tok.children if c.dep_ == "nsubj"] \
                or [c for c in gov.children if c.dep_ == "dative"] or objects(gov) or prep_objects(gov, ("on",)) \
                or ([c for c in gov.children if c.dep_ == "nsubjpass"] if is_passive(gov) else [])
        return [Args(agents, idx.all(with_conjuncts(leaving)), "demand-departure", clause=gov)]
    if tok.pos_ == "VERB" and not is_passive(tok):
        pressers = _pressed_by(tok, idx)
        if pressers:  # "Under pressure from X, Y withdrew": X wanted Y gone
            subj = subjects(tok) or [a for m in pressers for a in tok.doc[m.end - 1].children if a.dep_ == "appos"
                                     and a.i > tok.doc[m.end - 1].i and a.i < tok.i]  # "Under pressure from X, Y withdrew" mis-parsed
            leavers = [m for m in idx.all(with_conjuncts(subj)) if all(m.actor != p.actor for p in pressers)]
            if leavers:
                return [Args(pressers, leavers, "demand-departure")]
        if any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children) or (
                tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("refuse", "decline")):
            kept = _until_departure(tok, idx)
            if kept:  # "X will not lay down its arms until Y steps down": X fights on against Y
                until = next(c for n in (tok, tok.head) for c in n.children if c.dep_ == "advcl"
                             and any(m.dep_ == "mark" and m.lower_ in _HOLD_OUT for m in c.children))
                return [Args(idx.all(with_conjuncts(subjects(tok))), kept, "fight-until", clause=until,
                             relation="opposes", extra={"refusal": True})]
    if tok.pos_ == "NOUN" and gov is None:
        # "X announced its withdrawal from Y": a leaving the possessor announces or carries out
        verb = tok.head if tok.dep_ == "dobj" else None
        left = [m for m in idx.all(with_conjuncts(prep_objects(tok, ("from",))))
                if idx.type_of(m) not in ("State", "Government")]
        leavers = idx.all([c for c in tok.children if c.dep_ == "poss"])
        if verb is not None and verb.pos_ == "VERB" and is_light(verb, "positive") and left and leavers:
            return [Args(leavers, left, "leave", clause=verb)]
        return []
    if tok.pos_ == "VERB":
        # "X quit Y", "X withdrew from Y"; but in "X pulled its troops out" the object is what moves
        left = prep_objects(tok, ("from", "of", "out of")) + (objects(tok) if tok.lemma_ in _LEFT_BY_OBJECT else [])
        # "walked away from Y", "broke away from Y": the parser hangs "from" on the particle
        left += [t for c in tok.children if c.dep_ in ("prt", "advmod") and c.lower_ == "away"
                 for t in prep_objects(c, ("from",))]
        # "suspended its membership in Y", "ended its participation in Y": the body the required noun is of
        members = [o for path, lem in pred.requires if path == "dobj" for o in objects(tok) if o.lemma_.lower() in lem.split("|")]
        left += [t for o in members for t in prep_objects(o, ("in", "of", "with"))]
        left += prep_objects(tok, ("in",)) if members else []  # the parser hangs "in Y" on the verb as often
        # leaving a body (a bloc, a coalition, a force) opposes it; leaving a country is only going away
        bodies = [m for m in idx.all(with_conjuncts(left)) if idx.type_of(m) not in ("State", "Government")]
        return [Args(idx.all(with_conjuncts(subjects(tok))), bodies, "leave")]
    return []


_TERRITORY = _NOUNS["territory"]
_HELD = frozenset({"hold", "control", "occupy", "run", "seize", "capture", "take"})


def _territory(tok: Token | None) -> bool:
    """A place or a hold a side can win or lose: "the port", "control of the town" (not "control of
    parliament", not "the election")."""
    if tok is None or (tok.lemma_.lower() not in _TERRITORY and tok.lower_ not in _TERRITORY):
        return False
    if tok.lemma_.lower() == "control":
        held = prep_objects(tok, ("of", "over"))
        return any(h.lemma_.lower() in _TERRITORY - {"control"} or h.pos_ == "PROPN" for h in held)
    return True


def _holders(place: Token, idx: ActorIndex) -> list[Mention]:
    """Whose a place is, where the text says so: "Y's stronghold", "the Y-held town", "the town held
    by Y". A demonym does not ("the Libyan city": whose country, not who holds it)."""
    owners = [c for c in place.children if c.dep_ == "poss"]
    for c in place.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _HELD:
            owners += passive_agents(c)
        hyphen = hyphen_modifier(c, idx) if c.lemma_.lower() in _HELD and c.i < place.i else None
        if hyphen is not None:
            return [hyphen[0]]
    return idx.all(with_conjuncts(owners))


def loss(tok: Token, pred: Predicate, idx: ActorIndex) -> list[Args]:
    """'Y lost the port to Z', 'Y lost control of the town to Z', 'Y's stronghold fell to Z', 'the
    Y-held town fell to Z': whoever wins a place from another fights it. The agent is the winner
    (object of the entry's prepositions), the patient the loser: the subject when the place is the
    object ("lost"), the place's holder when the place is the subject ("fell"). No loser named, no
    reading ("the town fell to Z")."""
    winners = idx.all(with_conjuncts(prep_objects(tok, pred.preps or ("to",))))
    if not winners:
        return []
    if is_passive(tok):
        places = passive_subjects(tok)
        losers = idx.all(with_conjuncts(passive_agents(tok)))
    else:
        places = objects(tok)
        losers = idx.all(with_conjuncts(subjects(tok))) if places else []
        if not places:
            places = [c for c in tok.children if c.dep_ == "nsubj"]
    places = [p for p in with_conjuncts(places) if _territory(p)]
    if not places:
        return []
    if not losers:
        losers = [m for p in places for m in _holders(p, idx)]
    losers = [m for m in losers if all(m.actor != w.actor for w in winners)]
    return [Args(winners, losers, "loss")] if losers else []


_DEATHS = _NOUNS["death"]
_KILLING_ACTS = frozenset({"killing", "killings", "murder", "murders", "assassination", "execution", "slaying"})


def _killers(death: Token, idx: ActorIndex) -> list[Mention]:
    """Who a death is said to be by: "the killing of Y by Z", "Y's death at the hands of Z", "Z's
    assassination of Y" (a possessor is the killer only where "of" names the victim)."""
    found = prep_objects(death, ("by",))
    found += [g for c in death.children if c.dep_ == "prep" and c.lower_ == "at"
              for h in c.children if h.dep_ == "pobj" and h.lemma_.lower() == "hand"
              for g in prep_objects(h, ("of",))]
    if death.lower_ in _KILLING_ACTS and prep_objects(death, ("of",)):
        found += [c for c in death.children if c.dep_ == "poss"]
    return idx.all(with_conjuncts(found))


def revenge(tok: Token, pred: Predicate, idx: ActorIndex) -> list[Args]:
    """'X vowed to avenge the killing of Y by Z', 'X avenged Y's death at the hands of Z': whoever
    avenges a death fights the killer the sentence names; no killer named, no reading ("X vowed to
    avenge Y")."""
    deaths = [o for o in with_conjuncts(objects(tok)) if o.lemma_.lower() in _DEATHS or o.lower_ in _DEATHS]
    killers = [m for d in deaths for m in _killers(d, idx)]
    if deaths:  # "avenge Y's death at the hands of Z": the parser hangs "at" on the verb
        killers += idx.all(with_conjuncts([g for c in tok.children if c.dep_ == "prep" and c.lower_ == "at"
                                           for h in c.children if h.dep_ == "pobj" and h.lemma_.lower() == "hand"
                                           for g in prep_objects(h, ("of",))]))
    agents = idx.all(with_conjuncts(subjects(tok)))
    killers = [m for m in killers if all(m.actor != a.actor for a in agents)]
    return [Args(agents, killers, "revenge")] if agents and killers else []


_LEFT_BY_OBJECT = frozenset({"quit", "leave", "exit", "desert", "abandon", "vacate", "renounce", "forsake"})


# -- noun and adjective frames --------------------------------------------------------------

def _possessors(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ == "poss"]


def agent_noun(tok: Token, pred: Predicate, idx: ActorIndex) -> list[Args]:
    found_at = _at_odds(tok, pred, idx)  # "A and B are at loggerheads"
    if found_at:
        return found_at
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _COMMERCIAL for c in tok.children):
        return []  # "Y's main trading partner", "a business ally": trade, not the conflict
    # "the Taliban's bitter enemies in X": the noun's own "in" phrase names them
    said_of = idx.all(with_conjuncts(copular_subjects(tok)))
    # "X is Y's ally", "X, Y's closest ally": the noun is said of X -- a directed entry reads it one way
    # only (not so for "Y's ally X", where the noun premodifies the name)
    named_next = _named_next(tok, idx)
    predicative = bool(said_of) and tok.dep_ not in ("compound", "amod", "nmod") and not named_next
    if not said_of:
        said_of = _comma_antecedent(tok, idx) if not named_next else []
        predicative = bool(said_of)
    referents = (said_of or named_next
                 or idx.all(with_conjuncts(prep_objects(tok, ("in", "among")))) or _exemplars(tok, idx))
    others = idx.all(with_conjuncts(_possessors(tok) + pobjs(tok, pred, ("of", "to", "for", *pred.preps))))
    finder = tok.head if tok.dep_ == "dobj" and tok.head.lemma_ in _FINDING_VERBS else None
    if finder is not None and not said_of and not named_next and not others:
        # "X has found a patron in Y", "X has a staunch ally in Y": Y is the one the noun names, X the other
        referents = referents or idx.all(with_conjuncts(prep_objects(finder, ("in",))))
        others = idx.all(with_conjuncts(subjects(finder))) if referents else []
    if not others:  # "Russian ally X", "the Hezbollah ally X": the modifier names whose ally
        others = [m for m in idx.all([c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")],
                                     modifier=True) if all(m.actor != r.actor for r in referents)]
    if pred.symmetric and not others and len(referents) >= 2:
        return [Args(referents, [], "pairwise", pairwise=True)]  # "A and B are rivals"
    return [Args(referents, others, "agent-noun", clause=_naming_clause(tok),
                 extra={"one_way": True} if predicative and pred.directed else {})]


_COMMERCIAL = frozenset(nouns()["commercial_modifiers"])
# "X found (has, gained, sees) an ally in Y"
_FINDING_VERBS = frozenset({"find", "have", "gain", "see", "acquire", "win"})


def _naming_clause(tok: Token) -> Token | None:
    """'Y, whose backers (may) include X', 'Y's sponsor is not X': the verb that names the noun's
    members decides the reading's status."""
    if tok.dep_ == "nsubj" and (tok.head.lemma_ in COPULAS or tok.head.lemma_ == "include") and any(
            c.dep_ in ("attr", "dobj") and c.i > tok.i for c in tok.head.children):
        return tok.head
    return None


_EXEMPLAR_ADVS = frozenset({"notably", "particularly", "especially", "chiefly", "mainly", "principally", "primarily"})


def _exemplars(tok: Token, idx: ActorIndex) -> list[Mention]:
    """'A and its allies, including B', 'its backers, such as B', 'its allies, in particular B', 'its
    proxies, notably B': the actors a relational noun is said to include. The parser hangs the list on
    the noun or, when the noun is coordinated ("A and its allies"), on the first conjunct."""
    doc = tok.doc
    heads = [tok, tok.head] if tok.dep_ == "conj" else [tok]
    if heads[-1].dep_ in ("dobj", "nsubj", "nsubjpass") and heads[-1].head.pos_ in ("VERB", "AUX"):
        heads.append(heads[-1].head)  # "condemned A and its allies, in particular B": on the verb
    found: list[Token] = []
    for h in heads:
        for c in h.children:
            if c.i < tok.i:
                continue
            if c.dep_ == "appos" and h is tok:
                found.append(c)  # "its allies, notably B" (the adverb on B), "its allies B and C"
                continue
            if c.dep_ in ("dobj", "appos", "npadvmod", "conj") and c.i > tok.i and any(
                    g.dep_ == "advmod" and g.lower_ in _EXEMPLAR_ADVS
                    or g.dep_ == "prep" and g.lower_ == "in" and any(x.lower_ == "particular" for x in g.children)
                    for g in c.children):
                found.append(c)  # "condemned A and its sponsors, in particular B" parsed as a second object
                continue
            if c.dep_ != "prep":
                continue
            objs = [g for g in c.children if g.dep_ in ("pobj", "dobj")]
            if c.lower_ == "including" or (c.lower_ == "as" and doc[c.i - 1].lower_ == "such"):
                found += objs
            elif c.lower_ == "in" and any(g.lower_ == "particular" for o in objs for g in o.children):
                found += objs  # "in particular B": the parser makes "particular" B's modifier
    # "Y's backers, A and B, ...": the parser makes the names conjuncts of the noun, not its apposition
    found += [c for c in tok.children if c.dep_ == "conj" and c.i == tok.i + 2 and doc[tok.i + 1].text == ","
              and c.pos_ == "PROPN"]
    if not found:
        return []
    out = idx.all(with_conjuncts(found))
    return [m for m in out if m.kind != "pronoun"]


def _comma_antecedent(tok: Token, idx: ActorIndex) -> list[Mention]:
    """'battling the X Front (XF), al-Qaeda's affiliate in the region, ...' parsed as a second object:
    a relational noun phrase right after a name and its comma is that name's apposition."""
    if tok.dep_ in ("appos", "attr", "acomp", "oprd") or tok.head.lower_ in ("as", "among"):
        return []
    doc, k = tok.doc, tok.left_edge.i - 1
    if k < 1 or doc[k].text != ",":
        return []
    k -= 1
    if doc[k].text == ")" and k >= 2:
        k -= 1  # "the X Front (XF), ...": the abbreviation names it
    m = _mention_ending_at(k, idx)
    return [m] if m is not None and m.kind != "demonym" else []


def _named_next(tok: Token, idx: ActorIndex) -> list[Mention]:
    """'its ally Hezbollah', 'its main sponsor the X Front': the name right after the noun, which
    the parser often hangs elsewhere."""
    j = tok.i + 1
    if j < len(tok.doc) and tok.doc[j].lower_ == "the":
        j += 1
    m = idx.at.get(j)
    return [m] if m is not None and m.start == j and m.kind != "demonym" else []


def patient_noun(tok: Token, pred: Predicate, idx: ActorIndex) -> list[Args]:
    referents = idx.all(with_conjuncts(copular_subjects(tok))) or _named_next(tok, idx) or _exemplars(tok, idx)
    owners = idx.all(with_conjuncts(_possessors(tok) + prep_objects(tok, ("of", *pred.preps))))
    if not owners:  # "an Iranian proxy", "the Hezbollah client X": the modifier names whose
        owners = [m for m in idx.all([c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")],
                                     modifier=True) if all(m.actor != r.actor for r in referents)]
    return [Args(owners, referents, "patient-noun", clause=_naming_clause(tok))]


def _genitive_agent(tok: Token) -> bool:
    """'X's backing of Y', 'X's arming of Y': with the doer as possessor, "of" names the one the act
    is done to (not in "in support of Y", "on Y's behalf", where both mark whom it is for)."""
    return not (tok.dep_ == "pobj" and tok.head.lower_ in ("in", "on")) and bool(_possessors(tok)) \
        and bool(prep_objects(tok, ("of",)))


def event_agents(tok: Token, pred: Predicate, idx: ActorIndex) -> tuple[list[Mention], str, Token | None] | None:
    """Who carries out the event a noun names, how we know, and the clause that carries it.
    None when a verb stops the event ("suspended its aid to Y")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _SHOWS \
            and not _possessors(tok) and not prep_objects(tok, ("by", "from")):
        # "X sent jets in a show of solidarity with Y": the show is X's, as "in support of Y" is
        show = tok.head.head
        own = idx.all(with_conjuncts(_possessors(show) + prep_objects(show, ("by", "from"))))
        if own:
            return own, "event-noun", None
        verb = clause_verb(show)
        if verb is not None:
            return idx.all(with_conjuncts(subjects(verb))), "in-support-of", verb
    # "in support of Y", "on Y's behalf": there "of" and the possessor mark whom the act is for
    for_whom = tok.dep_ == "pobj" and tok.head.lower_ in ("in", "on")
    of_is_patient = "of" in pred.preps or for_whom or _genitive_agent(tok)
    own = ([] if for_whom else _possessors(tok)) + prep_objects(tok, ("by", "from") + (() if of_is_patient else ("of",)))
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    found = idx.all(with_conjuncts(own)) + [m for m in idx.all(mods, modifier=True)]
    if pred.coarse == "opposes":
        # "the Kenyan-led offensive against Y": whoever leads it carries it out
        led = [hyphen_modifier(c, idx) for c in mods if c.lemma_.lower() == "lead" and c.tag_ == "VBN"]
        found += [h[0] for h in led if h is not None and all(h[0].actor != m.actor for m in found)]
    if not found and pred.coarse == "opposes":
        found = idx.all(with_conjuncts(attributed(tok)))  # "attacks on Y attributed to X", "X claimed the raid on Y"
    if found:
        return found, "event-noun", None
    head = tok.head
    verb = head.lemma_.lower()
    if tok.dep_ in ("dobj", "attr") and head.pos_ in ("VERB", "AUX"):
        if is_light(head, "negating") and _refused(head):
            return None  # "X refused aid to Y": it never held; but "X suspended its attacks on Y" says it did
        if is_light(head, "positive"):
            return idx.all(with_conjuncts(subjects(head))), "light-verb", head
        if pred.relation == "fights" and is_light(head, "negating"):
            # "X suspended (halted, scaled back) its attacks on Y": X had been attacking Y, and a pause
            # in hostilities is no end to them
            return idx.all(with_conjuncts(subjects(head))), "light-verb", head
        if not is_light(head, "receiving"):
            return [], "event-noun", None
    if tok.dep_ == "nsubjpass" and head.pos_ == "VERB":
        return idx.all(with_conjuncts(passive_agents(head))), "light-verb", head
    if tok.dep_ == "dobj" and head.pos_ == "VERB" and is_light(head, "receiving"):
        # "Y drew criticism from X": the parser hangs "from" on the verb as often as on the noun
        return idx.all(with_conjuncts(prep_objects(head, ("from", "by")))), "event-noun", None
    if tok.dep_ == "pobj" and head.lower_ in ("in", "on"):
        verb = clause_verb(head)
        if verb is not None:
            return idx.all(with_conjuncts(subjects(verb))), "in-support-of", verb
    demander = head.head if tok.dep_ == "pobj" and head.lower_ == "for" else head
    if tok.dep_ in ("dobj", "pobj") and demander.lemma_.lower() in _STATUS["demand_verbs"] | {"demand", "seek"}:
        # "X called for an uprising against Y", "X urged sanctions on Y": the demand is X's act
        return idx.all(with_conjuncts(subjects(demander))), "demanded-act", demander
    if tok.dep_ == "conj":
        return event_agents(tok.head, pred, idx)
    return [], "event-noun", None


_JOINING = frozenset({"spearhead", "lead", "join", "head"})
_REFUSALS = frozenset({"deny", "refuse", "withhold", "veto", "block", "reject", "decline", "rule"})


def _refused(verb: Token) -> bool:
    return verb.lemma_.lower() in _REFUSALS


def _light_verb_to_the_left(tok: Token, idx: ActorIndex) -> tuple[list[Mention], Token | None]:
    """'ECOWAS imposed sanctions on Mali' mis-parsed: a light verb right before the noun, and the
    actors right before the verb."""
    doc, j = tok.doc, tok.i - 1
    start = idx.sent_of(tok).start
    while j > start and doc[j].pos_ in ("DET", "ADJ", "NUM", "PRON") and doc[j].lower_ not in ("which", "that"):
        j -= 1
    if j <= start or not is_light(doc[j], "positive"):
        return [], None
    return adjacent_agents(doc[j], idx), doc[j]


def _at_odds(tok: Token, pred: Predicate, idx: ActorIndex) -> list[Args]:
    """'X is at war with Y', 'A and B are at odds': a state the clause's subject is in."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("at", "in") or pred.coarse not in ("opposes", "supports"):
        return []
    if tok.head.head.pos_ in ("NOUN", "PROPN") and tok.head.head != tok.head:
        # "X, a rebel group at war with Y": the noun the phrase modifies is the party
        parties = idx.all(with_conjuncts([tok.head.head]))
        others = idx.all(with_conjuncts(prep_objects(tok, ("with", "against"))
                                        + prep_objects(tok.head.head, ("with", "against"))))
        return [Args(parties, others, "at-odds")] if parties and others else []
    verb = clause_verb(tok.head)
    if verb is None:
        return []
    # ("X has been locked (embroiled, mired) in a war with Y": a passive's subject is in the war too)
    parties = idx.all(with_conjuncts(subjects(verb, passive_ok=True)))
    owner = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"]
    backed = idx.all(with_conjuncts(objects(verb)))
    if owner and backed and tok.head.lower_ == "in" and all(m.end <= tok.head.i for m in backed):
        # "X backed Y in its war against Z": the war is the one backed, Y's (its own sides are read by
        # the support-against construction)
        parties = backed
    # "X is at war with Y" (the parser may hang "with" on the verb); but in "In a push for peace,
    # X met with Y" the "with" is the meeting's
    on_verb = tok.head.lower_ == "at" or verb.lemma_ in COPULAS
    others = idx.all(with_conjuncts(prep_objects(tok, ("with", "against"))
                                    + (prep_objects(verb, ("with", "against")) if on_verb else [])))
    if others:
        return [Args(parties, others, "at-odds", clause=verb)]
    # "A and B are at odds"; but "A and B are brokers in the conflict" says nothing of A and B
    if tok.head.lower_ == "at" and len(parties) >= 2:
        return [Args(parties, [], "at-odds", pairwise=True, clause=verb)]
    return []


def event_noun(tok: Token, pred: Predicate, idx: ActorIndex) -> list[Args]:
    found_at = _at_odds(tok, pred, idx)
    if found_at:
        return found_at
    between = prep_objects(tok, ("between",))
    on_verb = not between and bool(_between_on_verb(tok))
    between = between or _between_on_verb(tok)
    if between and pred.coarse in ("opposes", "supports"):
        parties = _between_parties(between, idx)
        # "fighting could break out between A and B": the verb's status is the event's
        return [Args(parties, [], "between", pairwise=True, clause=tok.head if on_verb else None)] \
            if len(parties) >= 2 else []
    # not a settlement: "the Israel-Hezbollah truce" names the two but reports an end to the fighting
    pair = _hyphen_pair(tok, idx) if pred.symmetric and tok.lemma_.lower() not in _NOT_PACTS else []
    if pair:
        return [Args(pair, [], "between", pairwise=True)]
    found = event_agents(tok, pred, idx)
    if found is None:
        return []
    agents, construction, clause = found
    if not agents:
        agents, clause = _light_verb_to_the_left(tok, idx)
        construction = "light-verb" if agents else construction
    patients_tok = pobjs(tok, pred, pred.preps + (("of",) if construction == "in-support-of" or _genitive_agent(tok)
                                                  else ()))
    # "on the group's behalf", "in the group's support": the possessor is whom the act is for; but in
    # "brokers in Libya's conflict" the possessor of a war is where it is fought, not a party fought
    if for_whom_patients := ([c for c in tok.children if c.dep_ == "poss"] if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "on") and pred.coarse != "opposes" else []):
        patients_tok = patients_tok + for_whom_patients  # "on the group's behalf"
    if not patients_tok and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _SHOWS:
        patients_tok = prep_objects(tok.head.head, pred.preps)  # "a show of solidarity with Y": "with" on "show"
    if not patients_tok and clause is not None and construction != "in-support-of":
        # "launched an attack yesterday on Y"; not the verb's own party: "sided with Y in the dispute"
        patients_tok = prep_objects(clause, pred.preps)  # "launched an attack yesterday on Y"
    if not patients_tok and clause is not None and construction == "in-support-of":
        # "X acted in solidarity with Y", "X marched in protest against Y": the parser hangs the noun's
        # own phrase on the verb, right after the "in" phrase (not "X sided with Y in the dispute")
        patients_tok = [o for c in clause.children if c.dep_ == "prep" and c.i == tok.right_edge.i + 1
                        and c.lower_ in pred.preps for o in c.children if o.dep_ == "pobj"]
    patients = idx.all(with_conjuncts(patients_tok))
    if not patients and pred.coarse == "opposes":
        patients = _targets(patients_tok, idx)  # "an offensive against army posts", "strikes on Houthi bases"
    if patients and not agents and construction == "event-noun" and pred.coarse == "opposes":
        verb = _during_clause(tok)  # "X took the valley after a week of fighting with Y"
        if verb is not None:
            # not a known unarmed body: "the UN evacuated its staff after days of fighting with Y"
            agents = [m for m in idx.all(with_conjuncts(subjects(verb))) if not _known_unarmed(m, idx)
                      and all(m.actor != p.actor for p in patients)]
            construction, clause = ("during-event", verb) if agents else (construction, clause)
    if not patients and construction == "event-noun" and tok.dep_ == "dobj" and is_light(tok.head, "receiving"):
        # "X's conduct has drawn criticism from Y": the subject of draw suffers it
        patients = idx.all(with_conjuncts(subjects(tok.head)))
        clause = tok.head
    if not patients and tok.dep_ == "pobj" and tok.head.lower_ == "under":
        verb = clause_verb(tok.head)  # "Y remains under UN sanctions", "Y came under attack from X"
        # "Y seized the town under the command of X": only a phrase the parser hangs on the verb itself
        if verb is not None and (pred.relation not in ("commands", "officialOf") or tok.head.head == verb):
            patients = idx.all(with_conjuncts(subjects(verb)))
            if not patients and pred.coarse == "opposes":
                patients = _targets(subjects(verb), idx)  # "an army convoy came under fire from X"
            if not agents and pred.coarse == "opposes":
                # "Y came under fire from X": the parser hangs "from" on the verb
                agents = idx.all(with_conjuncts(prep_objects(verb, ("from", "by"))))
            construction, clause = "under-attack", verb
    if not patients and agents and pred.coarse == "supports" and tok.dep_ == "nsubj" \
            and tok.head.lemma_.lower() in _ENABLING and not prep_objects(tok, pred.preps):
        # "Iranian air support helped Y retake the town", "X's backing allowed Y to hold out": the one helped
        helped = objects(tok.head) + [s for c in tok.head.children if c.dep_ in ("ccomp", "xcomp")
                                      for s in c.children if s.dep_ == "nsubj"]  # "helped Y retake" parsed so
        patients = idx.all(with_conjuncts(helped))
        clause = tok.head if patients else clause
    if not patients and pred.coarse == "supports" and tok.dep_ == "pobj" and tok.head.lower_ in _SUPPORT_PREPS:
        verb = clause_verb(tok.head)  # "Y retook the town with help from X"
        if verb is not None:
            patients = idx.all(with_conjuncts(subjects(verb)))
            construction, clause = "help-phrase", verb
    out = [Args(agents, patients, construction, clause=clause)]
    if agents and patients and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _JOINING:
        # "X spearheaded Y's assault on Z", "X joined Y's offensive against Z": X takes part too, as far
        # as the joining verb says ("X refused to join Y's offensive")
        joiners = [m for m in idx.all(with_conjuncts(subjects(tok.head))) if all(m.actor != a.actor for a in agents)]
        if joiners:
            out.append(Args(joiners, patients, "light-verb", clause=tok.head))
            if pred.relation == "fights" and construction == "event-noun":
                # whoever joins Y's own offensive fights on Y's side (not "joined the offensive on Y")
                out.append(Args(joiners, [a for a in agents if all(a.actor != p.actor for p in patients)],
                                "joined-act", clause=tok.head, relation="supportsMilitarily"))
    return out


_ENABLING = frozenset({"help", "enable", "allow", "let", "assist", "aid"})  # "X's support helped Y hold the town"
_PLURAL_PRONOUNS = frozenset({"them", "they", "themselves"})


def _between_on_verb(tok: Token) -> list[Token]:
    """'Clashes erupted between A and B', 'fighting broke out between A and B': the parser hangs
    "between" on the verb the event noun is the subject of."""
    head = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or head.pos_ != "VERB" or objects(head):
        return []
    return prep_objects(head, ("between",))


def _hyphen_pair(tok: Token, idx: ActorIndex) -> list[Mention]:
    """'the Kenya-Somalia war', 'the Israel-Hezbollah conflict': two actors joined by a hyphen before
    a noun of a two-sided relation are its two sides."""
    doc = tok.doc
    lo = tok.left_edge.i
    for k in range(lo + 1, tok.i - 1):
        if doc[k].text not in ("-", "\u2010", "\u2011", "\u2013") or doc[k - 1].whitespace_ or doc[k].whitespace_:
            continue
        a, b = idx.at.get(k - 1), idx.at.get(k + 1)
        if a is None or b is None or a.actor == b.actor or a.end != k or b.start != k + 1 or b.end > tok.i:
            continue
        if all(doc[j].dep_ in ("compound", "amod", "nmod", "npadvmod", "punct") for j in range(b.end, tok.i)):
            return [a, b]
    return []


def _pair_named_before(between: list[Token], idx: ActorIndex) -> list[Mention]:
    """'the fighting between them': the two parties a plural pronoun stands for, only where that is
    safe -- the coordinated subject of exactly two actors of the clause the phrase is in, or else of
    the sentence before (its main verb's)."""
    if len(between) != 1 or between[0].lower_ not in _PLURAL_PRONOUNS or between[0].conjuncts:
        return []
    pron = between[0]
    sent = idx.sent_of(pron)
    candidates = []
    verb = clause_verb(pron)
    if verb is not None:
        candidates.append(verb)
    if sent.start > 0:
        candidates.append(idx.sent_of(pron.doc[sent.start - 1]).root)
    for verb in candidates:
        subj = subjects(verb, passive_ok=True)
        if not subj or subj[0].i > pron.i:
            continue
        m = idx.at.get(subj[0].i)
        # "the Popular Front for X and Y" parsed with Y coordinated with the name's last word
        inside = [t for t in pron.doc[m.start:m.end] if t.i != subj[0].i] if m is not None else []
        heads = with_conjuncts(subj)
        heads += [c for t in inside for c in t.conjuncts
                  if (c.i < m.start or c.i >= m.end) and all(c.i != h.i for h in heads)]
        if len(heads) < 2:
            continue
        parties = idx.all(heads)
        return parties if len(parties) == 2 and len(heads) == 2 else []
    return []


def _known_unarmed(m: Mention, idx: ActorIndex) -> bool:
    return idx.type_of(m) == "Organization" and (idx.kb is None or m.actor in idx.kb.actors)


_DURING = frozenset({"after", "during", "amid", "following", "since", "through", "throughout", "in"})


def _during_clause(tok: Token) -> Token | None:
    """The clause an event noun is the circumstance of: "after (a week of) fighting with Y", "amid
    clashes with Y"."""
    node = tok
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        node = node.head.head  # "a week of fighting", "months of clashes"
    if node.dep_ == "pobj" and node.head.lower_ in _DURING:
        return clause_verb(node.head)
    return None


def adjective(tok: Token, pred: Predicate, idx: ActorIndex) -> list[Args]:
    if pred.prefix:
        return _prefixed(tok, idx)
    hyphen = hyphen_modifier(tok, idx)
    if hyphen is not None:
        m, noun = hyphen
        return [Args(idx.all(with_conjuncts([noun])), [m], "hyphen-compound")]
    referents = idx.all(with_conjuncts(copular_subjects(tok)))
    others = idx.all(with_conjuncts(pobjs(tok, pred)))
    if pred.symmetric and not others and len(referents) >= 2:
        return [Args(referents, [], "pairwise", pairwise=True)]  # "A and B are allied"
    if pred.symmetric and not others and tok.dep_ == "amod" and referents:
        # "A and the allied B movement": the one it is coordinated with is the ally
        partners = [m for m in idx.all(tok.head.conjuncts) if all(m.actor != r.actor for r in referents)]
        if partners:
            return [Args(referents + partners, [], "pairwise", pairwise=True)]
    return [Args(referents, others, "adjective")]


_TO_ACCOUNT = frozenset({"hold", "deem", "find"})  # "X holds Y responsible for the attack"


def wrongdoing(tok: Token, pred: Predicate, idx: ActorIndex) -> list[Args]:
    """'X said Y had violated the truce': a wrong one actor says (or accuses) another of doing is
    the speaker's condemnation of the doer."""
    node = tok
    for _ in range(4):
        if node.head is node:
            return []
        head = node.head
        if (head.lemma_ in SPEECH or head.lemma_ in _TO_ACCOUNT) and node.dep_ in ("ccomp", "pcomp", "prep", "pobj"):
            accusers = idx.all(with_conjuncts(subjects(head)))
            doers = idx.all(with_conjuncts(subjects(tok)))
            # the status is the reported clause's ("X said Y had not violated the truce"), up to the speaker
            return [Args(accusers, doers, "wrongdoing")]
        node = head
    return []


def complaint(tok: Token, pred: Predicate, idx: ActorIndex) -> list[Args]:
    """'X complained that Y tolerated the rebels', 'X lamented that Y had ignored its appeals': whoever
    a complaint says did something is its target. Not one the clause says something was done to
    ("X complained that Y had been left out"), nor the complainer itself ("complained that it was ignored")."""
    agents = idx.all(with_conjuncts(subjects(tok)))
    done = [g for c in tok.children if c.dep_ == "ccomp" and not is_passive(c)
            for g in c.children if g.dep_ == "nsubj"]
    targets = [m for m in idx.all(with_conjuncts(done)) if all(m.actor != a.actor for a in agents)]
    return [Args(agents, targets, "complaint")] if agents and targets else []


def members(tok: Token, pred: Predicate, idx: ActorIndex) -> list[Args]:
    """'an alliance of A, B and C', 'the bloc, which groups A, B and C': the members back each other."""
    if tok.pos_ == "NOUN":
        listed = prep_objects(tok, ("of", "between", *pred.preps))
    else:
        listed = objects(tok) + pobjs(tok, pred)
    parties = idx.all(with_conjuncts(listed))
    return [Args(parties, [], "members", pairwise=True)] if 2 <= len(parties) <= 8 else []


def _prefixed(tok: Token, idx: ActorIndex) -> list[Args]:
    """'pro-Turkish militias', 'anti-Houthi forces': the noun supports (or opposes) the actor
    the hyphen joins the prefix to."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text not in ("-", "\u2010", "\u2011") or tok.whitespace_:
        return []
    joined = idx.at.get(tok.i + 2)
    if joined is None:
        return []
    noun = doc[joined.end - 1]
    for _ in range(4):
        if noun.dep_ in ("amod", "compound", "nmod", "npadvmod") and noun.head.i > noun.i:
            noun = noun.head
        else:
            break
    holders = idx.all(with_conjuncts([noun]))
    return [Args([h for h in holders if h.actor != joined.actor], [joined], "hyphen-compound")]


FRAME_READERS = {
    "transitive": transitive, "prep": prep, "transfer": transfer, "receive": receive, "departure": departure,
    "agent_noun": agent_noun, "patient_noun": patient_noun, "event_noun": event_noun, "adjective": adjective,
    "members": members, "wrongdoing": wrongdoing, "complaint": complaint, "loss": loss, "revenge": revenge,
}


# -- constructions that need no predicate word -------------------------------------------------

_FLOWS = frozenset({"go", "flow", "arrive", "reach", "pour", "head", "land"})


def aid_cut(tok: Token, idx: ActorIndex) -> list[Args]:
    """'X suspended its military aid to Y', 'X cut off funding for Y', 'X froze 40 million dollars of
    budget aid to Y': cutting the aid someone receives punishes them (whatever the aid was before)."""
    if tok.pos_ != "VERB" or not is_light(tok, "punitive") or is_passive(tok):
        return []
    cut = [o for o in objects(tok) if _aid_theme(o)]
    # ("40 million dollars of budget aid": an amount of aid)
    cut += [g for o in objects(tok) if o.lemma_.lower() in QUANTITIES or o.like_num or o.ent_type_ == "MONEY"
            or any(c.dep_ == "nummod" for c in o.children)
            for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
            if g.dep_ == "pobj" and _aid_theme(g)]
    if not cut:
        return []
    receivers = idx.all(with_conjuncts([r for n in (tok, *cut, *(o.head for o in cut if o.dep_ == "pobj"))
                                         for r in prep_objects(n, ("to", "for"))]))
    agents = idx.all(with_conjuncts(subjects(tok)))
    return [Args(agents, receivers, "aid-cut")] if agents and receivers else []


def aid_flow(tok: Token, idx: ActorIndex) -> list[Args]:
    """'A batch of Iranian missiles had gone to the Houthis': aid made by one actor reaching another."""
    if tok.lemma_.lower() not in _FLOWS or tok.pos_ != "VERB":
        return []
    theme = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not theme or not _aid_theme(theme[0]) and not any(
            _aid_theme(g) for c in theme[0].children if c.dep_ == "prep" for g in c.children):
        return []
    makers = _maker(theme[0], idx)
    receivers = idx.all(with_conjuncts(prep_objects(tok, ("to", "for"))))
    return [Args(makers, receivers, "aid-flow")] if makers and receivers else []


def _is_pact(noun: Token) -> bool:
    words = {noun.lemma_.lower()} | {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
    words |= {g.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")
              for g in c.children if g.dep_ in ("compound", "amod")}  # "a mutual defence pact"
    if words & _NOT_PACTS or any(w.split("-")[0] in _NOT_PACTS for w in words):
        return False
    lemma = noun.lemma_.lower()
    if lemma in _PACTS_BY_ITSELF:
        return True
    on = [g.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "of")
          for g in c.children if g.dep_ == "pobj"]  # "an agreement on mutual defence"
    return lemma in _PACTS and bool((words | set(on)) & _PACT_TERMS)


def pact(tok: Token, idx: ActorIndex, relational: frozenset[str] = frozenset()) -> list[Args]:
    """'A, B and C signed a defence pact', 'the rulers of A and B formed an alliance', 'A concluded a
    security agreement with B', 'A entered into an alliance with B': the parties back each other.
    Not where the sentence names how they stand ("A and its backer B signed a pact": B backs A)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _PACTS:
        return []
    if tok.dep_ == "dobj":
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "into":
        verb = tok.head.head  # "entered into a pact"
    else:
        return []
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _PACT_VERBS or not _is_pact(tok):
        return []
    subj = subjects(verb)
    if any(t.lemma_.lower() in relational for s in subj for t in s.subtree):
        return []
    parties = idx.all(with_conjuncts(subj))
    others = [m for m in idx.all(with_conjuncts(prep_objects(tok, ("with",)) + prep_objects(verb, ("with",))))
              if all(m.actor != p.actor for p in parties)]
    if others and parties:
        return [Args(parties + others, [], "pact", pairwise=True, clause=verb)] if len(parties) == 1 else \
            [Args(parties, others, "pact", clause=verb), Args(others, parties, "pact", clause=verb)]
    return [Args(parties, [], "pact", pairwise=True, clause=verb)] if len(parties) >= 2 else []


def side_by_side(tok: Token, idx: ActorIndex, fights: frozenset[str], own: frozenset[str]) -> list[Args]:
    """'X repelled the attack together with Y', 'X, alongside Y, patrols the north': two who carry
    out one military action are on one side (both ways). A verb whose own lexicon entry takes
    "alongside" ("X fought alongside Y": X backs Y) is read by that entry."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or not (lemma in fights or lemma in _JOINT_ACTION):
        return []
    heads = passive_agents(tok) if is_passive(tok) else subjects(tok)
    principal = idx.all([x for h in heads for x in (h, *h.conjuncts)])
    with_ = [t for h in heads for t in prep_objects(h, ("alongside",))]
    if lemma not in own:
        with_ += prep_objects(tok, ("alongside",))
    else:  # "X fought together with Y" is mutual, where "X fought alongside Y" is X's help to Y
        with_ += [t for t in prep_objects(tok, ("alongside",)) if t.head.lower_ == "with"]
    with_ += [t for h in passive_agents(tok) for t in prep_objects(h, ("alongside",))] if not is_passive(tok) else []
    partners = [m for m in idx.all(with_conjuncts(with_)) if all(m.actor != p.actor for p in principal)]
    if not principal or not partners:
        return []
    return [Args(principal, partners, "side-by-side"), Args(partners, principal, "side-by-side")]


def branded(tok: Token, idx: ActorIndex) -> list[Args]:
    """'X called Y's strikes a violation of international law', 'X described the attack by Y as a war
    crime', 'X called the strikes a mistake by Y': naming someone's act a wrong condemns them."""
    if tok.pos_ != "NOUN" or (tok.lemma_.lower() not in _WRONGS and tok.lower_ not in _WRONGS):
        return []
    said = _said_to_be(tok, idx)
    if said:
        return said
    path, node = [tok], tok
    for _ in range(4):
        if node.head == node:
            return []
        gov = node.head
        if gov.lemma_.lower() in _NAMING and gov.pos_ == "VERB" and (
                node.dep_ in ("dobj", "oprd", "ccomp", "attr", "xcomp", "acomp") or node.lower_ == "as"):
            break
        if node.dep_ == "prep" and node.lower_ in ("for", "on", "to", "against", "with"):
            return []  # "called for an end to the aggression": a demand, not a name
        path.append(gov)
        node = gov
    else:
        return []
    things = [c for c in gov.children if c.dep_ == "dobj" and c not in path and c.pos_ != "PRON"]
    things += [c for c in path if c.dep_ == "dobj" and c.head == gov and c.pos_ != "PRON"]  # "described X's act as"
    things += [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]  # "called [the strikes a mistake]"
    by = [t for p in path for t in prep_objects(p, ("by",))]
    if not is_passive(gov):  # "called the strikes by Y a crime", the "by" hung on the verb
        by += prep_objects(gov, ("by",))
    doers = idx.all(things) + idx.all(with_conjuncts(by))
    accusers = idx.all(with_conjuncts(subjects(gov)))
    return [Args(accusers, doers, "branded", clause=gov)] if accusers and doers else []


THREAT_VERBS = frozenset({"threaten", "warn"})
_IF = frozenset({"if", "unless"})


def _threat_contents(tok: Token) -> list[Token]:
    """The clauses a threat verb governs: "threatened to send troops", "warned that it would strike"."""
    out = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    return out + [g for c in out for g in c.children if g.dep_ in ("xcomp", "ccomp", "conj")]


def conditional_threat(tok: Token, idx: ActorIndex) -> list[Args]:
    """'X threatened to send troops if Y tried to seize the port', 'X warned that it would strike hard if
    Y broke the truce', 'X warned Y of serious consequences if it went ahead': whoever a threat is
    conditioned on is threatened. A warning that reports no party's act of its own ("X warned that the
    famine would worsen if Y blocked aid") is no threat."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in THREAT_VERBS:
        return []
    threateners = idx.all(with_conjuncts(subjects(tok)))
    if not threateners:
        return []
    contents = _threat_contents(tok)
    warned = idx.all(with_conjuncts(objects(tok)))
    out: list[Args] = []
    for clause in [tok, *contents]:
        for cond in (c for c in clause.children if c.dep_ == "advcl"):
            if not any(m.dep_ == "mark" and m.lower_ in _IF for m in cond.children):
                continue
            targets = [m for m in idx.all(with_conjuncts([c for c in cond.children if c.dep_ == "nsubj"]))
                       if all(m.actor != t.actor for t in threateners)]
            if not targets:
                continue
            if tok.lemma_.lower() == "warn" and not warned:
                # the warning must say what some party of its own will do
                doers = [m for c in contents if c.dep_ == "ccomp" for m in idx.all(subjects(c))]
                if not any(all(m.actor != t.actor for t in targets) for m in doers):
                    continue
            out.append(Args(threateners, targets, "conditional-threat", relation="threatens"))
    return out


def threat_over(clause: Token) -> Token | None:
    """The threat verb whose content ``clause`` is: "warned that it could end Y's mission" -> warned."""
    node = clause
    for _ in range(3):
        if node.dep_ not in ("xcomp", "ccomp", "conj") or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in THREAT_VERBS:
            return node
        if node.lemma_ in SPEECH:
            return None
    return None


def _said_to_be(tok: Token, idx: ActorIndex) -> list[Args]:
    """'X said Y's strikes were a violation of the truce', '"What Y has done are war crimes," X said': a
    speaker who says an act is a wrong condemns whoever did it."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in ("act", "form", "case"):
        tok = tok.head.head  # "an act of aggression", "a case of terrorism"
    cop = tok.head
    if tok.dep_ != "attr" or cop.lemma_ not in COPULAS or cop.dep_ not in ("ccomp", "conj", "parataxis"):
        return []
    things = [c for c in cop.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    # "what Y has done": the doer of the clause that is the subject
    things += [g for c in cop.children if c.dep_ == "csubj" for g in c.children if g.dep_ == "nsubj"]
    doers = idx.all(with_conjuncts(things))
    said_by = speaker(cop, idx.sent_of(cop), idx)
    if said_by is None or not doers:
        return []
    return [Args([said_by], doers, "branded", clause=cop)]


def jointly(tok: Token, idx: ActorIndex) -> list[Args]:
    """'A and B jointly seized the camp', 'A and B fought together': partners, both ways."""
    if tok.pos_ != "VERB" or not (any(c.dep_ == "advmod" and c.lower_ in ("jointly", "together") for c in tok.children)
                                  or _side_words(tok)):
        return []
    parties = idx.all(with_conjuncts(subjects(tok)))
    return [Args(parties, [], "jointly", pairwise=True)] if len(parties) >= 2 else []


_FORCE_NOUNS = _NOUNS["force"]
_WITH_AID = frozenset({"with", "to", "using"})  # "with X's drones", "thanks to X's gunships"


def help_adjunct(tok: Token, idx: ActorIndex) -> list[Args]:
    """'With X's drones, Y retook the town', 'Y retook the town with Iranian missiles', 'thanks to X's
    gunships, Y advanced': arms or aid that are X's, in the hands of the clause's subject Y -- X supports Y.
    Not "with X's permission" (no aid), not "with X's drones overhead" (the drones are doing something
    of their own: a modifier or clause on the noun), not the subject's own ("with its drones")."""
    if tok.dep_ != "pobj" or tok.pos_ != "NOUN" or tok.head.lower_ not in _WITH_AID or not _aid_theme(tok) \
            or tok.lemma_.lower() in _FORCE_NOUNS or tok.lower_ in _FORCE_NOUNS:
        return []  # (people are no instrument: "X clashed with Y's fighters")
    if tok.head.lower_ == "to" and tok.head.head.lower_ not in ("thanks", "owing", "due"):
        return []  # "X lost its jets to Y's missiles"
    if any(c.dep_ not in ("poss", "amod", "compound", "det", "nummod", "case", "cc", "conj", "punct") for c in tok.children):
        return []  # "with X's drones overhead", "with X's drones circling the town"
    makers = [m for m in idx.all([c for c in tok.children if c.dep_ == "poss"]) if m.kind != "pronoun"] + [
        m for m in idx.all([c for c in tok.children if c.dep_ in ("amod", "compound")], modifier=True) if m.kind == "demonym"]
    if not makers:
        return []
    verb = clause_verb(tok.head)
    if verb is None or verb.pos_ != "VERB" or (tok.head.lower_ == "with" and any(
            "with" in e.preps for e in default_lexicon().lookup(verb.lemma_.lower(), "VERB"))):
        return []  # "with" is the verb's own argument: "X clashed with Y's gunships", "sided with"
    users = [m for m in idx.all(with_conjuncts(subjects(verb))) if all(m.actor != x.actor for x in makers)]
    if not users:
        return []
    return [Args(makers, users, "help-phrase", clause=verb)]


_OUT_ORDERS = frozenset({"force", "order", "push", "kick", "throw", "chase", "drive", "want"})


def ordered_out(tok: Token, idx: ActorIndex) -> list[Args]:
    """'X ordered Y's forces out of the country', 'X forced Y out of the town', 'X wants Y out': whoever
    orders, forces or wants someone out demands its departure."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _OUT_ORDERS or is_passive(tok):
        return []
    if not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out" and c.i > tok.i for c in tok.children):
        return []
    agents = idx.all(with_conjuncts(subjects(tok)))
    out_of = [m for m in idx.all(with_conjuncts(objects(tok))) if all(m.actor != a.actor for a in agents)]
    return [Args(agents, out_of, "demand-departure")] if agents and out_of else []


_CONTINGENTS = frozenset({"contingent", "battalion", "detachment"})


def contributors(tok: Token, idx: ActorIndex) -> list[Args]:
    """'Y, whose Kenyan and Ugandan contingents ...', 'at the request of Y': the states whose
    troops a force is made of support it; acting at someone's request supports them."""
    lemma = tok.lemma_.lower()
    if lemma in _INVITATIONS and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "upon", "on"):
        verb = clause_verb(tok.head)
        requester = [c for c in tok.children if c.dep_ == "poss"] + prep_objects(tok, ("of",))
        if verb is not None:
            requesters = idx.all(with_conjuncts(requester))
            if not requesters and any(r.lemma_.lower() in _STATE_BODIES or r.lower_ in _STATE_BODIES for r in requester):
                # "flew instructors to Bangui at the government's request": the government of the
                # state the help goes to
                places = [idx.of(g) or idx.place_state(g) for g in prep_objects(verb, ("to", "into"))]
                requesters = [m for m in places if m is not None and idx.type_of(m) == "State"]
            return [Args(idx.all(with_conjuncts(subjects(verb))), requesters, "at-request", clause=verb)]
    if lemma in _CONTINGENTS and tok.pos_ == "NOUN":
        # "Uganda's contingent in Y", "the Ugandan contingent of Y": the state whose contingent serves
        # in a force supports that force
        bodies = [m for m in idx.all(with_conjuncts(prep_objects(tok, ("in", "of", "with"))))
                  if idx.type_of(m) not in ("State", "Government", "Person", "Official")]
        own = idx.at.get(tok.i)
        if own is not None and own.kind == "forces" and own.possessor in idx.linked.actors:
            states = [Mention(own.start, own.end, own.possessor, "demonym")]
        else:
            states = idx.all([c for c in tok.children if c.dep_ == "poss"]) + [
                m for m in idx.all([c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")], modifier=True)
                if m.kind == "demonym"]
        states = [m for m in states if idx.type_of(m) == "State"]
        bodies = [b for b in bodies if all(b.actor != m.actor for m in states) and (own is None or b.actor != own.actor)]
        if states and bodies:
            return [Args(states, bodies, "contributors", clause=clause_verb(tok))]
    if lemma in ("contingent", "troop", "soldier", "force", "battalion", "unit", "peacekeeper", "officer") and any(
            c.dep_ == "poss" and c.lower_ == "whose" for c in tok.children):
        verb = tok.head
        states = [m for m in idx.all(with_conjuncts([c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]),
                                     modifier=True) if m.kind == "demonym"]
        if verb.dep_ == "relcl":
            return [Args(states, idx.all([verb.head]), "contributors", clause=verb)]
        whose = next(c for c in tok.children if c.dep_ == "poss" and c.lower_ == "whose")
        k = whose.i - 2 if whose.i >= 2 and tok.doc[whose.i - 1].text == "," else whose.i - 1
        antecedent = _mention_ending_at(k, idx) if k >= 0 else None  # "ATMIS, whose Kenyan contingents"
        if antecedent is not None:
            return [Args(states, [antecedent], "contributors")]
    return []


# -- when the parse fails: the actors next to a verb ------------------------------------------
# The small English model mis-parses (and mis-tags) many news sentences: "Russia, alongside
# Egypt, back X" with "back" an adverb; a possessive object parsed as a clause. Where the parse
# gives a verb no subject or no object, the actor list right before it (across an aside) and
# right after it (across modifiers and a possessor) stand in, at a lower confidence.
_LEFT_SKIP = frozenset({"also", "have", "has", "had", "long", "now", "still", "already", "openly", "jointly",
                        "reportedly", "allegedly", "both", "all", "which", "who", "that", "will", "would", "continue",
                        "continued", "continues", "to", "been", "being", "is", "are", "was", "were", "do", "does",
                        "did", "not", "n't", "never"})
_RIGHT_SKIP_POS = frozenset({"DET", "ADJ", "ADV", "NUM"})
_LIST_WORDS = frozenset({",", "and", "or", "the"})


def _mention_ending_at(i: int, idx: ActorIndex) -> Mention | None:
    m = idx.at.get(i)
    if m is None or m.end != i + 1 or (m.kind == "demonym" and idx.linked.doc[i].tag_ not in ("NNS", "NNPS")):
        return None
    return m


def _list_leftwards(i: int, lo: int, idx: ActorIndex) -> list[Mention]:
    doc, out = idx.linked.doc, []
    while i >= lo:
        m = _mention_ending_at(i, idx)
        if m is None:
            break
        out.append(m)
        k = m.start - 1
        while k >= lo and doc[k].lower_ in _LIST_WORDS:
            k -= 1
        if k == m.start - 1 or k < lo:
            break
        i = k
    return out


def adjacent_agents(tok: Token, idx: ActorIndex) -> list[Mention]:
    doc, lo = tok.doc, idx.sent_of(tok).start
    i = tok.i - 1
    while i >= lo and (doc[i].lower_ in _LEFT_SKIP or doc[i].pos_ == "ADV"):
        i -= 1
    aside: list[Mention] = []
    if i >= lo and doc[i].text == ",":
        j = i - 1  # "X, alongside Y and Z, back ...": skip the aside, keep its companions
        while j >= lo and doc[j].text != "," and i - j < 14 and doc[j].pos_ != "VERB":
            j -= 1
        if j < lo or doc[j].text != ",":
            return []
        if doc[j + 1].lower_ in ("alongside", "along", "together", "like", "as"):
            aside = [idx.at[k] for k in range(j + 1, i) if k in idx.at and idx.at[k].kind != "demonym"]
        i = j - 1
    found = _list_leftwards(i, lo, idx)
    return found + [m for m in aside if all(m.actor != f.actor for f in found)] if found else []


def adjacent_patients(tok: Token, preps: tuple[str, ...], idx: ActorIndex) -> list[Mention]:
    doc, hi = tok.doc, idx.sent_of(tok).end
    j, steps, prep_seen = tok.i + 1, 0, not preps
    while j < hi and steps < 6 and j not in idx.at:
        t = doc[j]
        if not prep_seen and t.lower_ in preps:
            prep_seen = True
        elif not (t.pos_ in _RIGHT_SKIP_POS or t.text in ("-", "\u2010") or t.lower_ in ("its", "their", "his", "her")
                  or (t.pos_ == "NOUN" and t.dep_ in ("compound", "amod", "npadvmod"))
                  or (t.tag_ in ("VBN", "VBD") and j > 0 and doc[j - 1].text == "-")):
            return []
        j, steps = j + 1, steps + 1
    if j >= hi or j not in idx.at or not prep_seen:
        return []
    m = idx.at[j]
    if m.kind == "demonym" or (m.kind == "pronoun" and doc[j].dep_ == "poss" and doc[j].head.i not in idx.at):
        return []  # "helping Y defend its territory": the verb's object is the territory, not whose it is
    end = m.end
    if end < hi and doc[end].tag_ == "POS":
        # "backs X's Tripoli-based, internationally recognised Y": the possessed actor
        k = end + 1
        while k < hi and k - end < 10 and k not in idx.at and (
                doc[k].pos_ in ("ADJ", "ADV", "PUNCT", "PROPN", "VERB") and doc[k].lower_ not in (".", ";", ":")):
            k += 1
        if k in idx.at and idx.at[k].start == k:
            m, end = idx.at[k], idx.at[k].end
        elif k < hi and doc[k].lemma_.lower() in _RELATIVES:
            return []  # "installed X's son", "backed X's brother": a kinsman of X's, not X
    out = [m]
    while end < hi:
        k = end
        while k < hi and doc[k].lower_ in _LIST_WORDS:
            k += 1
        if k == end or k >= hi or k not in idx.at or idx.at[k].start != k or idx.at[k].kind == "demonym":
            break
        out.append(idx.at[k])
        end = idx.at[k].end
    return out


def _relative_antecedent(agents: list[Mention], idx: ActorIndex) -> list[Mention]:
    """'Y, which X arms, ...' read without the parse: the actor before the relative pronoun."""
    if not agents:
        return []
    doc = idx.linked.doc
    k = min(m.start for m in agents) - 1
    if k < 1 or doc[k].lower_ not in ("which", "that", "whom", "who") or doc[k].dep_ == "mark":
        return []  # (not "told Y that X supported ...": a complementiser, not a relative pronoun)
    k -= 1
    if doc[k].text == ",":
        k -= 1
    m = _mention_ending_at(k, idx)
    return [m] if m is not None and all(m.actor != a.actor for a in agents) else []


def with_adjacent(args: list[Args], tok: Token, pred: Predicate, idx: ActorIndex) -> list[Args]:
    """Fill a side the parse left empty from the actors next to the verb."""
    if pred.frame not in ("transitive", "prep") or is_passive(tok) or _forecast(tok, pred) or any(
            a.construction in ("hyphen-compound", "participle") for a in args):
        return args
    out = []
    for a in args or [Args([], [], "adjacent")]:
        if a.agents and a.patients or a.pairwise:
            out.append(a)
            continue
        # "a rival wing of X clashed with Y": the named side is a division split from X, not X
        split_subject = any(split_off(x) for x in subjects(tok))
        split_object = any(split_off(x) for x in objects(tok) + pobjs(tok, pred)) or a.extra.get("captives")
        agents = a.agents or ([] if split_subject else adjacent_agents(tok, idx))
        if pred.agent == "armed":  # "Tomas Ardel works for Y": no armed agent, none next to the verb either
            agents = [] if any(_civilian_of(t) for t in subjects(tok)) else \
                [m for m in agents if m.kind == "forces" or idx.type_of(m) == "ArmedGroup"]
        patients = a.patients or ([] if split_object or inverted_subject(tok) else adjacent_patients(
            tok, pred.preps if pred.frame == "prep" else (), idx) or _relative_antecedent(agents, idx))
        out.append(Args(agents, patients, "adjacent" if agents and patients else a.construction, a.pairwise,
                        a.clause, a.extra))
    return out
