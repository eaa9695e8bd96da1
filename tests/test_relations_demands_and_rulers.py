"""Opposition in demands and refusals, fights told with their own noun, and who a ruler's government or
a leader's fighters are (issue 11): "urged Y to surrender", "gave Y a deadline to withdraw", "refused to
negotiate with Y", "A and B fought a battle", "Y is listed as a terrorist group by X", "X's
government" for X's state, "his fighters" for the group he leads. Sentences written for the test,
invented actors, near misses that must not fire."""
import pytest

from conftest import assert_never_reads as _never
from conftest import assert_reads as _check
from conftest import read_triples as _got

O, S, OF = "opposes", "supports", "official_of"
DF, AB, KF = "Drovan Front", "Amber Brigade", "Kalvar Front"


# -- demanding that someone give up ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"Norland urged the {DF} to surrender.",
    f"Norland called on the {DF} to capitulate before the winter.",
    f"Norland told the {DF} to give up its weapons.",
    f"Norland ordered the {DF} to hand over its weapons.",
    f"Norland gave the {DF} a three-day deadline to withdraw from the town.",
    f"Norland issued the {DF} an ultimatum to leave the valley.",
])
def test_demanding_surrender_or_departure_opposes(read_sentences, text):
    _check(read_sentences, text, {("Norland", O, DF)})


@pytest.mark.parametrize("text,wrong", [
    (f"Norland gave the {DF} a deadline to submit its list of prisoners.", ("Norland", O, DF)),
    (f"Norland told the {DF} to hand over the hostages' letters.", ("Norland", O, DF)),
])
def test_demanding_near_misses(read_sentences, text, wrong):
    got = _got(read_sentences, text)
    assert wrong not in got, f"{text!r}: got {sorted(got)}"


# -- refusing to talk ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"Norland refuses to negotiate with the {DF} while its fighters hold the port.",
    f"Norland refused to hold talks with the {DF}.",
    f"Norland declined to meet with the {DF} in Geneva.",
    f"Norland ruled out talks with the {DF}.",
    f"Norland rejected negotiations with the {DF}.",
])
def test_refusing_to_talk_opposes(read_sentences, text):
    _check(read_sentences, text, {("Norland", O, DF)})


@pytest.mark.parametrize("text,wrong", [
    (f"Norland did not refuse to negotiate with the {DF}.", ("Norland", O, DF)),
    (f"Norland refused to fight alongside the {DF}.", ("Norland", O, DF)),
    (f"Norland rejected talks about the {DF}'s prisoners.", ("Norland", O, DF)),
])
def test_refusing_near_misses(read_sentences, text, wrong):
    got = _got(read_sentences, text)
    assert wrong not in got, f"{text!r}: got {sorted(got)}"


# -- a fight told with its own noun ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"The {AB} and the {DF} fought a month-long battle over the bridge.",
    f"The {AB} and the {DF} fought a bloody war in 2019.",
    f"The {AB} and the {DF} fought a skirmish near the bridge.",
])
def test_a_fight_with_its_own_noun_is_mutual(read_sentences, text):
    _check(read_sentences, text, {(AB, O, DF), (DF, O, AB)})


@pytest.mark.parametrize("text", [
    f"The {AB} and the {DF} fought a battle against the Norland army.",
    f"The {AB} and the {DF} fought a war with Norland.",
])
def test_a_fight_against_a_third_is_not_mutual(read_sentences, text):
    _never(read_sentences, text, {(AB, O, DF), (DF, O, AB)})


# -- a passive whose "by" the parser hangs on the "as" phrase -----------------------------------------

@pytest.mark.parametrize("verb", ["listed", "designated", "classified"])
def test_listed_as_terrorist_by_several(read_sentences, verb):
    text = f"The {DF} is {verb} as a terrorist group by Norland, Eritrea and the Arab League."
    _check(read_sentences, text, {("Norland", O, DF), ("Eritrea", O, DF), ("Arab League", O, DF)})


# -- a ruler's government is the state -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"Quorvia's president, Ivo Marek, toured the border on Monday. The {KF} is hostile to Marek's government.",
    f"President Ivo Marek of Quorvia toured the border on Monday. The {KF} has fought Marek's regime since 2019.",
    f"Quorvia's prime minister, Ivo Marek, spoke on Monday. Norland has long backed Marek's government.",
])
def test_a_rulers_government_is_the_state(read_sentences, text):
    got = _got(read_sentences, text)
    assert any(o == "Quorvia" and r in (O, S) for _, r, o in got), f"{text!r}: got {sorted(got)}"


# -- a leader's fighters are his group's ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"Omar Tahl, the leader of the {KF}, spoke on Monday. His fighters and the {AB} fought a battle for the town.",
    f"Omar Tahl, the commander of the {KF}, said his men had ambushed the {AB} near the bridge.",
])
def test_a_leaders_fighters_are_his_groups(read_sentences, text):
    _check(read_sentences, text, {(KF, O, AB)})


def test_no_office_in_forces_named_after_oneself(read_sentences):
    text = "Colonel Pavel Drunek said his units had held the line near the bridge."
    got = _got(read_sentences, text)
    assert not any(s == "Pavel Drunek" and r == OF for s, r, _ in got), f"{text!r}: got {sorted(got)}"


# -- cutting someone's aid, ending a pact with them, defying their demands ------------------------------

@pytest.mark.parametrize("text", [
    f"Norland suspended its military aid to the {KF} in protest.",
    f"Norland froze funding for the {KF}.",
    f"Norland halted weapons deliveries to the {KF}.",
    f"Norland froze 40 million dollars of budget aid to the {KF}.",
])
def test_cutting_aid_sanctions_the_receiver(read_sentences, text):
    _check(read_sentences, text, {("Norland", O, KF)})


@pytest.mark.parametrize("text,wrong", [
    (f"Norland did not suspend its aid to the {KF}.", ("Norland", O, KF)),
    (f"Norland resumed its military aid to the {KF}.", ("Norland", O, KF)),
    (f"The {KF} suspended its purchases of arms from Norland.", ("Norland", O, KF)),
])
def test_cutting_aid_near_misses(read_sentences, text, wrong):
    got = _got(read_sentences, text)
    assert wrong not in got, f"{text!r}: got {sorted(got)}"


@pytest.mark.parametrize("text", [
    f"The {AB} ended its truce with the {KF}.",
    f"The {AB} revoked its cooperation agreements with the {KF}.",
    f"The {AB} cancelled its ceasefire with the {KF}.",
    f"The {AB} terminated its defence pact with the {KF}.",
])
def test_ending_a_pact_with_someone_opposes_them(read_sentences, text):
    _check(read_sentences, text, {(AB, O, KF)})


@pytest.mark.parametrize("text,pairs", [
    (f"The {KF} has rejected every demand from the Coastal Union.", {(KF, O, "Coastal Union")}),
    (f"The {AB} has rejected every proposal from the {KF}.", {(AB, O, KF)}),
])
def test_a_demand_from_someone_is_theirs(read_sentences, text, pairs):
    _check(read_sentences, text, pairs)


def test_an_attack_from_a_place_is_not_the_places(read_sentences):
    text = f"Norland vowed to defend the {KF} against attacks from Vessa's border region."
    got = _got(read_sentences, text)
    assert ("Norland", O, "Vessa") not in got, f"{text!r}: got {sorted(got)}"


# -- a governor's office is a province's, never guessed as the state's --------------------------------

_TOLD_FROM = "ABUJA, May 3 (Kestrel) - Nigeria's army struck camps in the north on Monday, Nigerian officials said. "


@pytest.mark.parametrize("text", [
    _TOLD_FROM + "In Kessa, Governor Anton Brel said the raids had killed civilians.",
    _TOLD_FROM + "Deputy Governor Anton Brel said the raids had killed civilians.",
])
def test_a_governor_is_no_official_of_the_state_told_from(read_sentences, text):
    got = _got(read_sentences, text)
    assert ("Anton Brel", OF, "Nigeria") not in got, f"{text!r}: got {sorted(got)}"


def test_a_minister_still_is(read_sentences):
    _check(read_sentences, _TOLD_FROM + "Defence Minister Anton Brel said the raids had killed fighters.",
           {("Anton Brel", OF, "Nigeria")})


@pytest.mark.parametrize("text,pair", [
    ("Rada Voss, the leader of the opposition Silver Lantern Party, spoke on Monday.",
     ("Rada Voss", OF, "Silver Lantern Party")),
    ("Mira Oshen, a spokeswoman for the opposition Green Hand Alliance, said the vote was rigged.",
     ("Mira Oshen", OF, "Green Hand Alliance")),
])
def test_an_office_in_the_opposition_party_named_after_the_word(read_sentences, text, pair):
    _check(read_sentences, text, {pair})


@pytest.mark.parametrize("text", [
    f"The {KF} took up arms in 2019. Norland accused the insurgents of shelling the port.",
    f"The {KF} took up arms in 2019. Norland accused the rebels of looting the town.",
])
def test_the_rebels_accused_of_an_act_are_the_group_told_of(read_sentences, text):
    _check(read_sentences, text, {("Norland", O, KF)})
