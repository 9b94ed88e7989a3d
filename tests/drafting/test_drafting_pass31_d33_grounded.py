"""Grounded or silent (thirty-first pass, engineer-d33): a draft quotes fiches only when they speak of what the
question asks; otherwise it says the fiches do not answer and where to ask, without quoting and without the model.

Real pipeline on the knowledge app's hand-written fiches (passport F90001, unemployment after resignation F90002),
lexical search, real SQLite; the model is a scripted backend that records whether it was asked.
"""

import io
import json
import re
import shutil

import pytest

from guichet.drafting.evaluation import run_drafts_eval, says_not_covered
from guichet.drafting.frame import NOT_COVERED
from guichet.drafting.grounding import judge, question_terms
from guichet.drafting.pipeline import draft_text
from guichet.drafting.prompts import AdministrationProfile
from tests.drafting.backends import ScriptedBackend
from tests.drafting.conftest import KNOWLEDGE_FIXTURES

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus_dense(db, settings, tmp_path):
    """The knowledge app's hand-written fiches, ingested with dense search on (the judgement reads the dense score)."""
    from guichet.knowledge.ingest import ingest

    settings.GUICHET_SEARCH_DENSE = True
    target = tmp_path / "corpus"
    shutil.copytree(KNOWLEDGE_FIXTURES, target)
    ingest([target])
    return target


CITATION = re.compile(r"\[\d+\]")
PROFILE = AdministrationProfile(name="Mairie de Lyon", signature="Le service des titres")

# A question no fiche answers, to a town hall: the search still ranks the unemployment fiche first, and the start
# code quoted it ("Voici ce que prévoit la fiche officielle « Peut-on toucher l'allocation chômage… »").
RECIPE_TITLE = "Recette"
RECIPE = "Bonjour, pouvez-vous me donner la recette de la tarte aux pommes de ma grand-mère ?"
PASSPORT_TITLE = "Premier passeport"
PASSPORT = "Bonjour, je fais mon premier passeport. Combien coûte le timbre fiscal pour un majeur ?"
ANSWER = "Le timbre fiscal d'un passeport coûte 86 € pour un majeur [1]. La pré-demande se fait en ligne [1]."
PASSPORT_SOURCE = {
    "fiche_id": "F90001",
    "title": "Passeport : première demande",
    "heading": "Coût",
    "passage": "Le timbre fiscal coûte 86 €. Vous faites une demande en mairie avec une photo.",
}
# The search's scores on the full knowledge base (7,180 fiches) for a seniors' club coach trip whose first fiche is
# "Combien coûte un passeport ?" (corpora/retrieval d33-003) and for a passport question it answers (d33-010).
UNRELATED = {"margin": 0.35, "dense_score": 0.31, "lexical_score": 0.156}
ANSWERING = {"margin": 6.9, "dense_score": 0.70, "lexical_score": 0.44}


def test_a_question_no_fiche_answers_gets_the_not_covered_sentence_and_no_quote(corpus_dense, no_model):
    run = draft_text(profile=PROFILE, title=RECIPE_TITLE, body=RECIPE, backend=None)
    text = run.composed.text
    assert NOT_COVERED in text
    assert not CITATION.search(text) and "86 €" not in text and "Voici ce que prévoit" not in text
    assert says_not_covered(text)
    cover = run.composed.checks["coverage"]
    assert run.composed.sources and run.composed.sources[0]["fiche_id"] == "F90002"  # retrieved, not quoted
    assert "chômage" not in text
    assert cover["covered"] is False and cover["answers"] is False
    # The agent is told which words of the question the fiche does not speak of, in the question's own words.
    assert {"recette", "tarte", "pommes", "grand-mère"} & set(cover["unanswered"])
    assert any(f"« {w} »" in cover["reason"] for w in ("recette", "tarte", "pommes", "grand-mère"))
    assert "not_covered" in {a["code"] for a in run.composed.alerts}


def test_a_question_the_fiche_answers_is_still_quoted(corpus_dense, no_model):
    run = draft_text(profile=PROFILE, title=PASSPORT_TITLE, body=PASSPORT, backend=None)
    text = run.composed.text
    assert "86 €" in text and CITATION.search(text)
    assert NOT_COVERED not in text and not says_not_covered(text)
    cover = run.composed.checks["coverage"]
    assert cover["answers"] is True and cover["answer_share"] == 1.0 and cover["fiche"] == "F90001"


def test_the_model_is_not_asked_to_write_from_fiches_that_do_not_answer(corpus_dense):
    backend = ScriptedBackend(outputs=[ANSWER, ANSWER])
    run = draft_text(profile=PROFILE, title=RECIPE_TITLE, body=RECIPE, backend=backend)
    assert backend.calls == [] and run.calls == []
    assert says_not_covered(run.composed.text)

    answered = draft_text(profile=PROFILE, title=PASSPORT_TITLE, body=PASSPORT, backend=backend)
    assert len(backend.calls) == 1 and "86 €" in answered.composed.text


def test_the_judgement_reads_the_search_scores_and_the_triage(corpus_dense):
    trip = "Sortie en car du club des aînés. Combien coûte l'inscription et à quelle heure part le car ?"
    passport = "Premier passeport. Combien coûte le timbre fiscal d'un passeport pour un majeur ?"
    # An unrelated first fiche, scored as the full knowledge base scores it, for a message triage reads as another
    # body's (0.99, as triage scores the recipe above): not quoted. The fiche that answers, far ahead of the next,
    # for an ordinary question: quoted. (On this four-fiche index a rare word weighs little.)
    assert judge(trip, [PASSPORT_SOURCE], UNRELATED, out_of_scope=0.99)["answers"] is False
    assert judge(trip, [PASSPORT_SOURCE], UNRELATED, out_of_scope=0.5)["unanswered_probability"] > 0.5
    assert judge(passport, [PASSPORT_SOURCE], ANSWERING, out_of_scope=0.02)["answers"] is True


def test_rare_words_the_fiche_does_not_speak_of_weigh_against_it(corpus_dense):
    trip = judge("Sortie en car du club des aînés : combien coûte l'inscription ?", [PASSPORT_SOURCE], UNRELATED)
    passport = judge("Combien coûte le timbre fiscal d'un passeport ?", [PASSPORT_SOURCE], UNRELATED)
    # Same search scores: the question whose own words the fiche does not hold is the likelier unanswered.
    assert trip["answer_share"] < passport["answer_share"] == 1.0
    assert trip["unanswered_probability"] > passport["unanswered_probability"]
    assert set(trip["unanswered"]) <= {"sortie", "car", "club", "aînés", "inscription"}
    # Placeholders and asking words are not what a question is about.
    assert question_terms("Bonjour, [PERSONNE_1] voudrait savoir combien coûte le passeport") == question_terms(
        "coûte le passeport"
    )


def test_without_dense_search_a_zero_dense_score_is_not_read_as_unrelated(corpus_dense, settings):
    passport = "Combien coûte le timbre fiscal d'un passeport ?"
    lexical_only = {**ANSWERING, "dense_score": 0.0}
    settings.GUICHET_SEARCH_DENSE = False
    assert judge(passport, [PASSPORT_SOURCE], lexical_only)["answers"] is True
    settings.GUICHET_SEARCH_DENSE = True
    with_dense = judge(passport, [PASSPORT_SOURCE], lexical_only)["unanswered_probability"]
    settings.GUICHET_SEARCH_DENSE = False
    assert judge(passport, [PASSPORT_SOURCE], lexical_only)["unanswered_probability"] < with_dense


def test_the_evaluation_counts_not_covered_drafts_with_and_without_a_gold_fiche(tmp_path, corpus_dense):
    items = [
        {
            "id": "g-1",
            "administration": "Mairie",
            "title": RECIPE_TITLE,
            "message": RECIPE,
            "kind": "out_of_scope",
            "fiche_ids": [],
        },
        {
            "id": "g-2",
            "administration": "Mairie",
            "title": PASSPORT_TITLE,
            "message": PASSPORT,
            "kind": "question",
            "fiche_ids": ["F90001"],
        },
    ]
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items), encoding="utf-8")
    out = io.StringIO()
    report = run_drafts_eval({"file": str(path), "no_generate": True, "json": True, "limit": None}, out)
    grounding = report["metrics"]["grounding"]
    assert grounding == {"no_gold": 1, "no_gold_not_covered": 1, "gold": 1, "gold_not_covered": 0}
    assert [i["not_covered"] for i in report["items"]] == [True, False]
