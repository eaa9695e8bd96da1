"""Predicates whose relation runs from the frame's patient to its agent (``"inverse": true`` in
ontology/lexicon/predicates.jsonl): "X hired Y" -- Y serves X; "X thanked Y for its support" -- Y
supports X. And the noun phrase of an "in" adjunct the parser hangs on the verb ("X acted in solidarity
with Y"). Our own sentences with invented actors."""
import pytest

from conftest import read_triples as _got

S = "supports"


@pytest.mark.parametrize("sentence", [
    "Morvania hired Velkara Security to protect its oil fields.",
    "Velkara Security has been hired by Morvania to guard the port.",
    "Morvania employs Velkara Security to train its army.",
    "Morvania contracted Velkara Security last year.",
    "Velkara Security, a private military company hired by Morvania, guards the mines.",
])
def test_the_one_hired_serves_the_one_who_hires(read_sentences, sentence):
    got = _got(read_sentences, sentence)
    assert ("Velkara Security", S, "Morvania") in got and ("Morvania", S, "Velkara Security") not in got, sorted(got)


@pytest.mark.parametrize("noun", ["support", "help", "military aid", "weapons"])
def test_thanking_for_support_says_the_thanked_one_gave_it(read_sentences, noun):
    got = _got(read_sentences, f"The Kelvar Movement thanked Morvania for its {noun}.")
    assert ("Morvania", S, "Kelvar Movement") in got, sorted(got)


@pytest.mark.parametrize("sentence", [
    "The Kelvar Movement thanked Morvania for hosting the talks.",
    "The Kelvar Movement thanked Morvania on Monday.",
    "Morvania hired a lawyer to defend it.",
])
def test_thanks_and_hiring_without_service_read_nothing(read_sentences, sentence):
    got = _got(read_sentences, sentence)
    assert not any(r == S for s, r, o in got), sorted(got)


@pytest.mark.parametrize("sentence, expected", [
    ("The Zarqa Brigade acted in solidarity with the Kelvar Movement.", ("Zarqa Brigade", S, "Kelvar Movement")),
    ("The Civic Union marched in protest against the Kelvar Movement.",
     ("Civic Union", "opposes", "Kelvar Movement")),
    ("Morvania sent troops in support of the Kelvar Movement.", ("Morvania", S, "Kelvar Movement")),
])
def test_an_in_adjunct_s_own_phrase_on_the_verb(read_sentences, sentence, expected):
    assert expected in _got(read_sentences, sentence)


def test_not_a_phrase_before_the_in_adjunct(read_sentences):
    got = _got(read_sentences, "Morvania sided with the Kelvar Movement in the dispute with Belmora.")
    assert ("Morvania", S, "Kelvar Movement") in got and ("Morvania", S, "Belmora") not in got


@pytest.mark.parametrize("sentence, expected", [
    ("The Kelvar Movement has found a patron in Iran.", ("Iran", S, "Kelvar Movement")),
    ("The Kelvar Movement has a staunch ally in the Zarqa Brigade.", ("Zarqa Brigade", S, "Kelvar Movement")),
    ("The Kelvar Movement found an unlikely backer in Iran.", ("Iran", S, "Kelvar Movement")),
    ("Kenya sees a dangerous enemy in the Kelvar Movement.", ("Kelvar Movement", "opposes", "Kenya")),
])
def test_finding_an_agent_noun_in_someone(read_sentences, sentence, expected):
    assert expected in _got(read_sentences, sentence)


@pytest.mark.parametrize("sentence", [
    "The Kelvar Movement has found a patron.",
    "The Kelvar Movement has allies in the region.",
])
def test_an_agent_noun_found_in_no_one(read_sentences, sentence):
    got = _got(read_sentences, sentence)
    assert not any(o == "Kelvar Movement" for s, r, o in got), sorted(got)


@pytest.mark.parametrize("sentence, expected", [
    ("Russia accused Belgium of encouraging the Kenyan offensive.", ("Belgium", S, "Kenya")),
    ("Belgium encouraged the Kelvar Movement's offensive on the port.", ("Belgium", S, "Kelvar Movement")),
    ("Belgium emboldened the Kelvar Movement with arms shipments.", ("Belgium", S, "Kelvar Movement")),
    ("Belgium incited the Kelvar Movement to attack the port.", ("Belgium", S, "Kelvar Movement")),
])
def test_encouraging_an_actor_or_its_act_supports_it(read_sentences, sentence, expected):
    got = _got(read_sentences, sentence) | _got(read_sentences, sentence, "Hedged")
    assert expected in got, sorted(got)


@pytest.mark.parametrize("sentence", [
    "Kenya encouraged civilians to flee.",
    "Kenya encouraged the two sides to return to talks.",
])
def test_encouraging_no_actor_reads_nothing(read_sentences, sentence):
    assert not _got(read_sentences, sentence)


@pytest.mark.parametrize("verb", ["massacred", "tortured", "slaughtered", "looted"])
def test_saying_someone_committed_atrocities_condemns_them(read_sentences, verb):
    got = _got(read_sentences, f"Amnesty International said the Kelvar Movement had {verb} villagers in Essel.")
    assert ("Amnesty International", "opposes", "Kelvar Movement") in got, sorted(got)


def test_denying_one_s_own_atrocities_condemns_no_one(read_sentences):
    assert not _got(read_sentences, "Kenya said its troops had tortured no one.")


@pytest.mark.parametrize("verb", ["determined", "concluded", "found"])
def test_a_finding_of_wrongdoing_condemns(read_sentences, verb):
    got = _got(read_sentences, f"Last week Kenya {verb} that members of the Kelvar Movement had committed genocide.")
    assert ("Kenya", "opposes", "Kelvar Movement") in got, sorted(got)


@pytest.mark.parametrize("victims", ["two teachers", "12 civilians", "dozens of civilians", "villagers"])
def test_saying_someone_killed_civilians_condemns_them(read_sentences, victims):
    got = _got(read_sentences, f"Amnesty International said the Kelvar Movement had killed {victims} in May.")
    assert ("Amnesty International", "opposes", "Kelvar Movement") in got, sorted(got)


def test_saying_one_s_troops_killed_fighters_condemns_no_one(read_sentences):
    got = _got(read_sentences, "Kenya said its troops had killed 40 militants.")
    assert not any(s == "Kenya" and r == "opposes" for s, r, o in got), sorted(got)


@pytest.mark.parametrize("sentence, expected", [
    ("Turkey supported the steps Azerbaijan had taken to defend its territory.", ("Turkey", S, "Azerbaijan")),
    ("Kenya condemned the offensive the Zarqa Brigade launched in May.", ("Kenya", "opposes", "Zarqa Brigade")),
    ("Kenya backed the measures Belgium took against the Kelvar Movement.", ("Kenya", S, "Belgium")),
])
def test_an_act_named_by_a_contact_clause_is_its_subject_s(read_sentences, sentence, expected):
    assert expected in _got(read_sentences, sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("The Zarqa Brigade served as Kenya's main partner against the Kelvar Movement.", ("Zarqa Brigade", S, "Kenya")),
    ("The Zarqa Brigade, a close partner of the Kelvar Movement, sent fighters.", ("Zarqa Brigade", S, "Kelvar Movement")),
    ("Eritrea criticised Ethiopia, its wartime partner.", ("Ethiopia", S, "Eritrea")),
])
def test_a_partner_is_an_ally(read_sentences, sentence, expected):
    assert expected in _got(read_sentences, sentence)


def test_a_trading_partner_is_no_ally(read_sentences):
    assert not _got(read_sentences, "Kenya is Belgium's main trading partner.")
