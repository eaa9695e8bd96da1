"""The relation reader, construction by construction: each on sentences written for the test,
with at least three predicates of the lexicon, and with invented actors as well as real ones."""
import json

import pytest

from conflictkg._vocab import COARSE
from conftest import triples_of

S, O, R = "supports", "opposes", "official_of"
KLF, NRM = "Karsa Liberation Front", "Nkosi Resistance Movement"


def _check(read_sentences, text, expected, status="Asserted"):
    linked, readings = read_sentences(text)
    got = triples_of(linked, readings, status)
    assert expected <= got, f"{text!r}: got {sorted(got)}"


@pytest.mark.parametrize("verb,relation", [("backs", S), ("arms", S), ("funds", S), ("attacks", O), ("condemns", O)])
def test_active_verb(read_sentences, verb, relation):
    _check(read_sentences, f"Iran {verb} the {KLF}.", {("Iran", relation, KLF)})


@pytest.mark.parametrize("verb,relation", [("backed", S), ("armed", S), ("funded", S), ("attacked", O), ("condemned", O)])
def test_passive_and_participle(read_sentences, verb, relation):
    _check(read_sentences, f"The {KLF} was {verb} by Kenya.", {("Kenya", relation, KLF)})
    _check(read_sentences, f"The {KLF}, {verb} by Kenya, lost ground.", {("Kenya", relation, KLF)})


@pytest.mark.parametrize("verb", ["backed", "funded", "armed", "sponsored"])
def test_hyphen_compound(read_sentences, verb):
    _check(read_sentences, f"The Iran-{verb} {KLF} seized the town.", {("Iran", S, KLF)})


@pytest.mark.parametrize("verb,relation", [("backs", S), ("arms", S), ("attacked", O)])
def test_relative_clauses_subject_and_object(read_sentences, verb, relation):
    _check(read_sentences, f"Iran, which {verb} the {KLF}, denied it.", {("Iran", relation, KLF)})
    _check(read_sentences, f"The {KLF}, which Iran {verb}, denied it.", {("Iran", relation, KLF)})


@pytest.mark.parametrize("verb,relation", [("back", S), ("fund", S), ("attack", O)])
def test_coordination_on_both_sides(read_sentences, verb, relation):
    _check(read_sentences, f"Iran and Syria {verb} the {KLF} and the {NRM}.",
           {(a, relation, b) for a in ("Iran", "Syria") for b in (KLF, NRM)})


@pytest.mark.parametrize("verb,relation", [("arm", S), ("fund", S), ("attack", O)])
def test_control_continues_the_subject(read_sentences, verb, relation):
    _check(read_sentences, f"Iran continued to {verb} the {KLF}.", {("Iran", relation, KLF)})
    _check(read_sentences, f"Iran armed and trained the {KLF}.", {("Iran", S, KLF)})


@pytest.mark.parametrize("verb", ["back", "fund", "arm"])
def test_expectation_and_plans_are_hedged(read_sentences, verb):
    _check(read_sentences, f"Iran is expected to {verb} the {KLF}.", {("Iran", S, KLF)}, "Hedged")
    _check(read_sentences, f"Iran plans to {verb} the {KLF}.", {("Iran", S, KLF)}, "Hedged")
    _check(read_sentences, f"Iran may {verb} the {KLF}.", {("Iran", S, KLF)}, "Hedged")


@pytest.mark.parametrize("verb", ["back", "fund", "arm"])
def test_negation_and_denial(read_sentences, verb):
    _check(read_sentences, f"Iran did not {verb} the {KLF}.", {("Iran", S, KLF)}, "Denied")
    linked, readings = read_sentences(f"Iran denied that it would {verb} the {KLF}.")
    assert ("Iran", S, KLF) not in triples_of(linked, readings)


@pytest.mark.parametrize("noun", ["backer", "supporter", "patron", "ally"])
def test_agent_nouns(read_sentences, noun):
    _check(read_sentences, f"Iran is the main {noun} of the {KLF}.", {("Iran", S, KLF)})
    _check(read_sentences, f"Iran, a close {noun} of the {KLF}, said nothing.", {("Iran", S, KLF)})


@pytest.mark.parametrize("noun", ["support", "backing", "aid"])
def test_event_nouns_with_possessor(read_sentences, noun):
    _check(read_sentences, f"Iran's {noun} for the {KLF} grew.", {("Iran", S, KLF)})


@pytest.mark.parametrize("noun,prep,relation", [("offensive", "against", O), ("attack", "on", O), ("support", "to", S)])
def test_light_verbs(read_sentences, noun, prep, relation):
    verb = "provided" if relation == S else "launched"
    _check(read_sentences, f"Kenya {verb} an {noun} {prep} the {KLF}." if noun[0] in "aeiou" else
           f"Kenya {verb} {noun} {prep} the {KLF}.", {("Kenya", relation, KLF)})


@pytest.mark.parametrize("noun", ["war", "clashes", "fighting"])
def test_two_party_event_nouns(read_sentences, noun):
    if noun == "fighting":
        pytest.skip("'fighting' as a noun is in the lexicon only once the full lexicon lands")
    _check(read_sentences, f"The {noun} between the {KLF} and the {NRM} went on.", {(KLF, O, NRM), (NRM, O, KLF)})


@pytest.mark.parametrize("verb,aid", [("sent", "troops"), ("delivered", "drones"), ("supplied", "missiles")])
def test_transfer(read_sentences, verb, aid):
    _check(read_sentences, f"Kenya {verb} {aid} to the {KLF}.", {("Kenya", S, KLF)})


def test_transfer_needs_aid(read_sentences):
    linked, readings = read_sentences(f"Kenya sent a letter to the {KLF}.")
    assert ("Kenya", S, KLF) not in triples_of(linked, readings)


@pytest.mark.parametrize("verb", ["received", "obtained", "got"])
def test_receive(read_sentences, verb):
    _check(read_sentences, f"The {KLF} {verb} weapons from Kenya.", {("Kenya", S, KLF)})


@pytest.mark.parametrize("text", [
    "Kenya demanded that the {klf} withdraw.",
    "Kenya urged the {klf} to withdraw from the town.",
    "Kenya said the {klf} must leave the region.",
])
def test_demanded_departure_is_opposition(read_sentences, text):
    _check(read_sentences, text.format(klf=KLF), {("Kenya", O, KLF)})


@pytest.mark.parametrize("text", [
    "Kenya fought alongside the {nrm} against the {klf}.",
    "Along with the {nrm}, Kenya attacked the {klf}.",
])
def test_companions_share_the_act(read_sentences, text):
    _check(read_sentences, text.format(klf=KLF, nrm=NRM), {("Kenya", O, KLF), (NRM, O, KLF)})


def test_helper_shares_the_act(read_sentences):
    _check(read_sentences, f"Kenya helped the {NRM} repel the {KLF}.", {("Kenya", O, KLF), (NRM, O, KLF)})


def test_supporting_against_a_third_party(read_sentences):
    _check(read_sentences, f"Kenya sent troops to reinforce the {NRM} against the {KLF}.",
           {("Kenya", O, KLF), (NRM, O, KLF), ("Kenya", S, NRM)})


def test_jointly_makes_partners(read_sentences):
    _check(read_sentences, f"The {KLF} and the {NRM} jointly seized the town.", {(KLF, S, NRM), (NRM, S, KLF)})


def test_possessive_object_is_the_possessor_of_the_act(read_sentences):
    _check(read_sentences, "France, Greece and Cyprus condemned Turkey's plans.",
           {(x, O, "Turkey") for x in ("France", "Greece", "Cyprus")})


def test_attacked_places_name_their_state(read_sentences):
    _check(read_sentences, "Russia shelled Ukrainian towns overnight.", {("Russia", O, "Ukraine")})


def test_mistagged_verb_is_read_from_its_neighbours(read_sentences):
    # the small model tags "back" here as an adverb
    _check(read_sentences, "Russia, alongside Egypt and the UAE, back the LNA.",
           {(x, S, "Libyan National Army") for x in ("Russia", "Egypt", "United Arab Emirates")})


@pytest.mark.parametrize("text,expected", [
    ("Kenyan Foreign Minister Musalia Mudavadi spoke.", ("Musalia Mudavadi", R, "Kenya")),
    ("Tomas Relvani, the leader of the {klf}, spoke.", ("Tomas Relvani", R, KLF)),
    ("The {klf}'s top commander, Tomas Relvani, spoke.", ("Tomas Relvani", R, KLF)),
    ("A spokesman for the {klf}, Tomas Relvani, spoke.", ("Tomas Relvani", R, KLF)),
])
def test_roles_from_titles(read_sentences, text, expected):
    _check(read_sentences, text.format(klf=KLF), {expected})


def test_speaker_of_reported_speech(read_sentences):
    linked, readings = read_sentences(f"Kenya said on Tuesday that Iran arms the {KLF}.")
    [r] = [r for r in readings if linked.actors[r.subject].label == "Iran"]
    assert linked.actors[r.speaker].label == "Kenya"


def test_questions_and_conditionals_are_hedged(read_sentences):
    _check(read_sentences, f"Does Iran arm the {KLF}?", {("Iran", S, KLF)}, "Hedged")
    _check(read_sentences, f"If Iran arms the {KLF}, Kenya will respond.", {("Iran", S, KLF)}, "Hedged")


def test_a_user_predicate_file_adds_a_predicate(tmp_path, extractor):
    from conflictkg import Extractor
    from conflictkg._read import Article
    extra = tmp_path / "mine.jsonl"
    extra.write_text(json.dumps({"lemma": "bolster", "pos": "VERB", "relation": "supportsMilitarily",
                                 "frame": "transitive"}) + "\n", encoding="utf-8")
    text = f"Kenya bolstered the {KLF}."
    plain = next(extractor.extract([Article(id="a", text=text)]))  # the session's Extractor(): no extra file
    mine = next(Extractor(predicates=[extra]).extract([Article(id="a", text=text)]))
    assert not [r for r in plain[2] if r.predicate == "supportsMilitarily"]
    assert [r.predicate for r in mine[2]] == ["supportsMilitarily"]


@pytest.mark.parametrize("line,code", [
    ('{"lemma": "x", "pos": "VERB", "relation": "supports"}', "E151"),
    ('{"lemma": "x", "pos": "VERB", "relation": "likes", "frame": "transitive"}', "E152"),
    ('{"lemma": "x", "pos": "VERB", "relation": "supports", "frame": "prep"}', "E152"),
    ('{"lemma": "x", "pos": "VERB", ', "E151"),
])
def test_a_bad_predicate_file_is_one_clear_error(tmp_path, line, code):
    from conflictkg import InputError
    from conflictkg._relations import PredicateLexicon
    bad = tmp_path / "bad.jsonl"
    bad.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        PredicateLexicon.load([bad])
    assert err.value.code == code and str(bad) in str(err.value)


def test_the_lexicon_examples_are_read(extractor):
    """Every lexicon entry's own example, through the whole extractor: the share read right is
    held at its floor (a ratchet; the misses are listed when it drops). An example fails where
    the actor stage does not find or name an invented actor, or the parse hides the construction."""
    from conflictkg._read import Article
    from conflictkg._relations import PredicateLexicon
    from conflictkg._vocab import norm_name
    entries = [e for e in PredicateLexicon.load().entries if e.example]
    results = extractor.extract([Article(id=str(i), text=e.example["text"]) for i, e in enumerate(entries)])
    misses = []
    for e, (_, linked, readings) in zip(entries, results, strict=True):
        want = (norm_name(e.example["subject"]), e.coarse, norm_name(e.example["object"]))
        got = {(norm_name(s), COARSE[r.predicate], norm_name(o)) for r in readings if r.status != "Denied"
               for s in linked.actors[r.subject].names for o in linked.actors[r.object].names}
        if want not in got:
            misses.append(f"{e.lemma}/{e.frame}: {e.example['text']}")
    rate = 1 - len(misses) / len(entries)
    assert rate >= EXAMPLE_FLOOR, f"{rate:.3f} < {EXAMPLE_FLOOR}:\n" + "\n".join(misses)


EXAMPLE_FLOOR = 0.88


def test_the_extraction_doc_is_generated_from_the_lexicon_and_constructions():
    import subprocess
    import sys
    from pathlib import Path
    script = Path(__file__).resolve().parents[1] / "scripts" / "extraction_docs.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True)
    assert done.returncode == 0, "docs/extraction.md is stale: run python scripts/extraction_docs.py --fast"


@pytest.mark.parametrize("text,wrong", [
    # the small model tags "repel" as a noun here: the third party is no object of "helped"
    ("Hezbollah helped the Ombra Movement repel Ankara.", ("Hezbollah", S, "Turkey")),
    ("Turkey helped the GNA repel Haftar's offensive.", ("Turkey", S, "Khalifa Haftar")),
    # a place named after "where" is no object of the clause
    ("Russia sent fighters to Mali, where the Wagner Group fights the JNIM.", ("Wagner Group", O, "Mali")),
])
def test_near_misses_of_broken_parses(read_sentences, text, wrong):
    linked, readings = read_sentences(text)
    assert wrong not in triples_of(linked, readings)


@pytest.mark.parametrize("text,expected", [
    # told from Nairobi about Kenya: an unknown prime minister is Kenya's
    ("Kenyan talks stall\n\nNAIROBI, May 3 — Kenya's parliament met on Friday. Kenya's police were deployed. "
     "Prime Minister Tomas Relvani said the talks had failed.", {("Tomas Relvani", R, "Kenya")}),
])
def test_a_bare_title_belongs_to_the_state_of_the_dateline(read_sentences, text, expected):
    _check(read_sentences, text, expected)


def test_a_dateline_abroad_gives_no_home_state(read_sentences):
    text = ("Sudanese rivals sign truce\n\nNAIROBI, May 3 — The two Sudanese factions signed a truce in the "
            "Kenyan capital. Prime Minister Tomas Relvani said the fighting would stop.")
    linked, readings = read_sentences(text)
    assert ("Tomas Relvani", R, "Kenya") not in triples_of(linked, readings)


def test_a_fronted_participle_belongs_to_the_noun_before_its_comma(read_sentences):
    text = "Under the deal, announced in Nairobi and co-sponsored by France, Kenyan forces will pull back."
    linked, readings = read_sentences(text)
    assert ("France", S, "Armed forces of Kenya") not in triples_of(linked, readings)
    assert ("France", S, "Kenya Defence Forces") not in triples_of(linked, readings)
