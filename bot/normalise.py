"""Normalise user input, twice over.

In:   raw text from a user (CLI argument, stdin line, web form).
Out:  `clean_question()` — the text as shown back and retrieved with: control characters and
      zero-width characters removed, whitespace collapsed, truncated to a limit, with notices.
      `fold()` — an aggressive form used only for classification, which undoes evasion tricks:
      case, accents, homoglyphs, leetspeak, letters split by spaces or dots, repeated punctuation.
Fails: `UsageError` for an empty or whitespace-only question; never on odd bytes.
"""

from __future__ import annotations

import re
import unicodedata

from bot.errors import UsageError

ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\ufeff\u00ad\u180e"), None)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# Look-alike letters from other scripts that people use to slip past keyword filters.
HOMOGLYPHS = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
    "ѕ": "s", "ԁ": "d", "ɡ": "g", "һ": "h", "ⅰ": "i", "ⅼ": "l", "ո": "n", "ս": "u", "ν": "v",
    "ο": "o", "α": "a", "ρ": "p", "τ": "t", "κ": "k", "ι": "i", "ɑ": "a", "ʟ": "l", "ᴄ": "c",
    "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p", "С": "c",
    "Т": "t", "Х": "x", "Ү": "y", "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i",
    "Κ": "k", "Μ": "m", "Ν": "n", "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x",
})
LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                      "$": "s", "!": "i", "|": "l", "€": "e", "8": "b"})
_SPLIT_BY_MARKS = re.compile(r"\b(?:[a-z][.\-_*]){2,}[a-z]\b")
_SPLIT_BY_SPACES = re.compile(r"\b(?:[a-z] ){2,}[a-z]\b")
_REPEATS = re.compile(r"([^\w\s])\1+")
_LONG_LETTER_RUNS = re.compile(r"([a-z])\1{2,}")


def clean_question(raw: str, max_chars: int) -> tuple[str, list[str]]:
    """The question as Vetted will treat it, plus notices for anything it changed."""
    notices: list[str] = []
    if raw is None:
        raise UsageError("the question is empty: ask something, for example "
                         "'Is an AI fake nude of a child illegal in the UK?'")
    text = unicodedata.normalize("NFC", raw).translate(ZERO_WIDTH)
    if _CONTROL.search(text):
        text = _CONTROL.sub(" ", text)
        notices.append("Control characters were removed from the question.")
    text = " ".join(text.split())
    if not text:
        raise UsageError("the question is empty: ask something, for example "
                         "'Is an AI fake nude of a child illegal in the UK?'")
    if len(text) > max_chars:
        cut = text[:max_chars]
        cut = cut[:cut.rfind(" ")] if " " in cut[max_chars // 2:] else cut
        notices.append(f"The question was {len(text):,} characters long; only the first "
                       f"{len(cut):,} were used.")
        text = cut
    return text, notices


def _join_spaced_letters(match: re.Match) -> str:
    # "c s a m" -> "csam", but keep a leading English one-letter word: "a s e x" -> "a sex".
    letters = match.group(0).split()
    if letters[0] in ("a", "i") and len(letters) >= 4:
        return letters[0] + " " + "".join(letters[1:])
    return "".join(letters)


def fold(text: str) -> str:
    """A classification-only form: lowercase ASCII words with evasion tricks undone."""
    text = unicodedata.normalize("NFKC", text).translate(ZERO_WIDTH).translate(HOMOGLYPHS)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = _REPEATS.sub(r"\1", text)
    text = re.sub(r"(?<=[a-z])[!|?.,;:]*[!|][!|?.,;:]*(?=\s|$)", " ", text)  # "where!?" is emphasis, not leet
    # Leetspeak only inside words that have letters, so "13-year-old" and "2023" survive.
    text = re.sub(r"[a-z0-9@$!|€]*[a-z][a-z0-9@$!|€]*|[@$][a-z0-9@$!|€]+",
                  lambda m: m.group(0).translate(LEET) if re.search(r"[a-z]", m.group(0)) and
                  not re.fullmatch(r"\d+(st|nd|rd|th|s|yo|yrs?|m|k|bn)?", m.group(0)) else m.group(0), text)
    text = _SPLIT_BY_MARKS.sub(lambda m: re.sub(r"[.\-_*]", "", m.group(0)), text)
    text = _SPLIT_BY_SPACES.sub(_join_spaced_letters, text)
    text = _REPEATS.sub(r"\1", text)
    text = _LONG_LETTER_RUNS.sub(r"\1\1", text)
    text = re.sub(r"[^a-z0-9'\s-]", " ", text)
    return " ".join(text.split())
