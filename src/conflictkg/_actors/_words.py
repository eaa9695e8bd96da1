"""The actor stage's word lists, read from ``ontology/lexicon/actors.json`` (data, not code)."""
from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from .._resources import ontology_dir


@cache
def _data() -> dict:
    return json.loads((ontology_dir() / "lexicon" / "actors.json").read_text(encoding="utf-8"))


def words(key: str) -> frozenset[str]:
    return frozenset(_data()[key])


@cache
def _predicate_rows() -> tuple[dict, ...]:
    """The relation lexicon's rows (``predicates.jsonl``), read once for every view below."""
    path = ontology_dir() / "lexicon" / "predicates.jsonl"
    return tuple(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


@cache
def predicate_words() -> dict[str, frozenset[str]]:
    """The relation lexicon's nouns and adjectives by frame: a place-name that is the party of one
    ("a proxy of X", "loyal to X") acts as an actor."""
    out: dict[str, set[str]] = {}
    for row in _predicate_rows():
        out.setdefault(f"{row['pos']}:{row['frame']}", set()).add(row["lemma"])
    return {k: frozenset(v) for k, v in out.items()}


@cache
def relation_words(pos: str, relation: str) -> frozenset[str]:
    """The relation lexicon's lemmas of one part of speech for one relation: ('NOUN', 'fights') ->
    attack, ambush, shelling, offensive ..."""
    return frozenset(r["lemma"] for r in _predicate_rows() if r["pos"] == pos and r.get("relation") == relation)


@cache
def combat_nouns() -> frozenset[str]:
    """Event nouns of fighting ("strike", "raid", "offensive"): "strikes on X" may be on a town;
    "sanctions on X" or "pressure on X" are on a party."""
    return relation_words("NOUN", "fights")


@cache
def predicate_preps() -> dict[str, frozenset[str]]:
    """Verb lemma -> the prepositions that introduce its party in the relation lexicon
    ("stand behind X", "side with X", "fight against X")."""
    out: dict[str, set[str]] = {}
    for row in _predicate_rows():
        if row["pos"] == "VERB":
            out.setdefault(row["lemma"], set()).update(row.get("preps", ()))
    return {k: frozenset(v) for k, v in out.items()}


@cache
def model_words(model_path) -> frozenset[str]:
    """The lower-case words of a spaCy model's own string table (``vocab/strings.json``, the words it
    was trained on), read from disk so that texts the pipeline has read add nothing; empty without one."""
    if model_path is None:
        return frozenset()
    path = Path(model_path) / "vocab" / "strings.json"
    if not path.is_file():
        return frozenset()
    return frozenset(w for w in json.loads(path.read_text(encoding="utf-8")) if w.isalpha() and w.islower())


def descriptions() -> dict[str, tuple[str, ...]]:
    """Definite-description heads ("the group", "the junta") -> the actor types they can stand for."""
    return {k: tuple(v) for k, v in _data()["descriptions"].items()}


PARTICLES = words("name_particles")
ARMED_ORG_HEADS = words("org_heads_armed")
GOVERNMENT_ORG_HEADS = words("org_heads_government")
NEUTRAL_ORG_HEADS = words("org_heads_neutral")
NAME_HEADS = words("name_heads")
ORG_HEADS = ARMED_ORG_HEADS | GOVERNMENT_ORG_HEADS | NEUTRAL_ORG_HEADS
FOREIGN_GROUP_WORDS = words("foreign_group_words")
ARMED_FOREIGN_WORDS = words("foreign_armed_words")
ARMED_PERSONNEL = words("armed_personnel")
ARMED_ADJECTIVES = words("armed_adjectives")
ARMED_VERBS = words("armed_verbs")
GOVERNMENT_VERBS = words("government_verbs")
LEADER_VERBS = words("leader_verbs")
LEADER_PARTICIPLES = words("leader_by_participles")
ROLE_NOUNS = words("role_nouns")
PERSON_NOUNS = words("person_nouns")
RELATIVES = words("relatives")
PLACE_NOUNS = words("place_nouns")
PLACE_PREPOSITIONS = words("place_prepositions")
MEDIA_NOUNS = words("media_nouns")
MEDIA_WORDS = words("media_words")
ETHNIC_CUES = words("ethnic_cues")
NOT_NAMES = words("not_names")
ALIAS_MARKERS = words("alias_markers")
ACRONYM_NOUNS = words("acronym_nouns")
DESCRIPTIONS = descriptions()


def plural_descriptions() -> dict[str, tuple[str, ...]]:
    """Plural descriptions of a set named before ("the juntas", "the two factions", "both armed
    groups", "the warring sides") -> the actor types every member of the set must have."""
    return {k: tuple(v) for k, v in _data()["plural_descriptions"].items()}


PLURAL_DESCRIPTIONS = plural_descriptions()
# plurals too common to stand for a set on their own: "the two sides", "the warring parties", not "the parties"
PLURAL_DESCRIPTIONS_COUNTED = words("plural_descriptions_counted")
PLURAL_DESCRIPTION_MODIFIERS = words("plural_description_modifiers")
COUNT_WORDS: dict[str, int] = dict(_data()["count_words"])
# "rebel positions", "separatist camps", "rebel-held towns": a group noun used as a modifier of ground
# it holds stands for the group, as "the rebels" does (modifier -> the description it reads as)
MODIFIER_DESCRIPTIONS: dict[str, str] = dict(_data()["modifier_descriptions"])
HELD_GROUND_NOUNS = words("held_ground_nouns")
GROUP_PERSONNEL_NOUNS = words("group_personnel_nouns")  # "rebel fighters", "cartel gunmen", "militia convoys"
GROUND_HOLDING_PARTICIPLES = words("ground_holding_participles")
# "his alliance", "her movement", "his men": with a person's possessive, the armed group the article
# says that person leads ("P leads / heads / commands G")
POSSESSED_GROUP_NOUNS = words("possessed_group_nouns")
# "the X Movement", "the Union for Y": an unknown one a state backs is a client in the fighting (armed)
CLIENT_ORG_HEADS = words("client_org_heads")
LEADING_VERBS = words("leading_verbs")
LED_GROUP_NOUNS = words("group_nouns_led")
NOT_ACTOR_HEADS = words("not_actor_heads")
APPOSITIVE_NOT_ARMED = words("appositive_not_armed")
PEOPLE_NOUNS = words("people_nouns")
CODE_NAME_MARKERS = words("code_name_markers")
COMPASS_WORDS = words("compass_words")
WEAPON_NOUNS = words("weapon_nouns")
# "F-16", "MiG-21", "T-72", "S-400": letters, a hyphen and a number name a weapon's model, never an actor
MODEL_DESIGNATIONS = tuple(re.compile(p) for p in _data()["model_designation_shapes"])


def is_model_designation(text: str) -> bool:
    return any(p.match(text.lower()) for p in MODEL_DESIGNATIONS)
WEAPON_VERBS = words("weapon_verbs")
ARMS_NOUNS = words("arms_nouns")
ARMING_VERBS = words("arming_verbs")
MILITARY_AID_MODIFIERS = words("military_aid_modifiers")
ARMS_TRANSFER_VERBS = words("arms_transfer_verbs")
ATTACK_NOUNS = words("attack_nouns")
HEADLINE_BREAK_WORDS = words("headline_break_words")
APPOINTING_VERBS = words("appointing_verbs")
ADDRESS_VERBS = words("address_verbs")
CREED_WORDS = words("creed_words")
STATE_NAME_WORDS = words("state_name_words")
FORMAL_STATE_HEADS = words("formal_state_heads")
FORMAL_STATE_MODIFIERS = words("formal_state_modifiers")
SOVEREIGN_STATE_HEADS = words("formal_state_heads_sovereign")
ARMED_NOUNS_BEFORE_NAME = words("armed_nouns_before_name")
STATE_NAME_ENDINGS = tuple(sorted(words("state_name_endings")))


def formal_state_name(text: str) -> str | None:
    """The short name inside a state's formal name: 'Republic of Valdoria' -> 'Valdoria', 'the Islamic
    Emirate of Qaradin' -> 'Qaradin', 'Democratic Republic of the Congo' -> 'Congo'; else None."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if "of" not in words:
        return None
    k = words.index("of")
    pre, rest = words[:k], words[k + 1:]
    if rest and rest[0].lower() == "the":
        rest = rest[1:]
    heads = [" ".join(pre[i:]).lower() for i in range(len(pre))]
    head = next((h for h in heads if h in FORMAL_STATE_HEADS), None)
    if head is None or any(w.lower() not in FORMAL_STATE_MODIFIERS for w in pre[:len(pre) - len(head.split())]):
        return None
    if not 1 <= len(rest) <= 3 or not all(w[:1].isupper() for w in rest) or rest[-1].lower() in ORG_HEADS:
        return None  # (not "Republic of X Football Association")
    return " ".join(rest)


def sovereign_state_name(text: str) -> str | None:
    """The short name inside a formal name only a sovereign state bears: 'the Republic of Ostrava',
    'the Federal Republic of Marovia', 'the Kingdom of Dalmor' -> the short name; not 'the Islamic
    Emirate of X' or 'the Islamic State of X' (a regime's or an armed group's name as often)."""
    short = formal_state_name(text)
    if short is None:
        return None
    pre = text.removeprefix("the ").split(" of ")[0].lower().split()
    return short if pre and (pre[-1] in SOVEREIGN_STATE_HEADS or " ".join(pre[-2:]) in SOVEREIGN_STATE_HEADS) else None


STATE_NOUNS = words("state_nouns")
STATE_OWNED_NOUNS = words("state_owned_nouns")
STATE_OWNED_WEAK = words("state_owned_weak")
PLACE_OBJECT_VERBS = words("place_object_verbs")
PLACE_SUBJECT_VERBS = words("place_subject_verbs")
MOTION_VERBS = words("motion_verbs")
MOTION_OBJECT_VERBS = words("motion_object_verbs")
PARTY_PREPOSITIONS = words("party_prepositions")
PLACE_PARTS = words("place_parts")
RECEIVE_VERBS = words("receive_verbs")
NAMING_VERBS = words("naming_verbs")
PLACE_ARMED_HEADS = words("place_armed_heads")
MULTINATIONAL_FORCE_HEADS = words("multinational_force_heads")
POLICE_NOUNS = words("police_nouns")
IRREGULAR_FORCE_NOUNS = words("irregular_force_nouns")
HIRED_NOUNS = words("hired_nouns")
GENERIC_DESCRIPTION_HEADS = words("generic_description_heads")
NAME_HEAD_NOT_ANAPHORS = words("name_head_not_anaphors")
# words for one kind of body: "a private firm" is "the company" later
DESCRIPTION_KIN: dict[str, frozenset[str]] = {w: frozenset(g) - {w} for g in _data()["description_kin"] for w in g}
STATE_FORCE_HEADS = words("state_force_heads")
STATE_FORCE_NAMES = words("state_force_names")
NATIONAL_FORCE_NAMES = words("national_force_names")
HOME_ARMY_NOUNS = words("home_army_nouns")
PEACEKEEPER_NOUNS = words("peacekeeper_nouns")
HEAD_OF_STATE_TITLES = words("head_of_state_titles")
LEADER_ROLE_NOUNS = words("leader_role_nouns")
MINISTRY_NOUNS = words("ministry_nouns")
FORMING_VERBS = words("forming_verbs")
OFFICER_NOUNS = words("officer_nouns")
FORMED_GOVERNMENT_MODIFIERS = words("formed_government_modifiers")
LOCAL_ARMED_NOUNS = words("local_armed_nouns")
STATE_RULER_HEADS = words("state_ruler_heads")
ATTACKER_HEADS = words("attacker_heads")
