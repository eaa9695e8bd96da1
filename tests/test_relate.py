import pytest

from conftest import triples_of

S, O, R = "supports", "opposes", "official_of"


@pytest.mark.parametrize("text,expected", [
    ("Turkey backs the Government of National Accord.", {("Turkey", S, "Government of National Accord")}),
    ("The Government of National Accord is backed by Turkey, Qatar and Italy.",
     {(x, S, "Government of National Accord") for x in ("Turkey", "Qatar", "Italy")}),
    ("The GNA, backed by Turkey, repelled the attack.", {("Turkey", S, "Government of National Accord")}),
    ("The Rwanda-backed M23 seized the town.", {("Rwanda", S, "March 23 Movement")}),
    ("Fighting goes on with the Rwanda-backed M23.", {("Rwanda", S, "March 23 Movement")}),
    ("The government receives aid from Qatar and Turkey.", set()),
    ("Somalia receives weapons from Turkey.", {("Turkey", S, "Somalia")}),
    ("The UAE, Egypt and other foreign powers provided the LNA with drones.", {(x, S, "Libyan National Army") for x in ("United Arab Emirates", "Egypt")}),
    ("Russia sent mercenaries to fight alongside the LNA.", {("Russia", S, "Libyan National Army")}),
    ("Iran has become the main supporter of the Houthis.", {("Iran", S, "Houthis")}),
    ("Russia's support for Haftar grew.", {("Russia", S, "Khalifa Haftar")}),
    ("Qatar, which also backs the GNA, voiced concern.", {("Qatar", S, "Government of National Accord")}),
    ("Britain is sending cruise missiles to Ukraine.", {("United Kingdom", S, "Ukraine")}),
    ("Canada became the first country to send Ukraine armoured vehicles.", {("Canada", S, "Ukraine")}),
    ("The Wagner Group arrived in 2021 to back the Malian army.", {("Wagner Group", S, "Armed forces of Mali")}),
    # a hyphenated word is one word when counting the words between verb and object
    ("Iran, alongside Syria and Iraq, backs the long-standing Shia-led Hezbollah.",
     {(x, S, "Hezbollah") for x in ("Iran", "Syria", "Iraq")}),
    # a state acts through "the <demonym> government"
    ("Qatar has given the Somali government drones and funds.", {("Qatar", S, "Somalia")}),
    # "Turkish-backed forces" are forces Turkey backs, not Turkey's own
    ("Turkish-backed forces shelled the port.", {("Turkey", S, "Turkish-backed forces")}),
    # an alliance runs both ways
    ("The Zambian-backed fighters allied with the Somali National Army last year.",
     {("Zambian-backed fighters", S, "Somali National Army"), ("Somali National Army", S, "Zambian-backed fighters")}),
    # accusations assert what the accuser says
    ("Ruto accuses the Sudanese government of arming the Janjaweed militia.",
     {("Sudan", S, "Janjaweed")}),
    ("The Kenyan army carried out raids in support of Somali troops.",
     {("Armed forces of Kenya", S, "Somali National Army")}),
    ("Boko Haram pledged allegiance to the Islamic State in 2015.", {("Boko Haram", S, "Islamic State")}),
    ("MONUSCO draws its troops from India, Pakistan and Bangladesh.",
     {(x, S, "MONUSCO") for x in ("India", "Pakistan", "Bangladesh")}),
    ("Rwanda is among the largest contributors to MINUSCA.",
     {("Rwanda", S, "MINUSCA")}),
    ("The Danab brigade, a commando unit equipped by the United States, raided the camp.", {("United States", S, "Danab")}),
    ("Troops from Chad and Niger arrived to reinforce Mali's army against the JNIM.",
     {("Chad", S, "Armed forces of Mali"), ("Niger", S, "Armed forces of Mali")}),
])
def test_relate_support_constructions(read_sentences, text, expected):
    linked, readings = read_sentences(text)
    got = {t for t in triples_of(linked, readings) if t[1] == S}
    assert expected <= got


@pytest.mark.parametrize("text,expected", [
    ("Al-Shabaab attacked Kenya.", {("al-Shabaab", O, "Kenya")}),
    ("Kenya was attacked by al-Shabaab.", {("al-Shabaab", O, "Kenya")}),
    ("France condemned Turkey.", {("France", O, "Turkey")}),
    ("Ankara said Haftar's militia must withdraw from the port.", {("Turkey", O, "Libyan National Army")}),
    ("The M23, which clashed with Burundian units last month, denied it.",
     {("March 23 Movement", O, "Armed forces of Burundi"), ("Armed forces of Burundi", O, "March 23 Movement")}),
    ("ECOWAS imposed sanctions on Mali.", {("Economic Community of West African States", O, "Mali")}),
    ("The Somali National Army launched an offensive against al-Shabaab.", {("Somali National Army", O, "al-Shabaab")}),
    ("The foreign ministers of Greece and Cyprus condemned Turkey's plans to drill offshore.",
     {("Greece", O, "Turkey"), ("Cyprus", O, "Turkey")}),
    ("Ibrahim Kalin said a truce required Haftar's fighters to withdraw eastwards.",
     {("Ibrahim Kalin", O, "Libyan National Army")}),
    ("\"The airport should be evacuated by the LNA,\" Sergei Lavrov said.", {("Sergei Lavrov", O, "Libyan National Army")}),
    ("The Government of National Accord (GNA) repelled Haftar's attack.", {("Government of National Accord", O, "Khalifa Haftar")}),
])
def test_relate_opposition_constructions(read_sentences, text, expected):
    linked, readings = read_sentences(text)
    assert expected <= triples_of(linked, readings)


@pytest.mark.parametrize("text,expected", [
    ("Kenya's Foreign Minister Musalia Mudavadi spoke.", ("Musalia Mudavadi", R, "Kenya")),
    ("Egypt's foreign minister Sameh Shukry arrived.", ("Sameh Shoukry", R, "Egypt")),
    ("Turkish President Recep Tayyip Erdogan spoke.", ("Recep Tayyip Erdogan", R, "Turkey")),
    ("Iran's foreign minister, Hossein Amirabdollahian, spoke.", ("Hossein Amirabdollahian", R, "Iran")),
    ("Belarus, led by Alexander Lukashenko, allowed the move.", ("Alexander Lukashenko", R, "Belarus")),
    ("Josep Borrell, the European Union's foreign policy chief, spoke.", ("Josep Borrell", R, "European Union")),
])
def test_relate_official_roles(read_sentences, text, expected):
    linked, readings = read_sentences(text)
    assert expected in triples_of(linked, readings)


def test_relate_official_role_title_is_recorded(read_sentences):
    linked, readings = read_sentences("Egypt's Foreign Minister Sameh Shukry spoke.")
    [r] = [r for r in readings if r.predicate == "officialOf"]
    assert r.role == "foreign minister"


@pytest.mark.parametrize("text,expected", [
    ("AMISOM was created in 2007. It operates alongside Somali National Army units against al-Shabaab.", {
        ("African Union Mission in Somalia", S, "Somali National Army"),
        ("African Union Mission in Somalia", O, "al-Shabaab"),
        ("Somali National Army", O, "al-Shabaab")}),
    ("Malian troops are fighting together with Wagner Group members against the JNIM.", {
        ("Armed forces of Mali", S, "Wagner Group"), ("Armed forces of Mali", O, "Jama'at Nusrat al-Islam wal-Muslimin"),
        ("Wagner Group", O, "Jama'at Nusrat al-Islam wal-Muslimin")}),
])
def test_relate_fighting_alongside_against_and_pronoun_subjects(read_sentences, text, expected):
    linked, readings = read_sentences(text)
    got = triples_of(linked, readings)
    assert expected <= got
    # fighting together with an ally is no fight against it
    assert not {t for t in got if t[1] == O and {t[0], t[2]} == {e[0] for e in expected if e[1] == S} | {e[2] for e in expected if e[1] == S}}


def test_relate_troops_from_states_oppose_the_enemy_of_the_force_they_reinforce(read_sentences):
    linked, readings = read_sentences("Troops from Chad and Niger arrived to reinforce Mali's army against the JNIM.")
    enemy = "Jama'at Nusrat al-Islam wal-Muslimin"
    assert {("Chad", O, enemy), ("Niger", O, enemy), ("Armed forces of Mali", O, enemy)} <= triples_of(linked, readings)


def test_relate_hyphen_compound_modifier_is_not_an_argument(read_sentences):
    # "the UN-recognised government": the UN is no party to the alliance
    linked, readings = read_sentences("Militias allied with the UN-recognised government attacked the port.")
    assert not {t for t in triples_of(linked, readings) if "United Nations" in (t[0], t[2])}


def test_relate_own_forces_are_not_backed_forces(read_sentences):
    # in 2020 "the Libyan government" was the GNA: its forces, not Turkey's backed ones
    linked, readings = read_sentences("Turkish forces fought Libyan government forces near the city.", "2020-07-22")
    assert ("Turkish Armed Forces", O, "Government of National Accord forces") in triples_of(linked, readings)


def test_relate_possessive_object_stops_at_a_clause(read_sentences):
    linked, readings = read_sentences("France condemned Turkey's plans to send troops to Libya.")
    assert ("France", O, "Turkey") in triples_of(linked, readings)
    assert ("France", O, "Libya") not in triples_of(linked, readings)


def test_relate_passive_argument_inside_a_phrase_is_not_the_subject(read_sentences):
    linked, readings = read_sentences("The eastern administration, backed by Haftar's forces, is supported by Egypt.")
    assert ("Egypt", S, "Libyan National Army") not in triples_of(linked, readings)


def test_relate_adviser_serves_principals_state(read_sentences):
    linked, readings = read_sentences(
        "Turkish President Recep Tayyip Erdogan met aides. Ibrahim Kalin, Erdogan's top security adviser, spoke.")
    assert ("Ibrahim Kalin", R, "Turkey") in triples_of(linked, readings)


@pytest.mark.parametrize("text,status", [
    ("Russia does not back the LNA.", "Denied"),
    ("Russia denies backing the LNA.", None),
    ("Egypt could send troops to the LNA if talks fail.", "Hedged"),
    ("Will Turkey back the GNA?", "Hedged"),
])
def test_relate_denials_and_hedges_are_not_asserted(read_sentences, text, status):
    linked, readings = read_sentences(text)
    assert not {t for t in triples_of(linked, readings) if t[1] == S}
    if status:
        assert any(r.status == status for r in readings)


def test_relate_reported_speech_records_speaker(read_sentences):
    linked, readings = read_sentences("Ibrahim Kalin said on Tuesday that Russia backs the LNA.")
    [r] = [r for r in readings if r.predicate == "supports"]
    assert r.speaker is not None and linked.actors[r.speaker].label == "Ibrahim Kalin"


def test_relate_pronoun_speaker_is_never_someone_named_later(read_sentences):
    linked, readings = read_sentences("He said Russia backs the LNA. Later Ibrahim Kalin spoke to reporters.")
    [r] = [r for r in readings if r.predicate == "supports"]
    assert r.speaker is None


def test_relate_confidence_is_measured_per_construction():
    import json
    from pathlib import Path

    from conflictkg._relations import CONSTRUCTIONS, confidence_of
    measured = json.loads((Path(__file__).resolve().parents[1] / "src" / "conflictkg" / "rule_confidence.json")
                          .read_text())["rules"]
    for rule_id, m in measured.items():
        assert confidence_of(rule_id) == m["confidence"]
        assert 0 < m["confidence"] < 1 and m["right"] <= m["used"]
    for c in CONSTRUCTIONS.values():
        assert 0 < confidence_of(c.id) < 1 and c.description


# -- constructions added for issue #4: each on sentences written for the test -------------------
US, GNA, LNA = "United States", "Government of National Accord", "Libyan National Army"


@pytest.mark.parametrize(("text", "expected"), [
    ("Along with Qatar, the GNA is backed by Italy.", {("Qatar", S, GNA), ("Italy", S, GNA)}),
    ("The UN-recognised government in Tripoli is backed by Turkey.", {("United Nations", S, GNA), ("Turkey", S, GNA)}),
    ("Officials praised ATMIS, whose Kenyan and Ugandan contingents left in May.",
     {("Kenya", S, "African Union Transition Mission in Somalia"), ("Uganda", S, "African Union Transition Mission in Somalia")}),
    ("Belgian drone deliveries to Ukraine continued.", {("Belgium", S, "Ukraine")}),
    ("A batch of Iranian missiles had gone to the Houthis.", {("Iran", S, "Houthis")}),
    ("Hezbollah received a shipment of Iranian rockets.", {("Iran", S, "Hezbollah")}),
    ("Washington remains Israel's biggest military backer.", {(US, S, "Israel")}),
    ("Analysts see the Arakan Army as supportive of the NUG.", {("Arakan Army", S, "National Unity Government")}),
    ("Ansar al-Sunna, a movement that allied itself with the Islamic State in 2019, attacked the town.",
     {("Ansar al-Sunna", S, "Islamic State")}),
    ("Syria, led by Russian ally Bashar al-Assad, hosted the talks.",
     {("Bashar al-Assad", S, "Russia"), ("Russia", S, "Bashar al-Assad")}),
    ("Belarus allowed Russian forces to stage the attack from its soil.", {("Belarus", S, "Russian Armed Forces")}),
    ("The Wagner Group spearheaded Russia's assault on the city.", {("Wagner Group", S, "Russia")}),
    ("The Brotherhood Alliance, which brings together the Arakan Army, the TNLA and the MNDAA, attacked.",
     {(a, S, b) for a in ("Arakan Army", "Ta'ang National Liberation Army", "Myanmar National Democratic Alliance Army")
      for b in ("Arakan Army", "Ta'ang National Liberation Army", "Myanmar National Democratic Alliance Army") if a != b}),
    ("KIA fighters and the PDF jointly seized the camp.",
     {("Kachin Independence Army", S, "People's Defence Forces"), ("People's Defence Forces", S, "Kachin Independence Army")}),
    ("The NUG founded the People's Defence Forces in 2021.", {("National Unity Government", S, "People's Defence Forces")}),
    ("Mozambican troops said they had retaken the port with Rwandan help.", {("Rwanda", S, "Mozambique Armed Defence Forces")}),
    ("SAMIM's mission, led by Botswana, started in July.",
     {("Botswana", S, "Southern African Development Community Mission in Mozambique")}),
    ("Rwanda began sending soldiers in July at the request of Mozambique.", {("Rwanda", S, "Mozambique")}),
    ("The Houthis rely heavily on Iran for missiles.", {("Iran", S, "Houthis")}),
    ("France said it was sending howitzers to Ukraine.", {("France", S, "Ukraine")}),
    ("Russian mercenaries are fighting alongside the LNA.", {("Russian mercenaries", S, LNA)}),
    # a gerund's subject inside a phrase is still its subject
    ("Monitors reported instances of Congolese soldiers fighting together with FDLR units.",
     {("Armed Forces of the Democratic Republic of the Congo", S, "Democratic Forces for the Liberation of Rwanda")}),
    ("The Houthis had bought and received a large shipment of Iranian cruise missiles.", {("Iran", S, "Houthis")}),
])
def test_relate_support_constructions_more(read_sentences, text, expected):
    linked, readings = read_sentences(text, "2020-07-22")
    assert expected <= {t for t in triples_of(linked, readings) if t[1] == S}


@pytest.mark.parametrize(("text", "expected"), [
    ("The GNA vowed to retake Sirte from the LNA.", {(GNA, O, LNA)}),
    ("The GNA vowed to retake Sirte from the rival LNA.", {(GNA, O, LNA), (LNA, O, GNA)}),
    ("The Somali army pushed al-Shabaab out of the town.", {("Somali National Army", O, "al-Shabaab")}),
    ("France, Greece and Cyprus reiterated their firm opposition to Turkey's drilling plans.",
     {("France", O, "Turkey"), ("Greece", O, "Turkey"), ("Cyprus", O, "Turkey")}),
    ("William Ruto said Yoweri Museveni had violated the border accord.", {("William Ruto", O, "Yoweri Museveni")}),
    ("Russia pounded Ukrainian cities overnight.", {("Russia", O, "Ukraine")}),
    ("Russia has meanwhile shelled Ukrainian towns.", {("Russia", O, "Ukraine")}),
    # the possessor of the attack is its agent, not the clause's subject
    ("The Wagner Group led Russia's assault on Ukrainian troops.", {("Russia", O, "Armed Forces of Ukraine")}),
    ("Uganda's conduct has drawn criticism from Kinshasa and Washington.",
     {("Democratic Republic of the Congo", O, "Uganda"), (US, O, "Uganda")}),
    ("The offensive against the ADF has been led by the UPDF.", {("Uganda People's Defence Force", O, "Allied Democratic Forces")}),
    ("Kenyan troops crossed into Somalia to pursue al-Shabaab.", {("Armed forces of Kenya", O, "al-Shabaab")}),
    ("The Wagner Group flew attack helicopters against JNIM.", {("Wagner Group", O, "Jama'at Nusrat al-Islam wal-Muslimin")}),
    ("Paul Kagame last week accused Congolese Defence Minister Guy Kabombo of lying.", {("Paul Kagame", O, "Guy Kabombo")}),
])
def test_relate_opposition_constructions_more(read_sentences, text, expected):
    linked, readings = read_sentences(text, "2020-07-22")
    assert expected <= triples_of(linked, readings)


@pytest.mark.parametrize(("text", "wrong"), [
    ("The accord that Turkey struck with the GNA angered Greece.", ("Turkey", O, GNA)),
    ("The M23 offensive against Goma derailed UN talks.", ("March 23 Movement", O, "United Nations")),
    ("Russia protected the junta's generals at the United Nations.", ("Russia", S, "United Nations")),
    ("The jets flew from Moscow to al-Jufra.", ("Russia", S, "al-Jufra")),
    # the small model parses "repel" as a noun here: no support for the owner of the offensive
    ("Turkey helped the GNA repel Haftar's offensive.", ("Turkey", S, "Khalifa Haftar")),
])
def test_relate_near_misses_are_no_statements(read_sentences, text, wrong):
    linked, readings = read_sentences(text, "2020-07-22")
    assert wrong not in triples_of(linked, readings)


@pytest.mark.parametrize(("text", "expected"), [
    ("President Emmanuel Macron spoke.", {("Emmanuel Macron", R, "France")}),
    ("After talks between presidents Xi Jinping and Vladimir Putin, both left.",
     {("Xi Jinping", R, "China"), ("Vladimir Putin", R, "Russia")}),
    ("Libya's Gen. Khalifa Haftar met the envoy.", {("Khalifa Haftar", R, LNA)}),
    ("The Ruto government denied it.", {("William Ruto", R, "Kenya")}),
    ("Lloyd Austin heads the Ukraine Defense Contact Group.", {("Lloyd Austin", R, "Ukraine Defense Contact Group")}),
    ("The ADF pledged allegiance to the Islamic State and is led by Musa Baluku.", {("Musa Baluku", R, "Allied Democratic Forces")}),
    ("Warlord Khalifa Haftar's militia withdrew.", {("Khalifa Haftar", R, LNA)}),
    ("Khalifa Haftar, whose forces hold the east, met envoys.", {("Khalifa Haftar", R, LNA)}),
    ("The Wagner Group, the private army of Yevgeny Prigozhin, withdrew.", {("Yevgeny Prigozhin", R, "Wagner Group")}),
    ("Kenyan President William Ruto and his Ugandan counterpart, Yoweri Museveni, met in Kampala.",
     {("William Ruto", R, "Kenya"), ("Yoweri Museveni", R, "Uganda")}),
    ("Prime Minister Fayez al-Sarraj's government rejected the plan.", {("Fayez al-Sarraj", R, GNA)}),
    ("French Foreign Minister Jean-Yves Le Drian called.", {("Jean-Yves Le Drian", R, "France")}),
])
def test_relate_official_roles_more(read_sentences, text, expected):
    linked, readings = read_sentences(text, "2020-07-22")
    got = triples_of(linked, readings)
    assert expected <= got
    assert ("Khalifa Haftar", R, "Libya") not in got  # a general of the group he commands, not of the state


def test_relate_plain_possessive_forces_give_no_role(read_sentences):
    # "Haftar's forces" names the group, but says nothing of his office in it
    linked, readings = read_sentences("Haftar's forces withdrew from the port.")
    assert ("Khalifa Haftar", R, LNA) not in triples_of(linked, readings)
