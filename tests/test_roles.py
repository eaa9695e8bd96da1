"""Officials' roles read from titles and constructions (src/conflictkg/_relations/_roles.py).

Every sentence here is our own, with invented people; each construction class is tried with
several titles or predicates."""
from __future__ import annotations

import pytest

from conftest import triples_of

R = "official_of"
# a story told from Nairobi about Kenya (the state is named again after the dateline)
NAIROBI = "Kenyan talks stall\n\nNAIROBI, May 3 — Kenya's parliament met on Friday. Kenya's police were deployed. "
# the same, with a dateline the actor stage may leave as a place
KAMPALA = "Ugandan talks stall\n\nKAMPALA, May 3 — Uganda's parliament met on Friday. Uganda's police were deployed. "


def _has(read_sentences, text, expected):
    linked, readings = read_sentences(text)
    got = triples_of(linked, readings)
    assert expected in got, f"{expected} not in {sorted(got)}"


def _lacks(read_sentences, text, wrong):
    linked, readings = read_sentences(text)
    assert wrong not in triples_of(linked, readings)


# -- a state title with no state named: the state the story is told from ------------------------
@pytest.mark.parametrize("dateline,state", [(NAIROBI, "Kenya"), (KAMPALA, "Uganda")])
@pytest.mark.parametrize("sentence", [
    "President Tomas Relvani said the talks had failed.",
    "The talks failed, the late President Tomas Relvani had warned.",
    "Parliament Speaker Tomas Relvani said the talks had failed.",
    "Foreign Ministry spokesman Tomas Relvani said the talks had failed.",
    "Critics include former Vice President Tomas Relvani.",
    "Tomas Relvani, a former vice president who joined the protests, said the talks had failed.",
])
def test_a_bare_state_title_belongs_to_the_home_state(read_sentences, dateline, state, sentence):
    _has(read_sentences, dateline + sentence, ("Tomas Relvani", R, state))


@pytest.mark.parametrize("sentence", [
    "Iran denied any part in the attack. Foreign Ministry spokesman Tomas Relvani called the strikes a mistake.",
    "Tehran rejected the report. President Tomas Relvani called it a fabrication.",
    "Iran has condemned the raid. Government spokesman Tomas Relvani said it broke the truce.",
])
def test_a_bare_state_title_belongs_to_the_state_the_paragraph_is_about(read_sentences, sentence):
    linked, readings = read_sentences(NAIROBI + sentence)
    got = triples_of(linked, readings)
    assert ("Tomas Relvani", R, "Iran") in got and ("Tomas Relvani", R, "Kenya") not in got


@pytest.mark.parametrize("sentence", [
    "King Tomas Relvani assured the envoy that nothing had changed.",
    "The envoy later met Emir Tomas Relvani.",
])
def test_a_monarch_is_not_guessed_from_the_dateline(read_sentences, sentence):
    _lacks(read_sentences, NAIROBI + sentence, ("Tomas Relvani", R, "Kenya"))


@pytest.mark.parametrize("sentence", [
    "The envoy later met Zandarian President Tomas Relvani.",
    "Tomas Relvani, the president of the self-proclaimed republic, signed the decree.",
    "Tomas Relvani, president of the breakaway region, signed the decree.",
])
def test_a_title_with_an_owner_no_actor_stands_for_gets_no_home_state(read_sentences, sentence):
    _lacks(read_sentences, NAIROBI + sentence, ("Tomas Relvani", R, "Kenya"))


# -- an office before a rank: "Army commander General X" ----------------------------------------
@pytest.mark.parametrize("sentence", [
    "Army commander General Tomas Relvani has started moving units south.",
    "Army chief Tomas Relvani has started moving units south.",
    "Army commander Lieutenant General Tomas Relvani ordered the units south.",
])
def test_an_army_title_with_no_owner_is_an_office_in_the_home_states_army(read_sentences, sentence):
    linked, readings = read_sentences(KAMPALA + sentence)
    owners = [linked.actors[r.object] for r in readings if linked.actors[r.subject].label == "Tomas Relvani"]
    assert any(o.armed_forces_of and linked.actors[o.armed_forces_of].label == "Uganda" for o in owners), owners


def test_an_office_before_a_rank_keeps_its_named_owner(read_sentences):
    _has(read_sentences, "Hezbollah commander General Tomas Relvani was killed in the strike.",
         ("Tomas Relvani", R, "Hezbollah"))


# -- a body a person owns in the text: "his party, Y", "the faction of X", "X, whose Y ..." --------
KLF = "Karsa Liberation Front"


@pytest.mark.parametrize("text", [
    "Tomas Relvani returned from exile. The government accuses him of plotting, which his party, the {klf}, denies.",
    "The attack was claimed by the {klf}, the armed faction of Tomas Relvani, on Monday.",
    "The {klf}, the party of Mirel Dastan, won the vote.",
    "Tomas Relvani, whose {klf} is among the strongest factions, overran the town.",
    "Fighters of the {klf} of Mirel Dastan overran the town.",
])
def test_a_body_the_text_gives_a_person_is_led_by_them(read_sentences, text):
    person = "Mirel Dastan" if "Mirel Dastan" in text else "Tomas Relvani"
    _has(read_sentences, text.format(klf=KLF), (person, R, KLF))


@pytest.mark.parametrize("text", [
    "The {klf} condemned the arrest of Tomas Relvani.",
    "The {klf} welcomed the release of Tomas Relvani, a journalist.",
    "Kenya's forces of Tomas Relvani's era are gone.",
])
def test_of_a_person_after_an_act_or_a_state_is_no_office(read_sentences, text):
    linked, readings = read_sentences(text.format(klf=KLF))
    assert not [r for r in readings if linked.actors[r.subject].label == "Tomas Relvani"
                and r.predicate in ("officialOf", "commands")]
