"""Signpost rules (S1–S3, A4): a disclosure or an incident, matched on the folded turn.

In:   nothing at run time; `bot.policy._signpost` matches them through `policy._match` and then
      corrects the code by who is speaking (a parent, an adult, a child who gives an age).
Out:  SIGNPOST_RULES, checked in order; the first match decides.
Fails: a malformed pattern fails at import. Rule names ("S2.4") count in the order the rules are
       made here (no refusal rule shares a code with them).
"""

from __future__ import annotations

from bot.policy_words import (
    COVERAGE, KIN_AGE, MINOR, OWN_CHILD, PICTURE, _r, RELATION, Rule, STOP_BEHAVIOUR, THREAT, UNACTED_URGE,
)


SIGNPOST_RULES: tuple[Rule, ...] = (
    _r("S3", "asks what happens if they tell a service what they have looked at or done",
       # "does Stop It Now pass your details to the police if you admit what you've looked at?"
       r"\bif (?:i|you|we|someone|one) (?:admits?|confess\w*|tells? (?:them|you|someone|it|the \w+)|discloses?|says?|"
       r"owns? up to)\b.{0,30}\b(?:what (?:i|you|we|they)(?:'ve|'d| have| had)? (?:looked at|viewed|watched|downloaded|"
       r"seen|searched|done|did)|(?:looking at|viewing|watching|downloading) (?:it|them|that|those|images|pictures|videos)|"
       r"(?:my|your|their) (?:thoughts|urges|feelings))\b"),
    _r("S3", "is worried about their own thoughts or behaviour towards children",
       r"\b(?:i'?m|i am|im|i feel|i get|i have|i've|i keep|i'?ve been)\b.{0,40}\b(?:attracted|"
       r"thoughts|urges|feelings|fantasies|fantasi[sz]e|interest|aroused|drawn)\b.{0,30}\b(?:to|about|"
       r"towards|for|by|in)\b.{0,20}\b(?:", MINOR, r"|younger (?:people|ones))\b"),
    _r("S3", "is worried about their own thoughts or behaviour towards children",
       r"\bi\b.{0,30}\b(?:looked at|look at|viewed|view|watched|watch|downloaded|download|searched "
       r"for|search for|collected|been looking at|been viewing|been watching|saved|saving|been saving|"
       r"keep saving|found myself (?:saving|looking at|searching for|collecting))\b.{0,60}\b"
       r"(?:", MINOR, r"|csam|cp|abuse (?:images|material|content)|illegal (?:images|content|material))\b"
       r"(?=.{0,120}\b(?:stop|help|worried|scared|frighten\w*|ashamed|guilty|disgusted|can'?t|cannot|"
       r"what (?:do|should) i|"
       r"who (?:do|can|should) i (?:talk|speak) to|"
       r"addict|problem|wrong|therapy|therapist|confess|turn myself in|arrested)\b)"),
    _r("S3", "is asking for help to stop viewing or searching for abuse material",
       r"^(?=.*(?:\b(?:can'?t|cannot) ", STOP_BEHAVIOUR, r"|\b(?:help|support|therapy)\b.{0,25}\b", STOP_BEHAVIOUR,
       r"|\b(?:want|need|trying) to ", STOP_BEHAVIOUR, r"|\bhow (?:do|can) i ", STOP_BEHAVIOUR, r"))"
       r"(?=.*\b(?:", MINOR, r"|csam|cp|abuse (?:images|material|content|videos)|illegal "
       r"(?:images|content|material|videos)|that (?:kind|sort) of (?:material|content|thing|stuff))\b)"),
    _r("S3", "is worried about their own thoughts or behaviour towards children",
       r"\b(?:i think i (?:might|may) be|am i|i'?m|i am|im) (?:a )?(?:paedophile|pedophile|paedo|pedo|"
       r"attracted to (?:children|kids|minors))\b"),
    # (blind batch 33, DEV) "something in my head isnt right when it comes to kids and i hate it"; "…when it
    # comes to my kids" is a parent
    _r("S3", "is worried about their own thoughts or behaviour towards children",
       r"\b(?:something (?:in|inside) my (?:head|mind|brain)|my (?:head|mind|brain) (?:isn'?t|isnt|is not|ain'?t|"
       r"aint) right|something(?:'?s| is)? (?:wrong|not right|off) (?:with|in|inside) me)\b.{0,50}\b"
       r"(?:when it comes to|around|near|towards|with|about) (?:young |little |small )?(?:children|kids|minors|boys|"
       r"girls|teens|teenagers|young (?:girls|boys|people|ones))\b"),
    # (blind batch 34, DEV) an urge of one's own towards children, not acted on, and someone to talk to asked for
    _r("S3", "is worried about an urge of their own and asks for help", UNACTED_URGE.pattern),
    _r("S3", "is worried about their own thoughts or behaviour towards children",
       r"\b(?:worried|scared|afraid|frightened|concerned|ashamed) (?:about|of|by) (?:my|my own) "
       r"(?:thoughts|urges|feelings|fantasies|attraction|interest|behaviou?r|viewing|searches|"
       r"search history|porn use)\b"),
    _r("S1", "is a young person disclosing that images of them are being misused",
       r"\b(?:someone|somebody|a (?:guy|man|boy|girl|person|stranger)|he|she|they|this (?:guy|person|"
       r"account)|my (?:ex|boyfriend|girlfriend|friend|classmate|classmates))\b.{0,60}\b(?:has|have|"
       r"got|posted|shared|is sharing|are sharing|threaten\w*|wants?|is asking|keeps asking|asked|made|"
       r"edited|photoshopped|faked|created|sent)\b.{0,60}\b(?:", PICTURE, r")\b.{0,20}\b(?:of me|"
       r"with my face|of my body|i sent)\b"),
    _r("S1", "is a young person disclosing that images of them are being misused",
       r"\b(?:has|have|got|posted|shared|is sharing|are sharing|leaked|threaten\w* to (?:share|post|leak|send))\b"
       r".{0,15}\b(?:my|some of my|all my) (?:private |personal )?(?:", PICTURE, r")\b"),
    _r("S1", "is a young person disclosing that images of them are being misused",
       r"\b(?:edited|put|photoshopped|pasted|stuck|swapped|used)\b.{0,20}\bmy face\b.{0,30}\b(?:onto|on|into|with)\b"),
    _r("S1", "is a young person disclosing that images of them are being misused",
       r"\b(?:i|i'?ve|i have)\b.{0,20}\b(?:sent|shared|gave|posted)\b.{0,40}\b(?:", PICTURE,
       r")\b.{0,80}\b(?:", THREAT, r")\b"),
    _r("S1", "is a young person disclosing that images of them are being misused",
       r"\b(?:fake|deepfake|edited|ai|nude|naked|photoshopped)\b.{0,40}\b(?:", PICTURE,
       r")?\b.{0,20}\bof me\b"),
    _r("S1", "is a young person disclosing that images of them are being misused",
       r"\b(?:blackmail\w*|sextort\w*|extort\w*|threaten\w*)\b.{0,20}\b(?:me|i'?m being|im being)\b"),
    _r("S1", "is a young person disclosing that images of them are being misused",
       r"\b(?:i'?m|i am|im) being (?:blackmailed|sextorted|extorted|threatened|groomed)\b"),
    # "How do I stop my brother? He's 24 and I found searches about kids": stopping someone else
    _r("S2", "is worried about someone else's behaviour towards children",
       r"^(?=.*\b(?:", MINOR, r"|young (?:girls?|boys?|teens?|people)|underage|abuse)\b)"
       r"(?=.*\bhow (?:do|can|should|could) (?:i|we) (?:stop|confront|deal with|handle) (?:my|our) ", KIN_AGE,
       r"(?!son\b)(?:", RELATION, r")\b)"),
    _r("S2", "is worried about someone else's behaviour towards children",
       r"\b(?:found|saw|seen|discovered|noticed|came across|stumbled on)\b.{0,80}\b(?:on|in) "
       r"(?:my|his|her|their|a|the) (?:", RELATION, r")'?s?\b.{0,20}\b(?:laptop|phone|computer|pc|"
       r"tablet|ipad|account|drive|hard drive|browser|history|search history|messages|files|camera|cloud)\b"),
    _r("S2", "is worried about someone else's behaviour towards children",
       r"\b(?:i think|i suspect|i'?m worried|i am worried|im worried|worried that|concerned that|"
       r"scared that|what if|i found out)\b.{0,40}\b(?:my|our|a|the) ", KIN_AGE, r"(?:", RELATION, r")\b.{0,80}\b"
       r"(?:looking at|looks at|downloading|downloads|viewing|views|watching|watches|making|makes|make|"
       r"using ai|generating|generates|creating|creates|talking to|talking with|chatting (?:to|with)|sexting|"
       r"collecting|sharing|shares|grooming|messaging|messages|abusing|abuses|touching|interested in|"
       r"attracted to|taking (?:pictures|photos)|has (?:pictures|photos|images))\b"),
    _r("S2", "is worried about someone else's behaviour towards children",
       r"\bmy ", KIN_AGE, r"(?:", RELATION, r")\b.{0,120}\b(?:found|saw|seen|discovered|noticed|came across)\b.{0,60}\b(?:on|in) "
       r"(?:his|her|their) (?:laptop|phone|computer|pc|tablet|ipad|hard drive|account|browser|search history|"
       r"camera|cloud|screen|monitor|desktop)\b"),
    _r("S2", "is worried about someone else's behaviour towards children",
       r"\bmy ", KIN_AGE, r"(?:", RELATION, r")\b.{0,60}\b(?:looks at|views|downloads|watches|collects|shares|"
       r"makes|creates|generates|is looking at|has been looking at|has been making|was making|downloaded|viewed|"
       r"(?:'s|has|had|might|may|could|must) be(?:en)? (?:looking at|making|downloading|viewing|watching|collecting|"
       r"sharing|generating|creating)|is downloading|is viewing|is watching|is collecting|is sharing|"
       r"(?:keeps|is|was|has been) (?:using|making|sharing|sending)|uses|used|"
       r"watched|collected|shared|made|created|generated|saved|looked at)\b.{0,60}\b"
       r"(?:", MINOR, r"|csam|cp|abuse (?:images|material|content)|illegal (?:images|content)|(?:this|that) (?:kind of )?"
       r"(?:ai )?stuff)\b"),
    _r("A4", "is a parent, carer or teacher dealing with an incident",
       r"\b", OWN_CHILD, r"\b.{0,80}\b(?:fake|faked|deepfake|deepfaked|nude|nudes|naked|nudif\w*|"
       r"undress\w*|blackmail\w*|sextort\w*|extort\w*|threaten\w*|groom\w*|shared|sharing|going round|"
       r"circulat\w*|posted|edited|photoshopped|manipulated|leaked|pictures? of|photos? of|images? of)\b"),
    # "Someone sent me a link they say is AI abuse material: should I open it before reporting?"
    _r("A4", "has been sent or has come across what may be abuse material",
       r"^(?!.*\b(?:", COVERAGE, r"|reports? (?:on|about)|docs?)\b)"
       r"(?:.*\b(?:someone|somebody|a (?:guy|man|woman|person|stranger|friend|contact|group)|he|she|they|people)\b.{0,20}\b"
       r"(?:sent|forwarded|shared|dm'?d|messaged|posted)\b (?:me|us|it to me|(?:it )?in (?:my|our|a) (?:group|chat|dms?))"
       r"|.*\b(?:i|we) (?:was|were|have been|'ve been|got|just got|received|came across|stumbled (?:on|across)|found)\b)"
       r".{0,80}\b(?:csam|cp|"
       r"child porn|(?:child |children |kids? )?(?:sexual )?abuse (?:images?|imagery|material|content|videos?)|"
       r"(?:images?|pictures?|videos?) of (?:children|kids|minors) being abused)\b", message="FOUND"),
    _r("A4", "is a victim dealing with images of them",
       r"\b(?:survivor|victim)\b.{0,60}\b(?:", PICTURE, r"|material|content) (?:of|showing) me\b"),
    _r("A4", "is a parent, carer or teacher dealing with an incident",
       r"\b(?:a|an|one of (?:my|our)|our|my)\s(?:year \d+ |year-\d+ |\d+ year old |older |younger )?(?:boy|girl|pupil|"
       r"student|child|kid|teen)s?\b.{0,20}\b(?:made|created|generated|shared|posted|sent round|circulated|is making|is sharing)"
       r"\b.{0,20}\b(?:deepfake|fake|nude|naked|ai|explicit|sexual)\b.{0,30}\bof (?:(?:other |several |some |two |three |"
       r"female |male )?(?:pupils|students|classmates|staff|teachers|girls|boys|children|kids)|a (?:classmate|pupil|teacher|"
       r"girl|boy))\b"),
    _r("S2", "is worried about an adult's behaviour towards a child",
       r"\b(?:[5-9]|1[0-7])[ -]?(?:years?[ -]old|yo|y/o)\b.{0,60}\b(?:is |was |has been |keeps )?(?:talking to|dating|"
       r"seeing|going out with|messaging|chatting (?:to|with)|meeting|in a relationship with|sleeping with)\b.{0,15}"
       r"\b(?:a |an )?(?:(?:[2-9]\d|1[89])[ -]?(?:years?[ -]old|yo|y/o)|grown|older|adult)\b"),
    _r("A4", "is a parent, carer or teacher dealing with an incident",
       r"\b", OWN_CHILD, r"'?s? face\b.{0,30}\b(?:put|pasted|stuck|swapped|added|used|edited|placed)\b"),
    _r("A4", "is a parent, carer or teacher dealing with an incident",
       # a few urgent words: "sextortion my kid. help"
       r"^(?=\S+(?: \S+){0,7}$).*\b(?:sextort\w*|blackmail\w*|extort\w*|deepfaked?|nudified)\b.{0,20}\b", OWN_CHILD, r"\b"),
    _r("S2", "is worried about an adult's behaviour towards a child",
       r"\b(?:asked|asks|told|tells|invited|invites|wants|wanted|keeps asking|offered|sent|messaged|texted|dm'?d)\b (?:",
       OWN_CHILD, r"|my (?:little )?(?:boy|girl))\b.{0,60}\b(?:not (?:to )?tell|don'?t tell|keep (?:\w+ ){0,2}secrets?|"
       r"keep (?:this|it|that|things) (?:just )?between (?:us|you and me|the two of you|ourselves)|our (?:little )?secret|"
       r"alone|on (?:his|her|their) own|"
       r"without (?:me|us|telling)|meet (?:him|her|them|up))\b"),
    _r("A4", "is a parent, carer or teacher dealing with an incident",
       r"\b(?:fake|faked|deepfake|ai|nude|naked|edited|explicit)\b.{0,40}\b(?:", PICTURE, r")\b.{0,30}\bof "
       r"(?:", OWN_CHILD, r"|a (?:pupil|student|child|girl|boy) (?:at|in) (?:my|our) (?:school|class))\b"),
    _r("A4", "is a parent, carer or teacher dealing with an incident",
       r"\b(?:a|one of (?:my|our)|my|our)\s?(?:pupil|pupils|student|students|child|kid|son|daughter)\b.{0,40}\b"
       r"(?:is being|has been|was|got|are being|have been)\s(?:sextorted|blackmailed|extorted|threatened|"
       r"groomed|targeted|deepfaked|nudified)\b"),
    _r("A4", "is a parent, carer or teacher dealing with an incident",
       r"\bwhat (?:do|should|can) (?:i|we|parents|teachers|schools)\b.{0,20}\bdo\b.{0,30}\b(?:if|when|now)\b"
       r".{0,60}\b(?:sextort\w*|blackmail\w*|extort\w*|fake nude|deepfake|nude (?:image|photo|picture)s?|"
       r"image (?:is|was|has been) (?:shared|posted|misused))\b"),
    # -- children's own words: a threat to share, pressure to send or keep secrets, screenshots
    _r("S1", "is a young person disclosing a threat to share images of them",
       r"\b(?:someone|somebody|a (?:guy|man|boy|girl|person|stranger)|an? (?:older|adult|grown|old) \w+|he|she|they|"
       r"this (?:guy|man|person|account|boy|girl)|my (?:ex|boyfriend|girlfriend|friend|classmate))\b.{0,60}\b(?:will|'ll|"
       r"is going to|are going to|going to|gonna|threaten\w* to|says? (?:he|she|they) (?:will|'ll|would)|said (?:he|she|"
       r"they)(?:'d| would| will|'ll))\s?\b(?:send|share|post|show|leak|spread|upload|expose|tell)\b.{0,50}(?:\b(?:unless|"
       r"if) (?:i|you|he|she|they|we)\b|\b(?:everyone|every one|my (?:parents|mum|mom|dad|friends|family|school|class)|"
       r"the (?:school|internet|group chat)|online|the pics? i sent|(?:my|the|", OWN_CHILD, r"'s) (?:", PICTURE, r")))"),
    _r("S1", "is a young person disclosing that someone is pressuring them",
       r"\b(?:someone|somebody|a (?:guy|man|boy|girl|person|stranger|teacher|coach)|an? (?:older|adult|grown|old) \w+|"
       r"he|she|they|this (?:guy|man|person|account)|my (?:ex|boyfriend|girlfriend|coach|teacher|tutor|uncle|step-?dad|"
       r"stepfather|neighbou?r|cousin))\b.{0,60}\b(?:wants|wanted|asks|asked|asking|keeps asking|kept asking|told|tells|"
       r"telling|pressur\w*|makes|made|forc\w*|begg\w*|persuad\w*|convinc\w*|tried to get|trying to get|tries to get|"
       r"dared)\b (?:me|us)\b(?: to)?.{0,20}\b(?:keep (?:\w+ ){0,2}secret|send (?:him|her|them|more)? ?(?:a |some |more )?"
       r"(?:nude |naked |private )?(?:", PICTURE, r")|not (?:to )?tell|meet (?:him|her|them|up)|video ?call|delete (?:the |"
       r"our )?(?:messages|chats)|take (?:my )?(?:clothes|top) off|for (?:pics|pictures|photos|nudes|more))"),
    _r("S1", "is a young person who has seen a classmate's image shared",
       r"\b(?:someone|somebody|some ?one|a (?:boy|girl|guy|kid|person)|people|they|he|she)\b (?:in|on|from) (?:my|our|the) (?:group "
       r"chat|class|school|year|snapchat|instagram|discord|team)\b.{0,30}\b(?:posted|shared|sent|is sharing|are sharing|sent round|"
       r"airdropped|put up|leaked)\b.{0,20}\b(?:a |an |some |the )?(?:nude|nudes|naked|explicit|fake|deepfake)\b"),
    _r("S1", "is a young person disclosing that someone is asking them to keep secrets",
       r"\b(?:someone|somebody|a (?:guy|man|boy|girl|person|stranger|teacher|coach)|an? (?:older|adult|grown|old) \w+|"
       r"he|she|they|this (?:guy|man|person|account)|my (?:", RELATION, r"))\b.{0,40}\b(?:says|said|saying|tells|told|telling|keeps "
       r"saying|keeps telling|always says)\b (?:me |us |her |him |my \w+ )?(?:that )?(?:i|we|she|he)?\b.{0,40}\b(?:not (?:to )?"
       r"tell|don'?t tell|keep (?:\w+ ){0,2}secret|(?:our|their|a) (?:little )?secret|it'?s (?:a |our |their )?secret|can trust "
       r"(?:him|her|them)|no one (?:needs|has) to know|delete (?:the |our )?(?:messages|chats))\b"),
    _r("S1", "is a young person disclosing that images of them are being misused",
       r"\b(?:screenshotted|screenshot|screenshoted|screen-?recorded|recorded|saved|kept|leaking|leaked|spreading|"
       r"sending round|passing round)\b.{0,15}\b(?:my|all my|some of my)\b (?:private |personal )?(?:", PICTURE,
       r"|snapchats?|story|stories|video call|facetime)\b"),
    # -- adults worried about another adult: grooming signs, being shown material
    _r("S2", "is worried about an adult's behaviour towards a child",
       r"\b(?:(?:my|our|a|an|the|one|another|his|her) (?:[\w-]+'s )?(?:",
       r"(?:grown |older |adult |old |strange |random |\d{2}[- ]?year[- ]?old )?(?:football |swimming |dance |music |"
       r"maths |math |piano |karate |gym |drama |scout |youth |sports |private |new )?(?:", RELATION, r"|colleague|coworker|co-worker|member of staff|"
       r"staff member|parent|adult|man|woman|volunteer|leader|guy|user|member|account|player|streamer)|"
       r"dad|father)|(?:a|the) (?:man|woman|guy|person) (?:i|we) (?:know|work with|live with))\b.{0,40}\b(?:keeps?|kept|"
       r"is always|always|often|constantly|has been|keeps on|is|was)\b ?(?:\w+ )?(?:giving|buying|messaging|texting|"
       r"dming|contacting|asking|taking|driving|meeting|calling|following|friending|adding|inviting|touching|"
       r"photographing|filming|spending time)\b.{0,50}\b(?:", MINOR, r"|(?:my|our|his|her) (?:little |younger )?"
       r"(?:brother|sister|cousin)|pupils?|students?|the (?:boys|girls|kids|children|players|team)|them|her|him)\b"
       r"(?=.{0,120}\b(?:gifts?|presents?|money|privately|in private|secret\w*|alone|late at night|social media|"
       r"private(?:ly)? messag\w*|private chats?|private rooms?|(?:their|his|her) ages?|dms?|snapchat|whatsapp|away|"
       r"without (?:their|the) parents)\b)"),
    _r("S2", "is worried about someone else's behaviour towards children",
       r"\b(?:shows|showed|showing|sends|sent|shares|shared|sharing)\b (?:me|us|people|others|everyone|them)\b.{0,30}"
       r"\b(?:", PICTURE, r"|material|content|stuff)\b.{0,15}\bof (?:", MINOR, r")\b"),
    # -- worried about themselves: "people like me", having made images, viewing habits
    _r("S3", "is worried about their own thoughts or behaviour towards children",
       r"\b(?:people|someone|somebody|men|women|a person|anyone) like me\b.{0,40}\b(?:attracted|drawn|thoughts|urges|"
       r"feelings|interest|fantasi\w*)\b.{0,30}\b(?:to|about|towards|for|by|in)\b.{0,20}\b(?:", MINOR,
       r"|younger (?:people|ones))\b"),
    _r("S3", "made images of children and is asking for help",
       r"^(?!.*\bhelp me (?:make|create|generate|hide|share|get|find|improve)\b).*\bi\b.{0,30}\b(?:made|make|"
       r"generated|generate|created|create|used \w+(?: \w+)? to (?:make|create|generate))\b.{0,50}\b(?:", MINOR,
       r")\b(?=.{0,120}\b(?:stop|help|worried|scared|ashamed|guilty|disgusted|can'?t sleep|regret|hate myself|sick|"
       r"wrong|therapy|therapist|talk to|someone to talk)\b)"),
    _r("S3", "asks whether help for their own thoughts or viewing is confidential",
       r"\b(?:tell|talk to|call|contact|ring|see|speak to)\b (?:a |the |my |an? )?(?:helpline|therapist|counsell?or|doctor|gp|"
       r"psychologist|psychiatrist|stop it now|support line)\b.{0,80}\b(?:report (?:me|it)|pass (?:it|that|this|them) (?:on|to)|"
       r"tell the police|police|confidential\w*|get (?:me )?in trouble|arrested)\b"),
    _r("S3", "is worried about their own viewing habits",
       r"\bmy (?:own )?(?:viewing|porn|pornography|searching|search|browsing|internet|online) (?:habits?|history|use|"
       r"searches|behaviou?r|addiction)\b.{0,80}\b(?:", MINOR, r"|illegal|dark|wrong|abuse|worse|escalat\w*|younger)\b"),
    # -- incidents told without "my": a school's or a teacher's report of what has happened
    _r("A4", "is a parent, carer or teacher dealing with an incident",
       r"^(?!.*\b(?:according to|how many|how much|statistics|percent|survey|study)\b)"
       r"(?=.*\b(?:just|today|yesterday|this (?:morning|week)|right now|has told|told (?:me|us|staff)|called|rang|phoned|"
       r"emailed|contacted|informed|reported|found out|discovered|noticed|learn[et]d?|we|our|i'?m|i teach|what (?:do|should|can) (?:i|we)|how (?:do|should) (?:i|we) (?:handle|respond|"
       r"deal))\b)(?=.*\b(?:pupils?|students?|classmates?|girls|boys|children|kids|", MINOR, r")\b)"
       r"(?=.*\b(?:fake|faked|deepfake\w*|nude\w*|naked|nudif\w*|undress\w*|explicit|sexual\w*|(?:turned|made) into ai)\b)"
       r".*\b(?:have been|has been|were|was|are being|is being|got|are|is)\b (?:\w+ )?(?:edited|turned|made|nudified|"
       r"scraped|"
       r"faked|photoshopped|manipulated|deepfaked|shared|posted|passed (?:round|around)|sent (?:round|around)|"
       r"circulated|circulating|going (?:round|around)|spread|leaked|uploaded)\b"),
    # Where to report material someone has come across is help with an incident: the reporting routes of the help
    # directory are the answer ("fine, then how do I report a site that has it?", "report ai child abuse image
    # australia"). Reporting *on* the subject (news, studies) is not this.
    _r("A4", "wants to report abuse material they have come across",
       r"^(?!.*\b(?:", COVERAGE, r"|journalists?|reporters?|my (?:own )?(?:collection|stash))\b)"
       r".*(?:\b(?:how|where|who)\b (?:do|can|should|would|could) (?:i|we|you|one|people|someone|parents|teachers)(?: \w+)? "
       r"report\b|\b(?:how|where) (?:\w+ )?to report\b|^report\b)"
       r"(?=\S*(?: \S+){0,12}$).{0,60}\b(?:csam|cp|child porn|(?:child |children |kids? )?(?:sexual )?abuse (?:images?|"
       r"imagery|material|content|pics?|videos?)|(?:sites?|websites?|links?|pages?|accounts?|servers?|channels?|groups?|chats?) "
       r"(?:that|which) (?:has|have|had|hosts?|shares?|shows?|posts?|is sharing|are sharing) (?:it|them|this|that|those|these|"
       r"csam|cp|abuse|child|children|kids|ai))\b", message="FOUND"),
    # "I came across AI images of children by accident on a forum. How do I report it without getting into trouble?"
    _r("A4", "wants to report abuse material they have come across",
       r"\b(?:i|we) (?:came across|found|stumbled (?:on|across|upon)|saw|was sent|were sent|got sent|received)\b.{0,40}\b"
       r"(?:images?|pictures?|pics|photos?|videos?|content|material)\b.{0,20}\bof (?:children|kids|minors|a child|a kid|"
       r"young (?:girls|boys|children))\b(?=.{0,100}\breport)", message="FOUND"),
    # "My wife's brother was arrested over AI images of children. Should I worry about him being around our kids?"
    _r("S2", "is worried about someone else's behaviour towards children",
       r"\bmy (?:[\w-]+'s )?", KIN_AGE, r"(?:", RELATION, r")\b.{0,80}\b(?:was|has been|got|is being|'s been|had been|"
       r"been) (?:arrested|charged|convicted|investigated|cautioned|caught|questioned|raided)\b.{0,40}\b(?:images?|"
       r"pictures?|photos?|videos?|material|content|csam|cp|abuse|children|kids|minors)\b"),
    # "My ex is threatening to make deepfakes of our daughter to get back at me."
    _r("A4", "is a parent, carer or teacher dealing with an incident",
       r"\bmy ", KIN_AGE, r"(?:", RELATION, r")\b.{0,30}\bthreaten\w* to (?:make|create|share|post|send|spread|leak)\b"
       r".{0,40}\b(?:deepfakes?|fakes?|nudes?|images?|pictures?|photos?|videos?)\b.{0,20}\bof ", OWN_CHILD, r"\b"),
    # "My elderly father's tablet has AI pictures of kids on it. I don't want him arrested but I can't ignore it."
    _r("S2", "has found material on someone else's device",
       r"\bmy (?:\w+ )?", RELATION, r"'s (?:tablet|phone|computer|laptop|pc|ipad|device|hard drive|drive|account|browser|"
       r"cloud|camera)\b.{0,30}\b(?:has|had|contains|contained|is full of|was full of|showed|shows)\b.{0,40}\b(?:pictures?|"
       r"images?|photos?|pics|videos?|material|content|stuff)\b.{0,15}\bof (?:kids|children|minors|a child|young (?:girls|"
       r"boys|children)|girls|boys)\b"),
    # "My niece says a man from a game asked her to keep their chats secret. What should I do?"
    # (a past event, not "what should I say if my child tells me someone asked them to keep a secret?")
    _r("S2", "is worried about an adult's behaviour towards a child",
       r"^(?!.*\b(?:if|ever|in case|whenever)\b).*\b", OWN_CHILD, r"\b.{0,60}\b(?:someone|somebody|(?:a|an|some|this|"
       r"that|the) (?:\w+ )?(?:man|guy|adult|person|stranger|woman|coach|teacher|tutor|neighbou?r|player|gamer|account|"
       r"user)|he|she|they)\b.{0,40}\b(?:asked|told|wanted|keeps asking|kept asking|is asking|has asked|has been "
       r"asking)\b (?:her|him|them)\b.{0,30}\b(?:not (?:to )?tell|don'?t tell|"
       r"keep (?:\w+ ){0,3}secret|keep (?:this|it|that|things) (?:just )?between|our (?:little )?secret|meet (?:up|him|her))\b"),
    # -- (blind batch 23) --
    # "she's 12 and an adult she met online keeps saying she's really mature for her age and that they have a
    # special secret. what should she do": a young person telling about a friend (never the asker's own plan)
    _r("S1", "is a young person telling about an adult grooming them or a friend",
       r"^(?!.*\b(?:how (?:do|can|could|should|would) (?:i|we)|should i|can i|help me|i want|i'?d like)\b).*\b(?:an? (?:adult|"
       r"man|guy|woman|older (?:man|guy|person|boy|girl)|grown-?up|stranger)|someone (?:older|online)|some (?:adult|man|"
       r"guy))\b.{0,60}\b(?:keeps? (?:saying|telling)|says?|said|told|tells)\b.{0,40}\b(?:(?:she'?s|he'?s|they'?re|"
       r"you'?re|i'?m|she is|he is) (?:really |so |very |super )?mature for|(?:a |our |their )?(?:special|little) secret)\b"),
    # "Is there confidential help in Germany for people who are attracted to children but never want to offend?"
    _r("S3", "asks where people attracted to children can get help",
       r"\b(?:help|support|therapy|treatment|counsell?ing|someone to talk to|helplines?|services?)\b.{0,40}\b(?:for )?"
       r"(?:people|men|women|someone|somebody|anyone|those|a person|adults?)\b (?:who (?:are|feel|is|feels) |who'?re |"
       r"that (?:are|feel) )?(?:attracted to|drawn to|with (?:sexual )?(?:thoughts|feelings|urges) (?:about|towards)) "
       r"(?:children|kids|minors|young (?:children|kids))\b"),
    # -- (blind batch 26) --
    # "I looked at AI images I should not have looked at. I'm ashamed. Is there someone to talk to confidentially?"
    _r("S3", "is worried about images they looked at or made",
       r"\bi\b.{0,20}\b(?:looked at|viewed|watched|downloaded|saved|made|generated)\b.{0,40}\b(?:images?|pictures?|videos?|"
       r"content|stuff)\b.{0,40}\b(?:i )?(?:should ?n'?t|should not|wasn'?t supposed to)\b"
       r"(?=.{0,120}\b(?:ashamed|scared|worried|help|talk|confidential\w*|stop|guilty|disgusted)\b)"),
)
