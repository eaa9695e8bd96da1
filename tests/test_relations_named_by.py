"""An argument given as a common noun and then named ("a former teacher named X", "a militia called X",
"a businessman known as X") is the named actor, for every predicate (src/conflictkg/_relations/
_actors_at.py, ``ActorIndex.of``); "X, whose chairman Y ..." makes Y an official of X even when the
parser misses the relative clause (_roles.py). Our own sentences with invented actors."""
import pytest

from conftest import read_triples as _got


@pytest.mark.parametrize("sentence, expected", [
    ("The Kelvar Movement, led by a former teacher named Idris Malvane, seized the town.",
     ("Idris Malvane", "official_of", "Kelvar Movement")),
    ("The Kelvar Movement, headed by a preacher called Idris Malvane, seized the town.",
     ("Idris Malvane", "official_of", "Kelvar Movement")),
    ("The Kelvar Movement is backed by a businessman known as Rasko Vel.",
     ("Rasko Vel", "supports", "Kelvar Movement")),
    ("Drovenia's army attacked a militia called the Zarqa Brigade.",
     ("Armed forces of Drovenia", "opposes", "Zarqa Brigade")),
    ("Morvania armed a militia known as the Zarqa Brigade.",
     ("Morvania", "supports", "Zarqa Brigade")),
])
def test_a_noun_then_its_name_is_the_named_actor(read_sentences, sentence, expected):
    assert expected in _got(read_sentences, sentence)


@pytest.mark.parametrize("sentence", [
    "The Kelvar Movement, led by a former teacher, seized the town.",
    "The Kelvar Movement, led by a teacher who named Idris Malvane as his heir, seized the town.",
])
def test_an_unnamed_noun_is_no_actor(read_sentences, sentence):
    got = _got(read_sentences, sentence)
    assert not any(s == "Idris Malvane" and o == "Kelvar Movement" for s, r, o in got), sorted(got)


@pytest.mark.parametrize("sentence, person, body", [
    ("The Brenic Union, whose chairman Tomas Velk spoke on Monday, condemned the attack.", "Tomas Velk", "Brenic Union"),
    ("The Kelvar Movement, whose commander Idris Malvane was killed in May, denied the report.",
     "Idris Malvane", "Kelvar Movement"),
    ("The Civic Party, whose leader Ana Rusk was arrested in January, called for talks.", "Ana Rusk", "Civic Party"),
    ("The opposition Civic Renewal Party (CRP), whose leader Ana Rusk was arrested in January, condemned the bombing.",
     "Ana Rusk", "Civic Renewal Party"),
])
def test_whose_title_name_is_an_official_of_the_antecedent(read_sentences, sentence, person, body):
    assert (person, "official_of", body) in _got(read_sentences, sentence)


@pytest.mark.parametrize("before, body", [
    ("The Dravnian Armed Forces launched an offensive on Sunday. ", "Dravnian Armed Forces"),
    ("Dravnia's army launched an offensive on Sunday. ", "Armed forces of Dravnia"),
])
@pytest.mark.parametrize("title", ["spokesman Colonel", "spokesman Lieutenant", "spokeswoman Major"])
def test_army_title_is_the_named_national_force_s(read_sentences, before, body, title):
    got = _got(read_sentences, before + f"Army {title} Ivo Braska said the town would fall.")
    assert ("Ivo Braska", "official_of", body) in got, sorted(got)


def test_army_title_with_two_forces_named_is_no_guess(read_sentences):
    text = ("The Dravnian Armed Forces and the Korvan Defence Forces launched an offensive on Sunday. "
            "Army spokesman Colonel Ivo Braska said the town would fall.")
    assert not any(s == "Ivo Braska" for s, r, o in _got(read_sentences, text))


@pytest.mark.parametrize("sentence, expected", [
    ("Kivandi denied the report. Aldo Kessin, president of the neighbouring republic of Kivandi, urged restraint.",
     ("Aldo Kessin", "official_of", "Kivandi")),
    ("Belmora denied the report. Aldo Kessin, the foreign minister of the small country of Belmora, urged restraint.",
     ("Aldo Kessin", "official_of", "Belmora")),
    ("Kenya backed the kingdom of Sarhadia in the dispute.", ("Kenya", "supports", "Sarhadia")),
])
def test_a_lower_case_state_noun_of_a_state_is_the_state(read_sentences, sentence, expected):
    assert expected in _got(read_sentences, sentence)


KENYA_STORY = "Talks stall\n\nNAIROBI, May 3 \u2014 Kenya's parliament met. Kenya's police were deployed. "


@pytest.mark.parametrize("sentence, body", [
    ("Senator Ana Rusk of the Civic Union party said the talks had failed.", "Civic Union"),
    ("Commander Idris Malvane of the Kelvar Movement said the talks had failed.", "Kelvar Movement"),
    ("Foreign Minister Ana Rusk of Belmora said the talks had failed.", "Belmora"),
])
def test_a_titled_name_s_of_phrase_is_its_body(read_sentences, sentence, body):
    got = _got(read_sentences, KENYA_STORY + sentence)
    person = "Idris Malvane" if "Idris" in sentence else "Ana Rusk"
    assert (person, "official_of", body) in got and (person, "official_of", "Kenya") not in got, sorted(got)


def test_a_titled_name_with_an_of_phrase_naming_no_body_keeps_the_home_state(read_sentences):
    got = _got(read_sentences, KENYA_STORY + "President Ana Rusk of the ruling coalition said the talks had failed.")
    assert ("Ana Rusk", "official_of", "Kenya") in got, sorted(got)
