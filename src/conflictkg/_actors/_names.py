"""Name repair: the tokens that are an actor's name, and what is not part of it.

NER cuts names at particles ("Omar Hasan al-" + "Bashir"), stops short of a surname,
takes a rank or a determiner in ("Gen Abdel Fattah", "the Alliance of ..."), runs over
a line break from a headline into a dateline, or leaves the end of an organisation's
name outside ("Revolutionary Armed Forces of" + "Colombia"). These functions take a
token range and return the range of the name proper, with the title stripped from it
(kept for the mention) and the nicknames written inside it (``Jimmy "Barbecue" X``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .._docmemo import line_bounds as _line_bounds
from ._gazetteer import title_spans
from ._words import ACRONYM_NOUNS, NOT_NAMES, ORG_HEADS, PARTICLES, is_model_designation

_LEADING_NOISE = {"the", "a", "an", "self", "styled", "so", "called", "-", "'s", "’s", "pro", "anti", "ex",
                  "former", "late", "then", "his", "her", "its", "their", "our"}
_QUOTES = {'"', "“", "”", "'", "‘", "’", "«", "»"}
_SPLITTERS = {",", ";", ":", "(", ")", "[", "]", "—", "–", "|", "/"}
_FUNCTION_WORDS = {"of", "for", "in", "and", "the", "on", "de", "du", "des", "la", "le", "del", "al", "el", "to"}
_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9/&.-]{1,11}$")


@dataclass
class Name:
    start: int
    end: int  # exclusive
    title: str | None = None  # a title or rank stripped from before the name ("gen", "foreign minister")
    title_kind: str | None = None  # state | military | org | honorific
    nicknames: list[str] = field(default_factory=list)
    text: str = ""  # the name as a label: nicknames in quotes left out

    def __post_init__(self) -> None:
        self.text = self.text.strip()


def is_particle(tok: Token) -> bool:
    w = tok.lower_.rstrip("-").replace("’", "'")
    return w in PARTICLES and (tok.is_lower or tok.text in ("Al", "El", "Abu", "Abou", "Bin", "Ibn", "Ould", "Ben",
                                                            "Abd", "Abdel", "Abdul", "Van", "De", "Da", "Le", "La"))


def split_parts(doc: Doc, start: int, end: int, headline=None) -> list[tuple[int, int]]:
    """An entity that runs over a line break, a comma or a verb is several names or a fragment:
    'Bohoma, Déby' -> 'Bohoma', 'Déby'; 'Kiir accused Machar' -> 'Kiir', 'Machar'. In a headline
    (``headline``: a test for a headline's verb) a capitalised verb, or a verb's -s form the tagger
    took for a plural noun, cuts too (not an organisation's head word: 'Forces'):
    'Valdoria Sends Weapons' -> 'Valdoria', 'Attacks Hamas' -> 'Hamas'."""
    parts, s = [], start
    for i in range(start, end):
        t = doc[i]
        glued_slash = t.text == "/" and i > start and not doc[i - 1].whitespace_ and not t.whitespace_
        cut = (t.is_space or "\n" in t.text or (t.text in _SPLITTERS and not glued_slash)
               or (t.pos_ in ("VERB", "AUX") and t.is_lower) or (t.is_lower and t.pos_ in ("ADV", "PRON", "SCONJ"))
               or headline is not None and headline(t)
               # "the Velm Front and Korvian Movement": two names, the first whole before "and"
               or t.lower_ == "and" and i > s and closed_before_and(doc, s, i)
               or _person_possessor(doc, s, i, end))
        if cut:
            if i > s:
                parts.append((s, i))
            s = i + 1
    if end > s:
        parts.append((s, end))
    return parts


def _person_possessor(doc: Doc, s: int, i: int, end: int) -> bool:
    """'Ravel's Dawn Movement' where the article names a person Ravel elsewhere: the person owns the
    body, the two are two names (not 'Sudan People's Liberation Army': no person is called People)."""
    t = doc[i]
    if t.tag_ != "POS" or i == s or i + 1 >= end or not doc[i + 1].text[:1].isupper():
        return False
    owner = doc[i - 1].text
    return any(e.label_ == "PERSON" and (e.end <= s or e.start >= end) and e[-1].text == owner for e in doc.ents)


_TAIL_PREPOSITIONS = {"for", "in", "on", "since", "during", "after", "over", "at"}


def trim_lower_tail(doc: Doc, start: int, end: int) -> int:
    """NER may run an organisation's name on into a phrase after it: 'the National Union for Kessa for years',
    'the Velm Front in recent months'. A preposition after a capitalised word with only lower-case words
    after it ends the name there (when two words or more are left: not 'Front for change')."""
    k = end
    while k > start and doc[k - 1].is_lower and doc[k - 1].is_alpha and doc[k - 1].lower_ not in _TAIL_PREPOSITIONS:
        k -= 1
    if k == end or k - 1 <= start + 1 or doc[k - 1].lower_ not in _TAIL_PREPOSITIONS:
        return end
    if not doc[k - 2].text[:1].isupper():
        return end
    return k - 1


def clean(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Leading determiners and noise out, trailing possessives, punctuation and spaces out."""
    while start < end and (doc[start].lower_ in _LEADING_NOISE or doc[start].is_space
                           or (doc[start].is_punct and doc[start].text not in _QUOTES)):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_space
                           or (doc[end - 1].is_punct and doc[end - 1].text not in ("-",))
                           or doc[end - 1].lower_ in ("'s", "’s")):
        end -= 1
    # a hyphen left dangling at the end ("al-") stays only if the name goes on; it does not here
    while end > start and doc[end - 1].text == "-":
        end -= 1
    return start, end


def strip_title(doc: Doc, start: int, end: int) -> tuple[int, str | None, str | None]:
    """Titles and honorifics at the start of a name (or overlapping it), or just before it, leave the name and become
    the mention's title: 'King Mohammed VI' -> 'Mohammed VI' (king); 'Lt Gen X' -> 'X' (lt gen)."""
    titles = title_spans(doc)
    title = kind = None
    # inside the span: the longest title that starts at the span's first token
    moved = True
    while moved and start < end:
        moved = False
        for e in range(end - 1, start, -1):  # a title must leave at least one word of name
            hit = titles.get(e)
            # (or one that opens before it: NER took "Defence Ilkka Varos" from "Minister of Defence ...")
            if hit and hit[0] <= start and doc[e].text[:1].isupper():
                if kind is None or kind == "honorific" or hit[2] != "honorific":
                    title, kind = hit[1], hit[2]
                start, moved = e, True
                while start < end and doc[start].text in (".", ","):
                    start += 1
                break
    if title is None:
        hit = titles.get(start)
        if hit is not None:
            title, kind = hit[1], hit[2]
            if kind == "honorific":  # "President Sheikh X": the title before the honorific
                inner = titles.get(hit[0])
                if inner is not None and inner[2] != "honorific":
                    title, kind = inner[1], inner[2]
    return start, title, kind


def nicknames_inside(doc: Doc, start: int, end: int) -> tuple[str, list[str]]:
    """'Jimmy "Barbecue" Chérizier' -> ('Jimmy Chérizier', ['Barbecue'])."""
    words, nicks, inside, current = [], [], False, []
    for t in doc[start:end]:
        if t.text in _QUOTES and not (t.text in ("'", "’") and t.i > start and not doc[t.i - 1].whitespace_):
            if inside and current:
                nicks.append("".join(c.text_with_ws for c in current).strip())
                current = []
            inside = not inside
            continue
        (current if inside else words).append(t)
    if not nicks:
        return doc[start:end].text, []
    return "".join(t.text_with_ws for t in words).strip(), nicks


def extend_person(doc: Doc, start: int, end: int, claimed: set[int]) -> int:
    """NER stops short of some surnames ("Jean-Yves Le" of "Jean-Yves Le Drian", "Omar Hasan al-"
    of "Omar Hasan al-Bashir", "Alix Didier" of "Alix Didier Fils-Aimé"): take in particles and the
    capitalised words that follow directly, up to two words no other name claims."""
    taken = 0
    while end < len(doc) and taken < 3:
        t = doc[end]
        glued = not doc[end - 1].whitespace_
        if t.text == "-" and glued and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
            end += 1
            continue
        if is_particle(t) and end + 1 < len(doc) and (doc[end + 1].text[:1].isupper() or doc[end + 1].text == "-"):
            end += 1
            continue
        if (t.pos_ == "PROPN" and t.is_title and t.lower_ not in NOT_NAMES and t.lower_ not in ORG_HEADS
                and (end not in claimed or glued or is_particle(doc[end - 1]) or doc[end - 1].text == "-"
                     or _one_word_entity(doc, end))
                # (a name never ends in its particle: "Lucia Van der" + "Heyde", whatever NER called the surname)
                and (t.ent_type_ not in ("GPE", "NORP", "DATE", "LOC") or is_particle(doc[end - 1]) and end - 1 > start)
                and not t.is_sent_start):
            end += 1
            taken += 1
            continue
        if glued and t.text in ("-",):
            break
        break
    while end > start and (doc[end - 1].text == "-" or (is_particle(doc[end - 1]) and doc[end - 1].is_lower)):
        end -= 1
    return end


def extend_person_back(doc: Doc, start: int, claimed: set[int]) -> int:
    """NER may start a name at its particle ("bin Faisal" of "Prince Turki bin Faisal", "Horst" of
    "Jan ter Horst", "Costa" of "Da Costa"): take in the particles just before the name, then the
    capitalised given names before them (up to two, no title's word, no other name's word). A name
    with no particle at its start keeps its start. Returns the new start."""
    k = start
    while k > 0 and k - start > -3 and is_particle(doc[k - 1]) and doc[k - 1].whitespace_ != "\n":
        k -= 1
    titles = title_spans(doc)
    if k == start and not is_particle(doc[start]):
        # "Ilya" + "Dravic": a capitalised given name the parser hangs on the surname as a compound
        t = doc[start - 1] if start > 0 else None
        if t is not None and t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.dep_ == "compound" \
                and t.head.i == start and (start - 1) not in claimed and t.lower_ not in NOT_NAMES \
                and t.lower_ not in ORG_HEADS and not t.ent_type_ and "\n" not in t.whitespace_ \
                and titles.get(start) is None and not any(s <= start - 1 < e for e, (s, _, _) in titles.items()):
            return start - 1
        return start

    def in_title(i: int) -> bool:
        return any(s <= i < e for e, (s, _, _) in titles.items() if e <= start)

    first = k
    taken = 0
    while first > 0 and taken < 2:
        t = doc[first - 1]
        if not (t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.lower_ not in NOT_NAMES
                and t.lower_ not in ORG_HEADS and (first - 1) not in claimed and not in_title(first - 1)
                and t.ent_type_ not in ("GPE", "NORP", "DATE", "LOC", "ORG") and "\n" not in t.whitespace_):
            break
        first -= 1
        taken += 1
    if taken:
        return first
    # "Da Costa said": a capitalised particle opening the sentence is the surname's
    if k < start and doc[k].is_sent_start and doc[k].text[:1].isupper():
        return k
    return start


def _one_word_entity(doc: Doc, i: int) -> bool:
    """Does an unknown one-word (maybe hyphenated) person or organisation name start at token i?
    ('Alix Didier' + 'Fils-Aimé': NER cut a surname off as a name of its own)."""
    t = doc[i]
    if t.ent_iob_ != "B" or t.ent_id_ or t.ent_type_ not in ("ORG", "PERSON"):
        return False
    j = i + 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        if doc[j - 1].whitespace_:
            return False
        j += 1
    return True


def closed_before_and(doc: Doc, start: int, j: int) -> bool:
    """Is the name doc[start:j] whole before the "and" at j: it ends in an organisation's head word ('the Drel
    Front and Korvian militias', 'the Drel Front and Korvian Movement') with no preposition inside it, whose
    object "and" could go on ('Movement for Justice and Equality', 'Support of Islam and Muslims')?"""
    words = [t.lower_ for t in doc[start:j]]
    return bool(words) and words[-1] in ORG_HEADS and not any(w in ("of", "for", "in", "on") for w in words)


def extend_org(doc: Doc, start: int, end: int, stop=None) -> int:
    """The end of an organisation's name that NER left out: a name cut after a preposition
    ('Revolutionary Armed Forces of' + 'Colombia', 'Islamic Resistance in' + 'Iraq'), or the rest
    of a name before its acronym ('Front for Change' + 'and Concord in Chad (FACT)'), or a name
    NER cut at a slash ('KLM' + '/A in Opposition'). In a headline ``stop`` (a test for a
    headline's verb or preposition) ends the name too: 'The Kingdom of' + 'Dalmor', not 'Dalmor Sends Weapons'."""
    n = len(doc)
    if end + 1 < n and doc[end].text == "/" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha:
        end += 2
        while end + 1 < n and doc[end].lower_ in ("in", "of", "for") and doc[end + 1].text[:1].isupper() \
                and doc[end + 1].is_alpha and not doc[end + 1].is_sent_start:
            end += 2
        return end
    if end - 1 > start and doc[end - 1].lower_ == "and" and closed_before_and(doc, start, end - 1):
        return end - 1  # "the Drel Front and" + "Korvian Movement": two names
    if end > start and doc[end - 1].lower_ in _FUNCTION_WORDS and doc[end - 1].is_lower:
        j = end
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
        k = j
        while k < len(doc) and (doc[k].text[:1].isupper() or (doc[k].lower_ in _FUNCTION_WORDS and k > j)) \
                and not doc[k].is_space and k - j < 6 and not (stop is not None and stop(doc[k])):
            k += 1
        while k > j and doc[k - 1].lower_ in _FUNCTION_WORDS:
            k -= 1
        if k > j:
            return k
        return end - 1
    # "the Kelto Observatory" + "for Human Rights": a name ending in an organisation's head word goes on
    # through "for" / "of" and the capitalised words after it
    # ("of" only before "the": "the X Front of Mirel Dastan" is the front of a person)
    if end > start and end + 2 < n and (doc[end].lower_ == "for" or doc[end].lower_ == "of" and doc[end + 1].lower_ == "the") \
            and doc[end - 1].lower_ in ORG_HEADS \
            and doc[end - 1].text[:1].isupper() and doc[end - 1].whitespace_ == " ":
        j = end + 1
        if doc[j].lower_ == "the":
            j += 1
        k = j
        while k < n and (doc[k].text[:1].isupper() and doc[k].is_alpha or doc[k].lower_ in ("and", "of", "the") and k > j) \
                and not doc[k].is_space and k - j < 5 and not (stop is not None and stop(doc[k])) \
                and not doc[k].is_sent_start and "\n" not in doc[k - 1].whitespace_:
            k += 1
        while k > j and doc[k - 1].lower_ in ("and", "of", "the"):
            k -= 1
        # (not "the Quds Force of Iran's Revolutionary Guard", not "the X Front of Mirel Dastan": a person's)
        if k > j and not (k < n and doc[k].tag_ == "POS") and not any(t.ent_type_ == "PERSON" for t in doc[j:k]):
            return k
    # "Front for Change and Concord in Chad (FACT)": the words before the acronym belong to the name
    k = end
    while k < len(doc) and k - end < 7 and not doc[k].is_space and (
            doc[k].lower_ in _FUNCTION_WORDS or (doc[k].text[:1].isupper() and not doc[k].is_punct)):
        k += 1
    if (k > end and k + 2 < len(doc) and doc[k].text == "(" and _ACRONYM.match(doc[k + 1].text)
            and doc[k + 2].text == ")" and doc[end].lower_ in _FUNCTION_WORDS
            and doc[k - 1].text[:1].isupper()):
        return k
    return end


def acronym_after(doc: Doc, end: int) -> str | None:
    """'Full Name (ACR)': the acronym in brackets right after a name (also 'Full Name (ACR, for its Spanish
    initials)', 'Full Name (ACR, its French acronym)')."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and _ACRONYM.match(doc[end + 1].text) \
            and any(c.isupper() for c in doc[end + 1].text[1:]):
        return doc[end + 1].text
    if end + 4 < len(doc) and doc[end].text == "(" and doc[end + 2].text == "," and _ACRONYM.match(doc[end + 1].text) \
            and any(c.isupper() for c in doc[end + 1].text[1:]):
        close = next((t.i for t in doc[end + 3:min(len(doc), end + 10)] if t.text == ")"), None)
        if close is not None and any(t.lower_ in ACRONYM_NOUNS for t in doc[end + 3:close]):
            return doc[end + 1].text
    if end + 4 < len(doc) and doc[end].text == "(" and doc[end + 4].text == ")" and doc[end + 2].text in ("-", "/"):
        text = doc[end + 1:end + 4].text
        if _ACRONYM.match(text.replace(" ", "")):
            return text.replace(" ", "")
    return None


def looks_like_name(doc: Doc, start: int, end: int, prefixed: bool = False) -> bool:
    """A proper name has a capitalised word, is no month or common word, and is not all lower case."""
    if end <= start:
        return False
    span = doc[start:end]
    if not any(t.text[:1].isupper() for t in span):
        return False
    if end - start == 1 and (span[0].lower_ in NOT_NAMES or span[0].like_num):
        return False
    if end - start == 1 and is_model_designation(span[0].text):
        return False  # "shot down an F-16", "T-72 tanks": a weapon's model
    if end - start == 1 and span[0].pos_ not in ("PROPN", "X") and not span[0].text.isupper() and not prefixed:
        return False  # a capitalised common word ("Drawn by ...", "Islamist") that NER took for a name
    # a name inside a title: "Defence" of "Defence Secretary X"
    for e in range(end, min(end + 4, len(doc) + 1)):
        hit = title_spans(doc).get(e)
        if hit is not None and hit[0] <= start and e > start:
            return False
        # "Castellan Defence Minister Tomas Ardell": a demonym before a state's title is the title's, not a
        # name running into it (the title ends where the holder's name begins)
        if hit is not None and e == end and start < hit[0] < end and hit[2] in ("state", "military") \
                and hit[0] - start == 1 and doc[start].text[:1].isupper() and doc[start].is_alpha:
            return False
    if all(t.lower_ in NOT_NAMES or t.is_punct for t in span) or span.text.lower() in NOT_NAMES:
        return False
    return True


def line_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """The token span [start, end) of the line token i is on (lines end at a token holding a newline)."""
    return _line_bounds(doc, i)  # (the document's newlines found once)


def title_case_line(doc: Doc, i: int) -> bool:
    """Is token i in a line written in Title Case with no full stop (a headline), judged by all its
    longer words, names included ('Valdoria Sends Weapons To Boko Haram')?"""
    start, end = line_bounds(doc, i)
    memo = doc.user_data.setdefault("ckg_title_case_lines", {})  # one answer per line, not per token asking
    if start not in memo:
        words = [t for t in doc[start:end] if t.is_alpha and len(t) > 3]
        memo[start] = len(words) >= 3 and all(t.is_title or t.is_upper for t in words) \
            and doc[end - 1].text not in (".", "?", "!") and any("\n" in t.text for t in doc[end:end + 1])
    return memo[start]
