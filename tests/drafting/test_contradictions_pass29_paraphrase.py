"""Twenty-ninth pass: contradictions said in other words than the passage's (what batch c3 showed the check missed or
wrongly flagged), on passages and sentences written for these tests (none from corpora/claims): a body named in full
where the passage writes its acronym, a rank of day changed ("au 3e jour" for "au 9e jour"), gross made net, "mettre
fin" for "rompre"; and the faithful paraphrases that must stay silent: "ne pas travailler" for "cesser de travailler",
a clause that only details the one before ("…, dont 2 après…")."""

import pytest

from guichet.drafting.contradictions import find_contradictions


def reasons(sentence: str, passage: str) -> list[str]:
    found = find_contradictions(f"{sentence} [1]", [{"n": 1, "title": "Fiche", "passage": passage}])
    return found[0]["reasons"] if found else []


CONTRADICTED = [
    (
        "Vous disposez de 5 jours ouvrables pour adresser le formulaire à votre caisse primaire d'assurance maladie.",
        "Le formulaire est adressé à la CPAM dans les 2 jours ouvrables.",
        "number",
    ),
    (
        "L'indemnité versée par votre employeur commence au 3e jour de votre absence.",
        "L'indemnité complémentaire versée par l'employeur commence au 9e jour de l'absence du salarié.",
        "number",
    ),
    (
        "La prime est égale à 5 % de votre rémunération annuelle nette.",
        "La prime est égale à 5 % de la rémunération annuelle brute du salarié.",
        "antonym",
    ),
    (
        "Votre employeur peut mettre fin à votre période d'apprentissage pendant votre arrêt de travail.",
        "La rupture du contrat d'apprentissage n'est pas possible pendant l'arrêt de travail.",
        "polarity",
    ),
]
FAITHFUL = [
    (
        "Vous pouvez reprendre plus tôt, à condition de ne pas travailler pendant au moins 4 semaines au total, "
        "dont 2 après l'adoption.",
        "Le parent peut renoncer à une partie du congé, mais il doit cesser de travailler au moins 4 semaines dont 2 "
        "après l'adoption.",
    ),
    (
        "Votre déclaration part à la caisse primaire d'assurance maladie dans les 2 jours.",
        "La déclaration est transmise à la CPAM dans les 2 jours.",
    ),
    (
        "L'indemnité complémentaire démarre au 9e jour de votre absence.",
        "L'indemnité complémentaire versée par l'employeur commence au 9e jour de l'absence du salarié.",
    ),
]


@pytest.mark.parametrize(("sentence", "passage", "reason"), CONTRADICTED)
def test_pass29_a_contradiction_in_other_words_is_flagged(sentence, passage, reason):
    assert reason in reasons(sentence, passage)


@pytest.mark.parametrize(("sentence", "passage"), FAITHFUL)
def test_pass29_a_faithful_paraphrase_is_not_flagged(sentence, passage):
    assert reasons(sentence, passage) == []
