"""Training-side subcommands of ``grooming-risk`` (need the ``training`` extra for ``train``)."""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from grooming_risk.model.convert import request_to_json, to_request

if TYPE_CHECKING:
    from grooming_risk.model.policy import TenantPolicy
    from grooming_risk.model.scorer import Model


def train_command(args: argparse.Namespace) -> int:
    from grooming_risk.training.corpus import CorpusConfig
    from grooming_risk.training.report import evaluate_artifact, measurements, write_card
    from grooming_risk.training.train import TrainConfig, run

    corpus = CorpusConfig(
        chitchat=not args.no_chitchat, synthetic_count=args.synthetic, labeled_jsonl=list(args.labeled), seed=args.seed
    )
    if args.data_root is not None:
        corpus.data_root = args.data_root
    config = TrainConfig(
        corpus=corpus,
        seed=args.seed,
        test_fraction=args.test_fraction,
        log=lambda line: print(line, file=sys.stderr, flush=True),
    )
    result = run(config, args.out)
    evaluation = evaluate_artifact(result, args.out, config, config.log)
    # The card goes inside the artifact directory (model/MODEL_CARD.md is the shipped copy of the shipped one).
    card = args.card or args.out / "MODEL_CARD.md"
    write_card(card, result, evaluation, config, "grooming-risk " + " ".join(shlex.quote(a) for a in sys.argv[1:]))
    (args.out / "evaluation.json").write_text(json.dumps(evaluation, indent=1, default=float) + "\n", encoding="utf-8")
    timing = json.dumps(measurements(result, args.out), indent=1, default=float)
    (args.out / "timing.json").write_text(timing + "\n", encoding="utf-8")
    if args.export_test:
        write_labeled(args.export_test, result.test)
    held = evaluation["held_out_text_only"]["model"]
    print(
        f"model {result.version}: held-out ROC-AUC {held['roc_auc']:.4f} PR-AUC {held['pr_auc']:.4f} "
        f"F1 {held['f1']:.4f} at threshold {result.default_threshold}; card: {card}"
    )
    return 0


def write_labeled(path: Path, items: list) -> None:  # type: ignore[type-arg]
    with path.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(
                request_to_json(
                    to_request(item.conversation),
                    label=item.label,
                    offender_ids=sorted(item.offender_ids),
                    source=item.source,
                    group=item.group,
                )
                + "\n"
            )


def evaluate_command(args: argparse.Namespace) -> int:
    from grooming_risk.model.policy import load_policy
    from grooming_risk.model.scorer import load_model
    from grooming_risk.training.evaluate import format_report, report, require_conversations, score_items
    from grooming_risk.training.loaders.labeled_jsonl import load_labeled_jsonl

    model = load_model(args.model_dir) if args.model_dir else load_model()
    policies = load_policy(args.policy, model.default_threshold)
    policy = policies.for_tenant(args.tenant)
    if policy is None:
        print(f"grooming-risk evaluate: tenant {args.tenant!r} has no policy", file=sys.stderr)
        return 2
    if args.input.is_dir():
        return _evaluate_language_sets(model, policy, args.input, args.json)
    items = require_conversations(args.input, load_labeled_jsonl(args.input))
    result = report(score_items(model, items, policy), policy.threshold)
    result["model_version"] = model.version
    print(json.dumps(result, indent=1) if args.json else f"model {model.version}\n{format_report(result)}")
    return 0


def _evaluate_language_sets(model: Model, policy: TenantPolicy, directory: Path, as_json: bool) -> int:
    """The model card's per-language table for a folder of hand-written sets (`training.languages`)."""
    from grooming_risk.training.languages import evaluate_sets, format_misses, format_rows

    rows = evaluate_sets(model, policy, directory)
    if not rows:
        raise ValueError(f"{directory}: no language sets (<code>.json files)")
    if as_json:
        print(json.dumps({"model_version": model.version, "threshold": policy.threshold, "languages": rows}, indent=1))
        return 0
    print(f"model {model.version}, threshold {policy.threshold:.3f}")
    print("\n".join(format_rows(rows)))
    for line in format_misses(rows):
        print(line)
    return 0


def import_pan12(corpus: Path, predators_file: Path, out: TextIO) -> tuple[int, int]:
    """Write PAN 2012 conversations as labeled request JSONL to `out`; (conversations, with a predator).
    The command line gives `out` (a file that replaces its destination only when this succeeds)."""
    from grooming_risk.training.loaders.pan12 import iter_pan12, read_predator_ids

    predators = read_predator_ids(predators_file)
    count = positives = 0
    for item in iter_pan12(corpus, predators):
        out.write(
            request_to_json(to_request(item.conversation), label=item.label, offender_ids=sorted(item.offender_ids))
            + "\n"
        )
        count += 1
        positives += item.label
    return count, positives
