"""Stage 1, read: articles from .txt files, .jsonl files and folders of them."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ._errors import InputError

SUFFIXES = (".txt", ".jsonl")


@dataclass(frozen=True)
class Article:
    """One news article. Offsets everywhere count Python str positions in ``text``."""

    id: str
    text: str
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None  # the file it was read from

    @property
    def separate_title(self) -> str | None:
        """A headline the text does not begin with (a .jsonl "title"): read like a first line,
        with offsets into the title itself."""
        title = (self.title or "").strip()
        return title if title and not self.text.lstrip().startswith(title) else None

    def text_of(self, context: str) -> str:
        """The text a reading's offsets point into: "text" (the article) or "title"."""
        return (self.separate_title or "") if context == "title" else self.text


def _decode(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}", code="E101") from exc
    if b"\x00" in raw[:8192]:
        raise InputError(f"{path} is a binary file, not UTF-8 text", code="E102")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8 (byte {exc.start}): re-save it as UTF-8", code="E103") from exc
    return text[1:] if text.startswith("\ufeff") else text


def _check_date(value: object, where: str) -> str | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError as exc:
        raise InputError(f"{where}: date {value!r} is not an ISO date (YYYY-MM-DD)", code="E106") from exc


def read_txt(path: Path) -> Article:
    text = _decode(path)
    if not text.strip():
        raise InputError(f"{path} is empty", code="E104")
    title = text.strip().splitlines()[0].strip()
    return Article(id=path.stem, text=text, title=title, source=str(path))


def read_jsonl(path: Path) -> Iterator[Article]:
    text = _decode(path)
    seen = 0
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: malformed JSON ({exc.msg}, column {exc.colno})", code="E105") from exc
        if not isinstance(row, dict):
            raise InputError(f"{where}: each line must be a JSON object", code="E105")
        for key in ("id", "text"):
            if not isinstance(row.get(key), str) or not row[key].strip():
                raise InputError(f"{where}: field {key!r} is missing or not a non-empty string", code="E107")
        seen += 1
        yield Article(
            id=row["id"], text=row["text"],
            title=row.get("title") or row["text"].strip().splitlines()[0].strip(),
            publisher=row.get("publisher") or None, date=_check_date(row.get("date"), where),
            url=row.get("url") or None, source=str(path),
        )
    if not seen:
        raise InputError(f"{path} holds no articles", code="E104")


def _expand(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.suffix in SUFFIXES and f.is_file())
            # A folder holding both ID.txt and articles.jsonl with the same ids is one corpus
            # in two forms: the .jsonl carries the metadata, so the .txt twins are skipped.
            jsonl_ids = {a.id for f in found if f.suffix == ".jsonl" for a in read_jsonl(f)}
            files += [f for f in found if not (f.suffix == ".txt" and f.stem in jsonl_ids)]
        elif p.is_file():
            if p.suffix not in SUFFIXES:
                raise InputError(f"{p}: unsupported file type {p.suffix!r} (use .txt or .jsonl)", code="E108")
            files.append(p)
        else:
            raise InputError(f"{p}: no such file or folder", code="E101")
    return files


def read_articles(paths: Iterable[str | Path]) -> list[Article]:
    """Read every article under ``paths``; fail on the first unreadable one, before any work."""
    articles: dict[str, Article] = {}
    for f in _expand(paths):
        batch = list(read_jsonl(f)) if f.suffix == ".jsonl" else [read_txt(f)]
        for a in batch:
            articles[a.id] = a  # a later copy of the same id wins, as a rebuild would
    if not articles:
        raise InputError("no articles found (give .txt or .jsonl files, or folders of them)", code="E104")
    return list(articles.values())
