"""Opposition constructions found missing by a probe of common wire English (issue 11): a particle
the parser takes for a preposition ("fought off Y"), a passive party of a war ("X has been locked in
a war with Y"), "lay siege to Y's stronghold". Our own sentences with invented actors."""
import pytest

from conftest import read_triples as _got

ZB, KM = "Zarqa Brigade", "Kelvar Movement"


@pytest.mark.parametrize("sentence", [
    "The Zarqa Brigade fought off the Kelvar Movement.",
    "The Zarqa Brigade has been locked in a war with the Kelvar Movement since 2019.",
    "The Zarqa Brigade has been embroiled in a conflict with the Kelvar Movement.",
    "The Zarqa Brigade laid siege to the Kelvar Movement's stronghold.",
    "The Zarqa Brigade laid siege to the Kelvar Movement.",
])
def test_opposition_constructions(read_sentences, sentence):
    assert (ZB, "opposes", KM) in _got(read_sentences, sentence)


@pytest.mark.parametrize("sentence", [
    "The Zarqa Brigade set off from the Kelvar Movement's old base.",  # "off" with its own "from": no object
    "The Zarqa Brigade was caught in a storm with its convoy.",  # no actor in the war's place
])
def test_near_misses(read_sentences, sentence):
    got = _got(read_sentences, sentence)
    assert not any(r == "opposes" and {s, o} == {ZB, KM} for s, r, o in got), sorted(got)


@pytest.mark.parametrize("sentence, expected", [
    ("The United Nations, whose officials have accused both the Zarqa Brigade and the Kelvar Movement of "
     "indiscriminate attacks, called for talks.", ("United Nations", "opposes", KM)),
    ("The Kelvar Movement, which Kenya lists as a terrorist group, denied the charge.", ("Kenya", "opposes", KM)),
    ("Egypt lists the Kelvar Movement as a terrorist organisation.", ("Egypt", "opposes", KM)),
    ("A Kenyan army convoy came under fire from Kelvar Movement gunmen.", (KM, "opposes", "Armed forces of Kenya")),
    ("Kenyan troops came under attack from the Kelvar Movement.", (KM, "opposes", "Armed forces of Kenya")),
    ("Kenyan soldiers fought a two-hour gun battle with Kelvar Movement guerrillas.",
     ("Armed forces of Kenya", "opposes", KM)),
    ("Amnesty International condemned the use of heavy weapons by the Zarqa Brigade.",
     ("Amnesty International", "opposes", ZB)),
])
def test_accusers_listers_and_attackers(read_sentences, sentence, expected):
    assert expected in _got(read_sentences, sentence)


@pytest.mark.parametrize("sentence", [
    "Egypt lists the Kelvar Movement as a political party.",
    "The Kelvar Movement came under fire from critics.",
])
def test_listing_and_fire_near_misses(read_sentences, sentence):
    got = _got(read_sentences, sentence)
    assert not any(r == "opposes" for s, r, o in got), sorted(got)


@pytest.mark.parametrize("adjective", ["criminal", "terrorist", "murderous"])
def test_calling_an_actor_a_criminal_gang_condemns_it(read_sentences, adjective):
    assert ("Kenya", "opposes", KM) in _got(read_sentences, f"Kenya called the Kelvar Movement a {adjective} gang.")


def test_calling_an_actor_a_partner_condemns_nothing(read_sentences):
    assert not any(r == "opposes" for s, r, o in _got(read_sentences, "Kenya called the Kelvar Movement a partner."))
