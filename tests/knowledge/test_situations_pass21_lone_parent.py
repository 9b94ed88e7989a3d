"""Twenty-first pass: a lone parent said without the word — alone with a child counted or "notre", a partner who left
a writer with a child there or on the way — is the "parent isolé" situation, so the lone parent's fiche comes first
among the fiches a name or a situation points to. A partner gone abroad or to work is not. Fresh sentences, none from
a corpus."""

import pytest

from guichet.knowledge.analysis import fold
from guichet.knowledge.situations import qualifiers_in_message


@pytest.mark.parametrize(
    "message",
    [
        "Depuis l'été je suis seule avec deux garçons de 4 et 9 ans et mon salaire de caissière ne suffit plus.",
        "Je me retrouve seule avec notre bébé de trois mois, je ne sais pas à quelles aides j'ai droit.",
        "Mon copain s'est barré quand il a appris que j'étais enceinte, je n'ai que mon petit boulot au marché.",
        "Je suis enceinte de sept mois et le père de mon fils est parti sans laisser d'adresse.",
        "Mon mari m'a quittée en mars, je garde les enfants la semaine et je cherche un logement moins cher.",
    ],
)
def test_a_lone_parent_said_without_the_word(message):
    assert "parent isolé" in qualifiers_in_message(fold(message))


@pytest.mark.parametrize(
    "message",
    [
        "Mon mari est parti en Espagne pour son travail pendant deux mois, nos enfants restent avec moi.",
        "Mon compagnon est parti travailler à Lyon la semaine, il rentre le vendredi voir notre fille.",
        "Nous sommes deux avec notre bébé et nous voulons savoir si la prime de naissance est imposable.",
    ],
)
def test_not_a_lone_parent(message):
    assert "parent isolé" not in qualifiers_in_message(fold(message))
