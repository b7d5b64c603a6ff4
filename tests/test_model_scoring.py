"""The shipped model's scoring function, its artifact checks, and the policy decision (pure, no I/O)."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from grooming_risk.model.convert import to_conversation
from grooming_risk.model.domain import Conversation, Message, Participant
from grooming_risk.model.policy import (
    Decision,
    DiscardReason,
    PolicyError,
    TenantPolicy,
    build_policy,
    decide,
    load_policy,
    with_threshold,
)
from grooming_risk.model.rules import DEFAULT_RULES, ScoringRules
from grooming_risk.model.scorer import ARTIFACT_DIR, Model, ModelLoadError, load_model
from helpers import benign_request, grooming_request
from helpers import request as build_request


def test_scores_are_probabilities_and_deterministic(shipped_model: Model) -> None:
    grooming = to_conversation(grooming_request())
    benign = to_conversation(benign_request())
    first = shipped_model.score(grooming)
    assert 0.0 <= first.risk_score <= 1.0
    assert shipped_model.score(grooming) == first
    assert shipped_model.score(benign).risk_score < 0.05 < 0.9 < first.risk_score
    assert first.view == "role" and first.suspect_participant == "adult"


def test_indicators_strongest_first_and_from_the_documented_list(shipped_model: Model) -> None:
    from grooming_risk.model.features import ALL_INDICATORS

    result = shipped_model.score(to_conversation(grooming_request()))
    assert set(result.indicators) <= set(ALL_INDICATORS)
    assert {"PARENT_CHECK", "SECRECY", "IMAGE_REQUEST", "MEETING_PROPOSAL", "AGE_GAP"} <= set(result.indicators)


def test_one_sender_uses_the_flat_view(shipped_model: Model) -> None:
    conv = to_conversation(grooming_request())
    text = " ".join(m.text for m in conv.messages)
    flat = Conversation("flat", (Participant("x"),), (Message("x", conv.messages[-1].sent_at, text),))
    result = shipped_model.score(flat)
    assert result.view == "flat" and result.suspect_participant is None
    benign = to_conversation(benign_request())
    block = " ".join(m.text for m in benign.messages)
    benign_flat = Conversation("flat-b", (Participant("x"),), (Message("x", benign.messages[-1].sent_at, block),))
    assert result.risk_score > 10 * shipped_model.score(benign_flat).risk_score


def test_messages_older_than_a_day_are_ignored(shipped_model: Model) -> None:
    conv = to_conversation(grooming_request())
    newest = conv.messages[-1].sent_at
    old = tuple(dataclasses.replace(m, sent_at=m.sent_at - 2 * 86400) for m in conv.messages)
    recent = Message("adult", newest, "ok see you")
    mixed = dataclasses.replace(conv, messages=(*old, recent))
    result = shipped_model.score(mixed)
    assert result.messages_scored == 1
    assert result.risk_score < shipped_model.score(conv).risk_score


def test_evidence_flags_peers_and_verified_adults(shipped_model: Model) -> None:
    conv = to_conversation(grooming_request())
    peers = dataclasses.replace(conv, participants=(Participant("adult", 14), Participant("child", 13)))
    assert shipped_model.score(peers).evidence.peers
    adults = dataclasses.replace(conv, participants=(Participant("adult", 34, True), Participant("child", 30, True)))
    assert shipped_model.score(adults).evidence.verified_adults
    evidence = shipped_model.score(conv).evidence
    assert not evidence.peers and not evidence.verified_adults
    assert evidence.independent_elements() >= 3


def test_jurisdiction_age_gap_changes_the_age_gap_factor(shipped_model: Model) -> None:
    conv = dataclasses.replace(
        to_conversation(benign_request()), participants=(Participant("a", 19), Participant("b", 15))
    )
    assert "AGE_GAP" not in shipped_model.score(conv, DEFAULT_RULES).evidence.risk_factors
    strict = ScoringRules(min_age_gap_years=3)
    assert "AGE_GAP" in shipped_model.score(conv, strict).evidence.risk_factors


def _copy_artifact(tmp_path: Path) -> Path:
    target = tmp_path / "artifact"
    shutil.copytree(ARTIFACT_DIR, target)
    return target


def test_tampered_artifact_is_refused(tmp_path: Path) -> None:
    target = _copy_artifact(tmp_path)
    with np.load(target / "weights.npz") as npz:
        arrays = {k: npz[k] for k in npz.files}
    arrays["unit_weights"] = arrays["unit_weights"] * 2
    np.savez(target / "weights.npz", **arrays)
    with pytest.raises(ModelLoadError, match="version hash"):
        load_model(target)


def test_artifact_with_objects_cannot_run_code(tmp_path: Path) -> None:
    target = _copy_artifact(tmp_path)
    np.savez(target / "weights.npz", idf=np.array([object()], dtype=object))
    with pytest.raises(ModelLoadError):
        load_model(target)


def test_missing_or_foreign_artifact(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError):
        load_model(tmp_path)
    target = _copy_artifact(tmp_path)
    meta = json.loads((target / "model.json").read_text())
    meta["format"] = 99
    (target / "model.json").write_text(json.dumps(meta))
    with pytest.raises(ModelLoadError, match="format"):
        load_model(target)


# --- policy -------------------------------------------------------------------------------------


def test_policy_file_with_presets_and_inheritance(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text("""
[jurisdictions.strict]
min_age_gap_years = 3
peer_max_gap_years = 2
threshold = 0.4
[tenants.default]
threshold = 0.6
[tenants.acme]
jurisdiction = "strict"
[tenants.beta]
jurisdiction = "strict"
threshold = 0.25
adult_age = 16
""")
    policies = load_policy(path, 0.5)
    assert policies.for_tenant("").threshold == 0.6
    acme = policies.for_tenant("acme")
    assert acme.threshold == 0.4 and acme.rules.min_age_gap_years == 3 and acme.rules.peer_max_gap_years == 2
    beta = policies.for_tenant("beta")
    assert beta.threshold == 0.25 and beta.rules.adult_age == 16 and beta.jurisdiction == "strict"
    assert policies.for_tenant("nobody") is None
    assert load_policy(None, 0.42).for_tenant("default").threshold == 0.42


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[tenants.default]\nthreshold = 1.5", "threshold must be a number in (0, 1]"),
        ("[tenants.default]\nthreshhold = 0.5", "unknown key(s) threshhold"),
        ("[tenants.x]\njurisdiction = 'nowhere'", "jurisdiction 'nowhere' is not defined"),
        ("[tenants.x]\nadult_age = 'eighteen'", "adult_age must be an integer"),
        ("[tenants.x]\nmin_age_gap_years = 99", "min_age_gap_years must be between"),
        ("[tenants\n", "not valid TOML"),
    ],
)
def test_invalid_policies_are_rejected_with_the_place(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(text)
    with pytest.raises(PolicyError) as err:
        load_policy(path, 0.5)
    assert message in str(err.value)


def test_threshold_update_is_validated() -> None:
    policies = build_policy({}, 0.5, "built-in")
    assert with_threshold(policies, "", 0.3).for_tenant("default").threshold == 0.3
    assert policies.for_tenant("default").threshold == 0.5  # immutable: the old set is unchanged
    with pytest.raises(PolicyError):
        with_threshold(policies, "", 0.0)
    with pytest.raises(PolicyError):
        with_threshold(policies, "ghost", 0.4)


def test_decision_applies_threshold_then_safeguards(shipped_model: Model) -> None:
    policy = TenantPolicy("default", 0.5, DEFAULT_RULES)
    evidence = shipped_model.score(to_conversation(grooming_request())).evidence
    assert decide(0.9, evidence, policy) == (Decision.ROUTED_TO_REVIEW, DiscardReason.NONE)
    assert decide(0.4, evidence, policy) == (Decision.DISCARDED, DiscardReason.BELOW_THRESHOLD)
    single = dataclasses.replace(
        evidence, risk_factors=frozenset(), text_categories=frozenset({"SEXUAL_CONTENT"}), learned_language=False
    )
    assert decide(0.99, single, policy) == (Decision.DISCARDED, DiscardReason.SINGLE_INDICATOR)
    factors_only = dataclasses.replace(evidence, text_categories=frozenset(), learned_language=False)
    assert decide(0.99, factors_only, policy) == (Decision.DISCARDED, DiscardReason.SINGLE_INDICATOR)
    # Learned grooming language is one text element: never enough alone, enough with a second element.
    learned = dataclasses.replace(
        evidence, text_categories=frozenset(), risk_factors=frozenset(), learned_language=True
    )
    assert decide(0.99, learned, policy) == (Decision.DISCARDED, DiscardReason.SINGLE_INDICATOR)
    learned_and_gap = dataclasses.replace(learned, risk_factors=frozenset({"AGE_GAP"}))
    assert decide(0.99, learned_and_gap, policy) == (Decision.ROUTED_TO_REVIEW, DiscardReason.NONE)
    assert (
        decide(0.99, dataclasses.replace(learned_and_gap, participants=1), policy)[1] is DiscardReason.SINGLE_INDICATOR
    )
    assert decide(0.99, dataclasses.replace(evidence, peers=True), policy)[1] is DiscardReason.PEERS
    assert decide(0.99, dataclasses.replace(evidence, verified_adults=True), policy)[1] is DiscardReason.VERIFIED_ADULTS


def test_rescoring_an_extraction_with_new_counts_equals_scoring_from_scratch(shipped_model: Model) -> None:
    """The service re-scores with derived 24-hour behaviour without matching the text again."""
    from grooming_risk.model.features import extract

    for source in (grooming_request("g"), benign_request("b")):
        conversation = to_conversation(source)
        extraction = extract(conversation)
        scores = {shipped_model.score(conversation).risk_score}
        for fanout, messages in ((1, 10), (4, 50), (0, 2000)):
            enriched = dataclasses.replace(
                conversation,
                participants=tuple(
                    dataclasses.replace(p, distinct_minor_contacts_24h=fanout, messages_24h=messages)
                    for p in conversation.participants
                ),
            )
            again = shipped_model.score_extraction(dataclasses.replace(extraction, conversation=enriched))
            fresh = shipped_model.score(enriched)
            assert again.risk_score == fresh.risk_score and again.indicators == fresh.indicators
            assert again.evidence == fresh.evidence
            scores.add(fresh.risk_score)
        assert len(scores) > 1  # the counts do change the score


def test_serving_unit_logits_are_the_training_features_dotted(shipped_model: Model) -> None:
    """Serving weighs and dots the units' n-grams itself; training builds a scipy matrix of the same units for
    scikit-learn (`training.train.weighed`): the logits must agree, or the model serves something it never
    learned."""
    import scipy.sparse as sp

    from grooming_risk.model import char_units as CU
    from grooming_risk.model.features import extract
    from grooming_risk.training.train import weighed

    text = shipped_model.text
    size = text.weights.shape[0]
    for request in (grooming_request(), benign_request()):
        units = CU.units_of(extract(to_conversation(request)).normalized, text.unit_words).texts
        assert units
        indptr, indices, values = CU.counts(units, text.n_min, text.n_max, size.bit_length() - 1)
        matrix = weighed(sp.csr_matrix((values, indices, indptr), shape=(len(units), size)), text.idf, text.smoothing)
        trained = matrix @ text.weights + text.bias
        served = CU.unit_logits(units, text.weights, text.idf, text.bias, text.smoothing, text.n_min, text.n_max)
        assert np.allclose(served, trained, rtol=0, atol=1e-9)
        assert len(set(np.round(served, 6).tolist())) > 1  # the units do get different logits


# --- who is in the conversation, and hand-written clear cases (issue 17) ---------------------------------------

PICK_UP = (  # a coach isolates a 12-year-old: parent check, secrecy, a pick-up away from the bus, nobody to see
    ("coach_m", "hey, you were great at practice today"),
    ("kid", "thanks!!"),
    ("coach_m", "does your mom know you have this app?"),
    ("kid", "no she doesnt check my phone"),
    ("coach_m", "good, keep it that way. this is just between us"),
    ("kid", "ok"),
    ("coach_m", "i can pick you up after school tomorrow, dont take the bus"),
    ("coach_m", "wait for me round the corner where nobody sees"),
    ("kid", "why round the corner"),
    ("coach_m", "trust me. and dont tell your friends, they wouldnt understand"),
)
SEXTORTION = (  # a 29-year-old threatens to spread a 14-year-old's pictures
    ("man", "remember those pics you sent me"),
    ("girl", "please delete them"),
    ("man", "send me more or i will show them to your parents and everyone at your school"),
    ("girl", "please dont"),
    ("man", "you have 1 hour. and delete this chat, dont tell anyone"),
    ("girl", "im only 14 please stop"),
    ("man", "then do what i say"),
)
PEERS = (
    ("a", "r u coming to jakes party"),
    ("b", "idk my mom is strict"),
    ("a", "dont tell her lol, we can meet at the park first"),
    ("b", "haha ok send me a pic of ur outfit"),
    ("a", "omg ur so cute"),
)
TODDLER = (  # a parent writing to a toddler's tablet: the only listed participant
    ("mum", "time for bath sweetie"),
    ("mum", "dont tell daddy about the surprise cake ok, its our secret"),
    ("mum", "send a picture to grandma"),
    ("mum", "we can meet grandpa at the park tomorrow"),
)
GAMING = (  # toxic, but nobody is grooming anybody
    ("x1", "ur trash kid uninstall"),
    ("x2", "shut up noob how old r u 12?"),
    ("x3", "lol he mad"),
    ("x1", "send me ur skin or i report u"),
    ("x2", "meet me in ranked if u dare"),
    ("x3", "kys lmao"),
    ("x1", "add me on discord"),
)

TEACHER = (  # a photo of the homework, a meeting after class
    ("ms_k", "hi jamie, your science project is due friday, dont forget"),
    ("jamie", "ok i know"),
    ("ms_k", "can you send me a photo of your poster so far? i want to check the layout"),
    ("jamie", "sure here"),
    ("ms_k", "looks great! bring it to school tomorrow and we can meet in room 12 after class"),
    ("jamie", "ok thank you"),
    ("ms_k", "your parents can pick you up at 4 as usual"),
    ("jamie", "yep"),
)
COACH_SCHEDULE = (
    ("coach_d", "practice moved to saturday 10am at the north field"),
    ("player", "ok will my mom need to stay"),
    ("coach_d", "parents are welcome to stay, the bus leaves from school at 9:30"),
    ("player", "cool"),
    ("coach_d", "everyone who comes gets a new team shirt, a gift from the sponsors"),
    ("player", "nice!!"),
    ("coach_d", "send me a pic of your permission slip when its signed"),
    ("player", "ok"),
)
AUNT = (
    ("aunt_l", "happy birthday sweetie!! i got you a present, its a surprise so dont tell your brother"),
    ("niece", "omg what is it"),
    ("aunt_l", "you will see when we meet on sunday at grandmas"),
    ("niece", "yay"),
    ("aunt_l", "send me a picture of your cake later"),
    ("niece", "ok love you"),
)
TUTOR = (
    ("tutor_r", "hi, this is your maths tutor. how old are you and what year are you in?"),
    ("student", "im 13, year 8"),
    ("tutor_r", "great. is your mum or dad around to confirm the session times?"),
    ("student", "my dad is here"),
    ("tutor_r", "perfect, we can meet online on tuesday at 5 on the school platform"),
    ("student", "ok"),
)
ADULT_AND_CHILD = {  # hard benign: an adult and a child, both declared, everyday requests
    "teacher": (TEACHER, {"ms_k": 38, "jamie": 12}),
    "coach-schedule": (COACH_SCHEDULE, {"coach_d": 45, "player": 11}),
    "aunt": (AUNT, {"aunt_l": 41, "niece": 9}),
    "tutor": (TUTOR, {"tutor_r": 29, "student": 13}),
}


def _decide(model: Model, conversation: Conversation, threshold: float | None = None) -> tuple[Decision, DiscardReason]:
    result = model.score(conversation)
    policy = TenantPolicy("t", model.default_threshold if threshold is None else threshold, DEFAULT_RULES)
    return decide(result.risk_score, result.evidence, policy)


def test_a_single_participant_is_scored_but_never_routed(shipped_model: Model) -> None:
    """Issue 17: one person has no one to groom. The grooming fixture sent as one block by the only listed
    participant scores above a tenant's threshold and is still discarded; a listed participant who never writes
    counts."""
    conv = to_conversation(grooming_request())
    text = " ".join(m.text for m in conv.messages)  # the conversation sent as one block by one sender
    alone = Conversation("alone", (Participant("adult"),), (Message("adult", conv.messages[-1].sent_at, text),))
    result = shipped_model.score(alone)
    threshold = result.risk_score  # a tenant whose threshold this score reaches
    assert result.evidence.participants == 1 and len(result.evidence.text_categories) >= 3
    assert _decide(shipped_model, alone, threshold) == (Decision.DISCARDED, DiscardReason.SINGLE_INDICATOR)
    silent_child = dataclasses.replace(alone, participants=(Participant("adult"), Participant("child", 13)))
    assert shipped_model.score(silent_child).evidence.participants == 2
    assert _decide(shipped_model, silent_child, threshold) == (Decision.ROUTED_TO_REVIEW, DiscardReason.NONE)


@pytest.mark.parametrize(
    "contacts",
    [
        pytest.param(False, id="strangers"),
        pytest.param(
            True,
            id="contacts",
            marks=pytest.mark.xfail(
                strict=True, reason="issue 17, open: between declared contacts these score 0.66-0.70 (threshold 0.879)"
            ),
        ),
    ],
)
@pytest.mark.parametrize(
    ("lines", "ages"),
    [(PICK_UP, {"coach_m": 41, "kid": 12}), (SEXTORTION, {"man": 29, "girl": 14})],
    ids=["pick-up", "sextortion"],
)
def test_clear_grooming_with_declared_ages_is_routed(
    shipped_model: Model, lines: tuple[tuple[str, str], ...], ages: dict[str, int], contacts: bool
) -> None:
    """Issue 17: short explicit conversations score low on the learned text alone; a declared adult and child
    with grooming-specific categories (`gap_categories`) must route them."""
    conv = to_conversation(build_request(lines, "clear", ages=ages, contacts=contacts))
    assert _decide(shipped_model, conv) == (Decision.ROUTED_TO_REVIEW, DiscardReason.NONE)


@pytest.mark.parametrize("contacts", [False, True], ids=["strangers", "contacts"])
@pytest.mark.parametrize("case", sorted(ADULT_AND_CHILD))
def test_an_adult_and_a_child_on_everyday_matters_are_not_routed(
    shipped_model: Model, case: str, contacts: bool
) -> None:
    lines, ages = ADULT_AND_CHILD[case]
    conv = to_conversation(build_request(lines, case, ages=ages, contacts=contacts))
    assert _decide(shipped_model, conv)[0] is Decision.DISCARDED


@pytest.mark.parametrize(
    ("lines", "ages"),
    [(PEERS, {"a": 14, "b": 15}), (TODDLER, {"mum": 33}), (GAMING, {})],
    ids=["peers", "parent-and-toddler", "toxic-gaming"],
)
def test_hard_benign_cases_are_not_routed(
    shipped_model: Model, lines: tuple[tuple[str, str], ...], ages: dict[str, int]
) -> None:
    conv = to_conversation(build_request(lines, "hard-benign", ages=ages))
    assert _decide(shipped_model, conv)[0] is Decision.DISCARDED


@pytest.mark.parametrize(
    ("declared", "peers"),
    [(18, True), (22, True), (23, False), (38, False)],
    ids=["age-gate-18", "age-gate-22", "declared-23", "declared-38"],
)
def test_a_declared_adult_posing_as_a_child_is_not_a_peer(shipped_model: Model, declared: int, peers: bool) -> None:
    """Children declare 18 to pass age gates: "im 14" from a declared 18-year-old makes them peers of a 13-year-old.
    A declared 38-year-old saying the same is posing as a child (issue 19's sets): the peers safeguard does not
    apply to a declared age of adult age plus the age gap or more."""
    lines = (("x", "hey"), ("x", "im 14 btw"), ("kid", "im 13"), ("x", "cool"))
    conv = to_conversation(build_request(lines, "posing", ages={"x": declared, "kid": 13}))
    assert shipped_model.score(conv).evidence.peers is peers
