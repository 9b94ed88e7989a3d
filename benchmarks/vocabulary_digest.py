"""A digest of the vocabulary's entries, to show that a change of layout changed none of them.

    PYTHONPATH=src .venv/bin/python benchmarks/vocabulary_digest.py [--list]

Prints the number of entries of `guichet.knowledge.vocabulary.VOCABULARY` and one SHA-256 over, in order, each
entry's `repr` (pattern, expansion, fiches, source and flags), its compiled pattern, its `unless` gate and the
switches that turn it off. Run it with two codes (one from an unpacked copy of the other's `src/`, `git archive`):
equal digests mean the same entries in the same order, read the same way. `--list` prints one line per entry (its
index and the first fiche or pattern) to find where two codes part. Thirty-fourth pass (engineer-k1): the split of
`vocabulary.py` into a package.
"""

from __future__ import annotations

import argparse
import hashlib

from guichet.knowledge import vocabulary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--list", action="store_true", help="one line per entry")
    args = parser.parse_args()
    digest = hashlib.sha256()
    compiled = dict(vocabulary._COMPILED)
    for index, term in enumerate(vocabulary.VOCABULARY):
        gate = vocabulary._UNLESS.get(term)
        unless = "" if gate is None else getattr(gate.pattern, "pattern", str(gate.pattern))
        switches = "".join(
            "1" if term in group else "0"
            for group in (vocabulary._TAX_TERMS, vocabulary._FAMILY_TERMS, vocabulary._OFFICE_TERMS)
        )
        line = "\x1f".join((repr(term), compiled[term].pattern, unless, switches))
        digest.update(line.encode() + b"\x1e")
        if args.list:
            print(index, term.fiches[0] if term.fiches else term.pattern[:60])
    print(f"entries {len(vocabulary.VOCABULARY)} sha256 {digest.hexdigest()}")


if __name__ == "__main__":
    main()
