"""Fifteenth pass: a message that says it went to the wrong office is read without that office (its words leave the
query, its themes lift no fiche)."""

import pytest

from guichet.knowledge import query as query_module
from guichet.knowledge.query import understand
from guichet.knowledge.rerank import COLUMN
from guichet.knowledge.retrieval import _allowed, gather

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "message",
    [
        "Je me doute que ce n'est pas votre rayon, mais mon voisin brûle ses déchets verts tous les dimanches.",
        "Pardon de vous écrire pour ça. Mon voisin brûle ses déchets verts tous les dimanches, a-t-il le droit ?",
        "C'est sans doute pas le bon service. Mon voisin brûle ses déchets verts tous les dimanches.",
        "Rien à voir avec mon dossier chez vous : mon voisin brûle ses déchets verts tous les dimanches.",
        "Je sais que vous êtes la caisse de retraite mais mon voisin brûle ses déchets verts tous les dimanches.",
    ],
)
def test_a_message_sent_to_the_wrong_office_says_so_and_keeps_its_need(message):
    query = understand(message)
    assert query.wrong_office
    text = query.lexical().lower()
    assert "déchets verts" in text
    for word in ("rayon", "bon service", "dossier", "retraite", "écrire"):
        assert word not in text


@pytest.mark.parametrize(
    "message",
    [
        "Je ne sais pas à qui m'adresser, mon fils ne rentre plus à la maison depuis trois nuits.",
        "Je me suis fait une entorse en rentrant des courses, rien à voir avec le travail, l'arrêt est-il payé ?",
        "Votre service ne répond jamais, c'est pourtant bien votre travail de traiter mon dossier.",
    ],
)
def test_being_lost_or_angry_is_not_the_wrong_office(message):
    assert not understand(message).wrong_office


def test_the_office_s_themes_lift_no_fiche_when_the_writer_says_it_is_the_wrong_office(dense_index):
    allowed = _allowed(dense_index, None, None)
    need = "J'ai quitté mon emploi de moi-même le mois dernier, puis-je être indemnisé ?"
    right, _, _ = gather(dense_index, understand(need), allowed, use_dense=True, administration="France Travail")
    assert right.features[:, COLUMN["administration"]].any()
    wrong = understand(f"Je sais que ce n'est pas votre domaine. {need}")
    assert wrong.wrong_office
    candidates, _, _ = gather(dense_index, wrong, allowed, use_dense=True, administration="France Travail")
    assert not candidates.features[:, COLUMN["administration"]].any()


def test_the_measurement_switch_off_reads_the_message_as_before(monkeypatch):
    monkeypatch.setattr(query_module, "READ_WRONG_OFFICE", False)
    query = understand("Je me doute que ce n'est pas votre rayon, mais mon voisin brûle ses déchets verts.")
    assert not query.wrong_office
    assert "rayon" in query.lexical()
