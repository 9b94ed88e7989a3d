"""Triage, twenty-seventh pass of issue 12: the complaint rules do not read a question about a procedure or a wait
as a grievance. An appeal or a claim asked about ("est-ce que je peux faire un recours ?", "dois-je faire une
réclamation ?", "je vous écris en dernier recours"), a wait the writer asks about ("c'est normal ?", "quel est le
délai habituel ?"), a parcel awaited from a seller, an overpayment not wanted: no complaint from the rules. A recours
or a réclamation made, a wait told without asking, a rhetorical "c'est normal ?!", a strong word beside the question:
still one.

These are the rules alone (`use_model=False`, as training measures them); the model decides beside them. Every
message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage


def _rule_complaint(body: str, administration: str = "CAF") -> bool:
    result = triage(title="Question", body=body, administration=administration, use_model=False)
    return TriageLabel.COMPLAINT in result.labels


NOT_COMPLAINTS = [
    # An appeal or a claim asked about.
    "La MDPH m'a refusé la carte mobilité inclusion. Est-ce que je peux faire un recours ?",
    "Pour ma fille sous curatelle : existe-t-il un recours contre l'avis de la commission ?",
    "Le montant a changé après ma déclaration. Dois-je faire une réclamation ou est-ce automatique ?",
    "Je vous écris en dernier recours, personne ne sait me dire quel formulaire remplir pour l'AAH.",
    "Ce n'est pas une réclamation, je voudrais juste comprendre le calcul de ma prime d'activité.",
    # A wait asked about.
    "J'ai envoyé le dossier le 3, je n'ai toujours pas de notification, c'est normal ?",
    "Je n'ai rien reçu pour l'instant. Quel est le délai habituel pour la première allocation ?",
    # Goods awaited from a seller.
    "Mon colis commandé sur un site internet n'est jamais arrivé, colis jamais reçu, pouvez-vous m'aider ?",
    # An overpayment not wanted.
    "Je reprends un travail lundi et je ne veux surtout pas de trop-perçu : que dois-je déclarer ?",
]


@pytest.mark.parametrize("body", NOT_COMPLAINTS)
def test_a_procedure_or_a_wait_asked_about_is_no_complaint(body):
    assert not _rule_complaint(body)


COMPLAINTS = [
    "Je conteste cette décision et je vais faire un recours, vous n'avez même pas lu le certificat.",
    "J'ai fait une réclamation en juillet, toujours rien.",
    "Cinq mois sans réponse, c'est normal ?!",
    "Toujours pas de versement, c'est normal ? C'est inadmissible.",
    "Je n'ai toujours pas reçu l'AAH de mon fils, trois appels et personne ne répond.",
    "Je conteste ce trop-perçu : j'avais déclaré l'hospitalisation à temps.",
]


@pytest.mark.parametrize("body", COMPLAINTS)
def test_a_grievance_beside_or_without_a_question_is_still_a_complaint(body):
    assert _rule_complaint(body)
