"""The relation reader, construction by construction: each on sentences written for the test,
with at least three predicates of the lexicon, and with invented actors as well as real ones."""
import json

import pytest

from conflictkg._vocab import COARSE
from conftest import assert_reads as _check
from conftest import triples_of

S, O, R = "supports", "opposes", "official_of"
KLF, NRM = "Karsa Liberation Front", "Nkosi Resistance Movement"


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


def _both_ways(a, b):
    return {(a, S, b), (b, S, a)}


@pytest.mark.parametrize("text,parties", [
    ("Valdoria, Tamaria and Marovia signed a mutual defence pact on Sunday.", ("Valdoria", "Tamaria", "Marovia")),
    ("The military rulers of Valdoria, Tamaria and Marovia signed a treaty binding them into a confederation.",
     ("Valdoria", "Tamaria", "Marovia")),
    ("The leaders of Valdoria and Tamaria formed an alliance last year.", ("Valdoria", "Tamaria")),
    ("Valdoria and the Karsa Liberation Front entered into an alliance.", ("Valdoria", KLF)),
])
def test_pact_signers_back_each_other(read_sentences, text, parties):
    _check(read_sentences, text, {t for a in parties for b in parties if a != b for t in _both_ways(a, b)})


@pytest.mark.parametrize("text,a,b", [
    ("Valdoria signed a mutual defence agreement with Tamaria.", "Valdoria", "Tamaria"),
    (f"Valdoria concluded a security accord with the {KLF}.", "Valdoria", KLF),
    (f"The {NRM} forged a pact with the {KLF}.", NRM, KLF),
])
def test_pact_with_a_partner_is_mutual(read_sentences, text, a, b):
    _check(read_sentences, text, _both_ways(a, b))


@pytest.mark.parametrize("text", [
    "Valdoria and Tamaria signed a peace agreement.",
    f"Valdoria and the {KLF} signed a ceasefire agreement in March.",
    "Valdoria signed a peace treaty with Tamaria.",
    "Valdoria and Tamaria signed a trade deal.",
    "Valdoria and Tamaria signed an agreement on fishing rights.",
    "Valdoria and Tamaria discussed a defence pact.",
])
def test_settlements_and_other_deals_are_no_pact(read_sentences, text):
    linked, readings = read_sentences(text)
    assert not {t for t in triples_of(linked, readings) if t[1] == S}, text


@pytest.mark.parametrize("text,a,b", [
    (f"The {NRM}, alongside the {KLF}, attacked the town.", NRM, KLF),
    (f"Kenyan soldiers patrol the border, often together with the {KLF}.", "Armed forces of Kenya", KLF),
    (f"The {NRM} killed dozens of rebels, along with the {KLF}.", NRM, KLF),
    (f"The assault was repelled by the {NRM} together with the {KLF}.", NRM, KLF),
])
def test_fighting_side_by_side_is_mutual_support(read_sentences, text, a, b):
    _check(read_sentences, text, _both_ways(a, b))


@pytest.mark.parametrize("text,wrong", [
    # acting together in diplomacy is not fighting on one side
    ("Valdoria, along with Tamaria, condemned the coup.", ("Valdoria", S, "Tamaria")),
    # a verb whose own entry takes "alongside" reads one way only
    (f"The {NRM} fought alongside the {KLF}.", (KLF, S, NRM)),
])
def test_side_by_side_near_misses(read_sentences, text, wrong):
    linked, readings = read_sentences(text)
    assert wrong not in triples_of(linked, readings)


@pytest.mark.parametrize("verb", ["armed", "trained", "equipped"])
def test_a_purpose_clause_belongs_to_the_object_and_its_apposition(read_sentences, verb):
    text = f"Tomas Relvani has {verb} tens of thousands of civilian auxiliaries, the {KLF}, to take on the {NRM}."
    linked, readings = read_sentences(text)
    got = triples_of(linked, readings)
    assert ("Tomas Relvani", S, KLF) in got and (KLF, O, NRM) in got, got
    assert ("Tomas Relvani", O, KLF) not in got


@pytest.mark.parametrize("verb", ["shore", "prop"])
def test_a_verb_with_a_particle_is_a_verb(read_sentences, verb):
    _check(read_sentences, f"Valdoria and Tamaria {verb} up the {KLF}.", {("Valdoria", S, KLF), ("Tamaria", S, KLF)})


@pytest.mark.parametrize("text,a,b", [
    ("Valdoria agreed to normalise relations with Tamaria.", "Valdoria", "Tamaria"),
    ("The president announced a deal for Kenya to normalise relations with Chad.", "Kenya", "Chad"),
    (f"Valdoria normalized ties with the {KLF} in 2020.", "Valdoria", KLF),
])
def test_normalising_relations_is_mutual_and_for_to_names_the_subject(read_sentences, text, a, b):
    _check(read_sentences, text, _both_ways(a, b))
    linked, readings = read_sentences(text)
    assert not any(t[0] == "president" for t in triples_of(linked, readings))


@pytest.mark.parametrize("verb", ["shore up", "back", "arm"])
def test_a_clause_opened_by_as_in_a_headline_has_its_own_subject(read_sentences, verb):
    text = f"Rebels repelled at gates of the capital as Kenya and Chad {verb} the {KLF}"
    linked, readings = read_sentences(text)
    got = triples_of(linked, readings)
    assert {("Kenya", S, KLF), ("Chad", S, KLF)} <= got, got


@pytest.mark.parametrize("text,expected", [
    ("Kenya recognised Chadian sovereignty over the disputed region.", ("Kenya", S, "Chad")),
    ("Washington's recognition of Chadian sovereignty over the region angered its rivals.",
     ("United States", S, "Chad")),
    ("Kenya endorsed Chadian independence.", ("Kenya", S, "Chad")),
    ("Kenya rejected Chadian sovereignty over the region.", ("Kenya", O, "Chad")),
])
def test_a_state_claim_stands_for_its_state(read_sentences, text, expected):
    _check(read_sentences, text, {expected})


@pytest.mark.parametrize("text", [
    "Tomas Relvani has drawn on the {g} to hold the north.",
    "Tomas Relvani drew heavily on the {g} during the siege.",
])
@pytest.mark.parametrize("group", [KLF, NRM])
def test_drawing_on_a_force_is_its_support(read_sentences, text, group):
    _check(read_sentences, text.format(g=group), {(group, S, "Tomas Relvani")})


@pytest.mark.parametrize("verb", ["serve", "operate"])
def test_contingents_serving_alongside_support_the_mission(read_sentences, verb):
    text = (f"Some 800 Kenyan soldiers {verb} in the Halden Stabilisation Mission, alongside smaller "
            "contingents from Jamaica, Guatemala and Chad.")
    linked, readings = read_sentences(text)
    got = triples_of(linked, readings)
    if verb == "serve":
        assert {(s, S, "Halden Stabilisation Mission") for s in ("Jamaica", "Guatemala", "Chad")} <= got, got
    # those who serve side by side are not thereby each other's backers
    assert ("Jamaica", S, "Chad") not in got and ("Chad", S, "Jamaica") not in got


@pytest.mark.parametrize("verb", ["flew", "sent", "dispatched"])
@pytest.mark.parametrize("asked", ["at the government's request", "at the request of the authorities"])
def test_help_sent_to_a_capital_at_the_government_s_request(read_sentences, verb, asked):
    _check(read_sentences, f"Russia {verb} 300 military instructors to Nairobi in December {asked}.",
           {("Russia", S, "Kenya")})


def test_flying_over_a_place_is_no_transfer(read_sentences):
    linked, readings = read_sentences("Russia flew two jets over Nairobi on Friday.")
    assert ("Russia", S, "Kenya") not in triples_of(linked, readings)


@pytest.mark.parametrize("umbrella", ["an umbrella", "a coalition", "a network"])
@pytest.mark.parametrize("verb", ["aligned", "backed"])
def test_an_umbrella_of_factions_is_the_body_itself(read_sentences, umbrella, verb):
    text = f"The {KLF}, {umbrella} of Iran-{verb} factions, claimed the strike."
    expected = (KLF, S, "Iran") if verb == "aligned" else ("Iran", S, KLF)
    _check(read_sentences, text, {expected})


@pytest.mark.parametrize("noun,expected", [
    ("al-Qaeda's affiliate in the region", (KLF, S, "al-Qaeda")),
    ("a close ally of Chad", (KLF, S, "Chad")),
    ("Chad's main proxy", ("Chad", S, KLF)),
])
def test_a_relational_noun_after_a_name_and_comma_is_its_apposition(read_sentences, noun, expected):
    _check(read_sentences, f"Kenya is battling the {KLF} (KLF), {noun}, whose insurgency has spread.", {expected})
    _check(read_sentences, f"Kenya attacked the {KLF}, {noun}, on Monday.", {expected})


def test_a_relational_noun_after_a_comma_needs_a_name_before_it(read_sentences):
    linked, readings = read_sentences("Kenya attacked the town, a close ally of Chad said.")
    assert not {t for t in triples_of(linked, readings) if t[2] == "Chad" and t[0] != "Chad"}


@pytest.mark.parametrize("noun", ["ally", "backer", "patron"])
@pytest.mark.parametrize("word,status", [("supposed", "Hedged"), ("alleged", "Hedged"), ("possible", "Hedged"),
                                         ("former", "Denied")])
def test_a_noun_s_own_words_hedge_or_deny_it(read_sentences, noun, word, status):
    text = f"Chad and its {word} {noun} Kenya held joint drills."
    linked, readings = read_sentences(text)
    expected = ("Kenya", S, "Chad")
    assert expected in triples_of(linked, readings, status), [(r.status, r.subject) for r in readings]
    assert expected not in triples_of(linked, readings)


@pytest.mark.parametrize("verb", ["operating", "deployed", "fought"])
def test_acting_alongside_a_force_supports_it(read_sentences, verb):
    text = {"operating": f"Chad was accused of operating alongside the {KLF}.",
            "deployed": f"Russian contractors deployed alongside the {KLF}.",
            "fought": f"Wagner contractors have guarded the president and fought alongside the {KLF} since 2018."}[verb]
    linked, readings = read_sentences(text)
    assert any(t[1] == S and t[2] == KLF for t in triples_of(linked, readings, "Asserted")), text


def test_fighting_together_with_is_mutual(read_sentences):
    _check(read_sentences, f"Kenyan troops were seen fighting together with {NRM} members against the rebels.",
           _both_ways("Armed forces of Kenya", NRM))


@pytest.mark.parametrize("doc,verb,relation", [("proclamation", "recognising", S), ("decree", "banning", O),
                                               ("statement", "condemning", O)])
def test_the_signer_of_a_document_does_what_it_says(read_sentences, doc, verb, relation):
    _check(read_sentences, f"Kenya issued a {doc} {verb} the {KLF}.", {("Kenya", relation, KLF)})


@pytest.mark.parametrize("noun,prep", [("contributors", "to"), ("allies", "of"), ("backers", "of")])
def test_one_of_the_backers(read_sentences, noun, prep):
    _check(read_sentences, f"Kenya remains one of the main {noun} {prep} the {KLF}.", {("Kenya", S, KLF)})


@pytest.mark.parametrize("unit", ["brigades", "battalions"])
def test_paying_for_units_of_a_force(read_sentences, unit):
    _check(read_sentences, f"Qatar pays for several {unit} of the {KLF}.", {("Qatar", S, KLF)})
    linked, readings = read_sentences("Kenya paid for the weapons.")
    assert not triples_of(linked, readings)


@pytest.mark.parametrize("text", [
    "Kenya welcomed Tomas Relvani and his family on humanitarian grounds.",
    "Kenya, which said it had welcomed Tomas Relvani on humanitarian grounds, declined to comment.",
    "Kenya granted asylum to Tomas Relvani.",
    "Kenya gave sanctuary to Tomas Relvani.",
])
def test_taking_someone_in_is_support(read_sentences, text):
    _check(read_sentences, text, {("Kenya", S, "Tomas Relvani")})


@pytest.mark.parametrize("text", ["Kenya welcomed Tomas Relvani to Nairobi on Monday.",
                                  "Kenya welcomed the decision on Monday."])
def test_a_welcome_alone_is_no_support(read_sentences, text):
    linked, readings = read_sentences(text)
    assert not {t for t in triples_of(linked, readings) if t[1] == S}


@pytest.mark.parametrize("arms", ["Ugandan tanks, helicopter gunships and jets", "Ugandan artillery",
                                  "Ugandan warplanes"])
def test_weapons_of_a_state_in_use_name_its_forces(read_sentences, arms):
    _check(read_sentences, f"The {KLF}, backed by {arms}, retook the town.",
           {("Uganda People's Defence Force", S, KLF)})


def test_money_of_a_state_names_the_state(read_sentences):
    _check(read_sentences, f"The {KLF}, backed by Qatari money, expanded.", {("Qatar", S, KLF)})


@pytest.mark.parametrize("text", [
    f"Kenya sent two jets over the capital in a show of solidarity with the {KLF}.",
    f"Kenya dispatched a frigate as a gesture of support for the {KLF}.",
    f"Kenya's show of solidarity with the {KLF} surprised its neighbours.",
])
def test_a_show_of_support_is_the_shower_s_support(read_sentences, text):
    _check(read_sentences, text, {("Kenya", S, KLF)})


def test_a_show_of_support_by_another_is_theirs(read_sentences):
    linked, readings = read_sentences(f"Kenya condemned the show of support for the {KLF} by Chad.")
    got = triples_of(linked, readings)
    assert ("Chad", S, KLF) in got and ("Kenya", S, KLF) not in got


@pytest.mark.parametrize("verb", ["have fought beside", "have fought alongside"])
def test_fighters_of_a_named_outfit_are_that_outfit(read_sentences, verb):
    text = f"Fighters of the Russian mercenary outfit Wagner, who arrived in 2021, {verb} the {KLF}."
    linked, readings = read_sentences(text)
    got = triples_of(linked, readings)
    assert ("Wagner Group", S, KLF) in got and not any(t[0] == "Russian Armed Forces" for t in got), got


@pytest.mark.parametrize("verb,relation", [("arm", S), ("fund", S), ("condemn", O)])
@pytest.mark.parametrize("refusal", ["refused to {v}", "declined to {v}", "stopped {v}ing"])
def test_a_refused_or_stopped_act_is_denied(read_sentences, verb, relation, refusal):
    phrase = refusal.format(v=verb)
    _check(read_sentences, f"Kenya {phrase} the {KLF}.", {("Kenya", relation, KLF)}, "Denied")


def test_the_negated_signing_of_a_decree_denies_what_it_says(read_sentences):
    _check(read_sentences, f"Kenya never signed a decree recognising the {KLF}.", {("Kenya", S, KLF)}, "Denied")


@pytest.mark.parametrize("text,a,b", [
    (f"Kenya and the allied {KLF} attacked the town.", "Kenya", KLF),
    (f"The {NRM} and the allied {KLF} negotiated the truce.", NRM, KLF),
    (f"The {NRM} and the {KLF}, allied since 1990, took the port.", NRM, KLF),
])
def test_allied_next_to_a_partner_makes_allies(read_sentences, text, a, b):
    _check(read_sentences, text, _both_ways(a, b))


def test_allied_alone_names_no_partner(read_sentences):
    linked, readings = read_sentences(f"Kenya attacked the allied {KLF}.")
    assert ("Kenya", S, KLF) not in triples_of(linked, readings)


@pytest.mark.parametrize("verbs", ["harbouring and financing", "arming and financing", "arming and training"])
def test_an_accusation_of_coordinated_gerunds(read_sentences, verbs):
    text = f"Kenya accused Chad of {verbs} the {KLF}."
    linked, readings = read_sentences(text)
    got = triples_of(linked, readings)
    assert ("Chad", S, KLF) in got and ("Kenya", O, "Chad") in got, got



@pytest.mark.parametrize("verb,relation", [("backs", S), ("arms", S), ("attacks", O), ("condemns", O)])
def test_a_speaker_the_parser_took_for_a_second_object_is_none(read_sentences, verb, relation):
    # "A <verb> B, and C's minister, D, said so": D is the speaker of "said", not a second object
    text = f"Valdoria {verb} the {KLF}, and Ostrand's foreign minister, Ilsa Varga, said so on Monday."
    linked, readings = read_sentences(text)
    got = triples_of(linked, readings)
    assert ("Valdoria", relation, KLF) in got
    assert not {t for t in got if t[2] in ("Ilsa Varga", "Ostrand") and t[0] == "Valdoria"}
    # a real coordinated object stays one
    _check(read_sentences, f"Valdoria {verb} the {KLF} and the {NRM}, officials said.",
           {("Valdoria", relation, KLF), ("Valdoria", relation, NRM)})


@pytest.mark.parametrize("participle", ["aligned", "allied", "affiliated"])
@pytest.mark.parametrize("party,label", [("Russia", "Russia"), ("Moscow", "Russia"), ("Valdoria", "Valdoria")])
def test_a_passive_stance_states_its_subjects_side(read_sentences, participle, party, label):
    # "X is aligned with Y": the participle's subject takes the stance; a capital there is its state
    linked, readings = read_sentences(f"Valdoria's foreign minister spoke. The {KLF} is {participle} with {party}.")
    assert (KLF, S, label) in triples_of(linked, readings)


@pytest.mark.parametrize("text", ["Rebels clashed with troops in Tripoli.", "The offensive against Tripoli stalled.",
                                  "The Karsa Liberation Front was attacked with mortars near Tripoli."])
def test_a_capital_fought_over_stays_a_city(read_sentences, text):
    linked, readings = read_sentences(text)
    assert not {t for t in triples_of(linked, readings) if "Libya" in (t[0], t[2])}


@pytest.mark.parametrize("text,relation", [
    (f"Kenya gave no support to the {KLF}.", S),
    (f"Kenya provided no weapons to the {KLF}.", S),
    (f"Kenya has given no military aid to the {KLF}.", S),
    (f"Kenya sent no troops to help the {KLF}.", S),
    (f"Kenya fired no shots at the {KLF}.", O),
])
def test_a_transfer_of_nothing_is_denied(read_sentences, text, relation):
    _check(read_sentences, text, {("Kenya", relation, KLF)}, "Denied")


@pytest.mark.parametrize("text,relation", [
    (f"Kenya left no doubt that it backs the {KLF}.", S),  # "no" on another verb's object
    (f"Kenya gave the {KLF} weapons and no apology.", S),   # "no" on a second object
    (f"Kenya sent troops to help the {KLF} with no delay.", S),
])
def test_no_elsewhere_in_the_sentence_denies_nothing(read_sentences, text, relation):
    _check(read_sentences, text, {("Kenya", relation, KLF)})
