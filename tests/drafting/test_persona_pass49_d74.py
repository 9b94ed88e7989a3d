"""Forty-ninth pass (engineer-d74, issue 14): what is over against what lasts. A length the message tells as finished
(« j'ai enseigné huit ans au collège », « pendant trois mois ») said by a draft as one that still runs (« vous
enseignez depuis huit ans ») is contradicted (`FINISHED_LENGTHS`, on); a home told only in the past (« avant,
j'étais locataire », « mon bail s'est terminé ») said as the writer's now is contradicted (`PAST_HOUSING`, on); a
broken Pacs said as the writer's now (`PACS_ENDED`, off; removed in pass 50 for `past_ties.ENDED_PACS`) and
« aujourd'hui » no longer read as a town (`TODAY_NOT_TOWN`, off) are shown switched on. Fresh messages, none from
batch d74 nor any corpus; each switch is shown at work, with look-alikes it must leave alone, and switched off."""

import pytest

from guichet.drafting.persona import (
    CONSISTENT,
    CONTRADICTED,
    UNSUPPORTED,
    find_claims,
    finished,
    past_ties,
    private_dates,
    resources,
)
from guichet.privacy.pseudonymise import pseudonymise_message


def _verdict(sentence: str, message: str) -> str:
    claims = find_claims(sentence, message)
    return claims[0].verdict if claims else "none"


TEACHER = "J'ai enseigné huit ans au collège de Privas, puis j'ai repris des études de droit. Ai-je droit à une aide ?"
SICK = "J'ai été en congé maladie pendant trois mois cet hiver ; j'ai repris mon poste au service comptable en avril."
ABROAD = "Après six ans passés au Canada, je suis rentré en France. Comment récupérer une carte Vitale ?"
STILL = "Je travaille depuis huit ans au collège de Privas et je voudrais demander un temps partiel."
STAYS = "J'ai travaillé neuf ans dans ce garage et j'y suis toujours, mais mon patron veut réduire mes heures."
OWNER = "Nous avons acheté notre maison en 2021. Avant, j'étais locataire d'un studio pendant cinq ans."
LEASE = "Mon bail s'est terminé fin août et j'ai rendu les clés. La caution ne m'est toujours pas revenue."
RENEWED = (
    "Mon bail s'est terminé fin août mais je suis toujours locataire : j'ai signé un nouveau bail dans la résidence."
)
PACS = "Nous avons dissous notre Pacs au printemps, je vis seule avec mon fils maintenant. Comment déclarer ?"
TODAY = "Aujourd'hui j'habite à Quimperlé, j'ai quitté Lorient l'an dernier. Je dois changer ma carte grise ?"


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        (TEACHER, "Vous enseignez au collège depuis huit ans."),
        (SICK, "Vous êtes en congé maladie depuis trois mois."),
        (ABROAD, "Vous vivez au Canada depuis six ans."),
    ],
)
def test_a_finished_length_said_to_last_is_a_contradiction(message: str, sentence: str) -> None:
    assert _verdict(sentence, message) == CONTRADICTED


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        (TEACHER, "Vous avez enseigné huit ans au collège."),  # the past said as past
        (SICK, "Vous avez été en congé maladie pendant trois mois."),
        (STILL, "Vous travaillez depuis huit ans au collège."),  # a length that goes on
        (STAYS, "Vous travaillez dans ce garage depuis neuf ans."),  # « j'y suis toujours »
    ],
)
def test_a_length_said_in_its_own_tense_is_no_contradiction(message: str, sentence: str) -> None:
    assert _verdict(sentence, message) in {CONSISTENT, UNSUPPORTED, "none"}


def test_finished_lengths_off_lets_the_old_length_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Vous vivez au Canada depuis six ans.", ABROAD) == CONTRADICTED
    monkeypatch.setattr(finished, "FINISHED_LENGTHS", False)
    assert _verdict("Vous vivez au Canada depuis six ans.", ABROAD) != CONTRADICTED


def test_a_length_of_another_person_or_an_age_is_no_finished_length() -> None:
    husband = "Mon mari a travaillé dix ans à la SNCF. Moi, je suis aide à domicile dans le Cantal."
    assert _verdict("Vous travaillez comme aide à domicile depuis dix ans.", husband) != CONTRADICTED
    hired = "Je suis caissière chez un discounter depuis 20 ans : j'ai été embauchée à 20 ans, juste après mon bac."
    assert _verdict("Vous êtes caissière depuis vingt ans.", hired) != CONTRADICTED  # an age, not a length


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        (OWNER, "Vous êtes locataire de votre logement."),
        (LEASE, "Vous êtes locataire de cet appartement."),
    ],
)
def test_a_home_told_only_in_the_past_said_as_now_is_a_contradiction(message: str, sentence: str) -> None:
    assert _verdict(sentence, message) == CONTRADICTED


def test_a_home_said_again_or_another_home_is_left_alone() -> None:
    assert _verdict("Vous êtes locataire.", RENEWED) == CONSISTENT  # a new lease: a tenant now
    assert _verdict("Vous êtes propriétaire de votre maison.", OWNER) != CONTRADICTED  # the old lease no longer
    # the lease's end says nothing of where the writer lives now
    assert _verdict("Vous êtes hébergé chez un proche depuis la fin de votre bail.", LEASE) == UNSUPPORTED


def test_past_housing_off_keeps_the_old_home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(finished, "PAST_HOUSING", False)
    monkeypatch.setattr(resources, "BOUGHT_HOME", False)  # pass 55: « acheté notre maison » is an owner's
    assert _verdict("Vous êtes locataire de votre logement.", OWNER) != CONTRADICTED
    assert _verdict("Vous êtes propriétaire de votre maison.", OWNER) == CONTRADICTED  # the old lease read as now


def test_past_housing_through_pseudonymisation() -> None:
    """As in the drafting path: the message pseudonymised at intake, its dates read back from the mapping."""
    message = (
        "Je m'appelle Gaëlle Tanguy-Roux. J'ai été hébergée chez mon oncle pendant un an, j'ai maintenant un studio."
    )
    _, body = pseudonymise_message(title="", body=message)
    claims = find_claims(
        "Vous êtes hébergée chez votre oncle.", body.text, private_text=private_dates(body.text, body.mapping)
    )
    assert claims and claims[0].verdict == CONTRADICTED


def test_a_broken_pacs_said_as_now_is_a_contradiction() -> None:
    # Pass 50: `finished.PACS_ENDED` (off) gave way to engineer-d76's `past_ties.ENDED_PACS` (on), which reads the
    # same ended Pacs; off, the Pacs is kept.
    assert _verdict("Votre Pacs a été dissous au printemps.", PACS) != CONTRADICTED  # the past said as past
    assert _verdict("Vous êtes pacsée.", PACS) == CONTRADICTED
    assert _verdict("Vous vivez seule avec votre fils.", PACS) == CONSISTENT
    still = "Nous sommes pacsés depuis 2019 et nous attendons un enfant."
    assert _verdict("Vous êtes pacsée.", still) == CONSISTENT


def test_a_broken_pacs_is_kept_with_the_reading_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(past_ties, "ENDED_PACS", False)
    assert _verdict("Vous êtes pacsée.", PACS) != CONTRADICTED


def test_today_is_no_town_when_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(finished, "TODAY_NOT_TOWN", True)
    assert _verdict("Vous habitez aujourd'hui à Quimperlé.", TODAY) == CONSISTENT
    assert _verdict("Vous habitez aujourd'hui à Lorient.", TODAY) == CONTRADICTED
    monkeypatch.setattr(finished, "TODAY_NOT_TOWN", False)
    claims = find_claims("Vous habitez aujourd'hui à Quimperlé.", TODAY)
    assert claims and "aujourd'hui" in [t.value for t in claims[0].traits]
