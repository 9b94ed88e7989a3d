"""Seventeenth pass: the end of unemployment rights after a long career points to the ASS before the RSA; a young
writer's "plus de chômage", sickness benefits that stop and a career without the end of rights do not. Fresh
sentences, none from a corpus."""

import numpy as np
import pytest

from guichet.knowledge import situations
from guichet.knowledge.analysis import fold
from guichet.knowledge.query import understand
from guichet.knowledge.rerank import Candidates, rerank
from guichet.knowledge.situations import END_OF_RIGHTS, distress
from tests.knowledge.rerank_helpers import index_of_titles


def _names(text: str) -> list[str]:
    return [hit.name for hit in distress(fold(text))]


@pytest.mark.parametrize(
    "message",
    [
        "J'ai 59 ans, mon allocation chômage prend fin en janvier et je ne retrouve rien dans la région.",
        "Mes droits à France Travail se terminent le 3 mars. J'ai fait 28 ans de carrière dans le bâtiment.",
        "Fin de droits le mois prochain après 22 ans dans la même entreprise, que se passe-t-il pour moi ?",
        "Le chômage est fini depuis lundi ; j'ai travaillé 17 ans comme soudeur, il reste quelque chose ?",
        "À 62 ans, qu'est-ce qui existe après le chômage quand personne ne vous embauche plus ?",
    ],
)
def test_the_end_of_rights_after_a_long_career_is_read(message):
    assert _names(message)[0] == END_OF_RIGHTS


@pytest.mark.parametrize(
    "message",
    [
        # a young writer: the RSA's situation, not the ASS's
        "J'ai 27 ans, mes droits au chômage sont finis et mon compte est vide, je n'ai plus de quoi manger.",
        # sickness or disability benefits that stop are no unemployment rights
        "J'ai 56 ans et mes indemnités journalières s'arrêtent après trois ans d'arrêt maladie.",
        "Mon AAH prend fin en juin, j'ai 54 ans, le renouvellement n'est pas arrivé.",
        # a long career, rights still running
        "J'ai 57 ans et 30 ans de travail derrière moi, je touche l'ARE depuis quatre mois : combien de temps ?",
        # a child's age is no career
        "Mes droits au chômage s'arrêtent ; je vis seul avec mon fils de 6 ans.",
    ],
)
def test_look_alikes_are_not_the_end_of_rights_after_a_long_career(message):
    assert END_OF_RIGHTS not in _names(message)


def test_the_ass_comes_before_the_rsa_for_that_writer():
    index = index_of_titles(
        {
            "F19778": "Revenu de solidarité active (RSA) : demandeur de 25 ans et plus",
            "F12484": "Allocation de solidarité spécifique (ASS)",
            "F20218": "Un demandeur d'emploi a-t-il droit au RSA ?",
        }
    )
    query = understand(
        "Bonjour, j'ai 58 ans, mes droits au chômage sont épuisés depuis dix jours et il ne me reste plus aucun "
        "revenu. J'ai été magasinier 33 ans. Vers quoi me tourner ?"
    )
    assert [hit.name for hit in query.distress][:2] == [END_OF_RIGHTS, "plus aucune ressource"]
    n = len(index.fiches)
    ones = np.ones(n, dtype=np.float32)
    candidates = Candidates.build(
        index, query, np.arange(n), first=ones, lexical=ones, sub_best=ones, coverage=ones, dense=None, passage=None
    )
    order = [index.fiches[position]["fiche_id"] for position, _, _ in rerank(candidates)]
    assert order[:2] == ["F12484", "F19778"]


def test_the_switch_restores_the_previous_map(monkeypatch):
    message = "J'ai 61 ans et mes droits au chômage se terminent, je ne sais pas comment je vais payer le loyer."
    assert END_OF_RIGHTS in _names(message)
    monkeypatch.setattr(situations, "READ_END_OF_RIGHTS", False)
    assert END_OF_RIGHTS not in _names(message)
