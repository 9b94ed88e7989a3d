"""Triage, twenty-fourth pass of issue 12: words of distress said of a file, a threat or a greeting.

"En finir avec ce dossier", blows the writer threatens to give ("à coups de bâton"), a refusal to pay ("je ne vous
verse plus un centime") and the south-western greeting "Adieu, …" opening a message are no sign of distress; the
same words said of oneself still are. A complaint already made to the police ("j'ai déposé plainte") is no
complaint of the office; a threat to sue it still is.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_signs import warning_signs

NOT_DISTRESS = [
    "Bonjour, j'aimerais en finir avec cette demande de carte de résident déposée il y a deux ans. Où en est-elle ?",
    "Votre contrôleur a intérêt à ne plus venir chez moi, sinon il repartira à coups de bâton. Vous êtes des nuls.",
    "Rectifiez cette erreur de calcul ou je ne vous verse plus un centime, bande d'incompétents.",
]


@pytest.mark.parametrize("body", NOT_DISTRESS)
def test_words_said_of_a_file_or_a_threat_are_not_distress(body):
    result = triage(title="dossier", body=body, administration="Préfecture", use_model=False)
    assert TriageLabel.DISTRESS not in result.labels


STILL_DISTRESS = [
    "Je veux en finir avec tout ça, je n'y arrive plus.",
    "Mon compagnon m'a roué de coups hier soir, je suis chez une voisine.",
    "Il ne me reste plus un centime et les enfants n'ont rien mangé ce soir.",
]


@pytest.mark.parametrize("body", STILL_DISTRESS)
def test_the_same_words_said_of_oneself_still_are(body):
    result = triage(title="aide", body=body, administration="CAF", use_model=False)
    assert TriageLabel.DISTRESS in result.labels


def test_adieu_as_a_greeting_is_no_farewell():
    assert "farewell" not in warning_signs("semis\nAdieu, savez-vous quand ouvre la déclaration PAC cette année ?")
    assert "farewell" in warning_signs("lettre\nJe vous laisse mes papiers.\nAdieu à tous.")


def test_a_complaint_made_to_the_police_is_no_complaint_of_the_office():
    body = "On a volé mon vélo et mes papiers au marché. J'ai déposé plainte lundi. Comment refaire le permis ?"
    result = triage(title="vol", body=body, administration="ANTS", use_model=False)
    assert TriageLabel.COMPLAINT not in result.labels


def test_a_threat_to_sue_the_office_is_still_a_complaint():
    body = "Trois mois sans mes allocations : je vais porter plainte contre vous si rien ne bouge."
    result = triage(title="allocations", body=body, administration="CAF", use_model=False)
    assert TriageLabel.COMPLAINT in result.labels
