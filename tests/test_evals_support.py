"""The offline citation-support judge (evals/metrics.py) against a small hand-labelled sample.

Each row is (answer sentence, cited span, does the span support the sentence?), labelled by
hand from corpus sentences: verbatim quotes, faithful paraphrases, a changed figure, a changed
year, a flipped negation, a wrong organisation and an unrelated span. Uses the real MiniLM
weights (NumPy runtime), so it is an integration test.
"""

from __future__ import annotations

import pytest

from bot.embed import get_embedder
from evals.metrics import SupportJudge

pytestmark = pytest.mark.integration

FORUM = ("The IWF's October 2023 report found that 20,254 AI-generated images were posted to a single dark "
         "web child sexual abuse forum in a one-month period.")
TAKEDOWN = ("Under the TAKE IT DOWN Act, a covered platform must remove reported content within 48 hours of a "
            "valid request and make reasonable efforts to remove known identical copies.")
PSEUDO = ("The Protection of Children Act 1978 defines a \"pseudo-photograph\" as an image, made by computer "
          "graphics or otherwise, that appears to be a photograph.")
SEXTORTION = "The NCA advises that a child being blackmailed with nude or fake images should not pay the offender."
HASH = "The IWF updates its Hash List every day."

LABELLED = [
    (FORUM, FORUM, True),
    ("In one month, 20,254 AI-generated images were posted to a single dark web forum, the IWF's October 2023 "
     "report found.", FORUM, True),
    ("The IWF found that 20,254 AI images were posted to one dark web forum in a month.", FORUM, True),
    ("The IWF's October 2023 report found that 25,254 AI-generated images were posted to a single dark web "
     "forum in a one-month period.", FORUM, False),
    ("The IWF's October 2021 report found that 20,254 AI-generated images were posted to a dark web forum.",
     FORUM, False),
    (TAKEDOWN, TAKEDOWN, True),
    ("Covered platforms must take down reported content within 48 hours of a valid request under the TAKE IT "
     "DOWN Act.", TAKEDOWN, True),
    ("Under the TAKE IT DOWN Act, a covered platform must remove reported content within 24 hours.", TAKEDOWN, False),
    (PSEUDO, PSEUDO, True),
    ("A pseudo-photograph is an image made by computer graphics or otherwise that appears to be a photograph, "
     "under the Protection of Children Act 1978.", PSEUDO, True),
    (SEXTORTION, SEXTORTION, True),
    ("The NCA advises that a child being blackmailed with nude or fake images should pay the offender.",
     SEXTORTION, False),
    ("Ofcom updates its Hash List every day.", HASH, False),
    ("The IWF updates its Hash List every day.", SEXTORTION, False),
    ("Ofcom opened a formal investigation into X under the Online Safety Act 2023.", FORUM, False),
]


def test_support_judge_agrees_with_the_hand_labels():
    judge = SupportJudge(get_embedder("numpy").embed)
    disagreements = [(sentence, label, judge.detail(sentence, span))
                     for sentence, span, label in LABELLED if judge.supports(sentence, span) != label]
    assert disagreements == []


def test_citation_scores_on_a_mixed_answer():
    judge = SupportJudge(get_embedder("numpy").embed)
    answer = [(FORUM, [FORUM]), (TAKEDOWN, [TAKEDOWN, HASH]), ("Ofcom updates its Hash List every day.", [HASH])]
    scores = judge.citation_scores(answer)
    assert scores["recall"] == pytest.approx(2 / 3)
    assert scores["precision"] == pytest.approx(2 / 4)
