"""Triage, twenty-first pass of issue 12: a private favour asked of an office's staff (a pet, children, furniture,
a driveway, a loan), thanks to pass on with no question of one's own, and another person's address or number asked
by anyone without standing (a relative too) are out of scope, with who to turn to; what the office itself provides
(bulky waste collected, a CCAS's home help, a leisure centre), thanks that come with a question, one's own address
and a guardian's ask stay in scope.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage

FAVOURS = [
    (
        "CPAM",
        "Bonjour, je suis opérée jeudi. Un de vos agents pourrait-il venir promener mon chien matin et soir pendant "
        "trois jours ? Je paierai l'essence.",
    ),
    (
        "Mairie",
        "Bonjour, quelqu'un de la commune pourrait-il m'aider à monter mon nouveau frigo au deuxième étage ? Le "
        "livreur l'a laissé en bas.",
    ),
    (
        "Impôts",
        "Bonjour, vous serait-il possible de me prêter 300 euros pour finir le mois ? Je rembourse en février.",
    ),
]

THANKS = [
    (
        "CAF",
        "Bonjour, pourriez-vous transmettre mes sincères remerciements au monsieur qui m'a aidée à remplir le "
        "formulaire vendredi ? Il a été d'une grande gentillesse.",
    ),
    (
        "Mairie",
        "Bonjour, dites de ma part à la secrétaire de mairie que son accueil pour notre mariage était formidable. "
        "Toute la famille en parle encore.",
    ),
]

WHEREABOUTS = [
    (
        "Assurance retraite",
        "Bonjour, ma sœur ne répond plus depuis l'enterrement de maman. Elle touche sa retraite chez vous, vous avez "
        "donc son adresse. Pouvez-vous me la donner ?",
    ),
    (
        "CAF",
        "Bonjour, pouvez-vous me communiquer le numéro de portable de mon cousin Lucas ? Il est allocataire chez "
        "vous et je l'ai perdu.",
    ),
    (
        "France Travail",
        "Bonjour, mon ancien colocataire me doit 400 euros et a disparu. Il est inscrit chez vous : dites-moi où il "
        "habite maintenant, s'il vous plaît.",
    ),
]

IN_SCOPE = [
    (
        "Mairie",
        "Bonjour, les agents de la commune peuvent-ils venir chercher un vieux canapé et une armoire ? Comment "
        "réserver le ramassage des encombrants ?",
    ),
    (
        "CCAS",
        "Bonjour, ma mère sort de l'hôpital. Le CCAS peut-il organiser le portage des repas et une aide pour le "
        "ménage chez elle ?",
    ),
    (
        "Mairie",
        "Bonjour, le centre de loisirs peut-il garder mes enfants pendant les vacances de février ? Comment les "
        "inscrire ?",
    ),
    (
        "CAF",
        "Bonjour, merci à la conseillère de mardi pour son aide. J'ai encore une question : faut-il refaire la "
        "déclaration de ressources après mon changement d'employeur ?",
    ),
    (
        "CAF",
        "Bonjour, je suis la tutrice de mon frère (jugement joint). Pouvez-vous me communiquer son adresse "
        "enregistrée chez vous pour vérifier qu'elle est à jour ?",
    ),
    (
        "Impôts",
        "Bonjour, j'ai déménagé le mois dernier. Pouvez-vous me confirmer que ma nouvelle adresse est bien "
        "enregistrée pour l'avis de taxe foncière ?",
    ),
]


def _topic(result) -> str | None:
    return (result.competent or {}).get("topic")


@pytest.mark.parametrize(("office", "body"), FAVOURS)
def test_a_private_favour_asked_of_the_staff_is_out_of_scope(office, body):
    result = triage(title="demande", body=body, administration=office)
    assert TriageLabel.OUT_OF_SCOPE in result.labels
    assert _topic(result) == "service_personnel"


@pytest.mark.parametrize(("office", "body"), THANKS)
def test_thanks_to_pass_on_are_out_of_scope(office, body):
    result = triage(title="merci", body=body, administration=office)
    assert TriageLabel.OUT_OF_SCOPE in result.labels
    assert _topic(result) == "remerciements"
    assert "Services Publics +" in result.competent["service"]


@pytest.mark.parametrize(("office", "body"), WHEREABOUTS)
def test_another_persons_address_or_number_is_out_of_scope(office, body):
    result = triage(title="demande", body=body, administration=office)
    assert TriageLabel.OUT_OF_SCOPE in result.labels
    assert _topic(result) == "donnees_d_un_tiers"


@pytest.mark.parametrize(("office", "body"), IN_SCOPE)
def test_the_offices_own_services_and_ones_own_file_stay(office, body):
    result = triage(title="demande", body=body, administration=office)
    assert _topic(result) not in {"service_personnel", "remerciements", "donnees_d_un_tiers"}


def test_distress_keeps_the_person_where_they_wrote():
    body = (
        "Bonjour, quelqu'un de votre service pourrait-il nourrir mon chat ? Je pars demain et je ne reviendrai pas, "
        "j'ai décidé d'en finir."
    )
    result = triage(title="mon chat", body=body, administration="CAF")
    assert TriageLabel.DISTRESS in result.labels
    assert _topic(result) != "service_personnel"
