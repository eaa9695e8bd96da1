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
