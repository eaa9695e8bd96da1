"""Opposition read through what an operation or a move does (issue 11): the relative clause of a
launched operation ("X mounted an assault that drove Y out"), keeping someone from doing something
("X acted to stop Y from taking the port"), forcing someone back ("X forced Y to withdraw"), and
classing someone a terrorist. Sentences written for the test, invented actors, near misses that must
not fire."""
import pytest

from conftest import assert_never_reads as _never
from conftest import assert_reads as _check
from conftest import read_triples as _got

O = "opposes"
KLF, DF, AB, OM = "Karsa Liberation Front", "Drovan Front", "Amber Brigade", "Ombra Movement"


# -- an operation's relative clause: its launcher does what it does ---------------------------------

@pytest.mark.parametrize("text", [
    f"The {AB} launched an offensive that routed the {DF} from the north.",
    f"The {AB} mounted an assault that drove the {DF} out of the valley.",
    f"The {AB} carried out a raid which destroyed the {DF}'s depot.",
    f"The {AB} staged an ambush that killed six {DF} fighters.",
    f"An offensive by the {AB}, which pushed back the {DF}, ended on Monday.",
    f"The {AB}'s counteroffensive, which repelled the {DF}, surprised observers.",
])
def test_an_operation_does_what_its_launcher_does(read_sentences, text):
    _check(read_sentences, text, {(AB, O, DF)})


@pytest.mark.parametrize("text,wrong", [
    # the relative clause of a report or a plan, not of an operation
    (f"The {AB} published a report that accused the {DF} of looting.", (AB, O, DF)),
    (f"The {AB} rejected a proposal that condemned the {DF}.", (AB, O, DF)),
    # an operation nobody named launched: no agent to lend
    (f"Observers described an offensive that routed the {DF} from the north.", ("Observers", O, DF)),
])
def test_an_operation_near_misses(read_sentences, text, wrong):
    _never(read_sentences, text, {wrong})


# -- keeping someone from doing something --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"The {AB} sent troops to stop the {DF} from seizing the port.",
    f"The {AB} tried to prevent the {DF} from reaching the coast.",
    f"The {AB} deployed gunboats to keep the {DF} from resupplying its units.",
    f"The {AB} blocked the {DF} from entering the valley.",
    f"The {AB} barred the {DF} from the talks.",
])
def test_keeping_someone_from_acting_opposes_them(read_sentences, text):
    _check(read_sentences, text, {(AB, O, DF)})


@pytest.mark.parametrize("text,wrong", [
    (f"The {AB} did not stop the {DF} from seizing the port.", (AB, O, DF)),
    (f"The {AB} kept the {DF}'s envoy informed.", (AB, O, DF)),
    (f"The {AB} stopped aid from reaching the {DF}.", (AB, O, DF)),
])
def test_keeping_from_near_misses(read_sentences, text, wrong):
    got = _got(read_sentences, text)
    assert wrong not in got, f"{text!r}: got {sorted(got)}"


# -- forcing someone back ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"The {AB} forced the {DF} to retreat from the hills.",
    f"The {AB} forced {DF} units to fall back across the river.",
    f"Days of shelling by the {AB} compelled the {DF} to withdraw.",
    f"The {AB} forced the {DF} to abandon the airfield.",
])
def test_forcing_someone_back_fights_them(read_sentences, text):
    _check(read_sentences, text, {(AB, O, DF)})


@pytest.mark.parametrize("text,wrong", [
    (f"The {AB} forced the {DF} to accept the plan.", (AB, O, DF)),
    (f"The {AB} helped the {DF} to withdraw its wounded.", (AB, O, DF)),
])
def test_forcing_near_misses(read_sentences, text, wrong):
    got = _got(read_sentences, text)
    assert wrong not in got, f"{text!r}: got {sorted(got)}"


# -- classing someone a terrorist ------------------------------------------------------------------------

@pytest.mark.parametrize("text,pairs", [
    (f"Norland classifies the {DF} as a terrorist organisation.", {("Norland", O, DF)}),
    (f"Norland has long classified the {DF} and the {OM} as terrorist groups.",
     {("Norland", O, DF), ("Norland", O, OM)}),
])
def test_classing_as_terrorist_opposes(read_sentences, text, pairs):
    _check(read_sentences, text, pairs)


def test_classing_as_something_else_is_no_opposition(read_sentences):
    _never(read_sentences, f"Norland classifies the {DF} as a political party.", {("Norland", O, DF)})


# -- a bare operation noun names the attack told just before -------------------------------------------

S = "supports"


@pytest.mark.parametrize("text,pairs", [
    (f"The {DF} shelled the port on Monday. Norland condemned the attack.", {("Norland", O, DF)}),
    (f"The {DF} stormed the border post at dawn. Norland denounced the attack.", {("Norland", O, DF)}),
    (f"The {DF}'s jets bombed the market on Monday. Norland condemned the raids.", {("Norland", O, DF)}),
    (f"The {AB} launched air strikes on the {DF} on Thursday. Norland welcomed the operation.",
     {("Norland", S, AB)}),
    (f"The {AB} launched air strikes on the {DF} on Thursday. Norland has committed twelve warplanes to the campaign.",
     {("Norland", S, AB)}),
    (f"The {AB} launched air strikes on the {DF} on Thursday. Norland and Vessa joined the operation.",
     {("Norland", S, AB), ("Vessa", S, AB)}),
])
def test_a_bare_operation_names_the_attack_before(read_sentences, text, pairs):
    _check(read_sentences, text, pairs)


@pytest.mark.parametrize("text,wrong", [
    # raids are air attacks: not the ground offensive told before
    (f"Norland condemned the {DF}'s offensive on Monday. Vessa denounced the raids.", ("Vessa", O, DF)),
    # the one who repels an attack did not make it
    (f"The {AB} repelled the {DF} near the port. Norland condemned the attack.", ("Norland", O, AB)),
    # welcoming a visitor is no support; joining talks joins no one
    (f"Norland welcomed the {DF}'s delegation to the capital.", ("Norland", S, DF)),
    (f"The {AB} launched air strikes on the {DF}. Norland joined the talks in Geneva.", ("Norland", S, AB)),
])
def test_a_bare_operation_near_misses(read_sentences, text, wrong):
    _never(read_sentences, text, {wrong})


@pytest.mark.parametrize("text", [
    f"The {AB} and Vessa formed a coalition against the {DF} in May. Norland joined the coalition.",
    f"The {AB}-led coalition took the port in May. Norland has since joined the alliance.",
])
def test_joining_a_coalition_supports_it(read_sentences, text):
    got = _got(read_sentences, text)
    assert any(s == "Norland" and r == S for s, r, o in got), f"{text!r}: got {sorted(got)}"


@pytest.mark.parametrize("unit", ["divisions", "battalions", "a column"])
def test_units_of_an_army_stand_for_it(read_sentences, unit):
    _check(read_sentences, f"The {AB} routed {unit} of the {DF} near the port.", {(AB, O, DF)})
