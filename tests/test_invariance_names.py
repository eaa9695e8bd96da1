"""Name invariance (issue "Actors"): a sentence must read the same whether its actors are real
(in the gazetteer) or invented. Generator: sentence templates over supports / opposes / official_of
constructions (our own sentences), each filled once with real actors only and once more for every
slot and every shape of invented name that slot can take (the other slots keep their real fillers),
so a disagreement is charged to that shape. Both results are rewritten with slots for actors
(``G opposes S.forces [Asserted]``) and must be equal; actor types are compared the same way.

    .venv/bin/python tests/test_invariance_names.py          # agreement per shape, then the failures
"""
from __future__ import annotations

import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

import pytest

DATE = "2024-06-01"


@dataclass(frozen=True)
class F:
    """A filler: how a sentence writes the actor and the labels it may come back under."""
    text: str
    kind: str  # state | group | person
    shape: str  # "real" or the shape of an invented name ("state -ia", "group 3-word", ...)
    labels: tuple[str, ...] = ()  # acceptable labels (default: the text without "the")
    adj: str | None = None  # demonym ("Valdorian")
    forces: tuple[str, ...] = ()  # labels of the state's armed forces
    short: str | None = None  # surname for a later mention
    type: str = ""  # expected actor type

    @property
    def bare(self) -> str:
        return self.text[4:] if self.text.startswith("the ") else self.text

    def names(self) -> tuple[str, ...]:
        return self.labels or (self.bare,)

    def form(self, name: str | None) -> str | None:
        if name is None:
            return self.text
        if name == "bare":
            return self.bare
        if name == "The":
            return "The " + self.bare if self.text.startswith("the ") else self.text
        if name == "adj":
            return self.adj
        if name == "short":
            return self.short
        raise KeyError(name)


def real_state(text, adj, forces=(), label=None):
    return F(text, "state", "real", (label or text,), adj, tuple(forces) or (f"Armed forces of {label or text}",),
             type="State")


def new_state(text, shape, adj=None):
    bare = text[4:] if text.startswith("the ") else text
    core = bare.split(" of ")[-1]
    forces = (f"Armed forces of {bare}", f"Armed forces of {core}")
    if adj:
        forces += (f"{adj} Army", f"{adj} Armed Forces", f"{adj} forces")
    return F(text, "state", shape, (bare, core), adj, forces, type="State")


def group(text, shape, *labels):
    bare = text[4:] if text.startswith("the ") else text
    return F(text, "group", shape, labels or (bare,), type="ArmedGroup")


def person(text, shape, short=None, label=None):
    return F(text, "person", shape, (label or text,), short=short or text.split()[-1], type="Official")


REAL = {
    "state": [real_state("Iran", "Iranian"), real_state("Turkey", "Turkish", ["Turkish Armed Forces"]),
              real_state("Pakistan", "Pakistani"), real_state("Rwanda", "Rwandan", ["Rwanda Defence Force"]),
              real_state("Egypt", "Egyptian"), real_state("Eritrea", "Eritrean"),
              real_state("Russia", "Russian", ["Russian Armed Forces"]), real_state("Kazakhstan", None)],
    "group": [group("Hezbollah", "real"), group("the Wagner Group", "real"), group("Hamas", "real"),
              group("the Arakan Army", "real"), group("Boko Haram", "real"),
              group("the Kachin Independence Army", "real"), group("the March 23 Movement", "real"),
              group("the Democratic Forces for the Liberation of Rwanda", "real"),
              group("al-Shabaab", "real")],
    "person": [person("Khalifa Haftar", "real"), person("Yevgeny Prigozhin", "real"),
               person("Mohamed Hamdan Dagalo", "real"), person("Abdel Fattah al-Burhan", "real", "Burhan"),
               person("Sergei Shoigu", "real"), person("Ibrahim Traore", "real")],
}

NEW = {
    "state": [
        new_state("Valdoria", "state -ia", "Valdorian"), new_state("Dravnia", "state -ia", "Dravnian"),
        new_state("Karvonia", "state -ia", "Karvonian"), new_state("Kessaria", "state -ia", "Kessarian"),
        new_state("Korvastan", "state -stan", "Korvastani"), new_state("Tulmistan", "state -stan", "Tulmistani"),
        new_state("Zerkistan", "state -stan", "Zerkistani"),
        new_state("Ostrand", "state -and"), new_state("Velmland", "state -and"), new_state("Karsland", "state -and"),
        new_state("the Republic of Ostrava", "state Republic of", "Ostravan"),
        new_state("the Federal Republic of Marovia", "state Republic of", "Marovian"),
        new_state("the Kingdom of Dalmor", "state Republic of"),
        new_state("Varan", "state -ese", "Varanese"), new_state("Korel", "state -ese", "Korelese"),
        new_state("Sundar", "state -ese", "Sundarese"),
    ],
    "group": [
        group("Korvath", "group 1-word"), group("Zerak", "group 1-word"), group("the Velm", "group 1-word"),
        group("the Drovan Front", "group 2-word"), group("the Zerak Brigade", "group 2-word"),
        group("the Ombra Movement", "group 2-word"),
        group("the Karsa Liberation Front", "group 3-word"), group("the Dakari Liberation Army", "group 3-word"),
        group("the Sokar Revolutionary Army", "group 3-word"),
        group("the militia Zerak", "group type-noun first", "Zerak", "Zerak militia"),
        group("the rebel group Korvath", "group type-noun first", "Korvath"),
        group("the armed group Tamzul", "group type-noun first", "Tamzul"),
        group("the Zerak militia", "group type-noun last", "Zerak militia", "Zerak"),
        group("the Velm rebels", "group type-noun last", "Velm rebels", "Velm"),
        group("the Front for the Liberation of Ostra", "group of-phrase"),
        group("the Movement for the Salvation of Kessa", "group of-phrase"),
        group("the Union of Forces for Change", "group of-phrase"),
    ],
    "person": [
        person("Tomas Ardell", "person European"), person("Nadia Ferrante", "person European"),
        person("Lukas Brenner", "person European"),
        person("Yusuf bin Tarek", "person Arabic", "Tarek"), person("Abu Hamza al-Tikrani", "person Arabic", "Tikrani"),
        person("Salim al-Karbouli", "person Arabic", "Karbouli"),
        person("Dmitri Volkanov", "person Slavic"), person("Oksana Petrenchuk", "person Slavic"),
        person("Bogdan Kralevic", "person Slavic"),
        person("Kwame Asantewa", "person African"), person("Tendai Moyoweni", "person African"),
        person("Chidi Okonkwo", "person African"),
    ],
}


@dataclass(frozen=True)
class Tpl:
    text: str
    slots: dict[str, str]  # slot -> kind


def tpl(text: str, **slots: str) -> Tpl:
    return Tpl(text, slots)


# Each template: a construction of the lexicon with two or three actor slots (S state, G group,
# P person). Headline templates are written in headline case.
TEMPLATES = [
    # supports
    tpl("{S} backs {G}.", S="state", G="group"),
    tpl("{S} has supplied weapons to {G}, officials said.", S="state", G="group"),
    tpl("{S} sent drones to {G} last year.", S="state", G="group"),
    tpl("{G.The}, which is backed by {S}, seized the town.", S="state", G="group"),
    tpl("The fighters of {G} received funding from {S}, the report said.", S="state", G="group"),
    tpl("{S} and {T} support {G}.", S="state", T="state", G="group"),
    tpl("Analysts say {S} is a key ally of {G}.", S="state", G="group"),
    tpl("{S} accused {T} of arming {G}.", S="state", T="state", G="group"),
    tpl("On Monday {G} thanked {S} for its military aid.", S="state", G="group"),
    # opposes
    tpl("{G.The} attacked {H} near the border.", G="group", H="group"),
    tpl("{G.The} clashed with {S.adj} troops on Sunday.", G="group", S="state"),
    tpl("{S.adj} forces launched strikes on {G} overnight.", S="state", G="group"),
    tpl("{S} condemned {G} for the attack.", S="state", G="group"),
    tpl("{S} fought {T} for control of the valley.", S="state", T="state"),
    tpl("Fighters from {G} ambushed a convoy of {H}.", G="group", H="group"),
    tpl("{S} denounced {T} and vowed to respond.", S="state", T="state"),
    # official_of
    tpl("{P}, the commander of {G}, said the fighting would continue.", P="person", G="group"),
    tpl("{G} leader {P} rejected the ceasefire.", P="person", G="group"),
    tpl("Gen. {P}, who leads {G}, accused {S} of arming his rivals.", P="person", G="group", S="state"),
    tpl("{S} named {P} as its new defence minister on Tuesday.", P="person", S="state"),
    # later mentions of a person by surname after a title
    tpl("Gen. {P} commands {G}. On Monday, {P.short} accused {S} of shelling the town.",
        P="person", G="group", S="state"),
    tpl("{P} is a colonel in {G}. Colonel {P.short} said the group would never talk to {S}.",
        P="person", G="group", S="state"),
    tpl("{P} heads {G}. Mr {P.short} said {S} had supplied the group with drones.",
        P="person", G="group", S="state"),
    # demonyms: a state named in the article, or a cue word after the demonym
    tpl("{S} says it is neutral. But {S.adj} soldiers shelled positions of {G} on Monday.", S="state", G="group"),
    tpl("{S.adj} troops attacked {G}.", S="state", G="group"),
    # headline case, then a body sentence
    tpl("{S} Sends Weapons To {G.bare}\n\nThe shipment arrived on Monday, officials said.", S="state", G="group"),
    tpl("{S.adj} Army Attacks {G.bare} Positions\n\nThe army said it had taken the hills.", S="state", G="group"),
    tpl("{G.bare} Fighters Clash With {H.bare}\n\nThe fighting went on through the night.", G="group", H="group"),
]

SLOT = re.compile(r"\{([A-Z])(?:\.(\w+))?\}")
SENTENCE_START = re.compile(r"(^|[.?!]\s+|\n)([a-z])")


def fill(t: Tpl, fillers: dict[str, F]) -> str | None:
    out = []
    for m in SLOT.finditer(t.text):
        if fillers[m.group(1)].form(m.group(2)) is None:
            return None
    out = SLOT.sub(lambda m: fillers[m.group(1)].form(m.group(2)), t.text)
    return SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), out)


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"^the\s+", "", s)
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def slot_of(label: str, fillers: dict[str, F]) -> str:
    """The slot an extracted label stands for ("S", "S.forces"), or "?label" for an actor of no slot."""
    f = fold(label)
    for slot, filler in fillers.items():
        if f in {fold(x) for x in filler.names()}:
            return slot
        if f in {fold(x) for x in filler.forces}:
            return slot + ".forces"
    return "?" + label


def rewrite(result, fillers: dict[str, F]) -> tuple[frozenset, dict[str, str]]:
    """Relations as slot triples and each slot's actor type. A relation with an actor of no slot that
    the text never names is the knowledge base's background ("Haftar commands the LNA"): left out."""
    def named(slot: str) -> bool:
        return not slot.startswith("?") or slot[1:].casefold() in result.text.casefold()

    rels = frozenset(x for r in result.relations
                     for x in [(slot_of(r.subject_label, fillers), r.relation, slot_of(r.object_label, fillers),
                                r.status)] if named(x[0]) and named(x[2]))
    types = {}
    for a in result.actors.values():
        s = slot_of(a.label, fillers)
        if not s.startswith("?") and "." not in s:
            types[s] = a.type
    return rels, {slot: types.get(slot, "-") for slot in fillers}


@dataclass
class Pair:
    template: Tpl
    slot: str
    shape: str
    real_text: str
    new_text: str
    real: tuple = ()
    new: tuple = ()

    @property
    def same_relations(self) -> bool:
        return self.real[0] == self.new[0]

    @property
    def same_type(self) -> bool:
        return self.real[1][self.slot] == self.new[1][self.slot]


def plan() -> list[tuple[Tpl, str, F, dict[str, F], dict[str, F]]]:
    """(template, slot, invented filler, real fillers, twin fillers) for every slot and invented filler."""
    out = []
    turn: dict[str, int] = defaultdict(int)
    for i, t in enumerate(TEMPLATES):
        for slot, kind in t.slots.items():
            for f in NEW[kind]:
                real: dict[str, F] = {}
                for s, k in t.slots.items():  # rotate the real fillers, each slot a different actor
                    pool = [x for x in REAL[k] if x not in real.values() and fill_ok(t, s, x)]
                    real[s] = pool[turn[k] % len(pool)]
                    turn[k] += 1
                twin = dict(real, **{slot: f})
                if fill(t, twin) is None or fill(t, real) is None:
                    continue
                out.append((t, slot, f, real, twin))
    return out


def fill_ok(t: Tpl, slot: str, f: F) -> bool:
    return all(f.form(m.group(2)) is not None for m in SLOT.finditer(t.text) if m.group(1) == slot)


def run() -> list[Pair]:
    from conflictkg import extract
    cache: dict[str, object] = {}

    def read(text):
        if text not in cache:
            cache[text] = extract(text, DATE)
        return cache[text]

    pairs = []
    for t, slot, f, real, twin in plan():
        rt, nt = fill(t, real), fill(t, twin)
        pairs.append(Pair(t, slot, f.shape, rt, nt, rewrite(read(rt), real), rewrite(read(nt), twin)))
    return pairs


def summary(pairs: list[Pair]) -> dict[str, tuple[int, int, int]]:
    """shape -> (pairs, relations agree, types agree)."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for p in pairs:
        row = out[p.shape]
        row[0] += 1
        row[1] += p.same_relations
        row[2] += p.same_type
    return {k: tuple(v) for k, v in sorted(out.items())}


# Floors (a ratchet): per shape, the share of pairs whose relations agree, and whose slot types agree.
FLOORS = {
    "group 1-word": (0.964, 0.952),
    "group 2-word": (1.0, 0.988),
    "group 3-word": (1.0, 1.0),
    "group of-phrase": (0.988, 0.988),
    "group type-noun first": (0.976, 0.904),
    "group type-noun last": (0.982, 0.946),
    "person African": (1.0, 1.0),
    "person Arabic": (1.0, 1.0),
    "person European": (1.0, 1.0),
    "person Slavic": (1.0, 1.0),
    "state -and": (1.0, 1.0),
    "state -ese": (1.0, 1.0),
    "state -ia": (1.0, 1.0),
    "state -stan": (1.0, 1.0),
    "state Republic of": (0.986, 1.0),
}


@pytest.fixture(scope="module")
def pairs():
    return run()


def test_the_generator_covers_every_shape_and_relation():
    shapes = {f.shape for fs in NEW.values() for f in fs}
    planned = plan()
    assert {f.shape for _, _, f, _, _ in planned} == shapes
    assert len(planned) > 500


def test_agreement_per_shape_holds_its_floor(pairs):
    got = summary(pairs)
    low = {shape: (round(r / n, 3), round(ty / n, 3), FLOORS[shape])
           for shape, (n, r, ty) in got.items() if shape in FLOORS
           and (r / n < FLOORS[shape][0] or ty / n < FLOORS[shape][1])}
    assert not low, low


# -- the classes the generator found, each with invented names and >= 3 predicates, and near-misses ----------

KNOWN = {"Wagner Group", "Hamas", "Hezbollah", "Egypt", "Turkey", "Iran", "Rwanda", "Pakistan"}


def _read(text):
    from conflictkg import extract
    result = extract(text, DATE)
    types = {a.label: a.type for a in result.actors.values()}
    return result.triples(), types


@pytest.mark.parametrize(("text", "triple", "typ"), [
    # an invented one-word name the tagger calls a common noun, in a party's slot: a state
    ("Dravnia backs the Wagner Group.", ("Dravnia", "supports", "Wagner Group"), "State"),
    ("Velmland condemned Hamas for the attack.", ("Velmland", "opposes", "Hamas"), "State"),
    ("Zerkistan sent drones to Hezbollah last year.", ("Zerkistan", "supports", "Hezbollah"), "State"),
    # (a one-word name that gets weapons is armed: an armed group, not a state by default)
    ("Egypt has supplied weapons to Zerak, officials said.", ("Egypt", "supports", "Zerak"), "ArmedGroup"),
    # written with "the": an armed group
    ("Egypt sent drones to the Velm last year.", ("Egypt", "supports", "Velm"), "ArmedGroup"),
    ("Turkey backs the Velm.", ("Turkey", "supports", "Velm"), "ArmedGroup"),
    ("Iran condemned the Velm for the attack.", ("Iran", "opposes", "Velm"), "ArmedGroup"),
    # after a group's type noun: an armed group, whatever NER called it
    ("Turkey backs the militia Zerak.", ("Turkey", "supports", "Zerak"), "ArmedGroup"),
    ("Egypt condemned the rebel group Korvath.", ("Egypt", "opposes", "Korvath"), "ArmedGroup"),
    ("Rwanda arms the armed group Tamzul.", ("Rwanda", "supports", "Tamzul"), "ArmedGroup"),
    ("Pakistan backs the rebel group Korvath.", ("Pakistan", "supports", "Korvath"), "ArmedGroup"),
    # a sovereign's formal name alone: the state, under its short name
    ("The Republic of Ostrava backs Hamas.", ("Ostrava", "supports", "Hamas"), "State"),
    ("The Kingdom of Dalmor condemned Hezbollah.", ("Dalmor", "opposes", "Hezbollah"), "State"),
    ("Hamas receives weapons from the Federal Republic of Marovia.", ("Marovia", "supports", "Hamas"), "State"),
])
def test_invented_names_read_as_actors_of_their_kind(text, triple, typ):
    triples, types = _read(text)
    assert triple in triples, (triples, types)
    invented = next(n for n in (triple[0], triple[2]) if n not in KNOWN)
    assert types[invented] == typ, types


@pytest.mark.parametrize(("text", "triple"), [
    ("Pakistan backs the rebel group Hezbollah.", ("Pakistan", "supports", "Hezbollah")),
    ("Egypt condemned the militant group Hamas.", ("Egypt", "opposes", "Hamas")),
    ("Iran arms the rebel group Korvath.", ("Iran", "supports", "Korvath")),
    ("The rebel group Korvath attacked the Wagner Group.", ("Korvath", "opposes", "Wagner Group")),
    # the type noun after the name: "rebels" (its lemma is the verb "rebel") heads the name's phrase
    ("The Velm rebels attacked the Wagner Group near the border.", ("Velm", "opposes", "Wagner Group")),
    ("Egypt has supplied weapons to the Velm rebels.", ("Egypt", "supports", "Velm")),
    ("Iran condemned the Velm rebels for the attack.", ("Iran", "opposes", "Velm")),
])
def test_a_name_after_a_group_noun_is_the_party_though_the_noun_is_also_a_verb(text, triple):
    # "rebel" and "group" are verbs too: the noun phrase is no misparsed clause
    assert triple in _read(text)[0]


@pytest.mark.parametrize(("text", "name"), [
    ("Fighting spread to Velmara on Monday.", "Velmara"),
    ("Residents fled to Korvath after the attack.", "Korvath"),
    ("Thousands of Dravnians fled across the border.", "Dravnians"),
    ("Radio Ostrava reported that Hamas attacked the town.", "Ostrava"),
    ("The Velm river flooded the valley, and Hamas attacked the town.", "Velm"),
    ("In Ramadan, Hamas attacked the town.", "Ramadan"),
    ("Hamas fighters seized Tamzul on Monday.", "Tamzul"),
    ("The army retook Dravnia from Hamas.", "Dravnia"),
    ("Turkey condemned the fighting in Velmara.", "Velmara"),
    ("Kovacek accused Egypt of meddling, and his fighters attacked the town.", "Kovacek"),
])
def test_places_peoples_months_media_and_people_stay_no_invented_state(text, name):
    triples, types = _read(text)
    assert types.get(name) not in ("State", "ArmedGroup", "Government", "Organization"), types


@pytest.mark.parametrize(("text", "triple"), [
    # demonyms of invented states (-ian, -stani, -ese) before a force noun: that state's armed forces
    ("Korvastani troops attacked Hamas.", ("Armed forces of Korvastan", "opposes", "Hamas")),
    ("Varanese forces launched strikes on Hezbollah overnight.", ("Armed forces of Varan", "opposes", "Hezbollah")),
    ("Hamas clashed with Korelese soldiers on Sunday.", ("Hamas", "opposes", "Armed forces of Korel")),
    ("Valdorian troops shelled the Wagner Group.", ("Armed forces of Valdoria", "opposes", "Wagner Group")),
    # the state named in the article, whatever NER calls the demonym
    ("Korvastan says it is neutral. But Korvastani troops attacked Hamas.",
     ("Armed forces of Korvastan", "opposes", "Hamas")),
    # a country's ending on an unknown name NER calls a people or an organisation
    ("Korvastan condemned al-Shabaab for the attack.", ("Korvastan", "opposes", "al-Shabaab")),
    ("Tulmistan backs the Kachin Independence Army.", ("Tulmistan", "supports", "Kachin Independence Army")),
    ("Karsland has supplied weapons to Hezbollah.", ("Karsland", "supports", "Hezbollah")),
])
def test_invented_states_and_their_demonyms(text, triple):
    triples, types = _read(text)
    assert triple in triples, (triples, types)
    state = next(n for n in (triple[0], triple[2]) if n not in KNOWN | {"al-Shabaab", "Kachin Independence Army"})
    assert types[state] == ("ArmedGroup" if state.startswith("Armed forces") else "State"), types


@pytest.mark.parametrize(("text", "word"), [
    ("Thousands of Korvastani refugees crossed the border.", "Korvastan"),  # no force noun after it
    ("Hamas attacked these forces on Monday.", "th"),
    ("The Varanese language is spoken in the hills, and Hamas attacked the town.", "Varan"),
])
def test_a_demonym_without_a_force_noun_makes_no_state(text, word):
    _, types = _read(text)
    assert not any(label.startswith(word) or label.endswith(word) for label in types if label != "Hamas"), types


@pytest.mark.parametrize(("text", "want", "not_want"), [
    ("Valdoria Sends Weapons To Boko Haram\n\nThe shipment arrived on Monday.", "Valdoria", "Valdoria Sends Weapons"),
    ("Dravnian Army Attacks Hamas Positions\n\nThe army said it had taken the hills.", "Hamas", "Attacks Hamas"),
    ("Turkish Army Attacks Hamas Positions\n\nThe army said it had taken the hills.", "Hamas", "Attacks Hamas"),
    ("Korvastan Backs Zerak Brigade In Border War\n\nThe aid arrived on Monday.", "Korvastan", "Korvastan Backs"),
    # a capitalised name word before a known name in a headline still makes the longer name
    ("Kataib Hezbollah Fighters Attack Base\n\nThe group said it had fired rockets.", "Kataib Hezbollah", "Hezbollah"),
    # the armed men or positions a name modifies end it; so do a preposition and a bare verb (issue #12)
    ("Egyptian Army Attacks Drovan Front Positions\n\nThe army said it had taken the hills.", "Drovan Front",
     "Drovan Front Positions"),
    ("Karsa Liberation Front Fighters Clash With Hamas\n\nThe fighting went on through the night.",
     "Karsa Liberation Front", "Karsa Liberation Front Fighters Clash With"),
    ("Iran Sends Weapons To Wagner Group\n\nThe shipment arrived on Monday.", "Wagner Group", "To Wagner Group"),
    ("Kazakhstan Sends Weapons To Dakari Liberation Army\n\nThe shipment arrived on Monday.", "Dakari Liberation Army",
     "Dakari Liberation"),
    ("Karsa Support Forces Seize Border Town\n\nThe fighting went on through the night.", "Karsa Support Forces",
     "Karsa Support Forces Seize Border Town"),
])
def test_a_headline_verb_ends_a_name(text, want, not_want):
    _, types = _read(text)
    assert want in types and not_want not in types, types


# -- what an unknown actor does types it: armed where the sentence shows it armed (issue #12) ---------------

@pytest.mark.parametrize(("text", "name"), [
    # its own armed acts
    ("Korvath ambushed a convoy near the border.", "Korvath"),
    ("Zerak attacked Hamas near the border.", "Zerak"),
    ("Tamzor seized the airport on Monday.", "Tamzor"),
    # what armed forces do to it
    ("Turkish troops attacked Zerak.", "Zerak"),
    ("Turkish forces launched strikes on the Ombra Movement overnight.", "Ombra Movement"),
    ("Egyptian soldiers raided the Sarvin Union at dawn.", "Sarvin Union"),
    # the arms it gets
    ("Egypt sent rifles to Tamzor last year.", "Tamzor"),
    ("Egypt accused Turkey of arming Korvath.", "Korvath"),
    ("On Monday Zerak thanked Egypt for its military aid.", "Zerak"),
    ("Iran has supplied weapons to the Union for Change.", "Union for Change"),
    ("Iran supplied the Ombra Movement with drones.", "Ombra Movement"),
    # an armed attack it is blamed for
    ("Egypt condemned Korvath for the ambush.", "Korvath"),
    ("Egypt condemned the Ombra Movement for the attack.", "Ombra Movement"),
    # an officer's unit
    ("Tomas Ardell is a colonel in Korvath.", "Korvath"),
    ("Gen. Tomas Ardell, who leads Zerak, rejected the talks.", "Zerak"),
    ("Gen. Nadia Ferrante commands the Sarvin Movement.", "Sarvin Movement"),
])
def test_an_unknown_name_the_sentence_shows_armed_is_an_armed_group(text, name):
    _, types = _read(text)
    assert types.get(name) == "ArmedGroup", types


@pytest.mark.parametrize(("text", "name", "typ"), [
    # no armed act, nothing armed received, no state's backing: the head word's type, or the old reading, stays
    ("Hezbollah backs the Ombra Movement.", "Ombra Movement", "Organization"),
    ("Egypt sent envoys to the Ombra Movement.", "Ombra Movement", "Organization"),
    ("Egypt condemned Korvath for the war.", "Korvath", "State"),  # a war is a state's as often
    ("Egypt accused Varan of shelling the town.", "Varan", "State"),  # an army's act as often
    # a country's marks win over armed acts: its ending, its demonym
    ("Korvastan attacked Hamas.", "Korvastan", "State"),
    ("Korvath attacked Hamas, and Korvathi troops crossed the border.", "Korvath", "State"),
])
def test_without_armed_evidence_or_with_a_country_s_marks_no_armed_group(text, name, typ):
    _, types = _read(text)
    assert types.get(name) == typ, types


@pytest.mark.parametrize(("text", "name"), [
    ("Fighters from Velmara crossed the border.", "Velmara"),  # where armed men come from
    ("Turkish troops attacked the town of Velmara.", "Velmara"),  # what they fight over
    ("Kovacek accused Egypt of meddling, and his fighters attacked the town.", "Kovacek"),  # a person
    ("Nuer fighters attacked the town, and government troops shelled Nuer villages.", "Nuer"),  # a people
])
def test_places_people_and_peoples_armed_men_touch_are_no_armed_group(text, name):
    _, types = _read(text)
    assert types.get(name) != "ArmedGroup", types


@pytest.mark.parametrize(("text", "name", "typ"), [
    # "X Fighters", "X Positions" in a headline: the armed men and positions of a group
    ("Korvath Fighters Clash With Hamas\n\nThe fighting went on through the night.", "Korvath", "ArmedGroup"),
    ("Egyptian Army Attacks Zerak Positions\n\nThe army said it had taken the hills.", "Zerak", "ArmedGroup"),
    ("Valdoria Sends Drones To Ombra Movement Fighters\n\nThe shipment arrived on Monday.", "Ombra Movement",
     "ArmedGroup"),
    # near-misses: a verb before an organisation's head is a word of the name; no armed word, no armed type
    ("Karsa Support Forces Seize Border Town\n\nThe fighting went on through the night.", "Karsa Support Forces",
     "ArmedGroup"),
    ("Egypt Backs Ombra Movement\n\nThe aid arrived on Monday.", "Ombra Movement", "Organization"),
])
def test_a_headline_s_capitalised_armed_words_type_the_name_before_them(text, name, typ):
    _, types = _read(text)
    assert types.get(name) == typ, types


@pytest.mark.parametrize(("text", "name", "not_name"), [
    # an acronym the article defines wins over the gazetteer's, though the full name is made of title words
    ("The Japan Self-Defense Forces (SDF) sent two ships to the region. The SDF said the ships would stay.",
     "Self-Defense Forces", "Syrian Democratic Forces"),
    ("The Velmish Self-Defence Forces (SDF) attacked Hamas. The SDF said it had fired rockets.",
     "Velmish Self-Defence Forces", "Syrian Democratic Forces"),
    # near-misses: the gazetteer's acronym alone, or spelled out as the gazetteer's own full name
    ("The SDF attacked Islamic State positions near Raqqa.", "Syrian Democratic Forces", "SDF"),
    ("The Syrian Democratic Forces (SDF) attacked Islamic State. The SDF said it had taken the town.",
     "Syrian Democratic Forces", "SDF"),
])
def test_an_acronym_the_article_defines_wins_over_the_gazetteer_s(text, name, not_name):
    _, types = _read(text)
    assert name in types and not_name not in types, types


@pytest.mark.parametrize(("text", "state", "person"), [
    # "X named Y as its new defence minister": Y holds the role; what "its" owns only a state has
    ("Ostrand named Tomas Ardell as its new foreign minister.", "Ostrand", "Tomas Ardell"),
    ("Korvastan appointed Chidi Okonkwo as its defence minister on Tuesday.", "Korvastan", "Chidi Okonkwo"),
    ("Varan nominated Nadia Ferrante as its new ambassador.", "Varan", "Nadia Ferrante"),
    ("Egypt named Dmitri Volkanov as its new defence minister on Tuesday.", "Egypt", "Dmitri Volkanov"),
])
def test_an_appointment_as_a_state_s_officer_makes_an_official_of_a_state(text, state, person):
    triples, types = _read(text)
    assert types.get(state) == "State" and types.get(person) == "Official", types
    assert (person, "official_of", state) in triples, triples


@pytest.mark.parametrize(("text", "name", "wrong"), [
    # near-misses: "its" owns nothing only a state has; the subject of an appointment holds no role by it
    ("Zerak said its fighters had taken the hills.", "Zerak", "State"),
    ("Tomas Ardell named Lukas Brenner as the new commander, and Ardell left the talks.", "Tomas Ardell", "Official"),
])
def test_what_its_owns_and_who_appoints_are_no_state_or_official(text, name, wrong):
    _, types = _read(text)
    assert name in types and types[name] != wrong, types


@pytest.mark.parametrize(("text", "triple"), [
    # an unnamed state's demonym NER calls an organisation is still the demonym: its state's armed forces
    ("Boko Haram clashed with Korvastani troops on Sunday.", ("Boko Haram", "opposes", "Armed forces of Korvastan")),
    ("Tulmistani forces launched strikes on Hamas overnight.", ("Armed forces of Tulmistan", "opposes", "Hamas")),
    ("Zerkistani soldiers shelled positions of Hezbollah.", ("Armed forces of Zerkistan", "opposes", "Hezbollah")),
])
def test_an_unnamed_state_s_demonym_is_its_forces_whatever_ner_calls_it(text, triple):
    triples, types = _read(text)
    assert triple in triples, (triples, types)
    assert not any(label.endswith("stani") for label in types), types


@pytest.mark.parametrize(("text", "name", "typ"), [
    # who is spoken, appealed or surrendered to is a party: a state where nothing says otherwise
    ("Colonel Tomas Ardell said the group would never talk to Valdoria.", "Valdoria", "State"),
    ("The rebels appealed to Varan for help.", "Varan", "State"),
    ("The last fighters surrendered to Ostrand on Monday.", "Ostrand", "State"),
])
def test_who_is_addressed_is_a_party(text, name, typ):
    _, types = _read(text)
    assert types.get(name) == typ, types


@pytest.mark.parametrize(("text", "name"), [
    # near-misses: where people go is a place
    ("The rebels fled to Velmara after the attack.", "Velmara"),
    ("Thousands of civilians fled to Velmara on Monday.", "Velmara"),
])
def test_where_people_go_is_no_party(text, name):
    _, types = _read(text)
    assert types.get(name) not in ("State", "ArmedGroup"), types


def test_an_invented_emirate_alone_stays_a_government():
    _, types = _read("The Islamic Emirate of Qaradin condemned Hamas.")
    assert types.get("Islamic Emirate of Qaradin") == "Government", types


# -- the one a party helps, armed men's origin, what is attacked (issue #12, session invariance4) ------------

@pytest.mark.parametrize(("text", "name"), [
    # a one-word unknown name only ever helped, nothing of a country's: a client in the conflict
    ("Iran backs Korvath.", "Korvath"),
    ("Analysts say Egypt is a key ally of Tamzor.", "Tamzor"),
    ("Tamzor's backers include Iran.", "Tamzor"),
    ("Iran sponsors Zerak and Tamzor.", "Zerak"),
    ("Turkey supports Zerak, officials said.", "Zerak"),
])
def test_an_unknown_name_others_only_help_is_an_armed_group(text, name):
    _, types = _read(text)
    assert types.get(name) == "ArmedGroup", types


@pytest.mark.parametrize(("text", "name", "typ"), [
    # near-misses: a country's ending, a demonym, what only a state owns, acting itself, a backer
    ("Iran backs Korvastan.", "Korvastan", "State"),
    ("Egypt backs Korvath, and Korvathi troops crossed the border.", "Korvath", "State"),
    ("Egypt helped Korvath, and Korvath's foreign ministry thanked Hamas.", "Korvath", "State"),
    ("Egypt backs Ostrand, and Ostrand accused Hamas of meddling.", "Ostrand", "State"),
    ("The Wagner Group is backed by Korvath.", "Korvath", "State"),
    ("The EU backs the Ombra Movement.", "Ombra Movement", "Organization"),  # (no state backs it)
])
def test_a_helped_name_with_a_country_s_marks_or_its_own_acts_stays_as_it_was(text, name, typ):
    _, types = _read(text)
    assert types.get(name) == typ, types


@pytest.mark.parametrize(("text", "name"), [
    # armed men from it fight; what is attacked is its convoy, its positions; a known armed group attacks it
    ("Fighters from Zerak ambushed a convoy of Hamas.", "Zerak"),
    ("Fighters from the Ombra Movement attacked Hamas.", "Ombra Movement"),
    ("Gunmen from the Sarvin Union raided the Wagner Group at dawn.", "Sarvin Union"),
    ("Hamas ambushed a convoy of Korvath.", "Korvath"),
    ("Hezbollah shelled positions of Tamzor.", "Tamzor"),
    ("Boko Haram attacked the Ombra Movement near the border.", "Ombra Movement"),
    ("Hezbollah ambushed the Sarvin Union.", "Sarvin Union"),
])
def test_armed_men_from_a_name_or_attacks_on_it_make_an_armed_group(text, name):
    _, types = _read(text)
    assert types.get(name) == "ArmedGroup", types


@pytest.mark.parametrize(("text", "name"), [
    # near-misses: armed men who only travel, a place attacked, a people's convoy
    ("Fighters from Velmara crossed the border.", "Velmara"),
    ("Hamas attacked the town of Velmara.", "Velmara"),
    ("Boko Haram attacked Velmara. Residents of Velmara fled.", "Velmara"),  # (a one-word name attacked: a town)
    ("Gunmen ambushed a convoy of refugees from Velmara.", "Velmara"),
])
def test_armed_men_who_only_travel_and_places_attacked_are_no_armed_group(text, name):
    _, types = _read(text)
    assert types.get(name) != "ArmedGroup", types


@pytest.mark.parametrize(("text", "triple"), [
    # an unnamed state's -an demonym (Ostrava -> Ostravan, as Kenya -> Kenyan) before a force noun
    ("Ostravan troops attacked Hamas.", ("Armed forces of Ostrava", "opposes", "Hamas")),
    ("Hezbollah clashed with Marovan soldiers on Sunday.", ("Hezbollah", "opposes", "Armed forces of Marova")),
    # a demonym NER calls a person and the parser a compound of the force noun
    ("The Wagner Group clashed with Tulmistani troops on Sunday.",
     ("Wagner Group", "opposes", "Armed forces of Tulmistan")),
    # the demonym of a state the article names by its formal name
    ("The Republic of Ostrava says it is neutral. But Ostravan soldiers shelled positions of Hamas.",
     ("Armed forces of Ostrava", "opposes", "Hamas")),
    ("The Kingdom of Dalmor denies it. But Dalmoran forces attacked Hezbollah.",
     ("Armed forces of Dalmor", "opposes", "Hezbollah")),
])
def test_more_demonyms_of_invented_states_are_their_forces(text, triple):
    triples, types = _read(text)
    assert triple in triples, (triples, types)


@pytest.mark.parametrize(("text", "absent"), [
    # near-misses: an English word ending in -an, a word of a longer name, a person's surname
    ("Republican troops attacked Hamas.", "Armed forces of Republica"),
    ("Spartan forces attacked Hamas.", "Armed forces of Sparta"),
    ("The Castellan Federation backs Hamas, officials said. The Castellan government denied it.",
     "Castella"),
])
def test_an_an_word_that_is_english_or_part_of_a_name_is_no_demonym(text, absent):
    _, types = _read(text)
    assert absent not in types, types


@pytest.mark.parametrize(("text", "name", "typ"), [
    # a relation noun whose party is a name with a title's word ("Army") gives the subject no title
    ("Analysts say Ostrand is a key ally of the Kachin Independence Army.", "Ostrand", "State"),
    ("Observers say Korel is the main backer of the Dakari Liberation Army.", "Korel", "State"),
    # near-misses: the role is the subject's own
    ("Tomas Ardell was named Chief of Staff of the Dravnian Army.", "Tomas Ardell", "Official"),
    ("Nadia Ferrante is a colonel in the Dravnian Army.", "Nadia Ferrante", "Official"),
])
def test_a_title_word_inside_the_party_s_name_is_no_role_of_the_subject(text, name, typ):
    _, types = _read(text)
    assert types.get(name) == typ, types


@pytest.mark.parametrize(("text", "not_name", "official"), [
    # a demonym before a state's title is the title's: no actor "Castellan Defence Minister"
    ("Castellan Defence Minister Tomas Ardell said Hamas had attacked the town.", "Castellan Defence Minister",
     "Tomas Ardell"),
    ("Velmish Foreign Minister Nadia Ferrante condemned Hezbollah on Monday.", "Velmish Foreign Minister",
     "Nadia Ferrante"),
    ("Dravnish Interior Minister Chidi Okonkwo accused Hamas of shelling the town.", "Dravnish Interior Minister",
     "Chidi Okonkwo"),
])
def test_a_demonym_and_an_office_title_make_no_actor(text, not_name, official):
    _, types = _read(text)
    assert not any(label.startswith(not_name.split()[0]) and "Minister" in label for label in types), types
    assert types.get(official) == "Official", types


def test_an_armed_name_before_a_title_stays_a_name():
    # near-miss: "the Korvian Army" is a name of its own, its chief an officer of it
    triples, types = _read("Korvian Army Chief Tomas Ardell accused Hamas of shelling the town.")
    assert ("Tomas Ardell", "official_of", "Korvian Army") in triples, (triples, types)


@pytest.mark.parametrize(("text", "names", "fused"), [
    # a whole name before "and" (its head word, no preposition inside) is one of two names
    ("Iran backs the Velm Front and Korvian Movement.", ["Velm Front", "Korvian Movement"],
     "Velm Front and Korvian Movement"),
    ("The Drel Front and Korvian Movement attacked Hamas.", ["Drel Front", "Korvian Movement"],
     "Drel Front and Korvian Movement"),
    ("Fighters of the Drel Front and Korvian militias attacked Hamas.", ["Drel Front"], "Drel Front and Korvian"),
    ("Iran backs the Sudan Liberation Army and the Sarvin Movement.", ["Sudan Liberation Army", "Sarvin Movement"],
     "Liberation Army"),
])
def test_a_coordination_of_names_is_two_names(text, names, fused):
    _, types = _read(text)
    assert all(n in types for n in names) and fused not in types, types


@pytest.mark.parametrize(("text", "name"), [
    # near-misses: "and" inside a name's prepositional phrase, or before its head, stays inside
    ("The Movement for Justice and Equality attacked Hamas.", "Movement for Justice and Equality"),
    ("The Union for Peace and Democracy attacked Hamas.", "Union for Peace and Democracy"),
    ("The Justice and Equality Movement attacked Hamas.", "Justice and Equality Movement"),
])
def test_and_inside_a_name_stays_inside(text, name):
    _, types = _read(text)
    assert name in types, types


@pytest.mark.parametrize(("text", "name"), [
    # a Romance name's lower-case particles ("de", "del", "de la") are the name's, and its head is before them
    ("The Cartel de Los Llanos attacked Hamas.", "Cartel de Los Llanos"),
    ("Egypt accused the Cartel de la Sierra of smuggling arms.", "Cartel de la Sierra"),
    ("The Cartel del Golfo attacked Hezbollah.", "Cartel del Golfo"),
])
def test_a_name_with_particles_is_whole_and_typed_by_its_head(text, name):
    _, types = _read(text)
    assert types.get(name) == "ArmedGroup", types


@pytest.mark.parametrize(("text", "word"), [
    # a capitalised English common noun opening a sentence is no name, though the tagger calls it one
    ("Rebels attacked Hamas.", "Rebels"),
    ("Rebels seized the town, and Hamas fled.", "Rebels"),
    ("Rebels ambushed the Wagner Group near the border.", "Rebels"),
])
def test_a_sentence_initial_common_noun_is_no_actor(text, word):
    _, types = _read(text)
    assert word not in types, types


@pytest.mark.parametrize(("text", "name"), [
    # near-misses: a word no English dictionary has, opening a sentence as a subject, is a name
    ("Zerak attacked Hamas.", "Zerak"),
    ("Tamzor seized the airport on Monday.", "Tamzor"),
])
def test_a_sentence_initial_unknown_word_is_still_a_name(text, name):
    _, types = _read(text)
    assert name in types, types


@pytest.mark.parametrize(("text", "name"), [
    # what armed men clash with is armed; a headline's name after "To" that arms go to; a headline's first word
    # before armed men ("Velm Fighters ...") is a name though it opens the line
    ("Hezbollah fighters clashed with Korvath on Monday.", "Korvath"),
    ("Government troops clashed with the Sarvin Union near the border.", "Sarvin Union"),
    ("Hezbollah Fighters Clash With Velm\n\nThe fighting went on through the night.", "Velm"),
    ("Hamas Fighters Clash With Ombra Movement\n\nThe fighting went on through the night.", "Ombra Movement"),
    ("Iran Sends Weapons To Korvath\n\nThe shipment arrived on Monday, officials said.", "Korvath"),
    ("Egypt Ships Drones To Ombra Movement\n\nThe shipment arrived on Monday.", "Ombra Movement"),
    ("Velm Fighters Clash With Boko Haram\n\nThe fighting went on through the night.", "Velm"),
    ("Tamzor Fighters Seize Border Town\n\nThe fighting went on through the night.", "Tamzor"),
])
def test_what_armed_men_clash_with_and_a_headline_s_arms_recipient_are_armed(text, name):
    _, types = _read(text)
    assert types.get(name) == "ArmedGroup", types


@pytest.mark.parametrize(("text", "name"), [
    # near-misses: an envoy is no arms; police and protesters are no name; a headline's English nouns
    ("Iran Sends Envoy To Korvath\n\nThe envoy arrived on Monday.", "Korvath"),
    ("Valdoria Sends Rifles To Tamzor\n\nThe shipment arrived on Monday.", "Rifles"),
    ("Korvath Gunmen Attack Convoy\n\nThe attack came at dawn.", "Convoy"),
    ("Hamas Attacks Convoy Near Border\n\nThe attack came at dawn.", "Border"),
    ("Rebel Fighters Clash With Hamas\n\nThe fighting went on through the night.", "Rebel"),
])
def test_no_arms_or_a_headline_s_english_noun_makes_no_armed_group(text, name):
    _, types = _read(text)
    assert types.get(name) != "ArmedGroup" and (name == "Korvath" or name not in types), types


@pytest.mark.parametrize(("text", "names", "fused"), [
    # a formal state name NER cut after "of" goes on to the short name, and stops at the headline's verb
    ("The Kingdom of Dalmor Sends Weapons To Democratic Forces for the Liberation of Rwanda\n\nThe shipment "
     "arrived on Monday.", ["Dalmor", "Democratic Forces for the Liberation of Rwanda"], "Sends"),
    ("The Kingdom of Dalmor Condemns Hezbollah Attack\n\nThe statement came on Monday.", ["Dalmor", "Hezbollah"],
     "Condemns"),
    # an organisation's name of three words or more in a headline, its head the tagger's verb ("Front")
    ("Russia Sends Weapons To Front for the Liberation of Ostra\n\nThe shipment arrived on Monday.",
     ["Front for the Liberation of Ostra"], "Sends"),
    ("Egypt Sends Rifles To Movement for the Salvation of Kessa\n\nThe shipment arrived on Monday.",
     ["Movement for the Salvation of Kessa"], "Rifles"),
])
def test_a_headline_s_verb_ends_a_formal_name_and_long_names_are_read(text, names, fused):
    _, types = _read(text)
    assert all(n in types for n in names) and not any(fused in label for label in types), types


def test_a_headline_s_lone_head_word_is_no_new_name():
    # near-miss: one capitalised head word in a headline is no name of three words
    _, types = _read("Army Attacks Rebel Front Near Border Town\n\nThe army said it had taken the hills.")
    assert not any(label.startswith("Front ") or label.endswith(" Front Near") for label in types), types


@pytest.mark.parametrize(("text", "name"), [
    # a party to a ceasefire (it, or its leader, rejects, signs or breaks one) is a party to the fighting
    ("Korvath leader Ibrahim Traore rejected the ceasefire.", "Korvath"),
    ("Zerak leader Tomas Ardell rejected the ceasefire.", "Zerak"),
    ("The Ombra Movement leader Nadia Ferrante rejected the truce.", "Ombra Movement"),
    ("The Sarvin Union signed the truce on Monday.", "Sarvin Union"),
    ("The Union of Forces for Change violated the ceasefire, officials said.", "Union of Forces for Change"),
])
def test_a_party_to_a_ceasefire_is_an_armed_group(text, name):
    _, types = _read(text)
    assert types.get(name) == "ArmedGroup", types


@pytest.mark.parametrize(("text", "name"), [
    # near-misses: who welcomes, brokers or urges a ceasefire may be anyone
    ("The Ombra Movement welcomed the truce on Monday.", "Ombra Movement"),
    ("The Sarvin Union urged a ceasefire on Monday.", "Sarvin Union"),
    ("Korvath brokered the ceasefire.", "Korvath"),
])
def test_who_welcomes_or_brokers_a_ceasefire_is_no_armed_group(text, name):
    _, types = _read(text)
    assert types.get(name) != "ArmedGroup", types


@pytest.mark.parametrize(("text", "name", "typ"), [
    # an apposition the parser hung on the wrong noun gives the name no role: the group's noun is just before it
    ("Ibrahim Traore, the commander of the armed group Tamzul, said the fighting would continue.", "Tamzul",
     "ArmedGroup"),
    ("Nadia Ferrante, the leader of the rebel group Korvath, rejected the talks.", "Korvath", "ArmedGroup"),
    # "P heads X" tagged as a plural noun "heads" with X its apposition: X is no official (a body the person heads)
    ("Nadia Ferrante heads Zerak.", "Zerak", "Organization"),
    # near-misses: a real apposition, after a comma, still gives the role
    ("Egypt condemned the group's commander, Tomas Ardell.", "Tomas Ardell", "Official"),
    ("Hamas said its spokesman, Nadia Ferrante, had left.", "Nadia Ferrante", "Official"),
])
def test_a_misattached_apposition_gives_no_role(text, name, typ):
    _, types = _read(text)
    assert types.get(name) == typ, types


@pytest.mark.parametrize(("text", "name"), [
    # NER's organisation running on into a lower-case phrase after it ends at the preposition
    ("Eritrea, which has armed the National Union for Kessa for years, hosted a summit.", "National Union for Kessa"),
    ("Iran has backed the Velm Front in recent months.", "Velm Front"),
    ("Egypt has funded the Sarvin Liberation Army since last year.", "Sarvin Liberation Army"),
    # near-misses: a name that goes on capitalised keeps its words
    ("Egypt backs the Movement for the Liberation of Kessa.", "Movement for the Liberation of Kessa"),
])
def test_a_name_ends_before_a_lower_case_phrase(text, name):
    _, types = _read(text)
    assert name in types, types


@pytest.mark.parametrize(("text", "name", "apart"), [
    # an unknown name NER took apart after an organisation's "of" is the organisation's last word
    ("Fighters from the Movement for the Salvation of Kessa ambushed a convoy of Hamas.",
     "Movement for the Salvation of Kessa", "Kessa"),
    ("On Monday the Movement for the Salvation of Kessa thanked Turkey for its military aid.",
     "Movement for the Salvation of Kessa", "Kessa"),
    ("Iran backs the Union for the Defence of Marovia.", "Union for the Defence of Marovia", "Marovia"),
])
def test_an_organisation_s_of_object_ner_took_apart_is_its_name(text, name, apart):
    _, types = _read(text)
    assert name in types and apart not in types, types


def test_a_name_after_of_with_no_organisation_before_stays_apart():
    # near-miss: "the people of Kessa" is no organisation's name
    _, types = _read("Hamas said the people of Kessa would resist, and Egypt backs Kessa.")
    assert not any(label.endswith("of Kessa") for label in types), types


# -- an invented one-word name NER guesses an organisation, a product, a facility (issue #12, actors23) --------

@pytest.mark.parametrize(("text", "triple", "name"), [
    # NER's ORG / PRODUCT / FAC label on a name that is no English word, with no organisation's word near it: the
    # name's slots decide, as for one NER calls a place ("backed by Varan")
    ("The Karsa Liberation Front, which is backed by Sundar, seized the town.",
     ("Sundar", "supports", "Karsa Liberation Front"), "Sundar"),
    ("On Monday Hamas thanked Talmar for its military aid.", ("Talmar", "supports", "Hamas"), "Talmar"),
    ("Egypt fought Korel for control of the valley.", ("Egypt", "opposes", "Korel"), "Korel"),
    ("Turkey accused Sundar of arming Hezbollah.", ("Sundar", "supports", "Hezbollah"), "Sundar"),
    ("Hamas is backed by Dunmar, officials said.", ("Dunmar", "supports", "Hamas"), "Dunmar"),
    ("The Velm rebels, backed by Besset, seized the airport.", ("Besset", "supports", "Velm"), "Besset"),
])
def test_an_invented_one_word_party_ner_calls_an_organisation_is_a_state(text, triple, name):
    triples, types = _read(text)
    assert triple in triples, (triples, types)
    assert types.get(name) == "State", types


@pytest.mark.parametrize(("text", "name"), [
    # near-misses: the first word of a longer name the text gives; a nickname
    ("Halford Minerals runs the mine. Halford said Hamas had attacked its trucks.", "Halford"),
    ("Brennick Minerals runs the mine. Brennick said Hamas had attacked its trucks.", "Brennick"),
    ("Dunmore Logistics runs the port. Dunmore said Hamas had attacked its trucks.", "Dunmore"),
    ("Ostby Holdings owns the mine. Ostby said Hamas had attacked its trucks.", "Ostby"),
    ("The contractors, known as the Lupos, fought Hamas.", "Lupos"),
    # what its own "its" owns is a group's armed men
    ("Zerak said its fighters had taken the hills.", "Zerak"),
])
def test_a_company_s_short_name_or_a_nickname_stays_no_state(text, name):
    _, types = _read(text)
    assert types.get(name) != "State", types
    assert not any(t in ("Official", "Person") for t in types.values() if t), types  # (a company is no person)


# -- a movement, union or alliance a state backs: a client in the fighting (issue #12, actors23) --------------

@pytest.mark.parametrize(("text", "name"), [
    # the gold convention: every unknown movement a state backs in the shared and dev corpora is armed
    ("Eritrea backs the Ombra Movement.", "Ombra Movement"),
    ("Kazakhstan backs the Movement for the Salvation of Kessa.", "Movement for the Salvation of Kessa"),
    ("Analysts say Egypt is a key ally of the Ombra Movement.", "Ombra Movement"),
    ("Kazakhstan and Pakistan support the Ombra Movement.", "Ombra Movement"),
    ("The Ombra Movement, which is backed by Iran, won the vote.", "Ombra Movement"),
    ("Valdoria sponsors the Sarvin Union, officials said.", "Sarvin Union"),
    ("Turkey funds the Alliance for the Renewal of Dalmor.", "Alliance for the Renewal of Dalmor"),
])
def test_an_unknown_movement_a_state_backs_is_an_armed_group(text, name):
    _, types = _read(text)
    assert types.get(name) == "ArmedGroup", types


@pytest.mark.parametrize(("text", "name", "typ"), [
    # near-misses: a non-state backer, no backing, a party's head word, the movement as the backer
    ("Hezbollah backs the Ombra Movement.", "Ombra Movement", "Organization"),
    ("The Ombra Movement, which is backed by Hezbollah, won the vote.", "Ombra Movement", "Organization"),
    ("Egypt sent envoys to the Ombra Movement.", "Ombra Movement", "Organization"),
    ("Iran backs the Sarvin Party.", "Sarvin Party", "Organization"),
    ("Egypt said the Ombra Movement backs Iran.", "Ombra Movement", "Organization"),
])
def test_a_movement_no_state_backs_or_a_party_stays_an_organisation(text, name, typ):
    _, types = _read(text)
    assert types.get(name) == typ, types


# -- coordinated subjects the parse loses: a formal name's last word, an unknown first name, "support" as a noun --

@pytest.mark.parametrize(("text", "triples"), [
    # "The Republic of X and Y": the parser coordinates Y with the formal name's last word
    ("The Republic of Ostrava and Eritrea support Boko Haram.",
     [("Ostrava", "supports", "Boko Haram"), ("Eritrea", "supports", "Boko Haram")]),
    ("The Federal Republic of Marovia and Kazakhstan back Hezbollah.",
     [("Marovia", "supports", "Hezbollah"), ("Kazakhstan", "supports", "Hezbollah")]),
    ("The Kingdom of Dalmor and Turkey condemned Hamas.", [("Dalmor", "opposes", "Hamas"), ("Turkey", "opposes", "Hamas")]),
    # an unknown one-word name opening the sentence, coordinated with a name: the first of the subjects
    ("Sundar and Iran support Hezbollah.", [("Sundar", "supports", "Hezbollah"), ("Iran", "supports", "Hezbollah")]),
    ("Talmar and Egypt condemned Hamas.", [("Talmar", "opposes", "Hamas"), ("Egypt", "opposes", "Hamas")]),
    ("Ormund, Egypt and Iran back Hamas.", [("Ormund", "supports", "Hamas"), ("Iran", "supports", "Hamas")]),
    # "A and B support X" tagged as a noun phrase ("support" a noun of X): X is the one they help
    ("Kazakhstan and Turkey support Zerak.", [("Kazakhstan", "supports", "Zerak"), ("Turkey", "supports", "Zerak")]),
    ("Rwanda and Egypt fund Zerak.", [("Rwanda", "supports", "Zerak"), ("Egypt", "supports", "Zerak")]),
    ("Iran and Turkey support Korvath.", [("Iran", "supports", "Korvath"), ("Turkey", "supports", "Korvath")]),
])
def test_coordinated_subjects_the_parse_loses_each_hold_the_relation(text, triples):
    got, types = _read(text)
    for t in triples:
        assert t in got, (got, types)
    assert all(types.get(t[0]) == "State" for t in triples), types


@pytest.mark.parametrize(("text", "name", "typ"), [
    ("Kazakhstan and Turkey support Zerak.", "Zerak", "ArmedGroup"),  # (one the states only help)
    ("Eritrea and Kazakhstan support Korvath.", "Korvath", "ArmedGroup"),  # (NER's "person")
])
def test_the_one_coordinated_states_support_is_an_armed_group(text, name, typ):
    _, types = _read(text)
    assert types.get(name) == typ, types


@pytest.mark.parametrize(("text", "absent"), [
    # near-misses: a common noun's "of" object and its conjunct; a capitalised word that is English
    ("The people of Ostrava and Eritrea fear Hamas.", ("Eritrea", "opposes", "Hamas")),
    ("The leader of Hamas and Hezbollah met Egypt's envoy.", ("Hezbollah", "supports", "Hamas")),
])
def test_a_common_noun_s_of_object_coordinates_no_subject(text, absent):
    got, _ = _read(text)
    assert absent not in got, got


def test_an_english_word_opening_coordinated_subjects_is_no_actor():
    _, types = _read("Tomorrow and Friday are holidays, Hamas said.")
    assert set(types) == {"Hamas"}, types


# -- official_of through a group's type noun and through a misparsed appointment (issue #12, actors23) ---------

@pytest.mark.parametrize(("text", "triple"), [
    # "the X rebels leader P": the type noun after the group's name stands between the name and the title
    ("The Velm rebels leader Khalifa Haftar rejected the ceasefire.", ("Khalifa Haftar", "official_of", "Velm")),
    ("The Zerak militia commander Tomas Ardell rejected the talks.", ("Tomas Ardell", "official_of", "Zerak militia")),
    ("The Korvath rebels spokesman Lukas Brenner denied the attack.", ("Lukas Brenner", "official_of", "Korvath")),
    # "The Federal Republic of X named P as its new minister": parsed as "the republic (that was) named P"
    ("The Federal Republic of Marovia named Khalifa Haftar as its new defence minister on Tuesday.",
     ("Khalifa Haftar", "official_of", "Marovia")),
    ("The Federal Republic of Marovia named Tomas Ardell as its new ambassador on Monday.",
     ("Tomas Ardell", "official_of", "Marovia")),
    ("The Kingdom of Dalmor appointed Chidi Okonkwo as its new envoy on Monday.", ("Chidi Okonkwo", "official_of", "Dalmor")),
])
def test_an_office_through_a_type_noun_or_a_misparsed_appointment(text, triple):
    triples, types = _read(text)
    assert triple in triples, (triples, types)
    assert types.get(triple[0]) == "Official", types
    assert types.get(triple[2]) in ("State", "ArmedGroup"), types


@pytest.mark.parametrize(("text", "person"), [
    # near-misses: a place's noun before the title; naming someone in a report gives no office
    ("The border villages chief Tomas Ardell spoke.", "Tomas Ardell"),
    ("The Federal Republic of Marovia named Tomas Ardell in its report on Monday.", "Tomas Ardell"),
])
def test_a_place_noun_or_a_mention_in_a_report_gives_no_office(text, person):
    triples, _ = _read(text)
    assert not any(t[0] == person and t[1] == "official_of" for t in triples), triples


# -- a company's or a group's first word as its short name: one actor, not two (issue #12, actors23) ----------

@pytest.mark.parametrize(("text", "full", "short"), [
    ("Varsel Risk Solutions guards the mine. Varsel said Hamas had attacked its trucks.", "Varsel Risk Solutions",
     "Varsel"),
    ("The Dunmore Mining Corporation runs the mine near Kessa. Dunmore said Hamas attacked its convoy.",
     "Dunmore Mining Corporation", "Dunmore"),
    ("Hamas hired Brakmoor Perimeter Group. Brakmoor fought Hezbollah last year.", "Brakmoor Perimeter Group",
     "Brakmoor"),
])
def test_an_invented_organisation_s_first_word_is_its_short_name(text, full, short):
    _, types = _read(text)
    assert full in types and short not in types, types


@pytest.mark.parametrize(("text", "org", "word"), [
    # near-misses: a state the text gives a country's mark; a region's adjective; a person's surname
    ("Sundar Airlines stopped its flights. The Sundar government backs Hamas.", "Sundar Airlines", "Sundar"),
    ("Ormund Special Forces attacked Hamas. Ormund farmers fled, and Ormund said Hamas started it.",
     "Ormund Special Forces", "Ormund"),
    ("Tomas Ardell met Ardell Holdings staff.", "Ardell Holdings", "Tomas Ardell"),
])
def test_a_state_a_region_or_a_person_stays_apart_from_an_organisation_its_word_opens(text, org, word):
    from conflictkg import extract
    actors = {a.label: a for a in extract(text, DATE).actors.values()}
    assert org in actors and word not in actors[org].alt_labels, {k: a.alt_labels for k, a in actors.items()}

# -- an officer's unit written with "the"; what a person heads is a body (issue #12, actors23) ----------------

@pytest.mark.parametrize(("text", "name"), [
    ("Sergei Shoigu is a colonel in the Velm. Colonel Shoigu said the group would never talk to Pakistan.", "Velm"),
    ("Tomas Ardell is a general in the Sarvan. General Ardell said the group would fight on.", "Sarvan"),
    ("Nadia Ferrante is a major in the Korv. Major Ferrante said the group had taken the hills.", "Korv"),
])
def test_a_rank_in_an_unknown_name_with_the_is_an_armed_group(text, name):
    triples, types = _read(text)
    assert types.get(name) == "ArmedGroup", types
    assert any(t[1] == "official_of" and t[2] == name for t in triples), triples


@pytest.mark.parametrize(("text", "triple", "name"), [
    # "P heads X": a body, not a country, so "the group" after it can be X
    ("Ibrahim Traore heads Korvath. Mr Traore said Eritrea had supplied the group with drones.",
     ("Eritrea", "supports", "Korvath"), "Korvath"),
    ("Khalifa Haftar heads Zerak. Mr Haftar said Russia had supplied the group with drones.",
     ("Russia", "supports", "Zerak"), "Zerak"),
    ("Chidi Okonkwo chairs Dunvar. Mr Okonkwo said Egypt had funded the group.", ("Egypt", "supports", "Dunvar"),
     "Dunvar"),
])
def test_what_a_person_heads_is_a_body_the_group_can_stand_for(text, triple, name):
    triples, types = _read(text)
    assert triple in triples, (triples, types)
    assert types.get(name) != "State", types


@pytest.mark.parametrize(("text", "name", "typ"), [
    # near-misses: a person leads a country; a commander "in" a region NER knows; where a person lives
    ("Tomas Ardell leads Valdoria.", "Valdoria", "State"),
    ("The UN commander in the Balkans said the talks would go on.", "Balkans", None),
    ("Tomas Ardell is a colonel in the army. He lives in the Velm.", "Velm", None),
])
def test_a_led_country_and_a_commander_s_region_keep_their_reading(text, name, typ):
    _, types = _read(text)
    assert types.get(name) == typ, types


def main() -> None:
    pairs = run()
    got = summary(pairs)
    total = [sum(v[i] for v in got.values()) for i in range(3)]
    print(f"{'shape':28} {'pairs':>5} {'relations':>10} {'types':>8}")
    for shape, (n, r, ty) in got.items():
        print(f"{shape:28} {n:5} {r / n:10.3f} {ty / n:8.3f}")
    print(f"{'all':28} {total[0]:5} {total[1] / total[0]:10.3f} {total[2] / total[0]:8.3f}")
    if "-v" in sys.argv:
        for p in pairs:
            if not p.same_relations or not p.same_type:
                print("-" * 80)
                print(f"[{p.shape}] slot {p.slot}")
                print("  real:", p.real_text.replace("\n", " / "))
                print("       ", sorted(p.real[0]), p.real[1])
                print("  new: ", p.new_text.replace("\n", " / "))
                print("       ", sorted(p.new[0]), p.new[1])


if __name__ == "__main__":
    main()
