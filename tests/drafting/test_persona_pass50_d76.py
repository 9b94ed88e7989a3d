"""Fiftieth pass (engineer-d76, issue 14): homes and couples of the past against those of now. A Pacs the message
says has ended (« le Pacs a pris fin », « la dissolution de notre Pacs a été enregistrée ») said by a draft as the
writer's now is contradicted (`past_ties.ENDED_PACS`, on), while a Pacs whose end is still to come stays; a home the
draft tells in the past (« vous étiez locataires ») is no home of now (`PAST_HOME_SAID`, off: shown switched on); a
divorce told as done takes a husband named beside it out of the couple (`DIVORCE_ENDS_MARRIAGE`, off: shown switched
on). Fresh messages, none from batch d76 nor any corpus; each switch is shown at work, with look-alikes it must leave
alone, and switched off."""

import pytest

from guichet.drafting.persona import (
    CONSISTENT,
    CONTRADICTED,
    UNSUPPORTED,
    find_claims,
    past_ties,
    private_dates,
)
from guichet.drafting.persona.writer import read_writer
from guichet.privacy.pseudonymise import pseudonymise_message


def _verdict(sentence: str, message: str) -> str:
    claims = find_claims(sentence, message)
    return claims[0].verdict if claims else "none"


ENDED = "Avec Hugo, le Pacs a pris fin l'automne dernier. Je dois déclarer mes revenus seule cette année ?"
ENROLLED = "La dissolution de notre Pacs a été enregistrée chez le notaire en juin. Qui garde le logement social ?"
NO_MORE = "Nous ne sommes plus pacsés depuis l'hiver, et la CAF me verse toujours l'aide au logement à deux."
PENDING = (
    "La dissolution de notre Pacs est en cours à la mairie de Vannes. Comment remplir la déclaration de revenus ?"
)
WILL = "Nous allons rompre notre Pacs au printemps. Faut-il prévenir la caisse d'allocations familiales ?"
MARRIED_NOW = "Notre Pacs a pris fin avec notre mariage en juillet. Faut-il changer quelque chose sur impots.gouv ?"
RENTED = "Nous étions locataires à Saumur pendant six ans, puis nous avons acheté une longère près de Chinon."
HOSTED = "J'ai été hébergée chez mon frère à Cahors jusqu'en mai ; j'ai maintenant un studio à Montauban."
DIVORCED = "Mon mari et moi avons divorcé en 2019, je vis seule à Arras avec nos jumeaux."
REMARRIED = "Mon mari et moi avons divorcé en 2012 ; je me suis remariée en 2020 avec Paul."


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        (ENDED, "Vous êtes pacsée."),
        (ENROLLED, "Vous êtes toujours pacsé avec votre partenaire."),
        (NO_MORE, "Vous êtes actuellement pacsé."),
    ],
)
def test_an_ended_pacs_said_as_now_is_a_contradiction(message: str, sentence: str) -> None:
    assert _verdict(sentence, message) == CONTRADICTED


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        (PENDING, "Vous êtes pacsée."),  # the end is still to come
        (MARRIED_NOW, "Vous êtes mariés depuis juillet."),  # a Pacs ended by a marriage
        (ENDED, "Vous étiez pacsée jusqu'à l'automne dernier."),  # the past said as past
    ],
)
def test_a_pacs_still_running_or_said_in_the_past_is_left_alone(message: str, sentence: str) -> None:
    assert _verdict(sentence, message) != CONTRADICTED


def test_an_end_to_come_keeps_the_pacs() -> None:
    # Read on the writer: `timing` reads « nous allons rompre » on its own (a change announced; left as it was).
    assert "pacs" in read_writer(WILL).couple
    assert "pacs" in read_writer(PENDING).couple
    assert "pacs" not in read_writer(ENDED).couple


def test_ended_pacs_off_keeps_the_pacs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(past_ties, "ENDED_PACS", False)
    assert _verdict("Vous êtes pacsée.", ENDED) != CONTRADICTED


def test_ended_pacs_through_pseudonymisation() -> None:
    """As in the drafting path: the message pseudonymised at intake, its dates read back from the mapping."""
    message = "Je m'appelle Solène Guérin-Abadie. Notre Pacs a été dissous le 4 mars 2025, je vis seule à Agen."
    _, body = pseudonymise_message(title="", body=message)
    claims = find_claims(
        "Vous êtes pacsée avec votre compagnon.", body.text, private_text=private_dates(body.text, body.mapping)
    )
    assert claims and claims[0].verdict == CONTRADICTED


def test_a_home_said_in_the_past_is_no_home_of_now_when_on(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "Vous étiez locataires à Saumur avant d'acheter votre longère."
    assert _verdict(sentence, RENTED) == CONTRADICTED  # shipped off: read as a home of now (pass 49)
    monkeypatch.setattr(past_ties, "PAST_HOME_SAID", True)
    assert _verdict(sentence, RENTED) == CONSISTENT
    assert _verdict("Vous étiez hébergée chez votre frère à Cahors.", HOSTED) == CONSISTENT
    # the look-alikes: a past home said as now stays contradicted, a past home the message never told stays open
    assert _verdict("Vous êtes locataires à Saumur.", RENTED) == CONTRADICTED
    assert _verdict("Vous êtes hébergée chez votre frère.", HOSTED) == CONTRADICTED
    assert _verdict("Vous étiez propriétaire à Saumur.", RENTED) == UNSUPPORTED


def test_a_divorce_ends_the_marriage_when_on(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Vous êtes mariée.", DIVORCED) == CONSISTENT  # shipped off: « mon mari et moi » keeps her married
    monkeypatch.setattr(past_ties, "DIVORCE_ENDS_MARRIAGE", True)
    assert _verdict("Vous êtes mariée.", DIVORCED) == CONTRADICTED
    assert _verdict("Vous êtes divorcée.", DIVORCED) == CONSISTENT
    assert _verdict("Vous êtes mariée.", REMARRIED) == CONSISTENT  # a marriage of now beside the divorce
    pending = "Mon mari et moi sommes en instance de divorce, le jugement n'est pas encore rendu."
    assert _verdict("Vous êtes mariée.", pending) != CONTRADICTED
