"""Normalisation against evasion, indicator categories and ages disclosed in text (pure functions)."""

from __future__ import annotations

import pytest

from grooming_risk.model.ages import extract_age_evidence, typical_age
from grooming_risk.model.indicators import CATEGORIES, categories_in, compile_phrase
from grooming_risk.model.language import SUPPORTED
from grooming_risk.model.normalize import normalize_text, normalize_texts
from grooming_risk.model.packs import match_message, pack
from grooming_risk.model.packs.en import COMMON_WORDS, PHRASES


@pytest.mark.parametrize(
    ("variant", "expected"),
    [
        ("s3cr3t", " secret "),
        ("pl3ase", " please "),
        ("s e c r e t", " secret "),
        ("s.e.x", " sex "),
        ("s-e-x-y", " sexy "),
        ("Ѕеcrеt", " secret "),  # Cyrillic look-alikes
        ("ｓｅｃｒｅｔ", " secret "),  # fullwidth
        ("𝐬𝐞𝐜𝐫𝐞𝐭", " secret "),  # mathematical bold
        ("se\u200bcr\u200det", " secret "),  # zero-width characters
        ("\u202esecret", " secret "),  # right-to-left override
        ("seeeeecret", " secret "),
        ("horrrny", " horny "),
        ("meeeeet", " meet "),
        ("sécret", " secret "),
        ("🤫", " secret "),
        ("u r", " you are "),
        ("pic", " picture "),
        ("wyd", " what you doing "),
    ],
)
def test_evasion_variants_normalise_to_the_plain_word(variant: str, expected: str) -> None:
    assert normalize_text(variant) == expected


def test_ages_survive_leet_decoding_and_tags_split() -> None:
    assert normalize_text("13/f/ky") == " 13 f ky "
    assert normalize_text("14f") == " 14 f "
    assert normalize_text("m19") == " m 19 "
    assert normalize_text("i'm 13 y/o") == " im 13 yo "


def test_batch_keeps_message_boundaries_and_handles_odd_input() -> None:
    texts = ["hello\nthere", "", "a\ud800b", "x" * 100_000, "&quot;hi&quot; &amp; 69b0d3dfe919a6b860a9fac82de52a7e"]
    out = normalize_texts(texts)
    assert len(out) == len(texts)
    assert out[0] == " hello there "
    assert out[1] == " "
    assert "\ud800" not in out[2]
    assert out[4] == " hi usr "


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("how old r u?", "AGE_PROBING"),
        ("asl", "AGE_PROBING"),
        ("r ur parents home?", "PARENT_CHECK"),
        ("is this your own phone", "PARENT_CHECK"),
        ("dont tell anyone, its our little secret", "SECRECY"),
        ("delete this chat after", "SECRECY"),
        ("ur so mature for ur age", "TRUST_FLATTERY"),
        ("ill buy u a new phone", "GIFTS"),
        ("want some robux?", "GIFTS"),
        ("send me a pic", "IMAGE_REQUEST"),
        ("turn on your cam", "IMAGE_REQUEST"),
        ("add me on snap", "PLATFORM_MIGRATION"),
        ("lets talk on discord", "PLATFORM_MIGRATION"),
        ("can we meet saturday", "MEETING_PROPOSAL"),
        ("i can pick u up after school", "MEETING_PROPOSAL"),
        ("have you ever had sex", "SEXUAL_CONTENT"),
        ("send it or ill post ur pics", "PRESSURE_THREAT"),
        ("d0nt t3ll any0ne", "SECRECY"),
        ("s e n d  m e  a  p i c", "IMAGE_REQUEST"),
    ],
)
def test_indicator_categories(text: str, category: str) -> None:
    assert category in categories_in(match_message(normalize_text(text)))


@pytest.mark.parametrize(
    "text",
    [
        "the kernel panics on boot",
        "it was my first time going to one and i loved it",
        "a pleasure to meet you",
        "cyber bullying is a real problem",
        "we played at the park last summer",
        "on top of a juicy burger",
    ],
)
def test_ordinary_chat_matches_no_category(text: str) -> None:
    assert categories_in(match_message(normalize_text(text))) == []


def test_every_phrase_compiles_with_an_anchor() -> None:
    for category, phrases in PHRASES.items():
        for source in phrases:
            phrase = compile_phrase(CATEGORIES.index(category), source, COMMON_WORDS)
            assert phrase.anchors


def test_a_phrase_without_a_rare_word_is_rejected() -> None:
    with pytest.raises(ValueError):
        compile_phrase(0, "are you there", COMMON_WORDS)


@pytest.mark.parametrize("language", SUPPORTED)
def test_every_pack_compiles_with_every_category(language: str) -> None:
    compiled = pack(language)
    assert {p.category for p in compiled.phrases.phrases} == set(range(len(CATEGORIES)))
    assert (compiled.ages is None) == (language == "en")


@pytest.mark.parametrize(
    ("text", "own", "other"),
    [
        ("im 13", [13], []),
        ("13/f/ky", [13], []),
        ("i am in 8th grade", [13], []),
        ("i just turned 14", [14], []),
        ("ur only 13?", [], [13]),
        ("hello i m 21 male and u 16 female", [21], [16]),
        ("im 20 minutes away", [], []),
        ("any 18 f wanna chat", [], []),
        ("when u turn 18", [], []),
    ],
)
def test_ages_disclosed_in_text(text: str, own: list[int], other: list[int]) -> None:
    evidence = extract_age_evidence(normalize_text(text))
    assert sorted(set(evidence.self_ages)) == own
    assert evidence.other_ages == other


def test_child_cues_and_typical_age() -> None:
    assert extract_age_evidence(normalize_text("my mom wont let me, im grounded")).self_minor_cues == 2
    assert extract_age_evidence(normalize_text("ur too young for me")).other_minor_cues == 1
    assert typical_age([13, 14, 13, 40]) == 13
    assert typical_age([]) is None


SELF_CUES = (
    "im grounded|i was grounded|got grounded|my curfew|my mom wont let me|my mom does not let me|my dad dont let me|"
    "my parents do not let me|im not allowed to|i am not allowed to|middle school|junior high|jr school|"
    "elementary school|7th grade|my school bus|the school bus|recess|my babysitter|detention|study hall|"
    "my allowance|im too young|i am too young|i cant drive|when i turn 16|my mom took my phone|my mom takes my phone"
)
OTHER_CUES = (
    "you are young|your so little|you look too underage|you sound a little a kid|you seem kinda a minor|"
    "you are pretty a child|your jailbait|too young|underage|jailbait|a minor|statutory|legal age|age of consent|"
    "when you turn 18|until you are 18|til you are 18|till you are 18|when you are 18|when you are older|"
    "you are not 18|your not 18|im too old for you|i am too old for you|older than you|too old for you|"
    "your grade|your age|at your age|for your age|school age|still in school"
)


@pytest.mark.parametrize(
    ("cue", "field"), [(c, "self") for c in SELF_CUES.split("|")] + [(c, "other") for c in OTHER_CUES.split("|")]
)
def test_every_child_cue_is_found_with_the_word_prefilter(cue: str, field: str) -> None:
    """The cue scans are skipped for texts without any trigger word: no cue may lack one."""
    text = normalize_text(f"hey there {cue} ok")
    words = set(text.split())
    fast, full = extract_age_evidence(text, words), extract_age_evidence(text)
    assert fast == full
    assert (full.self_minor_cues if field == "self" else full.other_minor_cues) >= 1, text


@pytest.mark.parametrize(
    "text",
    [
        "s e c r e t now",
        "a b c",
        "x.y.z and s_e_x and s*e*x*y",
        "h3llo s3x n@ked h0rny 13f f14 14yrs",
        "soooo cuuute hahaaa !!! ... zzz",
        "id 69b0d3dfe919a6b860a9fac82de52a7e ok 0123456789abcdef0123456789abcde",
        "what?? really?you ok\x01fine\tthen",
        "u r 2 cute w/ ur 13 y/o sister b/c",
    ],
)
def test_ascii_fast_tests_agree_with_the_regular_expressions(text: str) -> None:
    """Plain ASCII takes byte-class shortcuts; a non-ASCII separator ("—") forces the regex path."""
    assert normalize_texts([text, "ok"]) == normalize_texts([text + " \u2014", "ok"])
