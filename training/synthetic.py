"""Seeded generator of hard-negative conversations that real benign corpora lack.

Real benign chat (chitchat, IRC, NPS rooms) rarely contains what makes grooming detectors fail in
production: teenagers of similar age flirting and arranging to meet, adults' sexual chat with adults,
parents, coaches and teachers arranging pick-ups with children, gamers trading items and moving to
Discord. Each scenario here is a script of *beats* (greeting, small talk, the scenario's core, closing);
each beat draws from many hand-written variants with slots (places, times, games, items), and each
speaker gets a typing style (case, abbreviations, emoji, typos, filler words) so that no single surface
form dominates. Scenarios carry the ages and relationship that make them benign (peers, two adults,
known adult with contact), which the generator also attaches as metadata (with a probability) and as
self-disclosed ages in text (sometimes), so the model learns from the combination, not from the words.

Everything is reproducible from `seed`. All scenarios are label 0.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from grooming_risk.model.domain import Conversation, LabeledConversation, Message, Participant
from grooming_risk.training.timing import synthetic_times

PLACES = [
    "the mall",
    "the park",
    "starbucks",
    "the skatepark",
    "the movies",
    "mcdonalds",
    "the library",
    "the pool",
    "target",
    "the beach",
    "the game",
    "the arcade",
    "the rink",
    "chipotle",
    "the field",
]
DAYS = ["saturday", "sunday", "friday", "tomorrow", "after school", "this weekend", "monday", "tonight"]
TIMES = ["3", "4", "5", "6", "7", "noon", "2:30", "4:15", "5:30", "6:45"]
GAMES = [
    "fortnite",
    "roblox",
    "minecraft",
    "valorant",
    "cod",
    "apex",
    "rocket league",
    "genshin",
    "adopt me",
    "csgo",
    "overwatch",
    "fifa",
]
ITEMS = ["skin", "knife", "pet", "sword", "emote", "account", "bundle", "legendary", "battle pass", "wrap"]
SPORTS = [
    "practice",
    "soccer practice",
    "swim practice",
    "the game",
    "band rehearsal",
    "tryouts",
    "basketball practice",
    "the tournament",
    "piano lesson",
    "debate club",
]
FILLERS = ["lol", "lmao", "haha", "ok", "omg", "idk", "fr", "ya", "hmm", "xD", "k", "nice", "bruh", "same"]
EMOJI = ["😂", "😭", "🙂", "😊", "👍", "🔥", "😅", "❤️", "😘", "🙄", "😎", "💀"]


@dataclass
class Style:
    lower: float
    abbreviate: float
    emoji: float
    filler: float
    typo: float
    punctuation: float


def _style(rng: random.Random, young: bool) -> Style:
    return Style(
        lower=rng.uniform(0.5, 1.0) if young else rng.uniform(0.1, 0.9),
        abbreviate=rng.uniform(0.3, 0.9) if young else rng.uniform(0.0, 0.6),
        emoji=rng.uniform(0.0, 0.35),
        filler=rng.uniform(0.05, 0.3),
        typo=rng.uniform(0.0, 0.08),
        punctuation=rng.uniform(0.0, 0.7),
    )


_ABBR = [
    (" you ", " u "),
    (" your ", " ur "),
    (" are ", " r "),
    (" because ", " cuz "),
    (" picture", " pic"),
    (" please", " pls"),
    (" tonight", " tonite"),
    (" want to ", " wanna "),
    (" going to ", " gonna "),
    (" okay", " ok"),
    (" see you", " cya"),
    (" to ", " 2 "),
    (" for ", " 4 "),
    (" what ", " wat "),
]


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _render(text: str, style: Style, rng: random.Random) -> str:
    padded = f" {text} "
    for full, short in _ABBR:
        if full in padded and rng.random() < style.abbreviate:
            padded = padded.replace(full, short)
    words = padded.split()
    words = [_typo(w, rng) if rng.random() < style.typo else w for w in words]
    out = " ".join(words)
    if rng.random() < style.lower:
        out = out.lower()
    elif out:
        out = out[0].upper() + out[1:]
    if rng.random() > style.punctuation:
        out = out.rstrip(".!")
    if rng.random() < style.filler:
        out = f"{out} {rng.choice(FILLERS)}" if rng.random() < 0.6 else f"{rng.choice(FILLERS)} {out}"
    if rng.random() < style.emoji:
        out = f"{out} {rng.choice(EMOJI)}"
    return out


def _fill(template: str, slots: dict[str, str]) -> str:
    return template.format(**slots)


# Beats: (speaker, [variants]). Speaker "A" opens, "B" answers; "*" lets either speak.
Beat = tuple[str, list[str]]

GREETING: list[Beat] = [
    ("A", ["hey", "hi", "heyy", "yo", "hey whats up", "hii", "sup", "hello", "heyyy how r you"]),
    ("B", ["hey", "hi", "not much hbu", "hey!", "yo", "hii whats up", "nm just chilling", "heyy"]),
    ("A", ["same", "nothing much", "just got home", "bored", "watching netflix", "chilling", "eating"]),
]
SMALL_TALK: list[Beat] = [
    (
        "*",
        [
            "did you finish the {subject} homework",
            "what are you doing {day}",
            "i am so tired today",
            "did you see the new {show} episode",
            "my {sibling} is so annoying",
            "what did you get on the test",
            "i have so much homework",
            "what are you listening to",
            "its raining here",
            "im so hungry",
        ],
    ),
    (
        "*",
        [
            "yeah",
            "no not yet",
            "same",
            "lol yes",
            "idk maybe",
            "ugh same",
            "kinda",
            "it was ok",
            "not really",
            "yeah it was good",
        ],
    ),
]
CLOSING: list[Beat] = [
    (
        "*",
        [
            "ok ttyl",
            "gtg my mom is calling",
            "ok bye",
            "cya",
            "gotta go eat",
            "night",
            "talk later",
            "ok see you then",
            "bye!!",
            "ok text me",
        ],
    ),
    ("*", ["bye", "ok", "cya", "night", "ttyl", "ok see ya", "👋"]),
]

SCENARIOS: dict[str, list[list[Beat]]] = {
    "peers_flirt": [
        [
            (
                "A",
                [
                    "so {name} said you like me",
                    "ok dont laugh but i kinda like you",
                    "you looked cute today",
                    "ur really pretty",
                    "i think your cute",
                    "do you like anyone",
                ],
            ),
            ("B", ["omg who told u that", "lol maybe", "awww thanks", "stoppp", "maybe 👀", "you first"]),
            ("A", ["lol its true", "i mean it", "for real", "dont tell anyone ok", "ok dont tell {name}"]),
            ("B", ["i wont lol", "i like you too", "ok i kinda like you too", "our secret lol", "promise"]),
        ],
        [
            (
                "A",
                [
                    "wanna go to {place} {day}",
                    "do you wanna hang out {day}",
                    "we should meet at {place}",
                    "can we meet up {day}",
                    "wanna come with us to {place}",
                ],
            ),
            (
                "B",
                [
                    "yes!! what time",
                    "i have to ask my mom",
                    "maybe if my mom lets me",
                    "sure my mom can drive me",
                    "ok can {name} come too",
                ],
            ),
            ("A", ["like {time}?", "{time} works", "my mom can pick you up at {time}", "meet at {place} at {time}"]),
            ("B", ["ok", "perfect", "ill ask", "kk see you there", "yay"]),
        ],
        [
            ("A", ["how old is your sister", "are you 14 or 15", "when is your bday", "what grade are you in again"]),
            ("B", ["im {age_b}", "{age_b} lol", "im in {grade} grade", "turning {age_b} in march"]),
            ("A", ["oh cool im {age_a}", "same grade as me", "im {age_a} lol"]),
        ],
        [
            (
                "A",
                [
                    "send me a pic of your outfit",
                    "send a pic of your dog!!",
                    "send me the pic from the game",
                    "can you send me the homework pic",
                    "send me a selfie lol",
                ],
            ),
            ("B", ["ok one sec", "lol ok", "its so bad", "here", "no its ugly"]),
            ("A", ["cute", "omg so cute", "thanks!!", "love it", "haha nice"]),
        ],
        [
            (
                "A",
                [
                    "dont tell my mom i was on my phone",
                    "my parents would kill me lol",
                    "are your parents home",
                    "is your mom home, can i come over",
                    "my mom took my phone yesterday",
                ],
            ),
            ("B", ["lol i wont", "same", "no she works till 6", "shes home but its fine", "rip"]),
            ("A", ["ok cool", "lol", "k ill come after dinner", "ugh parents"]),
        ],
    ],
    "adults_sexual": [
        [
            ("A", ["you up?", "hey sexy", "miss you babe", "thinking about last night", "what are you wearing"]),
            ("B", ["maybe 😏", "hey you", "miss you too", "nothing much 😉", "just got out of the shower"]),
            ("A", ["send me a pic", "show me", "i want to see you", "turn on your cam", "video call?"]),
            ("B", ["only if you send one first", "lol ok", "you first", "give me a sec", "later when im home"]),
        ],
        [
            ("A", ["i want you so bad", "youre so hot", "cant stop thinking about you naked", "i am so horny"]),
            ("B", ["me too", "come over then", "what would you do to me", "lol behave", "tell me more"]),
            ("A", ["kiss your neck", "take your clothes off", "touch you all night", "make you feel good"]),
            ("B", ["mmm", "yes please", "dont tease", "ok now im turned on", "come over"]),
        ],
        [
            (
                "A",
                [
                    "lets meet at the hotel",
                    "can you come over tonight",
                    "my place at {time}?",
                    "want to grab a drink first",
                    "my roommate is gone this weekend",
                ],
            ),
            ("B", ["yes", "i get off work at {time}", "ill bring wine", "cant wait", "ok text me the address"]),
            ("A", ["add me on snap", "whats your number", "text me when you leave", "my snap is {handle}"]),
            ("B", ["ok", "sent", "ill text you", "added you"]),
        ],
        [
            ("A", ["how old are you btw", "asl", "what do you do for work"]),
            ("B", ["{age_b} f", "im {age_b}", "{age_b} nurse lol", "{age_b}, you?"]),
            ("A", ["{age_a} m", "im {age_a}", "{age_a} and single lol"]),
        ],
        [
            (
                "A",
                [
                    "dont tell your husband",
                    "keep this between us",
                    "delete these messages ok",
                    "my wife checks my phone lol",
                ],
            ),
            ("B", ["obviously", "i know", "deleted", "lol same", "our little secret"]),
        ],
    ],
    "pickup": [
        [
            (
                "A",
                [
                    "ill pick you up after {sport} at {time}",
                    "i can pick you up at {place} at {time}",
                    "practice ends at {time} right? ill be there",
                    "grandma will pick you up at {time}",
                    "coach said practice runs late, ill be there at {time}",
                ],
            ),
            ("B", ["ok", "can {name} get a ride too", "ok thanks", "can you come at {time} instead", "k"]),
            ("A", ["sure", "yes tell her mom", "ok see you then", "text me when youre done"]),
        ],
        [
            (
                "A",
                [
                    "are you home yet",
                    "is your mom home",
                    "is your brother home with you",
                    "are you alone",
                    "did dad get home",
                ],
            ),
            ("B", ["yes", "no she is still at work", "yeah hes here", "just me", "not yet"]),
            (
                "A",
                [
                    "ok lock the door",
                    "ok ill be home by {time}",
                    "dinner is in the fridge",
                    "dont open the door for anyone",
                    "call me if you need anything",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "remember to bring your cleats",
                    "did you finish your homework",
                    "dont forget your permission slip",
                    "reminder: team photos {day}",
                    "bring water for the game {day}",
                ],
            ),
            ("B", ["ok", "yes", "i forgot lol", "ok coach", "yes mom"]),
            ("A", ["good", "thanks", "ok dont forget", "see you at {time}"]),
        ],
        [
            (
                "A",
                [
                    "hi class, the field trip bus leaves at {time}",
                    "parents: pickup is at {place} at {time}",
                    "team, meet at the field at {time} {day}",
                    "tutoring is moved to {day} at {time}",
                ],
            ),
            ("B", ["ok thank you", "will my mom get an email", "ok", "can i come late", "got it"]),
            ("A", ["yes i sent it", "ask your parents to email me", "sure", "see you then"]),
        ],
        [
            ("A", ["how was school", "did you eat", "love you", "proud of you today", "how was the test"]),
            ("B", ["good", "yes", "love you too", "thanks mom", "ok i guess"]),
        ],
    ],
    "gamers": [
        [
            (
                "A",
                [
                    "wanna trade",
                    "ill trade you my {item} for your {item2}",
                    "how much for the {item}",
                    "ill give you 500 robux for it",
                    "got any legendary pets",
                    "you selling that {item}",
                ],
            ),
            ("B", ["no way", "add 200 robux", "deal", "what else you got", "ok send trade", "its worth more"]),
            ("A", ["fine", "ok sending", "ill add a gift card code", "last offer", "no scam i swear"]),
            ("B", ["ok accepted", "sent", "ty", "gg", "pleasure doing business"]),
        ],
        [
            (
                "A",
                [
                    "add me on discord",
                    "whats your discord",
                    "join my discord server",
                    "my discord is {handle}",
                    "lets play {game} tonight",
                ],
            ),
            ("B", ["ok", "sent you a request", "its {handle}", "cant tonight, tomorrow?", "sure what time"]),
            ("A", ["{time}?", "accepted", "ok ill be on at {time}", "bring {name}"]),
        ],
        [
            ("A", ["how old are you", "you sound like a kid lol", "what grade r u in"]),
            ("B", ["{age_b}", "im {age_b} wbu", "{grade} grade"]),
            ("A", ["im {age_a}", "same lol", "{age_a}"]),
        ],
        [
            ("A", ["bro you carried", "that last round was crazy", "you play {game}?", "you free to play"]),
            ("B", ["lol thanks", "yeah", "ya add me", "gg", "in 10 min"]),
        ],
    ],
    "teen_everyday": [
        [
            (
                "A",
                [
                    "my mom grounded me lol",
                    "i have a test tomorrow",
                    "my teacher is so mean",
                    "i missed the bus again",
                    "we have a sub in math",
                ],
            ),
            ("B", ["rip", "same", "which teacher", "lol why", "omg"]),
            ("A", ["i forgot my homework", "cuz i came home late", "mr {name}", "idk", "its so dumb"]),
        ],
        [
            ("A", ["are you going to the dance", "what are you wearing to the dance", "is {name} going"]),
            ("B", ["maybe", "my sisters dress", "yeah with her bf", "idk yet"]),
            ("A", ["we should go together", "lol ok", "i cant dance lol"]),
        ],
        [
            ("A", ["my mom wont let me go to {place}", "can you sleep over {day}", "my parents are so strict"]),
            ("B", ["ask again lol", "ill ask my mom", "same mine too", "sad"]),
            ("A", ["ok", "she said maybe", "ugh"]),
        ],
    ],
    "adults_dating": [
        [
            (
                "A",
                [
                    "hi! how is your week going",
                    "you have a great smile",
                    "so what do you do",
                    "your profile made me laugh",
                ],
            ),
            ("B", ["pretty good! yours?", "thank you :)", "im a teacher", "haha thanks"]),
            ("A", ["not bad, busy at work", "nice, i work in sales", "would you like to grab coffee sometime"]),
            ("B", ["sure", "id like that", "how about {day}", "yes! where"]),
            ("A", ["{place} at {time}?", "there is a nice place downtown", "whats your number, ill text you"]),
            ("B", ["perfect", "sounds good", "555 0{age_b} 12", "see you then"]),
        ],
        [
            ("A", ["how old are you if you dont mind me asking", "asl lol"]),
            ("B", ["{age_b}", "{age_b} f", "im {age_b}, you?"]),
            ("A", ["{age_a}", "{age_a} m", "im {age_a}"]),
        ],
    ],
}

#: Ages (speaker A, speaker B) per scenario; pickups pair an adult with a child who are contacts.
_AGES: dict[str, Callable[[random.Random], tuple[int, int]]] = {
    "peers_flirt": lambda r: (a := r.randint(13, 17), max(12, min(17, a + r.choice([-1, 0, 0, 1])))),
    "adults_sexual": lambda r: (r.randint(19, 55), r.randint(19, 50)),
    "pickup": lambda r: (r.randint(28, 60), r.randint(8, 16)),
    "gamers": lambda r: (a := r.randint(11, 17), max(10, min(17, a + r.choice([-1, 0, 1, 2])))),
    "teen_everyday": lambda r: (a := r.randint(12, 17), max(12, min(17, a + r.choice([-1, 0, 1])))),
    "adults_dating": lambda r: (r.randint(21, 50), r.randint(21, 50)),
}
_CONTACTS = {
    "peers_flirt": 0.7,
    "adults_sexual": 0.8,
    "pickup": 0.95,
    "gamers": 0.3,
    "teen_everyday": 0.9,
    "adults_dating": 0.2,
}
_NAMES = ["jess", "mia", "tyler", "ava", "jake", "sam", "emma", "noah", "liam", "zoe", "chris", "maddie"]
_SUBJECTS = ["math", "science", "english", "history", "spanish", "bio"]
_SHOWS = ["stranger things", "wednesday", "euphoria", "the office", "one piece"]


def _grade(age: int) -> str:
    g = max(1, min(12, age - 5))
    return f"{g}{'th' if g > 3 else ['st', 'nd', 'rd'][g - 1]}"


def generate(count: int, seed: int = 0, scenarios: list[str] | None = None) -> list[LabeledConversation]:
    """Generate `count` hard-negative conversations (cycling through scenarios) reproducibly."""
    rng = random.Random(seed)
    names = scenarios or sorted(SCENARIOS)
    out = []
    for number in range(count):
        scenario = names[number % len(names)]
        age_a, age_b = _AGES[scenario](rng)
        ids = (f"syn-{number:06d}-a", f"syn-{number:06d}-b")
        styles = (_style(rng, age_a < 18), _style(rng, age_b < 18))
        slots = {
            "place": rng.choice(PLACES),
            "day": rng.choice(DAYS),
            "time": rng.choice(TIMES),
            "game": rng.choice(GAMES),
            "item": rng.choice(ITEMS),
            "item2": rng.choice(ITEMS),
            "sport": rng.choice(SPORTS),
            "name": rng.choice(_NAMES),
            "age_a": str(age_a),
            "age_b": str(age_b),
            "grade": _grade(age_b),
            "handle": f"{rng.choice(_NAMES)}{rng.randint(10, 999)}",
            "subject": rng.choice(_SUBJECTS),
            "show": rng.choice(_SHOWS),
            "sibling": rng.choice(["brother", "sister"]),
        }
        beats: list[Beat] = []
        if rng.random() < 0.8:
            beats += GREETING[: rng.randint(2, 3)]
        core = SCENARIOS[scenario]
        for block in rng.sample(core, k=rng.randint(1, len(core))):
            beats += block
            if rng.random() < 0.4:
                beats += SMALL_TALK
        if rng.random() < 0.7:
            beats += CLOSING
        lines: list[tuple[int, str]] = []
        for speaker, variants in beats:
            who = {"A": 0, "B": 1}.get(speaker, rng.randint(0, 1))
            text = _render(_fill(rng.choice(variants), slots), styles[who], rng)
            lines.append((who, text))
            if rng.random() < 0.15:  # a quick follow-up line from the same speaker
                lines.append((who, _render(rng.choice(FILLERS), styles[who], rng)))
        times = synthetic_times(len(lines), rng)
        messages = tuple(Message(ids[w], t, text) for (w, text), t in zip(lines, times, strict=False))
        participants = (Participant(ids[0], age_years=age_a), Participant(ids[1], age_years=age_b))
        conversation = Conversation(
            f"syn-{number:06d}", participants, messages, participants_are_contacts=rng.random() < _CONTACTS[scenario]
        )
        out.append(LabeledConversation(conversation, 0, f"synthetic:{scenario}", f"synthetic:{number}"))
    return out
