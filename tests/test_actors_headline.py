"""A headline's descriptions that only its story names (src/conflictkg/_actors/_headline.py):
"X threatens to quit regional force" -- the force is named in the lede. Our own articles, invented
names; each case with a near-miss where the lede does not single one actor out."""
from __future__ import annotations

import pytest

from conftest import read_triples

O = "opposes"
LEDE_FORCE = ("TARVO, May 2 — Korvia's president said on Friday his country would pull out of the Eastern Joint "
              "Task Force, the regional coalition that fights the Drel Front, after an attack killed 30 soldiers.")


@pytest.mark.parametrize("headline", [
    "Korvia threatens to quit regional force after rebel raid",
    "Korvia condemns regional force over border raid",
    "Korvia accuses regional force of failing soldiers",
])
def test_a_headline_noun_the_lede_names_is_that_actor(read_sentences, headline):
    got = read_triples(read_sentences, f"{headline}\n\n{LEDE_FORCE}")
    assert ("Korvia", O, "Eastern Joint Task Force") in got, sorted(got)


@pytest.mark.parametrize("headline,group", [
    ("Pellaria condemns Tellun rebels after ambush", "Tellun Liberation Front"),
    ("Pellaria vows to crush Tellun rebels after ambush", "Tellun Liberation Front"),
])
def test_a_proper_word_before_the_noun_picks_the_group_whose_name_holds_it(read_sentences, headline, group):
    text = (f"{headline}\n\nVELGRAD, May 2 — Pellarian troops fought the Tellun Liberation Front and the "
            "Ossel Movement near the border on Friday.")
    assert ("Pellaria", O, group) in read_triples(read_sentences, text)


@pytest.mark.parametrize("headline", [
    "Pellaria condemns rebels after ambush",
    "Pellaria vows to crush rebels after ambush",
])
def test_bare_rebels_are_the_one_armed_group_of_the_lede(read_sentences, headline):
    one = f"{headline}\n\nVELGRAD, May 2 — The Ossel Brigade ambushed a convoy near the border on Friday."
    two = (f"{headline}\n\nVELGRAD, May 2 — The Ossel Brigade and the Drel Front ambushed a convoy near the "
           "border on Friday.")
    assert ("Pellaria", O, "Ossel Brigade") in read_triples(read_sentences, one)
    got = read_triples(read_sentences, two)
    assert not any(s == "Pellaria" for s, r, o in got), sorted(got)  # which rebels is not said


def test_no_headline_no_cataphora(read_sentences):
    got = read_triples(read_sentences, "Pellaria condemns rebels after ambush. The Ossel Brigade ambushed a convoy.")
    assert ("Pellaria", O, "Ossel Brigade") not in got
