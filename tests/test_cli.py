from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.output import AnswerOut
from tests.conftest import subprocess_env

pytestmark = pytest.mark.unit
VETTED = str(Path(sys.executable).parent / "vetted")


def run(args, env, stdin=None):
    return subprocess.run([VETTED, *args], input=stdin, capture_output=True, text=True,
                          env=subprocess_env(env), timeout=300)


def test_ask_json_contract_and_first_use_builds_the_index(mini_env):
    result = run(["ask", "How many AI-generated images were posted to the forum in a month?", "--json"], mini_env)
    assert result.returncode == 0, result.stderr
    assert "No index yet: building it" in result.stderr
    data = json.loads(result.stdout)
    AnswerOut.model_validate(data)  # the stable contract, extra fields forbidden
    assert data["decision"] == "answered"
    assert set(data["citations"][0]) == {"n", "source_id", "chunk_id", "title", "publisher",
                                         "published", "url", "quote"}
    assert data["index"]["id"]
    assert data["timings_ms"]["total"] > 0
    for marker in {int(m) for m in __import__("re").findall(r"\[(\d+)\]", data["answer"])}:
        assert marker in {c["n"] for c in data["citations"]}


def test_ask_plain_prints_numbered_sources(mini_env):
    result = run(["ask", "What is sextortion?"], mini_env)
    assert result.returncode == 0, result.stderr
    assert "Sources:" in result.stdout and "[1]" in result.stdout
    assert "https://example.org/charity-2024-sextortion-advice" in result.stdout


@pytest.mark.parametrize("question", ["", "   "])
def test_empty_question_exits_2_with_one_line(mini_env, question):
    result = run(["ask", question], mini_env)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("Error: the question is empty")
    assert "Traceback" not in result.stderr


def test_jsonl_answers_each_line_and_reports_bad_lines(mini_env):
    lines = "\n".join([
        "How many AI-generated images were posted to the forum in a month?",
        "",
        json.dumps({"question": "Is generated material illegal under federal law?", "jurisdiction": "US"}),
        "{not json",
        "Recipe for banana bread?",
    ]) + "\n"
    result = run(["ask", "--jsonl"], mini_env, stdin=lines)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 4
    assert rows[0]["decision"] == "answered"
    assert rows[1]["jurisdiction"] == "US" and rows[1]["decision"] == "answered"
    assert rows[2] == {"ok": False, "error": rows[2]["error"], "status": 400, "question": "{not json"}
    assert rows[3]["decision"] == "out_of_scope"
    assert result.returncode == 1  # one line failed


def test_index_status_and_build(mini_env):
    missing = run(["index", "status"], mini_env)
    assert missing.returncode == 1 and "no index has been built" in missing.stdout
    built = run(["index", "build"], mini_env)
    assert built.returncode == 0, built.stderr
    assert "Built index" in built.stdout
    current = run(["index", "status", "--json"], mini_env)
    assert current.returncode == 0
    assert json.loads(current.stdout)["current"] is True


def test_malformed_corpus_gives_a_clean_error(mini_env, mini_corpus):
    bad = mini_corpus / "sources" / "usgov-2024-federal-psa.md"
    bad.write_text(bad.read_text().replace("type: guidance", "type: rumour"))
    result = run(["index", "build"], mini_env)
    assert result.returncode == 1
    assert "usgov-2024-federal-psa.md" in result.stderr and "'type'" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_setting_is_reported(mini_env):
    result = run(["ask", "What is sextortion?"], {**mini_env, "VETTED_TOP_K": "lots"})
    assert result.returncode == 2
    assert "VETTED_TOP_K" in result.stderr


def test_corpus_check_passes_on_mini_corpus(mini_env):
    result = run(["corpus", "check", "--json"], mini_env)
    assert result.returncode == 0, result.stdout
    assert json.loads(result.stdout)["approved"] == 5


def test_jurisdiction_choices_match_the_corpus_list():
    from bot.cli import JURISDICTION
    from bot.corpus import JURISDICTIONS

    assert tuple(JURISDICTION.choices) == JURISDICTIONS
