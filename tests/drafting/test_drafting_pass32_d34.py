"""Grounded or silent at a lower cost (thirty-second pass, engineer-d34): the silent draft reads as an agent would
write it — where to ask depends on what was asked, and a draft that already names the competent body does not send
the writer back to this office's reception.

Real pipeline on the knowledge app's hand-written fiches (passport F90001, unemployment after resignation F90002),
dense search, real SQLite, no model; the frame's functions on real `Triage` values.
"""

import shutil

import pytest

from guichet.drafting.evaluation import says_not_covered
from guichet.drafting.frame import NOT_COVERED, asks_own_file, assemble, fixed_sentences, not_covered_block
from guichet.drafting.grounding import judge
from guichet.drafting.pipeline import draft_text
from guichet.drafting.prompts import AdministrationProfile
from guichet.drafting.triage import Triage
from tests.drafting.conftest import KNOWLEDGE_FIXTURES

PROFILE = AdministrationProfile(name="Mairie de Quimper", signature="Le service population")
FILE_WORDS = "état de votre dossier"
ASK_WORDS = "vous orienter vers le bon interlocuteur"


@pytest.fixture
def corpus_dense(db, settings, tmp_path):
    """The knowledge app's hand-written fiches, ingested with dense search on (the judgement reads the dense score)."""
    from guichet.knowledge.ingest import ingest

    settings.GUICHET_SEARCH_DENSE = True
    target = tmp_path / "corpus"
    shutil.copytree(KNOWLEDGE_FIXTURES, target)
    ingest([target])
    return target


@pytest.mark.parametrize(
    "message",
    [
        "Bonjour, cela fait sept semaines que j'ai envoyé mes papiers : où en est mon dossier ?",
        "Je n'ai toujours pas reçu ma nouvelle carte, pouvez-vous vérifier ?",
        "Ma demande d'aide a-t-elle bien été examinée en commission le mois dernier ?",
        "Quand vais-je recevoir le premier paiement ?",
        "Le colis annoncé, je ne l'ai jamais reçu.",
    ],
)
def test_a_question_on_the_writers_own_file_is_sent_to_the_reception_or_the_personal_space(message):
    assert asks_own_file(message)
    block = not_covered_block(PROFILE, message=message)
    assert block.startswith(NOT_COVERED) and FILE_WORDS in block and "espace personnel" in block


@pytest.mark.parametrize(
    "message",
    [
        "La patinoire est-elle ouverte le lundi pendant les vacances de Pâques ?",
        "Quel opérateur de téléphone propose le forfait le moins cher pour un senior ?",
        "Comment s'inscrire au concours de maisons fleuries du quartier ?",
        "Existe-t-il une prime de l'État pour acheter un composteur ?",
    ],
)
def test_any_other_question_is_sent_to_the_reception_without_speaking_of_a_personal_file(message):
    assert not asks_own_file(message)
    block = not_covered_block(PROFILE, message=message)
    assert block.startswith(NOT_COVERED) and ASK_WORDS in block
    assert "dossier" not in block and "espace personnel" not in block


def test_a_redirected_draft_does_not_send_the_writer_back_to_this_offices_reception():
    triage = Triage(
        labels=["out_of_scope"],
        priority=0,
        competent={"body": "la caisse d'allocations familiales (Caf)", "service": "caf.fr"},
    )
    text, trusted = assemble(
        profile=PROFILE, triage=triage, middle="", covered=False, message="Où en est mon dossier d'APL ?"
    )
    assert "ne relève pas de la mairie" in text and "caf.fr" in text
    assert NOT_COVERED in text and says_not_covered(text)
    assert "accueil de la mairie" not in text and FILE_WORDS not in text
    assert NOT_COVERED in trusted


def test_a_partial_answer_keeps_its_own_sentence_and_the_new_sentences_are_the_frames():
    partial = not_covered_block(PROFILE, partial=True, message="Où en est mon dossier ?")
    assert NOT_COVERED not in partial and "ne correspondent pas exactement" in partial
    sentences = fixed_sentences(PROFILE)
    # An approved silent reply must not seed another message's draft: both sentences are known frame texts.
    assert any(FILE_WORDS in s for s in sentences) and any(ASK_WORDS in s for s in sentences)


def test_a_town_service_no_fiche_answers_gets_the_reception_sentence_in_the_whole_draft(corpus_dense, settings):
    settings.GUICHET_LLM_BACKEND = "none"
    body = "Bonjour, à quelle heure ouvre la patinoire municipale le dimanche et faut-il réserver ses patins ?"
    run = draft_text(profile=PROFILE, title="Patinoire", body=body, backend=None)
    text = run.composed.text
    assert says_not_covered(text) and ASK_WORDS in text
    assert "dossier personnel" not in text and FILE_WORDS not in text


# A fiche on the passport's price, scored as the full knowledge base scores a loosely related first fiche.
PASSPORT_SOURCE = {
    "fiche_id": "F90001",
    "title": "Passeport : première demande",
    "heading": "Coût",
    "passage": "Le timbre fiscal coûte 86 €. Vous faites une demande en mairie avec une photo.",
}
LOOSE = {"margin": 1.5, "dense_score": 0.45, "lexical_score": 0.2}


def test_a_towns_own_facility_or_advice_on_a_product_weighs_towards_silence(corpus_dense):
    plain = "Combien coûte le timbre fiscal pour une photo de passeport ?"
    pool = "Combien coûte l'entrée de la piscine municipale avec une photo de passeport ?"
    advice = "Quelle assurance voyage me conseillez-vous pour mon passeport ?"
    base = judge(plain, [PASSPORT_SOURCE], LOOSE)["unanswered_probability"]
    assert judge(pool, [PASSPORT_SOURCE], LOOSE)["unanswered_probability"] > base
    assert judge(advice, [PASSPORT_SOURCE], LOOSE)["unanswered_probability"] > base


def test_a_complaint_or_a_named_competent_body_lowers_the_cost_of_triages_out_of_scope_score(corpus_dense):
    question = "Pourquoi le timbre fiscal de mon passeport coûte-t-il 86 € ?"
    alone = judge(question, [PASSPORT_SOURCE], LOOSE, out_of_scope=0.9)["unanswered_probability"]
    # Triage reads it as another body's and names that body: the draft redirects, and the score says "not this
    # office" more than "no fiche".
    assert (
        judge(question, [PASSPORT_SOURCE], LOOSE, out_of_scope=0.9, redirected=True)["unanswered_probability"] < alone
    )
    # A complaint usually rests on a procedure the fiches describe.
    assert judge(question, [PASSPORT_SOURCE], LOOSE, out_of_scope=0.9, complaint=0.9)["unanswered_probability"] < alone
