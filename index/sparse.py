"""Tokens for the sparse (BM25) side, shared by the index build and the query.

In:   text. Out: lowercased, stop-word-free, Snowball-stemmed tokens. Fails: never.
"""

from __future__ import annotations

import re
from functools import lru_cache

_TOKEN = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")
STOPWORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most
my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves tell please know say said
""".split())


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


def bm25_tokens(text: str) -> list[str]:
    words = [w.replace(",", "") for w in _TOKEN.findall(text.lower())]
    words = [w for w in words if w not in STOPWORDS]
    return _stemmer().stemWords(words) if words else []
