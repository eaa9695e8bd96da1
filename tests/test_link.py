import pytest

A = "https://w3id.org/conflictkg/id/actor/"


def actors_in(linked):
    return {linked.actors[m.actor].label: m.kind for m in linked.mentions}


@pytest.mark.parametrize("text,label,kind", [
    ("Ankara said the deal was fair.", "Turkey", "seat"),
    ("The Kremlin denied the report on Tuesday.", "Russia", "seat"),
    ("Officials met Hifter in Rome.", "Khalifa Haftar", "name"),
    ("Haftar's forces advanced on the port.", "Libyan National Army", "forces"),
    ("Mozambican troops entered the town.", "Mozambique Armed Defence Forces", "forces"),
    ("Congo's army retreated from the hills.", "Armed Forces of the Democratic Republic of the Congo", "forces"),
    ("The Tripoli-based administration rejected the plan.", "Government of National Accord", "description"),
])
def test_link_resolves_variants_and_metonymy(read_sentences, text, label, kind):
    linked, _ = read_sentences(text)
    assert actors_in(linked).get(label) == kind


def test_link_capital_as_place_is_not_an_actor(read_sentences):
    linked, _ = read_sentences("Delegations met in Ankara and later flew to Moscow.")
    assert "Turkey" not in actors_in(linked) and "Russia" not in actors_in(linked)


def test_link_unknown_state_forces_get_a_stable_group(read_sentences):
    linked, _ = read_sentences("Malian soldiers patrolled the road.")
    group = next(linked.actors[m.actor] for m in linked.mentions if m.kind == "forces")
    assert (group.iri, group.type, group.armed_forces_of) == (A + "Armed_forces_of_Mali", "ArmedGroup", A + "Mali")


def test_link_unknown_person_with_title_is_official_and_surname_links(read_sentences):
    linked, _ = read_sentences("Defence Minister Amara Telweni visited the front. Telweni said the army would hold.")
    people = {m.actor for m in linked.mentions if linked.actors[m.actor].type in ("Official", "Person")}
    assert len(people) == 1
    person = linked.actors[people.pop()]
    assert person.type == "Official" and person.label == "Amara Telweni"


def test_link_acronym_in_brackets_is_an_alias(read_sentences):
    linked, _ = read_sentences("The Northern Liberation Front (NLF) seized the airport. Later the NLF withdrew.")
    nlf = [linked.actors[m.actor] for m in linked.mentions if linked.actors[m.actor].label == "Northern Liberation Front"]
    assert len(nlf) >= 1 and "NLF" in nlf[0].alt_labels and nlf[0].type == "ArmedGroup"


def test_link_news_agency_is_not_an_actor(read_sentences):
    linked, _ = read_sentences("Turkey backs the government, Reuters reported.")
    assert "Reuters" not in actors_in(linked)


def test_link_dateline_place_is_not_a_person(read_sentences):
    # the small model tags both towns as organisations or people
    text = "Brief\n\nKALEMIE, Congo \u2014 Troops fanned out around Kalemie and Rutshuru to reinforce the army."
    linked, _ = read_sentences(text)
    labels = {linked.actors[m.actor].label for m in linked.mentions}
    assert "Kalemie" not in labels and "KALEMIE" not in labels
