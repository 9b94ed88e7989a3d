"""Triage, twenty-fourth pass of issue 12, after the hidden batch bp: a partner's violent anger said in passing.

A student asking for a deadline says the laptop was broken by a partner who threw it "quand il s'est énervé (comme
d'hab …)", or that they cannot work at home just now: violence (the police and danger contacts), even beside an
ordinary request. Figurative breakage ("cassé l'ambiance"), laughter, or a thing broken by accident are not.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage

ANGER = [
    (
        "Université",
        "Bonjour, puis-je rendre mon dossier de stage lundi au lieu de vendredi ? Ma copine a encore balancé mon "
        "chargeur et mon disque dur contre le mur quand elle s'est énervée, comme à chaque fois que je rentre tard.",
    ),
    (
        "Lycée",
        "Madame, je n'ai pas pu faire le devoir. Mon copain a cassé mes classeurs quand il s'est mis en "
        "colère hier, et je ne peux plus trop travailler chez moi. Je peux le rendre la semaine "
        "prochaine ?",
    ),
]


@pytest.mark.parametrize(("administration", "body"), ANGER)
def test_a_partners_violent_anger_said_in_passing_is_distress(administration, body):
    result = triage(title="délai", body=body, administration=administration, use_model=False)
    assert TriageLabel.DISTRESS in result.labels
    assert "violence" in result.distress_kinds


NOT_VIOLENCE = [
    "Mon copain a cassé l'ambiance quand il s'est énervé contre l'arbitre dimanche, comme d'hab. Bref, je voudrais "
    "savoir quand ouvrent les inscriptions au club.",
    "Mon mari a explosé de rire quand il s'est énervé sur le formulaire, comme toujours. Où trouve-t-on le Cerfa ?",
    "Mon copain a fait tomber mon ordinateur par terre en rangeant le bureau, il est en réparation. Puis-je avoir "
    "une semaine de plus pour le rapport ?",
]


@pytest.mark.parametrize("body", NOT_VIOLENCE)
def test_figurative_or_accidental_breakage_is_not_violence(body):
    result = triage(title="question", body=body, administration="Université", use_model=False)
    assert "violence" not in result.distress_kinds
