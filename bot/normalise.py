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

# Chat spellings, so the rules see the words they know ("sum1 has my noodz" -> "someone has my
# nudes"). Digit forms are mapped before leetspeak is undone; the rest after.
CHAT_DIGITS = {"sum1": "someone", "some1": "someone", "every1": "everyone", "evry1": "everyone",
               "any1": "anyone", "no1": "no one", "l8r": "later", "gr8": "great"}
CHAT_WORDS = {
    "noodz": "nudes", "noods": "nudes", "nudez": "nudes", "nudies": "nudes", "nood": "nude",
    "noodes": "nudes", "nudz": "nudes", "kidz": "kids", "kiddos": "kids", "pix": "pics", "pixs": "pics",
    "vidz": "vids", "pron": "porn", "prn": "porn", "skool": "school", "skl": "school", "ppl": "people",
    "pls": "please", "plz": "please", "wat": "what", "wot": "what", "ur": "your",
    "n": "and", "wiv": "with", "wid": "with", "bf": "boyfriend", "gf": "girlfriend",
    "gc": "group chat", "insta": "instagram", "sayin": "saying", "tryna": "trying to",
    "cuz": "because", "coz": "because", "hes": "he's", "shes": "she's", "hell": "he'll",
    "shell": "she'll", "theyll": "they'll", "theyre": "they're", "ive": "i've", "dont": "don't",
    "cant": "can't", "wont": "won't", "doesnt": "doesn't", "didnt": "didn't", "sumone": "someone",
    "someon": "someone", "smth": "something", "sumthing": "something", "thru": "through",
    "abt": "about", "bc": "because", "b4": "before",
}
# Words that letters split by spaces are re-segmented into ("g r o o m a k i d" -> "groom a kid");
# a run that does not split wholly into these words is simply joined ("s h a r e d" -> "shared").
SEGMENT_WORDS = frozenset("""
a i an the to of for me my you your how where what which who can do get find make send see buy
and or in on with without groom grooming kid kids child children minor minors teen teens girl girls
boy boys baby young little nude nudes naked sex sexual porn cp csam abuse image images pic pics
photo photos video videos undress strip hide trust secret meet alone chat message links link site
sites app apps download share trade bypass evade avoid hash police
""".split())


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


def _segment(joined: str) -> str | None:
    """The fewest SEGMENT_WORDS that make up `joined`, or None."""
    best: list[list[str] | None] = [[]] + [None] * len(joined)
    for end in range(1, len(joined) + 1):
        for start in range(max(0, end - 12), end):
            if best[start] is not None and joined[start:end] in SEGMENT_WORDS:
                candidate = best[start] + [joined[start:end]]
                if best[end] is None or len(candidate) < len(best[end]):
                    best[end] = candidate
    return " ".join(best[-1]) if best[-1] and len(best[-1]) > 1 else None


def _join_spaced_letters(match: re.Match) -> str:
    # "c s a m" -> "csam", but keep a leading English one-letter word: "a s e x" -> "a sex";
    # several words spaced out together are split again: "g r o o m a k i d" -> "groom a kid".
    letters = match.group(0).split()
    joined = "".join(letters)
    if joined not in SEGMENT_WORDS and (words := _segment(joined)):
        return words
    if letters[0] in ("a", "i") and len(letters) >= 4:
        return letters[0] + " " + "".join(letters[1:])
    return "".join(letters)


def fold(text: str) -> str:
    """A classification-only form: lowercase ASCII words with evasion tricks undone."""
    text = unicodedata.normalize("NFKC", text).translate(ZERO_WIDTH).translate(HOMOGLYPHS)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = _REPEATS.sub(r"\1", text)
    text = re.sub(r"[a-z0-9]+", lambda m: CHAT_DIGITS.get(m.group(0), m.group(0)), text)
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
    return " ".join(CHAT_WORDS.get(word, word) for word in text.split())
