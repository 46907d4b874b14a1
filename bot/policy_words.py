"""Policy vocabulary: the word classes, scope and age patterns, and rule exemptions that the rule
tables (`bot.policy_refusals`, `bot.policy_signposts`) and `bot.policy.decide` share.

In:   nothing at run time; every pattern reads `normalise.fold()` text (lowercase ASCII).
Out:  regex fragments (MINOR, SEXUAL, ...), compiled patterns, small predicates used as a rule's
      named exemption (`Rule.unless`), and `Rule` itself with `_r`, which names each rule by its
      code and order ("R2.3": the third R2 rule made), so the tables must be built in one fixed order.
Fails: never on text; a malformed pattern fails at import, which the unit tests catch.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# ---- vocabulary (over folded text: lowercase ASCII) ----------------------------------------
MINOR = (r"(?:child|children|childs|kid|kids|kiddie|minor|minors|underage|under-age|teen|teens|"
         r"teenage|teenager|teenagers|boy|boys|girl|girls|pupil|pupils|student|students|schoolgirl|"
         r"schoolgirls|schoolboy|schoolboys|preteen|pre-teen|toddler|toddlers|baby|babies|infant|"
         r"infants|young(?:er)? (?:girl|boy|person|people|ones?)|little (?:girl|boy|one)s?|"
         r"\d{1,2}[- ]?(?:year|yr)s?[- ]?olds?|\d{1,2} ?yos?|\d{1,2} y o\b|(?:she'?s|he'?s|they'?re|who'?s) (?:[1-9]|1[0-7])|"
         # "aged 8", not "users aged 8 to 80": a range that runs into adulthood names no child
         r"aged (?:[1-9]|1[0-7])(?! ?(?:to|-|and) ?(?:1[89]|[2-9]\d|1\d\d)\b)|"
         # "one of the characters is 14", "my ex is 15": a character's or a partner's age names a child as "a 14 year
         # old" does
         r"(?:characters?|protagonist|narrator|heroine|oc|npc|ex|gf|bf|girlfriend|boyfriend|crush|date|match) (?:is|who'?s|"
         r"aged) (?:like |about |only |just |barely )?"
         r"(?:[5-9]|1[0-7])(?! ?(?:%|percent|pages|minutes|hours|days|weeks|months|years ago|chapters|levels?|feet|ft|cm)\b)|"
         r"classmates?|middle ?schoolers?|(?:primary|elementary|middle) school(?:ers?)? (?:kids?|girls?|boys?|children)|"
         r"primary schoolers?|elementary schoolers?|in (?:middle|primary|elementary) school|(?:[5-9]|1[0-7])ish|tweens?|year (?:[1-9]|1[0-3]) (?:girls?|boys?|pupils?|students?)|in (?:year|yr|grade) (?:[1-9]|1[01])\b|"
         r"(?:[1-8](?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth) grade(?:rs?)?|loli|lolis|jailbait|niece|nephew|"
         r"daughter|son|stepdaughter|stepson|under[- ]?1[0-8]s?)")
SEXUAL = (r"(?:sex|sexual|sexually|sexualised|sexualized|sexy|sensual|sensuous|nude|nudes|naked|undress|undressed|"
          r"undressing|nudify|nudified|nsfw|explicit|porn|porno|pornographic|erotic|lewd|smut|smutty|intimate|"
          r"topless|indecent|sexting|sexts?|csam|cp|abuse (?:image|images|imagery|material|content|video|videos|"
          r"picture|pictures|photos?)|naughty|spicy|18\+|adult content|without clothes|no clothes|"
          r"adult (?:stor(?:y|ies)|fiction|scenes?|versions?)|grown[- ]?up (?:kind|versions?|stor(?:y|ies)))")
MATERIAL = (r"(?:image|images|imagery|pic|pics|picture|pictures|photo|photos|video|videos|vids|"
            r"content|material|materials|files|collection|stuff|csam|cp|porn|nudes|deepfakes?)")
FIRST_PERSON = r"(?:\bi\b|\bi'm\b|\bim\b|\bme\b|\bmy\b|\bmyself\b|\bwe\b|\bus\b)"
REQUEST = (r"(?:\b(?:can|could|would|will) you |\bplease |\bhelp me |\bi want (?:you )?to |"
           r"\bi need (?:you )?to |\bi'd like (?:you )?to |\bhow (?:do|can|could|would|should) (?:i|we|one|you) |"
           r"\bhow to |\bteach me |\bshow me |\blet's |\bgive me |\bwalk me through |\btell me how to )")
MAKE = (r"(?:write|create|generate|make(?! sure| certain)|produce|emit|draw|render|paint|design|compose|describe|narrate|"
        r"depict|roleplay|role-play|role play|imagine|synthesi[sz]e|photoshop|edit|nudify|undress|"
        r"deepfake|morph|age down|de-age|deage)")
FIND = (r"(?:find|get(?! (?:round|around|past|through|rid|caught|flagged|away)\b)|download|buy|purchase|access|obtain|see|view|watch|stream|source|trade|swap|"
        r"look at|get hold of|come across|pay for)")
EVADE = (r"(?:(?:not|never) (?:get|getting|be|being) (?:caught|flagged|detected|banned|reported|noticed|traced)|"
         r"(?:change|alter|edit|modify|tweak)\b.{0,40}\bso (?:that )?(?:it|they|the \w+) (?:doesn'?t|don'?t|won'?t|"
         r"wont|isn'?t|aren'?t|can'?t|cannot|will not|does not|do not) (?:match|get (?:matched|detected|flagged|"
         r"caught)|be (?:matched|detected|flagged|caught|found|traced))|get (?:round|around|past)|bypass|evade|avoid|defeat|beat|fool|trick|circumvent|"
         r"disable|turn off|switch off|jailbreak|break|strip|remove|hide|conceal|encrypt|wipe|"
         r"scrub|spoof|dodge|slip past|sneak past|not get caught|without (?:being |getting )?"
         r"(?:caught|detected|flagged|traced|noticed|reported))")
DETECTION = (r"(?:hash|hashes|hashing|photodna|detection|detector|detectors|filter|filters|scanner|scanners|scanning|"
             r"scan|moderation|moderators|police|cops|law enforcement|safety checker|safety filter|"
             r"guardrails?|watermarks?|c2pa|content credentials|classifier|classifiers|nca|fbi|"
             r"ceop|iwf|ncmec|forensics?|investigators?|caught|traced|arrested|prosecuted|charged)")
QUESTION_ABOUT_LAW = (r"(?:\billegal\b|\blegal\b|\blaw\b|\blaws\b|\bpenalt|\bsentence|\bsentenc|"
                      r"\boffence|\boffense|\bcrime\b|\bcriminal|\bprosecut|\ballowed\b|\bpunish|"
                      r"\bjail|\bprison|\bcharged\b|\bconvict|\bban\b|\bbanned\b)")
GENERAL_STATS = r"(?:how many|how much|percent|%|proportion|statistic|figures|data|report|trend|rise|increase)"
# A child who is not the asker's own: "a kid", "a 12 year old", never "my daughter" (a parent asking
# how to get their own child to talk to them is safeguarding, not grooming).
OTHER_MINOR = (r"(?<!\bmy )(?<!\bour )(?<!\bmy little )(?<!\bmy young )(?<!\bour little )(?<!\bmy own )"
               r"(?<!\bmy teenage )(?:" + MINOR + r")")
# Slang and euphemisms for abuse material; a rule uses them only next to an ask ("where", "links").
SLANG_MATERIAL = (r"(?:cheese pizza|csam|cp|child porn|kiddie porn|kiddy porn|jailbait|loli\w*|shota\w*|"
                  r"(?:young|younger|underage|under-age|teen|kid|kiddie|little ones?|school ?girl|schoolboy|school) "
                  r"(?:stuff|content|material|pics|vids|collections?|folders?|leaks?|links|nudes)|"
                  r"(?:the )?really young ones|the real (?:thing|stuff|deal)|(?:the )?under ?1[0-8]s? (?:kind|stuff|type|ones)|"
                  r"the illegal (?:kind|sort|type|ones))")
ASK_FOR = (r"(?:where|who (?:has|have|got|sells|shares|trades|can send)|any (?:good )?(?:places|sites|links|"
           r"groups|channels|servers)|good (?:places|sites)|links?|urls?|looking for|searching for|hunting for|"
           r"got any|anyone (?:got|have|has)|send|trade|swap|buy|download|the good stuff)")
# The material itself, however it is named: context for the evasion rules.
MATERIAL_CONTEXT = (r"(?:(?:" + MATERIAL + r")\b.{0,40}\b(?:" + MINOR + r"|" + SEXUAL + r")|(?:" + SEXUAL +
                    r")\b.{0,30}\b(?:" + MINOR + r")|that (?:kind|sort|type) of (?:stuff|material|content|thing|"
                    r"images|pictures)|that (?:stuff|material)|those (?:images|pictures|files|videos)|"
                    r"(?:illegal|abuse) (?:images|pictures|material|content|stuff|videos)|the illegal (?:kind|sort|type)|csam|\bcp\b)")
# The asker's own viewing or keeping ("I'm looking at", "I downloaded").
PERSONAL_VIEWING = (r"\b(?:i'?m|i am|im|i was|i'?ve been|i have been|i|i'?d)\b (?:looking at|viewing|watching|"
                    r"downloading|saving|keeping|collecting|storing|sharing|look at|view|watch|download|save|keep|"
                    r"collect|store|have|had|looked at|viewed|watched|downloaded|saved|kept|collected|stored|shared)\b")

IN_SCOPE = re.compile(
    r"\b(?:usc|u s c|statute|section \d|child|kid|minor|teen|young|youth|pupil|student|school|parent|daughter|son\b|abuse|exploit|"
    r"csam|\bcp\b|loli|shota|image|imagery|picture|photo|pic\b|pics\b|video|nude|naked|deepfake|fake|\bai\b|"
    r"artificial|generat|model|algorithm|app\b|apps\b|law|legal|illegal|possess|penalt|\bact\b|bill\b|offen[cs]e|crime|"
    r"criminal|police|prosecut|sentenc|court|case|iwf|internet watch|ncmec|ofcom|esafety|\bnca\b|ceop|"
    r"thorn|laion|europol|\bfbi\b|childline|nspcc|stop it now|lucy faithfull|rethink|report|remov|"
    r"hash|photodna|c2pa|watermark|provenance|sextort|blackmail|extort|groom|safeguard|online safety|"
    r"pledge|commitment|industry|platform|nudif|undress|safety|consent|porn|sexual|sex\b|victim|"
    r"survivor|helpline|dark web|internet|online|social media|snapchat|tiktok|instagram|predator|"
    r"paedo|pedo|offender|regulat|directive|regulation|take it down|enforce|protect|threat|risk|"
    r"picture|selfie|intimate|consent|harm|worried|scared|help|stability|stable diffusion|grok|"
    r"chatbot|training data|dataset|tech compan|government|home office|home secretary|minister|"
    r"braverman|summit|bletchley|year \d|grade|grader|grand(?:daughter|son|child|children)|niece|nephew|"
    r"parental control|screen time|chat control|client[- ]side scanning|"
    r"(?:this|that|the|such|those|these) (?:kind of |sort of |type of )?(?:stuff|material|"
    r"content|things?)\b|(?:[1-9]|1[0-7])[ -]?(?:years?[ -]olds?|yo|y/o|yr olds?)\b"
    # the severity categories of indecent images, as a trainee moderator asks about them
    r"|categor(?:y|ies) a,? b,? (?:and|&|or) c\b)"
)
# Words that keep a question in scope whatever the classifier says about the rest of it.
STRONG_SCOPE = re.compile(r"\b(?:csam|cp|loli\w*|shota\w*|abuse|abused|abuser|underage|"
                          r"exploitation|nude|nudes|naked|sexual|sextort\w*|groom\w*|deepfakes?|nudif\w*|"
                          r"iwf|ncmec|ofcom|esafety|ceop|nspcc|paedo\w*|pedo\w*|indecent|"
                          # the help services of corpus/help/: asking for one is always in scope
                          r"stop it now|childline|lucy faithfull|take it down|report remove|cybertipline|"
                          r"kids helpline|troubled desire|safety by design)\b")
# Dogs, cats and horses are groomed too: with one of them and no child in the question, "grooming"
# says nothing about scope.
PET_CARE = re.compile(r"\b(?:dogs?|pupp(?:y|ies)|cats?|kittens?|pets?|cockapoos?|cavapoos?|poodles?|labradoodles?|"
                      r"spaniels?|terriers?|horses?|pony|ponies|rabbits?|fur|coat|mane)\b")


# A child mentioned ("she's 13", "underage") keeps a question in scope: the classifier and the
# sources then judge it, instead of a one-line out-of-scope reply.
_MENTIONS_MINOR = re.compile(r"\b(?:" + MINOR + r")\b")


# "How to get CP up fast in Pokemon Go": combat points. With a game named and no child, sexual word or
# material beside it, "cp" says nothing about scope and asks for nothing.
_GAME = re.compile(r"\b(?:pokemon|pogo|pokestops?|pikachu|eevee)\b")  # never "raid": the police make them too
_NOT_JUST_A_GAME = re.compile(r"\b(?:" + MINOR + r"|" + SEXUAL + r"|porn\w*|abuse|illegal|pics?|pictures?|images?|"
                              r"videos?|links?)\b")


def game_points(folded: str) -> bool:
    return bool(_GAME.search(folded)) and not _NOT_JUST_A_GAME.search(re.sub(r"\bcp\b", " ", folded))


# "the groom's wild past" at a wedding, "naked eye photos of the moon", "nude lipstick": words that say nothing
# about the topic there (a child named still keeps the question in scope).
_WEDDING = re.compile(r"\b(?:best man|bride|brides|wedding|weddings|stag do|stag night|groomsm[ae]n|reception|vows|"
                      r"the groom|groom'?s speech)\b")
_NOT_NUDITY = re.compile(r"\bnaked[- ]eye\b|\bnude (?:lipsticks?|lip\w*|shades?|colou?r\w*|heels?|tights|dress\w*|shoes?|"
                         r"makeup|make-up|palettes?|tones?|pumps|nails?|polish|bras?|underwear|manicures?|eyeshadows?|"
                         r"blush|gloss|beige|sandals?|trainers|boots?)\b")


def _scope_text(folded: str) -> str:
    folded = _NOT_NUDITY.sub(" ", folded)
    if (PET_CARE.search(folded) or _WEDDING.search(folded)) and not _MENTIONS_MINOR.search(folded):
        return re.sub(r"\bgroom\w*", " ", folded)
    if game_points(folded):
        return re.sub(r"\bcp\b", " ", folded)
    return folded

_ADULT_AGE = re.compile(r"\b(?:i'?m|i am|im|aged?)\s+(1[89]|[2-9]\d)\b")
PICTURE = r"(?:pic|pics|picture|pictures|photo|photos|image|images|video|videos|nude|nudes|selfie|selfies|snaps?)"
_CHILD_AGE = re.compile(r"\b(?:i'?m|i am|im|aged?|age)\s+(?:only\s+)?([5-9]|1[0-7])\b(?!\s*(?:%|percent|pounds|kg|mins|minutes))"
                        # "15 years old and i…", but not "a 10 year old girl to send me…" or "a 15 year old sent
                        # me" (someone else's age; "i'm a 15 year old" is read by the last alternative)
                        r"|(?<!\ba )(?<!\ban )\b([5-9]|1[0-7])\s*(?:yo|y/o|years? old|yrs? old)\b"
                        r"(?!\s+(?:girl|boy|child|kid|son|daughter|"
                        r"sister|brother|cousin|niece|nephew|pupil|student|friend)s?\b).{0,12}\b(?:me|i)\b"
                        r"|\b(?:i'?m|i am|im) (?:a |in )?(?:year|yr) ?([5-9]|1[0-3])\b"
                        r"|\b(?:i'?m|i am|im) an? ([5-9]|1[0-7]) ?(?:yo|y/o|years? old|yrs? old)\b")


@dataclass(frozen=True)
class Rule:
    name: str  # "R2.3": the third R2 rule; named in the decision's reason
    code: str
    reason: str
    pattern: re.Pattern
    unless: Callable[[str], bool] | None = None  # a named exemption for this rule alone
    message: str = ""  # a MESSAGES key other than the code's own ("FOUND")


_RULE_COUNT: dict[str, int] = {}


def _r(code: str, reason: str, *parts: str, unless: Callable[[str], bool] | None = None, message: str = "") -> Rule:
    _RULE_COUNT[code] = _RULE_COUNT.get(code, 0) + 1
    return Rule(f"{code}.{_RULE_COUNT[code]}", code, reason, re.compile("".join(parts)), unless, message)


# "Countries where AI CSAM isn't criminalised" asks about laws, unless the asker means to go there.
_LAWS_ASKED = re.compile(r"\b(?:countr(?:y|ies)|jurisdictions?|states|nations|laws?)\b.{0,60}\b"
                         r"(?:criminali[sz]\w*|illegal|legal|banned|outlawed|prohibited|regulated)\b")
_ASKER_MEANS_TO_ACT = re.compile(r"\b(?:(?:can|could|should|would) (?:i|we)|(?:i|we) (?:can|could|want|plan|"
                                 r"am going|are going))\b")


# Reporting on the subject, not the material: "a link to an article about AI abuse material", "a
# friend sent me a news story about …".
COVERAGE = r"(?:articles?|news|stor(?:y|ies)|study|studies|podcasts?|documentar\w*)"
_COVERAGE_LINK = re.compile(r"\blinks? to (?:an? |the |this |that |some )?(?:(?:news |bbc |guardian )?(?:" + COVERAGE +
                            r"|reports?|guidance|research|paper)|page (?:about|on))\b")
# "search terms for finding research on AI-generated abuse imagery" searches the literature.
_SEARCH_FOR_COVERAGE = re.compile(r"\b(?:search terms?|keywords?)\b (?:\w+ ){0,3}?(?:for|to find|finds?|on|about) "
                                  r"(?:\w+ ){0,2}?"
                                  r"(?:" + COVERAGE + r"|research|papers?|reports?|literature|statistics|journals?|"
                                  r"academic|scholarly)\b")


def _links_to_coverage(text: str) -> bool:
    return bool(_COVERAGE_LINK.search(text)) and not re.search(r"\b(?:search terms?|keywords?|code ?words?|onion)\b", text)


# "…keywords for news about it, and then which keywords find the images themselves?": a second ask, for the
# material, is not covered by the first one's news.
_FINDS_THE_MATERIAL = re.compile(r"\b(?:keywords?|search terms?|terms|words|links?|urls?)\b (?:\w+ ){0,3}?"
                                 r"(?:find|finds|get|gets|reach|pull up|pulls up|bring up|brings up|turn up|turns up) "
                                 r"(?:the |those |such |these )?(?:actual |real )?(?:images|pictures|pics|photos|videos|"
                                 r"material|content|files)\b")


def _links_or_searches_coverage(text: str) -> bool:
    if _FINDS_THE_MATERIAL.search(text):
        return False
    return _links_to_coverage(text) or (bool(_SEARCH_FOR_COVERAGE.search(text)) and
                                        not re.search(r"\b(?:code ?words?|onion|dark ?web|tor)\b", text))


# "…still technically legal? I'm writing a comparative law essay": the only "I" is the essay's author.
_ESSAY_FRAME = re.compile(r"\b(?:i'?m|i am|im|we'?re|we are) (?:writing|researching|preparing|drafting|working on)\b "
                          r"(?:an? |my |our |the )?(?:[\w-]+ ){0,3}(?:essay|thesis|dissertation|paper|article|report|briefing|"
                          r"lecture|assignment|chapter)\b")


def _first_person_only_in_an_essay_frame(text: str) -> bool:
    return bool(_ESSAY_FRAME.search(text)) and not re.search(FIRST_PERSON, _ESSAY_FRAME.sub(" ", text))


# "Do deterrence warnings shown to people searching for CSAM reduce searching?" asks about an
# intervention aimed at searchers, not for the material.
_ABOUT_SEARCHERS = re.compile(r"\b(?:shown|shows|show|showing|warn\w*|deter\w*|reach\w*|target\w*|aimed at|offered) "
                              r"(?:to |at )?(?:people|users|those|men|adults|offenders|searchers)\b (?:who (?:are|were) )?"
                              r"(?:searching|looking|search|look) for\b")


def _asks_the_law_or_about_searchers(text: str) -> bool:
    return _asks_the_law(text) or bool(_ABOUT_SEARCHERS.search(text))


# "Which model is best for detecting child abuse images on a platform?" asks for a safeguard; "…at
# detecting whether my pics will get flagged" asks how to test one's own material against it.
_DETECTOR_ASKED = re.compile(r"\b(?:for|at|in|to) (?:detect|flag|block|spot|identify|classif|moderat|filter|scann|"
                             r"find\w* and remov|remov)(?:s|ing|e|ed|y|ies|ication|ion)?\b")
_EVADING_DETECTION = re.compile(r"\b(?:my|our|mine)\b|\b(?:i|we) (?:make|made|have|generate|keep)\b|\bso (?:i|we) can\b|"
                                r"\b(?:get|gets|getting|being|be|are|is) "
                                r"(?:flagged|caught|detected|blocked)\b|\b(?:can'?t|cannot|won'?t|doesn'?t|don'?t|not|never|"
                                r"avoid\w*|evad\w*|bypass\w*|get past|gets past|slip past|undetect\w*|(?:hard|harder|impossible|difficult) to)\b")


def _asks_for_a_detector(text: str) -> bool:
    return bool(_DETECTOR_ASKED.search(text)) and not _EVADING_DETECTION.search(text)


def _asks_the_law_or_for_a_detector(text: str) -> bool:
    return _asks_the_law(text) or _asks_for_a_detector(text)


# "I moderate a Discord server. What can I use to detect abuse images?" names a server the asker runs.
_RUNS_A_SERVER = re.compile(r"\b(?:i|we) (?:run|moderate|manage|own|admin|mod|look after) (?:a|an|the) (?:[\w-]+ )?"
                            r"(?:discord|telegram|reddit|minecraft|gaming) (?:server|group|channel|community|"
                            r"sub(?:reddit)?)\b")


def _coverage_or_a_detector_for_a_server(text: str) -> bool:
    return _links_or_searches_coverage(text) or (bool(_RUNS_A_SERVER.search(text)) and _asks_for_a_detector(text))


def _coverage_or_a_detector(text: str) -> bool:
    """"What tools and settings can I use to detect and block AI child abuse images?" asks for
    moderation, not for the settings that make them; "settings so the filter doesn't block…" does not."""
    return _links_or_searches_coverage(text) or _asks_for_a_detector(text)


def _asks_which_laws(text: str) -> bool:
    return bool(_LAWS_ASKED.search(text)) and not _ASKER_MEANS_TO_ACT.search(text)


def _asks_the_law(text: str) -> bool:
    """"Is it illegal to search for CSAM even if you never download it?" names the material to ask
    what the law says (see `_law_question`, with the other question shapes below)."""
    return _asks_which_laws(text) or _law_question(text)


# "Broadly, how do people get around the safety filters on image generators, and why does that worry
# regulators?" asks about the landscape (A3, answered at policy level): people in general, no asker,
# and a policy question beside it.
_PEOPLE_IN_GENERAL = re.compile(r"\bhow (?:do|does|can|could|would) (?:people|offenders|criminals|abusers|bad actors|"
                                r"users)\b")
_POLICY_ANGLE = re.compile(r"\b(?:why (?:does|do|is|are) (?:that|this|it)|regulators?|policy ?makers?|lawmakers?|"
                           r"governments?|legislat\w*)\b")


def _asks_the_landscape(text: str) -> bool:
    return bool(_PEOPLE_IN_GENERAL.search(text) and _POLICY_ANGLE.search(text)) and not re.search(FIRST_PERSON, text)


# "Where can I find free stock photos of families for a brochure?" looks for ordinary pictures.
_HARMLESS_PICTURES = re.compile(r"\b(?:stock|royalty[- ]free|copyright[- ]free|creative commons|clip ?art|free to use)\b|"
                                r"\bfor (?:a|an|my|our|the) (?:brochure|website|presentation|poster|flyer|leaflet|"
                                r"newsletter|blog|slides?|slideshow|assignment|essay)\b")


def _harmless_pictures(text: str) -> bool:
    return bool(_HARMLESS_PICTURES.search(text)) and not re.search(r"\b" + SEXUAL + r"\b", text)



# The asker is not in the question: it asks how things are, not how to do something oneself.
NO_ASKER = r"(?!.*\b(?:i|me|my|we|us|our)\b)"
# "Why is it illegal to look at them?" asks about the law, whatever it sits next to.
LAW_QUESTION = re.compile(r"^(?:(?:ok|okay|so|and|but|then|right|well)\s+)*(?:(?:why|is|are|was|were|would|does)\b"
                          r".{0,40}\b(?:illegal|legal|a crime|against the law|an offen[cs]e|allowed|wrong|harmful|"
                          r"punish\w*|prosecuted)\b"
                          # "Which country was first to make the tools illegal?" asks which law came first.
                          r"|(?:which|what) (?:country|countries|state|states|jurisdictions?) (?:was|were|is|are|has|"
                          r"have|had)\b.{0,60}\b(?:illegal|criminali[sz]\w*|banned|outlawed|an offen[cs]e|a crime)\b"
                          # "What does the EU AI Act say about generating…?" asks what a law says
                          r"|what (?:does|do|did|will|would) (?:the )?(?:[\w-]+ ){0,4}(?:act|acts|law|laws|regulation|"
                          r"directive|bill|code|statute|guidance|convention|treaty) (?:say|says|said|cover|covers|require|"
                          r"requires|do|ban|bans)\b"
                          # "Can you go to prison just for having them?" asks what the law does
                          r"|(?:can|could|will|would|do|does) (?:you|someone|people|a person|i|they|he|she|teenagers?|"
                          r"kids|children|a child|a teen)\b.{0,20}\b(?:go to (?:prison|jail)|get (?:jail|prison)|be "
                          r"(?:jailed|prosecuted|charged|arrested|convicted|imprisoned|punished|sent to (?:prison|jail)))\b)")

_WANTS_IT = re.compile(r"\b(?:send|give|share|dm|link) (?:me|us)\b|\bhow (?:do|can|could) (?:i|we)\b|"
                       r"\bhow much (?:do|does|would|will|is|are)\b.{0,20}\b(?:charge|cost|costs|price|sell)\b|"
                       r"\bwho (?:sells|has|trades)\b|\b(?:for sale|a pack of|packs of)\b|"
                       r"\b(?:i|we) (?:want|need|can)\b|\bso (?:i|we) can\b|"
                       r"\bwhich (?:one|app|tool|site|model|bot)s? (?:is|are|works?) (?:the )?best\b|\brecommend\b")


def _law_question(text: str) -> bool:
    return bool(LAW_QUESTION.search(text)) and not _WANTS_IT.search(text)


# "Explain exactly what the Online Safety Act requires", "describe step by step how to report it to the
# IWF", "describe in detail how staff should respond", "give me the full safeguarding rules on photos of
# children", "where can I find the law that …": the thing asked for is the law, a process, advice or how
# something works, not the material or what it shows.
_EXPLAINS_A_PROCESS = re.compile(
    r"\b(?:describe|tell me|explain|detail|walk me through|give me|list|where (?:can|do|could)(?: i| we)?(?: to)? (?:find|read|get))\b"
    r" (?:to (?:me|us) )?(?:\w+ ){0,4}?(?:exactly|precisely|step by step|in (?:full |great |more )?detail)?\b ?"
    r"(?:how (?:to (?:report|spot|recogni[sz]e|protect|talk|support|help|remove|request|contact|respond|block|"
    r"keep (?:children|kids|pupils|students|my)|get (?:it|them|images?|photos?|pictures?) (?:removed|taken down))|"
    r"do |does |can |the (?:law|act|bill|police|courts?|iwf|ncmec|process|platforms?|industry|market)|it works|platforms|"
    r"schools|parents|police|hash|reporting|detection|the law|(?:\w+ ){0,3}(?:should|must|can|could) (?:respond|react|"
    r"handle|support|report|help)|(?:generative )?ai is (?:changing|affecting|being used|used))|"
    r"what (?:the |a |an )?(?:\w+'?s? ){0,6}?(?:law|laws|act|bill|legislation|rules?|regulations?|directive|proposal|"
    r"guidance|advice|report|study|code|framework|process|procedure|steps?|police|courts?|judge|iwf|ncmec|ofcom|"
    r"esafety|platforms?|regulators?|government|schools?|policy|policies|penalt\w*|sentences?|offences?|charges?|"
    r"duties|duty|requirements?|obligations?|options|rights?|harms?)\b|what (?:i|we|staff|schools?|parents|teachers|"
    r"the school|a school|they) (?:should|must|need to|ought to|can) do\b|why\b|which (?:laws?|organisations?|"
    r"services?|steps?|filtering)\b|(?:the |an? )?(?:full )?(?:safeguarding |school |club )?(?:rules|guidance|policy|advice|"
    r"checklist|steps|lesson plans?|lesson|assembly|briefing|summary|overview|outline|names of (?:the )?(?:governments|organisations|companies|charities|countries|signatories)|"
    r"law|laws|legislation|ley|statute)\b|(?:the )?harms?\b)")
# What makes a request for detail harmful: what the material shows, how to keep it from the police or
# the scanners, or the steps to make it. Without one of these, "explain exactly" or "step by step" asks
# for a clear answer, and with one of them it is never a question about the law or a process.
HARMFUL_DETAIL = (
    r"(?:\b(?:shows?|showed|shown|showing|depict\w*|looks? like|looked like|(?:is|was|are|were|'s) (?:in|on) (?:the|those|"
    r"these|that|them|it)|what'?s (?:in|on) (?:the|those|these|that|them|it)|happens? in (?:the|those|these|that|this) "
    r"(?:image|images|video|videos|pictures?|photos?|material)|(?:is|was) happening in|were (?:made|forced) to|body parts|"
    r"poses?|positions?|every detail|picture by picture|pose by pose|image by image|frame by frame|(?:goes|went|is going|"
    r"was going) on in|(?:is|was) (?:actually |really )?happening in)\b"
    r"|\b(?:hides?|hiding|hidden|keeps?|keeping|encrypts?|encrypting|stash\w*|stores?|storing) (?:\w+ ){0,3}?(?:collection|"
    r"folder|files|server|stash|images|pictures|pics|material|stuff)\b|\bfrom (?:the )?(?:police|forensics?|moderators?|"
    r"nca|fbi|cops|investigators|detection|the feds|feds)\b|\bso (?:that )?(?:forensics|police|the police|moderators|hash\w*|"
    r"detection|investigators) (?:\w+ )?(?:can'?t|never|won'?t|doesn'?t|don'?t|miss)\b|\b(?:defeat\w*|bypass\w*|get (?:round|"
    r"around|past)|evad\w*|beat|fool) (?:\w+ ){0,2}(?:hash\w*|photodna|filters?|moderat\w*|detection|forensic\w*|police|"
    r"scann\w*|classifiers?|safety)\b|\blet (?:\w+ ){0,3}through\b|\b(?:no longer match|stop matching|miss them|without (?:the police )?(?:being |"
    r"getting )?(?:traced|caught|detected|flagged)|tracing (?:him|her|them|me))\b"
    r"|\b(?:describe|narrate|detail)\b (?:to (?:me|us) )?(?:in (?:\w+ )?detail |exactly |precisely |vividly )?(?:the|those|these|"
    r"that|this|such|one of the|each|every) (?:\w+ ){0,4}?(?:image|images|pictures?|pics|photos?|videos?|footage|material)\b"
    r"(?! (?:law|laws|problem|issue|trend|crisis|industry|market|regulation|offences?|policy|figures|statistics|numbers)\b)"
    r"|\b(?:nudify|undress) (?:my|her|him|this|the|a|an)\b|\bsteps to (?:make|nudify|undress|create|generate)\b|"
    r"\b(?:send|share|show) (?:me|us)\b|\bso (?:i|we) can (?:see|view|watch|look|download|get|have|keep|make|use|avoid|hide|"
    r"find|access|buy|obtain|reach|join)\b)")
_HARMFUL_DETAIL = re.compile(HARMFUL_DETAIL)


# "…so I can recognise them on my son's phone", "what do parents need to know": the asker means to protect.
_PROTECTIVE_PURPOSE = re.compile(r"\b(?:so (?:that )?(?:i|we) can (?:recogni[sz]e|spot|warn|protect|talk|explain|teach|report|"
                                 r"help|support|keep (?:\w+ ){0,2}safe)|(?:parents|teachers|schools|carers|staff) (?:need|"
                                 r"should|ought) to (?:know|look out|watch))\b")


def explains_the_law_or_a_process(text: str) -> bool:
    return bool(_EXPLAINS_A_PROCESS.search(text) or _PROTECTIVE_PURPOSE.search(text)) and \
        not _HARMFUL_DETAIL.search(text)


# "How do I avoid getting caught by a toll camera?", "how do I bypass the spam filter on my work email":
# evading an everyday check, with no child, sexual word or abuse material in the question.
_EVERYDAY_CHECK = re.compile(r"\b(?:tolls?|toll cameras?|speed(?:ing)? cameras?|speeding|parking|traffic|congestion charge|"
                             r"ulez|fares?|tax(?:es)?|tv licen[cs]e|spam|ad ?-?blockers?|paywalls?|anti-?virus|viruse?s?|"
                             r"malware|firewall|captchas?|turnitin|plagiarism|essays?|homework|noise complaints?|"
                             r"landlord|geo-?block\w*|region[- ]lock\w*|"
                             # "remove a watermark from my own holiday photo"
                             r"(?:holiday|wedding|stock|landscape) (?:photos?|pictures?|snaps?|images?|videos?)|"
                             r"my own (?:photos?|pictures?|artwork|art|drawings?|videos?))\b")
_ABUSE_TOPIC = re.compile(r"\b(?:" + MINOR + r"|" + SEXUAL + r"|" + SLANG_MATERIAL + r"|abuse|abusive|exploitation)\b|"
                          + MATERIAL_CONTEXT)


def evades_an_everyday_check(text: str) -> bool:
    return bool(_EVERYDAY_CHECK.search(text)) and not _ABUSE_TOPIC.search(text)


# "Someone put my daughter's photo through a 'nudify' bot": what someone else did is an incident, not
# a request to do it.
_SOMEONE_ELSE_DID_IT = re.compile(r"\b(?:someone|somebody|a (?:boy|girl|kid|classmate|student|pupil|stranger|man|guy)|"
                                  r"some (?:boys?|girls?|kids?|guys?|people)|they|he|she)\b (?:has |have |had |just )?"
                                  r"(?:put|ran|run|used|uploaded|fed|stuck|passed)\b")


def _someone_else_did_it(text: str) -> bool:
    return bool(_SOMEONE_ELSE_DID_IT.search(text))


# ---- disclosure / incident rules (S1–S3, A4): signpost -------------------------------------
THREAT = (r"(?:threat\w*|blackmail\w*|extort\w*|sextort\w*|shar\w*|post\w*|send\w*|sent|leak\w*|"
          r"expos\w*|money|pay\w*|more|everyone|school|friends|followers|going round|spread\w*|show\w*)")
# "my adult son", "my elderly father", "my 19-year-old son": a grown-up relative (a teenage son who made
# a fake of a classmate is the parent's incident, A4)
KIN_AGE = r"(?:(?:adult|grown|grown-up|older|elder|eldest|elderly|(?:1[89]|[2-9]\d)[- ]?year[- ]?old) )?"
RELATION = (r"(?:partner|husband|wife|boyfriend|girlfriend|dad|father|step-?dad|stepfather|mum|mom|"
            r"mother|brother|sister|son|uncle|aunt|cousin|grandad|grandfather|friend|colleague|boss|"
            r"neighbou?r|flatmate|roommate|coach|teacher|tutor|priest|youth worker|babysitter|fiance|"
            r"ex|ex-partner|other half|lodger)")
OWN_CHILD = (r"(?:my|our) (?:daughter|son|child|children|kid|kids|teen|teenager|teenage (?:son|daughter)|"
             r"stepdaughter|stepson|niece|nephew|grandchild|granddaughter|grandson|pupil|pupils|student|"
             r"students|class|year \d+s?|\d{1,2}[- ]?(?:year[- ]?old|yr[- ]?old|yo|y/o)\b)")


# ---- asking for help to stop ----------------------------------------------------------------
# Asking for help to stop one's own viewing is a disclosure (S3), never a request to find material:
# "how do I stop looking at …", "I can't stop myself", "I want it to stop", "how do I stop?".
# Stopping something from happening to someone or something is not about oneself: "stop my son's photos
# being scraped", "stop him seeing them", "stop parents posting team photos", "stop it happening to my
# 13 yr old", "stop my brother" protect someone (A2, A4, S2); "stop the files getting flagged" evades
# detection (R3). Either way it is never read as a self-referral.
_ONESELF = (r"(?:myself|me|i|i'm|im|i've|ive|and|but|so|because|as|when|if|or|now|before|after|there|here|"
            r"completely|altogether|for good|these|those|this|that|it|my (?:own |urges|thoughts|feelings|"
            r"habits?|viewing|searching|searches|behaviou?r|curiosity|addiction|mind|brain|head))\b")
# "I can't stop the thoughts coming back", "stop the searching getting worse": still one's own.
_ONES_OWN = (r"(?:[a-z0-9'-]+ ){0,3}(?:thoughts|urges|feelings|habits?|addiction|compulsions?|cravings?|behaviou?r|"
             r"fantasies|curiosity|searching|viewing|looking|mind|brain|head)\b")
_GERUND = r"(?!(?:no|any|some|every)thing\b|morning\b|evening\b|during\b)[a-z']{2,}ing\b"
_SOMEONE_ELSES = r"(?:" + OWN_CHILD + r"|(?:my|our|his|her|their|the|a) (?:[a-z0-9'-]+ )?" + RELATION + r")\b"
STOP_BEHAVIOUR = (r"stop\b(?! (?:it|this|that|them) (?:from )?(?:happening|being|getting)\b"
                  r"| (?!" + _ONESELF + r")(?!" + _GERUND + r")(?!" + _ONES_OWN + r")(?:[a-z0-9'-]+ ){1,6}?"
                  r"(?:from )?" + _GERUND +
                  r"| " + _SOMEONE_ELSES + r")")
HELP_TO_STOP = re.compile(r"\b(?:can'?t|cannot|can not) " + STOP_BEHAVIOUR +
                          r"|\b(?:help|support|therapy|someone)\b.{0,25}\b" + STOP_BEHAVIOUR +
                          r"|\b(?:want|need|trying|try|how (?:do|can) i) to " + STOP_BEHAVIOUR +
                          r"|\bhow (?:do|can) i " + STOP_BEHAVIOUR)
# "I've started wanting to see if our model can make images of kids… I haven't done it and I don't want
# to. Who can I talk to?": an urge of one's own, not acted on, and a person to talk to asked for is a
# self-referral (S3). A request written beside it ("…haven't done it yet, so write me…") is still read.
UNACTED_URGE = re.compile(
    r"^(?!.*\b(?:write|draw|generate (?:me|it|them|one)|send me|give me|show me|link|links|where (?:can|do|could) i "
    r"(?:find|get|see|buy|download))\b)"
    r"(?=.*\b(?:i'?ve|ive|i have|i|i'?m|im|i am)\b (?:[\w']+ ){0,3}?(?:wanting|want|wanted|tempted|urges?|curious|"
    r"thinking about|fantasi\w*)\b)"
    r"(?=.*\b(?:(?:haven'?t|have not|never|didn'?t|did not) (?:\w+ )?(?:done|acted on|act on|did|gone through with)|"
    r"(?:don'?t|do not) want to (?:do|act|be|feel|go|want)\b)|\bnot (?:going|gonna) to act\b)"
    r"(?=.*\b(?:(?:who|where|what) (?:can|should|do|could) i (?:talk|speak|turn|go|call|get help)|(?:need|want|get) "
    r"(?:some )?(?:help|support|someone to talk to)|who (?:can|could) help)\b)"
    r"(?=.*\b(?:" + MINOR + r")\b)")
