"""Normalise user input, twice over.

In:   raw text from a user (CLI argument, stdin line, web form).
Out:  `clean_question()` — the text as shown back and retrieved with: control characters and
      zero-width characters removed, whitespace collapsed, truncated to a limit, with notices.
      `fold()` — an aggressive form used only for classification, which undoes evasion tricks:
      case, accents, homoglyphs, emoji that stand for words, leetspeak, letters split by spaces or
      dots, repeated punctuation, and a word-for-word English gloss of requests in other languages
      (`bot.gloss`).
Fails: `UsageError` for an empty or whitespace-only question; never on odd bytes.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from bot.errors import UsageError
from bot.gloss import gloss

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
_SCHOOL_YEAR = re.compile(r"\b(?:yr|y|year)(1[0-3]|[1-9])\b")
_SPLIT_BY_MARKS = re.compile(r"\b(?:[a-z][.\-_*]){2,}[a-z]\b")
# Two letters joined by a dot are a word too ("t.o", "c.p"), except common abbreviations.
_TWO_BY_MARKS = re.compile(r"\b(?!(?:u\.[sk]|e\.g|i\.e|a\.m|p\.m)\b)[a-z]\.[a-z]\b")
_SPLIT_BY_SPACES = re.compile(r"\b(?:[a-z] ){2,}[a-z]\b")
_SPLIT_LEET = re.compile(r"(?<![\w.\-_*])(?:[a-z0-9@$][.\-_* ]){2,}[a-z0-9@$](?![\w.\-_*])")
AGE_WORDS = {word: str(number) for number, word in enumerate(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split(), start=1)}
_AGE_WORD = re.compile(r"\b(" + "|".join(AGE_WORDS) + r")((?:[- ]?(?:years?|yrs?)[- ]?olds?|[- ]?yos?)\b)")
_AGED_WORD = re.compile(r"\baged (" + "|".join(AGE_WORDS) + r")\b")
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
    "abt": "about", "bc": "because", "b4": "before", "shud": "should", "shld": "should", "cud": "could",
    "wud": "would", "wen": "when", "ther": "there", "wher": "where", "whr": "where", "cn": "can",
    "hw": "how", "yung": "young", "yng": "young", "msgs": "messages", "msg": "message",
}
_CHAT_YOU = re.compile(r"\b(do|does|can|could|would|will|are|r|did|if|when|have|thank|to|make|get|tell|let)\s+u\b")
# Words that letters split by spaces are re-segmented into ("g r o o m a k i d" -> "groom a kid");
# a run that does not split wholly into these words is simply joined ("s h a r e d" -> "shared").
SEGMENT_WORDS = frozenset("""
a i an the to of for me my you your how where what which who can do get find make send see buy
and or in on with without groom grooming kid kids child children minor minors teen teens girl girls
boy boys baby young little nude nudes naked sex sexual porn cp csam abuse image images pic pics
photo photos video videos undress strip hide trust secret meet alone chat message links link site
sites app apps download share trade bypass evade avoid hash police
law laws on is it are illegal legal report prompt give deepfake deepfakes pls plz undressed kids now
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


@functools.lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Whole words of the packaged model's WordPiece vocabulary (~20,000 English words), for
    re-segmenting long spaced-out runs that SEGMENT_WORDS alone cannot split. Empty if the model
    package is missing: segmentation then falls back to SEGMENT_WORDS."""
    try:
        from bot.embed import packaged_model_dir

        lines = (packaged_model_dir() / "vocab.txt").read_text(encoding="utf-8").split()
    except (OSError, ImportError, RuntimeError):
        return frozenset()
    return frozenset(w for w in lines if w.isalpha() and w.isascii() and (len(w) > 1 or w in "ai"))


def _segment(joined: str, words: frozenset[str] = SEGMENT_WORDS) -> str | None:
    """The fewest `words` that make up `joined` (ties go to more SEGMENT_WORDS), or None."""
    best: list[tuple[int, int, list[str]] | None] = [(0, 0, [])] + [None] * len(joined)
    for end in range(1, len(joined) + 1):
        for start in range(max(0, end - 14), end):
            piece = joined[start:end]
            known = piece in words or piece in SEGMENT_WORDS or (
                len(piece) > 3 and piece.endswith("s") and piece[:-1] in words)  # plurals: "chats"
            # With the large vocabulary, a chunk of up to three unknown letters ("pls") may be left
            # over, at the cost of three words, so one unknown word does not stop the rest.
            stray = words is not SEGMENT_WORDS and not known and len(piece) <= 3
            if best[start] is not None and (known or stray):
                count, unknown, parts = best[start]
                candidate = (count + (3 if stray else 1), unknown + (piece not in SEGMENT_WORDS), parts + [piece])
                if best[end] is None or candidate[:2] < best[end][:2]:
                    best[end] = candidate
    return " ".join(best[-1][2]) if best[-1] and len(best[-1][2]) > 1 else None


def _join_spaced_letters(match: re.Match) -> str:
    # "c s a m" -> "csam", but keep a leading English one-letter word: "a s e x" -> "a sex";
    # several words spaced out together are split again: "g r o o m a k i d" -> "groom a kid".
    letters = match.group(0).split()
    joined = "".join(letters)
    if joined not in SEGMENT_WORDS and (words := _segment(joined)):
        return words
    # A long run that is not itself a word is several words: "givemeaprompt…" -> "give me a prompt …".
    if len(joined) >= 8 and joined not in english_words() and (words := _segment(joined, english_words())):
        return words
    if letters[0] in ("a", "i") and len(letters) >= 4:
        return letters[0] + " " + "".join(letters[1:])
    return "".join(letters)


# Words a masking asterisk is used to hide ("n*de", "p*rn"): the letter is put back.
MASKED_WORDS = frozenset("nude nudes nudify nudified porn sex sexy naked child children kid kids teen teens".split())
_MASKED = re.compile(r"\b[a-z]+\*+[a-z]*|\b[a-z]*\*+[a-z]+")


def _unmask(match: re.Match) -> str:
    word = match.group(0)
    for letter in "aeiou":
        filled = re.sub(r"\*+", letter, word)
        if filled in MASKED_WORDS:
            return filled
    return word.replace("*", "")


def _split_leet_ok(run: str) -> bool:
    """A split run is leetspeak when it uses one separator, has letters as well as digits, and,
    if split by spaces, starts with a letter and has at least three ("c s 4 m", not "5 a i")."""
    marks = set(run[1::2])
    letters = sum(c.isalpha() for c in run[::2])
    if len(marks) != 1 or not any(c in "013457@$" for c in run[::2]):
        return False
    return letters >= 3 and run[0].isalpha() if marks == {" "} else letters >= 2


# Emoji that stand for the topic's words ("🧒📸🔞 where 👀❓"): without them such a turn has no words at all.
# Only emoji whose meaning does not change with the subject; a peach or an aubergine stays a fruit.
EMOJI_WORDS = str.maketrans({
    "🧒": " child ", "👶": " baby ", "👧": " girl ", "👦": " boy ", "🚸": " children ", "🔞": " explicit ",
    "📸": " pics ", "📷": " pics ", "🖼": " pics ", "🎥": " video ", "📹": " video ", "📥": " download ",
    "🔗": " link ", "👀": " see ", "🙏": " please ", "🤫": " secret ",
})


def fold(text: str) -> str:
    """A classification-only form: lowercase ASCII words with evasion tricks undone."""
    text = unicodedata.normalize("NFKC", text).translate(ZERO_WIDTH).translate(HOMOGLYPHS).translate(EMOJI_WORDS)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = _REPEATS.sub(r"\1", text)
    text = _MASKED.sub(_unmask, text)
    text = re.sub(r"[a-z0-9]+", lambda m: CHAT_DIGITS.get(m.group(0), m.group(0)), text)
    text = _SCHOOL_YEAR.sub(r"year \1", text)  # "a yr8 girl": a school year, not leetspeak for "yrb"
    text = text.replace("()", "o")  # "p()rn": a bracket pair drawn as a letter
    text = re.sub(r"(?<=[a-z])[!|?.,;:]*[!|][!|?.,;:]*(?=\s|$)", " ", text)  # "where!?" is emphasis, not leet
    # "c.s.4.m" or "c s 4 m": single characters split apart, one of them a digit drawn as a letter,
    # are read as letters first, so the split-letter steps below can join them ("top 5 a i" keeps
    # its leading number).
    text = _SPLIT_LEET.sub(lambda m: m.group(0).translate(LEET) if _split_leet_ok(m.group(0)) else m.group(0), text)
    # Leetspeak only inside words that have letters, so "13-year-old", "2023" and a statute's
    # "1466A" survive.
    text = re.sub(r"[a-z0-9@$!|€]*[a-z][a-z0-9@$!|€]*|[@$][a-z0-9@$!|€]+",
                  lambda m: m.group(0).translate(LEET) if re.search(r"[a-z]", m.group(0)) and
                  not re.fullmatch(r"\d+(st|nd|rd|th|s|yo|yrs?|m|k|bn)?|\d{2,}[a-z]", m.group(0)) else m.group(0), text)
    # "h0w 2 g3t…", read once the letters are back; "how 2 year olds…" is an age
    text = re.sub(r"\bhow 2 (?!(?:years?|yrs?|yo|months?|weeks?|days?|of|or|and)\b)(?=[a-z])", "how to ", text)
    dotted = bool(_SPLIT_BY_MARKS.search(text)) or len(_TWO_BY_MARKS.findall(text)) >= 2
    text = _SPLIT_BY_MARKS.sub(lambda m: re.sub(r"[.\-_*]", "", m.group(0)), text)
    if dotted:
        text = _TWO_BY_MARKS.sub(lambda m: m.group(0).replace(".", ""), text)
    text = _SPLIT_BY_SPACES.sub(_join_spaced_letters, text)
    text = _REPEATS.sub(r"\1", text)
    text = _LONG_LETTER_RUNS.sub(r"\1\1", text)
    text = re.sub(r"\bw/o\b", "without", text)  # "w/o her mom seeing"
    text = re.sub(r"[^a-z0-9'\s-]", " ", text)
    text = " ".join(CHAT_WORDS.get(word, word) for word in text.split())
    # "without them getting sus" is suspicious; Spanish "sus padres" ("their parents") is left alone
    text = re.sub(r"\b(getting|get|gets|being|is|so|too|looks?|acting|acts?|seems?|feels?|kinda|bit) sus\b", r"\1 suspicious", text)
    # An age written out ("two twelve year olds", "a fourteen-year-old", "aged nine") is read as the
    # number the age patterns know; a number word that is not an age ("one year on") is left alone.
    text = _AGE_WORD.sub(lambda m: AGE_WORDS[m.group(1)] + m.group(2), text)
    text = _AGED_WORD.sub(lambda m: "aged " + AGE_WORDS[m.group(1)], text)
    # Chat "u" is "you" only after a verb ("how do u", "can u", "r u"): alone it may be a letter
    # ("18 u s c 2256").
    text = _CHAT_YOU.sub(r"\1 you", text)
    # A request in another language is judged by the request inside it (see bot/gloss.py).
    return gloss(text)
