"""Fortieth pass (engineer-dw): the calm-question gate no longer holds where an older person or a care leaver says a
danger in passing (`triage_quiet_danger`), computers or "la poste" named in passing are no context of later life,
and a home measured at 14 °C or less is distress by rule. Fresh sentences, in none of the corpora."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_calm_question import CALM_QUESTION_BAR, calm_question, calm_question_doubt
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_quiet_danger import quiet_danger, quiet_danger_kinds


@pytest.fixture(autouse=True)
def _calm_question_gate_on(monkeypatch: pytest.MonkeyPatch) -> None:
    # The gate ships off since the fortieth pass (the lead, docs/benchmarks.md); these tests read it switched on.
    monkeypatch.setattr("guichet.drafting.triage_calm_question.CALM_QUESTION_GATE", True)


DISTRESS = TriageLabel.DISTRESS

# One danger of each family, said in passing beside a question of later life or of leaving care.
QUIET = {
    "money_gone": "J'ai 83 ans. Ma petite-fille garde ma carte et me donne trente euros par semaine. Peut-on verser "
    "ma pension ailleurs ?",
    "mistreated": "Mon gendre vit chez moi, quand je parle de ma retraite il me bouscule. Comment changer de compte ?",
    "cold_home": "Je suis retraitée, je ne chauffe plus la chambre depuis octobre. Ai-je droit à l'ASPA ?",
    "hungry": "Veuve depuis mai, je mange du pain sec le soir. Quand la réversion sera-t-elle versée ?",
    "nobody": "Je suis veuf et je ne parle plus à personne depuis l'été. Que faut-il pour la pension de réversion ?",
    "giving_up": "À 87 ans je ne vois pas à quoi sert de continuer. Ma retraite est-elle versée le 9 ?",
    "no_bed": "Je suis sortie de l'ASE en mai, je dors sur le canapé d'une copine. Comment demander l'APL ?",
    "gone": "Mon fils de 17 ans, suivi par l'éducateur, est parti de la maison depuis trois jours. Qui appeler ?",
    "care_undone": "J'ai 78 ans et j'ai arrêté le traitement faute de sous. La retraite complémentaire aide-t-elle ?",
}

# The same words in a routine question: each pattern's near miss.
NEAR_MISS = {
    "money_gone": "J'ai 66 ans, mon fils me donne 150 euros par mois. Faut-il le déclarer pour l'ASPA ?",
    "mistreated": "J'ai 72 ans et ma fille me pousse à demander l'APA pour ma mère. Comment fait-on ?",
    "cold_home": "Je suis retraité, le chauffage collectif de la résidence autonomie est-il compris dans le loyer ?",
    "hungry": "Je ne mange pas de viande depuis toujours. Le portage de repas végétarien est-il aidé à 80 ans ?",
    "nobody": "Veuve depuis 2015, je vois encore mes amies au club. Ma réversion change-t-elle si je déménage ?",
    "giving_up": "Je voudrais partir tranquille à la retraite en juin : quelle date choisir pour ma pension ?",
    "no_bed": "Je sors de l'ASE et j'emménage : le canapé et le lit sont-ils couverts par l'aide à l'installation ?",
    "gone": "Mon mari est parti de la maison en janvier, nous divorçons. Ma retraite est-elle à déclarer seule ?",
    "care_undone": "Le médecin a arrêté le traitement, je suis guérie. Retraitée, dois-je prévenir la caisse ?",
}


@pytest.mark.parametrize("kind", sorted(QUIET))
def test_a_danger_said_in_passing_is_read(kind):
    assert kind in quiet_danger_kinds(fold(QUIET[kind]))
    assert not calm_question(QUIET[kind])


@pytest.mark.parametrize("kind", sorted(NEAR_MISS))
def test_the_same_words_in_a_routine_question_stay_a_calm_question(kind):
    assert not quiet_danger(fold(NEAR_MISS[kind]))
    assert calm_question(NEAR_MISS[kind])


def test_the_gate_no_longer_doubts_a_quiet_danger_under_the_bar():
    # A care leaver's night at the station: the model may score it low, the gate must not hold it back.
    text = "J'ai eu 18 ans en mars et l'ASE m'a fait sortir du foyer, je dors à la gare. Quels papiers pour le RSA ?"
    assert not calm_question_doubt(CALM_QUESTION_BAR / 2, text)
    calm = "J'ai eu 18 ans en mars et je suis en contrat jeune majeur en studio. Quels papiers pour le RSA ?"
    assert calm_question_doubt(CALM_QUESTION_BAR / 2, calm)


def test_computers_or_la_poste_in_passing_are_no_context_of_later_life():
    # A danger said in words no family lists, beside a computer or a post office account: the gate does not read it.
    assert not calm_question("Il a changé mon mot de passe et lit mes courriels. Puis-je avoir un nouveau compte ?")
    assert not calm_question("J'écris depuis l'ordinateur de la bibliothèque. Peut-on m'écrire ailleurs qu'ici ?")
    assert not calm_question("Je voudrais ouvrir un compte à la Poste pour les allocations. Comment faire ?")


def test_a_closed_post_office_stays_a_context():
    assert calm_question("Le bureau de poste du bourg a fermé. Où puis-je retirer mes recommandés ?")


def test_heating_as_usual_and_an_animal_off_its_food_say_no_danger():
    assert not quiet_danger(fold("Je ne chauffe pas plus que l'an dernier, pourquoi la facture double ?"))
    assert not quiet_danger(fold("Mon chien de 12 ans ne mange plus ses croquettes, où trouver un vétérinaire ?"))
    assert quiet_danger(fold("Je vis seul et je ne chauffe plus depuis la facture de novembre."))


def _rules_only(body: str) -> list[str]:
    return list(triage(title="", body=body, administration="Assurance retraite", use_model=False).labels)


def test_a_home_measured_cold_is_distress_by_rule():
    body = "La chaudière est en panne depuis janvier, il fait douze degrés dans l'appartement. La caisse aide-t-elle ?"
    assert DISTRESS in _rules_only(body)
    assert DISTRESS in _rules_only("Je vis seule, 9 °C dans la chambre ce matin. Comment demander l'ASPA ?")


def test_a_thermostat_or_the_weather_is_no_cold_home():
    assert DISTRESS not in _rules_only("J'ai réglé le thermostat à 14 degrés dans la chambre : le chèque énergie ?")
    assert DISTRESS not in _rules_only("Il fait 12 degrés dehors ce matin. Ma pension est-elle versée le 9 ?")
    assert DISTRESS not in _rules_only("Je chauffe à 19 degrés dans le salon. Ai-je droit au chèque énergie ?")
