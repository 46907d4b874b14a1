"""Output guard: the non-graphic check every shown sentence must pass.

In:   a sentence (or any text) and, in tests, a placeholder term set.
Out:  `GuardResult(ok, hits)`; `screen(sentences)` keeps the ones that pass.
Fails: never raises; an empty text passes.

Used by the verifier (answers), the corpus check (sources) and the evals (zero flags allowed).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from bot.guard_terms import GRAPHIC_PHRASES, GRAPHIC_TERMS

_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class GuardResult:
    ok: bool
    hits: tuple[str, ...] = ()


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=1)
def _phrases() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in GRAPHIC_PHRASES)


def check(text: str, *, terms: frozenset[str] | None = None,
          phrases: tuple[re.Pattern, ...] | None = None) -> GuardResult:
    folded = _fold(text)
    vocabulary = GRAPHIC_TERMS if terms is None else terms
    hits = [w for w in _WORD.findall(folded) if w in vocabulary]
    for pattern in (_phrases() if phrases is None else phrases):
        match = pattern.search(folded)
        if match:
            hits.append(match.group(0))
    return GuardResult(ok=not hits, hits=tuple(dict.fromkeys(hits)))


def screen(sentences: list[str], **kwargs) -> list[str]:
    return [s for s in sentences if check(s, **kwargs).ok]
