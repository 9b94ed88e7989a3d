"""`guichet triage train | eval` read each message as the pipeline triages it (fifteenth pass of issue 12).

The pipeline triages the pseudonymised message; training and measuring read the corpus's raw text until this pass.
`--reading pseudonymised` (the default of `eval`) puts each message through the privacy layer first; `--reading raw`
reproduces earlier figures.

Every message here was written for these tests (none is in a corpus)."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from guichet.drafting.triage import triage
from guichet.drafting.triage_reading import PSEUDONYMISED, RAW, read_as
from guichet.drafting.triage_training import load_examples
from guichet.text import PLACEHOLDER

TITLE = "Attestation pour Honorine Vasseur"
BODY = (
    "Bonjour, je suis Honorine Vasseur, 14 impasse des Mésanges à Quimperlé, joignable au 07 58 31 64 20. "
    "Pourriez-vous m'envoyer l'attestation de paiement de mes allocations pour mon bailleur ?"
)


def _corpus(folder: Path) -> Path:
    items = [
        {
            "id": "tri-pass15-reading-001",
            "administration": "CAF",
            "title": TITLE,
            "message": BODY,
            "labels": ["routine"],
            "author": "tests",
        }
    ]
    (folder / "one.jsonl").write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), "utf-8")
    return folder


def test_the_raw_reading_keeps_the_text_as_written():
    assert read_as(RAW, TITLE, BODY) == (TITLE, BODY)


def test_the_pseudonymised_reading_is_what_the_privacy_layer_hands_to_triage():
    title, body = read_as(PSEUDONYMISED, TITLE, BODY)
    assert "Vasseur" not in title and "Vasseur" not in body
    assert "07 58 31 64 20" not in body
    assert PLACEHOLDER.search(body)
    assert "attestation de paiement" in body


def test_an_unknown_reading_is_refused():
    with pytest.raises(ValueError):
        read_as("bruts", TITLE, BODY)


def test_examples_keep_their_id_split_and_labels_whatever_the_reading(tmp_path):
    corpus = _corpus(tmp_path)
    raw = load_examples(corpus, reading=RAW)
    pseudonymised = load_examples(corpus, reading=PSEUDONYMISED)
    assert [(e.id, e.split, e.labels) for e in raw] == [(e.id, e.split, e.labels) for e in pseudonymised]
    assert raw[0].message == BODY
    assert "Vasseur" not in pseudonymised[0].message
    assert "Vasseur" not in pseudonymised[0].text  # the model reads a surrogate name, not the writer's


def test_eval_reads_pseudonymised_by_default_and_raw_on_request(tmp_path):
    corpus = _corpus(tmp_path)
    reports = {}
    for reading in (None, RAW):
        out = StringIO()
        extra = [] if reading is None else ["--reading", reading]
        call_command("triage", "eval", "--corpus", str(corpus), "--split", "all", "--json", *extra, stdout=out)
        reports[reading] = json.loads(out.getvalue())
    for report in reports.values():
        assert report["n"] == 1
        assert set(report["combined"]) >= {"distress", "injection", "out_of_scope", "safety_on_routine"}
        assert report["combined"]["safety_on_routine"] == 0.0


MESSAGES = [
    (
        "CAF",
        "Question sur mon dossier",
        "Bonjour, une amie m'a dit que vos réponses sont écrites par un robot conversationnel, est-ce exact ? "
        "Sinon je voulais savoir si l'aide au logement continue pendant un stage à l'étranger de trois mois.",
    ),
    (
        "Assurance retraite",
        "Ma pension de réversion",
        "Bonjour, mon mari est décédé au printemps. Je mange une fois par jour pour tenir jusqu'au versement, "
        "je ne sais plus quoi faire. Quand la réversion sera-t-elle payée ?",
    ),
    (
        "Mairie",
        "Carte d'identité",
        "Bonjour, ma carte d'identité expire en juin, je pars en Italie en juillet. Faut-il prendre rendez-vous "
        "longtemps à l'avance ?",
    ),
]


def _predicted(report: dict) -> set[str]:
    return {label for label, v in report["combined"].items() if isinstance(v, dict) and v["precision"] is not None}


@pytest.mark.parametrize(("administration", "title", "body"), MESSAGES)
def test_eval_decides_as_the_pipeline_triages(tmp_path, administration, title, body):
    item = {"id": "tri-pass15-same-001", "administration": administration, "title": title, "message": body}
    item |= {"labels": ["routine"], "author": "tests"}
    (tmp_path / "one.jsonl").write_text(json.dumps(item, ensure_ascii=False) + "\n", "utf-8")
    out = StringIO()
    call_command("triage", "eval", "--corpus", str(tmp_path), "--split", "all", "--json", stdout=out)
    example = load_examples(tmp_path, reading=PSEUDONYMISED)[0]
    result = triage(
        title=example.title,
        body=example.message,
        administration=example.administration,
        aliases=example.aliases,
        competences=example.competences,
    )
    assert _predicted(json.loads(out.getvalue())) == set(result.labels)
