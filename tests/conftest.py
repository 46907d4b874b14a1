"""Shared fixtures: a five-source mini corpus (our own non-graphic text), a temp VETTED_HOME,
and the deterministic hash embedder. Integration fixtures (real model, shipped corpus) live in
tests/integration/conftest.py."""

from __future__ import annotations

import os
import shutil
import textwrap
from pathlib import Path

import pytest

from bot.embed import HashEmbedder
from bot.settings import load_settings
from tests.fixtures_shipped import chroma_server, shipped_env, shipped_index  # noqa: F401 - shared fixtures

MINI_SOURCES = {
    "watchdog-2023-forum-study": dict(
        title="Forum study of AI imagery", publisher="Example Watchdog", jurisdiction="UK",
        topics="[iwf-data, statistics]", type="report", published="2023-10-25",
        body="""
        In October 2023 the Example Watchdog reported that 20,254 AI-generated images were posted to one dark web forum in a single month.

        The Example Watchdog assessed 11,108 of those images and judged 2,978 of them to be criminal under UK law.

        Twelve analysts at the Example Watchdog spent 87.5 hours assessing the forum images.
        """),
    "ukgov-2023-pseudo-photographs": dict(
        title="Pseudo-photographs and UK law", publisher="Example Government", jurisdiction="UK",
        topics="[uk-law]", type="guidance", published="2023-12-14",
        body="""
        UK law treats a realistic computer-generated pseudo-photograph of a child in the same way as a real photograph.

        The maximum sentence in the UK for making or distributing indecent pseudo-photographs of children is 10 years.

        The maximum sentence in the UK for simple possession of indecent images of children is 5 years.
        """),
    "usgov-2024-federal-psa": dict(
        title="Federal announcement on generated imagery", publisher="Example Bureau", jurisdiction="US",
        topics="[us-law]", type="guidance", published="2024-03-29",
        body="""
        The Example Bureau announced in March 2024 that child sexual abuse material made with generative AI is illegal under US federal law.

        The Example Bureau asked the US public to report such material to the national CyberTipline.

        US federal law covers realistic computer-generated images that are indistinguishable from a real minor.
        """),
    "charity-2024-sextortion-advice": dict(
        title="Advice on sextortion", publisher="Example Charity", jurisdiction="UK",
        topics="[sextortion, safeguarding, parents]", type="guidance", published="2024-04-29",
        body="""
        Example Charity defines sextortion as threatening to share nude images of someone unless they pay money.

        Example Charity advises that a young person targeted by sextortion should not pay and should stop contact.

        Example Charity says a child targeted by sextortion is never to blame for what happened.
        """),
    "regulator-2024-nudify-codes": dict(
        title="Codes covering nudify services", publisher="Example Regulator", jurisdiction="AU",
        topics="[australia, nudify-apps]", type="regulation", published="2024-06-20",
        body="""
        In June 2024 the Example Regulator registered standards that cover some nudify services in Australia.

        The Example Regulator can seek civil penalties in court against services that breach the Australian standards.

        Example Regulator standards require services to deter the creation of synthetic child abuse material.
        """),
}

HELP_YAML = """
version: "2026-11-21"
services:
  - id: kids-line-uk
    name: Kids Line
    for: [children]
    description: "A free line for children."
    phone: "0000 0001"
    url: https://kids.example.org/
    jurisdiction: UK
    source: https://kids.example.org/about
    checked: "2026-11-21"
  - id: thoughts-line-uk
    name: Thoughts Line
    for: [own_thoughts, worried_adults, parents]
    description: "Confidential help for worried adults."
    phone: "0000 0002"
    url: https://thoughts.example.org/
    jurisdiction: UK
    source: https://thoughts.example.org/about
    checked: "2026-11-21"
  - id: report-line-uk
    name: Report Line
    for: [reporting_images, image_removal]
    description: "Report images for removal."
    phone: null
    url: https://report.example.org/
    jurisdiction: UK
    source: https://report.example.org/about
    checked: "2026-11-21"
  - id: emergency-uk
    name: Emergency services
    for: [emergency]
    description: "Call if someone is in immediate danger."
    phone: "999"
    url: null
    jurisdiction: UK
    source: https://example.org/emergency
    checked: "2026-11-21"
  - id: kids-line-us
    name: US Kids Line
    for: [children, parents]
    description: "A US line for children."
    phone: "1-000-000-0003"
    url: https://us.example.org/
    jurisdiction: US
    source: https://us.example.org/about
    checked: "2026-11-21"
  - id: kids-line-au
    name: AU Kids Line
    for: [children, parents, own_thoughts]
    description: "An Australian line."
    phone: "1800 000 004"
    url: https://au.example.org/
    jurisdiction: AU
    source: https://au.example.org/about
    checked: "2026-11-21"
  - id: world-line
    name: World Line
    for: [children, reporting_images, own_thoughts]
    description: "An international directory."
    phone: null
    url: https://world.example.org/
    jurisdiction: INT
    source: https://world.example.org/about
    checked: "2026-11-21"
"""


def write_source(directory: Path, source_id: str, *, status: str = "approved", **overrides) -> Path:
    spec = {**MINI_SOURCES.get(source_id, {}), **overrides}
    body = textwrap.dedent(spec["body"]).strip()
    text = textwrap.dedent(f"""\
        ---
        id: {source_id}
        title: "{spec['title']}"
        publisher: "{spec['publisher']}"
        url: https://example.org/{source_id}
        published: {spec['published']}
        type: {spec['type']}
        jurisdiction: {spec['jurisdiction']}
        topics: {spec['topics']}
        licence: "Digest written by the Vetted project in its own words; test fixture."
        vetted_on: 2026-11-21
        last_checked: 2026-11-21
        status: {status}
        ---
        """) + body + "\n"
    path = directory / f"{source_id}.md"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def mini_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    (corpus / "sources").mkdir(parents=True)
    (corpus / "help").mkdir()
    for source_id in MINI_SOURCES:
        write_source(corpus / "sources", source_id)
    (corpus / "help" / "services.yaml").write_text(HELP_YAML, encoding="utf-8")
    return corpus


@pytest.fixture(scope="session")
def trained_policy_cache(tmp_path_factory) -> Path:
    """The policy classifier trained once per run with the hash embedder. Every unit test's home
    gets a copy: training on the exemplars and DEV cases takes ~25 s, and a test that answers a
    question would otherwise pay it again. The cache is keyed by the exemplars, the DEV cases, the
    policy sources and the embedder, so a copy is read only where the same classifier would be built."""
    from bot.classifier import ExemplarClassifier

    cache = tmp_path_factory.mktemp("policy-cache")
    ExemplarClassifier(HashEmbedder(), cache_dir=cache).vectors  # noqa: B018 - trains and writes the cache
    return cache


@pytest.fixture
def mini_env(tmp_path: Path, mini_corpus: Path, monkeypatch: pytest.MonkeyPatch, trained_policy_cache: Path):
    """Environment for a process-level run (CLI): temp home, mini corpus, hash embedders."""
    home = tmp_path / "home"
    shutil.copytree(trained_policy_cache, home / "policy-cache")
    env = {"VETTED_HOME": str(home), "VETTED_CORPUS": str(mini_corpus), "VETTED_EMBEDDER": "hash",
           "VETTED_BUILD_EMBEDDER": "hash", "VETTED_ABSTAIN_THRESHOLD": "0.2"}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("VETTED_CHROMA_URL", raising=False)
    return env


@pytest.fixture
def mini_settings(mini_env):
    return load_settings()


@pytest.fixture
def hash_embedder() -> HashEmbedder:
    return HashEmbedder()


@pytest.fixture
def mini_vetted(mini_settings, hash_embedder):
    from bot.pipeline import Vetted
    from index.build import build_index

    build_index(mini_settings, hash_embedder)
    return Vetted(mini_settings, embedder=hash_embedder)


def subprocess_env(extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VETTED_")}
    env.update(extra)
    return env
