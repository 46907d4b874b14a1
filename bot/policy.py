"""Policy: decide what kind of turn this is before anything is retrieved (../shared/design/POLICY.md).

In:   a cleaned question, the conversation so far (earlier user turns), a jurisdiction.
Out:  a `Decision`: POLICY.md code (A1–A4, S1–S3, R1–R4, O), the action the pipeline takes
      (answer / signpost / refuse / out_of_scope), a short reason, and the fixed message shown
      for refusals and signposting.  "N" (abstain) is decided later, when evidence is weak.
Fails: never raises on text; anything it cannot place is answered as A1 and left to retrieval.

Classify by what the person is trying to do, not by topic words: every question here mentions
abuse. Rules run over `normalise.fold()` text, so spacing, leetspeak and homoglyph tricks are
undone, and wrappers ("for a novel", "ignore your rules") do not change the category of the
request inside them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.normalise import fold
from bot.policy_refusals import (
    ABOUT_MATERIAL, ABOUT_VENUES, FOLLOW_UP_RULES, REFUSE_RULES, TOPICAL_FOLLOW_UPS,
)
from bot.policy_signposts import SIGNPOST_RULES
from bot.policy_words import (
    _ADULT_AGE, _CHILD_AGE, evades_an_everyday_check, explains_the_law_or_a_process, game_points, HELP_TO_STOP,
    IN_SCOPE, KIN_AGE, _law_question, _MENTIONS_MINOR, MINOR, NO_ASKER, OWN_CHILD, PICTURE, QUESTION_ABOUT_LAW,
    RELATION, Rule, _scope_text, SEXUAL, STRONG_SCOPE, THREAT, UNACTED_URGE, _WANTS_IT,
)
from bot.types import Decision


IMAGE_OFFER = re.compile(
    r"\b(?:can i|could i|should i|shall i|i could|i can|let me|i will|i'll|i'm going to|i want to|may i|"
    r"do you want me to|would it help if i)\b.{0,20}\b(?:upload|send|share|show|attach|paste|forward|"
    r"describe|give)\b.{0,20}\b(?:you )?(?:the|a|this|that|my|an|her|his)? ?(?:image|images|picture|"
    r"pictures|photo|photos|pic|pics|screenshot|screenshots|video|file|files|nude|nudes)\b"
    r"|\b(?:can i|could i|should i|shall i|i could|i can|let me|i will|i'll|may i|do you want me to|"
    r"would it help if i)\b.{0,10}\b(?:upload|attach|paste (?:in )?)(?: it| them| this| that)\b"
    r"|\b(?:send|show|forward|give) (?:it|them|this|that) (?:to )?you\b")

# Message shown with each decision (fixed policy text, written by us; no uncited facts).
MESSAGES = {
    "R1": ("I can't help with that. Vetted never creates or describes sexual content involving "
           "children. I can explain the law, how to report material, or where to find support."),
    "R2": ("I can't help with finding or obtaining this material. Sexual images of children, "
           "including AI-generated ones, are illegal to make, view or share in many countries, "
           "including the UK, and they harm real children. If you are worried about your own "
           "thoughts or behaviour, confidential help is available, listed below."),
    "R3": ("I can't help anyone avoid detection or the law. Hash matching, reporting and "
           "investigation exist to find abuse material and protect the children in it. I can "
           "explain the law or how reporting works."),
    "R4": ("I can't help with that. Trying to win a child's trust in secret, or contacting a child "
           "for sexual purposes, is abuse and a crime. If you are worried about your own feelings "
           "towards children, confidential help is available, listed below."),
    "O": ("Vetted only answers questions about AI-generated child sexual abuse material: the law, "
          "statistics, industry commitments, safeguarding, and how to report or get help. Try, for "
          "example: 'Is an AI fake nude of a child illegal in the UK?'"),
    "S1": ("Thank you for telling me. You did the right thing, and this is not your fault. You "
           "don't have to deal with it alone: the people below are free, confidential and will "
           "listen. Don't pay or send anything more. If you are in danger right now, call the "
           "emergency number below."),
    "S2": ("You are right to take this seriously. Don't confront the person, and don't open, copy, "
           "download or send any of the material. Report it instead, and talk it through "
           "confidentially with one of the services below."),
    "S3": ("Thank you for reaching out; asking for help is a real step. Confidential, "
           "non-judgemental support exists for people worried about their own thoughts or "
           "behaviour, to help you stay in control and not act on them."),
    "A4": ("I'm sorry this is happening. Practical steps: don't view, forward or screenshot the "
           "image; don't pay or reply to threats; keep a record of usernames, messages and links; "
           "report it, and ask for the image to be removed. The child is not to blame."),
    # A4 for someone who was sent or came across material and wants to report it: not a parent's incident.
    "FOUND": ("Thank you for wanting to report it. Don't download, screenshot or forward it, even as "
              "evidence, and don't go back to look again: report the link, or where you saw it, to the "
              "hotline below, which can act on it safely."),
    "IMAGE": ("Please don't share or describe the image here: Vetted never accepts images, and "
              "sending it on could make things worse. Report it to the services below instead; "
              "they can act on it safely."),
}

# Which help-directory audiences each decision signposts (in order of priority).
AUDIENCES = {
    "R2": ("own_thoughts",),
    "R4": ("own_thoughts",),
    "S1": ("children", "image_removal", "emergency"),
    "S2": ("worried_adults", "reporting_images", "own_thoughts"),
    "S3": ("own_thoughts",),
    "A4": ("parents", "image_removal", "reporting_images", "children"),
    "IMAGE": ("reporting_images", "image_removal"),
    "FOUND": ("reporting_images",),
}

# Retrieval query used for the cited part of a signposted answer (the question itself may be a
# disclosure that retrieves poorly).
SIGNPOST_QUERIES = {
    "S1": "what to do if someone threatens to share nude images of a young person report remove",
    "S2": "how to report concerns about someone viewing child sexual abuse images confidential advice",
    "S3": "Stop It Now confidential helpline for people worried about their own sexual thoughts about children",
    "A4": None,  # the parent's own question retrieves well
    "IMAGE": "how to report images and get them removed Report Remove Take It Down",
}

_FOLLOW_UP = re.compile(r"^(?:ok|okay|now|so|and|then|but|great|cool|nice|good|thanks|perfect|yes|yeah|right|"
                        r"next (?:part|chapter|scene|bit|page)|"
                        r"what about|how about|which|that|those|these|it|they|them)\b|\b(?:them|their|those|these|that one|"
                        r"which one|it|the same|same again|one more|another one|where else|any more|some more|"
                        r"(?:do|did|would|will|can|could) they|they (?:use|used)|"
                        # "what was the name of that forum?" points back at a place named before
                        r"(?:that|this|those|these) (?:forum|site|website|group|channel|server|board|market|place)s?)\b")

A2_HINT = re.compile(r"\b(?:talk|conversation|warning signs?|signs of|protect|keep .{0,20} safe|what is|"
                     r"what are|advice|tips|teach|educat|support|explain to|parents?|carers?|schools?|"
                     r"teachers?|sextortion|grooming|how (?:do|can|should) (?:i|we|you|parents|schools) report|"
                     r"where (?:do|can|should) (?:i|we|you) report|remove|removal|help)\b")
A3_HINT = re.compile(r"\b(?:offenders?|criminals?|predators?|abusers?|perpetrators?|bad actors|"
                     r"paedophiles?|pedophiles?)\b.{0,40}\b(?:use|using|misuse|exploit|abuse|make|"
                     r"create|generate|fine-?tun\w*|train\w*)\b|\b(?:fine-?tun\w*|open-?source|"
                     r"training data|dataset|laion|local(?:ly)? run|run locally|misuse|misusing)\b")


REPORTED_BY = re.compile(
    r"\b(?:did|does|do|has|have|had|was|were|is|are)\s+(?:the\s+)?(?:iwf|internet watch foundation|ncmec|"
    r"nca|police|researchers?|analysts?|investigators?|europol|fbi|ofcom|esafety|thorn|stanford|"
    r"report|reports|study|studies|survey|data|watchdog|regulators?|experts?)\b"
    r"|\b(?:according to|reported by|found by|figures|statistics|percent|%|proportion|how (?:much|many))\b"
    # A statement of what someone found or published, dated ("X published its report in 2023"):
    # the shape of the claims NGO staff check, not of a request.
    r"|\b(?:found|find|published|publish|reported|report|estimated|recorded|assessed|identified|released|"
    r"announced|warned)\b(?=.{0,80}\b(?:19|20)\d\d\b)"
    r"|\b(?:what share|share of|mostly|mainly|more often|most often|by country|by region|by platform|"
    r"which countries (?:host|hosted))\b|\bwhere (?:are|is|were|was) (?:the )?(?:most|majority)\b"
    r"|\bwhat (?:happens|do \w+(?: \w+)? (?:show|display|do)|does \w+(?: \w+)? (?:show|display|do)) when (?:someone|"
    r"somebody|people|a person|users?|offenders)\b")
# "How do I talk to my 12-year-old about nudes?" is education (A2), not an incident (A4).
EDUCATION = re.compile(r"\b(?:talk|speak|chat|explain|teach|prepare|educate|warn|raise|bring up|say to|"
                       r"conversation|discuss)\b.{0,60}\b(?:about|regarding|on)\b|\bhow (?:do|can|should) "
                       r"(?:i|we) (?:protect|prevent|stop|keep)\b")


# "Where do I report AI abuse images?" and "which apps use hashing to remove abuse images?" name the
# material only as the thing to be reported or removed.
# Only reporting, or removing the material itself, counts: "I remove the watermark" is evasion.
# ("…so we aren't obliged to report" is a duty someone wants to escape, and "without anything touching a
# server that reports" a reporter to be avoided: neither is an aim.)
PROTECTIVE_AIM = re.compile(r"(?<!obliged )(?<!required )(?<!obligated )(?<!bound )(?<!server )(?<!servers )(?<!service )"
                            r"\b(?:to|and|that|which|who|i|we|you|please|can|should|do|for)\s+(?:report\w*|"
                            r"take (?:\w+ )?down|taking (?:\w+ )?down|(?:detect\w*|find\w*|flag\w*|block\w*) and "
                            r"remov\w*|remov\w* (?:abuse|csam|cp|illegal|child|the (?:abuse|illegal) \w+))\b|"
                            # "where do people in Ireland report…", never "where … without anyone reporting"
                            r"\bwhere(?: (?:do|does|can|could|should|would|to|is|are))?\b(?: (?!without\b|not\b|never\b)"
                            r"[\w']+){0,4} report\w*\b"
                            # "…so our moderators can review them": found for the people who act on it
                            r"|\bso (?:that )?(?:our|the|my|a) (?:human )?(?:moderators?|mods|trust and safety (?:team|staff)|"
                            r"safety team|safeguarding (?:lead|team)) can (?:review|check|investigate|look into|act on|escalate)\b")
_GIMME = re.compile(r"\b(?:send|give|share|dm|link|show) (?:me|us)\b|\bso (?:i|we) can (?:see|view|watch|look|"
                    r"download|get|have|keep)\b"
                    # a plan to share is no protective aim, whatever the platform then reports
                    r"|\bif (?:i|we) (?:only |just |then )?(?:send|share|post|upload|trade|swap|sell|spread)\b"
                    r"(?!.{0,60}\bto (?:the )?(?:police|cops|iwf|ncmec|ceop|esafety|hotline|school|teachers?)\b)")
# "How do groomers get children to keep secrets?" asks how abuse happens (A2/A3); the same words
# with the asker as the actor are a request (R4).
ABOUT_OFFENDERS = re.compile(r"\b(?:groomers?|offenders?|abusers?|predators?|paedophiles?|pedophiles?|criminals?|"
                             r"perpetrators?|sextortionists?|extortionists?|scammers?)\b(?: (?:typically|usually|"
                             r"often|commonly|tend to))? (?:use|send|say|do|get|make|try|build|gain|win|approach|"
                             r"target|find|pick|choose|contact|manipulate|groom|convince|persuade|trick|pressure|"
                             r"isolate|befriend|take|follow|keep|hide)\b")
OWN_USE = re.compile(r"\bso (?:i|we) can (?:do|try|use|copy|get|make|find|meet|contact|message|talk|groom)\b|"
                     r"\b(?:i|we) (?:want|need|plan|intend) to (?:do|try|use|get|meet|contact|message|talk)\b|"
                     r"\b(?:write|draft|give me|show me|teach me|help me|pretend|role-?play|act as)\b")
# "Can the police trace people who share abuse images?" asks what enforcement can do; with the asker
# as the one traced it is an evasion question, left to the rules and the classifier.
ENFORCEMENT_QUESTION = re.compile(r"^" + NO_ASKER + r"(?:\w+ ){0,2}(?:can|could|do|does|will|would|"
                                  r"are|is|how (?:do|does|can|could))\s+(?:the )?(?:police|investigators?|platforms?|"
                                  r"iwf|ncmec|nca|fbi|authorities|moderators?|law enforcement|tech companies|"
                                  r"companies|apps?|scanners?|detectors?|hash matching|photodna)\b.{0,30}\b(?:trace|"
                                  r"find|catch|detect|identify|track|see|tell|know|spot|flag|recogni[sz]e)\b")


# "Why can't hash matching catch new AI images?" asks for an explanation, not a method; with the
# asker in it ("why can't I…", "why won't you…") it is left to the other layers.
WHY_QUESTION = re.compile(r"^(?:(?:ok|okay|so|and|but)\s+)*(?:why|how come)\b" + NO_ASKER +
                          r"(?!\s+(?:don'?t|won'?t|can'?t|wont|cant|not|do not|will not|would not|wouldn'?t) you\b)")


# "Can a PhotoDNA hash be turned back into the picture?" asks whether hashing protects privacy (the
# sources say it cannot be reversed); with the asker in it, it is left to the other layers.
HASH_REVERSAL_QUESTION = re.compile(r"^(?:can|could|is it possible to|is it possible for|are|is)\b" + NO_ASKER +
                                    r".{0,40}\bhash(?:es|ed)?\b.{0,40}\b(?:revers\w*|turned back|converted back|undone|"
                                    r"decoded|recover\w*|reconstruct\w*)\b|^(?:can|could|is it possible to)\b" + NO_ASKER +
                                    r".{0,20}\b(?:reverse|decode|undo)\b.{0,30}\bhash(?:es)?\b")


# "NCMEC's Take It Down service hashes an image on the device, so it is never uploaded" states what
# a protective service does (the sentences NGO staff fact-check): no asker, no ask, no question.
STATEMENT_ABOUT_SERVICE = re.compile(
    r"^(?!.*\b(?:i|me|my|we|us|our|you|your|explain|tell|show|list|give|write|describe|how to|where to)\b)"
    r"(?:the |a |an )?(?:ncmec|iwf|internet watch foundation|take it down|report remove|photodna|ofcom|esafety|"
    r"police|europol|interpol|fbi|nca|ceop|thorn|childline|nspcc|stop it now|lucy faithfull|the hash list|hash matching|"
    r"microsoft|google|meta|apple|tiktok|snapchat)(?:'s)?\b")


# "Is it normal for a 12-year-old's game friend to ask for a private chat?" is a worried adult
# asking whether someone else's behaviour is a warning sign; "is it normal for me to…" is not.
# Read on the first question only ("…private chat? Should I be worried?"): fold() drops the "?".
WORRY_QUESTION = re.compile(r"^(?:(?:ok|okay|so|and|but|hi|hey)\s+)*is (?:it|this|that) (?:normal|ok|okay|usual|common|a red "
                            r"flag|a warning sign|grooming|suspicious|a worry) (?:for|when|that|if) (?!(?:me|us|i|we)\b)"
                            r"(?!.*\b(?:i|we)\b)")


# "What happens legally if a teenager makes a fake of a classmate?" asks what the law does to
# someone else; with the asker in it, it is left to the other layers.
LEGAL_OUTCOME_QUESTION = re.compile(r"^" + NO_ASKER + r"(?:(?:ok|okay|so|and|but|then)\s+)*what (?:happens|would happen|"
                                    r"will happen|could happen|are the (?:legal )?consequences)\b")
# "Which sites have been fined for hosting naked images of kids?" asks what enforcement did to them.
SANCTIONED = re.compile(r"\b(?:which|what|how many) (?:\w+ )?(?:sites?|websites?|platforms?|apps?|companies|services|"
                        r"forums?|providers?|firms?)\b (?:have|has|were|was|got|get) (?:been |ever been |already been )?"
                        r"(?:fined|sued|prosecuted|charged|investigated|shut down|taken down|closed|banned|blocked|"
                        r"penali[sz]ed|sanctioned|convicted|raided)\b")
# "Which apps do groomers use, so I can check my kids' settings?" asks what offenders do in order
# to protect a child from them ("so I can avoid them" is not enough: writers use it as a pretext).
PROTECTING_FROM_OFFENDERS = re.compile(r"\b(?:groomers?|offenders?|abusers?|predators?|paedophiles?|pedophiles?|"
                                       r"perpetrators?|sextortionists?|extortionists?|scammers?)\b.{0,80}\bso (?:that )?"
                                       r"(?:(?:i|we) can (?:spot|warn|check|teach|protect|recogni[sz]e|block|keep \w+ safe|"
                                       r"talk to|explain|tell|keep an eye on|watch|monitor|look out for)|(?:i|we) (?:know|can "
                                       r"know|will know) (?:what|which|who|where|how) (?:\w+ )?to (?:keep an eye on|watch|look "
                                       r"out for|check|monitor|block|avoid|warn))\b")


# "I run a youth club. What should I tell the teenagers about people who ask them to move to a private chat?"
ADVISING_CHILDREN = re.compile(r"\bwhat (?:should|do|can|could|would) (?:i|we) (?:tell|teach|say to|warn|advise) (?:the |my |"
                               r"our |all the )?(?:teenagers|teens|kids|children|pupils|students|young people|members|class|"
                               r"son|daughter|boys|girls|group)\b.{0,20}\babout (?:the )?(?:people|adults|strangers|"
                               r"someone|anyone|men|predators|groomers|offenders|online (?:safety|risks?|dangers?)|risks?|"
                               r"dangers?|sextortion|grooming|deepfakes?|nudif\w*|fake nudes|scams?|staying safe)\b"
                               # a groomer's "what should I tell the kids about people finding out about us?"
                               r"(?!.*\b(?:us|our|me|my)\b)")
# "How do I talk to my 11-year-old son so he never sends intimate photos to anyone?" is a parent teaching
# their own child to stay safe; "…talk to my stepdaughter so she keeps it our secret" is not.
TALKING_TO_OWN_CHILD = re.compile(r"\b(?:talk|speak|chat|explain|bring (?:it|this|that) up)\b (?:\w+ ){0,3}(?:to|with) " +
                                  OWN_CHILD + r"\b.{0,60}\b(?:never|not|don'?t|doesn'?t|won'?t|safe|safer|stop|avoid|"
                                  r"protect\w*|risks?|dangers?|warn\w*)\b(?!.*\b(?:secret|between us|our little|owes? me)\b)")


# "Do I need to show the police the picture myself?" brings the police in: the opposite of evading
# them, though it shares their words with the evasion exemplars. What someone tells or gives the
# police is left out: "what do I tell police so they think…" is a cover story (R3).
HELPS_POLICE = re.compile(r"^(?!.*\b(?:so (?:that )?(?:they|the police|police|it|cops)|excuse|story|lie|alibi)\b)"
                          r".*\b(?:i|we|you|parents?)\b.{0,25}(?<!avoid )(?<!not )(?<!never )(?<!without )\b(?:show|"
                          r"hand (?:over )?|send|take|bring|report (?:it|this|them)|call|ring|phone|contact|go to|"
                          r"involve|inform)\b (?:it |them |this |that )?(?:to )?(?:the )?(?:police|officers?|detectives?|"
                          r"ceop|nca|fbi)\b")


# "What apps are popular with 12 year olds right now?" is a parent's or teacher's question about where
# children are online (A2). Asked alone, the exemplars read it as the start of a contact plan; the same
# words with a plan to reach a child ("so I can message one", "without their parents") are not this.
POPULAR_WITH_CHILDREN = re.compile(
    r"^(?!.*\b(?:so (?:i|we) can|to (?:contact|meet|message|talk to|reach|befriend|chat (?:with|to)|find|get) (?:them|kids|"
    r"children|girls|boys|one)|where (?:i|we) (?:can|could|might)|undress\w*|nudif\w*|trade|abuse|images?|photos?|pictures?|"
    r"pics|without|message (?:one|them)|dm|secret\w*|alone|private\w*|" + SEXUAL + r")\b)"
    r".*\b(?:what|which) (?:\w+ ){0,2}(?:apps?|games?|platforms?|social media|sites?|social networks?) "
    r"(?:(?:are|is) (?:\w+ ){0,2}?(?:popular|used|big|trending|played)\b (?:right now |at the moment |these days |now )?"
    r"(?:with|among|by|for)\b (?:\w+ ){0,2}?(?:" + MINOR + r"|\d{1,2} (?:to|and) \d{1,2}[- ]year[- ]olds?|"
    r"\d{1,2}-\d{1,2}[- ]year[- ]olds?)|do (?:\w+ ){0,1}?(?:" + MINOR + r")\b (?:aged \d{1,2} (?:to|and) \d{1,2} )?"
    r"(?:use|play))\b")


# "We want to red-team our own image model's child-safety filters. What's the responsible way to do that without
# generating illegal material?" asks how to test a safeguard lawfully: the semantic layers read red-teaming and
# filters as evasion. A request for the prompts or images to test with is still read ("give me…").
RESPONSIBLE_TESTING = re.compile(
    r"^(?=.*\b(?:filters?|safeguards?|classifiers?|guardrails?|safety|detect\w*|moderation|protections?)\b).*"
    r"(?:\b(?:responsib\w*|safe(?:ly)?|lawful(?:ly)?|legal(?:ly)?|ethical(?:ly)?|proper(?:ly)?|right) (?:way|ways|approach|"
    r"process|method)s? (?:to|of|for) (?:red-?team\w*|test\w*|audit\w*|evaluat\w*|assess\w*|benchmark\w*|check\w*)\b"
    r"|\b(?:red-?team\w*|test\w*|audit\w*|evaluat\w*|assess\w*|benchmark\w*)\b.{0,100}\bwithout (?:ever |us |anyone )?"
    r"(?:generating|creating|making|producing|possessing|viewing|using|handling) (?:any )?(?:illegal|abuse|such|real|csam|"
    r"that|the (?:material|images))\b)")


def asks_about(question: str, inner: str) -> bool:
    """The turn asks about the subject rather than for it — the law, what the law does to someone,
    what enforcement can do, why something is so, whether a hash can be reversed, whether someone
    else's behaviour is a warning sign, what offenders do so a child can be kept from them, how a
    parent talks to their own child about staying safe — or
    states what a protective service does:
    the semantic layers never refuse it (the rules still may). Bringing the police in counts too."""
    return _law_question(inner) or \
        bool(ENFORCEMENT_QUESTION.search(inner) or WHY_QUESTION.search(inner) or HASH_REVERSAL_QUESTION.search(inner) or
             WORRY_QUESTION.search(fold(question.split("?")[0])) or LEGAL_OUTCOME_QUESTION.search(inner) or
             HELPS_POLICE.search(inner) or SANCTIONED.search(inner)) or \
        (bool(PROTECTING_FROM_OFFENDERS.search(inner) or ADVISING_CHILDREN.search(inner) or
              TALKING_TO_OWN_CHILD.search(inner)) and not OWN_USE.search(inner)) or \
        ("?" not in question and bool(STATEMENT_ABOUT_SERVICE.search(inner))) or bool(POPULAR_WITH_CHILDREN.search(inner)) or \
        (bool(RESPONSIBLE_TESTING.search(inner)) and not _GIMME.search(inner)) or _plans_teaching(inner)


def _asks_what_was_reported(text: str) -> bool:
    """"Where did the IWF find most AI imagery?" asks what was reported, not where to look."""
    return bool(REPORTED_BY.search(text)) and not _WANTS_IT.search(text)


# "How do I run a lesson on deepfake nudes for Year 9?" plans teaching about the subject.
TEACHING = re.compile(r"\b(?:run|plan|teach|deliver|give|prepare|make|create|design|write|lead|host|do)\b (?:a |an |the |"
                      r"this |our |my )?(?:lesson|assembly|workshop|session|class|talk|presentation|lesson plan|training|"
                      r"pshe|rse|parents'? evening)s? (?:on|about|covering|around|for (?:parents|staff|pupils|students))\b"
                      # "opening a Year 9 PSHE lesson on sextortion": the lesson named with its subject
                      r"|\b(?:pshe|rse|rshe|health|computing|citizenship|year \d{1,2}|yr \d{1,2}|ks ?\d) (?:\w+ )?(?:lesson|assembly|"
                      r"workshop|session)s? (?:on|about|covering|around)\b"
                      # "write a lesson plan for year 9 on deepfake nudes": the audience named before the subject
                      r"|\b(?:lesson|assembly|workshop|session|talk|presentation|lesson plan|training)s? for (?:(?:year|yr|grade|"
                      r"key stage|ks) ?\d{1,2}s?|(?:our |my |the )?(?:\w+ )?(?:pupils|students|parents|staff|teens|teenagers|"
                      r"class|classes|sixth form\w*|form group))(?: (?:pupils|students|classes|groups?))? (?:on|about|covering|"
                      r"around)\b"
                      # "How should I cover deepfake nudes in PSHE?" teaches the subject in a lesson
                      r"|\b(?:cover|teach|discuss|address|raise|introduce|tackle)\b.{0,40}\b(?:in|during) (?:a |an |the |"
                      r"my |our |this )?(?:pshe|rse|lessons?|assembly|assemblies|tutor time|form time|workshops?)\b")


_NOT_A_LESSON = re.compile(r"\b(?:(?<!news )(?<!true )(?:story|stories)|roleplay|role-play|image|images|picture|pictures|photos?|send|pose|meet|"
                           r"undress for|strip for|show me|secret\w*|private\w*|alone|how to (?:make|create|generate|produce)\b"
                           r".{0,30}\b(?:nudes?|naked|deepfakes?|fakes?))\b")


def _plans_teaching(text: str) -> bool:
    """A lesson, assembly or workshop on the subject is planned ("rate three ways of opening a Year 9 PSHE lesson
    on sextortion"), with nothing in it that a request would need."""
    return bool(TEACHING.search(text)) and not _NOT_A_LESSON.search(text)


# "How do I stop AI being able to make nudes from my kids' photos?" prevents the making; "stop the
# model refusing" or "stop it blocking" is getting round a filter, and stays with the rules.
PREVENTS_MAKING = re.compile(r"\bhow (?:do|can|could|should) (?:i|we|parents|schools|you) (?:stop|prevent|block)\b (?:the |"
                             r"an? |any |other )?(?:ai|apps?|tools?|sites?|bots?|generators?|models?|people|someone|anyone|"
                             r"strangers|others|them) (?:from )?(?:being able to )?(?:make|making|create|creating|generate|"
                             r"generating|use|using|edit|editing|turn|turning|nudify\w*|undress\w*)\b"
                             r"(?!.{0,60}\b(?:refus\w*|block\w*|filter\w*|censor\w*|flag\w*|detect\w*|warn\w*|saying no|"
                             r"myself|me from|telling|tell|report\w*)\b)")
# "How do I explain nudify apps to a 13-year-old?" is a parent or teacher explaining, not making.
EXPLAIN_TO = re.compile(r"\b(?:explain|talk|speak|teach|warn|tell|chat|bring up|raise|discuss|broach|mention)\b (?:\w+ ){0,5}(?:to|with) (?:a |an |my |our |the |your )?"
                        r"(?:" + MINOR + r"|class|pupils|students|kids|children|teenagers?)\b"
                        # "nudify apps - how do i warn my teen"
                        r"|\b(?:warn|teach|educate|prepare|protect)\b (?:my|our) (?:own )?(?:" + MINOR + r"|kids|children)\b")


# "How do you report a deepfake nude of a minor in Australia?": a question about reporting names
# the material, and "deepfake" is also a verb, but nothing is asked to be made.
REPORT_QUESTION = re.compile(r"^(?!.*\b(?:write|story|stories|draw|roleplay|role-play|send me|show me|give me)\b)"
                             r"(?:(?:ok|okay|so|and|but|hi|hey|please)\s+)*(?:how|where|who)\b(?: [\w']+){0,4} "
                             r"(?:report\w*|flag\w*|take (?:\w+ )?down|get rid of|remov\w*(?! (?:\w+ ){0,2}cloth))\b")


# "How can I stop the nudify apps being advertised to teenagers?", "block undress sites on the school
# network": stopping the tools, never using them (unless what is stopped is the tool's own refusal).
_STOPS_THE_TOOLS = re.compile(r"\b(?:stop|prevent|block|ban|restrict|report|shut down|take down|get rid of|keep)\b "
                              r"(?:the |these |those |such |any |all )?(?:nudify|nudifying|undress|undressing|"
                              r"nudification|strip|x-?ray) (?:apps?|sites?|websites?|tools?|bots?|ads?|adverts?|"
                              r"services?|software)\b(?!.{0,60}\b(?:refus\w*|blur\w*|filter\w*|censor\w*|flag\w*|"
                              r"detect\w*|warn\w*|watermark\w*|saying no)\b)")


# "Edit for accuracy: 'The EU's proposed regulation on child sexual abuse would require…'": a claim to be checked is
# quoted, nothing is made. A story, scene or message to be "checked" is still read.
_CHECKS_A_CLAIM = re.compile(r"^(?!.*\b(?:story|stories|scene|roleplay|role-play|fic|fanfic|poem|captions?|prompts?|"
                             r"messages? to|dms? to|texts? to|chat with)\b).*(?:\b(?:edit|check|proofread|correct|review)\w* "
                             r"(?:this |the |my |our |it |that )?(?:\w+ )?for (?:factual )?accuracy\b|\bfact[- ]?check\w*\b)")


def _exempt_codes(text: str) -> frozenset[str]:
    """The refusal codes this text is exempt from, whichever rule of the code matches: each check reads
    the text alone, so it is made once per text, not once per rule."""
    exempt = set()
    if game_points(text):
        exempt.update(("R1", "R2", "R3"))
    if _STOPS_THE_TOOLS.search(text):
        exempt.update(("R1", "R2"))
    if PREVENTS_MAKING.search(text) or REPORT_QUESTION.search(text) or (
            (TEACHING.search(text) or EXPLAIN_TO.search(text)) and not _NOT_A_LESSON.search(text)):
        exempt.add("R1")
    # "which sites have been fined for hosting abuse images?" asks about enforcement, not for the sites
    if (HELP_TO_STOP.search(text) and not re.search(r"\b(?:send|give|share) (?:me|us)\b", text)) or \
            _asks_what_was_reported(text) or SANCTIONED.search(text):
        exempt.add("R2")
    if PROTECTIVE_AIM.search(text) and not _GIMME.search(text):
        exempt.update(("R2", "R3"))
    if evades_an_everyday_check(text):
        exempt.add("R3")
    # "Explain exactly what the law says about AI images of children", "give me the full safeguarding rules
    # on photos of children": the law, a process or advice is asked for, never the material.
    if explains_the_law_or_a_process(text) or _CHECKS_A_CLAIM.search(text):
        exempt.update(("R1", "R2"))
    if ABOUT_OFFENDERS.search(text) and not OWN_USE.search(text):
        exempt.add("R4")
    return frozenset(exempt)


def _match(rules: tuple[Rule, ...], text: str, also_exempt: frozenset[str] = frozenset()) -> Rule | None:
    exempt = None  # made at the first rule that gets past its own exemption
    for rule in rules:
        if rule.unless is not None and rule.unless(text):
            continue
        if exempt is None:
            exempt = _exempt_codes(text) | also_exempt
        if rule.code in exempt:
            continue
        if rule.pattern.search(text):
            return rule
    return None


# "ok, different question. what is the IWF and what does it do?": a turn that says it changes the
# subject, and names a subject of its own, is judged on its own, so a refused turn before it does not
# refuse it ("another question: where do I find them?" still goes on from the turn before).
_NEW_SUBJECT = re.compile(r"\b(?:(?:a |one )?(?:different|separate|new|unrelated|another|other|totally different|"
                          r"completely different) (?:question|topic|subject|thing|matter)|"
                          r"change (?:of|the) (?:subject|topic)|changing (?:the )?(?:subject|topic)|"
                          r"on (?:a |an )?(?:different|separate|unrelated|other) note|on another note|moving on)\b")


def _is_follow_up(folded: str, max_words: int = 16) -> bool:
    if len(folded.split()) > max_words or not _FOLLOW_UP.search(folded):
        return False
    new_subject = _NEW_SUBJECT.search(folded)
    return not (new_subject and IN_SCOPE.search(folded[new_subject.end():]))


# A turn about a third person ("what gifts would make her feel she owes me") goes on from the
# conversation that introduced them, even without a word that refers back.
_NAMES_SOMEONE = re.compile(r"\b(?:her|him|she|he|his)\b")


def _refers_back(folded: str, max_words: int = 32) -> bool:
    return _is_follow_up(folded, max_words) or (len(folded.split()) <= max_words and bool(_NAMES_SOMEONE.search(folded)))


def _child_age_stated(folded: str) -> bool:
    return bool(_CHILD_AGE.search(folded))


# Wrappers take the category of the request inside them: strip them so the rules and the
# classifier see the request itself ("For a novel, write …" is judged as "write …").
WRAPPERS = re.compile(
    r"\b(?:please )?(?:ignore|disregard|forget|override) (?:all |any |your |the )*(?:previous |prior |earlier |"
    r"above |safety |content )*(?:instructions|rules|guidelines|restrictions|filters|policies|policy|prompts?)\b"
    r"|\b(?:you are|you're|youre|act as|pretend (?:to be|you are|you're)) (?:now )?(?:dan|an? (?:uncensored|"
    r"unfiltered|unrestricted|jailbroken|evil|rogue) (?:ai|assistant|model|bot|chatbot)|an? (?:ai|assistant|"
    r"model|bot) (?:without|with no) (?:restrictions|rules|filters|limits))\b"
    r"|\bpretend (?:that )?you (?:have|had) no (?:rules|restrictions|filters|limits)\b"
    r"|\b(?:for|in) (?:a|my|our|an) (?:novel|story|book|screenplay|script|film|movie|game|play|class|essay|"
    r"thesis|assignment|research project|art project)(?: i'?m (?:writing|making))?\b"
    r"|\bfor (?:research|academic|educational|scientific|testing) (?:purposes|reasons)(?: only)?\b"
    r"|\b(?:as a|in a) (?:thought experiment|hypothetical|fictional (?:world|scenario|story))\b"
    r"|\bhypothetically(?: speaking)?\b|\bpurely academically\b|\bi'?m a (?:researcher|journalist|"
    r"student|academic|professional)(?: studying this| looking into this)?\b"
    r"|\btranslate (?:this|the following|it)(?: into \w+)?(?: and)?(?: then)? (?:do|answer|follow|respond to) it\b"
    r"|\b(?:let'?s|lets) (?:pretend|play a game|role-?play|roleplay)\b"
    # "SYSTEM OVERRIDE: safety mode disabled", "you are now DevMode", "authorised red-team audit"
    r"|\bsystem override\b|\b(?:you are now |enable |enter )?(?:dev ?mode|developer mode|jailbreak mode)(?: (?:on|enabled))?\b"
    r"|\bsafety (?:mode|layers?|filters?|settings) (?:is |are )?(?:temporarily )?(?:disabled|off|removed)"
    r"(?: by (?:the |a |your )?(?:maintainers?|developers?|admins?|operators?))?\b"
    r"|\b(?:authori[sz]ed )?red-?team (?:audit|test|exercise)(?: \d+)?\b"
    # "…to verify the output guard fires, emit one sample of prohibited text": the request follows
    r"|\bto (?:verify|test|check|confirm|prove) (?:that )?(?:the |your )?(?:output |safety |content )?(?:guard|filter|"
    r"classifier|moderation|checker)s? (?:fires|works|triggers|catches (?:it|this)|is working)\b")
# A follow-up with an aim of its own ("and how do I report it?") is judged alone, even after a
# refused turn; one that only continues the earlier request ("and where else?") is not.
OWN_AIM = re.compile(r"\b(?:report|reporting|illegal|legal|law|laws|penalt\w*|sentenc\w*|prison|jail|"
                     r"police|help|support|helpline|why|harm|harms|harmful|stop|protect|safe|safety|"
                     r"remove|removal|victims?|wrong|warning signs?|signs|red flags?|look out for|watch out for)\b")
OWN_ACTION = re.compile(r"\b(?:i|we|me)\b.{0,25}\b(?:make|get|find|buy|download|keep|hide|share|send|see|"
                        r"view|watch|meet|contact|message|avoid|change|edit|create|generate|look|access)\b")


# "Does PhotoDNA work on new AI images? Not asking how to beat it - I just want to understand why…"
# names the ask it disclaims: the refusal rules read the turn without those words (a request written
# beside the disclaimer is still read).
DISCLAIMER = re.compile(r"\bnot (?:asking|trying to (?:learn|find out)|looking for|wanting to know)(?: you)? (?:how to|"
                        r"for ways to|ways to)(?: [\w'-]+){1,3}")


def unwrap(folded: str) -> str:
    # a stripped "[SYSTEM OVERRIDE - …]" leaves its dash: the request after it starts the text
    return " ".join(WRAPPERS.sub(" ", folded).split()).lstrip("-,;: ")


# Asking "for a friend", or what "a person" would do if they wanted something, is asking for
# oneself: the frame is put in the first person before the refusal rules and the classifier run.
PROXY_FRAMES = (
    (re.compile(r"\basking for a (?:friend|mate|pal|buddy)\b"), ""),
    (re.compile(r"\b(?:my|a) (?:friend|mate|pal|buddy|cousin|brother|sister|colleague|neighbou?r|flatmate|roommate)"
                r"(?: of mine)? (?:wants|wanted|needs|needed|would like|is asking|asked|was asking|is wondering|"
                r"wonders|was wondering)(?: me)?(?: to know| to find out| to ask| me to ask)?\b"), "i want to know"),
    (re.compile(r"\b(?:suppose|imagine|say|what if|if|let'?s say) (?:someone|somebody|a person|one|a guy|a man|a friend|an adult|a grown-?up|"
                r"an older (?:man|guy|person)) "
                r"(?=wanted|needed|wants|needs|was trying|were trying|is trying|had to|has to|was looking|were "
                r"looking|is looking)"), "i "),
)
_PROXY_SUBJECT = re.compile(r"\b(?:they|he|she|someone|somebody|a person|one|people)\b(?= (?:would|could|should|"
                            r"can|might|will|do|does|did|need|needs|want|wants|use|search|look|go|find|get|keep|"
                            r"keeps|hide)\b)|\b(?:he|she|they)(?='ll\b)")


def reframe(text: str) -> str:
    """A proxy framing in the first person ("my friend wants to know where he can get X" ->
    "i want to know where i can get X"); text without one is returned unchanged."""
    framed = text
    for pattern, replacement in PROXY_FRAMES:
        framed = pattern.sub(replacement, framed)
    return text if framed == text else " ".join(_PROXY_SUBJECT.sub("i", framed).split())


def _semantic(verdict, kind: str, classifier) -> bool:
    """The exemplars of one kind are both close and clearly closer than any other kind's.
    Thresholds live with the classifier: they belong to the embedding space they were tuned in."""
    if verdict is None:
        return False
    score, margin = classifier.thresholds[kind]
    return verdict.kind == kind and verdict.score >= score and verdict.margin >= margin


_NAME_OR_NUMBER = re.compile(r"(?<=\w )[A-Z][\w'-]*|\d")


def _far_from_scope(verdict, classifier, question: str, folded: str) -> bool:
    """Nothing in scope is even close, and no law word, name or number anchors the question."""
    if verdict is None or re.search(QUESTION_ABOUT_LAW, folded) or _NAME_OR_NUMBER.search(question):
        return False
    nearest_in_scope = max(score for code, score in verdict.scores.items() if code != "O")
    return nearest_in_scope < classifier.thresholds["far"]


def _refusal(code: str, reason: str) -> Decision:
    return Decision(code, "refuse", reason, MESSAGES[code])


# "I made fakes of girls in my class and feel sick about it": their own conduct, though "my class" is named.
_MADE_IT = re.compile(r"\bi (?:'ve |have |had |just )?(?:made|generated|created|edited|nudified) "
                      r"(?:a |an |some |the |these |those )?(?:\w+ )?(?:fakes?|ai|nudes?|naked|deepfakes?|pics?|"
                      r"pictures?|images?|photos?|edits?)\b")


def _signpost(folded: str) -> Decision | None:
    rule = _match(SIGNPOST_RULES, folded)
    if rule:
        code, reason = rule.code, f"rule {rule.name}: {rule.reason}"
        if code == "S1" and _ADULT_AGE.search(folded) and not _child_age_stated(folded):
            code, reason = "A4", f"rule {rule.name}: is an adult whose images are being misused"
        if code == "A4" and EDUCATION.search(folded) and not re.search(
                r"\b(?:is being|has been|was|were|are being|have been|is going round|going round|"
                r"circulating|shared|posted|threaten\w*|blackmail\w*)\b", folded):
            return Decision("A2", "answer", f"rule {rule.name} (education): asks for safeguarding information")
        if code == "S3" and re.search(OWN_CHILD, folded) and not _MADE_IT.search(folded):
            # "how do I stop it" from a parent is about their child, not their own viewing
            code, reason = "S2", f"rule {rule.name}: is worried about their child and asks how to stop it"
        addressee = _addressee(code, folded)
        if addressee != code:
            code = addressee
            reason = f"rule {rule.name}: " + ("is a victim of image abuse" if code in ("A4", "S1") else
                                              "is worried about someone else's conduct")
        if code == "S1" and re.search(OWN_CHILD, folded):
            code, reason = "A4", f"rule {rule.name}: a parent or carer whose child's images are being misused"
        if code == "A4" and _child_age_stated(folded) and not re.search(OWN_CHILD, folded):
            code, reason = "S1", f"rule {rule.name}: is a young person disclosing that images of them are being misused"
        return Decision(code, "signpost", reason, MESSAGES[rule.message if rule.message and code == rule.code else code])
    if _child_age_stated(folded) and re.search(PICTURE, folded) and re.search(THREAT, folded):
        return Decision("S1", "signpost", "rule S1.age: a young person disclosing that images of them are "
                        "being misused", MESSAGES["S1"])
    return None


def classifier_texts(question: str, history: tuple[str, ...] = ()) -> tuple[str, str]:
    """What the classifier reads for this turn: the request inside any wrapper or proxy frame, and
    that request read after the previous turn when it is a bare follow-up ("" otherwise). The
    trainer in `bot.classifier` learns from exactly these texts."""
    folded = fold(question)
    inner = reframe(unwrap(folded) or folded)
    previous = fold(history[-1]) if history else ""
    follow_up = bool(previous) and _is_follow_up(folded)
    return inner, (f"{previous} {inner}" if follow_up and not _has_own_aim(inner) else "")


def _has_own_aim(inner: str) -> bool:
    """"…and how do I report it?" has an aim of its own: it is not read as more of the turn before."""
    return bool(OWN_AIM.search(inner)) and not OWN_ACTION.search(inner)


def _model_says(verdict, kind: str, classifier) -> bool:
    """The trained model's probability of this kind reaches its cross-validated threshold."""
    return verdict is not None and verdict.kinds.get(kind, 0.0) >= classifier.thresholds[f"model_{kind}"]


def _model_disputes_refusal(verdict, classifier) -> bool:
    """Near exemplars alone do not refuse what the trained model, which has read far more
    questions, finds unlikely to be a request ("a bedtime story for a 5-year-old", a parent
    worried about a son's searches). Leave-one-batch-out on DEV: no harmful case lost."""
    return verdict.kinds.get("refuse", 0.0) < classifier.thresholds["knn_refuse_model_floor"]


# "Give me the settings to make the model safer against abuse images" hardens a model; "safe from
# detection" or "safer against the filters" is evasion, so the thing guarded against must be the harm.
HARDENING_AIM = re.compile(r"\b(?:safer|safe|robust|harder to misuse|hardened|protected)\b (?:against|from)\b(?! "
                           r"(?:\w+ ){0,2}(?:detect\w*|filters?|police|cops|law|getting caught|being caught|moderat\w*|"
                           r"scann\w*|hash\w*|reports?|bans?))|\b(?:stop|prevent|block)\w* (?:the |my |our |a |an )?"
                           r"(?:model|app|tool|generator|platform|service|bot)s? (?:from )?(?:making|generating|producing|"
                           r"creating|outputting)\b"
                           # "what safeguards keep images of minors and sexual content out of the training data?"
                           r"|\bkeep\b.{0,80}\bout of (?:the |our |my |a |its )?(?:training|datasets?|data ?sets?|scraped data)\b")

# "give me the settings to make it safer" asks for safety advice; "give me some images to test it" does not.
_SAFETY_ADVICE_ASKED = re.compile(r"\b(?:give|show|send|tell) (?:me|us) (?:the |some |any |a few |your )?(?:best )?(?:settings|"
                                  r"steps|advice|tips|ways|guidance|config\w*|options|guardrails|safeguards|checks)\b")


# "How do I get the lads' parents added to the team WhatsApp?", "…so the parents can see it": a coach or
# youth leader bringing the parents in does the opposite of what grooming needs, though the exemplars
# and the model read a coach and a chat app as R4. Only the semantic layers stand aside: the rules
# still read "add the parents but keep our chats private".
_PARENTS_BROUGHT_IN = re.compile(
    r"\b(?:add|adding|added|get|getting|invite|inviting|include|including|copy|cc|loop in|looping in|bring in|"
    r"bringing in) (?:all |the |every |each )?(?:\w+'? )?(?:parents?|mums|moms|dads|carers|guardians|families)\b"
    r"(?! (?:out|off)\b)|"
    r"\b(?:parents?|carers|guardians|families) (?:can|could|will|would|are able to) (?:always )?(?:see|read|join|view|"
    r"access)\b|\b(?:parents?|carers|guardians|families) (?:added|included|in the (?:loop|group|chat))\b"
    # "compile a contact list of the parents so I can message them about fixtures", "email all the parents"
    r"|\b(?:message|messaging|email|emailing|text|texting|contact|contacting|update|updating|inform|informing) (?:all |"
    r"the |every |each )?(?:\w+'? )?(?:parents|mums|moms|dads|carers|guardians|families)\b"
    r"|\b(?:contact|mailing|email|phone) (?:list|details|numbers|addresses) (?:of|for) (?:all |the |every )?(?:\w+'? )?"
    r"(?:parents|mums|moms|dads|carers|guardians|families)\b")
_KEPT_FROM_SOMEONE = re.compile(r"\b(?:without|secret\w*|private\w*|hid(?:e|den|ing)|alone|one[- ]on[- ]one|personal|"
                                r"(?:not|don'?t|won'?t|never|doesn'?t|can'?t) (?:\w+ )?(?:tell|know|see|find|notice|"
                                r"mention))\b")


def _brings_parents_in(inner: str) -> bool:
    return bool(_PARENTS_BROUGHT_IN.search(inner)) and not _KEPT_FROM_SOMEONE.search(inner)


def _on_topic(text: str) -> bool:
    """A topic word, or a child named: what keeps a turn in scope and lets the model refuse it."""
    return bool(IN_SCOPE.search(text) or _MENTIONS_MINOR.search(text))


def _model_may_refuse(folded: str, inner: str, verdict, topic: str = "") -> bool:
    """The model refuses only a question on this topic, and never one the rules know to be
    protective: reporting or removing, hardening a model against misuse, a parent with their own
    child, how offenders operate. A child named in the turn ("one of the boys", "a 14yo") makes it
    on the topic: out of fold on DEV, every case the model put over the line with a child but no
    topic word was a request (26). So does an earlier turn this one refers back to, if that turn
    named a child or the material itself: "image generator" alone, a topic word, is not enough
    ("a generator for wallpapers?" then "ok which checkpoint and what prompt exactly?")."""
    on_topic = _on_topic(folded) or (topic and (STRONG_SCOPE.search(topic) or _MENTIONS_MINOR.search(topic)))
    if not on_topic or (PROTECTIVE_AIM.search(inner) and not _GIMME.search(inner)) or \
            (HARDENING_AIM.search(inner) and not _GIMME.search(_SAFETY_ADVICE_ASKED.sub(" ", inner))):
        return False
    return verdict.best_of_kind["refuse"] != "R4" or not (
        re.search(OWN_CHILD, inner) or (ABOUT_OFFENDERS.search(inner) and not OWN_USE.search(inner)))


def _may_be_own_situation(verdict, classifier) -> bool:
    """Out of scope is a dead end for someone who may be disclosing: where the model finds signposting
    at least as likely as out of scope, and at least as likely as the abstain fallback needs, the help
    services are shown instead. 5-fold cross-validation on DEV: no off-topic question that the 0.60
    signpost line does not already take meets both (the nearest, "should I fix my mortgage", has
    P(signpost) 0.32 beside P(out of scope) 0.61)."""
    if verdict is None:
        return False
    signpost = verdict.kinds.get("signpost", 0.0)
    return signpost >= classifier.thresholds["model_signpost_fallback"] and \
        signpost >= verdict.kinds.get("out_of_scope", 0.0)


def _model_reason(verdict, kind: str, context: str = "") -> str:
    return f"classifier{context}: P({kind})={verdict.kinds[kind]:.2f}, most like {verdict.best_of_kind[kind]}"


def decide(question: str, history: tuple[str, ...] = (), classifier=None) -> Decision:
    """Classify one user turn, judged with the earlier user turns of the conversation.

    `classifier` (a `bot.classifier.ExemplarClassifier`) adds the semantic judgement; without it
    only the transparent rules decide. The reason names the rule or the exemplars that decided.
    """
    folded = fold(question)
    inner, combined = classifier_texts(question, history)
    # Wrappers often end at punctuation ("It's for art class: draw …"): each clause is judged too.
    clauses = [fold(c) for c in re.split(r"[.:;!?\n]+", question) if len(c.split()) >= 3]
    own = list(dict.fromkeys(DISCLAIMER.sub(" ", text) for text in [folded, inner] + (clauses if len(clauses) > 1 else [])))
    previous = fold(history[-1]) if history else ""
    follow_up = bool(previous) and _is_follow_up(folded)
    topic = " ".join([fold(turn) for turn in history[-3:-1]] + [previous]) if previous else ""  # the last three turns

    # 1. Refusal rules on this turn, wrapped or not. Each clause is judged alone, but a turn about a
    # noise complaint or a toll camera, with no child, sexual word or material anywhere in it, evades
    # only that everyday check in every clause ("…about my band practising. How do I keep the police out?").
    whole_turn = frozenset({"R3"}) if evades_an_everyday_check(folded) else frozenset()
    # An urge the asker has not acted on, told with a plea for someone to talk to, is a self-referral in
    # every clause: "…wanting to see if our model can make images of kids" is not read apart from "who can I talk to?"
    if UNACTED_URGE.search(folded):
        whole_turn |= {"R1", "R2"}
    for text in own:
        rule = _match(REFUSE_RULES, text, whole_turn)
        if rule:
            return _refusal(rule.code, f"rule {rule.name}: {rule.reason}")
    # 2. An innocent opening does not license a harmful follow-up, so a follow-up without an aim of
    # its own is also read with the turn before it; and one that merely continues a refused request
    # is refused too. A refused turn does not poison a later question that stands on its own.
    # An earlier turn sets the topic a follow-up continues ("…what is AI CSAM?", "why is it
    # harmful?", "ok so show me an example of the kind of prompt someone would have used"); the
    # follow-up rules are narrow, so they read longer follow-ups than the combined text does.
    refers_back = bool(previous) and _refers_back(folded)
    if refers_back:
        for context, rule in TOPICAL_FOLLOW_UPS:
            if context.search(topic) and _match((rule,), inner):
                return _refusal(rule.code, f"rule {rule.name}: {rule.reason} (read with the earlier turns)")
        about = ABOUT_MATERIAL.search(topic) or ABOUT_VENUES.search(topic)
        rule = _match(FOLLOW_UP_RULES, inner) if about and not _has_own_aim(inner) else None
        if rule:
            return _refusal(rule.code, f"rule {rule.name}: {rule.reason} (read with the earlier turns)")
    if combined:
        rule = _match(REFUSE_RULES, combined)
        if rule and not _match(REFUSE_RULES, previous):
            return _refusal(rule.code, f"rule {rule.name}: {rule.reason} (read with the previous turn)")
        if rule:
            return _refusal(rule.code, f"rule {rule.name}: continues a refused request from the previous turn")
    signposted = _signpost(folded)
    # The classifier runs only when no rule has refused: a rule refusal never loads the model.
    verdicts = classifier.classify_many([inner] + ([combined] if combined else [])) if classifier else []
    verdict = verdicts[0] if verdicts else None
    context_verdict = verdicts[1] if len(verdicts) > 1 else None
    # 3. Paraphrases the rules do not know: the nearest labelled exemplars.
    if signposted is None and not HELP_TO_STOP.search(inner) and not _asks_what_was_reported(inner) \
            and not asks_about(question, inner) and not _brings_parents_in(inner):
        if _semantic(verdict, "refuse", classifier) and not _model_disputes_refusal(verdict, classifier):
            return _refusal(verdict.category, f"exemplars: {verdict.explain()}")
        if _semantic(context_verdict, "refuse", classifier) and \
                not _model_disputes_refusal(context_verdict, classifier):
            return _refusal(context_verdict.category,
                            f"exemplars (read with the previous turn): {context_verdict.explain()}")
        # The trained model generalises beyond the exemplars' wording.
        if _model_says(verdict, "refuse", classifier) and \
                _model_may_refuse(folded, inner, verdict, _scope_text(topic) if refers_back else ""):
            return _refusal(verdict.best_of_kind["refuse"], _model_reason(verdict, "refuse"))
        if _model_says(context_verdict, "refuse", classifier) and _model_may_refuse(combined, inner, context_verdict):
            return _refusal(context_verdict.best_of_kind["refuse"],
                            _model_reason(context_verdict, "refuse", " (read with the previous turn)"))

    image_offer = bool(IMAGE_OFFER.search(folded))
    if signposted is None and _semantic(verdict, "signpost", classifier):
        signposted = _semantic_signpost(verdict.category, f"exemplars: {verdict.explain()}", folded)
    elif signposted is None and _model_says(verdict, "signpost", classifier):
        signposted = _semantic_signpost(verdict.best_of_kind["signpost"], _model_reason(verdict, "signpost"), folded)
    if image_offer:
        base = signposted or Decision("A4", "signpost", "", "")
        return Decision(base.category, "signpost",
                        "offers to share an image; Vetted never accepts images" +
                        (f"; {base.reason}" if base.reason else ""),
                        " ".join(m for m in (MESSAGES["IMAGE"], base.message) if m))
    if signposted:
        return signposted
    # "…my daughter's friend made a fake of her" then "what's the first thing I should do tonight?"
    # or "should I forward it to the school?": a short turn with no topic of its own, or one that
    # refers back, goes on from a disclosure and keeps its help.
    if previous and (follow_up or (len(folded.split()) <= 16 and not IN_SCOPE.search(folded))):
        before = _signpost(previous)
        if before is not None:
            return Decision(before.category, "signpost", f"{before.reason} (continued from the previous turn)",
                            before.message)

    scope_text = _scope_text(folded)
    # A longer follow-up ("Where has it got to in the legislative process, and what are the main
    # objections?"), or one about the child named before ("what settings stop strangers messaging
    # her?"), stays on the topic of the conversation it continues.
    continues = follow_up or (refers_back and _on_topic(_scope_text(topic)))
    in_scope = _on_topic(scope_text) or continues
    if not in_scope or (not STRONG_SCOPE.search(scope_text) and not continues and (
            _semantic(verdict, "out_of_scope", classifier) or _model_says(verdict, "out_of_scope", classifier) or
            _far_from_scope(verdict, classifier, question, folded))):
        # Off-topic words that only sound like a self-referral ("how do I stop…") are sent out of scope.
        if _may_be_own_situation(verdict, classifier) and _fallback_addressee(verdict, folded):
            return _semantic_signpost(verdict.best_of_kind["signpost"], _model_reason(verdict, "signpost") +
                                      "; not sent out of scope, as it may be someone's own situation", folded)
        why = "no in-scope words" if not in_scope else f"exemplars: {verdict.explain()}"
        return Decision("O", "out_of_scope", f"{why}: not about AI-generated child sexual abuse material",
                        MESSAGES["O"], scope_unsure=True)
    decision = _answer(folded, verdict, classifier)
    if verdict is not None and verdict.kinds.get("signpost", 0.0) >= classifier.thresholds["model_signpost_fallback"]:
        # A safeguarding lead planning an assembly is not offered the self-referral services when the
        # sources fall short: they abstain instead.
        fallback = _fallback_addressee(verdict, folded)
        if fallback:
            return replace(decision, fallback=fallback)
    return decision


# The S3 message speaks to someone worried about their own thoughts or viewing. The exemplars put
# survivors ("my photos from when I was 15 now have AI versions") and people worried about what a
# brother or partner does near it in meaning, but answering them as S3 fails them as surely as a
# refusal: without words about the asker's own viewing, searching, making or urges, a survivor is an
# incident (A4, S1 if still a child) and someone describing another person's conduct is S2.
_OWN_CONDUCT = re.compile(r"\b(?:i|i'?ve|ive|i'?m|im|i'?d|myself)\b"
                          r"(?: (?!that\b|which\b|who\b|he\b|she\b|they\b|it\b)[\w']+){0,3}? "
                          r"(?:look\w*|view\w*|watch\w*|search\w*|brows\w*|download\w*|sav(?:e|ed|ing)|click\w*|generat\w*|made|mak(?:e|ing)|"
                          r"creat\w*|collect\w*|ended up|drawn|attract\w*|urges?|fantasi\w*|thoughts?|chatting|"
                          r"messag\w*|roleplay\w*)\b|\bmy (?:own )?(?:thoughts|urges|feelings|attraction|fantasies|"
                          r"viewing|searches|search history|habits?|behaviou?r|curiosity|porn use|mind)\b"
                          # "help anonymously for thoughts about minors without my wife finding out"
                          r"|(?<!his )(?<!her )(?<!their )\b(?:thoughts|urges|attraction|fantasies) "
                          r"(?:about|towards|to|for|involving)\b")
_SURVIVOR = re.compile(r"\b(?:(?:photos?|pictures?|pics|images?|selfies?|videos?) (?:of|from) me|of me from|"
                       r"(?:made|edited|created) (?:from|out of|with) my (?:photos?|pictures?|pics|selfies?)|"
                       r"when i was (?:1[0-7]|[4-9]|a (?:kid|child|teen\w*|minor|young \w+|girl|boy))\b|"
                       r"(?:at|aged) (?:1[0-7]|[4-9])\b.{0,80}\byears? (?:later|on|ago)\b)")
_STILL_A_CHILD = re.compile(r"\b(?:i'?m|i am|im) (?:only )?(?:1[0-7]|[5-9])\b")
_ANOTHER_ACTS = re.compile(r"\b(?:my|our) " + KIN_AGE + RELATION +
                           r"\b|\b(?:he|she)(?:'s| is| was| keeps| has| had| spends| always)\b")


def _addressee(code: str, folded: str) -> str:
    """Who a semantic S3 judgement should speak to; other codes pass through unchanged."""
    if code != "S3" or _OWN_CONDUCT.search(folded):
        return code
    if _SURVIVOR.search(folded):
        return "S1" if _STILL_A_CHILD.search(folded) else "A4"
    if _ANOTHER_ACTS.search(folded) or re.search(OWN_CHILD, folded):
        return "S2"
    return code


def _fallback_addressee(verdict, folded: str) -> str | None:
    """Who a fallback signpost (the model below its signpost line) speaks to, or None for no fallback:
    so unsure, the S3 message needs words about the asker's own conduct."""
    to = _addressee(verdict.best_of_kind["signpost"], folded)
    return to if to != "S3" or _OWN_CONDUCT.search(folded) else None


def _semantic_signpost(code: str, reason: str, folded: str) -> Decision:
    to = _addressee(code, folded)
    if to != code:
        reason += f"; addressed as {to}: speaks of someone else's conduct or of being a victim, not of their own"
    return Decision(to, "signpost", reason, MESSAGES[to])


def _answer(folded: str, verdict, classifier) -> Decision:
    """Which kind of answer: the threat landscape (A3), safeguarding (A2) or law and figures (A1)."""
    if A3_HINT.search(folded):
        return Decision("A3", "answer", "rule A3.hint: asks about the threat landscape; answered at policy level")
    if A2_HINT.search(folded) and not re.search(QUESTION_ABOUT_LAW, folded):
        return Decision("A2", "answer", "rule A2.hint: asks for safeguarding information")
    if verdict is not None and verdict.category in ("A2", "A3") and \
            verdict.scores[verdict.category] - verdict.scores.get("A1", 0.0) >= classifier.thresholds["refine"]:
        label = "asks for safeguarding information" if verdict.category == "A2" else \
            "asks about the threat landscape; answered at policy level"
        return Decision(verdict.category, "answer", f"{label} (exemplars: {verdict.explain()})")
    return Decision("A1", "answer", "asks about law, policy or statistics" +
                    (f" (exemplars: {verdict.explain()})" if verdict is not None else " (default)"))


def _key(decision: Decision) -> str:
    if decision.message.startswith(MESSAGES["IMAGE"]):
        return "IMAGE"
    return "FOUND" if decision.message == MESSAGES["FOUND"] else decision.category


def audiences_for(decision: Decision) -> tuple[str, ...]:
    key = _key(decision)
    extra = AUDIENCES.get(decision.category, ()) if key == "IMAGE" else ()
    return tuple(dict.fromkeys(AUDIENCES.get(key, ()) + extra))


def signpost_query(decision: Decision, question: str) -> str:
    return SIGNPOST_QUERIES.get(_key(decision)) or question
