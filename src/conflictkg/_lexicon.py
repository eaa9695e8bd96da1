"""Word lists the link and relate stages share. Lower-case; multi-word entries allowed."""
from __future__ import annotations

# Titles that make a named person an official. Longest first, so that
# "foreign minister" wins over "minister" when both match.
TITLES = sorted({
    "president", "vice president", "acting president", "prime minister", "premier", "chancellor",
    "foreign minister", "defence minister", "defense minister", "interior minister", "minister",
    "deputy prime minister", "secretary of state", "defence secretary", "defense secretary",
    "foreign secretary", "secretary", "secretary-general", "secretary general", "king", "emir", "crown prince",
    "sultan", "general", "gen.", "lt. gen.", "maj. gen.", "brig. gen.", "major general", "lieutenant general",
    "brigadier general", "senior general", "field marshal", "marshal", "colonel", "col.", "admiral",
    "commander", "chief", "army chief", "foreign policy chief", "foreign affairs chief", "leader",
    "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "security adviser",
    "national security adviser", "ambassador", "envoy", "special envoy", "special rapporteur",
    "rapporteur", "head", "chairman", "chairwoman", "chair", "governor", "warlord", "dictator",
    "autocrat", "strongman", "ruler", "top diplomat", "diplomat", "counterpart", "minister of foreign affairs",
    "minister of defence", "minister of defense", "chief of staff", "chief of the general staff",
}, key=lambda t: (-len(t.split()), t))
TITLE_WORDS = {w for t in TITLES for w in t.split()}

# Nouns for a body of armed men: "Haftar's forces", "Mozambican troops".
FORCE_NOUNS = {"forces", "force", "troops", "army", "military", "soldiers", "militia", "militias",
               "fighters", "contingent", "militants", "units", "armed forces", "navy", "air force"}

# Head words that type an unknown organisation from its own name.
ARMED_HEADS = {"army", "forces", "force", "militia", "brigade", "brigades", "battalion", "regiment",
               "guard", "guards", "rebels", "front", "movement", "mujahideen", "jihad", "legion",
               "commandos", "corps", "division", "squad", "unit", "units", "group"}
GOVERNMENT_HEADS = {"government", "administration", "council", "junta", "cabinet", "parliament",
                    "ministry", "authority", "authorities", "presidency", "assembly"}
# Words after a name that type it: "the Danab brigade", "Macawisley militia", "M23 rebels".
ARMED_CUES = ARMED_HEADS | {"fighters", "militants", "insurgents", "insurgency", "mercenaries",
                            "jihadists", "paramilitaries", "paramilitary", "rebellion", "rebel"}

SPEECH_VERBS = {"say", "tell", "state", "claim", "insist", "add", "note", "announce", "declare",
                "warn", "accuse", "argue", "allege", "confirm", "stress", "assert", "write", "tweet"}
