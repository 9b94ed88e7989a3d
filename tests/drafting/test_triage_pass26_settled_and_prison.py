"""Triage, twenty-sixth pass of issue 12: a hardship the writer says is over, told before a routine question, is no
distress (`triage_settled`); restlessness ("je ne tiens plus en place") is no despair; a prison's business (visits,
a prisoner's account, the sentence's judge, the SPIP) asked of another office is out of scope; a signature
certified by the mairie is the mairie's; an overpayment feared is no complaint.

Guards: a hardship said to be over and a new one after it, despair after the marker, a story of these days, a
danger to a person told as past, "je ne tiens plus" alone, one mention of a prison as the background of a routine
ask, an overpayment received.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_settled import over_at

OVER = [
    "L'an dernier on a failli être expulsés, c'était très dur. Tout ça est réglé maintenant, on a un bail à nous. "
    "Je dois refaire une demande d'APL pour le nouveau logement ?",
    "Il y a deux ans j'étais à la rue, sans un sou. C'est derrière moi : j'ai un studio et un CDI. Comment je "
    "déclare mes salaires pour la prime d'activité ?",
    "À l'époque on n'avait plus de chauffage et plus rien à manger, mais je m'en suis sortie. Je voudrais savoir "
    "si je peux encore avoir le chèque énergie.",
    "Pendant la détention de mon mari j'ai connu les coupures d'électricité et les colis des Restos. La dette est "
    "soldée. Il est rentré : faut-il le remettre sur le dossier ?",
]


@pytest.mark.parametrize("body", OVER)
def test_a_hardship_said_to_be_over_is_no_distress(body):
    assert over_at(body) is not None
    assert TriageLabel.DISTRESS not in triage(title="Question", body=body, administration="CAF").labels


NOT_OVER = [
    # A new hardship after the marker.
    "L'an dernier on a failli être expulsés, c'est derrière nous. Mais là on n'a plus rien à manger depuis mardi.",
    # Despair after the marker.
    "Il y a deux ans j'étais à la rue. C'est du passé, mais je n'en peux plus, je suis à bout.",
    # These days.
    "L'an dernier j'étais sans chauffage, tout ça est réglé, mais cette semaine on a de nouveau coupé l'électricité.",
    # No story told in the past before the marker.
    "C'est derrière moi. On va être expulsés lundi.",
]


@pytest.mark.parametrize("body", NOT_OVER)
def test_a_hardship_of_now_stays_read(body):
    assert over_at(body) is None


def test_a_past_danger_to_a_person_keeps_its_rule():
    body = (
        "L'an dernier mon mari me frappait, c'est derrière moi. Je voudrais savoir si je peux avoir l'ASF pour les "
        "enfants."
    )
    rules = triage(title="ASF", body=body, administration="CAF", use_model=False)
    assert TriageLabel.DISTRESS in rules.labels


def test_restlessness_is_no_despair_but_holding_on_no_more_is():
    eager = "Après deux ans à l'intérieur je ne tiens plus en place, je veux travailler. Quelles formations ?"
    assert (
        TriageLabel.DISTRESS
        not in triage(title="Reprise", body=eager, administration="France Travail", use_model=False).labels
    )
    worn = "Depuis ma sortie je ne tiens plus, personne ne m'embauche."
    assert (
        TriageLabel.DISTRESS
        in triage(title="Emploi", body=worn, administration="France Travail", use_model=False).labels
    )


PRISON_ASKS = [
    (
        "Mairie",
        "Permis de visite",
        "Bonjour, c'est la mairie qui délivre le permis de visite pour la maison d'arrêt ? Je voudrais voir mon fils.",
    ),
    ("CAF", "Compte nominatif", "Comment verser de l'argent sur le compte nominatif de mon frère ? Il doit cantiner."),
    (
        "France Travail",
        "Pécule",
        "Bonjour, le pécule de libération, c'est vous qui le versez ? Je suis sorti lundi et je n'ai rien.",
    ),
    (
        "CPAM",
        "Date du JAP",
        "Quand mon mari passe-t-il devant le juge d'application des peines pour sa libération conditionnelle ?",
    ),
]


@pytest.mark.parametrize(("office", "title", "body"), PRISON_ASKS)
def test_a_prisons_business_asked_of_another_office_is_out_of_scope(office, title, body):
    result = triage(title=title, body=body, administration=office, use_model=False)
    assert TriageLabel.OUT_OF_SCOPE in result.labels
    assert result.competent and "pénitentiaire" in result.competent["body"]


PRISON_BACKGROUND = [
    (
        "impots.gouv",
        "Déclaration",
        "Mon époux est incarcéré, je ne le vois qu'au parloir. On déclare toujours ensemble ?",
    ),
    (
        "France Travail",
        "Inscription",
        "La conseillère du SPIP m'a dit de m'inscrire chez vous à ma sortie. Je peux le faire en ligne ?",
    ),
    (
        "Mairie",
        "Signature",
        "La mairie peut-elle légaliser ma signature sur l'attestation d'hébergement que le "
        "SPIP demande pour mon frère ?",
    ),
]


@pytest.mark.parametrize(("office", "title", "body"), PRISON_BACKGROUND)
def test_a_prison_in_the_background_of_an_own_errand_stays_in_scope(office, title, body):
    result = triage(title=title, body=body, administration=office, use_model=False)
    assert TriageLabel.OUT_OF_SCOPE not in result.labels


def test_an_overpayment_feared_is_no_complaint_but_one_received_is():
    feared = "Mon fils est en détention. Je dois le retirer de l'APL ? Je ne veux pas avoir un trop-perçu après."
    assert TriageLabel.COMPLAINT not in triage(title="APL", body=feared, administration="CAF", use_model=False).labels
    received = "Vous me réclamez un trop-perçu de 800 euros alors que j'avais tout déclaré."
    assert TriageLabel.COMPLAINT in triage(title="APL", body=received, administration="CAF", use_model=False).labels
