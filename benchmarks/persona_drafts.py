"""The cost of the check of what a draft says about its writer (`guichet.drafting.persona`) on real drafts.

.venv/bin/python benchmarks/drafting_eval.py corpora/drafting --split validation --no-generate --json > drafts.json
.venv/bin/python benchmarks/persona_drafts.py drafts.json corpora/drafting [--show]

Reads the drafts of a `drafting_eval --json` report and their messages (pseudonymised again, dates read back from
the mapping as `compose` does), and counts (1) what the draft's checks reported (`persona`: in extractive drafts
only a contradicted quoted sentence is listed) and (2) what the check finds when every sentence of the draft is read
as if the model had written it — the quoted fiche sentences speak to "vous" as a model does, so (2) is what the
check would remove (contradicted) or flag (unsupported) in prose of that kind. `--show` prints each for reading.
"""

import argparse
import json
import os
import sys
from collections import Counter

import django

from guichet.corpora import read_corpus


def main() -> int:
    parser = argparse.ArgumentParser(
        description="Ce que le contrôle de l'usager retire ou signale dans de vrais brouillons."
    )
    parser.add_argument("report")
    parser.add_argument("folder")
    parser.add_argument("--show", action="store_true")
    options = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    django.setup()
    from guichet.drafting.persona import find_claims, private_dates
    from guichet.privacy.pseudonymise import pseudonymise_message
    from guichet.text import sentence_spans

    with open(options.report, encoding="utf-8") as handle:
        report = json.load(handle)
    items = {item["id"]: item for item in read_corpus(options.folder)}
    reported: Counter[str] = Counter()
    read_all: Counter[str] = Counter()
    drafts = sentences = 0
    for result in report["items"]:
        item = items[result["id"]]
        drafts += 1
        sentences += len(sentence_spans(result["draft"]))
        for entry in result.get("persona", []):
            reported[entry["verdict"]] += 1
            if options.show:
                print(f"[reported] {result['id']} {entry['verdict']} {entry['kinds']}: {entry['sentence'][:200]}")
        title, body = pseudonymise_message(title=item.get("title", ""), body=item["message"])
        message = f"{title.text}\n{body.text}"
        private = private_dates(message, {**body.mapping, **title.mapping})
        for claim in find_claims(result["draft"], message, private_text=private):
            read_all[claim.verdict] += 1
            if options.show:
                print(
                    f"[as model] {result['id']} {claim.verdict} {claim.kinds} « {claim.clause} »: "
                    f"{claim.sentence[:200]}"
                )
                if claim.verdict != "consistent":
                    print(f"    message: {message.strip()[:300]}")
    print(f"drafts {drafts}, sentences {sentences}")
    print(f"reported by the drafts' checks: {dict(reported)}")
    print(f"every sentence read as the model's: {dict(read_all)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
