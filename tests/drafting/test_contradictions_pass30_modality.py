"""Thirtieth pass: an obligation, a permission or a tax status that the cited passage reverses, the draft saying it in
other words than the passage (so that the word alignment does not compare them), a Q&A fiche's "Oui / Non" answer
read with its title's question. Passages from service-public.fr fiches that no corpora/claims item uses (F13889,
F10260, F20423, F34822), sentences written for these tests; the faithful paraphrases must stay silent."""

import pytest

from guichet.drafting.cleaning import drop_contradicting
from guichet.drafting.contradictions import find_contradictions
from guichet.drafting.modality import answered, modalities, subject_terms

EMPLOYER_TITLE = "Le particulier employeur doit-il s'occuper des visites médicales de son salarié ?"
EMPLOYER = "Oui, vous devez vous occuper du suivi médical de votre salarié."
PERCO_TITLE = "Plan d'épargne pour la retraite collectif (Perco)"
PERCO = (
    "Si la délivrance se fait sous forme d'un capital, celui-ci est exonéré d'impôt sur le revenu et de prélèvements "
    "sociaux pour sa part correspondant aux versements."
)
LICENCE_TITLE = "Peut-on conduire en France avec un permis étranger périmé ?"
LICENCE = (
    "Non, il est interdit de conduire en France avec un permis de conduire européen ou d'un autre pays qui n'est "
    "plus en cours de validité."
)
RSA_TITLE = "A-t-on droit au RSA quand on est en congé maternité ?"
RSA = (
    "Oui, si vous êtes en congé de maternité, vous pouvez toucher le RSA. Pour cela, vous devez remplir les "
    "conditions pour y prétendre comme jeune parent ou parent isolé."
)


def found(sentence: str, title: str, passage: str) -> list[dict]:
    return find_contradictions(f"{sentence} [1]", [{"n": 1, "title": title, "passage": passage}])


@pytest.mark.parametrize(
    ("sentence", "title", "passage"),
    [
        (
            "En tant que particulier employeur, vous n'avez pas à organiser les visites médicales de votre salarié.",
            EMPLOYER_TITLE,
            EMPLOYER,
        ),
        ("Le capital de votre Perco que vous récupérez est imposable sur le revenu.", PERCO_TITLE, PERCO),
        ("Vous avez le droit de rouler en France avec votre permis marocain périmé.", LICENCE_TITLE, LICENCE),
    ],
)
def test_a_reversed_obligation_right_or_tax_status_is_flagged(sentence: str, title: str, passage: str) -> None:
    hits = found(sentence, title, passage)
    assert hits and hits[0]["reasons"] == ["modality"]


def test_the_qa_answer_is_read_with_its_question() -> None:
    text, stated = answered(EMPLOYER_TITLE, EMPLOYER)
    assert text.startswith(EMPLOYER_TITLE)
    assert "must" in stated
    _, stated = answered("Doit-on assurer son vélo ?", "Non, ce n'est pas une obligation.")
    assert "need_not" in stated and "must" not in stated


@pytest.mark.parametrize(
    ("sentence", "title", "passage"),
    [
        (
            "Il vous revient, comme particulier employeur, d'organiser le suivi médical de votre salarié.",
            EMPLOYER_TITLE,
            EMPLOYER,
        ),
        (
            "Retiré en capital, votre Perco est exonéré d'impôt pour la part qui correspond à vos versements.",
            PERCO_TITLE,
            PERCO,
        ),
        ("En congé maternité, vous pouvez percevoir le RSA si vous remplissez les conditions.", RSA_TITLE, RSA),
    ],
)
def test_a_faithful_paraphrase_stays_silent(sentence: str, title: str, passage: str) -> None:
    assert found(sentence, title, passage) == []


def test_negative_forms_are_not_also_positive() -> None:
    assert modalities("Il ne faut pas boire l'eau de pluie.") == {"may_not"}
    assert modalities("Vous n'êtes pas obligé de venir en personne.") == {"need_not"}
    assert modalities("Ces sommes sont non imposables.") == {"untaxed"}
    assert modalities("Votre employeur peut vous imposer des horaires.") == {"may"}


def test_the_reversed_sentence_is_dropped_from_the_model_text() -> None:
    text = (
        "Vous pouvez toucher le RSA pendant votre congé de maternité [1]. "
        "En tant que particulier employeur, vous n'avez pas à organiser les visites médicales de votre salarié [2]."
    )
    sources = [
        {"n": 1, "title": RSA_TITLE, "passage": RSA},
        {"n": 2, "title": EMPLOYER_TITLE, "passage": EMPLOYER},
    ]
    kept, dropped = drop_contradicting(text, sources)
    assert [d.split(" [")[0] for d in dropped] == [
        "En tant que particulier employeur, vous n'avez pas à organiser les visites médicales de votre salarié"
    ]
    assert kept.startswith("Vous pouvez toucher le RSA")


def test_what_a_sentence_is_about_leaves_out_citations_and_plurals() -> None:
    assert subject_terms("Les aides sociales [2].") == subject_terms("l'aide sociale")
