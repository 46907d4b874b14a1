"""The help directory: the only place signposting reads contacts from.

In:   corpus/help/services.yaml (versioned; every entry names the page that confirms it).
Out:  `HelpService` records, chosen by jurisdiction and audience, with an international fallback.
Fails: `CorpusError` naming the file and the entry/field when the directory is malformed.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from bot.corpus import HELP_AUDIENCES, JURISDICTIONS
from bot.errors import CorpusError
from bot.types import HelpService


class ServiceEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{1,60}$")
    name: str = Field(min_length=2)
    for_: tuple[Literal[HELP_AUDIENCES], ...] = Field(alias="for", min_length=1)  # type: ignore[valid-type]
    description: str = Field(min_length=5)
    phone: str | None = None
    url: str | None = None
    hours: str | None = None
    jurisdiction: Literal[JURISDICTIONS]  # type: ignore[valid-type]
    source: str = Field(pattern=r"^https?://\S+$")
    checked: dt.date

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("must be an http(s) URL")
        return value


class Directory(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    services: tuple[ServiceEntry, ...]


def load_directory(path: Path) -> tuple[str, tuple[HelpService, ...]]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CorpusError(f"{path}: help directory not found") from exc
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{path}: not valid YAML ({exc})".replace("\n", " ")) from exc
    try:
        directory = Directory.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = first["loc"]
        where = f"service #{loc[1] + 1} field '{loc[2]}'" if len(loc) >= 3 and loc[0] == "services" \
            else f"field '{'.'.join(map(str, loc))}'"
        raise CorpusError(f"{path}: {where}: {first['msg']}") from exc
    seen: set[str] = set()
    services = []
    for entry in directory.services:
        if entry.id in seen:
            raise CorpusError(f"{path}: field 'id': duplicate service id '{entry.id}'")
        if not entry.phone and not entry.url:
            raise CorpusError(f"{path}: service '{entry.id}': needs a phone or a url")
        seen.add(entry.id)
        services.append(HelpService(
            id=entry.id, name=entry.name, for_=entry.for_, phone=entry.phone, url=entry.url,
            jurisdiction=entry.jurisdiction, hours=entry.hours, description=entry.description,
            source=entry.source, checked=entry.checked.isoformat()))
    return directory.version, tuple(services)


@lru_cache(maxsize=4)
def _cached(path: Path, mtime: float) -> tuple[str, tuple[HelpService, ...]]:
    return load_directory(path)


def directory(path: Path) -> tuple[HelpService, ...]:
    return _cached(path, path.stat().st_mtime if path.exists() else 0.0)[1]


def services_for(path: Path, jurisdiction: str, audiences: tuple[str, ...], limit: int = 4) -> tuple[HelpService, ...]:
    """Services of the jurisdiction for these audiences, in audience order; international fallback.

    EU questions fall back to international services (most EU helplines are national); every
    other jurisdiction also gets international services when it has none of its own for an audience.
    """
    all_services = directory(path)
    chosen: list[HelpService] = []
    for audience in audiences:
        local = [s for s in all_services if s.jurisdiction == jurisdiction and audience in s.for_]
        fallback = [s for s in all_services if s.jurisdiction == "INT" and audience in s.for_]
        # Most EU help is national, so EU users also see the international services.
        candidates = local + fallback if jurisdiction == "EU" else (local or fallback)
        for service in candidates[:2]:
            if service not in chosen:
                chosen.append(service)
    if not any(s.jurisdiction in (jurisdiction, "INT") for s in chosen):
        chosen.extend(s for s in all_services if s.jurisdiction == "INT" and s not in chosen)
    return tuple(chosen[:limit])
