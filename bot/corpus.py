"""Corpus: read vetted sources and the help directory from disk.

In:   corpus/sources/*.md (YAML front matter + Markdown digest) and corpus/help/services.yaml.
Out:  frozen `Source` records (only what the schema accepts) and `HelpService` records.
Fails: `CorpusError` naming the file and the field, never a half-read corpus.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from bot.errors import CorpusError

JURISDICTIONS = ("UK", "US", "EU", "AU", "INT")
SOURCE_TYPES = (
    "news", "report", "legislation", "bill", "guidance", "research", "statement",
    "speech", "parliamentary", "case", "service", "data", "commentary", "standard", "regulation",
)
STATUSES = ("approved", "pending", "retired")
# A closed topic vocabulary, so `vetted corpus list --topic` and coverage tables stay meaningful.
TOPICS = (
    "iwf-data", "statistics", "uk-law", "online-safety-act", "ofcom", "crime-and-policing-bill",
    "us-law", "take-it-down-act", "ncmec", "us-states", "cases", "eu-law", "australia",
    "international", "industry", "pledge-2023", "safety-by-design", "training-data", "hash-matching",
    "provenance", "detection", "safeguarding", "sextortion", "nudify-apps", "schools", "parents",
    "reporting", "image-removal", "prevention", "policing", "threat-landscape", "deepfakes",
    "sentencing", "research",
)
HELP_AUDIENCES = (
    "children", "worried_adults", "own_thoughts", "reporting_images", "image_removal", "emergency",
    "parents", "victims",
)
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{2,79}$")
MAX_SOURCE_BYTES = 200_000
FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n?(.*)\Z", re.DOTALL)


class FrontMatter(BaseModel):
    """The schema every source file's front matter must satisfy (the edge of the corpus)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    title: str = Field(min_length=3, max_length=300)
    publisher: str = Field(min_length=2, max_length=200)
    url: str
    published: dt.date
    published_precision: Literal["day", "month", "year"] = "day"
    type: Literal[SOURCE_TYPES]  # type: ignore[valid-type]
    jurisdiction: tuple[Literal[JURISDICTIONS], ...]  # type: ignore[valid-type]
    topics: tuple[Literal[TOPICS], ...]  # type: ignore[valid-type]
    licence: str = Field(min_length=10)
    vetted_on: dt.date | None = None
    last_checked: dt.date
    status: Literal[STATUSES]  # type: ignore[valid-type]
    author: str | None = None
    also_urls: tuple[str, ...] = ()
    unconfirmed: tuple[str, ...] = ()
    notes: str | None = None
    # True while the body is still the original's text as `vetted corpus add` extracted it.
    extract: bool = False

    @field_validator("id")
    @classmethod
    def _id_is_slug(cls, value: str) -> str:
        if not ID_PATTERN.match(value):
            raise ValueError("must be a lowercase slug of 3-80 characters: letters, digits and hyphens")
        return value

    @field_validator("url")
    @classmethod
    def _url_is_http(cls, value: str) -> str:
        if not re.match(r"^https?://[^\s/]+\.[^\s]+$", value):
            raise ValueError("must be an http(s) URL")
        return value

    @field_validator("also_urls")
    @classmethod
    def _also_urls_are_http(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for url in value:
            if not re.match(r"^https?://\S+$", url):
                raise ValueError(f"{url!r} is not an http(s) URL")
        return value

    @field_validator("jurisdiction", "topics", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        if isinstance(value, str):
            return (value,)
        return value

    @field_validator("jurisdiction", "topics")
    @classmethod
    def _not_empty(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            raise ValueError("must list at least one value")
        return value

    @model_validator(mode="after")
    def _dates_make_sense(self) -> "FrontMatter":
        if self.status == "approved" and self.vetted_on is None:
            raise ValueError("vetted_on: an approved source needs the date it was vetted")
        if self.status == "approved" and self.extract:
            raise ValueError("extract: an unreviewed extract cannot be approved; rewrite it as a digest first")
        if self.vetted_on and self.vetted_on < self.published:
            raise ValueError("vetted_on: cannot be before the published date")
        if self.last_checked < self.published:
            raise ValueError("last_checked: cannot be before the published date")
        return self


@dataclass(frozen=True)
class Source:
    """One vetted source: provenance plus the digest body that is retrieved and quoted."""

    id: str
    title: str
    publisher: str
    url: str
    published: dt.date
    type: str
    jurisdiction: tuple[str, ...]
    topics: tuple[str, ...]
    licence: str
    vetted_on: dt.date | None
    last_checked: dt.date
    status: str
    body: str
    path: Path
    published_precision: str = "day"
    unconfirmed: tuple[str, ...] = ()
    extract: bool = False

    @property
    def content_hash(self) -> str:
        """Hash of everything that ends up in the index for this source."""
        digest = hashlib.sha256()
        for part in (self.id, self.title, self.publisher, self.url, self.published.isoformat(),
                     ",".join(self.jurisdiction), ",".join(self.topics), self.status, self.body):
            digest.update(part.encode("utf-8"))
            digest.update(b"\x00")
        return digest.hexdigest()


def _describe_validation_error(error: ValidationError) -> str:
    parts = []
    for item in error.errors():
        field = ".".join(str(p) for p in item["loc"]) or "front matter"
        message = item["msg"].removeprefix("Value error, ")
        parts.append(f"field '{field}': {message}")
    return "; ".join(parts)


def parse_source(path: Path) -> Source:
    """Read one source file, or raise CorpusError naming the file and the field."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read file ({exc.strerror})") from exc
    if not raw.strip():
        raise CorpusError(f"{path}: file is empty")
    if len(raw) > MAX_SOURCE_BYTES:
        raise CorpusError(f"{path}: file is {len(raw):,} bytes, over the {MAX_SOURCE_BYTES:,}-byte limit")
    if b"\x00" in raw:
        raise CorpusError(f"{path}: looks like a binary file, not Markdown")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not valid UTF-8 (byte {exc.start})") from exc
    text = text.replace("\r\n", "\n")
    match = FRONT_MATTER.match(text)
    if not match:
        raise CorpusError(f"{path}: missing YAML front matter (the file must start with a '---' block)")
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        raise CorpusError(f"{path}: front matter is not valid YAML ({exc})".replace("\n", " ")) from exc
    if not isinstance(meta, dict):
        raise CorpusError(f"{path}: front matter must be a mapping of fields")
    try:
        front = FrontMatter.model_validate(meta)
    except ValidationError as exc:
        raise CorpusError(f"{path}: {_describe_validation_error(exc)}") from exc
    if front.id != path.stem:
        raise CorpusError(f"{path}: field 'id': '{front.id}' must match the file name '{path.stem}'")
    body = match.group(2).strip()
    if len(body.split()) < 30:
        raise CorpusError(f"{path}: body: the digest is too short to be useful (under 30 words)")
    return Source(
        id=front.id, title=front.title, publisher=front.publisher, url=front.url,
        published=front.published, type=front.type, jurisdiction=front.jurisdiction,
        topics=front.topics, licence=front.licence, vetted_on=front.vetted_on,
        last_checked=front.last_checked, status=front.status, body=body, path=path,
        published_precision=front.published_precision, unconfirmed=front.unconfirmed,
        extract=front.extract,
    )


def load_sources(directory: Path, *, statuses: tuple[str, ...] | None = None) -> list[Source]:
    """Load every source under `directory`; any malformed file stops the load with CorpusError."""
    if not directory.is_dir():
        raise CorpusError(f"{directory}: corpus folder not found")
    sources: list[Source] = []
    seen: dict[str, Path] = {}
    for path in sorted(directory.glob("*.md")):
        source = parse_source(path)
        if source.id in seen:
            raise CorpusError(f"{path}: field 'id': duplicate id '{source.id}' (also in {seen[source.id]})")
        seen[source.id] = path
        if statuses is None or source.status in statuses:
            sources.append(source)
    return sources


def corpus_hash(sources: list[Source]) -> str:
    digest = hashlib.sha256()
    for source in sorted(sources, key=lambda s: s.id):
        digest.update(source.content_hash.encode())
    return digest.hexdigest()
