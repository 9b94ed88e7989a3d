"""Thirtieth pass, second shift: an exemption said by a list's introducing line ("Les biens légués aux … suivantes
sont exonérés de droits de succession :") bears on each item under it, and a Q&A answer's leading "Non" is read once
(the answer), not as one more negation that cancels the answer's own. Passages from F17456 (droits de succession),
which no corpora/claims item uses; sentences written for these tests; the faithful paraphrases stay silent."""

import pytest

from guichet.drafting.contradictions import find_contradictions, polarity

TITLE = "Droits de succession : biens imposables et principales exonérations"
BEQUESTS = (
    "Les biens légués aux personnes morales de droit public suivantes sont exonérés de droits de succession :\n"
    "- Régions, départements, communes, leurs établissements publics et les établissements publics hospitaliers\n"
    "- Associations ou fondations reconnues d'utilité publique dont les ressources sont affectées à la protection "
    "de l'environnement ou des animaux"
)
GOODS = (
    "Vous êtes totalement exonéré du paiement des droits sur la succession des biens suivants :\n"
    "- Réversion de rente viagère entre époux ou entre héritiers en ligne directe\n"
    "- Œuvre d'art, livre et objet de collection, document de haute valeur historique ou artistique dont il est "
    "fait don à l'État avec son agrément."
)


def found(sentence: str, passage: str, title: str = TITLE) -> list[dict]:
    return find_contradictions(f"{sentence} [1]", [{"n": 1, "title": title, "passage": passage}])


@pytest.mark.parametrize(
    ("sentence", "passage"),
    [
        ("Une œuvre d'art donnée à l'État avec son agrément est imposable.", GOODS),
        ("Une œuvre d'art donnée à l'État avec son agrément n'est pas exonérée.", GOODS),
        ("Les régions et les communes paient l'impôt.", BEQUESTS),
    ],
)
def test_a_list_items_exemption_turned_into_a_tax_is_flagged(sentence: str, passage: str) -> None:
    assert found(sentence, passage)


@pytest.mark.parametrize(
    ("sentence", "passage"),
    [
        ("Vous n'avez pas à déclarer une œuvre d'art donnée à l'État avec son agrément.", GOODS),
        ("Une œuvre d'art donnée à l'État avec son agrément est exonérée.", GOODS),
        ("Les régions et les communes sont exonérées.", BEQUESTS),
    ],
)
def test_a_list_items_exemption_said_in_other_words_stays_silent(sentence: str, passage: str) -> None:
    assert found(sentence, passage) == []


def test_a_leading_non_is_read_once_with_the_answer_that_follows() -> None:
    # "Non, vous n'êtes pas obligé…" says no once: as odd as a bare "Non", not even as "Oui, vous êtes obligé".
    said = "Non, vous n'êtes pas obligé de déclarer la succession."
    assert polarity(said, "Vous devez déclarer la succession") % 2 == 1
    assert polarity("Non.", "Vous devez déclarer la succession") % 2 == 1
    assert polarity("Oui, vous devez déclarer la succession.", "Vous devez déclarer la succession") % 2 == 0
