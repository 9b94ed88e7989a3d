"""Measure the switches of `guichet.drafting.triage_control_bodies` off and on, as the pipeline triages.

    GUICHET_DATA_DIR=/path/to/kb .venv/bin/python benchmarks/triage_control_bodies_switch.py FILE.jsonl [SWITCH ...]

Each message is pseudonymised by the privacy layer; the messages whose folded text either reading could touch
(`own_business_asked` or `aggressor_act_asked` with its switch on) are triaged with every named switch off, then
with each named switch on alone, then all on (`triage_inputs`, the office's profile, as
`triage_pipeline_eval.py`). Prints, for each run, the moves against the all-off run: each message whose labels
changed, its gold labels, and whether it moved towards gold or away from it, per label. Every other message is left
as it is by construction (the hook reads nothing else). Default switches: CONTROL_BODY_RULE and AGGRESSOR_ACT_RULE.
"""

import argparse
import json
import os
from pathlib import Path

LABELS = ("routine", "distress", "injection", "out_of_scope", "abusive", "complaint")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", type=Path)
    parser.add_argument("switches", nargs="*", default=["CONTROL_BODY_RULE", "AGGRESSOR_ACT_RULE"])
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    import django

    django.setup()
    from guichet.drafting import triage_control_bodies as module
    from guichet.drafting.pipeline import Inputs, administration_profile, triage_inputs
    from guichet.drafting.triage_cues import fold
    from guichet.privacy.pseudonymise import pseudonymise_message

    shipped = {name: getattr(module, name) for name in args.switches}
    items = [json.loads(line) for line in args.file.read_text(encoding="utf-8").splitlines() if line.strip()]
    for name in args.switches:
        setattr(module, name, True)
    touched = []
    for item in items:
        office = fold(item["administration"])
        if module.control_body_of(office) is None and not module.harm_said(
            fold(f"{item.get('title', '')}\n{item['message']}")
        ):
            continue  # Neither reading can hold: no control body written to, no harm said.
        title, body = pseudonymise_message(title=item.get("title", ""), body=item["message"])
        folded = fold(f"{title.text}\n{body.text}")
        if module.own_business_asked(office, folded) or module.aggressor_act_asked(office, folded):
            touched.append((item, title.text, body.text))
    print(f"{len(touched)} of {len(items)} messages either reading could touch ({args.file})")

    def run(on: set[str]) -> dict[str, list[str]]:
        for name in args.switches:
            setattr(module, name, name in on)
        out = {}
        for item, title, body in touched:
            raw = f"{item.get('title', '')}\n{item['message']}"
            result = triage_inputs(administration_profile(item["administration"]), Inputs.of(title, body, raw=raw))
            out[item["id"]] = result.labels
        return out

    base = run(set())
    gold = {item["id"]: item["labels"] for item, _, _ in touched}
    for on in [{name} for name in args.switches] + ([set(args.switches)] if len(args.switches) > 1 else []):
        result = run(on)
        summary = {
            label: {"added_right": 0, "added_wrong": 0, "removed_right": 0, "removed_wrong": 0} for label in LABELS
        }
        moves = []
        for item_id, labels in result.items():
            before = set(base[item_id])
            after = set(labels)
            if before == after:
                continue
            moves.append({"id": item_id, "gold": gold[item_id], "off": base[item_id], "on": labels})
            for label in LABELS:
                if label in after and label not in before:
                    summary[label]["added_right" if label in gold[item_id] else "added_wrong"] += 1
                if label in before and label not in after:
                    summary[label]["removed_wrong" if label in gold[item_id] else "removed_right"] += 1
        print(
            json.dumps(
                {
                    "on": sorted(on),
                    "moved": len(moves),
                    "per_label": {k: v for k, v in summary.items() if any(v.values())},
                    "moves": moves,
                },
                ensure_ascii=False,
                indent=1,
            )
        )
    for name, value in shipped.items():
        setattr(module, name, value)


if __name__ == "__main__":
    main()
