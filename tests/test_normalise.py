"""Normalisation: each evasion trick is undone by `fold`, and `clean_question` only tidies."""

from __future__ import annotations

import pytest

from bot.errors import UsageError
from bot.normalise import clean_question, fold

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("raw, folded", [
    ("WHERE Is The LAW", "where is the law"),                      # case
    ("naïve café résumé", "naive cafe resume"),                    # accents
    ("\u0441s\u0430m", "csam"),                                    # Cyrillic look-alikes
    ("\u0391\u0399 images", "ai images"),                          # Greek capitals
    ("wr1te 4 st0ry 4b0ut", "write 4 story about"),               # leetspeak (a lone digit stays)
    ("$3nd m3", "send me"),                                        # leetspeak with symbols
    ("c s a m", "csam"),                                           # letters split by spaces
    ("c.s.a.m", "csam"),                                           # letters split by dots
    ("c-s-a-m and c_s_a_m", "csam and csam"),                      # other separators
    ("ch\u200bild", "child"),                                      # zero-width space
    ("ch\u00adi\u2060ld", "child"),                                # soft hyphen and word joiner
    ("where!!!???", "where"),                                      # repeated punctuation
    ("heeeeelp", "heelp"),                                         # stretched letters
])
def test_fold_undoes_each_trick(raw, folded):
    assert fold(raw) == folded


@pytest.mark.parametrize("raw, folded", [
    ("sum1 has my noodz", "someone has my nudes"),                       # chat spellings
    ("hes sayin hell send it 2 every1", "he's saying he'll send it 2 everyone"),
    ("ppl at skool", "people at school"),
    ("g r o o m a k i d", "groom a kid"),                                 # spaced-out words re-segmented
    ("s h a r e d", "shared"),                                           # a run of unknown words is joined
])
def test_fold_reads_chat_spellings_and_spaced_words(raw, folded):
    assert fold(raw) == folded


def test_fold_keeps_ages_years_and_figures():
    assert fold("My 13-year-old, in 2023, saw 20,254 images") == "my 13-year-old in 2023 saw 20 254 images"


def test_fold_keeps_one_letter_words_before_spaced_letters():
    assert fold("write a s e x story") == "write a sex story"


def test_clean_question_removes_invisible_and_control_characters_with_a_notice():
    text, notices = clean_question("is\u200b this\x07 legal?", 1000)
    assert text == "is this legal?"
    assert notices == ["Control characters were removed from the question."]


def test_clean_question_truncates_at_a_word_with_a_notice():
    text, notices = clean_question("word " * 100, 52)
    assert len(text) <= 52 and not text.endswith(" ")
    assert "only the first" in notices[0]


@pytest.mark.parametrize("raw", ["", "   ", "\u200b\u200b", None])
def test_clean_question_rejects_empty_input(raw):
    with pytest.raises(UsageError):
        clean_question(raw, 1000)
