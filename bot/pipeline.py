"""The whole pipeline on one screen: normalise → policy → retrieve → compose → verify.

In:   a question, a jurisdiction (UK, US, EU, AU, INT) and the earlier user turns.
Out:  an `Answer` whose decision is answered / signposted / refused / abstained / out_of_scope.
Fails: `UsageError` for an empty question; `IndexMissingError` (with the fix) when no index is
       built. Everything else becomes a decision, never an unsupported answer.
"""

from __future__ import annotations

import re
import threading
import time
from functools import cached_property

from bot import help as help_directory
from bot import policy
from bot.classifier import ExemplarClassifier
from bot.compose import compose
from bot.corpus import JURISDICTIONS
from bot.embed import Embedder, get_embedder
from bot.errors import UsageError
from bot.normalise import clean_question
from bot.retrieve import HybridSearch, specific_terms
from bot.settings import Settings, load_settings
from bot.types import Answer, Decision
from bot.verify import verify
from index.store import IndexStore

ABSTAIN_MESSAGE = ("The vetted sources Vetted answers from do not cover this, so it will not guess. "
                   "For the latest figures or other countries, the IWF, NCMEC, Ofcom or eSafety "
                   "websites are good places to look, or try asking about a related topic.")
EMPTIED_MESSAGE = ("I can't show an answer to that: nothing in the vetted sources passed the "
                   "safety check. I can explain the law, reporting routes or where to get help.")

# Named jurisdictions steer retrieval even when the selector says otherwise ("…in the US?").
MENTIONED = (
    ("UK", r"\b(?:uk|u\.k\.|united kingdom|britain|british|england|english|wales|welsh|scotland|"
           r"scottish|northern ireland)\b"),
    # "us" only after "the": "can you help us" names no country (a capital "US" is read below).
    ("US", r"\b(?:the us|u\.s\.|usa|united states|america|american|federal|california|texas|"
           r"wisconsin|congress)\b"),
    ("EU", r"\b(?:eu|european union|europe|european|brussels)\b"),
    ("AU", r"\b(?:australia|australian|esafety)\b"),
)
ALIASES = {"britain": "uk", "british": "uk", "england": "uk", "english": "uk", "america": "us",
           "american": "us", "usa": "us", "australian": "australia", "european": "eu",
           "europe": "eu", "u.k.": "uk", "u.s.": "us",
           "csa": "child sexual abuse"}  # "the EU CSA Regulation": the sources spell it out
_US_WRITTEN = re.compile(r"\bUS\b")


def mentioned_jurisdiction(question: str) -> str | None:
    lowered = question.lower()
    found = [code for code, pattern in MENTIONED
             if re.search(pattern, lowered) or (code == "US" and _US_WRITTEN.search(question))]
    return found[0] if len(found) == 1 else None


def unsupported_specifics(question: str, evidence_text: str) -> list[str]:
    """Years, figures and names in the question that none of the retrieved evidence mentions.

    "What did the 2031 IWF report say?" retrieves IWF passages that look relevant; only the
    year shows that none of them is about what was asked.
    """
    evidence = evidence_text.lower().replace(",", "")
    missing = []
    for term in specific_terms(question):
        if term[0].isdigit() and len(term) <= 2:  # ages and small counts ("my 12-year-old") are not claims
            continue
        if ALIASES.get(term, term) not in evidence and term not in evidence:
            missing.append(term)
    return missing


class Vetted:
    """One core object behind the CLI, the web app and the evals; heavy parts load once, lazily."""

    def __init__(self, settings: Settings | None = None, embedder: Embedder | None = None,
                 store: IndexStore | None = None):
        self.settings = settings or load_settings()
        self._embedder = embedder
        self._store = store
        self._lock = threading.Lock()

    @cached_property
    def embedder(self) -> Embedder:
        return self._embedder or get_embedder(self.settings.embedder)

    @cached_property
    def store(self) -> IndexStore:
        return self._store or IndexStore(self.settings.index_dir, self.settings.chroma_url)

    @cached_property
    def classifier(self) -> ExemplarClassifier:
        # Exemplar vectors are cached under VETTED_HOME, keyed by exemplar file and model weights.
        return ExemplarClassifier(self.embedder, cache_dir=self.settings.home / "policy-cache")

    @cached_property
    def rephraser(self):
        """The optional LLM (VETTED_LLM=ollama|openai) and its support judge; None by default."""
        if self.settings.llm == "none":
            return None
        from bot.rephrase import chat_model
        from bot.support import SupportJudge

        model = chat_model(self.settings.llm, self.settings.llm_url, self.settings.llm_model,
                           self.settings.llm_api_key)
        return model, SupportJudge(self.embedder.embed)

    @cached_property
    def search(self) -> HybridSearch:
        return HybridSearch(self.store, self.embedder)

    def warm_up(self) -> None:
        with self._lock:
            self.store.warm_up()
            self.embedder.embed(["warm up"])
            self.classifier.vectors  # noqa: B018 - load or build the exemplar cache once

    def help_for(self, decision: Decision, jurisdiction: str):
        audiences = policy.audiences_for(decision)
        if not audiences:
            return ()
        return help_directory.services_for(self.settings.help_file, jurisdiction, audiences)

    def _retrieve(self, query: str, question: str, jurisdiction: str, lap, t: float):
        """Embed, search (steered by a jurisdiction the question names) and compose for `query`:
        (the composition, the retrieved chunks as one evidence text, t)."""
        query_vector = self.embedder.embed([query])[0]
        t = lap("embed", t)
        hits = self.search.search(query, jurisdiction=mentioned_jurisdiction(question) or jurisdiction,
                                  k=self.settings.top_k, query_vector=query_vector)
        t = lap("retrieve", t)
        composition = compose(query, query_vector, hits, self.store, self.settings.max_sentences)
        t = lap("compose", t)
        evidence_text = " ".join(f"{h.chunk.title} {h.chunk.publisher} {h.chunk.text}" for h in hits)
        return composition, evidence_text, t

    def answer(self, question: str, jurisdiction: str | None = None,
               history: tuple[str, ...] | list[str] = ()) -> Answer:
        started = time.perf_counter()
        timings: dict[str, float] = {}

        def lap(name: str, since: float) -> float:
            now = time.perf_counter()
            timings[name] = round((now - since) * 1000, 1)
            return now

        jurisdiction = (jurisdiction or self.settings.default_jurisdiction).upper()
        if jurisdiction not in JURISDICTIONS:
            raise UsageError(f"unknown jurisdiction {jurisdiction!r}: use one of {', '.join(JURISDICTIONS)}")
        history = tuple(h for h in history if h and h.strip())
        question, notices = clean_question(question, self.settings.max_question_chars)
        t = lap("normalise", started)

        decision = policy.decide(question, history, self.classifier)
        t = lap("policy", t)
        base = dict(question=question, category=decision.category, reason=decision.reason,
                    jurisdiction=jurisdiction, notices=tuple(notices))

        # An out-of-scope call made only for want of topic words ("What was Operation Cumberland?")
        # is overturned when the vetted sources, all on this topic, clearly cover the question: the
        # evidence reaches the scope threshold and holds every year, figure and name asked about.
        # The retrieval is kept for the answer.
        retrieved = None
        if decision.action == "out_of_scope" and decision.scope_unsure:
            retrieved = self._retrieve(question, question, jurisdiction, lap, t)
            composition, evidence_text, t = retrieved
            if composition.evidence >= self.settings.scope_threshold and \
                    not unsupported_specifics(question, evidence_text):
                decision = Decision("A1", "answer", f"in scope: the vetted sources cover this question closely "
                                    f"(evidence {composition.evidence:.2f} >= {self.settings.scope_threshold})")
                base.update(category=decision.category, reason=decision.reason)

        if decision.action in ("refuse", "out_of_scope"):
            kind = "refused" if decision.action == "refuse" else "out_of_scope"
            help_services = self.help_for(decision, jurisdiction)
            timings["total"] = round((time.perf_counter() - started) * 1000, 1)
            return Answer(decision=kind, text=decision.message, help=help_services,
                          timings_ms=timings, **base)

        # Retrieve with the conversation when this turn leans on the previous one.
        query = policy.signpost_query(decision, question) if decision.action == "signpost" else question
        if history and decision.action == "answer" and policy._is_follow_up(question.lower()):
            query = f"{history[-1]} {question}"
        if retrieved is None or query != question:
            retrieved = self._retrieve(query, question, jurisdiction, lap, t)
        composition, evidence_text, t = retrieved
        verified = verify(composition.sentences, composition.citations, self.store.sources, decision.category)
        lap("verify", t)

        missing = unsupported_specifics(question, evidence_text) if decision.action == "answer" else []
        weak = composition.evidence < self.settings.abstain_threshold or bool(missing)
        index_id = self.store.build_id

        if decision.action == "answer" and decision.fallback and (weak or not composition.sentences):
            # The sources cannot answer a question the model reads as someone in a situation of their
            # own: help services, not a dead end.
            decision = Decision(decision.fallback, "signpost", f"{decision.reason}; the sources cannot answer it and "
                                f"the classifier leans to {decision.fallback}, so help is signposted instead",
                                policy.MESSAGES[decision.fallback])
            base.update(category=decision.category, reason=decision.reason)
            weak = True  # what the sources had is not shown beside the help
        if decision.action == "signpost":
            help_services = self.help_for(decision, jurisdiction)
            show_cited = bool(verified.sentences) and not weak
            # A child who discloses gets a brief reply (POLICY.md S1): at most two cited sentences.
            keep = 2 if decision.category == "S1" else len(verified.sentences)
            sentences = verified.sentences[:keep] if show_cited else ()
            citations = verified.citations[:keep] if show_cited else ()
            cited = " ".join(f"{s.text} [{s.citation}]" for s in sentences)
            text = decision.message + ("\n\n" + cited if cited else "")
            result = Answer(decision="signposted", text=text, sentences=sentences, citations=citations,
                            help=help_services, index_id=index_id,
                            evidence_score=round(composition.evidence, 4), **base)
        elif weak or not composition.sentences:
            reason = (f"the sources do not mention {', '.join(missing)}" if missing
                      else "the best evidence is too weak to answer from")
            result = Answer(decision="abstained", text=ABSTAIN_MESSAGE, index_id=index_id,
                            evidence_score=round(composition.evidence, 4),
                            **{**base, "category": "N", "reason": reason})
        elif not verified.sentences:
            result = Answer(decision="refused", text=EMPTIED_MESSAGE, index_id=index_id,
                            evidence_score=round(composition.evidence, 4),
                            **{**base, "category": "R1", "reason": "every sentence failed verification"})
        else:
            shown, extra_notices = verified.sentences, ()
            if self.rephraser is not None:
                from bot.rephrase import rephrase

                model, judge = self.rephraser
                reworded = rephrase(question, verified.sentences, verified.citations, model, judge)
                shown, extra_notices = reworded.sentences, reworded.notices
            result = Answer(decision="answered", text=" ".join(f"{s.text} [{s.citation}]" for s in shown),
                            sentences=shown, citations=verified.citations, index_id=index_id,
                            evidence_score=round(composition.evidence, 4),
                            **{**base, "notices": base["notices"] + extra_notices})
        timings["total"] = round((time.perf_counter() - started) * 1000, 1)
        return Answer(**{**result.__dict__, "timings_ms": timings})


_DEFAULT: Vetted | None = None
_DEFAULT_LOCK = threading.Lock()


def default_vetted() -> Vetted:
    global _DEFAULT
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            _DEFAULT = Vetted()
        return _DEFAULT


def answer(question: str, jurisdiction: str | None = None,
           history: tuple[str, ...] | list[str] = ()) -> Answer:
    """Answer one question with the default settings (see `Vetted.answer`)."""
    return default_vetted().answer(question, jurisdiction, history)
