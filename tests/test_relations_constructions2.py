"""Counter-alliances, hyphen prefixes, past framing and demonym sides: each construction with
several predicates, real and invented actors, and its near-misses."""
import pytest

from conftest import assert_reads as _check
from conftest import read_triples as _got

S, O = "supports", "opposes"
KLF, NRM = "Karsa Liberation Front", "Nkosi Resistance Movement"


# -- 1. counter-alliances: X with Y against Z --------------------------------------------------

@pytest.mark.parametrize("text,x,y,z", [
    ("Valdoria fought alongside the {klf} against the {nrm}.", "Valdoria", KLF, NRM),
    ("Iran fought alongside Hezbollah against Israel.", "Iran", "Hezbollah", "Israel"),
    ("Valdoria joined the {klf} in attacking the {nrm}.", "Valdoria", KLF, NRM),
    ("Turkey joined the Government of National Accord in attacking the Libyan National Army.", "Turkey",
     "Government of National Accord", "Libyan National Army"),
    ("Iran joined Hezbollah in shelling Israeli positions.", "Iran", "Hezbollah", "Israel"),
    ("Valdoria joined the {klf} in its fight against the {nrm}.", "Valdoria", KLF, NRM),
    ("Egypt joined the United Arab Emirates in its campaign against the Muslim Brotherhood.", "Egypt",
     "United Arab Emirates", "Muslim Brotherhood"),
    ("Valdoria supported the {klf} in its fight against the {nrm}.", "Valdoria", KLF, NRM),
    ("Iran backed Hezbollah in its war against Israel.", "Iran", "Hezbollah", "Israel"),
    ("Valdoria sided with the {klf} against the {nrm}.", "Valdoria", KLF, NRM),
    ("Valdoria teamed up with the {klf} against the {nrm}.", "Valdoria", KLF, NRM),
    ("Turkey stood with the Government of National Accord against the Libyan National Army.", "Turkey",
     "Government of National Accord", "Libyan National Army"),
])
def test_counter_alliance(read_sentences, text, x, y, z):
    _check(read_sentences, text.format(klf=KLF, nrm=NRM), {(x, S, y), (x, O, z), (y, O, z)})


@pytest.mark.parametrize("text,x,y,z", [
    ("Valdoria and the {klf} fought together against the {nrm}.", "Valdoria", KLF, NRM),
    ("Russia and Syria fought together against the Islamic State.", "Russia", "Syria", "Islamic State"),
    ("Valdoria and the {klf} fought side by side against the {nrm}.", "Valdoria", KLF, NRM),
    ("Russia and Syria fought shoulder to shoulder against the Islamic State.", "Russia", "Syria", "Islamic State"),
])
def test_fighting_together_against(read_sentences, text, x, y, z):
    _check(read_sentences, text.format(klf=KLF, nrm=NRM), {(x, S, y), (y, S, x), (x, O, z), (y, O, z)})


@pytest.mark.parametrize("text,wrong", [
    ("Iran backed Hezbollah in its war against Israel.", ("Israel", O, "Iran")),
    ("Valdoria armed the {klf} in its war against the {nrm}.", (NRM, O, "Valdoria")),
])
def test_the_war_backed_is_the_backed_ones(read_sentences, text, wrong):
    assert wrong not in _got(read_sentences, text.format(klf=KLF, nrm=NRM))


@pytest.mark.parametrize("text", [
    "Valdoria joined the {klf} in condemning the attack.",
    "Valdoria joined the {klf} in 2015.",
    "Valdoria fought in the war against the {nrm}.",
])
def test_counter_alliance_near_misses_give_no_support(read_sentences, text):
    got = _got(read_sentences, text.format(klf=KLF, nrm=NRM))
    assert not any(r == S for _, r, _ in got), got


# -- 2. hyphen modifiers: X-led / X-aligned / pro-X / anti-X -----------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The Valdoria-sponsored {klf} seized the town.", ("Valdoria", S, KLF)),
    ("The Valdoria-aligned {klf} seized the town.", (KLF, S, "Valdoria")),
    ("The Iran-aligned Houthis fired missiles.", ("Houthis", S, "Iran")),
    ("The Russia-supported Wagner Group advanced.", ("Russia", S, "Wagner Group")),
    ("The pro-Russian Wagner Group fired rockets.", ("Wagner Group", S, "Russia")),
    ("The pro-Turkish Aren Valley Movement attacked the town.", ("Aren Valley Movement", S, "Turkey")),
    ("Valdoria sent troops. The pro-Valdoria {klf} fired rockets.", (KLF, S, "Valdoria")),
    ("Pro-Iran militias fired rockets at the base.", ("Pro-Iran militias", S, "Iran")),
    ("The Saudi-led coalition bombed the Houthis.", ("Saudi Arabia", S, "Saudi-led coalition")),
    ("The Iran-backed group Hezbollah fired rockets.", ("Iran", S, "Hezbollah")),
    ("The Valdoria-backed militia {klf} fired rockets.", ("Valdoria", S, KLF)),
    ("The Saudi-led coalition bombed the Houthis.", ("Saudi-led coalition", O, "Houthis")),
    ("Turkey sent envoys. The pro-Turkey {klf} fired rockets.", (KLF, S, "Turkey")),
    ("Ankara sent envoys. The anti-Ankara Amber Brigade fired rockets.", ("Amber Brigade", O, "Turkey")),
    ("Valdoria sent envoys. The pro-Valdoria Hamas fired rockets.", ("Hamas", S, "Valdoria")),
    ("The pro-Russian militias attacked Ukrainian positions.", ("pro-Russian militias", S, "Russia")),
    ("Anti-Haftar forces attacked the town.", ("Anti-Haftar forces", O, "Khalifa Haftar")),
    ("Valdoria sent troops. Anti-Valdoria rebels seized the town.", ("Anti-Valdoria rebels", O, "Valdoria")),
])
def test_hyphen_modifiers(read_sentences, text, expected):
    _check(read_sentences, text.format(klf=KLF), {expected})


@pytest.mark.parametrize("text", [
    "Pro-democracy protesters marched in the capital.",
    "Pro-Democracy protesters marched in the capital.",
    "The Valdoria-born commander of the {klf} spoke.",
    "The Turkish-born commander spoke.",
    "The anti-Islamist stance of Egypt pleased the {klf}.",
])
def test_hyphen_near_misses(read_sentences, text):
    got = _got(read_sentences, text.format(klf=KLF))
    assert not any(r in (S, O) for _, r, _ in got), got


# -- 3. past framing: a relation that ended is still asserted -----------------------------------

@pytest.mark.parametrize("text,x,y", [
    ("In 2015, Iran armed the Houthis.", "Iran", "Houthis"),
    ("Valdoria had backed the {klf} until 2019.", "Valdoria", KLF),
    ("Iran once funded Hamas.", "Iran", "Hamas"),
    ("Since 2012, Valdoria has supported the {klf}.", "Valdoria", KLF),
    ("Until 2019, Russia armed the Wagner Group.", "Russia", "Wagner Group"),
    ("Valdoria formerly trained the {klf}.", "Valdoria", KLF),
])
def test_past_support_is_asserted(read_sentences, text, x, y):
    _check(read_sentences, text.format(klf=KLF), {(x, S, y)})


# -- 4. demonym sides ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Valdoria is a country. Valdorian troops attacked the {klf}.", ("Armed forces of Valdoria", O, KLF)),
    ("Israeli forces struck Hezbollah.", ("Israel Defense Forces", O, "Hezbollah")),
    ("Valdoria is a country. The {klf} shelled Valdorian positions.", (KLF, O, "Valdoria")),
    ("Hezbollah shelled Israeli positions.", ("Hezbollah", O, "Israel")),
    ("The {klf} is fighting Valdoria. Its fighters ambushed Valdorian soldiers.", (KLF, O, "Valdoria")),
])
def test_demonym_sides(read_sentences, text, expected):
    _check(read_sentences, text.format(klf=KLF), {expected})


@pytest.mark.parametrize("text,expected", [
    # the state never named: its demonym by the usual pattern (Valdorian -> Valdoria)
    ("Valdorian troops attacked the {klf}.", ("Armed forces of Valdoria", O, KLF)),
    ("The {klf} shelled Valdorian positions.", (KLF, O, "Valdoria")),
    ("The {klf} ambushed Tamarian soldiers near the border.", (KLF, O, "Armed forces of Tamaria")),
    ("Karvonian jets bombed the {klf}.", ("Karvonia", O, KLF)),
])
def test_demonym_of_an_unnamed_invented_state(read_sentences, text, expected):
    _check(read_sentences, text.format(klf=KLF), {expected})


@pytest.mark.parametrize("text", [
    "Humanitarian workers fled the town.",
    "Christian militias attacked the {klf}.",
    "Civilian volunteers helped the {klf}.",
])
def test_ian_words_that_are_no_demonym(read_sentences, text):
    linked, readings = read_sentences(text.format(klf=KLF))
    assert not any(a.type == "State" and not a.known for a in linked.actors.values()), linked.actors


@pytest.mark.parametrize("text,a,b", [
    ("Valdoria and the {klf} fought side by side.", "Valdoria", KLF),
    ("Russia and Syria fought together.", "Russia", "Syria"),
    ("Valdoria and the {klf} fought side by side against the {nrm}.", "Valdoria", KLF),
])
def test_partners_in_a_fight_are_no_foes(read_sentences, text, a, b):
    got = _got(read_sentences, text.format(klf=KLF, nrm=NRM))
    assert (a, O, b) not in got and (b, O, a) not in got and (a, S, b) in got, got
