"""Triage, twenty-fourth pass of issue 12, after the hidden batch bp: one's own death asked in the third person.

A young person asks what happens to the fees "si un étudiant décède" or "si quelqu'un meurt", beside the wish that
their own mother, parents or sister lose nothing by it: the impersonal form of ``own_death_asked`` and the "ne perde
pas" form of ``provision_for_family`` (``triage_signs``). A parent asking about a student's death, a calm question
about someone else's family, or the wish alone stay routine for the rules.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage

HIDDEN = [
    (
        "Université",
        "Bonjour, petite question : si une étudiante meurt pendant le semestre, est-ce que la bourse déjà versée "
        "doit être rendue ? C'est pour que mes parents ne perdent rien derrière moi.",
    ),
    (
        "CROUS",
        "salut, si quelqu'un décède en cours de bail dans une résidence, la caution est rendue à qui ? je demande ça "
        "pour que ma sœur perde pas ses 300 euros",
    ),
]


@pytest.mark.parametrize(("administration", "body"), HIDDEN)
def test_a_death_asked_impersonally_beside_ones_own_kin_spared_is_distress(administration, body):
    result = triage(title="question", body=body, administration=administration, use_model=False)
    assert TriageLabel.DISTRESS in result.labels
    assert "suicide" in result.distress_kinds


CALM = [
    # A parent asking for a son: the writer's child is named.
    (
        "Université",
        "Madame, si un étudiant décède en cours d'année, les frais d'inscription sont-ils remboursés ? Je pose la "
        "question pour mon fils, hospitalisé depuis un mois, pour que notre famille ne perde pas cet argent.",
    ),
    # A parent whose son died: past tense, no condition.
    (
        "Université",
        "Bonjour, notre fils Paul, inscrit en deuxième année, est décédé en février. Les frais d'inscription sont-ils "
        "remboursés à la famille ? Merci de nous indiquer la démarche.",
    ),
    # Someone else's family, said by a housing officer.
    (
        "CROUS",
        "Bonjour, si un résident décède, le dépôt de garantie est-il rendu à ses héritiers ? Une collègue me pose la "
        "question pour que sa famille ne perde rien.",
    ),
    # The wish alone, beside a bank change.
    (
        "CAF",
        "Bonjour, je change le RIB du compte de l'allocation pour que ma mère ne perde pas d'argent en frais "
        "bancaires. Où dois-je envoyer le nouveau ?",
    ),
]


@pytest.mark.parametrize(("administration", "body"), CALM)
def test_a_real_question_about_a_death_or_the_wish_alone_is_no_rule(administration, body):
    result = triage(title="question", body=body, administration=administration, use_model=False)
    assert TriageLabel.DISTRESS not in result.labels
