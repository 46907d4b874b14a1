"""One table of settings: every knob, its environment variable, its default and what it does.

The CLI help, the README's settings table and a test that every setting is documented all read
`SETTINGS`. Values come from the environment (or keyword overrides in tests); nothing else.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.errors import UsageError

PROJECT_ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("home", "VETTED_HOME", str(PROJECT_ROOT / "index" / "store"),
            "Folder for all state: built indexes, the current-index pointer, feedback logs."),
    Setting("corpus_dir", "VETTED_CORPUS", str(PROJECT_ROOT / "corpus"),
            "The corpus folder (sources/ and help/)."),
    Setting("chroma_url", "VETTED_CHROMA_URL", None,
            "Use a Chroma server (e.g. http://127.0.0.1:8000) instead of the local persistent store."),
    Setting("embedder", "VETTED_EMBEDDER", "numpy",
            "Query-time embedder: numpy (fast start, same weights), sentence-transformers, or hash (tests)."),
    Setting("build_embedder", "VETTED_BUILD_EMBEDDER", "sentence-transformers",
            "Embedder used to build the index: sentence-transformers, numpy, or hash (tests)."),
    Setting("default_jurisdiction", "VETTED_JURISDICTION", "UK",
            "Jurisdiction used when a question does not choose one (UK, US, EU, AU, INT)."),
    Setting("top_k", "VETTED_TOP_K", 6, "Chunks handed from retrieval to the composer."),
    Setting("max_sentences", "VETTED_MAX_SENTENCES", 4, "Most sentences an extractive answer shows."),
    # 0.52 from calibration run calibration-20261121T152858Z (evals/calibration.jsonl, 74 cases,
    # index 20261121T145409-59a412): abstention recall 0.61 while withholding 1 of 38 answerable.
    Setting("abstain_threshold", "VETTED_ABSTAIN_THRESHOLD", 0.52,
            "Evidence score below which Vetted abstains (calibrated by `python -m evals.calibrate`)."),
    # 0.60 from the DEV golden and out-of-scope questions that have no topic word: in-scope ones
    # scored 0.65-0.88, out-of-scope ones at most 0.43; with the later blind batches no DEV
    # out-of-scope question scores above 0.52 (README "Safety policy").
    Setting("scope_threshold", "VETTED_SCOPE_THRESHOLD", 0.60,
            "Evidence score at which a question the policy put out of scope is answered after all."),
    Setting("max_question_chars", "VETTED_MAX_QUESTION_CHARS", 1000,
            "Longer questions are truncated with a notice."),
    Setting("llm", "VETTED_LLM", "none",
            "Optional rephrasing backend: none, ollama or openai (an OpenAI-compatible endpoint)."),
    Setting("llm_url", "VETTED_LLM_URL", None, "Base URL of the optional LLM endpoint."),
    Setting("llm_model", "VETTED_LLM_MODEL", None, "Model name for the optional LLM endpoint."),
    Setting("llm_api_key", "VETTED_LLM_API_KEY", None,
            "API key for the optional OpenAI-compatible endpoint (not needed by default or for Ollama)."),
    Setting("feedback_log", "VETTED_FEEDBACK_LOG", None,
            "If set, the web app writes 'wrong/unhelpful' feedback to this JSONL file (never disclosures)."),
)


class Settings(BaseModel):
    """Validated settings (the edge: environment strings become typed values here)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    home: Path
    corpus_dir: Path
    chroma_url: str | None = None
    embedder: str = Field(pattern="^(numpy|sentence-transformers|hash)$")
    build_embedder: str = Field(pattern="^(numpy|sentence-transformers|hash)$")
    default_jurisdiction: str = Field(pattern="^(UK|US|EU|AU|INT)$")
    top_k: int = Field(gt=0, le=50)
    max_sentences: int = Field(gt=0, le=12)
    abstain_threshold: float = Field(ge=0.0, le=1.0)
    scope_threshold: float = Field(ge=0.0, le=1.0)
    max_question_chars: int = Field(ge=50, le=20000)
    llm: str = Field(pattern="^(none|ollama|openai)$")
    llm_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    feedback_log: Path | None = None

    @property
    def index_dir(self) -> Path:
        return self.home / "index"

    @property
    def sources_dir(self) -> Path:
        return self.corpus_dir / "sources"

    @property
    def help_file(self) -> Path:
        return self.corpus_dir / "help" / "services.yaml"


def load_settings(**overrides: Any) -> Settings:
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        raw = os.environ.get(setting.env)
        values[setting.name] = raw if raw not in (None, "") else setting.default
    values.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return Settings.model_validate(values)
    except ValidationError as exc:
        problems = []
        by_name = {s.name: s for s in SETTINGS}
        for item in exc.errors():
            name = str(item["loc"][0]) if item["loc"] else "?"
            env = by_name[name].env if name in by_name else name
            problems.append(f"{env}: {item['msg']}")
        raise UsageError("invalid setting: " + "; ".join(problems)) from exc
