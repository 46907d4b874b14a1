"""Support judge: does a cited span support a sentence? Offline, no NLI model.

In:   a sentence, a cited span, and (for the embedding part) an embed function.
Out:  `support_detail()` → {"supported", "numbers_ok", "negation_ok", "lexical", "cosine", "score"}.
Fails: never raises; empty text is unsupported.

Definition (ALCE-style citation support with an offline judge): a span supports a sentence when
(1) every number in the sentence appears in the span, (2) the sentence and span agree on
negation (both make one, or neither does), and (3) 0.5·lexical + 0.5·cosine ≥ SUPPORT_THRESHOLD,
where lexical is the share of the sentence's stemmed content words found in the span and cosine
is the embedding similarity of the two. Used by the optional LLM rephraser (every rephrased
sentence must pass against its citation) and by the eval suite's citation-support metric.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from index.sparse import STOPWORDS, bm25_tokens

SUPPORT_THRESHOLD = 0.6
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w-]*")
# Capitalised only because they open a clause ("According to the IWF, ..."): not names.
_OPENERS = frozenset({"according", "under", "after", "before", "since", "although", "while", "as"})
_NEGATION = re.compile(r"\b(not|no|never|none|cannot|can't|isn't|wasn't|doesn't|didn't|won't|nor|without)\b", re.I)


def numbers(text: str) -> set[str]:
    return {n.replace(",", "").rstrip(".") for n in _NUMBER.findall(text)}


def names(text: str) -> set[str]:
    """Capitalised words and acronyms of a text, lower-cased (not "The", "Under")."""
    found = {re.sub(r"['’]s$", "", n).lower() for n in _NAME.findall(text.strip())}
    return {n for n in found if n not in STOPWORDS and n not in _OPENERS}


def lexical_agreement(sentence: str, span: str) -> float:
    terms = set(bm25_tokens(sentence))
    if not terms:
        return 0.0
    return len(terms & set(bm25_tokens(span))) / len(terms)


def support_detail(sentence: str, span: str, cosine: float) -> dict:
    numbers_ok = numbers(sentence) <= numbers(span)
    negation_ok = bool(_NEGATION.search(sentence)) == bool(_NEGATION.search(span))
    names_ok = all(name in span.lower() for name in names(sentence))
    lexical = lexical_agreement(sentence, span)
    score = 0.5 * lexical + 0.5 * max(0.0, cosine)
    supported = bool(sentence.strip()) and numbers_ok and negation_ok and names_ok and score >= SUPPORT_THRESHOLD
    return {"supported": supported, "numbers_ok": numbers_ok, "negation_ok": negation_ok, "names_ok": names_ok,
            "lexical": round(lexical, 3), "cosine": round(float(cosine), 3), "score": round(score, 3)}


class SupportJudge:
    """`supports(sentence, span)` with embeddings cached per text."""

    def __init__(self, embed: Callable[[list[str]], np.ndarray]):
        self._embed = embed
        self._cache: dict[str, np.ndarray] = {}

    def _vector(self, text: str) -> np.ndarray:
        if text not in self._cache:
            self._cache[text] = self._embed([text])[0]
        return self._cache[text]

    def detail(self, sentence: str, span: str) -> dict:
        cosine = float(self._vector(sentence) @ self._vector(span)) if sentence and span else 0.0
        return support_detail(sentence, span, cosine)

    def supports(self, sentence: str, span: str) -> bool:
        return self.detail(sentence, span)["supported"]

    def citation_scores(self, pairs: Sequence[tuple[str, Sequence[str]]]) -> dict[str, float | None]:
        """ALCE citation recall/precision for (sentence, [cited spans]) pairs of one answer."""
        if not pairs:
            return {"recall": None, "precision": None}
        recall_hits, precision_hits, citations = 0, 0, 0
        for sentence, spans in pairs:
            if spans and self.supports(sentence, " ".join(spans)):
                recall_hits += 1
            for span in spans:
                citations += 1
                precision_hits += self.supports(sentence, span)
        return {"recall": recall_hits / len(pairs),
                "precision": precision_hits / citations if citations else None}
