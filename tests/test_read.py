import json

import pytest

from conflictkg import InputError, read_articles


def test_read_txt_uses_stem_and_first_line(tmp_path):
    f = tmp_path / "a1.txt"
    f.write_text("Headline here\n\nBody text.", encoding="utf-8")
    [a] = read_articles([f])
    assert (a.id, a.title, a.text) == ("a1", "Headline here", "Headline here\n\nBody text.")


def test_read_jsonl_keeps_metadata(tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_text(json.dumps({"id": "d1", "text": "T\nbody", "publisher": "P", "date": "2021-02-03", "url": "https://e.org/1"}) + "\n")
    [a] = read_articles([f])
    assert (a.publisher, a.date, a.url, a.title) == ("P", "2021-02-03", "https://e.org/1", "T")


def test_read_folder_prefers_jsonl_twin(tmp_path):
    (tmp_path / "d1.txt").write_text("T\nbody")
    (tmp_path / "all.jsonl").write_text(json.dumps({"id": "d1", "text": "T\nbody", "publisher": "P"}) + "\n")
    (tmp_path / "d2.txt").write_text("Other\nbody")
    arts = {a.id: a for a in read_articles([tmp_path])}
    assert set(arts) == {"d1", "d2"} and arts["d1"].publisher == "P"


@pytest.mark.parametrize("text,title", [
    ("Valdoria, Ostrand pledge to end border fighting\n\nVELMA (Wire) - Talks went on.",
     "Valdoria, Ostrand pledge to end border fighting"),
    ("Will Ostrand stay?\n\nBody.", "Will Ostrand stay?"),
    (" date 2024-03-11 Valdoria and Ostrand agreed on Monday to work for a truce along their long northern border, "
     "but Velma said the rebel commander had no right to sign.\n\nBoth capitals want a deal.", None),
    ("Valdoria and Ostrand agreed on Monday to work for a truce along their northern border, officials said.\n\nMore.",
     None),
])
def test_read_title_is_a_first_line_that_reads_as_a_headline(tmp_path, text, title):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "b", "text": text}) + "\n", encoding="utf-8")
    assert [a.title for a in read_articles([tmp_path / "a.txt", tmp_path / "b.jsonl"])] == [title, title]


def test_read_one_txt_keeps_the_metadata_of_its_jsonl_twin(tmp_path):
    (tmp_path / "d1.txt").write_text("T\nbody")
    (tmp_path / "d2.txt").write_text("Changed\nbody")
    (tmp_path / "d3.txt").write_text("Alone\nbody")
    (tmp_path / "all.jsonl").write_text(
        json.dumps({"id": "d1", "text": "T\nbody", "publisher": "P", "date": "2021-02-03"}) + "\n"
        + json.dumps({"id": "d2", "text": "T\nbody", "title": "Headline", "publisher": "Q"}) + "\n")
    warnings = []
    arts = {a.id: a for a in read_articles([tmp_path / "d1.txt", tmp_path / "d2.txt", tmp_path / "d3.txt"],
                                           warn=warnings.append)}
    # the article as building the folder reads it
    assert arts["d1"] == next(a for a in read_articles([tmp_path]) if a.id == "d1")
    assert (arts["d1"].publisher, arts["d1"].date) == ("P", "2021-02-03")
    assert (arts["d2"].text, arts["d2"].title, arts["d2"].publisher) == ("Changed\nbody", "Headline", "Q")
    assert arts["d3"].publisher is None
    assert len(warnings) == 2 and "d1.txt is also a line of" in warnings[0] and "which differs" in warnings[1]


@pytest.mark.parametrize("name,content,code", [
    ("empty.txt", b"", "E104"),
    ("blank.txt", b"  \n\n", "E104"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "E102"),
    ("latin1.txt", "caf\u00e9 au lait".encode("latin-1"), "E103"),
    ("bad.jsonl", b'{"id": "a", "text": "x"\n', "E105"),
    ("noid.jsonl", b'{"text": "x"}\n', "E107"),
    ("list.jsonl", b'[1, 2]\n', "E105"),
    ("baddate.jsonl", b'{"id": "a", "text": "x", "date": "yesterday"}\n', "E106"),
    ("notes.pdf", b"%PDF-1.4", "E108"),
])
def test_read_rejects_bad_input_with_code(tmp_path, name, content, code):
    f = tmp_path / name
    f.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_articles([f])
    assert err.value.code == code
    assert str(f) in str(err.value)


def test_read_missing_path(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_articles([tmp_path / "nope.txt"])


def test_read_a_jsonl_title_outside_the_text_is_read_like_a_first_line(tmp_path, extractor):
    """A headline the text does not start with yields claims whose offsets point into the title."""
    import json

    import conflictkg
    from conflictkg import KnowledgeGraph, iter_claims

    title = "Turkey backs the Somali government as talks stall"
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "h1", "title": title, "date": "2024-05-03",
                             "text": "Talks stalled on Friday. Officials gave no figures."}) + "\n", encoding="utf-8")
    store = tmp_path / "kg"
    conflictkg.build([f], store, extractor=extractor)
    with KnowledgeGraph(store, read_only=True) as kg:
        claims = list(iter_claims(kg))
    [c] = [c for c in claims if c["subject"] == "Turkey"]
    assert c["in"] == "title" and title[c["start"]:c["end"]] == c["sentence"]
    assert c["object"] == "Somalia"


def test_read_a_long_article_is_read_in_sections(tmp_path, extractor, monkeypatch):
    """An article longer than a section (100,000 characters; 600 here, to keep the test fast) is read
    section by section, cut at line breaks; every reading's offsets still point into the whole text."""
    import conflictkg
    from conflictkg import _extract, iter_claims, KnowledgeGraph
    from conflictkg._extract import sections

    monkeypatch.setattr(_extract, "SECTION_CHARS", 600)
    paragraph = "Turkey backs the Government of National Accord.\nRussia sends weapons to the LNA.\n"
    text = "Long report\n\n" + paragraph * 30
    parts = sections(text, 600)
    assert len(parts) > 1 and "".join(p for _, p in parts) == text
    assert all(len(p) <= 600 for _, p in parts) and all(p.endswith("\n") for _, p in parts[:-1])
    f = tmp_path / "long.txt"
    f.write_text(text, encoding="utf-8")
    conflictkg.build([f], tmp_path / "kg", extractor=extractor)
    with KnowledgeGraph(tmp_path / "kg", read_only=True) as kg:
        claims = list(iter_claims(kg))
    assert len(claims) >= 60
    assert all(text[c["start"]:c["end"]] == c["sentence"] for c in claims)
