"""The asked check, fifty-first pass (engineer-d79): deadlines and durations asserted in answer to a time the message
only asks, and the same delay said in other words (`guichet.drafting.asked_delays`). Shipped on: `SAME_DELAY`,
`LEAD_TIME`, `DUTY_DELAY`, `DELAY_BEFORE_CONDITION`, `GENERAL_DEADLINE`, `DATE_ANSWER`, `TIME_ASKED_MORE`; shipped
off: `LISTED_UNIT`. Fresh examples, not from the corpora."""

import pytest

from guichet.drafting import asked_delays
from guichet.drafting.asked import find_asked
from guichet.drafting.asked_durations import durations

_OPPOSITION = "Combien de temps ai-je pour faire opposition à l'ordonnance ?"
_BAILLEUR = "Je dois prévenir mon bailleur combien de temps avant mon départ ?"
_PERMIS = "Combien de temps pour récupérer mon permis ?"
_GARANTIE = "La garantie de mon lave-linge court combien de temps ?"
_BOURSE = "C'est quoi la date limite pour renvoyer le formulaire de bourse et on perd combien si on est en retard ?"
_CANTINE = "C'est quoi la date limite pour payer la cantine, et on paie combien si on est en retard ?"


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return bool(find_asked(sentence, message, [passage]))


def test_the_shipped_switches() -> None:
    assert asked_delays.SAME_DELAY
    assert asked_delays.LEAD_TIME
    assert asked_delays.DUTY_DELAY
    assert asked_delays.DELAY_BEFORE_CONDITION
    assert asked_delays.GENERAL_DEADLINE
    assert asked_delays.DATE_ANSWER
    assert asked_delays.TIME_ASKED_MORE
    assert not asked_delays.LISTED_UNIT


@pytest.mark.parametrize(
    ("sentence", "passage"),
    [
        ("Vous avez deux mois pour faire opposition.", "L'opposition doit être formée dans un délai de 60 jours."),
        ("Vous disposez d'un mois pour faire opposition.", "L'opposition est formée dans un délai de 30 jours."),
    ],
)
def test_the_same_delay_in_other_words_is_the_sources(
    monkeypatch: pytest.MonkeyPatch, sentence: str, passage: str
) -> None:
    assert not _flagged(sentence, _OPPOSITION, passage)
    monkeypatch.setattr(asked_delays, "SAME_DELAY", False)
    assert _flagged(sentence, _OPPOSITION, passage)


def test_a_time_to_come_whose_delay_a_source_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    message = "Dans quel délai la caisse rembourse-t-elle les lunettes ?"
    passage = "Le remboursement intervient dans un délai de 15 jours."
    sentence = "Votre remboursement interviendra d'ici quinze jours."
    assert not _flagged(sentence, message, passage)
    monkeypatch.setattr(asked_delays, "SAME_DELAY", False)
    assert _flagged(sentence, message, passage)


def test_a_delay_said_of_no_source_still_answers() -> None:
    # the same delay in other words is the source's; another delay is not
    assert _flagged("Vous avez trois mois pour faire opposition.", _OPPOSITION, "Le délai est de 60 jours.")


@pytest.mark.parametrize("switch", ["DUTY_DELAY", "LEAD_TIME"])
def test_a_lead_time_told_as_a_duty_answers(monkeypatch: pytest.MonkeyPatch, switch: str) -> None:
    sentence = "Vous devez prévenir votre bailleur au moins trois mois avant votre départ."
    passage = "Le congé est donné par lettre recommandée."
    assert _flagged(sentence, _BAILLEUR, passage)
    monkeypatch.setattr(asked_delays, switch, False)
    assert not _flagged(sentence, _BAILLEUR, passage)


def test_a_duty_that_gives_the_delay_the_source_gives_is_the_sources() -> None:
    sentence = "Vous devez prévenir votre bailleur trois mois avant votre départ."
    assert not _flagged(sentence, _BAILLEUR, "Le préavis du locataire est de trois mois.")


def test_a_delay_before_the_writers_condition(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "Votre permis vous est rendu quatre mois après la suspension, si vous avez passé la visite médicale."
    assert _flagged(sentence, _PERMIS)
    monkeypatch.setattr(asked_delays, "DELAY_BEFORE_CONDITION", False)
    assert not _flagged(sentence, _PERMIS)


def test_a_deadline_said_of_no_one(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "La garantie légale de conformité court pendant deux ans."
    assert _flagged(sentence, _GARANTIE)
    monkeypatch.setattr(asked_delays, "GENERAL_DEADLINE", False)
    assert not _flagged(sentence, _GARANTIE)


def test_a_deadline_said_of_no_one_that_the_source_gives() -> None:
    passage = "La garantie légale de conformité s'applique pendant 2 ans à compter de la livraison du bien."
    assert not _flagged("La garantie légale de conformité court pendant deux ans.", _GARANTIE, passage)


@pytest.mark.parametrize("switch", ["DATE_ANSWER", "TIME_ASKED_MORE", "DUTY_DELAY"])
def test_a_date_given_to_the_deadline_asked_by_its_name(monkeypatch: pytest.MonkeyPatch, switch: str) -> None:
    sentence = "Vous devez renvoyer le formulaire au plus tard le 12 juin."
    assert _flagged(sentence, _BOURSE)
    monkeypatch.setattr(asked_delays, switch, False)
    assert not _flagged(sentence, _BOURSE)


def test_a_date_the_source_gives_is_the_sources() -> None:
    passage = "Le formulaire doit être renvoyé au plus tard le 12 juin."
    assert not _flagged("Vous devez renvoyer le formulaire au plus tard le 12 juin.", _BOURSE, passage)


def test_a_date_beside_a_masked_date_of_the_message_is_not_read() -> None:
    # the pseudonymisation masks the message's date and may leave the same date as written in the draft
    message = "Ma fille a reçu son avis le [DATE_1], c'est quoi la date limite pour payer et on perd combien ?"
    assert not _flagged("Votre fille doit payer au plus tard le 12 juin.", message)


def test_a_question_that_names_the_deadline_asks_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "Vous devez payer la cantine dans les quinze jours."
    assert _flagged(sentence, _CANTINE)
    monkeypatch.setattr(asked_delays, "TIME_ASKED_MORE", False)
    assert not _flagged(sentence, _CANTINE)


def test_the_question_reported_or_a_step_without_a_delay_passes() -> None:
    assert not _flagged("Vous nous demandez si vous devez payer la cantine avant le 12 octobre.", _CANTINE)
    assert not _flagged("N'hésitez pas à contacter le service de restauration scolaire de votre commune.", _CANTINE)


def test_a_number_listed_after_a_duration(monkeypatch: pytest.MonkeyPatch) -> None:
    folded = "pour me retracter, j'ai 7 jours ou 14 ?"
    assert not any("14 jour" in ways for ways in durations(folded))
    monkeypatch.setattr(asked_delays, "LISTED_UNIT", True)
    assert any("14 jour" in ways for ways in durations(folded))


def test_an_age_in_a_question_asks_no_time() -> None:
    assert not asked_delays.names_time(["mon fils de 16 ans peut-il travailler l'ete ?"], durations)
    assert asked_delays.names_time(["ca va encore prendre six mois, je suppose ?"], durations)
