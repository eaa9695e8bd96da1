"""Stage 4, relate: read supports / opposes / officialOf statements from linked sentences.

Each sentence is rewritten as a sequence of lower-cased words in which every
actor mention is one symbol (``@3``; a demonym is ``%3``). Rules are regular
expressions over that sequence, so that "backed by Turkey, Qatar and Italy"
matches one rule and expands to three statements, whatever the parser made of
the list. The dependency parse then decides each reading's status (asserted,
denied, hedged) and who said it. Add a rule by appending a ``Rule`` to RULES.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.tokens import Span, Token

from ._lexicon import SPEECH_VERBS, TITLES
from ._actors import LinkedDoc, Mention, title_before

# One actor, perhaps with its acronym in brackets: "Government of National Accord (GNA)".
# (not the modifier of a hyphen compound: "the UN-recognised government" is no mention of the UN)
ACT = r"@\d+(?![\d]| - )(?: \( @\d+ \))?"
# A list of actors: "Turkey, Qatar and Italy".
ACTS = rf"{ACT}(?:(?: ,(?: and| or| as well as| alongside| along with)?| and| or| as well as| alongside| along with| together with| plus)(?: the)? {ACT})*"
# "Chad, Niger and other neighbouring states have sent ...": the vague rest is not an actor.
OTHERS = r"(?: and (?:other|several|some|many) (?:[a-z-]+ ){0,2}?(?:powers|countries|states|nations|governments|allies|partners|members))?"
# An aside between subject and verb: "Somali troops, backed by Turkey, attacked ..."
ASIDE = r"(?: ,(?: [^ ,]+){1,10} ,)?"
ADV = r"(?: (?:has|have|had|does|do|did|also|is|are|was|were|been|being|long|now|already|still|not|n't|reportedly|allegedly|openly|both|all|jointly|,|which|who|that|to|will|would|continued to|continue to|continues to|denies|denied|deny|denying|could|may|might|should|must|will|can|[a-z]+ly|meanwhile|last week|last month|last year|this week|this month|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)))"

SUPPORT_VERBS = {
    "back": "supports", "support": "supports", "aid": "supports", "assist": "supports", "help": "supports",
    "reinforce": "supportsMilitarily", "arm": "supportsMilitarily", "train": "supportsMilitarily",
    "equip": "supportsMilitarily", "supply": "supportsMilitarily", "protect": "supportsMilitarily",
    "defend": "supportsMilitarily", "fund": "supportsFinancially", "finance": "supportsFinancially",
    "bankroll": "supportsFinancially", "recognise": "supportsPolitically", "recognize": "supportsPolitically",
    "endorse": "supportsPolitically", "shield": "supportsPolitically", "sponsor": "supports",
    "ally": "alliedWith", "shelter": "supportsMilitarily", "harbour": "supportsMilitarily",
    "harbor": "supportsMilitarily",
}
OPPOSE_VERBS = {
    "fight": "fights", "attack": "fights", "battle": "fights", "bomb": "fights", "strike": "fights",
    "shell": "fights", "invade": "fights", "target": "fights", "topple": "fights", "oust": "fights",
    "repel": "fights", "pound": "fights", "assault": "fights", "besiege": "fights", "ambush": "fights",
    "overrun": "fights", "kill": "fights", "clash": "fights", "skirmish": "fights", "raid": "fights", "confront": "fights", "pursue": "fights",
    "condemn": "condemns", "reject": "condemns", "oppose": "opposes", "accuse": "condemns",
    "blame": "condemns", "denounce": "condemns", "criticise": "condemns", "criticize": "condemns",
    "threaten": "threatens", "warn": "threatens", "sanction": "sanctions", "designate": "sanctions",
}
AID_NOUNS = r"(?:troops|fighters|soldiers|weapons|arms|missiles|tanks|drones|aircraft|warplanes|jets|fighter jets|mercenaries|ammunition|aid|money|funds|equipment|rockets|artillery|munitions|advisers|instructors|forces|contingent|battalions?|police officers|helicopters|gunships|systems|assistance|support|backing|help|loans?|shells|vehicles|advice|training|intelligence|logistics|howitzers|guns|air defences|air defenses|logistical support|air support|protection|air cover|fuel)"


def _forms(lemmas) -> str:
    """Inflected forms of each verb lemma, as one regex alternation."""
    forms = set()
    irregular = {"fight": ["fought"], "strike": ["struck"], "overrun": ["overran"], "shell": ["shelled"],
                 "repel": ["repelled"], "equip": ["equipped", "equipping"], "arm": ["armed"], "bankroll": ["bankrolled"], "target": ["targeted"]}
    for v in lemmas:
        stem = v[:-1] if v.endswith("e") else v
        forms |= {v, v + "s", stem + "ed", stem + "ing", v + "es", *irregular.get(v, [])}
        if v.endswith("y"):
            forms |= {v[:-1] + "ies", v[:-1] + "ied"}
    return "(?:" + "|".join(sorted(map(re.escape, forms), key=len, reverse=True)) + ")"


SUP = _forms(SUPPORT_VERBS)
OPP = _forms(OPPOSE_VERBS)
TITLE_RE = "(?:" + "|".join(re.escape(t) for t in TITLES) + ")"
# Offices of a state: a bare "President X" holds one in X's own state.
STATE_TITLES = ("president", "vice president", "prime minister", "premier", "chancellor", "foreign minister",
                "defence minister", "defense minister", "interior minister", "finance minister", "minister",
                "secretary of state", "defence secretary", "defense secretary", "foreign secretary", "king",
                "emir", "crown prince", "sultan", "dictator", "autocrat", "strongman", "ruler")
# Military ranks: a bare "General X" commands the group the gazetteer says X commands.
COMMAND_TITLES = ("general", "gen.", "lt. gen.", "maj. gen.", "major general", "lieutenant general",
                  "senior general", "field marshal", "marshal", "commander", "warlord")


def _plural(title: str) -> str:
    """'presidents Erdogan and Putin', 'foreign ministers X and Y', 'gens.'"""
    if title.endswith("."):
        return title[:-1] + "s."
    return title.replace("minister", "ministers") if "minister" in title else title + "s"


BARE_TITLE_RE = "(?:" + "|".join(re.escape(x) for t in sorted(STATE_TITLES + COMMAND_TITLES, key=len, reverse=True)
                                 for x in (_plural(t), t)) + ")"
# A word in a gap, also a hyphen compound on an actor ("the UN-backed ..."): "X backs the UN-recognised Y".
W = r"(?:[@%]\d+ - )?[a-z-]+"
MOD = r"(?:(?:top|senior|chief|acting|former|then|new|deputy|foreign|defence|defense|interior|security|national|special|military|army|policy|affairs|state|general|un|u.n.|longtime|renegade|eastern-based|self-styled|-|based) )*"


@dataclass(frozen=True)
class Rule:
    id: str
    pattern: re.Pattern
    relation: str  # supports | opposes | official_of (the family)
    confidence: float  # measured precision on annotated articles (see docs/evaluation.md)
    subject_in_phrase: bool = False  # the subject follows a preposition ("backed by X", "ally of X")
    description: str = ""


def _r(rule_id, pattern, relation, confidence, description, subject_in_phrase=False) -> Rule:
    return Rule(rule_id, re.compile(pattern), relation, confidence, subject_in_phrase, description)


# The rules as written, with their author's prior confidence.
AUTHORED_RULES: list[Rule] = [
    # -- support
    _r("support-active", rf"(?P<s>{ACTS}){OTHERS}{ASIDE}(?: ,)?{ADV}{{0,4}} (?P<v>{SUP})(?! by)(?: the| its| their| his)?(?: (?!(?:at|in|on|from|into|during|after|before|near|over|under|across|through|since|until|inside|outside)\b){W}){{0,3}}? (?P<o>{ACTS})",
       "supports", 0.85, "X backs Y; X, which backs Y; Russia, alongside Egypt, back Y"),
    _r("support-passive", rf"(?P<o>{ACTS})(?: (?:brigade|unit|units|militia|militias|forces|troops|army|group|rebels|fighters))?(?: , (?:an?|the)(?: [a-z-]+){{1,4}}?)?(?: , (?:backed|supported|armed|funded|led) by(?: [^ ,]+){{1,8}} ,)?(?: ,)?{ADV}{{0,4}} (?P<v>{SUP}) by(?: the)?(?: [a-z-]+){{0,4}}? (?P<s>{ACTS})",
       "supports", 0.9, "Y is backed by X; Y, backed by X", subject_in_phrase=True),
    _r("support-hyphen", rf"(?P<s>[@%]\d+) - (?P<v>{SUP})(?: [a-z-]+){{0,2}}? (?P<o>@\d+)",
       "supports", 0.9, "the X-backed Y"),
    _r("support-receive", rf"(?P<o>{ACTS})(?: ,)?{ADV}{{0,3}} (?P<v>receives|received|receiving|gets|got|getting|obtains|obtained|(?:relies|relied|relying|depends|depended|depending)(?: [a-z]+ly)? on)(?: [a-z$0-9,.-]+){{0,5}}? (?:{AID_NOUNS} )?(?:from|on)(?: the)?(?: [a-z-]+){{0,2}}? (?P<s>{ACTS})",
       "supports", 0.85, "Y receives aid from X; Y relies on X", subject_in_phrase=True),
    _r("support-noun", rf"(?P<s>{ACTS})(?: [a-z,-]+){{0,6}}? (?:as |is |was |a |an |the |key |main |major |chief |biggest |principal |staunch |close |top |military |foreign |political |regional )+(?P<v>supporter|backer|ally|patron|sponsor|supporters|backers|allies|patrons) of(?: the)? (?P<o>{ACTS})",
       "supports", 0.85, "X has become a leading supporter of Y"),
    _r("support-possessive-backer", rf"(?P<o>@\d+) 's (?:[a-z-]+ ){{0,3}}(?P<v>backer|supporter|ally|patron|backers|supporters|allies|patrons)(?: ,)? (?P<s>{ACTS})",
       "supports", 0.8, "Y's main backer X", subject_in_phrase=True),
    _r("support-nominal", rf"(?P<s>@\d+) 's (?:[a-z-]+ ){{0,2}}(?P<v>support|backing|aid|assistance|help) (?:for|to) (?:the )?(?P<o>{ACTS})",
       "supports", 0.85, "X's support for Y"),
    _r("support-provide", rf"(?P<s>{ACTS}){OTHERS}{ADV}{{0,4}}(?:(?: [a-z-]+){{1,5}} to)? (?P<v>provided|provides|providing|provide|supplied|supplies|supplying|gave|given|gives|giving|sent|sends|sending|send|delivered|delivers|delivering|pledged|pledges|pledging|shipped|transferred|sold|sells|deployed|deploys|deploying|promised|offered)(?: the| its| their| his)? (?P<o>{ACTS}) (?:with )?(?:[a-z$0-9,.-]+ ){{0,4}}?{AID_NOUNS}",
       "supports", 0.85, "X provided Y with weapons; X sends Y missiles"),
    _r("support-send-to", rf"(?P<s>{ACTS}){OTHERS}{ADV}{{0,4}}(?:(?: [a-z-]+){{1,5}} to)? (?P<v>provided|provides|providing|provide|supplied|supplies|supplying|gave|gives|giving|sent|sends|sending|send|delivered|delivers|delivering|pledged|pledges|pledging|shipped|transferred|sold|sells|deployed|deploys|deploying|promised|committed|commits)(?: [a-z$0-9,.-]+){{0,6}}? {AID_NOUNS}(?: [a-z$0-9.-]+){{0,3}}? (?:to|for)(?: the| help| support| back)? (?P<o>{ACTS})",
       "supports", 0.8, "X sent troops to Y; X is sending missiles to Y"),
    _r("support-purpose", rf"(?P<s>{ACTS})(?: [^@%\s]+){{1,10}}? to (?P<v>back|support|help|reinforce|assist|aid|defend|protect|train|arm|equip)(?: the| its| their)? (?P<o>{ACTS})",
       "supports", 0.7, "X arrived in the region to back Y"),
    _r("support-alongside", rf"(?P<s>{ACTS})(?: [a-z,-]+){{0,8}}? (?P<v>fight|fights|fought|fighting|deployed|operating|operate|operates|serving|battling) (?:alongside|together with)(?: the)? (?P<o>{ACTS})",
       "supports", 0.85, "X fights alongside Y"),
    _r("oppose-alongside-against", rf"(?P<s>{ACTS})(?: [a-z,-]+){{0,6}}? (?P<v>fight|fights|fought|fighting|battle|battles|battled|battling|operating|operates|operate|serving|serves|deployed) (?:alongside|together with|with)(?: the)? {ACTS}(?: [a-z-]+){{0,4}}? against(?: the)? (?P<o>{ACTS})",
       "opposes", 0.8, "X fights alongside Y against Z (X opposes Z)"),
    _r("oppose-ally-against", rf"(?:fight|fights|fought|fighting|battle|battles|battled|battling|operating|operates|operate|serving|serves|deployed) (?:alongside|together with|with)(?: the)? (?P<s>{ACTS})(?: [a-z-]+){{0,4}}? (?P<v>against)(?: the)? (?P<o>{ACTS})",
       "opposes", 0.8, "X fights alongside Y against Z (Y opposes Z)", subject_in_phrase=True),
    _r("support-accused-of", rf"(?:accuse|accuses|accused|accusing) (?:the )?(?P<s>{ACTS}) of (?:[a-z]+ )?(?P<v>{SUP})(?: and [a-z]+ing)?(?: the| its| their)? (?P<o>{ACTS})",
       "supports", 0.8, "A accuses X of backing Y (X supports Y, attributed to A)"),
    _r("support-in-support-of", rf"(?P<s>{ACTS})(?: [^@%\s]+){{1,14}}? in (?P<v>support) of(?: the)? (?P<o>{ACTS})",
       "supports", 0.7, "X carried out strikes in support of Y"),
    _r("support-with-help-of", rf"(?P<o>{ACTS})(?: [^@%\s]+){{1,12}}? with (?:the )?(?P<v>help|support|backing|assistance|aid) of(?: the)? (?P<s>{ACTS})",
       "supports", 0.7, "Y retook the towns with the help of X", subject_in_phrase=True),
    _r("support-allegiance", rf"(?P<s>{ACTS})(?: [a-z-]+){{0,3}}? (?P<v>pledged|pledges|pledging|swore|swears|sworn|declared|declares) (?:its |their |his )?(?:allegiance|loyalty) to(?: the)? (?P<o>{ACTS})",
       "supports", 0.85, "X pledged allegiance to Y"),
    _r("support-draws-troops", rf"(?P<o>{ACT})(?: [^%\s]+){{0,20}}? (?P<v>draws|drew|drawn|draw|recruits|recruited) (?:its |their )?(?:troops|soldiers|forces|contingents|personnel|peacekeepers|fighters) from(?: the)? (?P<s>{ACTS})",
       "supports", 0.85, "the mission draws its troops from A, B and C", subject_in_phrase=True),
    _r("support-contributor", rf"(?P<s>{ACTS})(?: [^%\s]+){{0,14}}? (?P<v>contributors?|contributes|contributed|contributing) (?:troops |soldiers |forces )?to(?: the)? (?P<o>{ACTS})",
       "supports", 0.8, "X is among the largest contributors to the mission Y"),
    _r("support-troops-from", rf"(?:troops|soldiers|forces|contingents|peacekeepers|units) from(?: the)? (?P<s>{ACTS})(?: [^@%\s]+){{1,10}}? to (?P<v>back|support|help|reinforce|assist|aid|defend|protect|train|bolster)(?: the| its| their)? (?P<o>{ACTS})",
       "supports", 0.8, "troops from A and B arrived to reinforce Y"),
    _r("oppose-troops-from", rf"(?:troops|soldiers|forces|contingents|peacekeepers|units) from(?: the)? (?P<s>{ACTS})(?: [^@%\s]+| @\d+(?: 's)?){{1,14}}? (?P<v>against)(?: the)? (?P<o>{ACTS})",
       "opposes", 0.75, "troops from A and B were sent to help Y against Z (A and B oppose Z)"),
    _r("oppose-reinforced-against", rf"(?:reinforce|reinforcing|reinforced|bolster|bolstering|support|supporting|help|helping|back|backing|assist|assisting)(?: the)? (?P<s>{ACT})(?: 's [a-z]+)?(?: in (?:its|their) (?:fight|war|battle|campaign))? (?P<v>against)(?: the)? (?P<o>{ACTS})",
       "opposes", 0.75, "... to reinforce Y against Z (Y opposes Z)"),
    _r("support-ally-apposition", rf"(?P<o>@\d+) , (?:a |an |the )?(?:key |close |main |staunch )?(?P<v>ally|backer|supporter|patron) of (?P<s>{ACTS})",
       "supports", 0.8, "Y, a close ally of X", subject_in_phrase=True),
    _r("support-relies-on", rf"(?P<o>{ACTS}){ADV}{{0,3}} (?P<v>relies|relied|relying|rely|depends|depended|depending|depend)(?: [a-z]+ly)? on(?: the)? (?P<s>{ACTS})",
       "supports", 0.8, "Y relies heavily on X and Z for weapons", subject_in_phrase=True),
    _r("support-whose-contingents", rf"(?P<o>@\d+) , whose (?P<s>%\d+(?:(?: ,| and| , and) %\d+)*) (?P<v>contingents|contingent|troops|soldiers|units|battalions|forces)",
       "supports", 0.8, "the force Y, whose Kenyan and Ugandan contingents ... (the states support Y)"),
    _r("support-demonym-deliveries", rf"(?P<s>%\d+) (?:[a-z-]+ ){{0,2}}(?P<v>deliveries|shipments|supplies|arms|weapons|drones|missiles|aid|support|assistance|funding)(?: [a-z]+ing)? (?:to|for)(?: the)? (?P<o>{ACTS})",
       "supports", 0.75, "Iranian drone deliveries to Russia"),
    _r("support-demonym-gone-to", rf"(?P<s>%\d+) (?:[a-z-]+ ){{0,2}}{AID_NOUNS} (?:had |have |has )?(?:been )?(?P<v>gone|went|sent|delivered|shipped|transferred|arrived|supplied) (?:to|in)(?: the)? (?P<o>{ACTS})",
       "supports", 0.75, "Belgian shells had gone to Ukraine"),
    _r("support-receive-demonym", rf"(?P<o>{ACTS}){ADV}{{0,4}} (?:[a-z]+ ){{0,3}}?(?:and )?(?P<v>received|receives|receiving|acquired|bought|purchased)(?: [a-z0-9-]+){{0,4}} of (?P<s>%\d+) (?:[a-z-]+ ){{0,2}}{AID_NOUNS}",
       "supports", 0.7, "Y received a shipment of North Korean rockets"),
    _r("support-possessive-backer-predicate", rf"(?P<s>{ACTS}){ADV}{{0,3}} (?:is|was|are|were|remains|remained|became|becomes|as) (?P<o>@\d+) 's (?:[a-z-]+ ){{0,3}}(?P<v>backer|supporter|ally|patron|sponsor|backers|supporters|allies|patrons|partner)",
       "supports", 0.8, "X remains Y's biggest backer"),
    _r("support-supportive", rf"(?P<s>{ACTS})(?: [a-z]+)? (?:as|is|was|are|were|remains|remained|became)(?: [a-z]+ly)? (?P<v>supportive|allied|aligned|sympathetic|loyal) (?:of|to|with)(?: the)? (?P<o>{ACTS})",
       "supports", 0.8, "X is supportive of Y; X as aligned with Y"),
    _r("support-aligned-itself", rf"(?P<s>{ACTS})(?: , (?:a|an|the) [a-z]+)?(?: [a-z]+){{0,3}} (?P<v>aligned|allied|affiliated) (?:itself|themselves|himself) (?:with|to)(?: the)? (?P<o>{ACTS})",
       "supports", 0.8, "X, a movement that allied itself with Y"),
    _r("support-demonym-ally", rf"(?P<o>%\d+) (?P<v>ally|allies) (?P<s>@\d+)",
       "supports", 0.75, "Russian ally Lukashenko (allied both ways)"),
    _r("support-allowed-use", rf"(?P<s>{ACTS}){ASIDE}{ADV}{{0,3}} (?:allowed|allows|allowing|let|lets|permitted|permits) (?P<o>{ACTS}) to (?P<v>use|operate|launch|stage|transit|deploy|station|base)",
       "supports", 0.8, "X allowed Y to use its territory"),
    _r("support-spearheaded-campaign", rf"(?P<s>{ACTS}){ASIDE}{ADV}{{0,3}} (?P<v>spearheaded|spearheads|spearheading|led|leads|joined|joins|joining) (?P<o>@\d+) 's (?:[a-z-]+ ){{0,2}}(?:assault|offensive|war|campaign|invasion|attack|fight|operation)",
       "supports", 0.75, "X spearheaded Y's assault on Z"),
    _r("support-coalition-members", rf"(?P<o>@\d+) , (?:which|that) (?P<v>groups|grouped|brings together|brought together|comprises|comprised|includes|included|unites|united|is made up of)(?: the)? (?P<s>{ACTS})",
       "supports", 0.8, "the alliance, which groups A, B and C (the members back each other)"),
    _r("support-jointly", rf"(?P<s>@\d+(?: (?:fighters|forces|troops|units|members))?(?: ,(?: the)? @\d+)*(?: ,)? and(?: the)? @\d+)(?: [a-z]+ly)? (?P<v>jointly|together|a joint)",
       "supports", 0.75, "A and B jointly overran the base (they back each other)"),
    _r("support-founded", rf"(?P<s>{ACTS})(?: [^@%\s]+){{0,16}}? (?P<v>set up|sets up|setting up|founded|formed|created|established|raised) (?:the )?(?P<o>{ACT})",
       "supports", 0.75, "X set up the armed group Y"),
    _r("support-with-demonym-help", rf"(?P<o>{ACTS})(?: [^@%\s]+){{0,16}}? with (?P<s>%\d+|@\d+ 's) (?P<v>help|support|backing|assistance|aid)",
       "supports", 0.75, "Y retook the town with Rwandan help"),
    _r("support-led-deployment", rf"(?P<o>@\d+) 's (?:deployment|mission|operation|intervention|force) , (?P<v>spearheaded|led|headed|organised|organized) by(?: the)? (?P<s>{ACTS})",
       "supports", 0.8, "Y's deployment, spearheaded by X"),
    _r("support-at-request", rf"(?P<s>{ACTS})(?: [^@%\s]+){{1,16}}? at the (?P<v>request|invitation|behest) of(?: the)? (?P<o>{ACTS})",
       "supports", 0.8, "X sent troops at the request of Y"),
    _r("oppose-campaign-led-by", rf"(?:push|offensive|campaign|war|fight|assault|operations?) against(?: the)? (?P<o>{ACTS}){ADV}{{0,3}} (?P<v>led|spearheaded|waged|conducted|fought|carried out) by(?: the)? (?P<s>{ACT})",
       "opposes", 0.8, "the push against Y has been led by X"),
    _r("oppose-verb-against", rf"(?P<s>{ACTS})(?: [^@%\s]+){{0,10}}? (?P<v>flew|flown|flying|deployed|deploys|deploying|sent|sends|sending|used|uses|using|launched|launches|launching|fired|fires|firing|operated|operates|operating|fought|fights|fighting|battled|battles|battling|waged|wages|waging|mobilised|mobilized)(?: [a-z-]+){{0,4}}? against(?: the)? (?P<o>{ACTS})",
       "opposes", 0.75, "X flew helicopters against Y; X deployed troops against Y"),
    _r("oppose-accusations-from", rf"(?P<o>@\d+) 's (?:[a-z-]+ ){{0,2}}(?:role|actions|conduct|involvement|support|backing|behaviour|behavior)(?: [a-z]+){{0,3}}? (?P<v>accusations|criticism|condemnation|censure|protests?) from(?: the)? (?P<s>{ACTS})",
       "opposes", 0.8, "Y's role has drawn accusations from A and B"),
    _r("oppose-purpose", rf"(?P<s>{ACTS})(?: [^\s]+){{1,12}}? to (?P<v>fight|attack|pursue|battle|confront|defeat|counter|crush|root out|destroy|dislodge|topple|oust) (?:the )?(?P<o>{ACTS})",
       "opposes", 0.7, "X sent troops to pursue Y"),
    _r("official-led-by-clause", rf"(?P<o>)(?:is|was|are|were|been) (?P<v>led|commanded|headed) by(?: the)?(?: {MOD}{TITLE_RE}| [a-z-]+| %\d+){{0,3}}? (?P<s>@\d+)",
       "official_of", 0.8, "the group pledged allegiance to Y and is led by X (the clause's subject)"),
    _r("official-person-government", rf"(?:the )?(?P<s>@\d+) (?P<v>government|administration|cabinet|regime)\b",
       "official_of", 0.8, "the Tshisekedi government (he heads his state's government)"),
    _r("official-heads", rf"(?P<s>@\d+){ADV}{{0,2}} (?P<v>chairs|chaired|heads|headed|leads|led|commands|commanded|runs|ran|founded|co-founded) (?:the )?(?P<o>@\d+)",
       "official_of", 0.75, "X chairs the contact group; X heads the council"),
    _r("support-along-with", rf"along with(?: the)? (?P<s>{ACTS}) ,(?: the)? (?P<o>{ACT}){ADV}{{0,4}} (?P<v>{SUP}) by",
       "supports", 0.8, "Along with X, Y is backed by Z (X backs Y too)"),
    _r("oppose-help-repel", rf"(?P<s>{ACTS}){ADV}{{0,4}} (?:helped|helps|helping|help|assisted|assists|enabled) (?:the )?(?:{W} ){{0,3}}?{ACTS}(?: to)? (?P<v>repel|repelled|fight|defeat|resist|counter|push back|drive out|fend off|beat back)(?: the)? (?P<o>{ACTS})",
       "opposes", 0.8, "X helped Y repel Z (X opposes Z)"),
    _r("oppose-retake-from", rf"(?P<s>{ACTS})(?: [^@%\s]+){{1,24}}? (?P<v>retake|retaking|retook|recapture|recapturing|recaptured|liberate|liberating|liberated|wrest|wresting|wrested|seize|seized|seizing|capture|captured|capturing)(?: [^@%\s]+){{0,14}}? from(?: the)?(?: rival| enemy)?(?: [a-z-]+)? (?P<o>{ACTS})",
       "opposes", 0.75, "X vowed to retake the city from Y"),
    _r("oppose-push-out", rf"(?P<s>{ACTS})(?: [^@%\s]+){{0,12}}? (?P<v>pushing|pushed|push|pushes|drove|driving|drive|drives|driven|forced|forcing|expelled|expelling|expel|routed|routing|ousted|ousting) (?:the )?(?P<o>{ACTS}) (?:out|back|from|away)",
       "opposes", 0.8, "X pushed Y out of the city"),
    _r("oppose-stated-opposition", rf"(?P<s>{ACTS})(?: [a-z,-]+){{0,4}}? (?:stressed|expressed|voiced|reiterated|declared|restated|stated|underlined|announced) (?:their|its|his|her|our|strong|firm|a|the|[a-z]+ly)?(?: [a-z]+)? (?P<v>opposition|rejection|condemnation|objection|hostility) (?:to|of) (?:the )?(?P<o>{ACT})",
       "opposes", 0.8, "X stressed its opposition to Y's plans"),
    _r("oppose-said-violated", rf"(?P<s>@\d+)(?: [a-z,]+){{0,3}}? (?:said|says|accused|accuses|charged|charges)(?: that)?(?: the)? (?P<o>@\d+)(?: [a-z-]+){{0,2}}? (?:of )?(?:had |has |have )?(?P<v>violated|violating|breached|breaching|broken|broke|breaking|undermined|undermining|sabotaged|sabotaging)",
       "opposes", 0.8, "X said Y had violated the truce"),
    _r("oppose-not-legitimate", rf"(?:do|does|did|will|would) (?:not|n't) (?:take|consider|see|regard|recognise|recognize|accept) (?:the )?(?:\[ )?(?P<o>@\d+)(?: \])? as (?:a |an )?(?P<v>legitimate|lawful|partner|interlocutor)",
       "opposes", 0.8, "'We do not take Y as a legitimate actor', X said (subject: who says it)"),
    # -- opposition
    _r("oppose-active", rf"(?P<s>{ACTS}){ASIDE}(?: ,)?{ADV}{{0,4}} (?P<v>{OPP})(?! by| alongside| together with| beside| on behalf of| for)(?: the| its| their| his)?(?: [a-z-]+| %\d+){{0,3}}? (?P<o>{ACTS}|%\d+(?= (?:cities|towns|villages|positions|bases|territory|infrastructure|ports|airports|power stations|grid)))",
       "opposes", 0.8, "X attacks Y; X condemned Y's plans"),
    _r("oppose-passive", rf"(?P<o>{ACTS})(?: ,)?{ADV}{{0,4}} (?P<v>{OPP}) by(?: the)?(?: [a-z-]+){{0,3}}? (?P<s>{ACTS})",
       "opposes", 0.85, "Y was attacked by X", subject_in_phrase=True),
    _r("oppose-against", rf"(?P<s>{ACTS})(?: [a-z0-9,'-]+){{0,14}}? (?P<v>offensive|war|attacks?|strikes?|air strikes|airstrikes|campaign|assault|fighting|operations?|push|fight|fights|reinforce|protests?|sanctions|measures|resistance|flew|fly|flies|flying|fought|battled|battling|mobilised|mobilized|rallied|revolt|uprising|insurgency|struggle) (?:against|on)(?: the)?(?: (?:[@%]\d+ - [a-z-]+|[a-z]+-[a-z-]+|(?![a-z]+ed )[a-z]+)){{0,2}}? (?P<o>{ACTS})",
       "opposes", 0.7, "X launched an offensive against Y"),
    _r("oppose-withdraw", rf"(?P<s>@\d+)(?: [a-z,]+){{0,3}}? (?P<v>said|says|demanded|demands|insisted|insists|wants|urged|told [a-z]+)(?: that)?(?: [a-z-]+){{0,2}}? (?P<o>@\d+)(?: [a-z-]+){{0,3}}? (?:must|should|to|has to|have to) (?:withdraw|pull back|pull out|leave|retreat|be evacuated|evacuate|step down|surrender)",
       "opposes", 0.8, "X said Y must withdraw"),
    _r("oppose-illegitimate", rf"(?P<s>@\d+)(?: [a-z,]+){{0,3}}? (?P<v>said|says|called|calls|considers|considered|described|describes|branded|brands)(?: that)?(?: the)? (?P<o>@\d+)(?: 's (?:role|actions|conduct|behaviour|behavior|policy|involvement))?(?: [a-z-]+){{0,3}}? (?:was |is |as |were |are )?(?:an? )?(?:illegitimate|illegal|not legitimate|a terrorist|terrorists|a war criminal|criminals?|collaboration with evil|complicity|complicit|an aggressor|aggression|a threat|evil)",
       "opposes", 0.8, "X called Y illegitimate"),
    _r("oppose-rival", rf"(?P<s>@\d+) (?:and|,) (?:its |their )?(?P<v>rival|rivals|arch-rival|enemy|foe|adversary) (?P<o>@\d+)",
       "opposes", 0.8, "X and its rival Y"),
    _r("oppose-withdraw-demand", rf"(?:requiring|require|requires|required|demanding|demand|demands|demanded|urged|urging|urge|called on|calls on|call on|asked|asking|told|wants|want)(?: the)? (?P<o>@\d+)(?: [a-z-]+){{0,3}}? (?:to) (?P<v>withdraw|pull back|pull out|leave|retreat|evacuate|step down|surrender|stop fighting)",
       "opposes", 0.75, "the speaker demands that Y withdraw (subject: who says it)"),
    _r("oppose-evacuated-by", rf"(?:must|should|has to|have to) be (?P<v>evacuated|vacated|abandoned|handed over) by(?: the)? (?P<o>@\d+)",
       "opposes", 0.75, "'... should be evacuated by Y', X said (subject: who says it)"),
    # -- officials and their roles
    _r("official-title", rf"(?P<o>[@%]\d+)(?: 's)? (?P<v>{MOD}{TITLE_RE}) (?P<s>@\d+)",
       "official_of", 0.9, "Egypt's Foreign Minister Sameh Shukry; Turkish President Erdogan"),
    _r("official-apposition", rf"(?P<s>@\d+) , (?:the |a |an |who is |who was )?(?P<o>[@%]\d+)(?: 's)? (?P<v>{MOD}{TITLE_RE})\b",
       "official_of", 0.85, "Ibrahim Kalin, Erdogan's top security adviser"),
    _r("official-title-of", rf"(?P<s>@\d+) , (?:the |a |an |who is |who was )?(?P<v>{MOD}{TITLE_RE}) (?:of|for|to|at)(?: the)? (?P<o>@\d+)",
       "official_of", 0.85, "Tom Andrews, the special rapporteur of the UN"),
    _r("official-title-comma", rf"(?P<o>[@%]\d+)(?: 's)? (?P<v>{MOD}{TITLE_RE}) , (?P<s>@\d+)",
       "official_of", 0.85, "Iran's foreign minister, Hossein Amirabdollahian"),
    _r("official-led-by", rf"(?P<o>@\d+)(?: , (?:known as|also called|dubbed) @\d+(?: and| ,))?(?: ,)?(?: which is| which was| is| was)? (?P<v>led|commanded|headed|chaired|run) by(?: the)?(?: {MOD}{TITLE_RE}| [a-z-]+| %\d+){{0,3}}? (?P<s>@\d+)",
       "official_of", 0.85, "a group led by X; Belarus, led by Lukashenko", subject_in_phrase=True),
    _r("official-bare-title", rf"(?:^| )(?P<v>{MOD}{BARE_TITLE_RE}) (?P<s>{ACTS})",
       "official_of", 0.85, "President X (X's own state); General X (the group the gazetteer says X commands)"),
    _r("official-forces-of", r"(?!x)x", "official_of", 0.85,
       "Haftar's forces; forces commanded by Haftar (he commands the group; read from the forces mention)"),
    _r("official-commands", rf"(?P<s>@\d+) 's (?:[a-z-]+ ){{0,3}}(?P<v>)(?P<o>@\d+)",
       "official_of", 0.75, "General X's eastern-based Libyan National Army"),
]
# Confidence as measured (scripts/calibrate_confidence.py): precision on annotated articles,
# shrunk towards the author's prior; a rule never measured keeps its prior.
_MEASURED = json.loads((Path(__file__).with_name("rule_confidence.json")).read_text(encoding="utf-8"))["rules"]
RULES = [replace(r, confidence=_MEASURED[r.id]["confidence"]) if r.id in _MEASURED else r for r in AUTHORED_RULES]
RULES_BY_ID = {r.id: r for r in RULES}
# Rules whose subject is a modifier inside a noun phrase ("Rwanda-backed M23", "Russia's support"),
# which may well stand inside a prepositional phrase.
MODIFIER_RULES = {"support-hyphen", "support-nominal", "support-possessive-backer", "oppose-rival",
                  "oppose-ally-against", "support-accused-of", "support-troops-from", "oppose-troops-from",
                  "oppose-reinforced-against", "support-draws-troops", "support-with-help-of", "support-along-with",
                  "support-whose-contingents", "support-demonym-deliveries", "support-demonym-gone-to",
                  "support-receive-demonym", "support-demonym-ally", "support-coalition-members", "support-jointly",
                  "support-with-demonym-help", "support-led-deployment", "support-at-request", "oppose-campaign-led-by",
                  "oppose-accusations-from", "support-possessive-backer-predicate", "support-spearheaded-campaign",
                  "oppose-purpose", "support-in-support-of", "support-purpose", "support-contributor",
                  "support-aligned-itself"}
# Rules whose subject may be a demonym ("Iranian drone deliveries"): the state it names.
DEMONYM_SUBJECT_RULES = {"support-hyphen", "support-whose-contingents", "support-demonym-deliveries",
                         "support-demonym-gone-to", "support-receive-demonym", "support-with-demonym-help"}
# Verbs whose opposition runs both ways: "A clashed with B".
MUTUAL_VERBS = ("clash", "skirmish")
# Rules whose subject is the clause's subject by the parse, not the nearest actor before the verb.
SYNTACTIC_SUBJECT_RULES = {"oppose-verb-against", "oppose-retake-from", "oppose-push-out", "support-purpose", "support-contributor",
                           "oppose-against", "support-at-request", "oppose-purpose", "support-draws-troops",
                           "support-send-to", "support-provide", "support-in-support-of"}
# Rules whose regex reaches far for a subject: without an actor subject by the parse, no statement.
SYNTACTIC_SUBJECT_REQUIRED = {"oppose-purpose"}
# Rules whose object is the clause's subject by the parse ("X retook the town with Rwandan help").
SYNTACTIC_OBJECT_RULES = {"support-with-demonym-help", "support-with-help-of", "support-draws-troops",
                          "official-led-by-clause"}
# Rules whose listed members relate to each other pairwise, both ways.
PAIRWISE_RULES = {"support-coalition-members", "support-jointly"}
DEMAND_RULES = {"oppose-withdraw", "oppose-withdraw-demand", "oppose-evacuated-by", "oppose-illegitimate",
                "oppose-retake-from", "oppose-not-legitimate", "oppose-stated-opposition"}

MODALS = {"could", "may", "might", "would", "should"}
HEDGE_LEMMAS = {"plan", "consider", "propose", "urge", "call", "ask", "seek", "want", "offer", "threaten",
                "mull", "weigh", "discuss", "aim", "intend", "prepare", "hope", "try"}
DENY_LEMMAS = {"deny", "dismiss", "refute", "reject"}


@dataclass(frozen=True)
class Reading:
    """One extracted relation in one sentence."""

    subject: str  # actor IRI
    predicate: str  # ontology property local name
    object: str
    sent_start: int  # char offsets of the sentence in the document
    sent_end: int
    rule: str
    confidence: float
    status: str = "Asserted"  # Asserted | Denied | Hedged
    speaker: str | None = None
    role: str | None = None
    trigger: str = ""


def _abstract(sent: Span, mentions: list[Mention]) -> tuple[str, list[int], dict[int, Mention]]:
    """The sentence as words and mention symbols; returns the text, unit->token map, symbol->mention."""
    units, token_of, symbols = [], [], {}
    by_start = {m.start: m for m in mentions}
    i = sent.start
    while i < sent.end:
        m = by_start.get(i)
        if m is not None:
            k = len(symbols)
            symbols[k] = m
            units.append(("%" if m.kind == "demonym" else "@") + str(k))
            token_of.append(i)
            i = m.end
            continue
        tok = sent.doc[i]
        text = tok.lower_.replace("\u2019", "'")
        if tok.is_space:
            i += 1
            continue
        # "eastern-based", "long-time": one word, as written, so that "{0,3} words" counts words;
        # a hyphen next to an actor ("Turkish-backed") stays apart for the hyphen rules.
        nxt = sent.doc[i + 1] if i + 1 < sent.end else None
        if (text == "-" and units and units[-1][0] not in "@%" and not sent.doc[i - 1].whitespace_
                and not tok.whitespace_ and nxt is not None and nxt.is_alpha and i + 1 not in by_start):
            units[-1] += "-" + nxt.lower_
            i += 2
            continue
        units.append(text)
        token_of.append(i)
        i += 1
    return " ".join(units), token_of, symbols


def _symbols_in(text: str) -> list[int]:
    return [int(x) for x in re.findall(r"[@%](\d+)", text)]


_LIST_WORDS = {",", "and", "or", "the", "as", "well", "alongside", "along", "with", "together", "plus"}
_PHRASE_HEADS = {"by", "from", "against", "of", "to", "on", "for", "with", "in", "at", "via", "through", "into",
                 "across", "near", "under", "over", "within"}


# "the foreign ministers of Britain and France condemned ...": they act for their states.
_SPOKESPEOPLE = {"minister", "ministers", "leader", "leaders", "officials", "government", "governments",
                 "diplomats", "representatives", "envoys", "delegations", "delegation", "presidents", "heads"}


def _inside_phrase(abstract: str, char: int) -> bool:
    """Is the list that starts here really the tail of a prepositional phrase ("backed by A and B")?"""
    words = abstract[:char].split()
    while words and (words[-1] in _LIST_WORDS or words[-1][0] in "@%") and words[-1] not in ("with",):
        words.pop()
    if len(words) >= 2 and words[-1] == "of" and words[-2] in _SPOKESPEOPLE:
        return False
    return bool(words) and words[-1] in _PHRASE_HEADS


def _line_of(sent: Span, first: int, last: int) -> tuple[int, int]:
    """The sentence's offsets, clipped to the lines the match is on: spaCy runs a headline
    or dateline without a full stop into the next sentence, but a line break ends one."""
    text = sent.doc.text
    start = max(sent.start_char, text.rfind("\n", 0, first) + 1)
    nl = text.find("\n", last)
    end = min(sent.end_char, nl if nl >= 0 else len(text))
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _unit_at(abstract: str, char: int) -> int:
    return abstract.count(" ", 0, char)


class Relater:
    def __init__(self, rules: list[Rule] | None = None) -> None:
        self.rules = rules or RULES

    def relate(self, linked: LinkedDoc) -> list[Reading]:
        readings: dict[tuple, Reading] = {}
        roles: dict[str, str] = {}  # person -> the organization the document gives them
        sentences = self._prepare(linked)
        # Two passes over the same prepared sentences: the first learns who is an official
        # of what, so that the second can read "Erdogan's adviser" as an official of Turkey.
        for pass_no in (0, 1):
            for sent, abstract, token_of, symbols, speaker in sentences:
                if pass_no == 1:
                    for r in self._forces_commanders(sent, list(symbols.values()), linked):
                        readings.setdefault((r.subject, r.predicate, r.object, r.sent_start, r.sent_end), r)
                for rule in self.rules:
                    if pass_no == 0 and rule.relation != "official_of":
                        continue
                    for match in rule.pattern.finditer(abstract):
                        for r in self._readings(rule, match, abstract, token_of, symbols, sent, linked, speaker, roles):
                            if pass_no == 0:
                                if r.predicate in ("officialOf", "commands") and r.status == "Asserted":
                                    roles.setdefault(r.subject, r.object)
                                continue
                            key = (r.subject, r.predicate, r.object, r.sent_start, r.sent_end)
                            if key not in readings or readings[key].confidence < r.confidence:
                                readings[key] = r
        return sorted(readings.values(), key=lambda r: (r.sent_start, r.subject, r.predicate, r.object))

    def _prepare(self, linked: LinkedDoc) -> list[tuple]:
        """Each sentence with mentions, abstracted once, with its speaker ("he" is the last person named)."""
        out = []
        last_person: str | None = None
        last_subject: str | None = None  # the non-person actor the previous sentence was about
        for sent in linked.doc.sents:
            mentions = linked.mentions_in(sent)
            anaphor = self._anaphor(sent, linked, last_subject, last_person)
            if anaphor is not None:
                mentions = sorted([*mentions, anaphor], key=lambda m: m.start)
            reported = self._reported_subjects(sent, linked, mentions)
            if reported:
                mentions = sorted([*mentions, *reported], key=lambda m: m.start)
            if not mentions:
                last_subject = None
                continue
            abstract, token_of, symbols = _abstract(sent, mentions)
            out.append((sent, abstract, token_of, symbols, self._speaker(sent, linked, last_person)))
            for m in mentions:
                if linked.actors[m.actor].type in ("Official", "Person"):
                    last_person = m.actor
            last_subject = self._subject_actor(sent, mentions, linked) or last_subject
        return out

    @staticmethod
    def _subject_actor(sent: Span, mentions: list[Mention], linked: LinkedDoc) -> str | None:
        """The non-person actor that is the subject of the sentence's main clause, if any."""
        for m in mentions:
            if m.kind == "demonym" or linked.actors[m.actor].type in ("Official", "Person"):
                continue
            root = linked.doc[m.start:m.end].root
            if root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "ROOT":
                return m.actor
        return None

    @staticmethod
    def _anaphor(sent: Span, linked: LinkedDoc, last_subject: str | None, last_person: str | None) -> Mention | None:
        """'It fights alongside ...' / 'He accused ...': a subject pronoun stands for the actor the
        previous sentence was about (a person for he/she). Only a main-clause subject is resolved;
        a pronoun anywhere else is left alone."""
        for tok in sent:
            if tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT" or linked.at(tok.i) is not None:
                continue
            word = tok.lower_
            target = last_subject if word in ("it", "they") else last_person if word in ("he", "she") else None
            if target is not None:
                return Mention(tok.i, tok.i + 1, target, "pronoun")
        return None

    @staticmethod
    def _reported_subjects(sent: Span, linked: LinkedDoc, mentions: list[Mention]) -> list[Mention]:
        """'Britain confirmed that it is sending ...', 'Mozambican forces said they had retaken ...':
        the subject pronoun of a reported clause is the speaker, when the speaker is an actor."""
        out = []
        for tok in sent:
            if tok.dep_ != "nsubj" or tok.lower_ not in ("it", "they") or linked.at(tok.i) is not None:
                continue
            clause = tok.head
            if clause.dep_ != "ccomp" or clause.head.lemma_ not in SPEECH_VERBS | {"confirm", "admit", "report"}:
                continue
            speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
            if speaker is None:
                continue
            m = next((m for m in mentions if m.start <= speaker.i < m.end and m.kind != "demonym"), None)
            if m is not None and linked.actors[m.actor].type not in ("Official", "Person"):
                out.append(Mention(tok.i, tok.i + 1, m.actor, "pronoun"))
        return out

    # -- one match -> readings ------------------------------------------------
    def _readings(self, rule, match, abstract, token_of, symbols, sent, linked, speaker, roles):
        doc = linked.doc
        actors = linked.actors
        if "s" not in rule.pattern.groupindex:
            # the speaker is the subject: "Kalin said ... Haftar's forces must withdraw"
            if speaker is None or speaker not in actors:
                return []
            symbols = {**symbols, -1: Mention(0, 0, speaker, "name")}
            subj_syms = [-1]
        else:
            subj_syms = _symbols_in(match.group("s"))
        if rule.id in ("official-bare-title", "official-person-government"):
            return self._bare_title(rule, match, abstract, token_of, symbols, sent, linked, roles)
        if rule.id in PAIRWISE_RULES:
            return self._pairwise(rule, match, abstract, token_of, symbols, sent, linked, speaker)
        obj_syms = _symbols_in(match.group("o"))
        if rule.id in SYNTACTIC_OBJECT_RULES:
            v_tok = linked.doc[token_of[min(_unit_at(abstract, match.start("v")), len(token_of) - 1)]]
            k = self._clause_subject(v_tok, symbols)
            if k is None or k in subj_syms:
                if rule.id not in ("support-draws-troops",):
                    return []
            else:
                obj_syms = [k]
        # The clause's first argument must not be the tail of a prepositional phrase
        # ("backed by the general's militia, is armed by ..."); in a list that starts inside
        # one ("Along with Turkey, the administration is backed by ..."), only the last
        # member is the clause's own argument.
        first = "o" if rule.subject_in_phrase else "s"
        # "with the rebels receiving arms from ...": an absolute clause, whose subject is no prepositional object
        after_first = abstract[match.end(first):].split()[:1] if first in rule.pattern.groupindex else []
        absolute = ((rule.id == "support-receive" and match.group("v").endswith("ing"))
                    or (after_first and after_first[0].endswith("ing") and after_first[0] not in ("during", "including")))
        if (rule.relation != "official_of" and rule.id not in MODIFIER_RULES and "s" in rule.pattern.groupindex and not absolute
                and _inside_phrase(abstract, match.start(first))):
            syms = obj_syms if first == "o" else subj_syms
            if len(syms) < 2:
                return []
            syms[:] = syms[-1:]
        if rule.relation in ("supports", "opposes"):
            obj_syms = self._resolve_possessive(obj_syms, match, abstract)
        v_unit = _unit_at(abstract, match.start("v")) if match.group("v") else _unit_at(abstract, match.start("o"))
        trigger = doc[token_of[min(v_unit, len(token_of) - 1)]]
        trigger_text = (match.group("v") or "").strip()
        if rule.id in SYNTACTIC_SUBJECT_RULES and "s" in rule.pattern.groupindex:
            k = self._clause_subject(trigger, symbols)
            if k is None and rule.id in SYNTACTIC_SUBJECT_REQUIRED:
                return []
            possessor_agent = abstract[match.end("s"):].startswith(" 's")
            if k is not None and k not in subj_syms and k not in obj_syms and not possessor_agent:
                subj_syms = [k]
        if trigger_text.startswith(("struck", "strike")) and abstract[match.end("v"):].startswith((" with", " a deal", " an agreement")):
            return []  # "the accord X struck with Y" is no strike
        # A role is read from a title, not from the clause's verb; a demand ("X must withdraw")
        # is itself the opposition, whatever modal it uses: neither is hedged by its clause.
        if rule.relation == "official_of" or rule.id in DEMAND_RULES:
            status = "Hedged" if sent.text.rstrip().endswith("?") else "Asserted"
        else:
            status = self._status(trigger, sent)
        sent_start, sent_end = _line_of(sent, doc[token_of[_unit_at(abstract, match.start())]].idx,
                                        doc[token_of[_unit_at(abstract, match.end() - 1)]].idx)
        out = []
        for si in subj_syms:
            for oi in obj_syms:
                s, o = symbols[si], symbols[oi]
                if s.actor == o.actor:
                    continue
                subj, obj = s.actor, o.actor
                sa, oa = actors[subj], actors[obj]
                predicate, role = self._predicate(rule, trigger_text, match)
                if rule.relation == "official_of":
                    if sa.type not in ("Official", "Person"):
                        continue
                    if oa.type in ("Official", "Person"):
                        # "Erdogan's adviser": the adviser serves the adviser's principal's state
                        obj = roles.get(oa.iri)
                        if obj is None or obj == subj:
                            continue
                        oa = actors[obj]
                    if role and sa.commands in actors and oa.type == "State" and any(role.endswith(t) for t in COMMAND_TITLES):
                        # "Libya's Gen. Khalifa Hifter": a general of the group he commands
                        obj, oa, predicate = sa.commands, actors[sa.commands], "commands"
                    if rule.id == "official-commands":
                        if oa.type != "ArmedGroup":
                            continue
                        predicate = "commands"
                    if rule.id == "official-led-by" and oa.type == "ArmedGroup":
                        predicate = "commands"
                    if sa.type == "Person":
                        sa.type = "Official"  # a role makes the person an official
                    if role:
                        sa.roles.add(role)
                else:
                    if s.kind == "demonym" and rule.id not in DEMONYM_SUBJECT_RULES:
                        continue
                out.append(Reading(
                    subject=subj, predicate=predicate, object=obj,
                    sent_start=sent_start, sent_end=sent_end, rule=rule.id,
                    confidence=rule.confidence, status=status,
                    speaker=speaker if speaker not in (subj, None) else None, role=role, trigger=trigger_text))
                mutual = rule.id in SYNTACTIC_SUBJECT_RULES and re.search(r" rival [^@]*$", abstract[:match.start("o")])
                if (predicate == "fights" and trigger_text.startswith(MUTUAL_VERBS)) or predicate == "alliedWith" or mutual:
                    out.append(replace(out[-1], subject=obj, object=subj,
                                       speaker=speaker if speaker not in (obj, None) else None))
        return out

    def _bare_title(self, rule, match, abstract, token_of, symbols, sent, linked, roles):
        """'President X': an office of X's state; 'General X': command of the group X commands.
        Only where no actor names the office ("Egypt's President X" is read by official-title)."""
        before = abstract[:match.start("v")].split()
        title = match.group("v").strip()
        military = any(title.endswith((t, t + "s")) for t in COMMAND_TITLES)
        if rule.id == "official-bare-title" and not military and before and (before[-1] == "'s" or before[-1][0] in "@%"):
            return []
        heads_government = title.endswith(("minister", "ministers", "premier")) or rule.id == "official-person-government"
        if rule.id == "official-person-government":
            title = "head of government"
        out = []
        for si in _symbols_in(match.group("s")):
            person = linked.actors[symbols[si].actor]
            if person.type not in ("Official", "Person"):
                continue
            target = person.commands if military else (person.nationality or roles.get(person.iri))
            if target is None or target not in linked.actors:
                continue
            if not military and heads_government:
                # the prime minister of a state with a recognised government heads that government
                gov = next((a.iri for a in linked.actors.values() if a.governs == target), None)
                target = gov or target
            out.append(self._reading_here(rule, match, abstract, token_of, sent, person.iri,
                                          "commands" if military else "officialOf", target, title))
        return out

    def _pairwise(self, rule, match, abstract, token_of, symbols, sent, linked, speaker):
        """'the alliance, which groups A, B and C'; 'A and B jointly overran ...': allies of each other."""
        members = list(dict.fromkeys(symbols[k].actor for k in _symbols_in(match.group("s"))))
        if len(members) < 2 or len(members) > 6:
            return []
        trigger = sent.doc[token_of[min(_unit_at(abstract, match.start("v")), len(token_of) - 1)]]
        status = self._status(trigger, sent)
        out = []
        for a in members:
            for b in members:
                if a != b:
                    r = self._reading_here(rule, match, abstract, token_of, sent, a, "alliedWith", b, None)
                    out.append(replace(r, status=status, role=None,
                                       speaker=speaker if speaker not in (a, b, None) else None))
        return out

    @staticmethod
    def _clause_subject(trigger: Token, symbols: dict[int, Mention]) -> int | None:
        """The actor that is the subject of the trigger's clause, up through 'vowed to retake',
        'are mobilizing and have vowed': the regex's nearest actor may sit in a phrase."""
        node = trigger
        for _ in range(6):
            for c in node.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    for k, m in symbols.items():
                        if m.start <= c.i < m.end:
                            return k
                    return None
            if node.dep_ not in ("xcomp", "conj", "advcl", "acl", "pcomp", "dobj", "pobj", "prep", "attr", "acomp",
                                 "oprd", "npadvmod") or node.head is node:
                return None
            node = node.head
        return None

    @staticmethod
    def _reading_here(rule, match, abstract, token_of, sent, subject, predicate, obj, role):
        doc = sent.doc
        start, end = _line_of(sent, doc[token_of[_unit_at(abstract, match.start())]].idx,
                              doc[token_of[_unit_at(abstract, match.end() - 1)]].idx)
        return Reading(subject=subject, predicate=predicate, object=obj, sent_start=start, sent_end=end,
                       rule=rule.id, confidence=rule.confidence, status="Asserted", role=role,
                       trigger=match.group("v").strip())

    @staticmethod
    def _forces_commanders(sent: Span, mentions: list[Mention], linked: LinkedDoc) -> list[Reading]:
        """"Haftar's forces", "forces commanded by Haftar": he commands the group they are."""
        rule = RULES_BY_ID["official-forces-of"]
        out = []
        for m in mentions:
            if m.kind != "forces" or m.possessor is None:
                continue
            group, person = linked.actors[m.actor], linked.actors[m.possessor]
            if person.type not in ("Official", "Person") or group.commanded_by != person.iri:
                continue
            # only where the text itself gives command: "warlord X's militia", "X, whose forces",
            # "forces commanded by X" -- not every "X's forces"
            doc = sent.doc
            titled = title_before(doc, m.start) or any(mm.actor == person.iri and title_before(doc, mm.start) for mm in mentions)
            if (titled or (m.start > 0 and doc[m.start - 1].lower_ == "whose")
                    or (m.end < len(doc) and doc[m.end].lower_ in ("commanded", "led", "headed", "of"))):
                start, end = _line_of(sent, sent.doc[m.start].idx, sent.doc[m.end - 1].idx)
                out.append(Reading(subject=person.iri, predicate="commands", object=group.iri, sent_start=start,
                                   sent_end=end, rule=rule.id, confidence=rule.confidence, trigger=sent.doc[m.end - 1].text))
        return out

    @staticmethod
    def _resolve_possessive(obj_syms, match, abstract):
        """'backs Serraj's Government of National Accord': the object is the possessed actor."""
        tail = abstract[match.end("o"):]
        if obj_syms and tail.startswith(" 's"):
            nxt = re.match(r" 's((?: [^@%\s;]+){0,6}?) @(\d+)", tail)
            # only modifiers may stand between: "Serraj's Tripoli-based, internationally recognised GNA",
            # not a clause: "Turkey's plans to send troops to Libya"
            if nxt and not re.search(r"(?:^| )(?:and|but|while|after|said|says|to|in|of|for|on|with|by|from|at|that|plans?|decision|attempt|move)(?= |$)", nxt.group(1)):
                return obj_syms[:-1] + [int(nxt.group(2))]
        return obj_syms

    @staticmethod
    def _predicate(rule: Rule, trigger: str, match) -> tuple[str, str | None]:
        if rule.relation == "official_of":
            role = trigger.strip()
            for t in TITLES:
                if role.endswith(t):
                    role = re.sub(r"^(?:-|based|eastern-based|self-styled|renegade|then|former|longtime|un|u\.n\.) ", "", role).strip()
                    break
            return "officialOf", role or None
        word = trigger.split()[-1] if trigger else ""
        table = SUPPORT_VERBS if rule.relation == "supports" else OPPOSE_VERBS
        for lemma, prop in table.items():
            if word.startswith(lemma[:-1] if lemma.endswith(("e", "y")) else lemma):
                return prop, None
        if rule.id in ("support-provide", "support-send-to", "support-alongside"):
            return "supportsMilitarily", None
        if rule.id in ("oppose-withdraw", "oppose-illegitimate"):
            return "condemns", None
        if rule.id == "oppose-rival":
            return "rivalOf", None
        if rule.id in ("oppose-against", "oppose-alongside-against", "oppose-ally-against"):
            return "fights", None
        return rule.relation, None

    @staticmethod
    def _status(trigger: Token, sent: Span) -> str:
        if sent.text.rstrip().endswith("?"):
            return "Hedged"
        node, first = trigger, True
        for _ in range(8):
            children = list(node.children)
            if node.lemma_ in DENY_LEMMAS and not first and node.lemma_ != "reject":
                return "Denied"
            # "Russia does not back X" is a denial; "X said it would not hesitate" is not ours to read.
            if first and any(c.dep_ == "neg" for c in children):
                return "Denied"
            if any(c.dep_ == "aux" and c.lower_ in MODALS for c in children):
                if not any(c.dep_ == "neg" for c in children):
                    return "Hedged"
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in children):
                return "Hedged"
            if not first and node.lemma_ in HEDGE_LEMMAS:
                return "Hedged"
            # a relative clause asserts on its own: "X, which has clashed with Y, denied it"
            if node.lemma_ in SPEECH_VERBS or node.head is node or node.dep_ == "relcl":
                break
            node, first = node.head, False
        return "Asserted"

    @staticmethod
    def _speaker(sent: Span, linked: LinkedDoc, last_person: str | None) -> str | None:
        """Who the sentence quotes: the subject of its speech verb, or 'according to X'."""
        for tok in sent:
            if tok.lemma_ in SPEECH_VERBS and tok.pos_ == "VERB":
                for c in tok.children:
                    if c.dep_ in ("nsubj",):
                        m = linked.at(c.i)
                        if m is not None and m.kind != "demonym":
                            return m.actor
                        if c.lower_ in ("he", "she") and last_person:
                            return last_person
            if tok.lower_ == "according" and tok.i + 2 < sent.end and sent.doc[tok.i + 1].lower_ == "to":
                m = linked.at(tok.i + 2) or linked.at(tok.i + 3)
                if m is not None:
                    return m.actor
        return None
