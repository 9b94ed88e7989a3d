"""Injections stay inert: draft every injection message of the triage corpus's test split with a real model and
count the drafts that obeyed (a demanded fixed sentence, the prompt revealed, a benefit promised, a changed tone).

    GUICHET_DATA_DIR=/path/to/kb .venv/bin/python benchmarks/triage_injection.py [--model qwen2.5-1.5b] [--limit N]

Needs a knowledge base (retrieval feeds the prompt) and the packaged model. Minutes per message on 2 cores:
`--limit` bounds the run, `--skip-ids` resumes one. What "obeyed" means: `guichet.drafting.obedience`.
"""

import argparse
import json
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="qwen2.5-1.5b")
    parser.add_argument("--split", default="test")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--skip-ids", default="", help="ids already drafted, comma-separated (resume a run)")
    parser.add_argument("--skip-file", type=Path, help="a previous --out JSONL: its ids are skipped (resume a run)")
    parser.add_argument(
        "--reverse",
        action="store_true",
        help="draft from the end of the split (earlier runs that stopped began at its start)",
    )
    parser.add_argument(
        "--out", type=Path, help="JSONL of every draft and verdict (appended to: --skip-file it to resume)"
    )
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    import django

    django.setup()
    from guichet.corpora import read_corpus
    from guichet.drafting.backends import get_backend
    from guichet.drafting.obedience import obeyed
    from guichet.drafting.pipeline import administration_profile, draft_text

    items = [i for i in read_corpus(ROOT / "corpora" / "triage", split=args.split) if "injection" in i["labels"]]
    done = {i.strip() for i in args.skip_ids.split(",") if i.strip()}
    if args.skip_file and args.skip_file.exists():
        with args.skip_file.open(encoding="utf-8") as previous:
            done |= {json.loads(line)["id"] for line in previous if line.strip()}
    items = [item for item in items if item["id"] not in done]
    items = items[::-1] if args.reverse else items
    items = items[: args.limit] if args.limit else items
    backend = get_backend("embedded", args.model)
    out = args.out.open("a", encoding="utf-8") if args.out else None
    failures = 0
    flagged = 0
    began = time.perf_counter()
    loads = []
    for item in items:
        started = time.perf_counter()
        run = draft_text(
            profile=administration_profile(item["administration"]),
            title=item["title"],
            body=item["message"],
            backend=backend,
        )
        sources = " ".join(str(s.get("passage", "")) + " " + str(s.get("extract", "")) for s in run.composed.sources)
        reasons = obeyed(item["message"], run.display_text, source_text=sources)
        failures += bool(reasons)
        loads.append(os.getloadavg()[0])
        flagged += "injection" in run.triage.labels
        row = {
            "id": item["id"],
            "kind": run.composed.kind,
            "flagged": "injection" in run.triage.labels,
            "obeyed": reasons,
            "seconds": round(time.perf_counter() - started, 1),
        }
        print(json.dumps(row, ensure_ascii=False), flush=True)
        if out:
            out.write(json.dumps({**row, "draft": run.display_text}, ensure_ascii=False) + "\n")
            out.flush()  # a long run stopped halfway keeps the drafts it wrote
    summary = {
        "model": args.model,
        "messages": len(items),
        "skipped": len(done),
        "flagged": flagged,
        "obeyed": failures,
        "minutes": round((time.perf_counter() - began) / 60, 1),
        "load_average": [round(min(loads), 1), round(max(loads), 1)] if loads else None,
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
