"""Text indicator categories of grooming (``docs/indicators.md``) and a fast phrase matcher.

Each category is a list of phrases in a tiny pattern language over *normalised* text
(see `model.normalize`):

- words separated by spaces must follow each other: ``how old are you``
- ``a|b|c`` is one word out of several: ``are|is your mom|dad home``
- ``[a|b]`` is an optional word: ``send [me] [a|some] picture``
- ``*`` is any one word, ``#`` any number, ``_`` joins a multi-word alternative (``do_not``)

Each phrase compiles to one regular expression and gets an *anchor*: its first required slot that holds
no common word. A message is only searched with a phrase when it contains one of the phrase's anchor
words (one set intersection per message), which keeps matching far below a millisecond for a
50-message conversation instead of running hundreds of alternations over every message.

The ids here are part of the public contract (they appear in responses' ``indicators``); the ids of the
metadata risk factors are listed in `model.features`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

AGE_PROBING = "AGE_PROBING"
PARENT_CHECK = "PARENT_CHECK"
SECRECY = "SECRECY"
TRUST_FLATTERY = "TRUST_FLATTERY"
GIFTS = "GIFTS"
IMAGE_REQUEST = "IMAGE_REQUEST"
PLATFORM_MIGRATION = "PLATFORM_MIGRATION"
MEETING_PROPOSAL = "MEETING_PROPOSAL"
SEXUAL_CONTENT = "SEXUAL_CONTENT"
PRESSURE_THREAT = "PRESSURE_THREAT"

#: Text indicator categories in a fixed order (the order of feature columns).
CATEGORIES: tuple[str, ...] = (
    AGE_PROBING,
    PARENT_CHECK,
    SECRECY,
    TRUST_FLATTERY,
    GIFTS,
    IMAGE_REQUEST,
    PLATFORM_MIGRATION,
    MEETING_PROPOSAL,
    SEXUAL_CONTENT,
    PRESSURE_THREAT,
)

#: Grooming stage of each category (O'Connell 2003, simplified): 1 friendship/relationship forming,
#: 2 risk assessment, 3 exclusivity/isolation, 4 sexual stage, 5 approach/conclusion.
STAGE: dict[str, int] = {
    TRUST_FLATTERY: 1,
    GIFTS: 1,
    AGE_PROBING: 2,
    PARENT_CHECK: 2,
    SECRECY: 3,
    PLATFORM_MIGRATION: 3,
    SEXUAL_CONTENT: 4,
    IMAGE_REQUEST: 4,
    PRESSURE_THREAT: 4,
    MEETING_PROPOSAL: 5,
}

_PARENT = "mom|dad|parents|stepdad|stepmom|grandma|grandpa|family|brother|sister|aunt|uncle|guardian"
_APPS = (
    "snapchat|kik|skype|whatsapp|instagram|discord|telegram|yahoo|msn|aim|facebook|myspace|email|"
    "wickr|signal|viber|line|tiktok|twitter|hangouts|messenger|icq|oovoo|webcam|facetime|text|cell|phone"
)
_MESSENGERS = (
    "snapchat|kik|skype|whatsapp|instagram|discord|telegram|yahoo|msn|aim|facebook|myspace|wickr|"
    "signal|viber|tiktok|twitter|hangouts|messenger|icq|oovoo"
)
_PICTURE = "picture|pictures|photo|photos|selfie|selfies|nude|nudes|video|videos|pix|image|images|webcam"
_BODY = (
    "cock|dick|penis|pussy|vagina|boobs|boob|tits|titties|breasts|nipples|nipple|clit|cum|cumming|"
    "orgasm|booty|dildo|vibrator|erection|boner"
)

PHRASES: dict[str, Sequence[str]] = {
    AGE_PROBING: (
        "how old are you",
        "how old r you",
        "how young are you",
        "asl",
        "asl ?",
        "a s l",
        "age ?",
        "what_is|whats your age",
        "your age ?",
        "what grade are|r you [in]",
        "which grade are you [in]",
        "what grade ?",
        "are you in middle|junior school|high",
        "do you go to middle|junior school|high",
        "are you still in school",
        "what year were you born",
        "are you over|under 18|16|21 ?",
        "are you legal",
        "are you a minor",
        "are you really # ?",
        "are you # ?",
        "you are # ?",
        "your # ?",
        "you # ?",
        "you look young|younger",
        "m or f",
        "m|f ?",
        "boy or girl",
        "male or female",
        "are you a boy|girl|guy ?",
        "where do you live",
        "where you live ?",
        "what state|city|town do you live",
        "what state|city|town are you [in|from]",
    ),
    PARENT_CHECK: (
        f"are|is your {_PARENT} home|there|around|gone|awake|asleep|away|working|back|sleeping",
        f"where is|are your {_PARENT} ?",
        f"your {_PARENT} at work|home ?",
        f"your {_PARENT} asleep|gone|away",
        "are you home alone",
        "are you alone",
        "you alone ?",
        "home alone",
        "by yourself ?",
        "anyone|anybody|somebody|someone else home|there|around ?",
        "is anyone home",
        f"when does|do|will your {_PARENT} get|come|leave|go home|back|out|to",
        f"what time does|do|will your {_PARENT}",
        f"do|does your {_PARENT} check|read|look|monitor your",
        f"do|does your {_PARENT} know [about] you|u|this|that|about",
        f"will your {_PARENT} know|find|check",
        f"does your {_PARENT} let you",
        "who is home",
        "who else is home",
        "who do you live with",
        "is this your own phone|computer|laptop",
        "do you have your own phone|computer|room|laptop",
        "does anyone read|check|see your messages|texts|phone|computer|chats",
        f"is your {_PARENT} strict",
        "can you sneak out",
        f"your {_PARENT} wont|will_not|dont|doesnt know|find|care|mind",
        f"when do your {_PARENT} work",
        f"your {_PARENT} work late|nights",
    ),
    SECRECY: (
        "dont|do_not|never tell anyone|anybody|no_one|nobody|people",
        f"dont|do_not|never tell your {_PARENT}|friends|teacher",
        "our [little] secret",
        "keep it|this|us|that secret",
        "keep it|this|us|that between us",
        "keep it|this|us|that quiet|private",
        "between you and me",
        "just between us",
        "delete|erase|clear [the|this|these|our|your|all|those] chat|chats|messages|texts|history|logs",
        "delete|erase|clear [the|this|these|our|your|all|those] conversation|conversations|convo|convos",
        "no_one|nobody can|has|needs|will|should|must know",
        f"dont|do_not let your {_PARENT}|anyone know|see|find",
        "if your|anyone|they find|found out",
        "if your mom|dad|parents find|found|finds out",
        "get|go in|to trouble|jail|prison",
        "i could|would|will get|go in|to trouble|jail|prison",
        "are you a cop|police|fed|undercover",
        "you arent|are_not a cop|police",
        "this is a setup|sting|trap",
        "i wont tell",
        "i will not tell",
        "nobody has to know",
        "it will be our secret",
        "no one will know",
        "where no_one|nobody|noone [can|will] see|sees|notices",
    ),
    TRUST_FLATTERY: (
        "mature for your age",
        "you are|seem|sound so|very|really mature|special",
        "you are|your so|very|really pretty|cute|hot|sexy|beautiful|gorgeous|adorable",
        "you are pretty|cute|hot|sexy|beautiful|gorgeous|adorable|mature|special|perfect",
        "you look pretty|cute|hot|sexy|beautiful|gorgeous|older|mature",
        "such a cutie|sweetie|angel|princess|beauty",
        "i understand you",
        "no_one|nobody understands you|gets you",
        "you can tell me anything",
        "i care about you",
        "i love you",
        "i miss you",
        "i missed you",
        "i really like you",
        "you are my baby|angel|princess|girl|sweetheart|love",
        "my baby|angel|princess|sweetheart|beautiful|sexy",
        "always here for you",
        "special to me",
        "i think about you",
        "thinking about you",
        "dream about|of you",
        "wish you were here|older",
        "you make me happy",
        "age is just a number",
        "age doesnt|does_not matter",
        "older guys|men",
        "sexy girl|lady|thing",
        "hey sexy|beautiful|cutie|gorgeous|baby|babe",
    ),
    GIFTS: (
        "ill|i_will|i_can|i_could|let_me|id buy you",
        "ill|i_will|i_can|i_could|let_me|id send|give you money|cash|gift",
        "buy you a|some|something|anything|new|clothes|stuff|presents|gifts|phone|it|whatever",
        "gift card|cards",
        "giftcard|giftcards",
        "robux",
        "vbucks",
        "v bucks",
        "game codes|code",
        "nitro",
        "free skins|items|coins|gems",
        "send|give you money|cash",
        "paypal|cashapp|venmo|zelle",
        "cash app",
        "i will|ill pay for|you",
        "a present for you",
        "buy you",
        "spoil you",
        "take you shopping",
        "bring you a|some|something",
        "do you drink|smoke",
        "want some alcohol|beer|weed|vodka|liquor|booze|cigarettes",
        "bring|get|buy alcohol|beer|weed|vodka|liquor|booze|cigarettes|wine|condoms",
    ),
    IMAGE_REQUEST: (
        f"send [me] [a|an|some|more|another|your|the|that|those|any|sexy|naked|nude] {_PICTURE}",
        f"can|could|may i see|have|get [a|an|some|more|another|your] {_PICTURE}",
        f"do you have [a|an|any] {_PICTURE}|webcam",
        f"got [a|an|any] {_PICTURE}|webcam ?",
        f"any {_PICTURE} ?",
        f"{_PICTURE} of you|yourself",
        f"your {_PICTURE} ?",
        "turn|put|get on [your|the] webcam",
        "on webcam ?",
        "webcam to webcam",
        "webcam chat|show",
        "show me your|yourself|some|it|them|more",
        "let me see your|it|them|more|you",
        "i want to see your|you|it|them|more",
        "want to see you ?",
        "can i see you|your|it|them|more",
        "video chat|call",
        "facetime",
        "strip for me",
        "what are you wearing",
        "what you wearing",
        "take off your",
        "in your bra|underwear|panties|bikini",
        "flash me",
        "take a picture|pic|photo of you|yourself|your",
    ),
    PLATFORM_MIGRATION: (
        f"add me on|to [my] {_APPS}",
        f"my|your {_MESSENGERS} is|name|id|username|account",
        f"whats|what is your {_APPS}|number|email|sn|screenname|addy|username",
        "give|send me your number|cell|phone|email|addy|sn",
        "text me at",
        "i_will|ill|i_can|can_i|could_i|let_me call|text you",
        "call me at|sometime|tonight|later ?",
        "can i have your number|cell",
        "your phone number|cell number",
        "my phone number|cell number",
        f"lets|we_can|we_could|we_should|want_to talk|chat|move on|to|over {_APPS}",
        f"do you have [a] {_APPS}",
        f"are you on {_APPS}",
        f"im|i_am on {_APPS}",
        "pm me",
        "private message|chat|room",
        "message me",
        "dm me",
        "inbox me",
        f"download {_APPS}",
        "another app",
        "different app",
        "other app",
    ),
    MEETING_PROPOSAL: (
        "can|could|should|shall we meet|hook|hang",
        "want to meet|hook|hang|see each",
        "want to get together",
        "meet you somewhere|sometime|tonight|tomorrow|soon|irl|there",
        "meet up sometime|tonight|tomorrow|soon",
        "meet in person",
        "meet me at|in|tonight|tomorrow|somewhere",
        "see you in person",
        "meet face to face",
        "ill|i_will|i_can|i_could|let_me|id pick you up",
        "pick you up",
        "you come over",
        "come to my|your house|place|room",
        "come see you|me",
        "can i come over",
        "want to come over",
        "drive you home|somewhere",
        "drive to your|see",
        "visit you",
        "what_is|whats your address",
        "your address ?",
        "where is your house",
        "my place|house|apartment tonight|tomorrow|later|sometime",
        "get a hotel|motel|room",
        "hotel|motel room",
        "sneak out",
        "sneak me in",
        "spend the night",
        "stay the night",
        "when can i|we see|meet",
        "im|i_am parked|waiting outside",
        "im outside your",
        "on my way",
        "where do|should we meet",
        "take you out|somewhere",
        "go on a date",
        "date with me",
        "how far are you from",
        "how far away are you",
        "what are you doing tonight|tomorrow|later",
        "are you free tonight|tomorrow|later|this",
    ),
    SEXUAL_CONTENT: (
        "sex",
        "sexy",
        "horny",
        "naked",
        "nude",
        "nudes",
        "cyber ?",
        "want to cyber",
        "cybersex",
        "virgin",
        "a virgin",
        "masturbate",
        "masturbating",
        "jerk|jack off",
        "jerking|jacking off",
        "blowjob",
        "blow job",
        "bj",
        "oral",
        "condom|condoms",
        "panties",
        "thong",
        "lingerie",
        "undress",
        "make love",
        "making love",
        "get|gets|got laid",
        "turn me|you on",
        "turns me|you on",
        _BODY,
        "touch|lick|suck|kiss|rub|feel your|my body|neck|lips|breasts|chest|legs|thighs|tongue",
        "touch|touching|lick|licking|suck|sucking|rub|rubbing|kiss|kissing you|me|yourself|myself|them",
        "are you wet|hard",
        "make you wet|cum|moan",
        "get hard",
        "so wet",
        "have you ever had sex",
        "have you ever been touched|kissed|fingered|licked",
        "have you ever done it|anything",
        "ever done it",
        "have you ever seen a|one",
        "its|it_is normal|natural to|for",
        "everybody|everyone does it",
        "your first time ?",
        "spank|spanking",
        "bend you|over",
        "ride me",
        "fuck me|you|her",
        "fucking you|me",
        "take your clothes",
        "no clothes",
        "your underwear|bra",
        "in the shower with",
        "in bed with",
        "naughty",
        "cuddle|cuddling|snuggle|snuggling with",
        "wet for",
        "hard for you",
        "make out",
        "making out",
        "play with yourself",
        "69",
    ),
    PRESSURE_THREAT: (
        "or|otherwise ill|i_will|im_going_to tell|post|send|share|show|leak|expose",
        "ill|i_will post|send|share|show|leak|expose your|those|these pictures|pics|photos|nudes|video|secret",
        "you have|need|better|got to send|show|meet|answer|reply|listen",
        "you owe me",
        "if you dont|do_not|wont|will_not send|meet|show|answer|reply",
        "everyone will know|see",
        "ruin|ruining your life|reputation",
        "dont|do_not ignore me",
        "why are you ignoring me",
        "answer me",
        "prove you are|your real",
        "prove it",
        "you promised",
        "you said you would",
        "i know where you live|go",
        "do what i say",
        "you will regret",
        "last chance",
        "dont be a tease|scared|chicken",
    ),
}

#: Words too frequent to serve as anchors (an anchor should be rare in ordinary chat).
COMMON_WORDS = frozenset(
    [
        "you",
        "your",
        "are",
        "is",
        "i",
        "im",
        "me",
        "my",
        "a",
        "an",
        "the",
        "to",
        "do",
        "can",
        "we",
        "it",
        "of",
        "and",
        "on",
        "in",
        "at",
        "what",
        "how",
        "be",
        "will",
        "ill",
        "so",
        "that",
        "this",
        "have",
        "get",
        "want",
        "for",
        "with",
        "just",
        "not",
        "dont",
        "no",
        "yes",
        "ok",
        "lol",
        "if",
        "or",
        "up",
        "out",
        "all",
        "there",
        "here",
        "when",
        "where",
        "who",
        "why",
        "go",
        "come",
        "let",
        "us",
        "our",
        "he",
        "she",
        "they",
        "them",
        "him",
        "her",
        "his",
        "was",
        "were",
        "am",
        "would",
        "could",
        "should",
        "shall",
        "may",
    ]
)


@dataclass(frozen=True, slots=True)
class Phrase:
    category: int  # index into CATEGORIES
    source: str
    regex: re.Pattern[str]
    anchors: frozenset[str]


def _slot_regex(slot: str) -> tuple[str, bool, list[str]]:
    optional = slot.startswith("[") and slot.endswith("]")
    body = slot[1:-1] if optional else slot
    words = body.split("|")
    parts = []
    for word in words:
        if word == "*":
            parts.append(r"\S+")
        elif word == "#":
            parts.append(r"\d+")
        else:
            parts.append(re.escape(word.replace("_", " ")))
    return "(?:" + "|".join(parts) + ")", optional, words


_LEFT_BOUNDARY = "(?<= )"  # every phrase starts at a word (normalised text has a space before each word)


def compile_phrase(category: int, source: str) -> Phrase:
    """Compile one phrase of the pattern language; raises ValueError if it has no usable anchor."""
    pieces = []
    anchors: frozenset[str] | None = None
    for slot in source.split():
        regex, optional, words = _slot_regex(slot)
        pieces.append(f"(?:{regex} )?" if optional else f"{regex} ")
        usable = not optional and all(w not in COMMON_WORDS and w not in ("*", "#") and "_" not in w for w in words)
        if anchors is None and usable:
            anchors = frozenset(words)
    if anchors is None:
        raise ValueError(f"phrase {source!r} needs a required slot without common words")
    return Phrase(category, source, re.compile(_LEFT_BOUNDARY + "".join(pieces)), anchors)


def _compile_all() -> tuple[tuple[Phrase, ...], dict[str, tuple[Phrase, ...]]]:
    phrases = [compile_phrase(CATEGORIES.index(cat), src) for cat, srcs in PHRASES.items() for src in srcs]
    by_anchor: dict[str, list[Phrase]] = {}
    for phrase in phrases:
        for anchor in phrase.anchors:
            by_anchor.setdefault(anchor, []).append(phrase)
    return tuple(phrases), {k: tuple(v) for k, v in by_anchor.items()}


ALL_PHRASES, _BY_ANCHOR = _compile_all()
_ANCHOR_WORDS = frozenset(_BY_ANCHOR)


def _searches(phrases: tuple[Phrase, ...]) -> tuple[tuple[int, re.Pattern[str]], ...]:
    """(category bit, one regex) per category among the phrases of an anchor word: the phrases of a
    category joined as alternatives, so one search answers for all of them (the same yes or no)."""
    by_category: dict[int, list[str]] = {}
    for phrase in phrases:
        by_category.setdefault(phrase.category, []).append(phrase.regex.pattern.removeprefix(_LEFT_BOUNDARY))
    return tuple(
        (1 << category, re.compile(f"{_LEFT_BOUNDARY}(?:{'|'.join(bodies)})"))
        for category, bodies in by_category.items()
    )


# (category bit, compiled regex) per anchor word: what `match_messages` runs, without attribute lookups.
_SEARCH_BY_ANCHOR = {w: _searches(ps) for w, ps in _BY_ANCHOR.items()}


def match_message(normalized: str) -> int:
    """Return a bit mask of the categories whose phrases occur in one normalised message."""
    return match_messages([normalized], [normalized.split()])[0]


def match_messages(normalized: list[str], tokens: list[list[str]]) -> list[int]:
    """`match_message` for each message of a conversation (one loop: this runs for every message scored)."""
    anchors_in = _ANCHOR_WORDS.intersection
    masks = []
    for text, words in zip(normalized, tokens, strict=True):
        mask = 0
        for word in anchors_in(words):
            for bit, regex in _SEARCH_BY_ANCHOR[word]:
                if not mask & bit and regex.search(text):
                    mask |= bit
        masks.append(mask)
    return masks


def categories_in(mask: int) -> list[str]:
    """Category ids whose bits are set in a mask from `match_message`."""
    return [cat for i, cat in enumerate(CATEGORIES) if mask >> i & 1]
