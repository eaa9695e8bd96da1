"""Opposition and support in wire phrasings (issue 11): weapons and places whose owner is fought, an act
whose "by" phrase the parser hangs on the verb, responsibility laid at someone's door, deaths in someone's
attack, support nouns that help someone, the genitive doer with an "of" patient, a fronted gerund clause,
joining someone's offensive. Sentences written for the test, invented actors, near misses that must not fire."""
import pytest

from conftest import assert_never_reads as _never
from conftest import assert_reads as _check
from conftest import read_triples as _got

O, S = "opposes", "supports"
KLF, DF, AB = "Karsa Liberation Front", "Drovan Front", "Amber Brigade"


def _not_asserted(read_sentences, text, triple):
    got = _got(read_sentences, text)
    assert triple not in got, f"{text!r}: got {sorted(got)}"


# -- weapons and places: the owner, or whoever fires them ---------------------------------------------

@pytest.mark.parametrize("text", [
    f"The {AB} shot down the {DF}'s drone over the valley.",
    f"The {AB} downed a helicopter flown by the {DF}.",
    f"The {AB} intercepted rockets launched by the {DF} at the city.",
    f"The {AB} destroyed the {DF}'s tanks near the border.",
    f"The {AB} took the town from the {DF}.",
    f"The {AB} took control of the airport from the {DF}.",
    f"The {AB} regained the border crossing from the {DF}.",
    f"The {AB} beat back an assault by the {DF}.",
    f"The {AB} fended off an attack by the {DF} on the port.",
])
def test_weapons_places_and_acts_name_the_one_fought(read_sentences, text):
    _check(read_sentences, text, {(AB, O, DF)})


@pytest.mark.parametrize("text", [
    f"The {AB} did not shoot down the {DF}'s drone over the valley.",
    f"The {AB} may have taken the town from the {DF}.",
    f"The {AB} denied downing a helicopter flown by the {DF}.",
])
def test_weapons_and_places_keep_their_status(read_sentences, text):
    _not_asserted(read_sentences, text, (AB, O, DF))


@pytest.mark.parametrize("text,wrong", [
    (f"The {AB} took the delegates from the {DF}'s office to the airport.", (AB, O, DF)),
    (f"The {AB} intercepted a message from the {DF} to the mediators.", (AB, O, DF)),
    (f"The {AB} beat back a challenge by the {DF} in the vote.", (AB, O, DF)),
    ("Kenya destroyed two Turkish tanks near the border.", ("Kenya", O, "Turkey")),
])
def test_weapons_places_and_acts_near_misses(read_sentences, text, wrong):
    _never(read_sentences, text, {wrong})


# -- responsibility: "X said Y was behind the attack" -----------------------------------------------

@pytest.mark.parametrize("text", [
    f"Kenya said the {DF} was behind the bombing.",
    f"Kenya blamed the ambush on the {DF}.",
    f"Kenya said the {DF} had carried out the attack on its troops.",
    f"Kenya said the {DF} was responsible for the bombing.",
])
def test_responsibility_laid_on_a_party(read_sentences, text):
    _check(read_sentences, text, {("Kenya", O, DF)})


@pytest.mark.parametrize("text", [
    f"Kenya denied that the {DF} was behind the bombing.",
    f"Kenya said the {DF} was not behind the bombing.",
    f"Kenya did not blame the ambush on the {DF}.",
])
def test_responsibility_denied_is_not_asserted(read_sentences, text):
    _not_asserted(read_sentences, text, ("Kenya", O, DF))


@pytest.mark.parametrize("text", [
    f"Kenya said the {DF} was behind the peace proposal.",
    f"Kenya blamed the delay on the {DF}'s paperwork.",
    f"Kenya said the {DF} carried out the census in the north.",
    f"Kenya blamed the {AB} for the attack on the {DF}.",
])
def test_responsibility_near_misses(read_sentences, text):
    _never(read_sentences, text, {("Kenya", O, DF)})


# -- deaths in someone's attack ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"Six fighters of the {DF} died in an air strike by the {AB}.",
    f"Four {DF} fighters died in an ambush by the {AB} near the border.",
    f"Two members of the {DF} perished in the {AB}'s raid on their camp.",
    f"Three {DF} fighters died when the {AB} shelled their base.",
])
def test_deaths_in_an_attack_name_the_attacker(read_sentences, text):
    _check(read_sentences, text, {(AB, O, DF)})


def test_a_death_in_no_attack_names_no_one(read_sentences):
    _never(read_sentences, f"Six fighters of the {DF} died in a car crash, the {AB} said.", {(AB, O, DF)})


# -- support nouns: genitive doer, a support that helps, joining an offensive ----------------------------

@pytest.mark.parametrize("text,expected", [
    (f"Kenya's backing of the {DF} is an open secret.", ("Kenya", S, DF)),
    (f"Kenya's arming of the {DF} worries its neighbours.", ("Kenya", S, DF)),
    (f"Kenya's sponsorship of the {DF} dates back to 2015.", ("Kenya", S, DF)),
    (f"Kenya's bombardment of the {DF} continued overnight.", ("Kenya", O, DF)),
    (f"Kenya's backing helped the {DF} retake the town.", ("Kenya", S, DF)),
    (f"Kenya's military aid helped the {DF} hold the port.", ("Kenya", S, DF)),
    (f"Kenya's support enabled the {DF} to hold the port.", ("Kenya", S, DF)),
    (f"The {AB} joined Kenya's offensive against the {DF}.", (AB, S, "Kenya")),
    (f"The {DF} entered the town with the backing of Kenya.", ("Kenya", S, DF)),  # no possessor: "of" is the doer
])
def test_support_through_nouns(read_sentences, text, expected):
    _check(read_sentences, text, {expected})


@pytest.mark.parametrize("text,wrong", [
    (f"Kenya's support for the truce helped the {DF} save face.", ("Kenya", S, DF)),
    (f"The {AB} joined Kenya's appeal for calm.", (AB, S, "Kenya")),
    (f"The {AB} joined the offensive against the {DF}.", (AB, S, DF)),
])
def test_support_through_nouns_near_misses(read_sentences, text, wrong):
    _never(read_sentences, text, {wrong})


def test_refusing_to_join_an_offensive_is_not_joining_a_side(read_sentences):
    _not_asserted(read_sentences, f"The {AB} refused to join Kenya's offensive against the {DF}.", (AB, S, "Kenya"))


# -- a fronted gerund clause: "Fighting alongside Y is X" ------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    (f"Fighting alongside the {DF} is the {AB}.", (AB, S, DF)),
    (f"Backing the {DF} are Kenya and Uganda.", ("Kenya", S, DF)),
    (f"Also fighting against the {DF} is the {AB}, a militia from the north.", (AB, O, DF)),
    (f"Arming the {DF} is Kenya, which denies it.", ("Kenya", S, DF)),
])
def test_fronted_gerund_subject_after_the_copula(read_sentences, text, expected):
    _check(read_sentences, text, {expected})


@pytest.mark.parametrize("text", [
    f"Fighting alongside the {DF} is dangerous, the {AB} said.",
    f"Arming the {DF} is a risk, the {AB} said.",
    f"The {AB} is fighting alongside the {DF}.",
])
def test_fronted_gerund_near_misses(read_sentences, text):
    _never(read_sentences, text, {(DF, S, AB)})


# -- a gerund of fighting after "under"; driven from a place; fighting on someone's side; air defences ----

@pytest.mark.parametrize("text", [
    f"The {DF}'s positions came under shelling from the {AB}.",
    f"The {DF} came under bombing by the {AB}.",
    f"The {DF}'s convoy came under shelling by the {AB} near the border.",
    f"The {AB} drove the {DF} from the town.",
    f"An offensive by the {AB} drove the {DF} from the valley.",
])
def test_suffered_attacks_and_expulsions(read_sentences, text):
    _check(read_sentences, text, {(AB, O, DF)})


@pytest.mark.parametrize("text", [
    "The town came under shelling overnight, the Amber Brigade said.",
    f"The {AB} drove the delegates from the airport to the capital.",
])
def test_suffered_attacks_near_misses(read_sentences, text):
    _never(read_sentences, text, {(AB, O, DF)})


@pytest.mark.parametrize("text,expected", [
    (f"The {AB} fought on the side of the {DF}.", (AB, S, DF)),
    (f"The {AB} fought on the {DF}'s side in the war.", (AB, S, DF)),
    (f"Kenyan air defences intercepted drones launched by the {DF}.", ("Kenya", O, DF)),
])
def test_sides_and_air_defences(read_sentences, text, expected):
    _check(read_sentences, text, {expected})


def test_the_other_side_of_a_river_is_no_side(read_sentences):
    _never(read_sentences, f"The {AB} fought on the other side of the river from the {DF}.", {(AB, S, DF)})


# -- a third party's demand: "X called on Y to arm Z" is Y's act, asked for, not X's -------------------

@pytest.mark.parametrize("text,asked,wrong", [
    (f"Kenya called on Uganda to arm the {DF}.", ("Uganda", S, DF), ("Kenya", S, DF)),
    (f"Kenya called on Uganda to stop funding the {DF}.", ("Uganda", S, DF), ("Kenya", S, DF)),
    (f"Kenya appealed to Uganda to stop arming the {DF}.", ("Uganda", S, DF), ("Kenya", S, DF)),
    (f"Kenya called on Uganda to attack the {DF}.", ("Uganda", O, DF), ("Kenya", O, DF)),
])
def test_called_on_to_act_is_the_one_called_on(read_sentences, text, asked, wrong):
    linked, readings = read_sentences(text)
    from conftest import triples_of
    anything = triples_of(linked, readings) | triples_of(linked, readings, "Hedged") | triples_of(linked, readings, "Denied")
    assert asked in anything and asked not in triples_of(linked, readings), f"{text!r}: got {sorted(anything)}"
    assert wrong not in anything, f"{text!r}: got {sorted(anything)}"


# -- fire aimed at someone's assets: "X fired a missile at a US warship" ----------------------------------

@pytest.mark.parametrize("text,expected", [
    (f"The {DF} fired rockets at Kenyan positions near the border.", (DF, O, "Kenya")),
    (f"The {DF} fired a missile at a US warship.", (DF, O, "United States")),
    (f"The {DF} shot at Ugandan outposts overnight.", (DF, O, "Uganda")),
    (f"The {DF} attacked camps tied to the {AB}.", (DF, O, AB)),
])
def test_fire_at_whose_assets(read_sentences, text, expected):
    _check(read_sentences, text, {expected})


@pytest.mark.parametrize("text,wrong", [
    (f"The {DF} fired Iranian rockets at the town.", (DF, O, "Iran")),
    (f"The {DF} fired rockets from Kenyan territory at the {AB}.", (DF, O, "Kenya")),
])
def test_fire_at_near_misses(read_sentences, text, wrong):
    _never(read_sentences, text, {wrong})


def test_fire_at_whose_assets_keeps_its_status(read_sentences):
    _not_asserted(read_sentences, f"The {DF} did not fire rockets at Kenyan positions.", (DF, O, "Kenya"))
