"""Fact-check: is this claim supported by the vetted sources?

In:   a claim (a sentence someone wants to publish), an optional jurisdiction, a `Vetted`
      (its embedder, index store and hybrid search).
Out:  `ClaimCheck`: verdict supported / contradicted / partly_supported / not_covered / refused,
      a one-line explanation of any difference, and the evidence as verified `Citation`s (each
      quote a verbatim span of its source, checked like answer sentences are).
Fails: `UsageError` for an empty claim or an unknown jurisdiction; `IndexMissingError` when no
      index is built. Everything else becomes a verdict, never a guess.

How a claim is checked, per clause ("…, and …" parts are checked separately):
  1. policy: a harmful request dressed as a claim is refused (the same `policy.decide` as `ask`);
  2. retrieve and score sentences as `ask` does; weight shared words by rarity (IDF coverage);
  3. compare the claim's facts with the best-aligned evidence: figures (value, rounding the
     source uses, what they count, the role they play — posted vs assessed — the period, and the
     place named after them: 36% "in the Russian Federation", not "in the United States"),
     years and dates (a year that names a report, "the 2024 annual report", does not date the
     event), organisations, jurisdictions, places in the same role ("a Danish national", not "a
     Swedish national"; "UK-based", not "US-based"), legal status (offence vs legal) and
     negation (reaching coordinated words: "never uploaded or seen");
  4. a difference counts only when the evidence is anchored to the same thing (the figure agrees,
     or the sentence shares most of the claim's rare words, leaving out the places compared and
     a purpose clause, "… so that staff can review it", when the sources negate the main one);
     otherwise the claim is not covered.
Where the sources themselves disagree ("Sources differ…"), the explanation says so.
"""

from __future__ import annotations

import json
import math
import re
import time
from dataclasses import dataclass, field
from functools import cached_property

import click

from bot.errors import user_errors
from bot.types import AnswerSentence, Citation

VERDICTS = ("supported", "contradicted", "partly_supported", "not_covered", "refused")
TOP_CHUNKS = 8            # chunks retrieved per clause
TOP_SENTENCES = 14        # candidate sentences compared with the claim
ANCHOR = 0.55             # IDF coverage at which a sentence is about the same thing
SUPPORT = 0.62            # IDF coverage at which a claim without figures is supported
RELATED = 0.3             # IDF coverage below which a sentence is ignored
MAX_EVIDENCE = 4


# ------------------------------------------------------------------------------ results
@dataclass(frozen=True)
class ClaimCheck:
    claim: str
    verdict: str
    explanation: str
    evidence: tuple[Citation, ...]
    category: str
    reason: str
    timings_ms: dict = field(default_factory=dict)
    jurisdiction: str | None = None
    index_id: str | None = None
    sources_disagree: bool = False


def claim_json(result: ClaimCheck) -> dict:
    """The `vetted check --json` object (README "Fact-check a claim"); fields are only added."""
    from bot.output import citation_json

    return {"claim": result.claim, "verdict": result.verdict, "explanation": result.explanation,
            "evidence": [citation_json(c) for c in result.evidence], "category": result.category,
            "reason": result.reason, "jurisdiction": result.jurisdiction,
            "sources_disagree": result.sources_disagree, "index": {"id": result.index_id},
            "timings_ms": dict(result.timings_ms)}


# ------------------------------------------------------------------------------ vocabulary
ORGS = {
    "IWF": r"iwf|internet watch foundation", "NCMEC": r"ncmec|national center for missing",
    "Ofcom": r"ofcom", "eSafety": r"esafety", "NCA": r"nca|national crime agency",
    "CEOP": r"ceop", "FBI": r"fbi", "Europol": r"europol", "Interpol": r"interpol",
    "Thorn": r"thorn", "NSPCC": r"nspcc", "Childline": r"childline",
    "Lucy Faithfull Foundation": r"lucy faithfull", "Stop It Now": r"stop it now",
    "Internet Matters": r"internet matters", "LAION": r"laion", "Stanford": r"stanford",
    "Microsoft": r"microsoft", "Meta": r"meta", "Google": r"google", "TikTok": r"tiktok",
    "Snapchat": r"snapchat", "Stability AI": r"stability ai", "Home Office": r"home office",
    "CPS": r"cps|crown prosecution service", "European Commission": r"european commission",
    "European Parliament": r"european parliament", "Council of the EU": r"council of the eu",
    "AFP": r"afp|australian federal police", "Justice Department": r"justice department|department of justice|doj",
    "FTC": r"ftc|federal trade commission", "Youth Justice Legal Centre": r"youth justice legal centre|yjlc",
    "NewsNation": r"newsnation", "GovTech": r"govtech", "Enough Abuse": r"enough abuse",
    "All Tech Is Human": r"all tech is human", "Sentencing Council": r"sentencing council",
    "Apple": r"apple", "OpenAI": r"openai", "Amazon": r"amazon", "Anthropic": r"anthropic",
    "Europol EC3": r"ec3", "UKCIS": r"ukcis", "Greater Manchester Police": r"greater manchester police|gmp",
}
_ORG_PATTERNS = {name: re.compile(rf"\b(?:{pattern})(?:'s|’s)?\b", re.I) for name, pattern in ORGS.items()}

JURISDICTION_WORDS = (
    ("UK", r"uk|u\.k\.|united kingdom|britain|british|england|wales|welsh|scotland|scottish|"
           r"northern ireland|bolton"),
    ("US", r"united states|america|american|california|texas|wisconsin|north carolina|"
           r"pennsylvania|congress"),
    ("EU", r"eu|european union"),
    ("AU", r"australia|australian|tasmania|tasmanian|melbourne|victoria|victorian"),
)
# Countries the corpus does not cover as jurisdictions: a claim about them is "not covered"
# unless a source names them.
OTHER_COUNTRIES = (r"canada|canadian|japan|japanese|india|indian|brazil|brazilian|germany|german|"
                   r"france|french|new zealand|singapore|ireland|irish|denmark|danish|china|chinese|"
                   r"russian federation|russia|russian|spain|spanish|italy|italian|netherlands|dutch|"
                   r"norway|norwegian|sweden|swedish|mexico|mexican|south korea|korean")
_JURISDICTION_PATTERNS = [(code, re.compile(rf"\b(?:{words})\b", re.I)) for code, words in JURISDICTION_WORDS]
_US_CAPITALS = re.compile(r"\bU\.?S\.?A?\b")
_OTHER_COUNTRY = re.compile(rf"\b(?:{OTHER_COUNTRIES})\b", re.I)
_COUNTRY_CANON = {"canadian": "canada", "japanese": "japan", "indian": "india", "brazilian": "brazil",
                  "german": "germany", "french": "france", "irish": "ireland", "danish": "denmark",
                  "chinese": "china", "russian": "russia", "spanish": "spain", "italian": "italy",
                  "dutch": "netherlands", "korean": "south korea", "russian federation": "russia",
                  "norwegian": "norway", "swedish": "sweden", "mexican": "mexico"}
# A place's role is the word it qualifies or follows ("a Danish national", "UK-based", "servers in
# the Russian Federation"); walking back to it skips these, and lists of places ("the US and UK").
_PLACE_SKIP = {"in", "on", "at", "from", "the", "of", "to", "a", "an", "by", "for", "into", "within",
               "across", "its", "their", "and", "or", "nor"}
_LIST_WORDS = {"and", "or", "nor"}
_ROLE_STOP = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "said", "says", "that",
              "which", "who", "with", "as", "but", "not", "this", "these", "those", "it", "they", "than",
              "also", "such", "some", "all", "other", "both", "where", "when", "while", "whose",
              "would", "could", "can", "will", "may", "might", "must", "should", "did", "does", "do"}
_WORD_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*|\d+(?:[.,]\d+)*%?")
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”.!?]")
FIGURE_PLACE_WORDS = 14    # a place this many words after a figure is where the figure belongs

NOUN_CLASSES = {
    "images": "images", "image": "images", "pictures": "images", "picture": "images", "photos": "images",
    "photo": "images", "photographs": "images", "pseudo-photographs": "images", "deepfakes": "images",
    "items": "images", "pieces": "images", "videos": "videos", "video": "videos", "clips": "videos",
    "files": "files", "reports": "reports", "report": "reports", "cybertips": "reports", "tips": "reports",
    "cases": "reports", "webpages": "pages", "pages": "pages", "urls": "pages", "links": "pages",
    "addresses": "pages", "people": "people", "persons": "people", "children": "people", "adults": "people",
    "teenagers": "people", "analysts": "people", "officers": "people", "suspects": "people",
    "offenders": "people", "victims": "people", "parents": "people", "users": "people", "callers": "people",
    "respondents": "people", "boys": "people", "girls": "people", "arrests": "arrests",
    "organisations": "organisations", "organizations": "organisations", "signatories": "organisations",
    "companies": "organisations", "ngos": "organisations", "countries": "places", "states": "places",
    "years": "duration", "year": "duration", "months": "duration", "month": "duration",
    "weeks": "duration", "days": "duration", "hours": "duration", "minutes": "duration",
    "votes": "votes", "searches": "searches", "devices": "devices", "offences": "offences",
    "counts": "offences", "measures": "measures", "hashes": "hashes", "sessions": "sessions",
    "visits": "visits",
}
ROLES = {
    "shared": r"post|share|upload|circul|distribut|publish",
    "assessed": r"assess|select|review|investig|analys",
    "criminal": r"crimin|illeg|confirm",
    "possessed": r"possess",
    "made": r"mak|made|produc|creat|tak",
}
_ROLE_PATTERNS = {role: re.compile(rf"\b(?:{stems})\w*", re.I) for role, stems in ROLES.items()}
PERIODS = (("month", r"(?:a|one|per|each|every|single|a single|one-)\s*month|monthly|30-day"),
           ("year", r"(?:a|one|per|each|every|single)\s+year|annual(?:ly)?|yearly"),
           ("half-year", r"(?:first|second) half|six months"),
           ("week", r"(?:a|one|per|each|every)\s+week|weekly"),
           ("day", r"(?:a|one|per|each|every)\s+day|daily"))
_PERIOD_PATTERNS = [(name, re.compile(rf"\b(?:{p})\b", re.I)) for name, p in PERIODS]

MONTHS = ("january february march april may june july august september october november december").split()
_MONTH = "|".join(m.capitalize() for m in MONTHS)
_DATE = re.compile(rf"\b(?:(\d{{1,2}}) )?({_MONTH}) ((?:19|20)\d\d)\b")
_YEAR = re.compile(r"(?<![\d,.£$€/-])((?:19|20)\d\d)(?!\d|,\d|%|/|-\d|\s?(?:million|billion|bn|m)\b)")
_ACT_YEAR = re.compile(r"\b(?:Act|Directive|Regulation|Order|Bill)\s+((?:19|20)\d\d)\b")
# A year that names a publication ("alongside the 2024 annual report", "the IWF's 2023 report")
# says which report, not when the thing in the sentence happened.
_LABEL_YEAR = re.compile(r"(?:\b(?:the|its|their|this|that|a)|['’]s)\s+((?:19|20)\d\d)\s+"
                         r"(?:(?:annual|yearly|global|interim|progress|transparency|impact|threat|"
                         r"assessment|data|insights|and|&)\s+){0,4}(?:report|review|survey|edition)s?\b", re.I)
_NUMBER = re.compile(
    r"(?<![\w.\-/])(?P<cur>A\$|US\$|£|\$|€)?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?P<pct>\s?%|\s?per ?cent)?(?:\s?(?P<mag>million|billion|thousand|bn|m|k)\b)?(?![\w/])")
_MONTH_AFTER = re.compile(rf"\s+(?:{_MONTH})\b")
_RATIO = re.compile(r"\b(\d+) in (\d+)\b")
_IDENTIFIER_BEFORE = re.compile(r"(?:section|sections|s\.|article|art\.|usc|u\.s\.c\.|ab|sb|h\.r\.|bill|"
                                r"regulation|chapter|no\.|version|phase|class|paragraph|category|"
                                r"title|aged|age|under|amendment|standard|code)\s*$", re.I)
_APPROX = re.compile(r"(?:more than|over|about|around|almost|nearly|roughly|some|at least|up to|"
                     r"approximately|just over|just under|under|fewer than|less than|~)\s*$", re.I)
_MAGNITUDE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}

NEGATIONS = re.compile(r"\b(?:not|never|no|cannot|can't|won't|don't|doesn't|didn't|isn't|aren't|"
                       r"wasn't|weren't|without|neither|nor)\b", re.I)
_NEGATION_SCOPE_END = re.compile(r"[,;:.!?]|\b(?:but|so|because|while|whereas|although|and)\b", re.I)
_COORDINATED = re.compile(r"\b(?:or|nor)\b", re.I)
PROHIBITED = re.compile(r"\b(?:illegal|unlawful|offences?|offenses?|crimes?|criminal(?:ise[sd]?|ize[sd]?|ised|ized)?|"
                        r"criminalis\w*|criminaliz\w*|prohibit\w*|bann?(?:ed|s|ing)?|punishable|outlaw\w*|"
                        r"against the law)\b", re.I)
PERMITTED = re.compile(r"\b(?:legal|lawful|allowed|permitted)\b", re.I)
_STATUS_VERB = re.compile(r"\b(?:is|are|was|were|be|been|being|remains?|make|makes|made|become|became)\b", re.I)
# Beliefs and arguments about the law are not statements of it.
_BELIEF = re.compile(r"\b(?:believ\w*|thought|think\w*|wrongly|did not know|unaware|argued|argues|"
                     r"claimed|suggested|commentator)\b", re.I)
DISAGREE = re.compile(r"\b(?:sources (?:differ|disagree)|disagree\w*|differs? between|counts? differently|"
                      r"a different (?:count|figure|measure)|gives? a different|gave a slightly different|"
                      r"figures? .{0,40}\bvary|conflicts? with)\b", re.I)
# Stems that name the same thing for coverage ("legal" and "illegal" are about legal status).
SAME_TERM = {"illeg": "legal", "unlaw": "law", "law": "law", "lawful": "law", "crimin": "crime",
             "offenc": "crime", "offens": "crime"}
# A purpose clause says what an action is for, not what happens: the evidence need not share it.
_PURPOSE = re.compile(r"\b(?:so that|so as to|in order to|in order that)\b", re.I)
CLAUSE_SPLIT = re.compile(r";\s+|,\s+(?:and|but|while|whereas)\s+")
GENERIC_WORDS = {"ai", "generat", "child", "children", "abus", "sexual", "imag", "materi", "csam", "said",
                 "report", "found", "accord", "us", "uk", "eu"}


# ------------------------------------------------------------------------------ parsing
@dataclass(frozen=True)
class Figure:
    value: float
    text: str
    kind: str                 # count | percent | money | ratio
    approx: bool
    start: int
    end: int
    noun: str | None
    roles: frozenset[str]
    year: int | None          # the year written nearest to the figure, if any


def _clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(",", 0, start), text.rfind(";", 0, start), text.rfind(":", 0, start))
    right_candidates = [i for i in (text.find(",", end), text.find(";", end)) if i >= 0]
    # "20,254" style thousands separators are not clause breaks.
    while left > 0 and left + 1 < len(text) and text[left + 1].isdigit() and text[left - 1].isdigit():
        left = max(text.rfind(",", 0, left), text.rfind(";", 0, left))
    right = min(right_candidates) if right_candidates else len(text)
    return left + 1, right


def _noun_after(text: str, end: int) -> str | None:
    tail = re.split(r"[,;:.()]", text[end:end + 80])[0]
    for word in re.findall(r"[A-Za-z][\w'-]*", tail)[:6]:
        cls = NOUN_CLASSES.get(word.lower().strip("'’"))
        if cls:
            return cls
    return None


def years_in(text: str) -> list[tuple[int, int]]:
    """(year, position) for each year written in `text`, leaving out years that name a law."""
    act_years = {m.start(1) for m in _ACT_YEAR.finditer(text)}
    return [(int(m.group(1)), m.start(1)) for m in _YEAR.finditer(text) if m.start(1) not in act_years]


def label_years_in(text: str) -> set[int]:
    """Years written as the name of a report ("the 2024 annual report"), not as a date."""
    return {int(m.group(1)) for m in _LABEL_YEAR.finditer(text)}


def figures_in(text: str) -> list[Figure]:
    figures: list[Figure] = []
    year_positions = years_in(text)
    year_spans = {p for _, p in year_positions} | {m.start(1) for m in _ACT_YEAR.finditer(text)}
    taken: list[tuple[int, int]] = []
    for m in _RATIO.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if b and a < b:
            taken.append((m.start(), m.end()))
            figures.append(_figure(text, a / b, m.group(0), "ratio", m.start(), m.end(), year_positions))
    for m in _NUMBER.finditer(text):
        start, end = m.start("num"), m.end()
        if start in year_spans or any(s <= start < e for s, e in taken):
            continue
        if _IDENTIFIER_BEFORE.search(text[max(0, m.start() - 14):m.start()]):
            continue
        if _MONTH_AFTER.match(text, end):
            continue
        if text[m.start("num") - 1:m.start("num")] == "-" if m.start("num") else False:
            continue
        value = float(m.group("num").replace(",", ""))
        if m.group("mag"):
            value *= _MAGNITUDE[m.group("mag").lower()]
        kind = "percent" if m.group("pct") else "money" if m.group("cur") else "count"
        if kind == "count" and re.match(r"\s*-?\s*fold", text[end:end + 6]):
            kind = "fold"
        figures.append(_figure(text, value, m.group(0).strip(), kind, m.start(), end, year_positions))
    return figures


def _figure(text, value, written, kind, start, end, year_positions) -> Figure:
    c_start, c_end = _clause_around(text, start, end)
    clause = text[c_start:c_end]
    roles = frozenset(role for role, pattern in _ROLE_PATTERNS.items() if pattern.search(clause))
    approx = bool(_APPROX.search(text[max(0, start - 20):start]))
    nearest = min(year_positions, key=lambda yp: abs(yp[1] - start), default=None)
    return Figure(value, written, kind, approx, start, end, _noun_after(text, end), roles,
                  nearest[0] if nearest else None)


def figures_agree(claim: Figure, source: Figure) -> bool:
    """Equal, or equal at the rounding either side uses ("more than 11,000" for 11,108)."""
    if claim.kind != source.kind:
        return False
    a, b = claim.value, source.value
    if a == b:
        return True
    if claim.kind == "ratio":
        return False
    if claim.kind == "percent":
        return abs(a - b) <= 0.5 and (claim.approx or source.approx)
    for rounded, exact, approx in ((a, b, claim.approx), (b, a, source.approx)):
        step = _rounding_step(rounded)
        # "11,000" may round 11,108; "30" does not round 27 unless someone says "about 30".
        if step and (step >= 1000 or approx or claim.approx or source.approx) \
                and abs(exact - rounded) <= min(step / 2, 0.1 * rounded):
            return True
        if approx and rounded and abs(exact - rounded) / rounded <= 0.05:
            return True
    return False


def _rounding_step(value: float) -> float:
    """11,000 → 1,000; 36.2 million → 100,000; 2,978 → 0 (not a round number)."""
    if value <= 0:
        return 0.0
    step = 10 ** int(math.log10(value))
    while step >= 10 and value % step:
        step //= 10
    return float(step) if step >= 10 and value % step == 0 else 0.0


def orgs_in(text: str) -> set[str]:
    return {name for name, pattern in _ORG_PATTERNS.items() if pattern.search(text)}


def jurisdictions_in(text: str) -> set[str]:
    found = {code for code, pattern in _JURISDICTION_PATTERNS if pattern.search(text)}
    if _US_CAPITALS.search(text):  # "US" as an abbreviation, never the pronoun "us"
        found.add("US")
    return found


def other_countries_in(text: str) -> set[str]:
    return {_COUNTRY_CANON.get(m.group(0).lower(), m.group(0).lower()) for m in _OTHER_COUNTRY.finditer(text)}


@dataclass(frozen=True)
class Place:
    """A country or jurisdiction named in a text, with the words that give it its role."""
    canon: str                               # "UK", "US", "EU", "AU", or a country ("denmark")
    start: int
    end: int
    roles: tuple[tuple[str, int, int], ...]  # (stemmed neighbour word, phrase start, phrase end)


def place_mentions(text: str) -> list[Place]:
    """Every place named in `text` ("Danish", "UK", "the Russian Federation"), in order, each with
    its role words: the word it qualifies ("national", "based") and the content word before it
    ("servers in …"), skipping articles, prepositions and the other places of a list."""
    from index.sparse import bm25_tokens

    spans = [(m.start(), m.end(), code) for code, pattern in _JURISDICTION_PATTERNS for m in pattern.finditer(text)]
    spans += [(m.start(), m.end(), "US") for m in _US_CAPITALS.finditer(text)]
    spans += [(m.start(), m.end(), _COUNTRY_CANON.get(m.group(0).lower(), m.group(0).lower()))
              for m in _OTHER_COUNTRY.finditer(text)]
    kept: list[tuple[int, int, str]] = []
    for span in sorted(spans, key=lambda s: (s[0], s[0] - s[1])):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    # Words outside the places ("Australia's" is the place and its possessive).
    tokens = [(m.start(), m.end(), m.group(0)) for m in _WORD_TOKEN.finditer(text)
              if not any(m.start() < e and s < m.end() for s, e, _ in kept)]

    def neighbour(position: int, step: int, skip: set[str]) -> tuple[int, int, str] | None:
        order = [t for t in tokens if t[0] >= position] if step > 0 else [t for t in tokens if t[1] <= position][::-1]
        edge, listed = position, False
        for start, end, word in order[:6]:
            gap = (edge, start) if step > 0 else (end, edge)
            if _CLAUSE_BREAK.search(text[gap[0]:gap[1]]):
                return None
            if listed and not any(gap[0] <= s < gap[1] for s, _, _ in kept):
                return None  # "and" joins something other than another place
            edge, listed = (end if step > 0 else start), word.lower() in _LIST_WORDS
            if word.lower() in skip:
                continue
            return None if word.lower() in _ROLE_STOP else (start, end, word)
        return None

    places = []
    for start, end, canon in kept:
        roles = []
        for step, skip in ((1, _LIST_WORDS), (-1, _PLACE_SKIP)):
            found = neighbour(end if step > 0 else start, step, skip)
            if found:
                w_start, w_end, word = found
                stem = word.lower() if word[0].isdigit() else (bm25_tokens(word) or [word.lower()])[0]
                roles.append((stem, start if step > 0 else w_start, w_end if step > 0 else end))
        places.append(Place(canon, start, end, tuple(roles)))
    return places


def place_role_conflicts(claim: str, evidence: str) -> list[tuple[str, str, str]]:
    """(the claim's place, the evidence's words, the claim's words) for each place of the claim
    that the evidence puts in the same role with a different place ("Danish national" for "Swedish
    national"); a place the evidence also names in one of its roles, or one the claim itself
    names, is no conflict. One per pair of places."""
    claim_places = place_mentions(claim)
    named = {p.canon for p in claim_places}
    said = place_mentions(evidence)
    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    for place in claim_places:
        words = {w for w, _, _ in place.roles}
        if any(q.canon == place.canon and words & {w for w, _, _ in q.roles} for q in said):
            continue
        rival = next(((q, r, (c_start, c_end)) for word, c_start, c_end in place.roles for q in said
                      if q.canon not in named for r in q.roles if r[0] == word), None)
        if rival:
            q, (_, e_start, e_end), (c_start, c_end) = rival
            out.setdefault((place.canon, q.canon), (place.canon, evidence[e_start:e_end], claim[c_start:c_end]))
    return list(out.values())


def place_after(text: str, figure: Figure, figures: list[Figure]) -> Place | None:
    """The first place named after a figure and before the next one ("36% … in the Russian
    Federation and 22% …"), within a few words: where that figure belongs."""
    ends = [f.start for f in figures if f.start > figure.start] + [len(text)]
    stop = min(ends)
    sentence_end = re.search(r"[.;](?:\s|$)", text[figure.end:])
    if sentence_end:
        stop = min(stop, figure.end + sentence_end.start())
    for place in place_mentions(text):
        if figure.end <= place.start < stop and len(text[figure.end:place.start].split()) <= FIGURE_PLACE_WORDS:
            return place
    return None


def _place_name(text: str, place: Place) -> str:
    """"the Russian Federation", "Denmark": the place as written, with its article."""
    article = re.search(r"\bthe\s+$", text[max(0, place.start - 4):place.start], re.I)
    return ("the " if article else "") + text[place.start:place.end]


def dates_in(text: str) -> list[tuple[int | None, int, int]]:
    return [(int(d) if d else None, MONTHS.index(mon.lower()) + 1, int(y)) for d, mon, y in _DATE.findall(text)]


def legal_status(text: str) -> str | None:
    """"prohibited" / "permitted" when the text states a legal status, else None."""
    votes: list[tuple[int, str]] = []
    for pattern, status in ((PROHIBITED, "prohibited"), (PERMITTED, "permitted")):
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 70):m.start()]
            clause_before = re.split(r"[,;:]", before)[-1]
            if _BELIEF.search(text[:m.start()]):
                continue
            if status == "permitted" and not _STATUS_VERB.search(" ".join(clause_before.split()[-8:])):
                continue
            negated = bool(NEGATIONS.search(" ".join(clause_before.split()[-8:])))
            flipped = {"prohibited": "permitted", "permitted": "prohibited"}[status] if negated else status
            votes.append((m.start(), flipped))
    if not votes:
        return None
    counts = {s: sum(1 for _, v in votes if v == s) for _, s in votes}
    # Most mentions win; a tie goes to the status stated first (deterministic, not set order).
    return max(sorted(votes), key=lambda pv: (counts[pv[1]], -pv[0]))[1]


def negated_terms(text: str) -> tuple[set[str], set[str]]:
    """(terms right after a negation, all other content terms), as stemmed BM25 tokens."""
    from index.sparse import bm25_tokens

    negated: set[str] = set()
    for m in NEGATIONS.finditer(text):
        following = bm25_tokens(text[m.end():m.end() + 40])
        if following:
            negated.add(following[0])
        # The negation reaches the words it coordinates: "never uploaded to NCMEC or seen by staff".
        scope = _NEGATION_SCOPE_END.split(text[m.end():], 1)[0]
        for joined in _COORDINATED.finditer(scope):
            following = bm25_tokens(scope[joined.end():joined.end() + 40])
            if following:
                negated.add(following[0])
    plain = set(bm25_tokens(NEGATIONS.sub(" ", text))) - negated
    return negated, plain


# ------------------------------------------------------------------------------ IDF coverage
_DF_CACHE: dict[str, tuple[dict[str, int], int]] = {}
_FIGURE_CACHE: dict[str, dict | int] = {}  # per build: figure index, newest year


def _document_frequencies(store) -> tuple[dict[str, int], int]:
    """How many indexed sentences contain each term (once per build)."""
    from index.sparse import bm25_tokens

    key = str(store.build_id)
    if key not in _DF_CACHE:
        df: dict[str, int] = {}
        for sentence in store.sentences:
            for token in set(bm25_tokens(sentence.text)):
                df[token] = df.get(token, 0) + 1
        _DF_CACHE[key] = (df, len(store.sentences))
    return _DF_CACHE[key]


def _content_terms(text: str) -> set[str]:
    from index.sparse import bm25_tokens

    skip = {code.lower() for code, _ in JURISDICTION_WORDS}
    return {SAME_TERM.get(t, t) for t in bm25_tokens(text) if not t[0].isdigit() and t not in skip and len(t) > 1}


class Coverage:
    """The share of a claim's rare words a sentence contains (IDF-weighted)."""

    def __init__(self, store):
        self.df, self.n = _document_frequencies(store)

    def idf(self, term: str) -> float:
        return math.log((self.n + 1) / (self.df.get(term, 0) + 0.5))

    def __call__(self, claim_terms: set[str], text: str, exclude: set[str] = frozenset()) -> float:
        terms = claim_terms - exclude
        if not terms:
            return 0.0
        found = _content_terms(text)
        total = sum(self.idf(t) for t in terms)
        return sum(self.idf(t) for t in terms if t in found) / total if total else 0.0


# ------------------------------------------------------------------------------ checking
@dataclass(frozen=True)
class Candidate:
    index: int
    text: str
    source_id: str
    chunk_id: str
    coverage: float
    dense: float
    figures: tuple[Figure, ...]
    context: str        # title + publisher of its source


@dataclass
class ClauseResult:
    verdict: str
    explanation: str
    evidence: list[int]          # store sentence indexes, most important first
    disagree: bool = False
    supported_part: str = ""


def _phrase(text: str, figure: Figure) -> str:
    """The words around a figure in its clause, the figure always included."""
    start, end = _clause_around(text, figure.start, figure.end)
    left, right = text[start:figure.start], text[figure.end:end].rstrip()
    before = re.search(r"(?:\S+\s+){0,8}$", left)
    after = re.match(r"\S*(?:\s+\S+){0,5}", right)
    return ("…" if left[:before.start()].strip() else "") + before.group(0) + text[figure.start:figure.end] \
        + after.group(0) + ("…" if after.end() < len(right) else "")


def _short(text: str, limit: int = 110) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


class ClaimChecker:
    def __init__(self, vetted):
        self.vetted = vetted
        self.store = vetted.store
        self.coverage = Coverage(self.store)

    # -- retrieval -------------------------------------------------------------------------
    def candidates(self, clause: str, steer: str | None) -> list[Candidate]:
        from bot.compose import score_sentences

        # A legal claim is also searched with its status flipped ("is legal" → "is illegal"), so
        # statements of the law are found whichever way the claim puts it.
        flipped = PERMITTED.sub("illegal", clause) if legal_status(clause) == "permitted" else None
        queries = [clause] + ([flipped] if flipped else [])
        vectors = self.vetted.embedder.embed(queries)
        vector = vectors[0]
        hits = []
        for query, query_vector in zip(queries, vectors):
            # Unsteered too: the claim's figure may belong to another jurisdiction's source.
            for jurisdiction, k in ((steer, TOP_CHUNKS), (None, TOP_CHUNKS // 2)) if steer else ((None, TOP_CHUNKS),):
                seen = {h.chunk.id for h in hits}
                hits += [h for h in self.vetted.search.search(query, jurisdiction=jurisdiction, k=k,
                                                              query_vector=query_vector) if h.chunk.id not in seen]
        scored = score_sentences(clause, vector, hits, self.store)
        indexes = [s.index for s in scored[:TOP_SENTENCES * 3]]
        # Wherever else the sources use the claim's figures ("4,700"), whatever the topic.
        for figure in figures_in(clause):
            indexes += [i for i in self.figure_index.get(figure.value, ()) if i not in indexes]
        terms = _content_terms(clause)
        vectors_by_sentence = self.store.sentence_vectors
        out = []
        for index in indexes:
            sentence = self.store.sentences[index]
            chunk = self.store.chunk_by_id[sentence.chunk_id]
            out.append(Candidate(index, sentence.text, sentence.source_id, chunk.id,
                                 self.coverage(terms, sentence.text), float(vectors_by_sentence[index] @ vector),
                                 tuple(figures_in(sentence.text)), f"{chunk.title} {chunk.publisher}"))
        out.sort(key=lambda c: -(c.coverage + 0.5 * c.dense))
        return out[:TOP_SENTENCES]

    @cached_property
    def figure_index(self) -> dict[float, list[int]]:
        """Figure value → the sentences that state it (built once per index build)."""
        key = str(self.store.build_id)
        if key not in _FIGURE_CACHE:
            index: dict[float, list[int]] = {}
            for i, sentence in enumerate(self.store.sentences):
                for figure in figures_in(sentence.text):
                    index.setdefault(figure.value, []).append(i)
            _FIGURE_CACHE[key] = index
        return _FIGURE_CACHE[key]

    # -- one clause ------------------------------------------------------------------------
    def check_clause(self, clause: str, jurisdiction: str | None) -> ClauseResult:
        from bot.pipeline import mentioned_jurisdiction

        claim_terms = _content_terms(clause)
        claim_figures = figures_in(clause)
        claim_years = {y for y, _ in years_in(clause)}
        claim_dates = [d for d in dates_in(clause) if d[0] is not None]
        claim_orgs = orgs_in(clause)
        claim_jurisdictions = jurisdictions_in(clause)
        claim_countries = other_countries_in(clause)
        claim_status = legal_status(clause)
        if claim_status and not claim_jurisdictions and jurisdiction and jurisdiction != "INT":
            claim_jurisdictions = {jurisdiction}
        steer = mentioned_jurisdiction(clause) or jurisdiction
        cands = [c for c in self.candidates(clause, steer) if c.coverage >= RELATED or c.dense >= 0.55]
        if not cands:
            return ClauseResult("not_covered", "the vetted sources say nothing close to this", [])

        # Named words the evidence must share for a difference to be about the same thing.
        exclude = set()
        for org in claim_orgs:
            exclude |= _content_terms(org + " " + ORGS[org].replace("|", " "))

        # 1. Figures.
        figure_notes: list[tuple[str, str, int]] = []    # (status, explanation, candidate index)
        agreeing: dict[int, float] = {}
        for figure in claim_figures:
            status, note, where = self._check_figure(figure, clause, cands, claim_orgs, claim_countries)
            figure_notes.append((status, note, where))
            if status == "supported":
                agreeing[where] = agreeing.get(where, 0) + 1

        # The decisive sentence: the one the claim is most clearly about.
        def anchor_score(i: int) -> float:
            c = cands[i]
            return c.coverage + 0.5 * c.dense + 0.6 * agreeing.get(i, 0)

        best_i = max(range(len(cands)), key=anchor_score)
        best = cands[best_i]
        best_cov = self.coverage(claim_terms, best.text, exclude)
        anchored = bool(agreeing) or best_cov >= ANCHOR
        evidence = [best.index]
        facts: list[tuple[str, str]] = []
        for status, note, where in figure_notes:
            facts.append((status, note))
            if where >= 0 and cands[where].index not in evidence:
                evidence.append(cands[where].index)

        # 2. Places in the same role: "a Danish national" for "a Swedish national", 36% hosted "in
        #    the Russian Federation" for 36% "in the United States". A difference counts where the
        #    evidence is anchored without the places' own words, or a figure agrees.
        place_terms: set[str] = set()
        for place in place_mentions(clause):
            place_terms |= _content_terms(clause[place.start:place.end])
        place_notes, placed = self._place_conflicts(clause, claim_figures, figure_notes, cands)
        if agreeing.get(best_i) or self.coverage(claim_terms, best.text, exclude | place_terms) >= ANCHOR:
            for claimed, theirs, ours in place_role_conflicts(clause, best.text):
                if claimed not in placed:  # else already told: a figure given for another place
                    placed.add(claimed)
                    place_notes.append(f"the sources say “{theirs}”, not “{ours}”")
        facts += [("contradicted", note) for note in place_notes]

        # 2b. Subjects the sources do not mention at all: countries and organisations (a country
        #     contradicted above is not missing, it is wrong).
        best_context = best.text + " " + best.context
        missing_countries = {c for c in claim_countries if c not in other_countries_in(best_context)} - placed
        missing_orgs = claim_orgs - orgs_in(best_context)
        unknown_orgs = {o for o in missing_orgs if not self._org_known(o)}
        if (missing_countries or unknown_orgs) and not agreeing:
            names = ", ".join(sorted(missing_countries | unknown_orgs, key=str.lower))
            return ClauseResult("not_covered", f"the vetted sources do not mention {names} in this context",
                                evidence[:1] if best_cov >= RELATED else [])

        # 3. Organisation swaps: the evidence ties this to a different body.
        if missing_orgs and anchored:
            other = orgs_in(best.text) - claim_orgs or orgs_in(best.context) - claim_orgs
            if other:
                facts.append(("contradicted", f"the sources tie this to {', '.join(sorted(other))}, "
                                              f"not {', '.join(sorted(missing_orgs))}"))
        if missing_orgs and not any(s == "contradicted" for s, _ in facts):
            facts.append(("uncovered", f"the sources do not link this to {', '.join(sorted(missing_orgs))}"))

        # 4. Jurisdiction.
        known_claim_j = claim_jurisdictions & {"UK", "US", "EU", "AU"}
        if known_claim_j and anchored:
            said: set[str] = jurisdictions_in(best.text) or other_countries_in(best.text)
            if not said:
                said = set(self.store.chunk_by_id[best.chunk_id].jurisdiction) - {"INT"}
            if said and not (said & known_claim_j):
                if not place_notes:  # else the place in its role says it better
                    facts.append(("contradicted", f"the sources say this about {', '.join(sorted(said))}, "
                                                  f"not {', '.join(sorted(known_claim_j))}"))
            elif said & known_claim_j:
                facts.append(("supported", ""))

        # 5. Years and dates.
        if claim_years:
            facts.append(self._check_years(clause, claim_years, claim_dates, claim_figures, best, anchored, agreeing))

        # 6. Legal status (offence vs legal) and negation.
        if claim_status:
            facts.append(self._check_status(claim_status, known_claim_j, cands, evidence))
        negation = self._check_negation(clause, best, best_cov) or self._check_main_negation(clause, best, exclude)
        if negation:
            facts.append(negation)
        status_or_negation_supported = bool(claim_status or negation) and facts[-1][0] == "supported"

        # 7. Strong support: a figure, a legal status or a negation that agrees, or evidence that
        #    shares most of the claim's rare words. Dates, places and names alone are not enough.
        figure_supported = any(s == "supported" for s, _ in facts[:len(figure_notes)])
        other_supported = any(s == "supported" for s, _ in facts[len(figure_notes):])
        strong = figure_supported or (status_or_negation_supported and best_cov >= RELATED)
        if not claim_figures:
            strong = strong or best_cov >= SUPPORT or (other_supported and best_cov >= ANCHOR)

        disagree_i = next((c.index for c in cands if DISAGREE.search(c.text) and c.coverage >= 0.4), None)
        disagree = disagree_i is not None
        if disagree and disagree_i not in evidence:
            evidence.append(disagree_i)
        statuses = [s for s, _ in facts]
        beyond = [n for s, n in facts if s == "beyond"]
        if beyond:  # a year after the newest source: nothing here can speak to it
            return ClauseResult("not_covered", beyond[0], [])
        contradictions = [n for s, n in facts if s == "contradicted"]
        if contradictions:
            note = "; ".join(dict.fromkeys(contradictions))
            if disagree:
                note += f". Sources differ: “{_short(self.store.sentences[disagree_i].text, 160)}”"
            return ClauseResult("contradicted", note, evidence, disagree)
        if strong and "uncovered" not in statuses:
            return ClauseResult("supported", self._support_note(best, claim_figures, disagree, disagree_i),
                                evidence, disagree, clause)
        if strong:
            missing = [n for s, n in facts if s == "uncovered" and n]
            return ClauseResult("partly_supported", "; ".join(missing) or "part of the claim is not in the sources",
                                evidence, disagree, clause)
        return ClauseResult("not_covered", "the vetted sources do not cover this claim",
                            evidence[:1] if best_cov >= ANCHOR else [])

    @staticmethod
    def _place_conflicts(clause: str, claim_figures: list[Figure], figure_notes, cands) -> tuple[list[str], set[str]]:
        """A figure the sources give for a different place: the claim's 36% "in the United States"
        against the source's "36% … in the Russian Federation and 22% in the United States"."""
        notes: list[str] = []
        placed: set[str] = set()
        claim_named = {p.canon for p in place_mentions(clause)}
        for figure, (status, _, where) in zip(claim_figures, figure_notes):
            if status != "supported" or where < 0:
                continue
            claimed = place_after(clause, figure, claim_figures)
            if claimed is None:
                continue
            text = cands[where].text
            source_figures = figures_in(text)
            for f in source_figures:
                if not figures_agree(figure, f):
                    continue
                said = place_after(text, f, source_figures)
                if said and said.canon != claimed.canon and said.canon not in claim_named:
                    placed.add(claimed.canon)
                    notes.append(f"the sources give {f.text} for {_place_name(text, said)}, "
                                 f"not {_place_name(clause, claimed)}")
                break
        return notes, placed

    def _org_known(self, org: str) -> bool:
        pattern = _ORG_PATTERNS[org]
        return any(pattern.search(s.body) for s in self.store.sources.values())

    def _check_figure(self, figure: Figure, clause: str, cands: list[Candidate], claim_orgs: set[str],
                      claim_countries: set[str]) -> tuple[str, str, int]:
        """supported / contradicted / uncovered for one figure of the claim, with the sentence."""
        agree = [(i, f) for i, c in enumerate(cands) for f in c.figures if figures_agree(figure, f)
                 and c.coverage >= RELATED]
        same_kind = [(i, f) for i, c in enumerate(cands) for f in c.figures
                     if f.kind == figure.kind and (f.noun == figure.noun or not f.noun or not figure.noun)
                     and c.coverage >= ANCHOR - 0.1]

        def about_subject(i: int) -> bool:
            context = cands[i].text + " " + cands[i].context
            return claim_orgs <= orgs_in(context) and claim_countries <= other_countries_in(context)

        known_nouns = {f.noun for _, f in agree if f.noun}
        for i, f in agree:
            if figure.noun and f.noun and figure.noun != f.noun:
                continue
            if figure.noun and not f.noun and known_nouns and figure.noun not in known_nouns:
                continue  # another sentence says what this figure counts, and it is not that
            if figure.roles and f.roles and not (figure.roles & f.roles):
                continue
            role_rival = [(j, g) for j, g in same_kind if figure.roles & g.roles and not figures_agree(figure, g)
                          and cands[j].coverage > cands[i].coverage]
            if figure.roles and not f.roles and role_rival:
                continue
            period = self._period_conflict(clause, cands[i].text)
            if period:
                return "contradicted", f"the sources give {f.text} {period}", i
            return "supported", "", i
        for i, f in agree:
            if figure.noun and f.noun and figure.noun != f.noun:
                return ("contradicted", f"the sources count {f.text} {f.noun}, not {figure.noun}: "
                                        f"“{_phrase(cands[i].text, f)}”", i)
        for i, f in agree:
            rivals = [(j, g) for j, g in same_kind if figure.roles & g.roles and g.value != f.value]
            # Prefer the measure the same source gives ("selected 11,108 for assessment").
            rivals.sort(key=lambda jg: (cands[jg[0]].source_id != cands[i].source_id, -cands[jg[0]].coverage))
            if rivals:
                j, g = rivals[0]
                return ("contradicted", f"the sources tie {f.text} to a different measure: "
                                        f"“{_phrase(cands[i].text, f)}”; “{_phrase(cands[j].text, g)}”", j)
            return "contradicted", f"the sources use {f.text} for something else: “{_phrase(cands[i].text, f)}”", i
        rivals = [(i, f) for i, f in same_kind if about_subject(i)
                  and (not figure.roles or not f.roles or figure.roles & f.roles)]
        if rivals:
            i, f = rivals[0]
            given = sorted({g.text for j, g in rivals if cands[j].source_id == cands[i].source_id} | {f.text})
            return ("contradicted", f"the sources give {' / '.join(given[:3])}, not {figure.text}: "
                                    f"“{_phrase(cands[i].text, f)}”", i)
        return "uncovered", f"the sources do not give {figure.text}", -1

    @staticmethod
    def _period_conflict(clause: str, text: str) -> str | None:
        said = {name for name, p in _PERIOD_PATTERNS if p.search(text)}
        claimed = {name for name, p in _PERIOD_PATTERNS if p.search(clause)}
        if claimed and said and not (claimed & said):
            return f"per {'/'.join(sorted(said))}, not per {'/'.join(sorted(claimed))}"
        return None

    def _check_years(self, clause, claim_years, claim_dates, claim_figures, best: Candidate, anchored,
                     agreeing) -> tuple[str, str]:
        said = {y for y, _ in years_in(best.text)}
        # A figure written next to its year ("3,443 … in 2025, compared with 13 in 2024").
        for figure in claim_figures:
            if figure.year is None:
                continue
            for f in best.figures:
                if figures_agree(figure, f) and f.year is not None and len(said) > 1 and f.year != figure.year:
                    return "contradicted", f"the sources give {f.text} for {f.year}, not {figure.year}"
        for day, month, year in claim_dates:
            for d2, m2, y2 in dates_in(best.text):
                if (m2, y2) == (month, year) and d2 is not None and d2 != day:
                    return "contradicted", f"the sources date this {d2} {MONTHS[m2 - 1].capitalize()} {y2}"
        if claim_years <= said:
            return "supported", ""
        missing = sorted(claim_years - said)
        newest = self.newest_year
        if any(y > newest for y in missing):
            return "beyond", f"the sources end in {newest}, before {', '.join(map(str, missing))}"
        # A report's name dates the report, not the event: it contradicts only a claim's report name.
        labels = label_years_in(best.text)
        dating = said - labels if not set(missing) & label_years_in(clause) else said
        if dating and anchored:
            return "contradicted", (f"the sources date this to {', '.join(map(str, sorted(dating)))}, "
                                    f"not {', '.join(map(str, missing))}")
        source = self.store.sources.get(best.source_id)
        if source and all(str(y) in source.body for y in missing):
            return "supported", ""
        return "uncovered", f"the sources do not date this to {', '.join(map(str, missing))}"

    @cached_property
    def newest_year(self) -> int:
        """The latest year any source mentions: a claim about a later year is not covered."""
        key = f"newest:{self.store.build_id}"
        if key not in _FIGURE_CACHE:
            _FIGURE_CACHE[key] = max((y for s in self.store.sentences for y, _ in years_in(s.text)), default=2100)
        return _FIGURE_CACHE[key]

    def _check_status(self, claim_status, claim_j, cands, evidence) -> tuple[str, str]:
        votes: list[tuple[str, Candidate]] = []
        for c in cands:
            if c.coverage < RELATED:
                continue
            status = legal_status(c.text)
            if not status:
                continue
            if claim_j:
                said = jurisdictions_in(c.text) or set(self.store.chunk_by_id[c.chunk_id].jurisdiction)
                if not (said & claim_j) and "INT" not in said:
                    continue
            votes.append((status, c))
        if not votes:
            return "uncovered", "the sources do not state the legal status"
        top = votes[:3]
        weight = {s: sum(c.coverage + 0.5 * c.dense for t, c in top if t == s) for s, _ in top}
        majority = max(sorted(weight), key=weight.get)
        witness = next(c for s, c in top if s == majority)
        if witness.index not in evidence:
            evidence.insert(1, witness.index)
        if majority != claim_status:
            where = f" in {', '.join(sorted(claim_j))}" if claim_j else ""
            said = "an offence" if majority == "prohibited" else "not an offence"
            return "contradicted", f"the sources say this is {said}{where}: “{_short(witness.text, 140)}”"
        return "supported", ""

    @staticmethod
    def _check_negation(clause: str, best: Candidate, best_cov: float) -> tuple[str, str] | None:
        if best_cov < ANCHOR:
            return None
        claim_neg, claim_plain = negated_terms(clause)
        said_neg, said_plain = negated_terms(best.text)
        flipped = (claim_neg & said_plain - said_neg) | (said_neg & claim_plain - claim_neg)
        flipped -= GENERIC_WORDS
        if flipped:
            return "contradicted", f"the sources say the opposite: “{_short(best.text, 140)}”"
        if claim_neg and claim_neg & said_neg:
            return "supported", ""
        return None

    def _check_main_negation(self, clause: str, best: Candidate, exclude: set[str]) -> tuple[str, str] | None:
        """The sources negate what the claim's main clause asserts, though the claim's purpose
        ("… so that staff can review it") is worded differently: "has to upload the image" against
        "the image is never uploaded". Only a contradiction; a purpose clause never earns support."""
        main = _PURPOSE.split(clause, 1)[0]
        terms = _content_terms(main)
        if main == clause or len(terms - exclude) < 4 or self.coverage(terms, best.text, exclude) < ANCHOR:
            return None
        verdict = self._check_negation(main, best, 1.0)
        return verdict if verdict and verdict[0] == "contradicted" else None

    def _support_note(self, best: Candidate, claim_figures, disagree: bool, disagree_i) -> str:
        chunk = self.store.chunk_by_id[best.chunk_id]
        shown = [f.text for f in best.figures if any(figures_agree(c, f) for c in claim_figures)]
        what = f"gives {', '.join(dict.fromkeys(shown))}" if shown else "says the same"
        note = f"{chunk.publisher} ({chunk.published[:7]}) {what}: “{_short(best.text, 140)}”"
        if disagree:
            note += f". Sources differ: “{_short(self.store.sentences[disagree_i].text, 160)}”"
        return note


def _clauses(claim: str) -> list[str]:
    parts = [p.strip(" .") for p in CLAUSE_SPLIT.split(claim) if p and len(p.split()) >= 3]
    return parts or [claim]


def _combine(results: list[ClauseResult]) -> ClauseResult:
    if len(results) == 1:
        return results[0]
    verdicts = [r.verdict for r in results]
    evidence = list(dict.fromkeys(i for r in results for i in r.evidence))
    disagree = any(r.disagree for r in results)
    if len(set(verdicts)) == 1:
        return ClauseResult(verdicts[0], "; ".join(r.explanation for r in results), evidence, disagree)
    if "supported" in verdicts or "partly_supported" in verdicts:
        others = [r for r in results if r.verdict != "supported"]
        detail = "; ".join(f"{r.verdict.replace('_', ' ')}: {r.explanation}" for r in others)
        return ClauseResult("partly_supported", f"part of the claim is supported; {detail}", evidence, disagree)
    if "contradicted" in verdicts:
        return ClauseResult("contradicted", "; ".join(r.explanation for r in results if r.verdict == "contradicted"),
                            evidence, disagree)
    return ClauseResult("not_covered", results[0].explanation, evidence, disagree)


# ------------------------------------------------------------------------------ the core
def check_claim(claim: str, jurisdiction: str | None = None, vetted=None) -> ClaimCheck:
    """Check one claim against the vetted sources (see the module docstring)."""
    from bot import policy
    from bot.errors import UsageError
    from bot.normalise import clean_question
    from bot.pipeline import JURISDICTIONS, default_vetted
    from bot.verify import check_sentence

    started = time.perf_counter()
    vetted = vetted or default_vetted()
    if jurisdiction is not None:
        jurisdiction = jurisdiction.upper()
        if jurisdiction not in JURISDICTIONS:
            raise UsageError(f"unknown jurisdiction {jurisdiction!r}: use one of {', '.join(JURISDICTIONS)}")
    if claim is None or not claim.strip():
        raise UsageError('the claim is empty: try vetted check "The IWF found 20,254 AI images on one forum in a month"')
    text, _notices = clean_question(claim, vetted.settings.max_question_chars)
    timings: dict[str, float] = {}
    # The same policy stage as `ask`: its rules plus the semantic classifier the pipeline holds.
    decision = policy.decide(text, (), getattr(vetted, "classifier", None))
    timings["policy"] = round((time.perf_counter() - started) * 1000, 1)
    if decision.action == "refuse":
        timings["total"] = timings["policy"]
        return ClaimCheck(text, "refused", decision.message, (), decision.category, decision.reason,
                          timings, jurisdiction)

    checker = ClaimChecker(vetted)
    t = time.perf_counter()
    result = _combine([checker.check_clause(clause, jurisdiction) for clause in _clauses(text)])
    timings["check"] = round((time.perf_counter() - t) * 1000, 1)

    evidence: list[Citation] = []
    sources = vetted.store.sources
    for index in result.evidence:
        sentence = vetted.store.sentences[index]
        chunk = vetted.store.chunk_by_id[sentence.chunk_id]
        citation = Citation(n=len(evidence) + 1, source_id=chunk.source_id, chunk_id=chunk.id,
                            title=chunk.title, publisher=chunk.publisher, published=chunk.published,
                            url=chunk.url, quote=sentence.text, start=sentence.start, end=sentence.end)
        if check_sentence(AnswerSentence(sentence.text, citation.n), citation, sources, "A1") is None:
            evidence.append(citation)
        if len(evidence) == MAX_EVIDENCE:
            break
    verdict, explanation = result.verdict, result.explanation
    if verdict in ("supported", "contradicted", "partly_supported") and not evidence:
        verdict, explanation = "not_covered", "no evidence passed verification"
    explanation = _sentence_case(explanation)
    category = "N" if verdict == "not_covered" else decision.category if decision.category != "O" else "A1"
    reason = {"supported": "the vetted sources say the same",
              "contradicted": "the vetted sources say something different",
              "partly_supported": "part of the claim is supported, part is not covered or differs",
              "not_covered": "no vetted source covers this claim"}[verdict]
    timings["total"] = round((time.perf_counter() - started) * 1000, 1)
    return ClaimCheck(text, verdict, explanation, tuple(evidence), category, reason, timings,
                      jurisdiction, vetted.store.build_id, result.disagree)


def _sentence_case(text: str) -> str:
    text = " ".join(text.split())
    return (text[:1].upper() + text[1:]) if text else text


# ------------------------------------------------------------------------------ the command
def render_check(result: ClaimCheck) -> str:
    label = {"supported": "SUPPORTED", "contradicted": "CONTRADICTED", "partly_supported": "PARTLY SUPPORTED",
             "not_covered": "NOT COVERED", "refused": "REFUSED"}[result.verdict]
    lines = [f"{label}: {result.explanation}"]
    if result.evidence:
        lines += ["", "Evidence:"]
        for c in result.evidence:
            lines += [f"  [{c.n}] {c.title} — {c.publisher}, {c.published}", f"      {c.url}", f"      “{c.quote}”"]
    return "\n".join(lines)


@click.command("check")
@click.argument("claim", required=False)
@click.option("-j", "--jurisdiction", type=click.Choice(["UK", "US", "EU", "AU", "INT"], case_sensitive=False),
              default=None, help="The jurisdiction the claim is about, when it does not say.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (see README, Fact-check a claim).")
@click.option("--jsonl", is_flag=True, help="Read one claim per line on stdin; write one JSON object per line.")
def check(claim, jurisdiction, as_json, jsonl):
    """Check CLAIM against the vetted sources: supported, contradicted, partly supported or not covered.

    \b
    Examples:
      vetted check "The IWF found 11,000 AI images on one forum in a month"
      vetted check "Making AI child abuse images is legal in the US if no real child is shown" --json
      printf 'claim one\\nclaim two\\n' | vetted check --jsonl
    """
    user_errors(_run_check)(claim, jurisdiction.upper() if jurisdiction else None, as_json, jsonl)


def _run_check(claim, jurisdiction, as_json, jsonl):
    from bot.cli import _vetted, ensure_index, run_jsonl
    from bot.errors import UsageError

    if jsonl:
        if claim:
            raise UsageError("--jsonl reads claims from stdin; do not also pass CLAIM")
        run_jsonl("claim", lambda vetted, payload: claim_json(
            check_claim(payload["claim"], payload.get("jurisdiction") or jurisdiction, vetted)))
    if claim is None or not claim.strip():
        raise UsageError('the claim is empty: try vetted check "The IWF found 20,254 AI images on one forum in a month"')
    vetted = _vetted()
    ensure_index(vetted)
    result = check_claim(claim, jurisdiction, vetted)
    click.echo(json.dumps(claim_json(result), ensure_ascii=False, indent=2) if as_json else render_check(result))

