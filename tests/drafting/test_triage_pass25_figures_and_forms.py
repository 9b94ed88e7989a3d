"""Triage, twenty-fifth pass of issue 12: a life saved said as thanks and the skull of "I'm dead (laughing)" are no
distress; the finger in an emoji and the agents hailed as predators are abusive; the income-tax forms named by their
number are the tax office's own procedure. Guards: a real rescue beside a suicide attempt, "je veux mourir" with a
skull, birds of prey and whale sharks, a year that looks like a form, the Urssaf's own contributions.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import topic_scores, triage
from guichet.drafting.triage_hyperbole import hyperbole_only

FIGURES = [
    (
        "ANTS",
        "carte perdue",
        "Catastrophe, j'ai perdu ma carte d'identité et j'ai le code de la route lundi. Si vous pouvez accélérer le "
        "renouvellement, merci de me sauver la vie 🙏",
    ),
    (
        "CAF",
        "merci",
        "Vous m'avez sauvé la vie avec votre rappel, j'avais complètement oublié la déclaration ! Elle est partie ce "
        "matin. Le versement arrive à quelle date ?",
    ),
    (
        "Mairie",
        "rdv",
        "jsuis mort 💀 j'ai raté mon rendez-vous passeport de ce matin, je peux en reprendre un cette semaine ?",
    ),
]


@pytest.mark.parametrize(("office", "title", "body"), FIGURES)
def test_a_life_saved_as_thanks_and_the_laughing_skull_are_figures(office, title, body):
    assert hyperbole_only(body)
    result = triage(title=title, body=body, administration=office)
    assert TriageLabel.DISTRESS not in result.labels


def test_a_real_rescue_beside_a_suicide_attempt_stays_distress():
    body = (
        "L'assistante sociale m'a sauvé la vie l'an dernier quand j'ai voulu en finir. Aujourd'hui je n'ai plus rien "
        "à manger et je recommence à y penser. Qui puis-je appeler ?"
    )
    result = triage(title="aide", body=body, administration="CAF")
    assert TriageLabel.DISTRESS in result.labels


def test_wanting_to_die_with_a_skull_stays_distress():
    result = triage(title="fin", body="je veux mourir 💀 plus rien ne va depuis le licenciement", administration="CAF")
    assert TriageLabel.DISTRESS in result.labels


INSULTS = [
    "Salut les vautours 🖕 c'est quand le prochain versement ?",
    "Je vous fais un gros 🖕 pour ce courrier.",
    "Bande de rapaces, toujours à prendre sur les petits. Mon échéancier est-il accepté ?",
]


@pytest.mark.parametrize("body", INSULTS)
def test_the_finger_and_the_predators_are_abusive(body):
    result = triage(title="question", body=body, administration="Impôts", use_model=False)
    assert TriageLabel.ABUSIVE in result.labels


NOT_INSULTS = [
    "Bonjour, les rapaces nocturnes de mon grenier sont-ils protégés ? Je voudrais faire des travaux de toiture.",
    "Mon fils plonge à La Réunion : faut-il une autorisation pour observer les requins-baleines ?",
]


@pytest.mark.parametrize("body", NOT_INSULTS)
def test_birds_of_prey_and_sharks_are_not_abusive(body):
    result = triage(title="question", body=body, administration="Mairie", use_model=False)
    assert TriageLabel.ABUSIVE not in result.labels


def test_an_income_tax_form_named_by_its_number_is_the_tax_office_s_business():
    body = (
        "Bonjour, je suis micro-entrepreneur depuis mars. Sur le formulaire 2042-C-PRO, je ne trouve pas la case "
        "de mon chiffre d'affaires. Laquelle est-ce ?"
    )
    assert max(topic_scores("déclaration", body), key=topic_scores("déclaration", body).get) == "impots"
    result = triage(title="déclaration", body=body, administration="DGFiP")
    assert TriageLabel.OUT_OF_SCOPE not in result.labels


def test_a_year_is_no_form_and_the_urssaf_keeps_its_contributions():
    assert "impots" not in topic_scores("retraite", "Je partirai en 2042, combien de trimestres me manqueront ?")
    body = "Bonjour, je suis micro-entrepreneur, quel est le taux de mes cotisations sociales cette année ?"
    assert set(topic_scores("cotisations", body)) == {"urssaf"}


def test_the_cheque_energie_asked_of_the_caf_is_sent_to_its_sender():
    body = (
        "Bonjour, je touche l'APL chez vous mais je n'ai pas reçu mon chèque énergie cette année. Pouvez-vous me "
        "renvoyer le chèque énergie ?"
    )
    result = triage(title="chèque énergie", body=body, administration="CAF", use_model=False)
    assert TriageLabel.OUT_OF_SCOPE in result.labels


def test_the_cheque_energie_asked_of_the_tax_office_stays_in_scope():
    body = "Bonjour, le chèque énergie est-il calculé sur mon revenu fiscal de référence de l'an dernier ?"
    result = triage(title="chèque énergie", body=body, administration="Impôts", use_model=False)
    assert TriageLabel.OUT_OF_SCOPE not in result.labels


def test_the_cheque_energie_asked_of_a_ccas_stays_in_scope():
    body = "Bonjour, je n'ai pas reçu mon chèque énergie cette année. Pouvez-vous m'aider à le demander ?"
    result = triage(title="chèque énergie", body=body, administration="CCAS de Tulle", use_model=False)
    assert TriageLabel.OUT_OF_SCOPE not in result.labels
