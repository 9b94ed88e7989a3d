"""Triage, twenty-sixth pass of issue 12, second shift: the complaint rules read a grievance against the office,
not every "contester", "plainte" or "relancer". Asking how to contest a fine or a bill, asking the office to contest
or chase another body, a police complaint made or feared, a reminder received, a private party still waited for:
no complaint from the rules. The writer contesting the office's own decision, a complaint against its staff, a
follow-up already made in vain: still one.

These are the rules alone (`use_model=False`, as training measures them); the model decides beside them. Every
message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage


def _rule_complaint(body: str, administration: str = "CAF") -> bool:
    result = triage(title="Question", body=body, administration=administration, use_model=False)
    return TriageLabel.COMPLAINT in result.labels


NOT_COMPLAINTS = [
    # How to contest, or the office asked to contest for the writer.
    "Bonjour, j'ai reçu un avis de stationnement alors que j'avais payé. Comment contester cet avis ?",
    "Le garagiste me facture 900 € au lieu de 400. Pouvez-vous contester sa facture pour moi ?",
    "Mon ancien employeur refuse de me payer mes heures. Je voudrais contester, à qui dois-je écrire ?",
    # A police complaint made, feared or to be made against someone else.
    "On m'a volé mon sac avec ma carte d'identité, j'ai porté plainte. Comment refaire la carte ?",
    "Mon voisin me menace, je veux porter plainte contre lui. C'est à la mairie qu'on le fait ?",
    "Elle a peur de porter plainte contre son fils. Peut-elle garder son allocation si elle déménage ?",
    # Another body chased, a reminder received.
    "Ma mutuelle ne répond pas. Pouvez-vous relancer la mutuelle de votre côté ?",
    "J'ai reçu une relance pour la cantine, est-ce que je peux payer en trois fois ?",
    # A private party still waited for.
    "J'ai quitté mon studio il y a trois mois et le propriétaire ne m'a toujours pas rendu ma caution.",
]


@pytest.mark.parametrize("body", NOT_COMPLAINTS)
def test_contesting_elsewhere_a_police_complaint_or_another_body_chased_is_no_complaint(body):
    assert not _rule_complaint(body)


COMPLAINTS = [
    "Madame, Monsieur, je conteste cette décision de radiation : j'étais à mon rendez-vous.",
    "Je conteste le calcul de mon indu et je demande le détail mois par mois.",
    "Vous me prenez 180 € de majoration pour un site en panne. Je conteste et j'exige l'annulation.",
    "Je vais déposer une plainte contre votre agence pour la façon dont j'ai été reçue.",
    "Je voudrais me plaindre de l'accueil téléphonique de votre caisse.",
    "Mon dossier est en attente depuis juillet, j'ai relancé deux fois par la messagerie.",
    "Troisième relance pour ma demande d'aide au logement.",
    "Aucun versement malgré trois relances, je ne comprends pas.",
    # The office itself still waited for.
    "La CAF ne m'a toujours pas versé mon allocation de septembre, c'est la deuxième fois.",
]


@pytest.mark.parametrize("body", COMPLAINTS)
def test_contesting_the_offices_decision_or_chasing_it_in_vain_is_a_complaint(body):
    assert _rule_complaint(body)


def test_the_narrowed_rules_leave_safety_labels_alone():
    body = (
        "Mon mari me frappe, j'ai porté plainte hier. Je n'ai plus rien pour manger avec les enfants. "
        "Comment contester la suspension de l'APL ?"
    )
    result = triage(title="Aide", body=body, administration="CAF", use_model=False)
    assert TriageLabel.DISTRESS in result.labels
