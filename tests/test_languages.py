"""Issue 19: German, French, Spanish, Italian, Dutch and Polish conversations.

Language identification per message and per conversation, each language's letters through normalisation,
the indicator packs, the hand-written sets (every grooming case with a declared adult and child routed,
every hard benign case discarded), the learned text model kept to English, the response's languages, and
`evaluate` / `thresholds` per language.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from grooming_risk.cli import main
from grooming_risk.model.convert import request_to_json, to_request
from grooming_risk.model.domain import Conversation, LabeledConversation, Message, Participant
from grooming_risk.model.language import SUPPORTED, identify
from grooming_risk.model.normalize import normalize_text
from grooming_risk.model.packs import match_message, pack, school_words, spellings
from grooming_risk.model.policy import Decision, TenantPolicy, decide
from grooming_risk.model.rules import DEFAULT_RULES
from grooming_risk.model.scorer import Model
from grooming_risk.training.languages import (
    BLIND_SETS,
    DEFAULT_SETS,
    declared_adult_and_child,
    load_sets,
    without_learned_text,
)
from groomingrisk.v1 import risk_scoring_pb2_grpc as pb_grpc
from helpers import GROOMING_LINES, request

OTHER_LANGUAGES = [code for code in SUPPORTED if code != "en"]
SETS = load_sets(DEFAULT_SETS)


#: Development-set cases the model does not meet, with the reason (the model card lists them too). The development
#: sets hold the first hand-written sets and the six blind sets written after them (the packs were revised on
#: each after it had been measured blind).
KNOWN_MISSES = (
    {
        code_id: "declared contacts (a neighbour, a coach, a family friend, a gamer the child knows) with two of the "
        "grooming-specific categories: between contacts the language offset needs three (see model/scorer.py "
        "_offset_applies), as the English path does not route such short conversations either"
        for code_id in ("fr-g08", "nl-g08", "it-b2-g07", "nl-b5-g09")
    }
    | {
        code_id: "strangers with one grooming-specific category besides gifts, image requests or a meeting, which "
        "the language offset does not count (teachers, aunts and coaches use them)"
        for code_id in ("es-b2-g05", "es-b3-g05")
    }
    | {
        code_id: "contacts whose grooming-specific phrases are all one category (secrecy, in three messages or more): "
        "the offset applies, but one category keeps the score below the default threshold"
        for code_id in ("it-g18",)
    }
    | {
        code_id: "a 19-year-old and a 15-year-old who are contacts: a four-year gap is under the rules' minimum age "
        "gap, so the grooming-specific categories add nothing and the metadata logit stays low"
        for code_id in ("fr-blind-g04", "pl-b4-g10")
    }
    | {
        "de-b6-g05": "a declared 22-year-old who poses as 15 to a 14-year-old: a declared adult under the adult age "
        "plus the age gap (23) who says a child's age counts as that age (children declare 18 at sign-up), so the "
        "peers safeguard discards it",
        "de-b5-g08": "contacts: secrecy is the only grooming-specific category found (an image request and meetings "
        "are everyday between contacts)",
    }
    | {
        code_id: "benign, routed: an aunt recruits her niece for a surprise party for the child's mother ('are you "
        "alone?', 'mum must not know', 'delete the chat'): the parent check and secrecy of a groomer, between "
        "declared contacts"
        for code_id in ("de-b5-b02", "it-b4-b02", "it-b5-b02")
    }
)


def _cases(label: int, declared_pair: bool | None = None) -> list[object]:
    return [
        pytest.param(
            item,
            id=item.conversation.conversation_id,
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[item.conversation.conversation_id])]
            if item.conversation.conversation_id in KNOWN_MISSES
            else [],
        )
        for code in OTHER_LANGUAGES
        for item in SETS.get(code, [])
        if item.label == label
        and (declared_pair is None or declared_adult_and_child(item.conversation) == declared_pair)
    ]


def _decide(model: Model, conversation: Conversation) -> tuple[Decision, str]:
    result = model.score(conversation)
    decision, reason = decide(
        result.risk_score, result.evidence, TenantPolicy("t", model.default_threshold, DEFAULT_RULES)
    )
    return decision, f"score {result.risk_score:.3f}, {reason.value}, indicators {list(result.indicators)}"


# --- language identification -----------------------------------------------------------------------------


GERMAN = [
    "hey wie alt bist du eigentlich",
    "13",
    "und sind deine eltern gerade zuhause?",
    "nein die sind arbeiten",
    "ok",
    "sag das aber keinem, das bleibt unter uns",
]


def test_the_blind_sets_have_ten_grooming_and_ten_benign_conversations_per_language_each() -> None:
    """The blind sets (two, each written by people who saw neither packs nor development sets, measured before
    and after the packs' last revisions) are measured, not tuned on: the model card reports them; here only
    their shape is checked."""
    blind = load_sets(BLIND_SETS)
    assert set(blind) == set(OTHER_LANGUAGES)
    for code, items in blind.items():
        assert sum(i.label for i in items) == 20 and len(items) == 40, code
        assert all(declared_adult_and_child(i.conversation) for i in items if i.label == 1), code


def test_every_set_has_grooming_and_hard_benign_cases_for_each_language() -> None:
    assert set(SETS) == set(OTHER_LANGUAGES)
    for code, items in SETS.items():
        grooming = [i for i in items if i.label == 1]
        assert len(grooming) >= 15 and len(items) - len(grooming) >= 15, code
        assert sum(declared_adult_and_child(i.conversation) for i in grooming) >= 10, code


def test_a_conversation_takes_its_language_and_short_messages_follow_it() -> None:
    found = identify(GERMAN)
    assert found.conversation == "de"
    assert found.messages == ("de",) * len(GERMAN)  # "13" and "ok" are German here


def test_english_chat_speak_stays_english() -> None:
    """fastText alone calls "im only 14 please stop" German; a guess its words do not confirm is not trusted."""
    lines = [text for _, text in GROOMING_LINES] + ["im only 14 please stop", "im gonna b so bored tho lol"]
    assert set(identify(lines).messages) == {"en"}


def test_a_mixed_conversation_is_handled_message_by_message() -> None:
    lines = [text for _, text in GROOMING_LINES] + ["ich habe keine ahnung was du meinst, kannst du das erklären?"]
    found = identify(lines)
    assert found.conversation == "en"
    assert found.messages[-1] == "de" and set(found.messages[:-1]) == {"en"}
    assert found.present() == ("en", "de")


def test_each_sets_conversations_are_identified_in_their_language() -> None:
    for code, items in SETS.items():
        wrong = [
            i.conversation.conversation_id
            for i in items
            if identify([m.text for m in i.conversation.messages]).conversation != code
        ]
        assert len(wrong) <= len(items) // 10, (code, wrong)


# --- normalisation and packs --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mädchen SÜSS Straße", " madchen suss strasse "),
        ("ÇA VA? t'es où", " ca va ? t'es ou "),
        ("¿Cuántos años tienes?", " cuantos anos tienes ? "),
        ("perché è così", " perche e cosi "),
        ("één café", " een cafe "),
        ("ŻÓŁW źle się łączy", " zolw zle sie laczy "),
        ("g e h e i m", " geheim "),
        ("t a j e m n i c a", " tajemnica "),
        ("s3xy z3gna", " sexy zegna "),
        ("biiiiitte", " bitte "),
    ],
)
def test_each_languages_letters_normalise(text: str, expected: str) -> None:
    assert normalize_text(text) == expected


def test_a_german_word_with_an_umlaut_also_matches_its_ae_spelling() -> None:
    assert spellings("Mädchen") == ("madchen", "maedchen")
    assert spellings("zdjęcie") == ("zdjecie",)


@pytest.mark.parametrize(
    ("language", "text", "category"),
    [
        ("de", "wie alt bist du?", "AGE_PROBING"),
        ("de", "sind deine eltern zuhause", "PARENT_CHECK"),
        ("de", "sag das keinem", "SECRECY"),
        ("fr", "tu as quel âge ?", "AGE_PROBING"),
        ("fr", "tes parents sont là ?", "PARENT_CHECK"),
        ("fr", "dis le à personne", "SECRECY"),
        ("es", "cuantos años tienes", "AGE_PROBING"),
        ("es", "no se lo digas a nadie", "SECRECY"),
        ("it", "quanti anni hai", "AGE_PROBING"),
        ("it", "non dirlo a nessuno", "SECRECY"),
        ("nl", "hoe oud ben je", "AGE_PROBING"),
        ("nl", "zijn je ouders thuis", "PARENT_CHECK"),
        ("pl", "ile masz lat", "AGE_PROBING"),
        ("pl", "nie mów nikomu", "SECRECY"),
    ],
)
def test_packs_find_their_categories(language: str, text: str, category: str) -> None:
    from grooming_risk.model.indicators import categories_in

    assert category in categories_in(match_message(normalize_text(text), language))


#: Everyday messages that patterns added in the packs' widening passes once matched (found by a review of every
#: added pattern): each must stay free of any category, or the explanation a reviewer reads says "sexual content"
#: for "I left without eating anything".
EVERYDAY = [
    ("de", "wie alt ist dein hund?"),
    ("de", "Hab die Bilder gespeichert, danke"),
    ("de", "Ich überweis dir das Geld für die Pizza"),
    ("de", "heute ist es richtig heiß geworden"),
    ("de", "Bist du vom Sternzeichen Jungfrau?"),
    ("de", "Welche Klasse spielst du in WoW?"),
    ("de", "Mein Lieblingsspieler ist Messi"),
    ("fr", "Je suis parti sans rien manger ce matin"),
    ("fr", "Vous avez 30 minutes pour finir l'exercice"),
    ("fr", "T'as déjà fait du patin à glace ?"),
    ("fr", "je te fais un virement pour le resto"),
    ("fr", "Ajoute-moi à ta liste d'amis"),
    ("fr", "Ce texte me fait rire"),
    ("es", "Me quedé sin nada que hacer"),
    ("es", "¿A qué hora sale el tren?"),
    ("es", "Tienes 10 minutos para terminar el examen"),
    ("es", "¿Vos tocás el piano?"),
    ("es", "Tengo que cargar el celular"),
    ("es", "No olvides decirle a tu mamá"),
    ("it", "nn so cosa dire"),
    ("it", "il fratello di Marco che è mio amico"),
    ("it", "Potete stare tranquilli"),
    ("it", "Ho visto le tue foto, bellissime"),
    ("it", "Tieni, questo è per te"),
    ("it", "Arrivo entro 10 minuti o giù di lì"),
    ("nl", "Dat zullen we nog wel zien"),
    ("nl", "Maak de opdracht met z'n tweeën"),
    ("nl", "Heb je de wedstrijd opgenomen?"),
    ("nl", "Hou je even stil"),
    ("nl", "De taart is mooi geworden"),
    ("nl", "Ik heb een leren kussen gekocht"),
    ("pl", "U mnie wszystko spokojnie, a u ciebie?"),
    ("pl", "Mam twoje zdjęcia z wycieczki"),
    ("pl", "Idę jutro na masaż"),
    ("pl", "Zamknij drzwi na klucz"),
    ("pl", "Przenieśmy spotkanie na jutro"),
    ("pl", "Nie wychodź bez bluzy, zimno jest"),
]


@pytest.mark.parametrize(("language", "text"), EVERYDAY)
def test_everyday_messages_raise_no_category(language: str, text: str) -> None:
    from grooming_risk.model.indicators import categories_in

    assert categories_in(match_message(normalize_text(text), language)) == []


@pytest.mark.parametrize(
    ("language", "near", "far"),
    [
        ("de", "lösch am besten den chat", "lösch bitte zuerst die einkaufsliste von gestern und den chat"),
        ("it", "cancella subito sti messaggi", "cancella la lezione di domani e leggi i messaggi"),
        ("pl", "usuń od razu całą rozmowę", "usuń z listy zakupów mleko chleb masło i rozmowę"),
    ],
)
def test_words_a_phrase_lets_stand_apart_are_found_up_to_three_words_apart(language: str, near: str, far: str) -> None:
    """``..`` in a pack phrase (`model.indicators`) is up to three words of anything: "delete the chat" with an
    adverb and an article between, not two words that merely occur in one long message."""
    from grooming_risk.model.indicators import categories_in

    assert "SECRECY" in categories_in(match_message(normalize_text(near), language))
    assert "SECRECY" not in categories_in(match_message(normalize_text(far), language))


@pytest.mark.parametrize(
    ("language", "text", "age"),
    [
        ("de", "ich bin 13", 13),
        ("fr", "j'ai 13 ans", 13),
        ("es", "tengo 13 años", 13),
        ("it", "ho 13 anni", 13),
        ("nl", "ik ben 13", 13),
        ("pl", "mam 13 lat", 13),
    ],
)
def test_self_disclosed_ages_in_each_language(language: str, text: str, age: int) -> None:
    forms = pack(language).ages
    assert forms is not None and age in forms.evidence([normalize_text(text)]).self_ages


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_every_named_school_year_has_a_digit_or_a_word_that_triggers_its_scan(language: str) -> None:
    """`AgeForms.evidence` scans a message with every named school year only when it holds one of their words
    (outside negative lookarounds), and with those written with a digit when it holds a digit: an expression
    without a digit must name such a word and no class of letters that could stand in for it."""
    import importlib
    import re

    from grooming_risk.model.packs import _has_digit, _without_negative_lookarounds

    module = importlib.import_module(f"grooming_risk.model.packs.{language}")
    for source, _age in module.SCHOOL_YEARS:
        if _has_digit(source):
            continue
        required = _without_negative_lookarounds(source)
        assert not re.search(r"\\w|\\S|\[a-z|(?<!\\)\.", required), (language, source)
        for alternative in re.split(r"\|(?![^()]*\))", required):  # top-level alternatives
            assert school_words([alternative]).search(alternative), (language, source, alternative)


def test_a_school_year_scan_is_skipped_only_where_it_cannot_match() -> None:
    """The gates of the age scans change no result: every message of the sets read with them (`evidence`) and
    with every expression run on it."""
    for code in OTHER_LANGUAGES:
        forms = pack(code).ages
        assert forms is not None
        for item in SETS[code]:
            for message in item.conversation.messages:
                text = normalize_text(message.text)
                ungated = [
                    *forms.self_age.ages(text, True),
                    *forms.grades.ages(text, True),
                    *forms.school_years.ages(text, False),
                ]
                assert sorted(forms.evidence([text]).self_ages) == sorted(ungated), (code, message.text)


# --- scoring ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("item", _cases(1, declared_pair=True))
def test_grooming_with_a_declared_adult_and_child_is_routed(shipped_model: Model, item: LabeledConversation) -> None:
    decision, why = _decide(shipped_model, item.conversation)
    assert decision is Decision.ROUTED_TO_REVIEW, why


@pytest.mark.parametrize("item", _cases(0))
def test_hard_benign_conversations_are_discarded(shipped_model: Model, item: LabeledConversation) -> None:
    decision, why = _decide(shipped_model, item.conversation)
    assert decision is Decision.DISCARDED, why


MOTHER = [  # a mother and her 13-year-old, declared contacts: "home alone?" and a surprise kept from dad
    ("mama", "Schatz, bist du allein zu Hause?"),
    ("kind", "ja"),
    ("mama", "Sag Papa nichts von der Überraschungsparty, das ist unser Geheimnis!"),
    ("kind", "ok Mama"),
]


def test_two_categories_between_family_contacts_are_not_routed(shipped_model: Model) -> None:
    """Reviewer's case: PARENT_CHECK and SECRECY from a declared 41-year-old to her 13-year-old contact. The
    English path does not route it; the language offset needs three categories between contacts."""
    people = (Participant("mama", 41, account_age_days=2000), Participant("kind", 13))
    messages = tuple(Message(s, 1_767_225_600.0 + 30 * k, t) for k, (s, t) in enumerate(MOTHER))
    conversation = Conversation("mother", people, messages, participants_are_contacts=True)
    result = shipped_model.score(conversation)
    assert result.languages == ("de",)
    assert {"PARENT_CHECK", "SECRECY"} <= set(result.indicators)
    assert _decide(shipped_model, conversation)[0] is Decision.DISCARDED


def test_short_english_lines_among_long_german_ones_stay_english() -> None:
    """Reviewer's case: ten short English grooming lines around three long German sentences; the vote makes the
    conversation German, but an English line of eight letters or more keeps its language (and the learned model)."""
    german = [
        "Ich hab heute den ganzen Tag gearbeitet, war echt anstrengend und bin jetzt total müde",
        "Meine Schwester wohnt übrigens auch in deiner Stadt, das ist doch lustig oder nicht?",
        "Ich bin gerade auf dem Weg nach Hause und hab noch ziemlich Hunger, mal sehen was es gibt",
    ]
    english = ["how old r u", "13", "r ur parents home", "no", "dont tell anyone bout us", "ok", "wanna meet up"]
    found = identify([german[0], *english[:4], german[1], *english[4:], german[2]])
    by_text = dict(zip([german[0], *english[:4], german[1], *english[4:], german[2]], found.messages, strict=True))
    assert all(by_text[t] == "de" for t in german)
    assert by_text["r ur parents home"] == by_text["dont tell anyone bout us"] == by_text["wanna meet up"] == "en"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"language": "de"}', 'an object with "language" and "conversations"'),
        ('{"language": "xx", "conversations": []}', "is not one of"),
        ('{"language": "de", "conversations": ["text"]}', "a conversation must be an object"),
        ("[" * 100_000 + "]" * 100_000, "RecursionError"),
    ],
    ids=["no-conversations", "unsupported-language", "not-an-object", "deeply-nested"],
)
def test_malformed_language_sets_are_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    (tmp_path / "de.json").write_text(content, encoding="utf-8")
    assert main(["evaluate", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_the_learned_text_model_is_silent_on_other_languages(shipped_model: Model) -> None:
    """A German conversation scores exactly as with the learned model silenced; an English one does not."""
    silent = without_learned_text(shipped_model)
    german = SETS["de"][0].conversation
    assert shipped_model.score(german).risk_score == silent.score(german).risk_score
    english = to_request_conversation()
    assert shipped_model.score(english).risk_score != silent.score(english).risk_score


def to_request_conversation() -> Conversation:
    from grooming_risk.model.convert import to_conversation

    return to_conversation(request(GROOMING_LINES, "en-1", ages={"adult": 34, "child": 13}))


def test_english_messages_in_a_german_conversation_keep_the_learned_model(shipped_model: Model) -> None:
    base = SETS["de"][0].conversation
    english = to_request_conversation()
    sender = base.participants[0].participant_id
    last = base.messages[-1].sent_at
    added = tuple(Message(sender, last + 10 + k, m.text) for k, m in enumerate(english.messages) if len(m.text) > 30)
    mixed = dataclasses.replace(base, messages=base.messages + added)
    result = shipped_model.score(mixed)
    assert "en" in result.languages and result.languages[0] == "de"
    assert result.risk_score >= without_learned_text(shipped_model).score(mixed).risk_score


def test_the_response_names_the_languages_scored(start_server) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    stub = pb_grpc.RiskScoringServiceStub(server.channel)
    item = next(i for i in SETS["de"] if i.label == 1)
    german = stub.ScoreConversation(to_request(item.conversation), timeout=10)
    assert list(german.languages) == ["de"]
    english = stub.ScoreConversation(request(GROOMING_LINES, "en-2"), timeout=10)
    assert list(english.languages) == ["en"]


# --- evaluate and thresholds per language -------------------------------------------------------------------


def _labeled_file(path: Path) -> Path:
    lines = [request_to_json(to_request(i.conversation), label=i.label) for code in ("de", "pl") for i in SETS[code]]
    lines.append(request_to_json(request(GROOMING_LINES, "en-3", ages={"adult": 34, "child": 13}), label=1))
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _identified(item: LabeledConversation) -> str:
    return identify([m.text for m in item.conversation.messages]).conversation


def test_evaluate_reports_per_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _labeled_file(tmp_path / "mixed.jsonl")
    assert main(["evaluate", str(path), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    by_language = result["by_language"]
    assert set(by_language) == {"de", "pl", "en"}
    identified = {code: sum(_identified(i) == code for i in SETS[code]) for code in ("de", "pl")}
    assert by_language["de"]["n"] == identified["de"] and by_language["pl"]["n"] == identified["pl"]
    assert sum(row["n"] for row in by_language.values()) == len(SETS["de"]) + len(SETS["pl"]) + 1
    assert main(["evaluate", str(DEFAULT_SETS)]) == 0
    table = capsys.readouterr().out
    for code in OTHER_LANGUAGES:
        assert f"| {code} | {code} and English packs" in table


def test_thresholds_report_per_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _labeled_file(tmp_path / "mixed.jsonl")
    assert main(["thresholds", str(path), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result["by_language"]) == {"de", "pl", "en"}
    assert result["by_language"]["pl"]["conversations"] == sum(_identified(i) == "pl" for i in SETS["pl"])
    assert all(row["threshold"] >= 0 for row in result["by_language"]["de"]["rows"])


def test_a_malformed_language_set_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "de.json").write_text('{"language": "de", "conversations": [{"id": "x"}]}', encoding="utf-8")
    assert main(["evaluate", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "de.json" in err and "Traceback" not in err


def test_participants_only_listed_count() -> None:
    """A set's conversation with a listed participant who never writes keeps that participant."""
    single = [
        i for code in OTHER_LANGUAGES for i in SETS[code] if len({m.sender_id for m in i.conversation.messages}) == 1
    ]
    assert single and all(len(i.conversation.participants) >= 2 for i in single)
    assert all(isinstance(p, Participant) for i in single for p in i.conversation.participants)
