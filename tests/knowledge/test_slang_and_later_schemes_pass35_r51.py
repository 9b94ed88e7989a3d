"""Thirty-fifth pass (engineer-r51, issue 14): everyday and slang names of benefits and procedures
(`guichet.knowledge.vocabulary.names_slang`) and schemes created after the fiches' snapshot, asked about by name
(`guichet.knowledge.later_schemes`, read by `outside_request`). Sentences written fresh for these tests, none from a
corpus."""

import pytest

from guichet.knowledge import outside, vocabulary
from guichet.knowledge.outside import outside_request
from guichet.knowledge.query import understand
from guichet.knowledge.vocabulary.names_slang import SLANG_NAMES


def _slang_fiches(text: str) -> set[str]:
    return {fiche for found in vocabulary.find_every(text) if found.term in SLANG_NAMES for fiche in found.term.fiches}


def _slang_expansions(text: str) -> set[str]:
    return {found.term.expansion for found in vocabulary.find_every(text) if found.term in SLANG_NAMES}


@pytest.mark.parametrize(
    ("text", "fiche"),
    [
        ("J'ai zappé de pointer ce mois-ci chez France Travail, je risque quoi ?", "F1637"),
        ("Mon fils doit pointer tous les mois mais le site plante.", "F1637"),
        ("Combien je vais payer de taxe d'hab pour un studio ?", "F42"),
        ("Mon oncle peut-il toucher l'alloc handicapé s'il vit chez moi ?", "F12242"),
        ("Est-ce que j'ai droit au chèque EDF avec une pension de 900 € ?", "F33667"),
        ("On part au Portugal, il faut la carte Vitale européenne pour les enfants ?", "F34441"),
        ("Le congé des papas dure combien de jours maintenant ?", "F3156"),
    ],
)
def test_an_everyday_name_points_to_its_fiche(text: str, fiche: str) -> None:
    assert fiche in _slang_fiches(text)


@pytest.mark.parametrize(
    "text",
    [
        "Au boulot on doit pointer à la pointeuse chaque mois pour les heures sup.",  # a time clock at work
        "L'allocation pour mon enfant handicapé a baissé, pourquoi ?",  # a child's allowance, not the AAH
        "Ma carte d'identité de 10 ans est périmée.",  # a card's validity, not the resident card
    ],
)
def test_a_neighbouring_phrase_is_not_read_as_the_name(text: str) -> None:
    assert not _slang_fiches(text)
    assert "carte de résident de 10 ans titre de séjour" not in _slang_expansions(text)


def test_a_broad_name_adds_words_without_a_fiche() -> None:
    assert _slang_expansions("Je touchais les Assedic en 2005, ça compte ?") == {
        "allocation chômage aide au retour à l'emploi Pôle emploi"
    }
    assert _slang_fiches("Je veux la carte 10 ans, c'est possible après cinq ans de titre d'un an ?") == set()


def test_the_switch_gives_back_the_previous_vocabulary() -> None:
    text = "J'ai oublié de pointer le mois dernier, suis-je radié ?"
    assert _slang_fiches(text) == {"F1637"}
    try:
        vocabulary.READ_SLANG_NAMES = False
        assert _slang_fiches(text) == set()
    finally:
        vocabulary.READ_SLANG_NAMES = True


def _outside(message: str) -> str:
    return outside_request(understand(message))


@pytest.mark.parametrize(
    "message",
    [
        "Pass Sport\nMa fille commence la danse, comment on obtient le pass Sport pour payer la licence ?",
        "Chèque carburant\nJe roule 60 km par jour pour l'usine, puis-je toucher l'indemnité carburant ?",
        "Jeune sans emploi\nComment s'inscrire au contrat d'engagement jeune et combien on touche ?",
        "Prime de mon patron\nLa prime de partage de la valeur que j'ai reçue est-elle imposable ?",
    ],
)
def test_a_scheme_created_after_the_fiches_is_read_as_outside(message: str) -> None:
    assert _outside(message).startswith("un dispositif postérieur aux fiches")


@pytest.mark.parametrize(
    "message",
    [
        # named in the story only
        "RSA\nJ'ai touché l'indemnité inflation l'an dernier. Est-ce que mon RSA va baisser cette année ?",
        # an ask open to other rights
        "Pass Sport\nLe pass Sport ne suffit pas pour le club de mon fils : quelles autres aides existent ?",
        # a right the fiches have asked beside the scheme
        "Rentrée\nLe pass Sport, je connais. Mais pour l'allocation de rentrée scolaire, faut-il la demander ?",
    ],
)
def test_a_later_scheme_beside_a_question_a_fiche_answers_is_not_outside(message: str) -> None:
    assert not _outside(message).startswith("un dispositif postérieur aux fiches")


def test_the_outside_switch_gives_back_the_previous_reading() -> None:
    message = "Leasing social\nJe voudrais louer une voiture électrique avec le leasing social : comment faire ?"
    assert _outside(message).startswith("un dispositif postérieur aux fiches")
    try:
        outside.READ_LATER_SCHEMES = False
        assert _outside(message) == ""
    finally:
        outside.READ_LATER_SCHEMES = True
