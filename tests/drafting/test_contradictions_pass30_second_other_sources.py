"""Thirtieth pass, second shift: a model sentence that states an obligation is read against the statements of every
source of the draft, not only the one it cites (a Q&A fiche whose "Non" Guichet quotes among the key points, while
the model cites a neighbouring fiche), and its main clause apart from the "si …" / "lorsque …" case it is said for.
Passages of F23382 (cadeaux de l'employeur) and F1059 (prêt entre particuliers), which no corpora/claims item uses;
sentences written for these tests; the faithful ones stay silent."""

import pytest

from guichet.drafting.contradictions import find_contradictions
from guichet.drafting.modality import main_clause

GIFTS_TITLE = "Impôt sur le revenu : faut-il déclarer les cadeaux de l'employeur ?"
GIFTS = (
    "Non, à condition que ce cadeau soit :\n"
    "- pour un événement particulier (par exemple la naissance d'un enfant),\n"
    "- et sans lien direct avec votre activité professionnelle.\n"
    "Le cadeau peut prendre une des formes suivantes : cadeau en nature, chèque-cadeau ou bon d'achat."
)
LOAN_TITLE = "Doit-on déclarer aux impôts un prêt d'argent entre particuliers ?"
LOAN = (
    "Les formalités déclaratives sont différentes en fonction du montant du ou des prêts.\n"
    "Si vous avez obtenu un ou plusieurs prêts pour un montant total de plus de 5 000 € sur l'année, vous devez "
    "remplir le formulaire n°2062 et le joindre à votre déclaration de revenus."
)
SOURCES = [
    {"n": 1, "title": LOAN_TITLE, "passage": LOAN},
    {"n": 2, "title": GIFTS_TITLE, "passage": GIFTS},
]


def test_an_obligation_the_other_sources_answer_reverses_is_flagged() -> None:
    sentence = (
        "Vous devez mettre le cadeau de votre employeur dans votre déclaration d'impôt sur le revenu si vous "
        "l'avez reçu pour la naissance de votre enfant [1]."
    )
    found = find_contradictions(sentence, SOURCES)
    assert [(f["source"], f["reasons"]) for f in found] == [(2, ["modality"])]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vous n'avez pas à déclarer le cadeau de votre employeur reçu pour la naissance de votre enfant [1].",
        "Vous devez remplir le formulaire n°2062 si votre prêt dépasse 5 000 € sur l'année [1].",
    ],
)
def test_a_sentence_the_sources_agree_with_stays_silent(sentence: str) -> None:
    assert find_contradictions(sentence, SOURCES) == []


def test_the_condition_is_left_out_of_what_the_clause_is_about() -> None:
    clause = "Vous devez déclarer le cadeau de votre employeur lorsque vous le recevez pour Noël"
    assert main_clause(clause) == "Vous devez déclarer le cadeau de votre employeur"
    # A condition with nothing before it to stand on keeps the whole clause.
    assert main_clause("Vous devez le faire si vous travaillez") == "Vous devez le faire si vous travaillez"
