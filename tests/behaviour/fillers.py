"""Actor fillers for the behavioural suite: real actors the knowledge base knows and
invented ones that are in no gazetteer, grouped by kind.

Each filler says how a sentence writes the actor (``text``) and which preferred
labels are acceptable for it (``labels``): a real actor comes back under its
canonical name ("Ankara" -> "Turkey"), an invented one as written without "the".
Invented names were chosen to look like names of their kind (the spaCy model
tags them GPE / ORG / PERSON in neutral contexts); none is a real actor.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    text: str  # as a sentence writes it: "Ankara", "the Karsa Liberation Front"
    labels: tuple[str, ...]  # acceptable preferred labels of the extracted actor
    kind: str  # state | group | org | person | leader
    real: bool
    adj: str | None = None  # demonym / attributive form of a state ("Iranian", "US")
    mod: str | None = None  # form before a hyphen ("US" in "US-backed"); default: text without "the"
    plural: bool = False  # takes a plural verb ("the Houthis"): kept out of subject slots
    short: str | None = None  # surname used after a bare title ("Erdogan")
    title: str | None = None  # office of a real person at the suite's date ("President")
    nation: str | None = None  # label of a real official's state
    heads: str | None = None  # label of the group a real leader commands
    poss: str | None = None  # possessive where adding 's is wrong ("the United States'")

    @property
    def key(self) -> str:
        """Identity: two fillers with the same first label are the same actor."""
        return self.labels[0]

    @property
    def bare(self) -> str:
        return self.text[4:] if self.text.startswith("the ") else self.text

    def form(self, name: str | None, default: str | None = None) -> str:
        """The actor written in one of the template forms (see README.md)."""
        if name is None:
            return self.text
        if name == "bare":
            return self.bare
        if name == "mod":
            return self.mod or self.bare
        if name == "adj":
            if not self.adj:
                raise KeyError(f"{self.text} has no attributive form")
            return self.adj
        if name == "a_adj":
            adj = self.form("adj")
            return ("an " if adj[0] in "AEIO" else "a ") + adj
        if name == "poss":
            if self.poss:
                return self.poss
            return self.text + ("'" if self.plural and self.text.endswith("s") else "'s")
        if name == "pron":
            return "they" if self.plural else "it"
        if name == "short":
            return self.short or self.text
        if name in ("title", "ltitle"):
            title = self.title if self.real and self.title else default
            if title is None:
                raise KeyError(f"{self.text} has no title and the template gives none")
            return title.lower() if name == "ltitle" else title
        raise KeyError(f"unknown form {name!r}")

    def has(self, name: str | None, default: str | None = None) -> bool:
        try:
            self.form(name, default)
        except KeyError:
            return False
        return True


def real(text: str, label: str | None = None, kind: str = "", **kw) -> Actor:
    bare = text[4:] if text.startswith("the ") else text
    return Actor(text, (label or bare,), kind, True, **kw)


def new(text: str, kind: str, **kw) -> Actor:
    bare = text[4:] if text.startswith("the ") else text
    return Actor(text, (bare,), kind, False, **kw)


# ------------------------------------------------------------------ states
STATES = [
    real("Iran", kind="state", adj="Iranian"),
    real("Ankara", "Turkey", "state", adj="Turkish"),
    real("the UAE", "United Arab Emirates", "state", adj="Emirati", mod="UAE"),
    real("Russia", kind="state", adj="Russian"),
    real("the United States", "United States", "state", adj="US", mod="US", poss="the United States'"),
    real("Rwanda", kind="state", adj="Rwandan"),
    real("Egypt", kind="state", adj="Egyptian"),
    real("Tehran", "Iran", "state", adj="Iranian"),
    real("Turkey", kind="state", adj="Turkish"),
    real("Qatar", kind="state", adj="Qatari"),
    real("Moscow", "Russia", "state", adj="Russian"),
    real("Eritrea", kind="state", adj="Eritrean"),
    # states that real officials below serve (picked for them, not in rotation)
    real("Israel", kind="state", adj="Israeli"),
    real("Ukraine", kind="state", adj="Ukrainian"),
    real("France", kind="state", adj="French"),
    real("the Democratic Republic of the Congo", "Democratic Republic of the Congo", "state",
         adj="Congolese", mod="Congo"),
    real("Kenya", kind="state", adj="Kenyan"),
]
NEW_STATES = [new(name, "state", adj=name + "n") for name in
              ("Karvonia", "Valdoria", "Tamaria", "Dravania", "Marovia", "Berevia")]

# ------------------------------------------------------------------ armed groups
GROUPS = [
    real("Hezbollah", kind="group"),
    real("Hamas", kind="group"),
    real("the Wagner Group", kind="group", mod="Wagner"),
    real("the RSF", "Rapid Support Forces", "group"),
    real("M23", "March 23 Movement", "group"),
    real("al-Shabaab", kind="group"),
    real("Boko Haram", kind="group"),
    real("the Libyan National Army", kind="group", mod="LNA"),
    real("the Arakan Army", kind="group"),
    real("the Kachin Independence Army", kind="group"),
    real("the Houthis", kind="group", plural=True),
    real("the Syrian Democratic Forces", kind="group", plural=True, mod="SDF"),
    # national armies commanded by the real leaders below (picked for them, not in rotation)
    real("the SAF", "Sudanese Armed Forces", "group"),
    real("the Myanmar military", "Tatmadaw", "group"),
]
NEW_GROUPS = [new(name, "group") for name in (
    "the Karsa Liberation Front", "the Drovan Front", "the Ombra Movement", "the Tessaly Patriotic Front",
    "the National Union for Kessa", "the Amber Brigade", "the Sokar Revolutionary Army",
    "the Northern Tulu Movement", "the Dakari Liberation Army", "the Popular Front for Lumo")]

# ------------------------------------------------------------------ international organizations
ORGS = [
    real("the UN", "United Nations", "org"),
    real("the European Union", kind="org", mod="EU"),
    real("the African Union", kind="org", mod="AU"),
    real("NATO", "North Atlantic Treaty Organization", "org"),
    real("ECOWAS", "Economic Community of West African States", "org"),
]
NEW_ORGS = [new(name, "org") for name in (
    "the Coastal States Union", "the Union of Lake States", "the Horn Cooperation Council")]

# ------------------------------------------------------------------ people
# Real officials with the office they held on the suite's date and their state.
OFFICIALS = [
    real("Sergei Lavrov", kind="person", title="Foreign Minister", nation="Russia", short="Lavrov"),
    real("Recep Tayyip Erdogan", kind="person", title="President", nation="Turkey", short="Erdogan"),
    real("Paul Kagame", kind="person", title="President", nation="Rwanda", short="Kagame"),
    real("Benjamin Netanyahu", kind="person", title="Prime Minister", nation="Israel", short="Netanyahu"),
    real("Felix Tshisekedi", kind="person", title="President", nation="Democratic Republic of the Congo",
         short="Tshisekedi"),
    real("Antony Blinken", kind="person", title="Secretary of State", nation="United States", short="Blinken"),
    real("Volodymyr Zelensky", "Volodymyr Zelenskyy", "person", title="President", nation="Ukraine",
         short="Zelensky"),
    real("Emmanuel Macron", kind="person", title="President", nation="France", short="Macron"),
    real("William Ruto", kind="person", title="President", nation="Kenya", short="Ruto"),
    real("Abdel Fattah el-Sisi", kind="person", title="President", nation="Egypt", short="Sisi"),
]
# Real commanders with the group they command.
LEADERS = [
    real("Khalifa Haftar", kind="leader", title="commander", heads="Libyan National Army", short="Haftar"),
    real("Mohamed Hamdan Dagalo", kind="leader", title="commander", heads="Rapid Support Forces", short="Dagalo"),
    real("Abdel Fattah al-Burhan", kind="leader", title="commander", heads="Sudanese Armed Forces",
         short="Burhan"),
    real("Min Aung Hlaing", kind="leader", title="commander-in-chief", heads="Tatmadaw"),
]
NEW_PEOPLE = [new(name, "person") for name in (
    "Amos Wekesa", "Idris Moumbe", "Selim Baradi", "Anya Koval", "Tomas Ardel", "Yusuf Karimo",
    "Nadia Ferrante", "Omar Bakaye", "Lina Dushko", "Hamid Tervani", "Joseph Mbaru", "Farid Oualem")]


POOLS: dict[tuple[str, bool], list[Actor]] = {
    ("state", True): STATES[:12], ("state", False): NEW_STATES,
    ("group", True): GROUPS[:12], ("group", False): NEW_GROUPS,
    ("org", True): ORGS, ("org", False): NEW_ORGS,
    ("person", True): OFFICIALS, ("person", False): NEW_PEOPLE,
    ("leader", True): LEADERS, ("leader", False): NEW_PEOPLE,
}
BY_LABEL = {a.key: a for a in STATES + GROUPS + ORGS + OFFICIALS + LEADERS}
