"""Construction classes seen failing on unseen wire copy (issue 11): loss and capture, revenge and
persistence, pressure and coercion, contributors to a force, service for a side, help adjuncts,
quitting and expelling, wings and factions. Sentences written for the test, invented names; each class
with near-misses that must not give the relation."""
import pytest

from conftest import read_triples as _got

S, O, OFF = "supports", "opposes", "official_of"
KLF, DF, CSU = "Karsa Liberation Front", "Drovan Front", "Coastal States Union"


def _asserted(read_sentences, text):
    return _got(read_sentences, text)


def _any(read_sentences, text):
    return _got(read_sentences, text) | _got(read_sentences, text, "Hedged") | _got(read_sentences, text, "Denied")


# -- 1. loss and capture: the winner fights the loser the sentence names --------------------------------

@pytest.mark.parametrize("text", [
    f"The {KLF} lost the port to the {DF}.",
    f"The {KLF} lost control of the airport to the {DF} after a week of fighting.",
    f"The {KLF}'s last stronghold fell to the {DF}.",
    f"The town, held by the {KLF} since 2019, fell to the {DF}.",
    f"The {KLF} surrendered the border town to the {DF}.",
    f"The {DF} wrested control of the city from the {KLF}.",
])
def test_the_winner_of_a_place_fights_the_loser(read_sentences, text):
    assert (DF, O, KLF) in _asserted(read_sentences, text)


@pytest.mark.parametrize("text", [
    f"The {KLF} lost the election to the {DF}.",
    f"The {KLF} lost control of parliament to the {DF}.",
    f"The {KLF} lost its majority to the {DF}.",
    f"Support for the {KLF} fell to 20 percent, a poll by the {DF} found.",
    "The town fell to the Drovan Front.",
])
def test_no_loser_or_no_place_no_fight(read_sentences, text):
    got = _any(read_sentences, text)
    assert (DF, O, KLF) not in got and not any(r == O for _, r, _ in got), sorted(got)


# -- 2. revenge and persistence --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"The {KLF} vowed to avenge the killing of Tomas Ardel by the {DF}.",
    f"The {KLF} vowed to avenge Ardel's death at the hands of the {DF}.",
    f"The {KLF} avenged the {DF}'s assassination of Tomas Ardel.",
    f"The {KLF} vowed revenge against the {DF}.",
    f"The {KLF} vowed to take revenge on the {DF}.",
    f"The {KLF} will not lay down its arms until the {DF} leaves the region.",
    f"The {KLF} refuses to lay down its arms until the {DF} withdraws its fighters.",
])
def test_an_avenger_or_holdout_opposes_the_other_side(read_sentences, text):
    assert (KLF, O, DF) in _asserted(read_sentences, text)


@pytest.mark.parametrize("text", [
    f"The {KLF} vowed to avenge the death of Tomas Ardel, a diplomat from the {DF} said.",
    f"The {KLF} laid down its arms after the {DF} mediated.",
])
def test_no_killer_named_no_opposition(read_sentences, text):
    assert (KLF, O, DF) not in _any(read_sentences, text)


# -- 3. pressure and coercion ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"Under pressure from the {DF}, the {KLF} withdrew from the town.",
    f"The {KLF} left the region under pressure from the {DF}.",
    f"The {DF} forced the {KLF} to retreat.",
    f"The {DF} forced the {KLF} out of the town.",
    f"The {DF} ordered the fighters of the {KLF} out of the country.",
])
def test_pressing_someone_to_leave_opposes_it(read_sentences, text):
    assert (DF, O, KLF) in _asserted(read_sentences, text)


def test_forced_to_resign_by(read_sentences):
    assert (DF, O, "Tomas Ardel") in _asserted(read_sentences, f"Tomas Ardel was forced to resign by the {DF}.")


@pytest.mark.parametrize("text", [
    f"Under pressure from the {DF}, the {KLF} agreed to talks.",
    f"Under pressure from the {DF}, the {KLF} released the prisoners.",
])
def test_pressure_to_do_something_else_is_no_opposition(read_sentences, text):
    assert (DF, O, KLF) not in _any(read_sentences, text)


# -- 4, 5. contributors to a force, service for a side ------------------------------------------------------

@pytest.mark.parametrize("text, subject", [
    (f"Some 800 Kenyan police officers serve in the {CSU} mission.", "Kenya"),
    (f"Rwandans serving with the {CSU} mission were killed.", "Rwanda"),
    (f"Uganda's contingent in the {CSU} mission was attacked.", "Uganda"),
    (f"The Ugandan contingent of the {CSU} mission returned home.", "Uganda"),
    (f"Uganda sent troops to join the {CSU} mission.", "Uganda"),
])
def test_a_contributing_state_supports_the_force(read_sentences, text, subject):
    got = _asserted(read_sentences, text)
    assert any(s == subject and r == S for s, r, _ in got), sorted(got)


@pytest.mark.parametrize("text", [
    f"The {DF} flew helicopter gunships for the {KLF}.",
    f"The {DF}'s pilots fly for the {KLF}.",
    f"Fighters of the {DF} who work for the {KLF} were captured.",
    f"The {DF} works for the {KLF}, officials said.",
])
def test_service_for_a_side_supports_it(read_sentences, text):
    assert (DF, S, KLF) in _asserted(read_sentences, text)


@pytest.mark.parametrize("text", [
    f"Tomas Ardel works for the {KLF}.",
    f"A Kenyan diplomat who works for the {CSU} was arrested.",
    f"Rwandans protested outside the {CSU} offices.",
    "President Ruto flew to Paris for talks with the Coastal States Union.",
])
def test_work_and_travel_are_no_service(read_sentences, text):
    assert not any(r == S for _, r, _ in _any(read_sentences, text))


# -- 6. help adjuncts ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"With the {DF}'s drones, the {KLF} retook the town.",
    f"Thanks to the {DF}'s gunships, the {KLF} held the airport.",
    f"The {KLF} retook the port with the {DF}'s rockets.",
    f"Backed by the {DF}'s air power, the {KLF} advanced on the capital.",
])
def test_arms_of_x_in_y_hands_x_supports_y(read_sentences, text):
    assert (DF, S, KLF) in _asserted(read_sentences, text)


@pytest.mark.parametrize("text", [
    f"With the {DF}'s permission, the {KLF} crossed the border.",
    f"With the {DF}'s drones overhead, the {KLF} fled the town.",
    f"The {KLF} clashed with the {DF}'s fighters.",
    f"The {KLF} clashed with the {DF}'s gunships near the port.",
    f"The {KLF} lost its jets to the {DF}'s missiles.",
])
def test_no_help_from_permission_pursuit_or_a_foe(read_sentences, text):
    assert (DF, S, KLF) not in _any(read_sentences, text)


# -- 7. quitting and expelling ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"Chad suspended its membership in the {CSU}.",
    f"Chad ended its participation in the {CSU}.",
    f"Chad announced its withdrawal from the {CSU}.",
    f"Chad pulled out of the {CSU}.",
])
def test_leaving_a_body_opposes_it(read_sentences, text):
    assert ("Chad", O, CSU) in _asserted(read_sentences, text)


@pytest.mark.parametrize("text", [
    f"Chad postponed its withdrawal from the {CSU}.",
    f"Chad renewed its membership in the {CSU}.",
    f"Chad suspended talks with the {CSU} for a week.",
])
def test_staying_is_no_opposition(read_sentences, text):
    assert ("Chad", O, CSU) not in _asserted(read_sentences, text)


# -- 8. wings and factions -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"A rival wing of the {KLF} led by Tomas Ardel attacked the town.",
    f"A splinter faction of the {KLF}, led by Tomas Ardel, attacked the town.",
    f"Tomas Ardel leads a breakaway faction of the {KLF}.",
    f"Tomas Ardel, who leads a splinter group of the {KLF}, was arrested.",
    f"Tomas Ardel, commander of a breakaway wing of the {KLF}, was arrested.",
])
def test_the_leader_of_a_split_is_no_official_of_the_whole(read_sentences, text):
    assert ("Tomas Ardel", OFF, KLF) not in _any(read_sentences, text)


@pytest.mark.parametrize("text", [
    f"The military wing of the {KLF}, led by Tomas Ardel, attacked the town.",
    f"Tomas Ardel heads the armed wing of the {KLF}.",
    f"The {KLF}, led by Tomas Ardel, attacked the town.",
])
def test_the_leader_of_a_wing_that_is_part_of_x_is_its_official(read_sentences, text):
    assert ("Tomas Ardel", OFF, KLF) in _asserted(read_sentences, text)
