"""Tests over the shared service-public.fr snapshot (skipped when ../shared is absent). Kept to a small subset."""

import json
import shutil

import pytest

from guichet.knowledge.fiches import parse_bytes
from guichet.knowledge.ingest import ingest
from guichet.knowledge.search import search

pytestmark = pytest.mark.shared


def test_a_sample_of_the_snapshot_parses(shared):
    files = sorted((shared / "data" / "service-public").glob("*/*.xml"))[::40]
    assert len(files) > 150
    for file in files:
        fiche = parse_bytes(file.read_bytes(), source=file.name)
        assert fiche.title and fiche.audiences


@pytest.mark.django_db
def test_question_titles_find_their_fiche_in_a_subset(shared, tmp_path, lexical_only):
    questions = [
        json.loads(line)
        for line in (shared / "data" / "eval-dev" / "spf_questions_dev.jsonl").read_text().splitlines()[:20]
    ]
    folder = shared / "data" / "service-public" / "particuliers"
    wanted = {fiche_id for q in questions for fiche_id in q["reference_fiche_ids"]}
    wanted |= {path.stem for path in sorted(folder.glob("F1*.xml"))[:30]}
    subset = tmp_path / "subset" / "particuliers"
    subset.mkdir(parents=True)
    for fiche_id in wanted:
        shutil.copy(folder / f"{fiche_id}.xml", subset / f"{fiche_id}.xml")
    report = ingest([subset.parent])
    assert report.added == len(wanted) and report.rejected == 0
    found = sum(search(q["question"], k=1)[0].fiche_id in q["reference_fiche_ids"] for q in questions)
    assert found >= 19
