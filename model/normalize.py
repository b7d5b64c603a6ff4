"""Text normalisation against evasion, shared by indicators, age extraction and n-gram features.

Offenders disguise words to get past filters: leetspeak (``s3x``), spaced or dotted letters
(``s e c r e t``, ``s.e.x``), look-alike characters from other scripts (Cyrillic ``е`` for ``e``),
invisible characters, repeated letters (``pleeeease``), emoji and chat abbreviations (``u``, ``r``,
``pic``). Every text goes through `normalize_texts` before anything is matched or counted, so training
and serving see identical tokens.

The output of a text is a string of lower-case tokens separated by single spaces, with a leading and
trailing space (so phrase patterns can require word boundaries with plain spaces). Numbers are kept:
ages matter (``13 f``). A conversation's messages are normalised in one batch: regular expressions run
once over the joined text instead of once per message, which is several times faster.
"""

from __future__ import annotations

import html
import re
import unicodedata

import numpy as np

# --- character level ---------------------------------------------------------------------------------

_INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)

# Look-alike letters from Cyrillic and Greek (after lower-casing) and a few symbols.
_CONFUSABLES = {
    "а": "a",
    "в": "b",
    "е": "e",
    "ё": "e",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "х": "x",
    "ѕ": "s",
    "і": "i",
    "ї": "i",
    "ј": "j",
    "һ": "h",
    "ԁ": "d",
    "ԛ": "q",
    "ԝ": "w",
    "ɡ": "g",
    "ո": "n",
    "ս": "u",
    "α": "a",
    "β": "b",
    "ε": "e",
    "η": "n",
    "ι": "i",
    "κ": "k",
    "ν": "v",
    "ο": "o",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "χ": "x",
    "ω": "w",
    "ς": "c",
    "ß": "ss",
    "ø": "o",
    "æ": "ae",
    "œ": "oe",
    "ł": "l",
    "đ": "d",
    "ı": "i",
    "ɑ": "a",
    "ɩ": "i",
    "ʏ": "y",
    "ᴄ": "c",
    "ᴏ": "o",
    "ᴠ": "v",
    "ᴡ": "w",
    "ᴢ": "z",
    "ꜱ": "s",
}

# Emoji that carry meaning for the indicators are turned into words; other symbols become spaces.
_EMOJI_WORDS = {
    "🍆": " dick ",
    "🍑": " ass ",
    "💦": " cum ",
    "👅": " lick ",
    "🔞": " sex ",
    "😈": " naughty ",
    "😘": " kiss ",
    "😚": " kiss ",
    "😗": " kiss ",
    "💋": " kiss ",
    "😍": " love ",
    "🥰": " love ",
    "❤": " love ",
    "💕": " love ",
    "💖": " love ",
    "💗": " love ",
    "♥": " love ",
    "😏": " wink ",
    "😉": " wink ",
    "📷": " picture ",
    "📸": " picture ",
    "🤳": " selfie ",
    "🎥": " video ",
    "📹": " video ",
    "🤫": " secret ",
    "🤐": " secret ",
    "🎁": " gift ",
    "💰": " money ",
    "💵": " money ",
    "💸": " money ",
    "📱": " phone ",
    "🚗": " car ",
    "🏠": " house ",
    "🛏": " bed ",
    "👙": " bikini ",
    "🩲": " underwear ",
    "👀": " look ",
}


def _build_translation() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(c): None for c in _INVISIBLE}
    table.update({ord(k): v for k, v in _CONFUSABLES.items()})
    table.update({ord(k.upper()): v for k, v in _CONFUSABLES.items() if len(k.upper()) == 1})
    table.update({ord(k): v for k, v in _EMOJI_WORDS.items()})
    for cp in range(0xD800, 0xE000):  # lone surrogates (possible from JSON) are dropped
        table[cp] = None
    for cp in range(0x0300, 0x0370):  # combining diacritics (after NFKD)
        table[cp] = None
    return table


_TRANSLATION = _build_translation()


class _NonWordToControl(dict[int, int]):
    """`str.translate` table: a non-ASCII character that is no word character (emoji, symbols, "¿", "’") becomes
    "\x02", which is no word character either, so every pattern here sees the same boundaries and classes; the
    text is then plain ASCII (for Latin-script chat once accents are folded) and takes the fast exact tests
    below instead of regular-expression scans. Filled as characters are met."""

    def __missing__(self, code: int) -> int:
        char = chr(code)
        value = code if code < 128 or char.isalnum() or char == "_" else 2
        self[code] = value
        return value


_NON_WORD = _NonWordToControl()


def _fold_run(match: re.Match[str]) -> str:
    text = match.group(0).translate(_TRANSLATION)  # drop surrogates before NFKD can choke on them
    text = unicodedata.normalize("NFKD", text)
    return text.translate(_TRANSLATION).translate(_NON_WORD)


# Runs of non-ASCII characters: only they are folded (`str.translate` costs ~50 ns a character whatever the
# character; a German or Polish chat is mostly ASCII letters around a few "ä", "ł" and emoji). Folding a run on
# its own is folding the text: a combining accent after an ASCII letter is a run of its own and is dropped.
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def _fold_unicode(text: str) -> str:
    """Fold non-ASCII text to comparable Latin letters (fullwidth, math letters, accents, look-alikes)."""
    return _NON_ASCII_RUN.sub(_fold_run, text)


# --- token level -------------------------------------------------------------------------------------

# Chat abbreviations, expanded so that patterns and n-grams see one spelling.
ABBREVIATIONS: dict[str, str] = {
    "u": "you",
    "ya": "you",
    "yu": "you",
    "yoo": "you",
    "r": "are",
    "ur": "your",
    "yr": "your",
    "youre": "you are",
    "ure": "you are",
    "urself": "yourself",
    "ru": "are you",
    "y": "why",
    "pic": "picture",
    "pics": "pictures",
    "pix": "pictures",
    "pik": "picture",
    "piks": "pictures",
    "pict": "picture",
    "picz": "pictures",
    "fotos": "photos",
    "foto": "photo",
    "vid": "video",
    "vids": "videos",
    "cam": "webcam",
    "cams": "webcam",
    "nood": "nude",
    "noods": "nudes",
    "nudez": "nudes",
    "wyd": "what you doing",
    "hbu": "how about you",
    "wbu": "what about you",
    "rn": "right now",
    "b4": "before",
    "2day": "today",
    "2nite": "tonight",
    "2night": "tonight",
    "tonite": "tonight",
    "2morrow": "tomorrow",
    "2moro": "tomorrow",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "4ever": "forever",
    "gr8": "great",
    "l8r": "later",
    "l8": "late",
    "m8": "mate",
    "str8": "straight",
    "w8": "wait",
    "pls": "please",
    "plz": "please",
    "pleez": "please",
    "plzz": "please",
    "k": "ok",
    "kk": "ok",
    "okay": "ok",
    "txt": "text",
    "cuz": "because",
    "coz": "because",
    "cos": "because",
    "bc": "because",
    "b/c": "because",
    "ne1": "anyone",
    "any1": "anyone",
    "some1": "someone",
    "sum1": "someone",
    "no1": "no one",
    "noone": "no one",
    "ppl": "people",
    "luv": "love",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "cya": "see you",
    "ily": "i love you",
    "bday": "birthday",
    "thx": "thanks",
    "ty": "thank you",
    "gf": "girlfriend",
    "bf": "boyfriend",
    "mom's": "moms",
    "mum": "mom",
    "mommy": "mom",
    "momma": "mom",
    "mama": "mom",
    "mother": "mom",
    "daddy": "dad",
    "father": "dad",
    "parent": "parents",
    "rents": "parents",
    "folks": "parents",
    "ma": "mom",
    "im": "im",
    "i'm": "im",
    "iam": "im",
    "i'll": "ill",
    "dont": "dont",
    "don't": "dont",
    "doesnt": "doesnt",
    "cant": "cant",
    "can't": "cant",
    "won't": "wont",
    "wont": "wont",
    "didnt": "didnt",
    "isnt": "isnt",
    "whats": "whats",
    "what's": "whats",
    "wat": "what",
    "wut": "what",
    "wht": "what",
    "whta": "what",
    "hw": "how",
    "ho": "ho",
    "abt": "about",
    "bout": "about",
    "nite": "night",
    "thru": "through",
    "tho": "though",
    "sumthin": "something",
    "somethin": "something",
    "nothin": "nothing",
    "nuthin": "nothing",
    "nutin": "nothing",
    "lemme": "let me",
    "gimme": "give me",
    "kinda": "kind of",
    "sorta": "sort of",
    "outta": "out of",
    "whatcha": "what are you",
    "wassup": "what is up",
    "sup": "what is up",
    "wazup": "what is up",
    "da": "the",
    "teh": "the",
    "tha": "the",
    "dat": "that",
    "dis": "this",
    "wit": "with",
    "wif": "with",
    "w/": "with",
    "yeh": "yes",
    "yea": "yes",
    "yeah": "yes",
    "ya'll": "you all",
    "yall": "you all",
    "n": "and",
    "an": "an",
    "snap": "snapchat",
    "sc": "snapchat",
    "insta": "instagram",
    "ig": "instagram",
    "fb": "facebook",
    "ym": "yahoo",
    "dm": "pm",
    "msg": "message",
    "msgs": "messages",
    "num": "number",
    "#": "number",
    "cel": "cell",
    "cellphone": "cell",
    "irl": "in real life",
    "f2f": "face to face",
    "asap": "as soon as possible",
    "gurl": "girl",
    "grl": "girl",
    "qt": "cutie",
    "cutie": "cutie",
    "gal": "girl",
    "babe": "baby",
    "bby": "baby",
    "sexi": "sexy",
    "sexxy": "sexy",
    "secks": "sex",
    "seks": "sex",
    "secx": "sex",
    "boobies": "boobs",
    "hornie": "horny",
    "horney": "horny",
    "nekkid": "naked",
    "nakid": "naked",
    "prolly": "probably",
    "skool": "school",
    "skewl": "school",
    "yrs": "years",
    "yo": "yo",
    "y/o": "yo",
    "yrs.": "years",
    "yr.": "years",
    "grade": "grade",
}

_LEET = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "3": "e",
        "4": "a",
        "5": "s",
        "7": "t",
        "8": "b",
        "@": "a",
        "$": "s",
        "!": "i",
        "|": "l",
        "9": "g",
    }
)

_HEX_ID = re.compile(r"(?<![0-9a-z])[0-9a-f]{32}(?![0-9a-z])")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_EMAIL = re.compile(r"<email/>|\b[\w.+-]+@[\w-]+\.[\w.]+\b")
# A letter run broken up by spaces or separators: "s e c r e t", "s.e.x", "s-e-x-y", "s_e_x".
_SPACED = re.compile(  # atomic groups: a failed run is never re-tried letter by letter
    r"\b[a-z](?>(?: |[.\-_*]++ ?)[a-z]\b){3,}|"
    r"\b[a-z](?>[.\-_*]++[a-z]\b){2,}"
)
# Letters spaced one apart, words two apart: "s e n d  m e  a  p i c".
_SPACED_WORDS = re.compile(r"(?:^|(?<=  ))[a-z](?: [a-z])+(?=  |$)", re.MULTILINE)
_REPEATED_WORD = re.compile(r"[a-z]*([a-z])\1{2,}[a-z]*")
_RUNS = re.compile(r"([a-z])\1{2,}")

# Words whose spelling is known, used to undo stretched letters ("horrrny" -> "horny" but "meeeet" ->
# "meet"): a stretched word becomes the first of (runs cut to two, runs cut to one) that is known.
_KNOWN_WORDS = frozenset(
    (
        "add",
        "all",
        "alone",
        "apple",
        "ass",
        "baby",
        "ball",
        "better",
        "boobs",
        "book",
        "bored",
        "boring",
        "bunny",
        "butt",
        "buy",
        "call",
        "cock",
        "come",
        "cool",
        "cute",
        "dad",
        "daddy",
        "damn",
        "dick",
        "dinner",
        "dirty",
        "doll",
        "egg",
        "fall",
        "feel",
        "food",
        "free",
        "fuck",
        "fucking",
        "funny",
        "gift",
        "gonna",
        "good",
        "grade",
        "haha",
        "happy",
        "hard",
        "hehe",
        "hell",
        "hello",
        "here",
        "hey",
        "hi",
        "hmm",
        "home",
        "horny",
        "hot",
        "how",
        "keep",
        "kik",
        "kiss",
        "kisses",
        "kitty",
        "letter",
        "lick",
        "little",
        "lmao",
        "lol",
        "look",
        "love",
        "meet",
        "miss",
        "mom",
        "mommy",
        "money",
        "naked",
        "naughty",
        "need",
        "no",
        "nude",
        "nudes",
        "number",
        "odd",
        "off",
        "ok",
        "okay",
        "omg",
        "over",
        "parents",
        "phone",
        "picture",
        "pictures",
        "please",
        "pool",
        "pretty",
        "puppy",
        "pussy",
        "really",
        "sad",
        "school",
        "secret",
        "see",
        "send",
        "sex",
        "sexy",
        "show",
        "silly",
        "skype",
        "sleep",
        "snapchat",
        "so",
        "soon",
        "sorry",
        "suck",
        "summer",
        "sweet",
        "tell",
        "text",
        "there",
        "three",
        "tits",
        "tomorrow",
        "tonight",
        "too",
        "touch",
        "tree",
        "video",
        "wanna",
        "want",
        "webcam",
        "weed",
        "week",
        "wet",
        "what",
        "whatsapp",
        "when",
        "where",
        "who",
        "why",
        "will",
        "wow",
        "yeah",
        "yes",
        "you",
        "your",
    )
)
# A word that mixes letters with leet digits/symbols: "s3x", "pl3ase", "n@ked", "h0rny".
_LEET_WORD = re.compile(
    r"(?<![a-z0-9@$!|])(?=[a-z0-9@$!|]*[a-z][a-z0-9@$!|]*[a-z])"
    r"(?=[a-z0-9@$!|]*[0-9@$!|])[a-z0-9@$!|]+"
)
# Ages and age/sex tags must survive leet decoding: "13f", "f14", "13yo", "34m", "14yrs".
# The other languages' age units glued to the number ("13ans", "13años", "13anni", "13enne", "13jahre", "13lat")
# are split the same way, so no pack has to spell a leet-decoded "ieans".
_AGE_UNITS = "ans|anos|anni|enne|jahre|jaar|lat"
_AGE_TAG = re.compile(rf"^(?:\d{{1,2}}(?:m|f|yo|yrs?|y|yrs?old|yearsold|th|{_AGE_UNITS})|(?:m|f)\d{{1,2}})$")
_AGE_SPLIT = re.compile(rf"\b(\d{{1,2}})(m|f|yo|yrs|yr|y|{_AGE_UNITS})\b|\b(m|f)(\d{{1,2}})\b")
# Cheap tests that let a whole pass be skipped when it cannot match.
_LEET_HINT = re.compile(r"[a-z][0-9@$!|]|[0-9@$!|][a-z]")
_TOKEN = re.compile(r"[a-z0-9']+|\?|\x01")  # "\x01": the end of a message (see `_tokens`)

# --- quick exact tests on ASCII text -----------------------------------------------------------------
# Most chat is plain ASCII. There, `bytes.translate` into a few character classes and a substring test run
# in C at memory speed, where a regular-expression scan costs ~20 ns per character; each test below is
# exact (or a necessary condition of the pattern it guards), so the output never changes.


def _byte_table(classes: dict[str, str | None], default: str) -> bytes:
    """A `bytes.translate` table: each character of a key becomes its value (None: stays itself)."""
    table = bytearray(default.encode("ascii") * 256)
    for chars, code in classes.items():
        for byte in chars.encode("ascii"):
            table[byte] = byte if code is None else ord(code)
    return bytes(table)


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# letters -> "a", leet characters -> "1", separators of spaced-out words -> "-", space -> " ", others -> "."
_CLASSES = _byte_table({_LETTERS: "a", "0123456789@$!|": "1", ".-_*": "-", " ": " "}, ".")
_HEX_CLASSES = _byte_table({"0123456789abcdef": "x"}, " ")
# Token characters kept, "?" kept (split off below), the message joiner "\n" -> "\x01", all else a space.
_TOKEN_CLASSES = _byte_table({_LETTERS + "0123456789'?": None, "\n": "\x01"}, " ")


def _may_hold_hex_id(text: str) -> bool:
    """False only if no 32 hex digits stand in a row (what `_HEX_ID` needs)."""
    return not text.isascii() or b"x" * 32 in text.encode("ascii").translate(_HEX_CLASSES)


def _has_leet_hint(text: str) -> bool:
    """Exactly `_LEET_HINT.search(text)`: a letter next to a leet digit or symbol."""
    if not text.isascii():
        return _LEET_HINT.search(text) is not None
    classes = text.encode("ascii").translate(_CLASSES)
    return b"a1" in classes or b"1a" in classes


def _may_be_spaced(text: str) -> bool:
    """False only if `_SPACED` cannot match: it needs a separator, or (spaces only) " x y " with single
    letters x and y inside its run of at least four letters."""
    if not text.isascii():
        return True
    classes = text.encode("ascii").translate(_CLASSES)
    return b"-" in classes or b" a a " in classes


def _has_runs(text: str) -> bool:
    """Exactly `_RUNS.search(text)`: a letter three times in a row (compared as a byte array)."""
    if not text.isascii():
        return _RUNS.search(text) is not None
    codes = np.frombuffer(text.encode("ascii"), dtype=np.uint8)
    same = codes[1:] == codes[:-1]
    letter = (codes[:-2] >= 97) & (codes[:-2] <= 122)
    return bool((same[1:] & same[:-1] & letter).any())


def _tokens(text: str) -> list[str]:
    """`_TOKEN.findall` after the message joiner "\n" became "\x01" (and any "\x01" of the text a space)."""
    if not text.isascii():
        return _TOKEN.findall(text.replace("\x01", " ").replace("\n", "\x01"))
    classes = text.encode("ascii").translate(_TOKEN_CLASSES)
    return classes.replace(b"?", b" ? ").replace(b"\x01", b" \x01 ").decode("ascii").split()


def _decode_leet(match: re.Match[str]) -> str:
    word = match.group(0)
    if _AGE_TAG.match(word):
        return word
    expanded = ABBREVIATIONS.get(word)
    if expanded is not None:
        return expanded
    return word.translate(_LEET)


def _unstretch(match: re.Match[str]) -> str:
    word = match.group(0)
    twice = _RUNS.sub(r"\1\1", word)
    if twice in _KNOWN_WORDS or twice in ABBREVIATIONS:
        return twice
    return _RUNS.sub(r"\1", word)


def _unspace(match: re.Match[str]) -> str:
    return re.sub(r"[ .\-_*]", "", match.group(0))


def _split_age_tag(match: re.Match[str]) -> str:
    if match.group(1):
        return f"{match.group(1)} {match.group(2)}"
    return f"{match.group(3)} {match.group(4)}"


def _expand(tokens: list[str]) -> str:
    return " ".join(map(ABBREVIATIONS.get, tokens, tokens))  # get(token, default=token), looped in C


def normalize_texts(texts: list[str] | tuple[str, ...]) -> list[str]:
    """Normalise a batch of message texts; returns one normalised string per input, same order."""
    if not texts:
        return []
    joined = "\n".join(texts)
    if "\r" in joined or joined.count("\n") != len(texts) - 1:  # a text with its own line breaks (rare)
        joined = "\n".join(t.replace("\n", " ").replace("\r", " ") for t in texts)
    if "&" in joined:
        joined = html.unescape(joined)
    if not joined.isascii():
        joined = _fold_unicode(joined)
    joined = joined.lower()
    if "@" in joined or "<email" in joined:
        joined = _EMAIL.sub(" email ", joined)
    if "http" in joined or "www." in joined:
        joined = _URL.sub(" url ", joined)
    if _may_hold_hex_id(joined):
        joined = _HEX_ID.sub(" usr ", joined)
    if "/" in joined:
        joined = joined.replace("y/o", "yo").replace("b/c", "because").replace("w/", "with ")
    if _has_runs(joined):
        joined = _REPEATED_WORD.sub(_unstretch, joined)
    if _has_leet_hint(joined):
        joined = _LEET_WORD.sub(_decode_leet, joined)
        joined = _AGE_SPLIT.sub(_split_age_tag, joined)
    if "  " in joined:
        joined = _SPACED_WORDS.sub(_unspace, joined)
    if _may_be_spaced(joined):
        joined = _SPACED.sub(_unspace, joined)
    tokens = _tokens(joined)
    if not tokens:
        return [" "] * len(texts)
    # Tokens joined by single spaces, message ends included: "a b \x01 c" -> " a b ", " c " (an empty
    # message gives " "), with no second pass over each line.
    lines = f" {_expand(tokens)} ".split("\x01")
    if len(lines) != len(texts):  # defensive: a newline can only come from our joiner
        raise AssertionError("normalisation changed the number of messages")
    return lines


def normalize_text(text: str) -> str:
    """Normalise one text (see `normalize_texts`)."""
    return normalize_texts([text])[0]
