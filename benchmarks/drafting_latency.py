"""Draft wall time vs raw llama.cpp on the same prompt.

For each message: the whole drafting path (`draft_text`: pseudonymise, triage, retrieval, prompt, model, checks)
with the embedded backend, then the same first prompt sent straight to the llama.cpp engine (xllamacpp
`handle_chat_completions`, same parameters, prompt cache off so both are cold). Prints per-message timings, the
p50 of each and the ratio of ours to raw for the first model call (what "our overhead" means) and for the whole
draft (which may include a second attempt or the extractive fallback).

    GUICHET_LLM_MODEL=qwen2.5-1.5b GUICHET_LLM_THREADS=2 \\
        .venv/bin/python benchmarks/drafting_latency.py ../shared/data/eval-dev/messages_dev.jsonl --limit 5
"""

import argparse
import json
import os
import statistics
import sys
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")


def main() -> int:
    import django

    django.setup()
    from guichet.drafting.backends import default_params, get_backend
    from guichet.drafting.backends.embedded import request_body
    from guichet.drafting.evaluation import load
    from guichet.drafting.pipeline import administration_profile, draft_text

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--limit", type=int, default=5)
    parser.add_argument("--kinds", default="question,complaint")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    backend = get_backend("embedded")
    started = time.perf_counter()
    backend.server  # noqa: B018 - load the model outside the measurements
    load_s = time.perf_counter() - started
    rows = []
    for item in load(args.file, limit=args.limit, kinds=args.kinds.split(",")):
        run = draft_text(
            profile=administration_profile(item["administration"]),
            title=item["title"],
            body=item["message"],
            backend=backend,
        )
        attempts = run.composed.attempts
        if not attempts:
            print(f"{item['id']}: no model call ({run.composed.checks.get('fallback')})", file=sys.stderr)
            continue
        body = {**request_body(attempts[0].messages, default_params()), "cache_prompt": False}
        t0 = time.perf_counter()
        raw = backend.server.handle_chat_completions(body)
        raw_s = time.perf_counter() - t0
        row = {
            "id": item["id"],
            "draft_total_s": run.timings["total_s"],
            "first_call_s": attempts[0].timings.get("total_s"),
            "attempts": len(attempts),
            "kind": run.composed.kind,
            "raw_s": round(raw_s, 3),
            "prompt_tokens": raw["usage"]["prompt_tokens"],
            "completion_tokens": raw["usage"]["completion_tokens"],
            "ours_completion_tokens": attempts[0].timings.get("completion_tokens"),
        }
        rows.append(row)
        print(json.dumps(row), flush=True)
    if not rows:
        return 1
    summary = {
        "model": backend.model_name,
        "threads": backend.n_threads,
        "load_s": round(load_s, 2),
        "n": len(rows),
        "draft_p50_s": round(statistics.median(r["draft_total_s"] for r in rows), 2),
        "raw_p50_s": round(statistics.median(r["raw_s"] for r in rows), 2),
        "first_call_ratio_p50": round(statistics.median(r["first_call_s"] / r["raw_s"] for r in rows), 3),
        "draft_ratio_p50": round(statistics.median(r["draft_total_s"] / r["raw_s"] for r in rows), 3),
    }
    print(json.dumps(summary, indent=None if args.json else 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
