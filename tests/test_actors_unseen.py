"""Actors on unseen articles (issue 12): nicknames and aliases, particles inside names after titles,
breakaway entities, monitors and NGOs, datelines. Our own sentences with invented names (and near-misses:
two people sharing a particle or surname never fuse; "known as" a place is no alias)."""
import pytest


def people(linked):
    """actor label -> the texts of its name mentions, for the people of the text."""
    out: dict[str, list[str]] = {}
    for m in linked.mentions:
        a = linked.actors[m.actor]
        if m.kind == "name" and a.type in ("Person", "Official"):
            out.setdefault(a.label, []).append(m.span(linked.doc).text)
    return out


def named(linked):
    """actor label -> type, for every actor with a name mention."""
    return {linked.actors[m.actor].label: linked.actors[m.actor].type for m in linked.mentions if m.kind == "name"}


# -- particles inside personal names, after honorifics and titles --------------------------------

@pytest.mark.parametrize(("text", "full", "later"), [
    ("Prince Turki bin Faisal met the Zandian envoy. Bin Faisal said Zandia backed the Karsa Front.",
     "Turki bin Faisal", "Bin Faisal"),
    ("Sheikh Hamad bin Khalid al-Tamimi accused the Karsa Front of attacking Ostrava. Bin Khalid said the group "
     "was armed by Velmora.", "Hamad bin Khalid al-Tamimi", "Bin Khalid"),
    ("Lucia Van der Heyde, the Velmoran defence minister, condemned the Karsa Front. Van der Heyde said the group "
     "attacked Velmoran troops.", "Lucia Van der Heyde", "Van der Heyde"),
    ("Gen. Pieter de Wet commands the Ostravan army. De Wet said his troops fought the Karsa Front.",
     "Pieter de Wet", "De Wet"),
    ("Jan ter Horst leads the Polder Guard. Ter Horst said the Polder Guard opposed the Zandian government.",
     "Jan ter Horst", "Ter Horst"),
    ("Luiz da Costa heads the Ribeira Movement. Da Costa said the Ribeira Movement attacked the Zandian army.",
     "Luiz da Costa", "Da Costa"),
    ("Karl von Albrecht commands the Ostmark Legion. Von Albrecht said the Ostmark Legion fought the Karsa Front.",
     "Karl von Albrecht", "Von Albrecht"),
    ("Commander Omar abu Hamza leads the Nasr Brigade. Abu Hamza said the Nasr Brigade fought the Zandian army.",
     "Omar abu Hamza", "Abu Hamza"),
    ("Zandia's defence minister, Lucia Van der Heyde, said the Karsa Front attacked Rovan troops. Van der Heyde "
     "called for talks.", "Lucia Van der Heyde", "Van der Heyde"),
    ("The Karsa Front was condemned by Prince Turki bin Faisal, and Bin Faisal called for talks with Zandia.",
     "Turki bin Faisal", "Bin Faisal"),
    ("Velmoran Foreign Minister Jan ter Horst accused the Karsa Front of shelling Dunmori. Ter Horst called for "
     "sanctions.", "Jan ter Horst", "Ter Horst"),
])
def test_a_name_with_particles_is_one_person_and_its_surname_mention_joins_it(read_sentences, text, full, later):
    linked, _ = read_sentences(text)
    found = people(linked)
    assert list(found) == [full], found
    assert later in found[full]


@pytest.mark.parametrize(("text", "pairs"), [
    # two people sharing a particle: the surname goes to its own full name
    ("Prince Turki bin Faisal met Sheikh Saud bin Khalid in Velmora. Bin Khalid said the Karsa Front attacked "
     "Ostravan troops.", {"Turki bin Faisal": ["Turki bin Faisal"], "Saud bin Khalid": ["Saud bin Khalid", "Bin Khalid"]}),
    ("Lucia Van der Heyde met Marco Van der Berg. Van der Berg said the Karsa Front attacked Ostravan troops.",
     {"Lucia Van der Heyde": ["Lucia Van der Heyde"], "Marco Van der Berg": ["Marco Van der Berg", "Van der Berg"]}),
    # two people sharing a surname stay two
    ("Zandia accused Ahmed Rashid of arming the Karsa Front, and Omar Rashid denied it.",
     {"Ahmed Rashid": ["Ahmed Rashid"], "Omar Rashid": ["Omar Rashid"]}),
])
def test_people_sharing_a_particle_or_surname_never_fuse(read_sentences, text, pairs):
    linked, _ = read_sentences(text)
    assert people(linked) == pairs


def test_a_particle_before_a_place_name_takes_no_word_in(read_sentences):
    linked, _ = read_sentences("Jan ter Horst said the Polder Guard had attacked El Salvador.")
    assert named(linked).get("Jan ter Horst") in ("Person", "Official")
    assert named(linked).get("El Salvador") == "State"


# -- aliases and nicknames ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "full", "alias"), [
    ('Juma Okello, known as "the Hawk", led the Sarvan Defence Front in the raid. The Hawk later denied that '
     'the Sarvan Defence Front had attacked the Rovan army.', "Juma Okello", "Hawk"),
    ("Commander Teodor Brusk, better known as Zmaj, leads the Morava Guard. Zmaj said the Morava Guard opposed "
     "the Ilvan government.", "Teodor Brusk", "Zmaj"),
    ('Abdi Warsame, nicknamed "Black Lion", commands the Gedo Shield Brigade. Black Lion accused the Jubaran '
     'government of attacking his fighters.', "Abdi Warsame", "Black Lion"),
    ("Ilya Dravic, alias Kobra, commands the Morava Guard. Kobra said the Morava Guard opposed the Ilvan "
     "government.", "Ilya Dravic", "Kobra"),
    ('Ilya Dravic, also called "the Surgeon", commands the Morava Guard. The Surgeon said the Morava Guard fought '
     'the Ilvan army.', "Ilya Dravic", "Surgeon"),
    ('Juma Okello, "the Hawk", leads the Sarvan Defence Front. The Hawk said Zandia armed the Sarvan Defence Front.',
     "Juma Okello", "Hawk"),
    ('Juma Okello ("the Hawk") leads the Sarvan Defence Front. The Hawk said Zandia armed the Sarvan Defence Front.',
     "Juma Okello", "Hawk"),
    ("The militia leader Hamid Gadow (also spelled Hamiid Gaddow) commands the Gedo Shield Brigade. Gaddow said "
     "Zandia armed his fighters.", "Hamid Gadow", "Gaddow"),
])
def test_a_nickname_and_its_later_mentions_are_the_person_named_in_full(read_sentences, text, full, alias):
    linked, _ = read_sentences(text)
    found = people(linked)
    assert list(found) == [full], found
    assert found[full].count(alias) == 2 or alias == "Gaddow" and "Gaddow" in found[full]


@pytest.mark.parametrize(("text", "full", "alias", "kind"), [
    ("The Front, also known as the FLD, attacked Ostrava. The FLD is backed by Zandia.", "Front", "FLD", "ArmedGroup"),
    ("The Front for Democracy and Liberty, also known as the FDL, attacked Ostrava. The FDL is backed by Zandia.",
     "Front for Democracy and Liberty", "FDL", "ArmedGroup"),
    ("The Popular Resistance Front, better known as Al-Sakhra, fought the Rovan army. Al-Sakhra is backed by Zandia.",
     "Popular Resistance Front", "Al-Sakhra", "ArmedGroup"),
    ("The Sons of Kelto, also called the Kelto Brigade, attacked Rovan troops. The Kelto Brigade is backed by Zandia.",
     "Sons of Kelto", "Kelto Brigade", None),
    ("The National Liberation Army (ELN) attacked the Torvan Patriotic Union. The ELN is backed by Zandia.",
     "National Liberation Army", "ELN", "ArmedGroup"),
    ("The Patriotic Movement for Salvation (MPS) attacked the Dorvan Liberation Army. The MPS is backed by Zandia.",
     "Patriotic Movement for Salvation", "MPS", "ArmedGroup"),
])
def test_a_group_alias_is_the_group(read_sentences, text, full, alias, kind):
    linked, _ = read_sentences(text)
    ms = [m for m in linked.mentions if m.kind == "name" and m.span(linked.doc).text == alias]
    assert ms and all(linked.actors[m.actor].label == full for m in ms)
    if kind:
        assert named(linked)[full] == kind
    assert alias not in named(linked)


@pytest.mark.parametrize(("text", "person", "other"), [
    # a plural after "known as" names the person's men
    ('Several hundred Velmoran contractors led by Radu Petrescu, known as the "Wolves", guard the airport.',
     "Radu Petrescu", None),
    # a possessor after "called" is no alias
    ("Juma Okello called Zandia's offer an insult, and the Sarvan Defence Front rejected it.", "Juma Okello", "Zandia"),
    # "known ... as" a description, not a name
    ("Juma Okello, known in Kelto as a hardliner, leads the Sarvan Defence Front.", "Juma Okello", "Sarvan Defence Front"),
])
def test_near_misses_are_no_alias(read_sentences, text, person, other):
    linked, _ = read_sentences(text)
    found = people(linked)
    assert found.get(person) == [person], found
    if other:
        assert other in named(linked)


def test_a_place_known_by_another_name_is_no_actor_alias(read_sentences):
    linked, _ = read_sentences("The Sarvan Defence Front seized Dunmori, known as the gateway to Kelto, and Zandia "
                               "condemned the Sarvan Defence Front.")
    assert named(linked).get("Sarvan Defence Front") == "ArmedGroup"
    assert named(linked).get("Zandia") == "State"
    assert not any(a.label in ("Dunmori", "gateway") for a in linked.actors.values())


def test_a_short_name_of_a_known_person_with_a_surname_after_it_is_someone_else(read_sentences):
    linked, _ = read_sentences("Militia leader Bashir Gadow said Zandia armed his fighters.")
    assert "Bashir Gadow" in people(linked)
    assert "Omar al-Bashir" not in people(linked)


# -- datelines -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "publisher", "actor"), [
    ("NAIROBI, March 3 (Kestrel News) - The Sarvan Defence Front attacked Rovan troops near Kelto.",
     "Kestrel News", "Sarvan Defence Front"),
    ("KELTO, Zandia, May 12 (Harrow Wire) - Zandia accused the Sarvan Defence Front of shelling the town.",
     "Harrow Wire", "Sarvan Defence Front"),
    ("DUNMORI, April 9 (Orbis) \u2014 The Karsa Front seized the town from the Rovan army.", "Orbis", "Karsa Front"),
    ("Rebels take town\n\nDUNMORI, April 9 (Velkan Agency) -- The Karsa Front seized the town from the Rovan army.",
     "Velkan Agency", "Karsa Front"),
])
def test_the_publisher_in_a_datelines_brackets_is_no_actor(read_sentences, text, publisher, actor):
    linked, _ = read_sentences(text)
    assert publisher not in named(linked)
    assert named(linked).get(actor) == "ArmedGroup"


def test_a_name_in_brackets_in_the_story_is_still_read(read_sentences):
    # near-miss: brackets after the dateline are the story's ("Full Name (ACR)")
    linked, _ = read_sentences("DUNMORI, April 9 (Orbis) - The Kalvar Brigades (KB) attacked the Marek Legion.")
    assert "Orbis" not in named(linked)
    assert named(linked).get("Kalvar Brigades") == "ArmedGroup"


# -- monitors and NGOs ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "ngo"), [
    # well-known organisations the gazetteer carries (NER misses or cuts some)
    ("Doctors Without Borders said the Sarvan Defence Front attacked its clinic.", "Doctors Without Borders"),
    ("Medical charity MSF said the Karsa Front shelled its hospital in Dunmori.", "Doctors Without Borders"),
    ("Human Rights Watch accused the Sarvan Defence Front of killing civilians.", "Human Rights Watch"),
    ("The Syrian Observatory for Human Rights said the Karsa Front shelled Dunmori.",
     "Syrian Observatory for Human Rights"),
    ("The UN refugee agency said the Karsa Front forced 20,000 people to flee.", "UNHCR"),
    # unknown monitors: the head word says what they are
    ("The Kelto Observatory for Human Rights said the Karsa Front shelled Dunmori.",
     "Kelto Observatory for Human Rights"),
    ("Sarvan Watch, a rights group, accused the Karsa Front of recruiting child soldiers.", "Sarvan Watch"),
    ("The Kelto Ceasefire Monitoring Mission said both the Karsa Front and Rovan forces violated the truce.",
     "Kelto Ceasefire Monitoring Mission"),
    ("The Kelto Monitoring Group said the Karsa Front attacked Rovan troops.", "Kelto Monitoring Group"),
])
def test_monitors_and_ngos_are_organisations(read_sentences, text, ngo):
    linked, _ = read_sentences(text)
    assert named(linked).get(ngo) == "Organization", named(linked)
    assert named(linked).get("Karsa Front", "ArmedGroup") == "ArmedGroup"


@pytest.mark.parametrize(("text", "name", "kind"), [
    # near-misses: an armed mission and a front of a place stay armed groups
    ("The Kelto Stabilisation Mission attacked the Karsa Front near Dunmori.", "Kelto Stabilisation Mission", "ArmedGroup"),
    ("The Liberation Front of Kelto attacked Rovan troops.", "Liberation Front of Kelto", "ArmedGroup"),
])
def test_near_misses_of_monitor_heads_stay_armed(read_sentences, text, name, kind):
    linked, _ = read_sentences(text)
    assert named(linked).get(name) == kind, named(linked)


# -- breakaway and de-facto entities: Government (the gold README types the Sahrawi Arab Democratic Republic
# and a rival administration so: a governing authority inside a state) ------------------------------

@pytest.mark.parametrize(("text", "entity", "mention"), [
    ("South Ossetia accused Georgia of shelling its villages.", "South Ossetia", "South Ossetia"),
    ("Russia backs Abkhazia, and Georgia condemned the move.", "Abkhazia", "Abkhazia"),
    ("Transnistria accused Moldova of blocking its trade.", "Transnistria", "Transnistria"),
    ("The self-declared Republic of Kelvaria accused the Rovan army of shelling its villages.", "Kelvaria",
     "Republic of Kelvaria"),
    ("The self-proclaimed Dunmori People's Republic said Zandia backed it.", "Dunmori People's Republic",
     "Dunmori People's Republic"),
    ("Separatist authorities in Kelvaria said Zandia armed the Karsa Front.", "Kelvaria",
     "Separatist authorities in Kelvaria"),
    ("The breakaway region of Kelvaria accused Rova of shelling its villages.", "Kelvaria",
     "breakaway region of Kelvaria"),
    ("Rova accused Zandia of arming the separatist authorities in Kelvaria.", "Kelvaria",
     "separatist authorities in Kelvaria"),
])
def test_a_breakaway_entity_that_acts_is_a_government(read_sentences, text, entity, mention):
    linked, _ = read_sentences(text)
    ms = [m for m in linked.mentions if linked.actors[m.actor].label == entity]
    assert ms and linked.actors[ms[0].actor].type == "Government"
    assert mention in [m.span(linked.doc).text for m in ms]


@pytest.mark.parametrize(("text", "place"), [
    ("Fighting in the breakaway region of Kelvaria killed 12 Rovan soldiers.", "Kelvaria"),
    ("Zandian troops entered the separatist enclave of Kelvaria last week.", "Kelvaria"),
    ("Thousands of refugees fled to Somaliland from the fighting.", "Somaliland"),
])
def test_a_breakaway_entity_named_as_a_place_is_no_actor_there(read_sentences, text, place):
    linked, _ = read_sentences(text)
    assert place not in named(linked)


def test_breakaway_reading_keeps_the_relation(read_sentences):
    from conftest import read_triples
    assert ("South Ossetia", "opposes", "Georgia") in read_triples(
        read_sentences, "South Ossetia accused Georgia of shelling its villages.")
    assert ("Russia", "supports", "Abkhazia") in read_triples(read_sentences, "Russia backs Abkhazia.")


# -- unknown group names NER misses or types by their head alone ---------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Egypt accused Zandia of arming the Front for the Liberation of Ostra.", "Front for the Liberation of Ostra"),
    ("Gen. Tomas Relvani commands the Front for the Salvation of Kessa.", "Front for the Salvation of Kessa"),
    ("Zandia backs the Union of Forces for Change.", "Union of Forces for Change"),
    ("Velmora armed the Alliance of Brigades of the North.", "Alliance of Brigades of the North"),
])
def test_an_unknown_groups_of_phrase_name_is_read_and_armed(read_sentences, text, name):
    linked, _ = read_sentences(text)
    assert named(linked).get(name) == "ArmedGroup", named(linked)


@pytest.mark.parametrize(("text", "name", "kind"), [
    # near-misses: a neutral head over unarmed members; a common noun "front" is no name
    ("Zandia backs the Union of Journalists of Kelto.", "Union of Journalists of Kelto", "Organization"),
])
def test_an_of_phrase_with_unarmed_members_stays_an_organisation(read_sentences, text, name, kind):
    linked, _ = read_sentences(text)
    assert named(linked).get(name) == kind, named(linked)


def test_a_common_front_is_no_name(read_sentences):
    linked, _ = read_sentences("Rovan troops reached the front of the convoy near Kelto.")
    assert not any("front" in a.label.lower() for a in linked.actors.values())


@pytest.mark.parametrize(("text", "name"), [
    ("Eritrea sent drones to the armed group Tamzul last year.", "Tamzul"),
    ("Egyptian forces launched strikes on the armed group Tamzul overnight.", "Tamzul"),
    ("Zandia armed the militia Korvath earlier this month.", "Korvath"),
])
def test_a_name_ner_took_into_a_date_is_read(read_sentences, text, name):
    linked, _ = read_sentences(text)
    assert named(linked).get(name) == "ArmedGroup", named(linked)


def test_a_date_phrase_keeps_its_own_capitalised_words(read_sentences):
    linked, _ = read_sentences("The ceasefire collapsed during Ramadan last year, and Zandia blamed the Karsa Front.")
    assert set(named(linked)) == {"Zandia", "Karsa Front"}


# -- acronyms announced in other words -------------------------------------------------------------

@pytest.mark.parametrize(("text", "full", "acronym"), [
    ("The Front for the Liberation of Kelto, known by its French acronym FLK, attacked Rovan troops. The FLK is "
     "backed by Zandia.", "Front for the Liberation of Kelto", "FLK"),
    ("The Patriotic Front for Justice, known by its French initials FPJ, attacked Rovan troops. The FPJ is backed "
     "by Zandia.", "Patriotic Front for Justice", "FPJ"),
    ("The United Self-Defence Forces of Pelaria (AUP, for its Spanish initials) attacked the Pelarian army. The AUP "
     "is backed by Zandia.", "United Self-Defence Forces of Pelaria", "AUP"),
    ("The Kelto Liberation Movement, or KLM, attacked Rovan troops. The KLM is backed by Zandia.",
     "Kelto Liberation Movement", "KLM"),
])
def test_an_acronym_announced_in_words_is_the_group(read_sentences, text, full, acronym):
    linked, _ = read_sentences(text)
    ms = [m for m in linked.mentions if m.kind == "name" and m.span(linked.doc).text == acronym]
    assert len(ms) == 2 and all(linked.actors[m.actor].label == full for m in ms)
    # the language's adjective is no state
    assert not any(a.type == "State" and a.label in ("France", "Spain") for a in
                   (linked.actors[m.actor] for m in linked.mentions))


def test_an_acronym_after_or_that_does_not_spell_the_name_stays_apart(read_sentences):
    linked, _ = read_sentences("Zandia armed the Kelto Liberation Movement, or DRF, according to Rova.")
    assert not any(m.span(linked.doc).text == "DRF" and linked.actors[m.actor].label == "Kelto Liberation Movement"
                   for m in linked.mentions)


@pytest.mark.parametrize(("text", "full"), [
    ("Jan ter Horst leads the Polder Guard.", "Jan ter Horst"),
    ("Joao dos Santos leads the Kuando Front.", "Joao dos Santos"),
    ("Karl von Albrecht commands the Ostmark Legion.", "Karl von Albrecht"),
    ("Luiz da Costa heads the Ribeira Movement.", "Luiz da Costa"),
])
def test_a_particle_name_that_leads_a_group_is_an_official(read_sentences, text, full):
    linked, _ = read_sentences(text)
    assert named(linked).get(full) == "Official", named(linked)


def test_a_particle_name_with_no_role_stays_a_person(read_sentences):
    linked, _ = read_sentences("Jan ter Horst met reporters in Dunmori.")
    assert named(linked).get("Jan ter Horst") == "Person", named(linked)
