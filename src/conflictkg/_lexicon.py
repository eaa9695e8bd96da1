"""Word lists the actor and relation stages share, loaded from ``ontology/lexicon/`` (data, not code).

- ``titles.jsonl``: titles and ranks, each with its kind (state office, military, org role, honorific);
- ``nouns.json``: noun classes (forces, heads that type a group, aid that can be sent);
- ``status.json``: the words that make a reading denied or hedged, and speech verbs.
"""
from __future__ import annotations

import json
from functools import cache

from ._resources import ontology_dir


def _lexicon_file(name: str):
    return ontology_dir() / "lexicon" / name


@cache
def titles() -> dict[str, str]:
    """Title (lower case, as written) -> kind: state | military | org | honorific."""
    out = {}
    with _lexicon_file("titles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                out[row["title"]] = row["kind"]
    return out


@cache
def _titles_where(key: str, value: object = True) -> frozenset[str]:
    """The titles of titles.jsonl whose field ``key`` is ``value``."""
    out = set()
    with _lexicon_file("titles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                if row.get(key) == value:
                    out.add(row["title"])
    return frozenset(out)


def monarch_titles() -> frozenset[str]:
    """Titles marked ``"monarch": true`` in titles.jsonl (king, emir ...): held only in monarchies, so
    never guessed from the state an article is told from."""
    return _titles_where("monarch")


def regional_titles() -> frozenset[str]:
    """Titles marked ``"regional": true`` (governor, mayor): offices of a province or a city, never of the
    state an article is told from."""
    return _titles_where("regional")


def nationality_titles() -> frozenset[str]:
    """Titles marked ``"nationality": true`` (diplomat ...): after a demonym they tell a nationality,
    not whose office it is ("the Brazilian diplomat X")."""
    return _titles_where("nationality")


def whole_only_titles() -> frozenset[str]:
    """Titles marked ``"whole_only": true``: multi-word ranks whose words are no title cue alone."""
    return _titles_where("whole_only")


def army_titles() -> frozenset[str]:
    """Titles marked ``"body": "armed_forces"`` (army chief, army commander ...): with no owner named,
    an office in the armed forces of the state the title is read for."""
    return _titles_where("body", "armed_forces")


@cache
def nouns() -> dict[str, frozenset[str]]:
    data = json.loads(_lexicon_file("nouns.json").read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in data.items() if not k.startswith("_")}


@cache
def status_words() -> dict[str, frozenset[str]]:
    data = json.loads(_lexicon_file("status.json").read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in data.items() if not k.startswith("_")}


# Titles that make a named person an official (honorifics do not). Longest first, so that
# "foreign minister" wins over "minister" when both match.
TITLES = sorted((t for t, kind in titles().items() if kind != "honorific"), key=lambda t: (-len(t.split()), t))
# the words of titles, each a cue of a title on its own; a rank marked "whole_only" ("group captain",
# "wing commander") is a title only whole, its words ("group", "wing", "flight") name other things
TITLE_WORDS = {w for t in TITLES if t not in whole_only_titles() for w in t.split()}
HONORIFICS = frozenset(t for t, kind in titles().items() if kind == "honorific")
STATE_TITLES = tuple(t for t, kind in titles().items() if kind == "state")
COMMAND_TITLES = tuple(t for t, kind in titles().items() if kind == "military")

FORCE_NOUNS = nouns()["force"]
ARMED_HEADS = nouns()["armed_head"]
GOVERNMENT_HEADS = nouns()["government_head"]
ARMED_CUES = nouns()["armed_cue"]
AID_NOUNS = nouns()["aid"]
SPEECH_VERBS = status_words()["speech_verbs"]
