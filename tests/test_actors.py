"""The actor stage (issue 12): names, within-article resolution, typing, non-actors, on our own sentences,
with real names and invented ones (an invented actor must read like a real one)."""
import pytest

from conflictkg._actors import title_before


def actors_of(linked):
    """label -> type of every actor named in the text (name mentions only)."""
    return {linked.actors[m.actor].label: linked.actors[m.actor].type for m in linked.mentions if m.kind == "name"}


def labels_of(linked):
    return {x for m in linked.mentions if m.kind == "name" for x in [linked.actors[m.actor].label]}


def actor_named(linked, label):
    return next(a for a in linked.actors.values() if a.label == label)


# -- 1. mentions and name repair ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "title"), [
    ("Gen Abdel Fattah al-Burhan met the envoy.", "Abdel Fattah al-Burhan", "gen"),
    ("Lt Gen Saif Ould Bakari met the envoy.", "Saif Ould Bakari", "lt gen"),
    ("Col Yusuf bin Tarek addressed the troops.", "Yusuf bin Tarek", "col"),
    ("Sheikh Hamad ibn Rashid spoke to reporters.", "Hamad ibn Rashid", "sheikh"),
    ("Dr Maria van der Berg spoke to reporters.", "Maria van der Berg", "dr"),
    ("Defence Minister Amara Telweni visited the front.", "Amara Telweni", "defence minister"),
    ("Lt. Gen. Omar Zaki inspected the troops.", "Omar Zaki", "lt. gen."),
    ("Gen. Khalifa Hifter inspected the troops.", "Khalifa Haftar", "gen."),
])
def test_names_keep_particles_and_lose_titles_into_the_mention(read_sentences, text, name, title):
    linked, _ = read_sentences(text)
    [m] = [m for m in linked.mentions if m.kind == "name" and linked.actors[m.actor].type in ("Official", "Person")]
    assert linked.actors[m.actor].label == name
    assert m.title == title


def test_a_name_cut_at_a_particle_is_made_whole(read_sentences):
    # the gazetteer knows "Bashir" as a short name of Omar al-Bashir; NER stops at "al-"
    linked, _ = read_sentences("Protesters demanded that Omar Hasan al-Bashir step down.")
    assert "Omar Hasan al" not in labels_of(linked) and "Omar Hasan al-" not in labels_of(linked)
    assert "Omar al-Bashir" in labels_of(linked) or "Omar Hasan al-Bashir" in labels_of(linked)


@pytest.mark.parametrize("text", [
    "Rebels seize town\n\nGOMA, March 3 — The Karsa Liberation Front said it had taken Goma.",
    "The Karsa Liberation Front, which seized Goma, said it would hold the town.",
])
def test_labels_carry_no_newline_or_punctuation(read_sentences, text):
    linked, _ = read_sentences(text)
    for a in linked.actors.values():
        assert a.label == a.label.strip() and "\n" not in a.label and a.label[-1].isalnum(), a.label


def test_titles_are_matched_as_phrases_longest_first(read_sentences):
    linked, _ = read_sentences("Deputy Foreign Minister Lena Korvath and Gen. Tomas Relvani met.")
    doc = linked.doc
    start = next(t.i for t in doc if t.text == "Lena")
    assert title_before(doc, start) == "deputy foreign minister"


@pytest.mark.parametrize(("text", "longer", "not_"), [
    ("Kataib Hezbollah fired rockets at the base.", "Kataib Hezbollah", "Hezbollah"),
    ("Fighters of Islamic State Khorasan Province attacked the airport.", "Islamic State Khorasan Province",
     "Islamic State"),
])
def test_a_known_name_inside_a_longer_name_is_the_longer_actor(read_sentences, text, longer, not_):
    linked, _ = read_sentences(text)
    assert longer in labels_of(linked) and not_ not in labels_of(linked)


# -- 2. within an article ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "full"), [
    ("President Faustin Kelemba won the vote. Kelemba thanked his supporters.", "Faustin Kelemba"),
    ("Tomas Relvani, the group's leader, spoke. Later Relvani denied the report.", "Tomas Relvani"),
    ("Ibrahim Traoré hosted the summit. Traore said the bloc would hold.", "Ibrahim Traore"),
    ("Mohamed Hamdan Dagalo arrived. Mohamed Hamdan said his men would stay.", "Mohamed Hamdan Dagalo"),
])
def test_surname_and_first_names_resolve_to_the_full_name(read_sentences, text, full):
    linked, _ = read_sentences(text)
    people = {m.actor for m in linked.mentions if m.kind == "name" and linked.actors[m.actor].type in ("Official", "Person")}
    assert len(people) == 1
    assert linked.actors[people.pop()].label == full


@pytest.mark.parametrize(("text", "full", "alias"), [
    ("Oren Vell, known as Hawkeye, leads the militia. Hawkeye denied it.", "Oren Vell", "Hawkeye"),
    ('The group is headed by Jonas "Stonewall" Marek, a former police officer.', "Jonas Marek", "Stonewall"),
    ("The front answers to Daniel Ortiz Pena, alias Tucan, whose men hold the valley.", "Daniel Ortiz Pena", "Tucan"),
    ("Mohamed Hamdan Dagalo, known as Hemeti, leads the Rapid Support Forces.", "Mohamed Hamdan Dagalo", "Hemeti"),
])
def test_nicknames_the_article_introduces_are_the_same_person(read_sentences, text, full, alias):
    linked, _ = read_sentences(text)
    person = actor_named(linked, full)
    assert alias in person.alt_labels or alias in linked.labels_seen.get(person.iri, set())
    assert alias not in {a.label for a in linked.actors.values()}


@pytest.mark.parametrize(("text", "a", "b"), [
    ("Ahmad Massoud, the son of the commander Ahmad Shah Massoud, vowed to fight.", "Ahmad Massoud", "Ahmad Shah Massoud"),
    ("Idris Kolo Banda met Samir Kolo Banda, his cousin.", "Idris Kolo Banda", "Samir Kolo Banda"),
])
def test_two_different_full_names_are_never_one_person(read_sentences, text, a, b):
    linked, _ = read_sentences(text)
    assert actor_named(linked, a).iri != actor_named(linked, b).iri


@pytest.mark.parametrize(("text", "full"), [
    ("The Polisario Front rejected the plan. The Polisario said it would keep fighting.", "Polisario Front"),
    ("The Karsa Liberation Front (KLF) took the town. Later the KLF withdrew.", "Karsa Liberation Front"),
    ("The Velmar Movement called a strike. Velmar leaders were arrested.", "Velmar Movement"),
])
def test_short_forms_and_acronyms_of_groups_are_the_group(read_sentences, text, full):
    linked, _ = read_sentences(text)
    groups = {m.actor for m in linked.mentions if m.kind == "name" and linked.actors[m.actor].type != "State"}
    assert {linked.actors[g].label for g in groups} == {full}


@pytest.mark.parametrize(("text", "word", "label"), [
    ("The Karsa Liberation Front attacked the town. The group said it lost two men.", "group", "Karsa Liberation Front"),
    ("The Red Hand militia seized the bridge. The militia later withdrew.", "militia", "Red Hand"),
    ("Tomas Relvani met the envoy. He said the talks had failed.", "He", "Tomas Relvani"),
    ("Al-Shabaab claimed the attack. Its fighters stormed the hotel.", "Its", "al-Shabaab"),
    ("Kenya said it would send more police.", "it", "Kenya"),  # the pronoun subject of reported speech
    ("The Karsa Front, the dominant militia in the valley, attacked.", "militia", "Karsa Front"),  # apposition
    ("Tomas Relvani met the envoy. Oren Vell praised him.", "him", "Tomas Relvani"),  # not the clause's subject
    ("The Kenyan-led mission landed. The force later lost two men.", "force", "Kenyan-led mission"),
])
def test_descriptions_and_pronouns_resolve_to_the_salient_actor_of_their_kind(read_sentences, text, word, label):
    linked, _ = read_sentences(text)
    doc = linked.doc
    i = [t.i for t in doc if t.text == word][-1]
    m = linked.at(i, anaphora=True)
    assert m is not None and m.kind in ("pronoun", "description", "forces")
    target = m.possessor if m.kind == "forces" else m.actor
    assert linked.actors[target].label == label


def test_a_pronoun_never_stands_for_an_actor_of_the_wrong_kind(read_sentences):
    linked, _ = read_sentences("Kenya sent troops. He said nothing.")
    assert all(linked.actors[m.actor].type in ("Official", "Person") for m in linked.anaphora if m.kind == "pronoun"
               and m.span(linked.doc).text == "He")


@pytest.mark.parametrize(("text", "owner"), [
    ("Relvani's forces advanced. Tomas Relvani said they would not stop.", "Tomas Relvani"),
    ("Pro-Relvani fighters clashed with police. Tomas Relvani denied sending them.", "Tomas Relvani"),
    ("Rwandan troops crossed the border.", "Rwanda"),
])
def test_forces_resolve_to_the_force_with_the_owner_as_link(read_sentences, text, owner):
    linked, _ = read_sentences(text)
    forces = [m for m in linked.mentions if m.kind == "forces"]
    assert forces and linked.actors[forces[0].actor].type == "ArmedGroup"
    assert linked.actors[forces[0].possessor or linked.actors[forces[0].actor].armed_forces_of].label == owner


# -- 4. typing from context ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "label", "type_"), [
    ("Viv Ansanm, the alliance of armed gangs, controls the port.", "Viv Ansanm", "ArmedGroup"),
    ("Marok Danu, the dominant gang in the valley, claimed the attack.", "Marok Danu", "ArmedGroup"),
    ("The contractors work for Halvex Global, a private military company.", "Halvex Global", "ArmedGroup"),
    ("Liwa al-Samir, a brigade of the umbrella group, was hit.", "Liwa al-Samir", "ArmedGroup"),
    ("Fighters of the Coalition of Patriots for Renewal attacked the capital.",
     "Coalition of Patriots for Renewal", "ArmedGroup"),
    ("The Karsa Liberation Front attacked the town.", "Karsa Liberation Front", "ArmedGroup"),
    ("The Sahrawi Arab Democratic Republic was proclaimed in 1976.", "Sahrawi Arab Democratic Republic", "Government"),
    ("The Transitional Unity Council, which has governed the country since May, met.",
     "Transitional Unity Council", "Government"),
    ("Velmar Peace Institute, a research centre, published the report.", "Velmar Peace Institute", "Organization"),
    ("The Catatumbo Farmers Association condemned the attacks.", "Catatumbo Farmers Association", "Organization"),
    ("The speaker heads the allied Amal movement.", "Amal", "Organization"),
    ("The firm Halden Advisory Group flew helicopter gunships against the insurgents.", "Halden Advisory Group",
     "ArmedGroup"),
])
def test_groups_are_typed_from_their_heads_and_appositions(read_sentences, text, label, type_):
    linked, _ = read_sentences(text)
    assert actors_of(linked).get(label) == type_


@pytest.mark.parametrize(("text", "label", "type_"), [
    ("President Faustin Kelemba won the vote.", "Faustin Kelemba", "Official"),
    ("The gang, which is led by Luckson Maret, claimed the killings.", "Luckson Maret", "Official"),
    ("Peter Gadet, a general who defected, took the town.", "Peter Gadet", "Official"),
    ("Oren Vell, who heads the militia, spoke on radio.", "Oren Vell", "Official"),
    ("The company was set up by the businessman Erik Vandor.", "Erik Vandor", "Official"),
    ("Bram Leto, an analyst at a think tank, said the offensive was planned.", "Bram Leto", "Person"),
    ("King Mohammed VI called the president.", "Mohammed VI", "Official"),
    ("A spokesman for UN Secretary-General Antonio Guterres, Lena Korvath, said nothing had changed.",
     "Lena Korvath", "Official"),
])
def test_people_with_a_role_near_their_name_are_officials(read_sentences, text, label, type_):
    linked, _ = read_sentences(text)
    assert actors_of(linked).get(label) == type_


@pytest.mark.parametrize(("text", "not_actor"), [
    ("Rebels seized Bor, the capital of Jonglei state, on Monday.", "Bor"),
    ("Fighting spread to neighbourhoods such as Petit-Bois and Kenscoff.", "Kenscoff"),
    ("Troops moved into Nangarhar province at dawn.", "Nangarhar province"),
    ("The violence pitted mostly Nuer fighters against government troops.", "Nuer"),
    ("Thousands of Afghans fled to the airport.", "Afghans"),
    ("Hezbollah, the Iran-backed Shi'ite movement, fired rockets.", "Shi'ite"),
    ("The talks resumed in May after a pause.", "May"),
    ("The unit's Telegram channel posted a video.", "Telegram"),
    ("Turkey backs the government, Reuters reported.", "Reuters"),
    ("The pact, the Liptako-Gourma Charter, binds the three states.", "Liptako-Gourma Charter"),
    ("Fighting flared again in northern Kavaro on Sunday.", "Kavaro"),
    ("The army launched an operation code-named Tarvik to find them.", "Tarvik"),
    ("The group is a Hutu militia founded in exile.", "Hutu"),
    ("The rebels now hold much of Rutshuru and Masisi territories.", "Rutshuru"),
    ("The Islamic State group claimed the attack.", "Group"),
])
def test_places_peoples_months_media_and_documents_are_not_actors(read_sentences, text, not_actor):
    linked, _ = read_sentences(text)
    assert not_actor not in labels_of(linked)


def test_a_headline_fragment_is_no_actor(read_sentences):
    linked, _ = read_sentences("Kiir accused Machar of plotting a coup, officials said.")
    assert not any(" accused " in a.label for a in linked.actors.values())


# -- invariance: a real name and an invented one read the same --------------------------------------

@pytest.mark.parametrize("template,type_", [
    ("{} fighters attacked an army base near the border.", "ArmedGroup"),
    ("The {} said it had seized the town.", "ArmedGroup"),
    ("{}, a rebel group, denied the charge.", "ArmedGroup"),
])
@pytest.mark.parametrize("name", ["Islamic State West Africa Province", "Karsa Liberation Front"])
def test_an_invented_group_reads_like_a_real_one(read_sentences, template, type_, name):
    linked, _ = read_sentences(template.format(name))
    assert actors_of(linked).get(name) == type_


@pytest.mark.parametrize("template", [
    "President {} said the army would hold.",
    "{}, the group's leader, said the talks had failed.",
    "The rebels are led by {}.",
])
@pytest.mark.parametrize("name", ["Salva Kiir", "Tomas Relvani"])
def test_an_invented_person_reads_like_a_real_one(read_sentences, template, name):
    linked, _ = read_sentences(template.format(name))
    assert actors_of(linked).get(name) == "Official"


@pytest.mark.parametrize(("text", "group"), [
    ("Wagner fighters guarded the mine. Russian mercenaries also patrolled the road.", "Wagner Group"),
    ("Russian mercenaries patrolled the road.", "Russian mercenaries"),  # no private force named: a group of its own
])
def test_hired_fighters_are_the_private_force_of_that_nationality_the_article_names(read_sentences, text, group):
    linked, _ = read_sentences(text)
    hired = [m for m in linked.mentions if m.kind == "forces" and linked.doc[m.end - 1].text == "mercenaries"]
    assert [linked.actors[m.actor].label for m in hired] == [group]


# -- 5. the gazetteer as phrase matchers ------------------------------------------------------------

def test_the_gazetteer_matches_short_names_in_their_case_and_long_ones_in_any(extractor):
    nlp = extractor.reader.nlp
    doc = nlp("The UN and AL-SHABAAB met; un-named officials said Is it true?")
    found = {(e.text, e.ent_id_.partition("|")[0]) for e in doc.ents if e.ent_id_}
    assert ("UN", "name") in found and ("AL-SHABAAB", "name") in found
    assert not any(t.lower_ in ("un", "is") and t.ent_id_ for t in doc if t.text != "UN")


def test_the_gazetteer_prefers_the_longest_match(extractor):
    doc = extractor.reader.nlp("Fighters of the Democratic Republic of the Congo crossed.")
    [e] = [e for e in doc.ents if e.ent_id_]
    assert e.text == "Democratic Republic of the Congo"


@pytest.mark.parametrize(("text", "short", "long"), [
    ("The Iron Oath militia attacked the convoy.", "Iron Oath", "Iron Oath militia"),
    ("Iran backs the Red Hand militia.", "Red Hand", "Red Hand militia"),
    ("Leaders of the Velmar movement were arrested.", "Velmar", "Velmar movement"),
])
def test_an_unknown_group_named_with_its_head_word_carries_both_names(read_sentences, text, short, long):
    linked, _ = read_sentences(text)
    [group] = [linked.actors[m.actor] for m in linked.mentions if m.kind == "name"
               and linked.actors[m.actor].type != "State"]
    assert short in group.names and long in group.names


@pytest.mark.parametrize("text", [
    "Hamas and the UN mission met in Geneva.",  # a mission of the UN is not the UN
    "The Northern Salvation Forces (NSF) said an NSF brigade was hit.",  # nor a brigade of a group
])
def test_a_head_word_after_a_known_or_headed_name_is_no_name_of_it(read_sentences, text):
    linked, _ = read_sentences(text)
    assert not any(n.endswith((" mission", " brigade")) for a in linked.actors.values() for n in a.names)


# -- an unknown place-name NER tags GPE: a state where it acts, a place where it is only a location -----

def state_named(linked, name):
    return [linked.actors[m.actor].type for m in linked.mentions if m.kind == "name" and m.span(linked.doc).text == name]


@pytest.mark.parametrize("template", [
    "{} backs the Karsa Liberation Front.",  # subject
    "Iran accused {} of arming the rebels.",  # object
    "The Karsa Liberation Front is funded by {}.",  # agent of a passive
    "The RSF, a proxy of {}, shelled the town.",  # the party of a relation noun
    "{}'s support for the rebels has grown.",  # possessor
    "According to {}, the talks failed.",  # a source
    "{}, a close ally of Hamas, sent envoys to the capital.",  # apposition
    "The rebels remain loyal to {}.",  # the party of a relation adjective
    "{}, which has armed the rebels for years, hosted a summit.",  # a relative clause's subject
])
@pytest.mark.parametrize("name", ["Orvenia", "Lutavia", "Eritrea"])
def test_an_unknown_place_name_that_acts_as_a_party_is_a_state(read_sentences, template, name):
    linked, _ = read_sentences(template.format(name))
    assert state_named(linked, name) == ["State"]


@pytest.mark.parametrize("text,name", [
    ("The talks in Orvenia ended without a deal.", "Orvenia"),
    ("Troops crossed into Sardonia on Monday.", "Sardonia"),
    ("Rebels seized Lutavia on Monday.", "Lutavia"),
    ("Boko Haram attacked Dunmori. Residents of Dunmori fled.", "Dunmori"),
    ("Lutavia, a town on the lake shore, was attacked by Boko Haram.", "Lutavia"),
    ("Thousands of families fled to Orvenia.", "Orvenia"),
    ("Fighting spread to the Tutsi-led districts.", "Tutsi"),
    ("The M23, a Tutsi-led group, took the town.", "Tutsi"),
])
def test_an_unknown_place_name_that_is_only_a_location_is_no_actor(read_sentences, text, name):
    linked, _ = read_sentences(text)
    assert not state_named(linked, name)


def test_a_state_named_once_as_a_party_is_a_state_in_every_mention(read_sentences):
    linked, _ = read_sentences("Talks were held in Orvenia. Orvenia later accused Hamas of breaking the truce.")
    assert state_named(linked, "Orvenia") == ["State", "State"]


def test_a_known_state_used_for_where_people_go_is_no_actor_there(read_sentences):
    linked, _ = read_sentences("Thousands of refugees fled to Kenya. Kenya backs the Karsa Liberation Front.")
    assert state_named(linked, "Kenya") == ["State"]
    assert linked.doc[linked.mentions[0].start].i > 5  # the first Kenya, where people went, is no mention


def test_the_demonym_a_text_makes_of_an_unknown_state_is_that_state(read_sentences):
    linked, _ = read_sentences("Sardonian troops crossed the border on Monday. Officials in Sardonia denied it.")
    forces = [m for m in linked.mentions if m.kind == "forces"]
    assert forces and linked.actors[linked.actors[forces[0].actor].armed_forces_of].label == "Sardonia"
    assert state_named(linked, "Sardonia") == ["State"]


@pytest.mark.parametrize("text,name", [
    ("Orvenia and Kenya sent envoys to the talks.", "Orvenia"),  # coordinated with a known state
    ("Lutavia backs Hamas.", "Lutavia"),  # the tagger calls the name an adjective of the verb
])
def test_a_place_name_beside_a_state_or_before_its_verb_is_a_state(read_sentences, text, name):
    linked, _ = read_sentences(text)
    assert state_named(linked, name) == ["State"]


@pytest.mark.parametrize(("text", "short"), [
    ("President Gustavo Petro spoke on Monday. The rebels accused Petro's government of lying.", "Petro"),
    ("Rebel leader Riek Machar fled. Machar has drawn on the support of defectors.", "Machar"),
    ("Defence Minister Amara Telweni spoke. Telweni said the army would hold.", "Telweni"),
])
def test_a_surname_ner_took_for_a_place_or_missed_at_a_sentence_start_is_the_person(read_sentences, text, short):
    linked, _ = read_sentences(text)
    [m] = [m for m in linked.mentions if m.span(linked.doc).text == short]
    assert linked.actors[m.actor].type == "Official" and linked.actors[m.actor].label != short


# -- names NER and the gazetteer miss or cut; descriptions and force nouns (invented names) ----------

def _name_types(linked):
    """every name (labels and alternative labels) of the actors mentioned -> type"""
    return {n: linked.actors[m.actor].type for m in linked.mentions
            for n in (linked.actors[m.actor].label, *linked.actors[m.actor].alt_labels)}


@pytest.mark.parametrize(("text", "label", "typ"), [
    ("The Valdorian National Police said on Monday it had arrested two men.", "Valdorian National Police", "ArmedGroup"),
    ("The Haitian National Police met on Monday.", "Haitian National Police", "ArmedGroup"),
    ("The Presidential Guard fired on protesters in Zorath.", "Presidential Guard", "ArmedGroup"),
    ("The rebels, who call their movement the KLM/A in Opposition, seized Bor.", "KLM/A in Opposition", "ArmedGroup"),
    ("The Teska militia attacked a convoy near the border.", "Teska militia", "ArmedGroup"),
    ("The Brenko network, a militant group, attacked a convoy.", "Brenko", "ArmedGroup"),
    ("The Islamic Emirate of Valdoria condemned the strike.", "Islamic Emirate of Valdoria", "Government"),
    ("The Orvian Authority condemned the strike.", "Orvian Authority", "Government"),
    ("The Zandian National Armed Forces backed the Karsa Liberation Front.", "Zandian National Armed Forces", "ArmedGroup"),
])
def test_names_ner_misses_or_cuts_are_found_and_typed(read_sentences, text, label, typ):
    linked, _ = read_sentences(text)
    assert _name_types(linked).get(label) == typ, _name_types(linked)


@pytest.mark.parametrize("text", [
    "The National Assembly met on Monday.",  # a title word opening no organisation's name
    "Fighters fled to the Teska valley.",  # a place with a place noun stays a place
    "National Security Adviser Amara Telweni spoke.",
])
def test_title_words_and_places_do_not_become_groups(read_sentences, text):
    linked, _ = read_sentences(text)
    assert not any(a.type == "ArmedGroup" for a in linked.actors.values())


@pytest.mark.parametrize("led", ["Kenyan", "Rwandan", "Brazilian"])
@pytest.mark.parametrize("head", ["mission", "force"])
def test_a_led_force_is_the_multinational_mission_the_article_names(read_sentences, led, head):
    linked, readings = read_sentences(
        f"Gangs attack as {led}-led {head} struggles\n\nZORATH, May 3 — The Orvan Stabilisation Support (OSS) mission "
        f"was deployed last year. The {led}-led {head} has 800 officers.")
    forces = [m for m in linked.mentions if m.kind == "forces"]
    assert forces and all(linked.actors[m.actor].label == "Orvan Stabilisation Support" for m in forces)
    assert not any(a.label.endswith(f"-led {head}") for a in linked.actors.values())


def test_a_led_coalition_with_no_coalition_named_stays_its_own_actor(read_sentences):
    linked, _ = read_sentences("The Orvan Support mission arrived. The Kenyan-led coalition struck the rebels.")
    [m] = [m for m in linked.mentions if m.kind == "forces"]
    assert linked.actors[m.actor].label == "Kenyan-led coalition"


@pytest.mark.parametrize("demonym,state", [("Haitian", "Haiti"), ("Kenyan", "Kenya")])
def test_a_states_police_is_its_police_not_its_army(read_sentences, demonym, state):
    linked, _ = read_sentences(f"Gunmen attacked {demonym} police officers on Monday.")
    [m] = [m for m in linked.mentions if m.kind == "forces"]
    assert linked.actors[m.actor].label == f"{demonym} police"
    linked, _ = read_sentences(f"Gunmen attacked {demonym} police officers. The {demonym} National Police said two died.")
    [m] = [m for m in linked.mentions if m.kind == "forces"]
    assert linked.actors[m.actor].label == f"{demonym} National Police"


@pytest.mark.parametrize("noun", ["rebels", "insurgents", "militants", "gunmen"])
def test_demonym_rebels_are_not_the_states_army(read_sentences, noun):
    linked, _ = read_sentences(f"Chadian {noun} attacked the town. Chadian soldiers repelled them.")
    forces = [linked.actors[m.actor] for m in linked.mentions if m.kind == "forces"]
    assert [a.armed_forces_of for a in forces] == [linked.actors[f.armed_forces_of].iri for f in forces]
    assert len(forces) == 1 and linked.doc[[m for m in linked.mentions if m.kind == "forces"][0].start].text == "Chadian"
    assert linked.doc[[m for m in linked.mentions if m.kind == "forces"][0].end - 1].text == "soldiers"


@pytest.mark.parametrize(("owner", "group"), [
    ("the Russian mercenary outfit Wagner", "Wagner Group"),
    ("the Valdorian militia Iron Oath", "Iron Oath"),
])
def test_fighters_of_a_described_group_are_that_group_not_the_demonyms_state(read_sentences, owner, group):
    linked, _ = read_sentences(f"Fighters of {owner} have fought beside the army.")
    assert not any(m.kind == "forces" and linked.actors[m.actor].armed_forces_of for m in linked.mentions)
    assert group in {linked.actors[m.actor].label for m in linked.mentions}


@pytest.mark.parametrize("demonym", ["Russian", "Rwandan"])
def test_national_paramilitaries_are_the_private_force_the_article_names(read_sentences, demonym):
    state = "Russia" if demonym == "Russian" else "Rwanda"
    linked, _ = read_sentences(
        f"{state} denied it. The rebels were beaten back by {demonym} paramilitaries. "
        f"The instructors work for the Korvo Group, a {demonym} private military company.")
    [m] = [m for m in linked.mentions if m.kind == "forces"]
    assert linked.actors[m.actor].label in ("Korvo Group", f"{demonym} paramilitaries")
    assert not linked.actors[m.actor].armed_forces_of


def _resolved(linked, words):
    """the actor label each anaphor (description or pronoun) with this text stands for"""
    return [linked.actors[m.actor].label for m in linked.anaphora if m.span(linked.doc).text.lower() == words]


@pytest.mark.parametrize(("group", "mission"), [("Karsa Liberation Front", "ZANUSCA"),
                                                ("Iron Oath Coalition", "Orvan Support Mission")])
def test_the_mission_and_the_coalition_are_the_actors_named_so_however_long_ago(read_sentences, group, mission):
    text = (f"Fighters of the {group} attacked the capital on Monday. They were beaten back by the "
            f"UN peacekeeping mission, {mission}, on Tuesday. The rains came early this year. Markets were closed. "
            f"The mission said it had condemned the coalition.")
    linked, _ = read_sentences(text)
    if "Coalition" in group:
        assert _resolved(linked, "the coalition") == [group]
    assert _resolved(linked, "the mission") == [mission]


def test_a_description_the_article_put_in_apposition_names_its_actor(read_sentences):
    linked, _ = read_sentences(
        "Chad threatened to quit the Orvan Joint Task Force (OJTF), the regional coalition that fights the "
        "Karsa Front. The Karsa Front attacked a garrison. Officials said the coalition was losing momentum.")
    assert _resolved(linked, "the coalition") == ["Orvan Joint Task Force"]


@pytest.mark.parametrize("head", ["movement", "group", "militia", "rebels"])
def test_a_states_army_is_never_the_group_or_the_movement(read_sentences, head):
    linked, _ = read_sentences(
        f"The Karsa Front named a new cabinet on Tuesday. Its leader signed a deal that led to the withdrawal "
        f"of US troops, and the {head}'s spokesman, Tomas Relvani, said so.")
    assert all(not linked.actors[linked.actors[a].iri].armed_forces_of
               for a in [m.actor for m in linked.anaphora if m.kind == "description"])


def test_a_description_is_not_the_subject_of_its_own_clause(read_sentences):
    linked, _ = read_sentences(
        "The Karsa Front has spread into the north. Lena Korvath armed thousands of auxiliaries, the Iron "
        "Oath Volunteers, to take on the insurgents. The Iron Oath Volunteers is among the coalition's factions.")
    assert _resolved(linked, "the insurgents") == ["Karsa Front"]


@pytest.mark.parametrize("text", [
    "The Karsa Front attacked. Officials said the militia attacks had stopped.",  # a modifier of another noun
    "The Karsa Front attacked. Zandia arms the militias it trusts.",  # a plural defined by its clause
])
def test_descriptions_that_are_no_anaphor_stay_unresolved(read_sentences, text):
    linked, _ = read_sentences(text)
    assert not [m for m in linked.anaphora if m.kind == "description"]


def test_x_and_its_allies_are_xs(read_sentences):
    linked, _ = read_sentences(
        "The talks were welcomed by the Karsa Front and its allies, officials said.")
    assert _resolved(linked, "its") == ["Karsa Front"]


def test_the_rebels_who_call_their_movement_x_are_x(read_sentences):
    linked, _ = read_sentences("The rebels, who call their movement the KLM/A in Opposition, twice seized Bor.")
    assert _resolved(linked, "the rebels") == ["KLM/A in Opposition"]


def test_they_after_an_unresolved_armed_plural_is_that_plural(read_sentences):
    linked, _ = read_sentences("Chadian troops were attacked. Deby ordered an operation to track down the "
                               "assailants wherever they had fled.")
    assert _resolved(linked, "they") == []


def _forces_at(linked, words):
    return [linked.actors[m.actor] for m in linked.mentions if m.kind == "forces" and m.span(linked.doc).text == words]


@pytest.mark.parametrize("mission", ["MINUSCA", "ZANUSCA", "Orvan Stabilisation Mission"])
def test_un_peacekeepers_and_blue_helmets_are_the_un_mission_the_article_names(read_sentences, mission):
    linked, _ = read_sentences(
        f"UN peacekeepers drove the gunmen off, the UN mission, {mission}, announced. It thanked the Blue Helmets.")
    assert [a.label for a in _forces_at(linked, "UN peacekeepers")] == [mission]
    assert [a.label for a in _forces_at(linked, "Blue Helmets")] == [mission]


def test_peacekeepers_with_no_un_mission_named_stay_unresolved(read_sentences):
    linked, _ = read_sentences("The attack was repelled by UN peacekeepers on Monday, officials said.")
    assert not [m for m in linked.mentions if m.kind == "forces"]


WIRE = ("Rebels attack garrison\n\nN'DJAMENA, May 3 — Chad said on Monday that the Karsa Front had attacked. "
        "Chad's president vowed revenge. ")


@pytest.mark.parametrize(("sentence", "words"), [
    ("Gunmen struck army positions at dawn.", "army"),
    ("The army said it had repelled them.", "army"),
    ("The raid killed 40 soldiers.", "soldiers"),
])
def test_the_army_of_a_wire_article_is_its_home_states(read_sentences, sentence, words):
    linked, _ = read_sentences(WIRE + sentence)
    [a] = _forces_at(linked, words)
    assert linked.actors[a.armed_forces_of].label == "Chad"


@pytest.mark.parametrize("sentence", [
    "Gunmen struck army positions at dawn.",
    "The raid killed 40 soldiers.",
])
def test_the_army_of_an_article_with_no_home_state_is_nobodys(read_sentences, sentence):
    linked, _ = read_sentences("Chad said on Monday that the Karsa Front had attacked. " + sentence)
    assert not [m for m in linked.mentions if m.kind == "forces"]


def test_government_troops_are_the_army_of_the_state_whose_government_was_named(read_sentences):
    linked, _ = read_sentences("Chad's government met envoys of the Karsa Front on Monday. "
                               "Government troops later recaptured the oasis.")
    [a] = _forces_at(linked, "Government troops")
    assert linked.actors[a.armed_forces_of].label == "Chad"
    assert "Government troops" not in {*a.alt_labels, a.label}  # a description is no name of the army


def test_the_army_beside_another_states_demonym_is_not_the_home_states(read_sentences):
    linked, _ = read_sentences(WIRE + "Nigerian officials said the army had moved.")
    assert not _forces_at(linked, "army")


@pytest.mark.parametrize(("intro", "person"), [
    ("the Karsa Liberation Front (KLF) led by Amadou Tessa", "Amadou Tessa"),
    ("the Iron Oath Brigade, commanded by Colonel Lena Korvath,", "Lena Korvath"),
])
def test_a_leaders_forces_are_the_group_the_article_says_they_lead(read_sentences, intro, person):
    surname = person.split()[-1]
    linked, _ = read_sentences(f"The army clashed with {intro} on Monday. On Tuesday, {surname}'s forces retreated.")
    [a] = _forces_at(linked, f"{surname}'s forces")
    assert a.label in ("Karsa Liberation Front", "Iron Oath Brigade")


def test_a_leader_of_no_named_group_has_forces_of_his_own(read_sentences):
    linked, _ = read_sentences("Rebel leader Amadou Tessa spoke on Monday. On Tuesday, Tessa's forces retreated.")
    [a] = _forces_at(linked, "Tessa's forces")
    assert a.label == "Forces of Amadou Tessa"


def test_his_soldiers_are_the_most_salient_persons_and_a_head_of_states_are_the_states(read_sentences):
    linked, _ = read_sentences(
        "President Yoweri Museveni met Tomas Relvani on Monday and said that his soldiers would stay in the "
        "capital.")
    [a] = _forces_at(linked, "his soldiers")
    assert a.armed_forces_of and linked.actors[a.armed_forces_of].label == "Uganda"


@pytest.mark.parametrize("text,person", [
    ("The finance ministry goes to Tomas Relvani, a former banker.", "Tomas Relvani"),
    ("The Karsa movement handed the interior ministry to Ahmad Karimi.", "Ahmad Karimi"),
    ("The foreign ministry went to Lena Korvath.", "Lena Korvath"),
    ("The justice ministry will go to Sheikh Yusuf Darweesh after the vote.", "Yusuf Darweesh"),
])
def test_a_person_a_ministry_goes_to_is_an_official(read_sentences, text, person):
    linked, _ = read_sentences(text)
    assert _name_types(linked)[person] == "Official"


def test_a_person_near_a_ministry_but_given_nothing_stays_a_person(read_sentences):
    linked, _ = read_sentences("Lena Korvath, a researcher, walked past the defence ministry.")
    assert _name_types(linked)["Lena Korvath"] == "Person"


@pytest.mark.parametrize("name", ["G9", "K7", "Bel-Air Family"])
def test_a_federation_that_joins_gangs_is_an_armed_group(read_sentences, name):
    linked, _ = read_sentences(f"Last year the {name} federation joined forces with the gangs of Cité Verte.")
    assert _name_types(linked).get(name) == "ArmedGroup" or _name_types(linked).get(f"{name} federation") == "ArmedGroup"


@pytest.mark.parametrize(("person", "label"), [("Omar Zaki", "Zaki network"),
                                               ("Tomas Relvani", "Relvani network")])
def test_a_network_that_bears_a_persons_family_name_is_named_after_it(read_sentences, person, label):
    linked, readings = read_sentences(f"Police arrested {person}, who runs an armed network that bears his "
                                      f"family's name, on Friday.")
    assert any(a.label == label and a.type == "ArmedGroup" for a in linked.actors.values())


def test_a_network_that_bears_no_name_is_no_actor(read_sentences):
    linked, _ = read_sentences("Tomas Relvani heads a militant network that operates along the border.")
    assert not any(a.label.endswith("network") for a in linked.actors.values())


@pytest.mark.parametrize("group", ["Taliban", "Karsa Front"])
def test_a_government_an_armed_group_names_is_that_groups_government(read_sentences, group):
    linked, readings = read_sentences(f"The {group} on Tuesday named a caretaker government led by Ahmad Karimi.")
    govs = [linked.actors[m.actor] for m in linked.anaphora if m.span(linked.doc).text == "caretaker government"]
    assert [(a.label, a.type) for a in govs] == [(f"{group} government", "Government")]


def test_a_government_a_state_names_is_no_new_actor(read_sentences):
    linked, _ = read_sentences("Chad on Tuesday named a new government led by Ahmad Karimi.")
    assert not any(a.label.endswith(" government") for a in linked.actors.values())


@pytest.mark.parametrize(("text", "people"), [
    ("Sahrawi refugees fled. Algeria says its support for the Sahrawis is political.", "Sahrawis"),
    ("Zandian refugees fled. Algeria says its support for the Zandians is political.", "Zandians"),
    ("Many Afghans fled. Pakistan says its support for the Afghans is humanitarian.", "Afghans"),
])
def test_a_plural_people_is_no_actor(read_sentences, text, people):
    linked, _ = read_sentences(text)
    assert people not in _name_types(linked)


def test_a_group_with_a_plural_name_stays_a_group(read_sentences):
    linked, _ = read_sentences("Karsi fighters attacked. The Karsis attacked a ship in the strait.")
    assert _name_types(linked).get("Karsis") == "ArmedGroup"


@pytest.mark.parametrize(("demonym", "state"), [("Venezuelan", "Venezuela"), ("Chadian", "Chad")])
def test_a_states_generals_speak_for_its_armed_forces(read_sentences, demonym, state):
    linked, _ = read_sentences(f"A letter from {demonym} generals called the Karsa Front a partner.")
    [a] = _forces_at(linked, f"{demonym} generals")
    assert linked.actors[a.armed_forces_of].label == state
    assert f"{demonym} generals" not in a.alt_labels


def test_generals_of_no_state_are_no_force(read_sentences):
    linked, _ = read_sentences("Rebel generals defected to the Karsa Front on Monday.")
    assert not [m for m in linked.mentions if m.kind == "forces"]


@pytest.mark.parametrize("group", ["Taliban", "Karsa Front"])
def test_the_new_cabinet_after_a_group_formed_one_is_that_government(read_sentences, group):
    linked, _ = read_sentences(f"The {group} on Tuesday named a caretaker government led by Ahmad Karimi. "
                               f"Markets were closed. The new cabinet includes no women, and several of its "
                               f"ministers are under sanctions.")
    assert _resolved(linked, "its") == [f"{group} government"]
    assert [linked.actors[m.actor].label for m in linked.mentions if m.span(linked.doc).text == "new cabinet"] \
        == [f"{group} government"]


@pytest.mark.parametrize(("text", "label"), [
    ("Local militiamen in the remote Korvan valley took up arms against the Karsa Front.", "Korvan militia"),
    ("Local fighters in Teska rose up against the Karsa Front.", "Teska militia"),
])
def test_local_militiamen_of_a_place_are_that_places_militia(read_sentences, text, label):
    linked, _ = read_sentences(text)
    [m] = [m for m in linked.mentions if m.kind == "forces"]
    assert linked.actors[m.actor].label == label and linked.actors[m.actor].type == "ArmedGroup"


@pytest.mark.parametrize("text", [
    "Local residents in Teska fled the fighting.",  # people, not fighters
    "Local militiamen attacked the convoy.",  # no place named
    "Militiamen in Teska attacked the convoy.",  # not said to be local
])
def test_no_place_militia_without_local_fighters_of_a_named_place(read_sentences, text):
    linked, _ = read_sentences(text)
    assert not any(a.label.endswith(" militia") for a in linked.actors.values())


@pytest.mark.parametrize("group", ["Northern Tulu Movement", "Karsa Liberation Front", "Iron Oath Alliance"])
def test_an_unknown_group_called_the_militia_is_that_group(read_sentences, group):
    linked, _ = read_sentences(f"The {group} was founded in 2015. The militia attacked the Wagner Group on Sunday.")
    assert _resolved(linked, "the militia") == [group]


def test_an_institute_is_never_the_militia(read_sentences):
    linked, _ = read_sentences("The Karsa Peace Institute was founded in 2015. The militia attacked the town.")
    assert _resolved(linked, "the militia") == []


@pytest.mark.parametrize("name", ["Berevia", "Tamaria"])
@pytest.mark.parametrize("noun", ["a patron of armed movements", "a major arms exporter"])
def test_a_place_name_a_relation_noun_describes_is_a_state_not_an_official(read_sentences, name, noun):
    linked, _ = read_sentences(f"{name} is {noun}. It arms the Karsa Front.")
    assert _name_types(linked).get(name) == "State"


def test_a_person_a_relation_noun_describes_stays_an_official(read_sentences):
    linked, _ = read_sentences("Amadou Tessa is a patron of armed movements. He arms the Karsa Front.")
    assert _name_types(linked).get("Amadou Tessa") in ("Official", "Person")


def test_the_junta_of_a_wire_article_is_its_home_state_when_no_government_is_named(read_sentences):
    linked, _ = read_sentences(
        "Summit opens\n\nBAMAKO, May 2 — Mali opened the summit on Friday. Mali expelled the envoy of the "
        "Karsa Union. Diplomats left the capital when the junta cancelled its agreements.")
    assert _resolved(linked, "the junta") == ["Mali"]


def test_the_junta_with_no_home_state_is_nobody(read_sentences):
    linked, _ = read_sentences("Mali expelled the envoy of the Karsa Union. Diplomats left the capital when the "
                               "junta cancelled its agreements.")
    assert _resolved(linked, "the junta") == []


@pytest.mark.parametrize("noun", ["gunmen", "attackers", "assailants"])
def test_the_attackers_are_the_salient_armed_group_never_a_mission(read_sentences, noun):
    linked, _ = read_sentences(f"The Karsa Front attacked a garrison on Monday. Troops pursued the {noun} north.")
    assert _resolved(linked, f"the {noun}") == ["Karsa Front"]
    linked, _ = read_sentences(f"The Orvan Support Mission patrolled the town on Monday. Troops pursued the {noun}.")
    assert _resolved(linked, f"the {noun}") == []


@pytest.mark.parametrize(("formal", "short"), [
    ("the Republic of Valdoria", "Valdoria"),
    ("the Emirate of Qaradin", "Qaradin"),
    ("the Kingdom of Estrel", "Estrel"),
    ("the Islamic Republic of Tessaly", "Tessaly"),
    ("the Commonwealth of Orvessa", "Orvessa"),
    ("the Federal Democratic Republic of Marovia", "Marovia"),
])
def test_a_states_formal_name_and_its_short_name_are_one_state(read_sentences, formal, short):
    linked, _ = read_sentences(f"{formal[0].upper()}{formal[1:]} has armed the Dalmir Popular Front for years. "
                               f"Officials in {short} denied it on Monday, but {short} has sent trainers too.")
    states = [a for a in linked.actors.values() if a.label == short]
    assert len(states) == 1 and states[0].type == "State"
    assert formal.removeprefix("the ") in states[0].alt_labels
    assert formal.removeprefix("the ") not in labels_of(linked)


@pytest.mark.parametrize(("text", "short"), [
    ("Republic of Valdoria", "Valdoria"), ("Democratic Republic of the Congo", "Congo"),
    ("Republic of Ireland Football Association", None), ("Kingdom of heaven", None),
    ("Union of Journalists of Kessa", None), ("Friends of Valdoria", None), ("Republic Day", None),
])
def test_formal_state_names_are_read_by_their_shape(text, short):
    from conflictkg._actors._words import formal_state_name
    assert formal_state_name(text) == short


# -- invented states NER calls a person or an organisation: typed by how the text treats them --------

@pytest.mark.parametrize("name", ["Ostrand", "Sulara", "Tamaru", "Quelvar", "Nambara", "Drevany"])
@pytest.mark.parametrize("text", [
    "{X}'s foreign ministry condemned the attack on Monday.",
    "The government of {X} accused the Karsa Front of shelling civilians. {X} said it would respond.",
    "{X}'s prime minister said the country would not bow to pressure.",
    "Kenya and {X} signed a security pact on Monday.",
    "In {X}, protesters gathered outside parliament. {X}'s president denounced them.",
    "The capital of {X} was quiet on Monday. {X}'s army patrolled the streets.",
    "In March, the {X} government sent troops to the border.",
    "{X}, a small country on the coast, backs the rebels.",
])
def test_an_invented_name_the_text_treats_as_a_country_is_a_state(read_sentences, name, text):
    linked, _ = read_sentences(text.format(X=name))
    assert _name_types(linked).get(name) == "State"


@pytest.mark.parametrize(("name", "demonym"), [("Ostrand", "Ostrandi"), ("Sulara", "Sularan"),
                                               ("Drevany", "Drevani"), ("Quelvar", "Quelvarian")])
def test_an_invented_name_whose_demonym_the_text_uses_is_a_state(read_sentences, name, demonym):
    linked, _ = read_sentences(f"Officials in {name} said on Monday that {demonym} troops had shelled the rebels.")
    assert _name_types(linked).get(name) == "State"


@pytest.mark.parametrize("text", [
    "Rasmus Ostrand, a former general, said the army would fight. Ostrand's government fell in 2019.",
    "Prime Minister Lina Sorvik said her government would talk. Sorvik's cabinet met on Monday.",
    "Defence Minister Oru Hanlin said Hanlin would not talk to the rebels.",
])
def test_a_person_whose_government_the_text_names_stays_a_person(read_sentences, text):
    types = _name_types(linked := read_sentences(text)[0])
    assert "State" not in types.values(), types
    assert any(t in ("Official", "Person") for t in types.values())


@pytest.mark.parametrize("text", [
    "Fighting spread to Velm, a town near the border. Residents of Velm fled to the hills.",
    "Mediterranean countries and Gulf states met in Cairo on Monday.",
    "The Karsan people have long been persecuted, Radio Velm reported on Monday.",
])
def test_places_peoples_and_regions_are_no_invented_state(read_sentences, text):
    linked, _ = read_sentences(text)
    assert "State" not in {a.type for a in linked.actors.values() if not a.known}, _name_types(linked)


@pytest.mark.parametrize("name", ["Castellan Federation", "Orvan Republic", "Tessaly Kingdom"])
def test_a_name_before_a_states_word_is_a_state(read_sentences, name):
    linked, _ = read_sentences(f"The {name} backs the Northern Front, officials said. "
                               f"The {name.split()[0]} government denied it.")
    states = [a for a in linked.actors.values() if a.type == "State" and not a.known]
    assert [a.label for a in states] == [name]


def test_a_trade_federation_is_no_state(read_sentences):
    linked, _ = read_sentences("The Karsa Trade Federation backs the strike, officials said.")
    assert "State" not in {a.type for a in linked.actors.values()}


@pytest.mark.parametrize("state", ["Meranti", "Ostrand", "Kavala"])
@pytest.mark.parametrize("force", ["Navy", "Air Force", "Coast Guard"])
def test_a_states_navy_is_its_armed_forces_not_the_state(read_sentences, state, force):
    linked, _ = read_sentences(f"{state} accused the rebels of attacking its ports. "
                               f"The {state} {force} shelled the coast on Monday.")
    by_label = {a.label: a for a in linked.actors.values()}
    assert by_label[state].type == "State"
    group = by_label[f"{state} {force}"]
    assert group.type == "ArmedGroup" and group.armed_forces_of == by_label[state].iri


@pytest.mark.parametrize("name", ["Hanlin", "Valdoria", "Meranti", "Kessarat"])
@pytest.mark.parametrize("text", [
    "{X}, which has ruled out talks, accused the rebels of bombing markets.",
    "{X}, which governs the northern islands, said it would not negotiate.",
])
def test_a_one_word_name_that_governs_is_a_state_not_a_government_or_an_official(read_sentences, name, text):
    linked, _ = read_sentences(text.format(X=name))
    assert _name_types(linked).get(name) == "State"


@pytest.mark.parametrize("text", [
    "The Government of National Salvation, which rules the north, accused the rebels of shelling markets.",
    "Amina Tessa, who rules the northern province, accused the rebels of shelling markets.",
])
def test_a_named_government_and_a_ruler_keep_their_types(read_sentences, text):
    types = _name_types(read_sentences(text)[0])
    assert "State" not in types.values(), types


@pytest.mark.parametrize("name", ["Hanlin", "Karsa", "Ostrova"])
def test_a_name_that_says_it_is_no_person(read_sentences, name):
    linked, _ = read_sentences(f"{name} said it would deploy peacekeepers to the border.")
    assert _name_types(linked).get(name) not in ("Person", "Official")


@pytest.mark.parametrize(("text", "name"), [
    ("Minister of Defence Ilkka Varos said the army was ready.", "Ilkka Varos"),
    ("Minister of Foreign Affairs Ama Owusu-Tetteh met the envoy.", "Ama Owusu-Tetteh"),
    ("Minister of Defence Chen Wei-lin said the army was ready.", "Chen Wei-lin"),
])
def test_a_title_ner_cut_in_two_leaves_the_person_an_official(read_sentences, text, name):
    types = _name_types(read_sentences(text)[0])
    assert types.get(name) == "Official", types


@pytest.mark.parametrize("name", ["Tembe", "Okafor", "Lindqvist", "Haddad"])
@pytest.mark.parametrize("role", ["the commander", "the defence minister", "a senior minister"])
def test_a_surname_opening_a_sentence_with_a_role_is_an_official(read_sentences, name, role):
    linked, _ = read_sentences(f"{name}, {role}, rejected the deal on Monday.")
    assert _name_types(linked).get(name) == "Official"


@pytest.mark.parametrize("name", ["Ostrand", "Sulara", "Qaradin"])
def test_a_states_army_chief_makes_it_a_state(read_sentences, name):
    linked, _ = read_sentences(f"General Temir Baskal, {name}'s army chief, said the offensive would continue. "
                               f"{name} has deployed troops to the border.")
    types = _name_types(linked)
    assert types.get(name) == "State", types
    assert types.get("Temir Baskal") == "Official"


@pytest.mark.parametrize("name", ["Tamaria", "Ostrand", "Kessarat"])
@pytest.mark.parametrize("seat", ["Moscow", "Ankara", "Tehran"])
def test_a_name_coordinated_with_a_seat_of_government_is_a_state(read_sentences, name, seat):
    linked, _ = read_sentences(f"{name} and {seat} back the Amber Brigade.")
    assert _name_types(linked).get(name) == "State"


@pytest.mark.parametrize(("name", "demonym"), [("Ostrand", "Ostrandi"), ("Sulara", "Sularan"),
                                               ("Drevany", "Drevani"), ("Marovia", "Marovian")])
def test_the_demonym_of_an_invented_state_is_no_actor_of_its_own(read_sentences, name, demonym):
    linked, _ = read_sentences(f"{name} sent troops to the border, and the {demonym} government said the move "
                               f"was defensive.")
    unknown = [a for a in linked.actors.values() if not a.known]
    assert [(a.label, a.type) for a in unknown if a.type != "ArmedGroup"] == [(name, "State")]


@pytest.mark.parametrize("name", ["Korsa", "Tembeni", "Ulvik"])
@pytest.mark.parametrize("text", [
    "The rebels seized {X} and the nearby airfield on Monday.",
    "Residents of {X} fled to the hills after the shelling.",
])
def test_a_place_taken_or_fled_is_no_person(read_sentences, name, text):
    types = _name_types(read_sentences(text.format(X=name))[0])
    assert types.get(name) not in ("Person", "Official", "State"), types


@pytest.mark.parametrize("name", ["Qaradin", "Ostrand", "Sulara"])
@pytest.mark.parametrize("title", ["Lieutenant General", "Foreign Minister"])
def test_the_country_of_a_titled_official_is_a_state(read_sentences, name, title):
    linked, _ = read_sentences(f"{title} Aziz Mahmudov of {name} ordered the strikes on Monday.")
    types = _name_types(linked)
    assert types.get(name) == "State" and types.get("Aziz Mahmudov") == "Official", types


def test_the_group_of_a_titled_commander_stays_a_group(read_sentences):
    types = _name_types(read_sentences("General Aziz Mahmudov of the Karsa Liberation Front ordered the strikes.")[0])
    assert types.get("Karsa Liberation Front") == "ArmedGroup", types


@pytest.mark.parametrize("name", ["Ostrand", "Sulara", "Nambara", "Zembla", "Hanlin"])
@pytest.mark.parametrize("text", [
    "{X} accused Egypt of meddling.",
    "The Karsa Front accused {X} of arming militias.",
    "{X} voted against the resolution on Monday.",
    "Fighters loyal to {X} attacked the town.",
])
def test_a_bare_one_word_party_no_person_words_introduce_is_a_state(read_sentences, name, text):
    linked, _ = read_sentences(text.format(X=name))
    assert _name_types(linked).get(name) == "State"


@pytest.mark.parametrize("text", [
    "Rebel leader Dario Vasquez rejected the deal. Vasquez accused Egypt of meddling.",
    "Amina Tessa rejected the deal. Tessa accused Egypt of meddling.",
    "Kovacek accused Egypt of meddling, and his fighters attacked the town.",
])
def test_a_surname_the_text_introduces_stays_a_person(read_sentences, text):
    types = _name_types(read_sentences(text)[0])
    assert all(t in ("Official", "Person") for n, t in types.items() if n != "Egypt" and "Egypt" not in n), types


def test_a_groups_short_name_is_no_bare_state(read_sentences):
    linked, _ = read_sentences("The Polisario Front rejected the plan. Morocco accused Polisario of attacking a post.")
    types = _name_types(linked)
    assert types.get("Polisario") != "State", types


@pytest.mark.parametrize("name", ["Ostrand", "Nambara", "Zembla"])
def test_a_one_word_subject_opening_a_sentence_is_a_name(read_sentences, name):
    linked, _ = read_sentences(f"{name} accused Egypt of meddling in the war.")
    assert name in _name_types(linked)


@pytest.mark.parametrize("text", ["Meanwhile Egypt accused the rebels of meddling.",
                                  "However, Egypt accused the rebels of meddling."])
def test_a_sentence_opening_adverb_is_no_name(read_sentences, text):
    assert set(_name_types(read_sentences(text)[0])) <= {"Egypt", "Arab Republic of Egypt"}


@pytest.mark.parametrize("name", ["Ostrand", "Sulara", "Nambara"])
def test_a_bare_name_denying_backing_is_no_official(read_sentences, name):
    linked, _ = read_sentences(f"{name} denied backing the rebels.")
    assert _name_types(linked).get(name) not in ("Official",)


@pytest.mark.parametrize("text", ["Amina Tessa was named spokesman of the Karsa Front on Monday.",
                                  "Amina Tessa will serve as one of the president's deputies."])
def test_a_person_named_to_a_role_is_still_an_official(read_sentences, text):
    assert _name_types(read_sentences(text)[0]).get("Amina Tessa") == "Official"


@pytest.mark.parametrize("seat,state", [("Baghdad", "Iraq"), ("Ankara", "Turkey"), ("Tehran", "Iran")])
@pytest.mark.parametrize("text", [
    "For months the Amber Brigade quarrelled with {seat} over pay.",
    "The Amber Brigade sided with {seat} in the dispute.",
    "The Amber Brigade agreed to cooperate with {seat} on border security.",
])
def test_a_seat_a_verb_of_dealings_takes_with_is_its_state(read_sentences, seat, state, text):
    linked, _ = read_sentences(text.format(seat=seat))
    assert state in {a.label for a in linked.actors.values()}


@pytest.mark.parametrize("seat", ["Baghdad", "Ankara", "Tehran"])
def test_near_miss_a_seat_fought_in_is_a_city(read_sentences, seat):
    linked, _ = read_sentences(f"The Amber Brigade clashed with police in {seat} on Monday.")
    assert {a.label for a in linked.actors.values()} <= {"Amber Brigade"}


@pytest.mark.parametrize("text", [
    "The Kattar Front held most of the island until March.",
    "Boats ferried fighters to the island at night, the Kattar Front said.",
])
def test_a_common_word_that_is_a_gazetteer_name_in_capitals_is_no_actor_in_lower_case(read_sentences, text):
    linked, _ = read_sentences(text)  # Wikidata gives Iceland the label "Island"
    assert "Iceland" not in {a.label for a in linked.actors.values()}


@pytest.mark.parametrize("text,name", [("HEZBOLLAH FIGHTERS CROSS BORDER", "Hezbollah"), ("Iceland condemned the raid.", "Iceland")])
def test_a_one_word_name_still_matches_as_written_and_in_capitals(read_sentences, text, name):
    linked, _ = read_sentences(text)
    assert name in {a.label for a in linked.actors.values()}
