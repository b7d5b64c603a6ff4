"""Check a pack and try it on texts: ``python -m grooming_risk.model.packs de [--try TEXT ...]``.

Compiles the pack (a format error is one line and exit 2), prints its phrases per category, then for each
``--try`` text: the normalised form, the language identified, the categories matched and the ages read.
"""

from __future__ import annotations

import argparse
import sys

from grooming_risk.model.ages import extract_age_evidence
from grooming_risk.model.indicators import categories_in
from grooming_risk.model.language import SUPPORTED, guess
from grooming_risk.model.normalize import normalize_text
from grooming_risk.model.packs import PackError, match_message, pack


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m grooming_risk.model.packs", description=__doc__)
    parser.add_argument("language", choices=SUPPORTED)
    parser.add_argument("--try", dest="texts", action="append", default=[], metavar="TEXT")
    args = parser.parse_args(argv)
    try:
        compiled = pack(args.language)
    except PackError as exc:
        print(f"pack {args.language}: {exc}", file=sys.stderr)
        return 2
    counts: dict[int, int] = {}
    for phrase in compiled.phrases.phrases:
        counts[phrase.category] = counts.get(phrase.category, 0) + 1
    print(f"pack {args.language}: {sum(counts.values())} phrases, {len(compiled.phrases.anchor_words)} anchor words")
    for category, n in sorted(counts.items()):
        print(f"  {categories_in(1 << category)[0]:<20} {n}")
    for text in args.texts:
        normalized = normalize_text(text)
        code, prob = guess(text)
        ages = compiled.ages.evidence([normalized]) if compiled.ages else extract_age_evidence(normalized)
        print(f"\n{text!r}\n  normalised: {normalized!r}\n  identified: {code} ({prob:.2f})")
        print(f"  categories: {categories_in(match_message(normalized, args.language))}")
        print(
            f"  ages: self {ages.self_ages} other {ages.other_ages} "
            f"cues self {ages.self_minor_cues} other {ages.other_minor_cues}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
