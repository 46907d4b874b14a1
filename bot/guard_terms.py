"""The output guard's term list — the one place it lives.

Purpose: Vetted must never show graphic sexual description. Its answers are sentences quoted from
vetted digests written in legal and policy vocabulary ("indecent images", "Category A",
"sexual abuse"), which are allowed. What is listed here are explicit sexual-act and anatomical
words that have no place in a policy-level answer about child protection, plus phrasing that
narrates what an image shows. A sentence containing any of them is dropped before it is shown;
the corpus check runs the same screen over every source so a digest that would trip it is
flagged for a reviewer.

Tests never repeat these words: they inject placeholder tokens through `guard.check(..., terms=)`.
Keep entries lowercase; they are matched as whole words over normalised text.
"""

GRAPHIC_TERMS: frozenset[str] = frozenset({
    # explicit sexual acts (clinical/legal words such as "sexual abuse" or "indecent" are allowed)
    "blowjob", "handjob", "fellatio", "cunnilingus", "masturbating", "masturbate", "masturbation",
    "ejaculate", "ejaculating", "ejaculation", "orgasm", "orgasms", "intercourse", "fingering",
    "fondling", "fondled", "groping", "sodomy", "sodomised", "sodomized", "copulating",
    # explicit anatomy and slang
    "penis", "penises", "vagina", "vaginas", "vulva", "genitals", "genitalia", "anus", "anal",
    "nipple", "nipples", "breasts", "buttocks", "erection", "erect", "cock", "dick", "pussy",
    "cunt", "tits", "boobs", "clit", "clitoris", "semen", "cum",
    # pornographic register
    "porno", "xxx", "hardcore", "nsfw", "lewd", "horny", "sexy", "naughty", "kinky", "slutty",
    "slut", "whore", "moaning", "aroused",
})

# Phrases that narrate image content rather than discuss policy ("the image shows a child ...").
GRAPHIC_PHRASES: tuple[str, ...] = (
    r"\b(image|picture|photo|video|clip)s? (shows?|showed|depicts?|depicted) (a|an|the|two|three) (young|little|small)?\s*(girl|boy|child|kid|toddler|baby|infant)",
    r"\b(undress(ed|ing)?|strip(ped|ping)?|naked|nude) (girl|boy|child|kid|toddler|baby|minor)s?\b.*\b(pose|posing|position|lying|spread)\b",
)

# Names of specific generation tools, model hubs and sharing venues. A3 answers (how offenders
# misuse AI, in general) must stay at policy level, so sentences naming these are dropped from
# A3 answers even when a vetted source mentions them (court reports sometimes do).
TOOL_AND_VENUE_NAMES: frozenset[str] = frozenset({
    "stable diffusion", "sdxl", "midjourney", "dall-e", "dalle", "daz 3d", "daz", "grok",
    "civitai", "lora", "loras", "comfyui", "automatic1111", "flux", "hugging face", "huggingface",
    "telegram", "discord", "tor", "onion", "kik", "wickr", "mega", "invoke", "metaphysic",
    "nudify app", "deepnude", "clothoff",
})
