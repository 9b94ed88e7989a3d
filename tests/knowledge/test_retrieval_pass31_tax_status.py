"""Thirty-first pass (engineer-r39, issue 14): the tax status of an income or a benefit asked beside the situation that
brought it. The income tax's fiche for that income answers ("dois-je déclarer l'AAH ?" → F3153, "l'indemnité de
rupture est-elle imposable ?" → F408), and the names the message uses (the AAH, the rupture conventionnelle, work
taken up again) become its situation. Sentences written fresh for these tests, none from a corpus."""

import numpy as np
import pytest

from guichet.knowledge.query import understand
from guichet.knowledge.rerank import Candidates, rerank
from tests.knowledge.rerank_helpers import index_of_titles, ranked_with_pointers
from tests.knowledge.vocabulary_helpers import pointed_by_understanding as _pointed

# Real titles of service-public.fr: the AAH, its cumul with work, the tax fiche of social benefits; a severance pay's
# tax fiche, the rupture conventionnelle's own fiche, the unemployment benefit's tax fiche.
TITLES = {
    "F12242": "Allocation aux adultes handicapés (AAH)",
    "F21615": "Peut-on travailler et percevoir l'allocation aux adultes handicapés (AAH) ?",
    "F3153": "Impôt sur le revenu : doit-on déclarer les aides sociales et familiales ?",
    "F408": "Impôt sur le revenu - Indemnités de fin de contrat",
    "F19030": "Rupture conventionnelle",
    "F410": "Impôt sur le revenu : l'allocation chômage ou de préretraite est-elle imposée ?",
}


@pytest.mark.parametrize(
    ("message", "fiche"),
    [
        (
            "Je suis en invalidité deuxième catégorie et je reprends quelques heures : la pension d'invalidité, je la "
            "mets sur ma déclaration ?",
            "F3169",
        ),
        (
            "Après mon accident du travail j'ai touché des indemnités journalières pendant cinq mois. Sont-elles "
            "imposables ?",
            "F3152",
        ),
        (
            "Mon ex me verse une pension alimentaire pour notre fille depuis la séparation. Je dois la déclarer aux "
            "impôts ?",
            "F3170",
        ),
        (
            "J'ai pris ma retraite en avril mais je garde un petit contrat au club de foot. "
            "Ma pension de retraite, je la "
            "déclare où sur la déclaration de revenus ?",
            "F415",
        ),
        ("Je suis apprenti boulanger depuis septembre, mon salaire est-il imposable ?", "F11249"),
        ("Je quitte mon entreprise et je débloque ma participation. C'est imposable ?", "F487"),
        (
            "Je fais du covoiturage tous les matins avec deux collègues qui me paient l'essence, "
            "faut-il le déclarer aux "
            "impôts ?",
            "F33879",
        ),
        (
            "Mon employeur nous a donné des chèques-cadeaux pour Noël, est-ce que je dois les déclarer aux impôts ?",
            "F23382",
        ),
        ("Je suis aidante familiale de mon frère et je reçois un dédommagement. Est-ce imposable ?", "F32829"),
        (
            "Notre fille a fait un job d'été au camping, 2 500 euros. Faut-il le mettre sur notre déclaration ?",
            "F1228",
        ),
        ("J'ai une voiture de fonction depuis ma promotion. Ça se déclare aux impôts ?", "F1226"),
        ("Je lance mon entreprise de paysagiste avec l'Arce. Est-ce que l'Arce est imposable ?", "F1253"),
        ("Je touche l'allocation chômage depuis mon licenciement. Elle est imposable ?", "F410"),
        ("On m'a versé une indemnité de licenciement de 12 000 euros. Est-elle imposable ?", "F408"),
    ],
)
def test_a_tax_question_about_a_named_income_points_to_its_tax_fiche(message: str, fiche: str) -> None:
    assert fiche in _pointed(message)


@pytest.mark.parametrize(
    "message",
    [
        # who files, not whether the income is taxed: F369, the first return
        "Mon fils est apprenti dans un garage depuis ses 17 ans, doit-il faire sa propre déclaration de revenus ?",
        # the writer's own status told, not asked
        "Je suis apprentie et je suis pas imposable, pourquoi la CAF me demande mes ressources ?",
        # retirement as an event, no pension named
        "Je pars à la retraite en juin, que dois-je faire pour la déclaration de revenus ?",
        # a rupture conventionnelle without a tax question
        "J'ai signé une rupture conventionnelle, combien de temps avant de toucher le chômage ?",
    ],
)
def test_no_tax_status_without_a_tax_question_about_that_income(message: str) -> None:
    assert not _pointed(message) & {"F11249", "F1228", "F415", "F408", "F410"}


def test_the_aah_named_beside_work_is_the_situation_of_its_tax_question():
    ranked, pointer = ranked_with_pointers(
        TITLES,
        "Je touche l'AAH et je viens de reprendre un mi-temps à la poste. Est-ce que je dois déclarer l'AAH aux "
        "impôts cette année ?",
    )
    assert ranked[0] == "F3153"
    assert pointer["F3153"] == 1.0
    # the AAH's own fiche and its cumul with work: the situation, no pointer
    assert pointer["F12242"] == 0.0 and pointer["F21615"] == 0.0


def test_without_a_tax_question_the_aah_and_work_keep_their_fiche():
    ranked, pointer = ranked_with_pointers(
        TITLES, "Je touche l'AAH et je viens de reprendre un mi-temps à la poste. Est-ce que je garde l'AAH ?"
    )
    assert ranked[0] != "F3153"
    assert pointer["F3153"] == 0.0 and pointer["F12242"] == 1.0


def test_the_income_told_nearest_the_tax_question_is_the_one_asked_about():
    ranked, pointer = ranked_with_pointers(
        TITLES,
        "J'ai signé une rupture conventionnelle et je suis au chômage depuis le mois dernier. L'indemnité de "
        "rupture que j'ai reçue est-elle imposable ?",
    )
    assert ranked[0] == "F408"
    assert pointer["F408"] == 1.0
    assert ranked.index("F410") > ranked.index("F408")  # the unemployment benefit is told, not asked about
    assert pointer["F19030"] == 0.0


def test_one_sentence_that_tells_the_work_and_asks_the_tax_gets_the_tax_fiche_first():
    # The cumul fiches lead on every lexical score (the message says "AAH" twice and "emploi"); the cumul facet
    # ("je reprends un emploi") is the situation of the tax question, not what is asked.
    titles = {**TITLES, "F20209": "Peut-on cumuler l'allocation adulte handicapé (AAH) et le RSA ?"}
    index = index_of_titles(titles)
    ids = [fiche["fiche_id"] for fiche in index.fiches]
    lead = {"F21615": 1.0, "F20209": 0.95, "F12242": 0.9, "F3153": 0.3}
    evidence = np.array([lead.get(f, 0.4) for f in ids], dtype=np.float32)
    message = (
        "je perçois l'AAH et je reprends un emploi en intérim ; est-ce que l'AAH doit aller sur ma déclaration de "
        "revenus ?"
    )
    candidates = Candidates.build(
        index,
        understand(message),
        np.arange(len(ids)),
        first=evidence,
        lexical=evidence,
        sub_best=evidence,
        coverage=evidence,
        dense=None,
        passage=None,
    )
    ranked = [index.fiches[position]["fiche_id"] for position, _, _ in rerank(candidates)]
    assert ranked[0] == "F3153"
