"""Triage, thirty-second pass of issue 12 (engineer-cu): a housing status told beside a calm request (a
domiciliation, an identity card, a change of address, the APL once rehoused) no longer makes the homeless rule of
distress; a social landlord has a profile, and what its tenants ask about their home stays its business; a cupboard
rotted by a leak is no insult; the writer's own job search and a private party's silence are no grievance against
the office. Guards: a night outside, a deadline, children, despair or money run out beside the same status keep the
rule; a private landlord named to a social landlord is still another party; an insult at the office stays abusive.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import (
    administration_profiles,
    home_question_at_landlord,
    out_of_scope_vetoed,
    topic_scores,
    triage,
)
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_housing_status import calm_status_request, status_blanked

CALM_STATUS = [
    (
        "CCAS",
        "domiciliation",
        "Je dors dans un centre d'hébergement d'urgence depuis février. Pour toucher la prime d'activité il me faut"
        " une adresse : le CCAS fait-il les domiciliations, et le mercredi matin c'est ouvert ?",
    ),
    (
        "Mairie",
        "passeport",
        "Bonjour, je suis sans domicile fixe et domiciliée par une association. Pour refaire mon passeport, "
        "l'attestation de l'association suffit-elle comme justificatif ?",
    ),
    (
        "Assurance retraite",
        "adresse",
        "Depuis mon expulsion en mars je loge chez mon frère à Vierzon. Comment faire suivre mes courriers et "
        "changer l'adresse de ma pension ?",
    ),
    (
        "CAF",
        "nouveau logement",
        "Après un an en hébergement d'urgence nous signons un bail la semaine prochaine. Quels papiers envoyer "
        "pour l'aide au logement ?",
    ),
    (
        "Mairie",
        "courrier",
        "Je n'ai plus d'adresse depuis que j'ai rendu mon studio. Où faire une domiciliation pour mes courriers ?",
    ),
]


@pytest.mark.parametrize(("office", "title", "body"), CALM_STATUS)
def test_a_housing_status_beside_a_calm_request_makes_no_distress_rule(office, title, body):
    result = triage(title=title, body=body, administration=office, use_model=False)
    assert TriageLabel.DISTRESS not in result.labels


STILL_DISTRESS = [
    # A night outside with a child.
    (
        "CCAS",
        "ce soir",
        "Je suis sans domicile depuis hier avec ma fille de 3 ans. Où peut-on dormir ce soir ? Le 115 est saturé.",
    ),
    # Despair beside the same status.
    (
        "Mairie",
        "adresse",
        "Je n'ai plus d'adresse, plus de travail, je n'en peux plus. Est-ce que quelqu'un peut m'aider ?",
    ),
    # No question at all: the status is the whole message.
    ("CCAS", "urgence", "Je suis sans domicile et il gèle. Je n'ai nulle part où aller."),
    # An eviction to come, not told as past.
    (
        "Préfecture",
        "expulsion",
        "L'expulsion est fixée à jeudi avec la police. Comment obtenir un délai ?",
    ),
    # Money run out.
    (
        "CAF",
        "hébergement",
        "En hébergement d'urgence, il me reste 3 euros. Quand tombe le RSA ?",
    ),
]


@pytest.mark.parametrize(("office", "title", "body"), STILL_DISTRESS)
def test_distress_beside_a_housing_status_keeps_the_rule(office, title, body):
    result = triage(title=title, body=body, administration=office, use_model=False)
    assert TriageLabel.DISTRESS in result.labels


def test_a_calm_request_needs_a_question_and_no_alarm():
    assert calm_status_request(fold("Je suis sans domicile. Comment refaire ma carte Vitale ?"))
    assert not calm_status_request(fold("Je suis sans domicile."))
    assert not calm_status_request(fold("Je suis sans domicile avec mes enfants, comment faire ?"))
    assert not calm_status_request(fold("Sans domicile depuis demain, je suis à bout, que faire ?"))


def test_only_the_status_phrases_are_blanked():
    text = fold("Après mon expulsion, je dors dans ma voiture. Que faire ?")
    blanked = status_blanked(text)
    assert "expulsion" not in blanked
    assert "dors dans ma voiture" in blanked
    # An eviction asked against a neighbour is no eviction of the writer.
    assert "expuls" not in status_blanked(fold("Pouvez-vous faire expulser le voisin du dessous ?"))
    # An eviction to come stays.
    assert "expulsion" in status_blanked(fold("Mon expulsion est prévue lundi, que faire ?"))


def test_a_social_landlord_has_a_profile():
    assert administration_profiles("Bailleur social") == {"bailleur"}
    assert "bailleur" in administration_profiles("Office public de l'habitat")
    assert "bailleur" not in administration_profiles("CAF")


TENANT_QUESTIONS = [
    ("chaudière", "La chaudière du logement fait un bruit de moteur depuis lundi, un technicien peut passer ?"),
    ("loyer", "Je vais toucher mon salaire le 10, puis-je régler le loyer de ce mois avec une semaine de retard ?"),
    ("grand logement", "Nous attendons des jumeaux : comment demander une mutation vers un logement plus grand ?"),
    ("quittance", "Pouvez-vous m'envoyer les quittances de janvier à mars pour mon dossier de crédit ?"),
]


@pytest.mark.parametrize(("title", "body"), TENANT_QUESTIONS)
def test_a_tenants_home_question_is_the_social_landlords_business(title, body):
    profiles = administration_profiles("Bailleur social")
    text = f"{title}\n{body}"
    assert home_question_at_landlord(profiles, text)
    assert out_of_scope_vetoed(topic_scores(title, body), profiles, None, text)
    result = triage(title=title, body=body, administration="Bailleur social")
    assert TriageLabel.OUT_OF_SCOPE not in result.labels


def test_a_private_landlord_named_to_a_social_landlord_is_not_its_business():
    profiles = administration_profiles("Bailleur social")
    text = "Travaux\nJe loue à un particulier et mon propriétaire refuse de réparer la fuite. Pouvez-vous l'obliger ?"
    assert not home_question_at_landlord(profiles, text)
    # The same question asked of another office is not read by the social landlord's rule.
    assert not home_question_at_landlord(administration_profiles("CAF"), "Fuite\nLa chaudière fuit.")


def test_a_cupboard_rotted_by_a_leak_is_no_insult():
    body = "La fuite sous l'évier n'est pas réparée, le meuble est pourri et le sol aussi. Quand venez-vous ?"
    result = triage(title="fuite", body=body, administration="Bailleur social", use_model=False)
    assert TriageLabel.ABUSIVE not in result.labels


def test_the_office_called_rotten_stays_abusive():
    body = "Vous êtes pourris, bande de voleurs, la fuite n'est toujours pas réparée."
    result = triage(title="fuite", body=body, administration="Bailleur social", use_model=False)
    assert TriageLabel.ABUSIVE in result.labels


NO_GRIEVANCE = [
    ("France Travail", "recherche", "Je n'ai toujours rien trouvé après huit mois. Puis-je suivre une formation ?"),
    ("Mairie", "hygiène", "J'ai écrit au propriétaire, aucune réponse. Le service d'hygiène peut-il passer ?"),
]


@pytest.mark.parametrize(("office", "title", "body"), NO_GRIEVANCE)
def test_the_writers_own_search_or_a_private_partys_silence_is_no_complaint(office, title, body):
    result = triage(title=title, body=body, administration=office, use_model=False)
    assert TriageLabel.COMPLAINT not in result.labels


def test_a_wait_for_the_office_is_still_a_complaint():
    body = "J'ai envoyé mon dossier il y a quatre mois, toujours rien. C'est inadmissible."
    result = triage(title="dossier", body=body, administration="CAF", use_model=False)
    assert TriageLabel.COMPLAINT in result.labels
