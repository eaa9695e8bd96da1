"""Stage 1, read: articles from .txt files, .jsonl files and folders of them."""
from __future__ import annotations

import errno
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ._errors import InputError

SUFFIXES = (".txt", ".jsonl")
_SURROGATE = re.compile("[\ud800-\udfff]")
Warn = Callable[[str], None]


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
    """An ISO date, or an ISO date and time (its date is kept); anything else is refused."""
    if value in (None, ""):
        return None
    shown = repr(value)[:60]
    if not isinstance(value, str):
        raise InputError(f"{where}: date {shown} is not a string (YYYY-MM-DD)", code="E106")
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        raise InputError(f"{where}: date {shown} is not an ISO date (YYYY-MM-DD) or date and time", code="E106") from None


def _check_text(value: str, field: str, where: str) -> str:
    bad = _SURROGATE.search(value)
    if bad:
        raise InputError(f"{where}: {field} holds a lone surrogate (U+{ord(bad.group()):04X}) at character "
                         f"{bad.start()}, which is not Unicode text", code="E113")
    return value


def _optional_string(row: dict, key: str, where: str) -> str | None:
    value = row.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"{where}: field {key!r} must be a string, not {type(value).__name__}", code="E109")
    return _check_text(value, key, where)


def _check_url(value: str | None, where: str) -> str | None:
    if value is not None and "://" in value:
        import pyoxigraph as ox
        try:
            ox.NamedNode(value)
        except ValueError as exc:
            raise InputError(f"{where}: url {value[:80]!r} is not a valid IRI ({exc}); percent-encode it "
                             "(a space is %20)", code="E114") from None
    return value


def headline(text: str) -> str | None:
    """The title of an article that has none: its first line, where that reads as a headline; not
    where the text opens with its first paragraph (longer than any headline, or a sentence of more
    than a dozen words ending in a full stop), which would show as the title ("date 2020-07-22 Turkey
    and Russia agreed on…")."""
    first = text.strip().splitlines()[0].strip() if text.strip() else ""
    if not first or len(first) > HEADLINE_LIMIT or (first.endswith(".") and len(first.split()) > 12):
        return None
    return first


HEADLINE_LIMIT = 150  # characters: news headlines keep well under it


def read_txt(path: Path) -> Article:
    text = _check_text(_decode(path), "text", str(path))
    if not text.strip():
        raise InputError(f"{path} is empty", code="E104")
    return Article(id=path.stem, text=text, title=headline(text), source=str(path))


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
        except RecursionError:
            raise InputError(f"{where}: malformed JSON (nested too deeply)", code="E105") from None
        if not isinstance(row, dict):
            raise InputError(f"{where}: each line must be a JSON object", code="E105")
        for key in ("id", "text"):
            if not isinstance(row.get(key), str) or not row[key].strip():
                raise InputError(f"{where}: field {key!r} is missing or not a non-empty string", code="E107")
            _check_text(row[key], key, where)
        seen += 1
        yield Article(
            id=row["id"], text=row["text"],
            title=_optional_string(row, "title", where) or headline(row["text"]),
            publisher=_optional_string(row, "publisher", where), date=_check_date(row.get("date"), where),
            url=_check_url(_optional_string(row, "url", where), where), source=str(path),
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
            try:
                os.stat(p)
                reason = "not a file or folder"
            except OSError as exc:
                reason = ("a symbolic link that loops" if exc.errno == errno.ELOOP
                          else "a symbolic link to nothing" if p.is_symlink() else "no such file or folder")
            raise InputError(f"{p}: {reason}", code="E101")
    return files


def read_articles(paths: Iterable[str | Path], warn: Warn | None = None) -> list[Article]:
    """Read every article under ``paths``; fail on the first unreadable one, before any work.
    Where two articles have the same id, the later one is built and ``warn`` is told."""
    articles: dict[str, Article] = {}
    twins = _JsonlTwins()
    for f in _expand(paths):
        batch = list(read_jsonl(f)) if f.suffix == ".jsonl" else [twins.with_metadata(read_txt(f), f, warn)]
        for a in batch:
            if a.id in articles and warn is not None:
                where = (f"in {a.source}" if a.source == articles[a.id].source
                         else f"in {articles[a.id].source} and {a.source}")
                warn(f"article id {a.id[:80]!r} appears twice ({where}); the later one is built")
            articles[a.id] = a  # a later copy of the same id wins, as a rebuild would
    if not articles:
        raise InputError("no articles found (give .txt or .jsonl files, or folders of them)", code="E104")
    return list(articles.values())


class _JsonlTwins:
    """The .jsonl lines beside a .txt given by name: a folder may hold a corpus in two forms
    (ID.txt and a line of articles.jsonl with its metadata); a folder is built from the .jsonl, and
    so is one of its .txt files, so that building it alone keeps its title, publisher, date and url."""

    def __init__(self) -> None:
        self.folders: dict[Path, dict[str, Article]] = {}

    def with_metadata(self, article: Article, path: Path, warn: Warn | None) -> Article:
        folder = path.parent
        if folder not in self.folders:
            self.folders[folder] = {}
            for f in sorted(folder.glob("*.jsonl")):
                try:
                    self.folders[folder].update((a.id, a) for a in read_jsonl(f))
                except InputError:
                    continue  # a broken neighbour is not this build's input
        twin = self.folders[folder].get(article.id)
        if twin is None:
            return article
        same = twin.text.strip() == article.text.strip()
        if warn is not None:
            warn(f"{path} is also a line of {twin.source}: built with its metadata (title, publisher, date, url)"
                 + ("" if same else "; its text from the .txt, which differs"))
        if same:
            return twin  # the article as building the folder reads it
        return Article(id=article.id, text=article.text, title=twin.title if twin.title != headline(twin.text)
                       else article.title, publisher=twin.publisher, date=twin.date, url=twin.url,
                       source=article.source)
