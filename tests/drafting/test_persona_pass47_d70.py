"""Forty-seventh pass (engineer-d70, issue 14): the order of two events a draft states (« avant de », « après »,
« dès », « une fois »), read against the order the message tells (a connector, or the two events' dates). Fresh
examples, none from batch d70 nor c37; each switch turned off shows what it moves; the neighbours that must not move
are asserted beside each case."""

import pytest

from guichet.drafting.persona import CONSISTENT, CONTRADICTED, event_order, find_claims


def _verdict(sentence: str, message: str) -> str:
    claims = find_claims(sentence, message)
    return claims[0].verdict if claims else "none"


THEN = "Bonjour, j'ai d'abord été licenciée en février, puis je me suis inscrite à France Travail en avril. Rien reçu."
YEARS = "Nous vivons ensemble depuis 2019 et nous nous sommes pacsés l'année dernière, en mai. La CAF réclame 800 €."
MONTHS = "Mon fils a commencé son apprentissage en septembre et il a quitté la maison en novembre pour vivre à Brest."
AGAINST_CALENDAR = "J'ai accouché le 10 mars. J'étais en arrêt de travail depuis novembre, on me dit que c'est fini."
FAR = "Nous nous sommes mariés en 2010 et mon épouse n'a eu le statut de conjointe collaboratrice qu'en 2016."
BONUS = "La prime de naissance, je l'ai reçue deux mois avant l'accouchement pour mon aîné. Cette fois rien."
ONCE = "J'ai envoyé mon dossier social étudiant une fois inscrit en licence, en octobre, c'est trop tard ?"


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        (THEN, "Vous vous êtes inscrite à France Travail avant votre licenciement."),
        (YEARS, "Vous vous êtes installés ensemble après la signature de votre Pacs."),
        (MONTHS, "Votre fils a quitté la maison avant de commencer son apprentissage."),
        (FAR, "Votre épouse a obtenu le statut de conjointe collaboratrice dès votre mariage."),
        (ONCE, "Vous avez envoyé votre dossier social étudiant avant de vous inscrire en licence."),
    ],
)
def test_an_order_reversed_is_a_contradiction(message: str, sentence: str) -> None:
    assert _verdict(sentence, message) == CONTRADICTED


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        (THEN, "Vous avez été licenciée avant de vous inscrire à France Travail."),
        (YEARS, "Vous vous êtes pacsés après avoir emménagé ensemble."),
        (MONTHS, "Votre fils a quitté la maison après avoir commencé son apprentissage."),
        (ONCE, "Vous avez envoyé votre dossier social étudiant une fois inscrit en licence."),
        # advice is no claim of an order
        (THEN, "Vous pouvez vous inscrire à France Travail dès votre licenciement."),
        # two months told against the calendar (November, then March of the next year): no order read
        (AGAINST_CALENDAR, "Votre arrêt de travail a commencé après votre accouchement."),
        # an event the message does not tell: no order
        (THEN, "Vous avez déménagé avant votre licenciement."),
    ],
)
def test_an_order_kept_or_unknown_is_not_removed(message: str, sentence: str) -> None:
    assert _verdict(sentence, message) != CONTRADICTED


def test_the_order_switched_off_leaves_the_sentence_to_the_other_readers(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "Vous vous êtes inscrite à France Travail avant votre licenciement."
    monkeypatch.setattr(event_order, "EVENT_ORDER", False)
    assert _verdict(sentence, THEN) != CONTRADICTED
    assert event_order.read_orders("j'ai demenage en mars et ensuite j'ai trouve du travail") == frozenset()


def test_months_without_their_year_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "Votre fils a quitté la maison avant de commencer son apprentissage."
    monkeypatch.setattr(event_order, "MONTH_ORDER", False)
    assert _verdict(sentence, MONTHS) != CONTRADICTED
    # a connector needs no month: the neighbour still moves
    assert _verdict("Vous vous êtes inscrite à France Travail avant votre licenciement.", THEN) == CONTRADICTED


def test_an_order_kept_is_consistent_with_its_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "La prime à la naissance vous avait été versée avant l'accouchement."
    assert _verdict(sentence, BONUS) == CONSISTENT
    # a contradiction of another trait still wins over an order kept
    assert _verdict("Vous avez été licenciée avant de vous inscrire à France Travail en mars.", THEN) == CONTRADICTED
    monkeypatch.setattr(event_order, "ORDER_CONSISTENT", False)
    assert _verdict(sentence, BONUS) == "none"
    assert _verdict("La prime à la naissance vous avait été versée après l'accouchement.", BONUS) == CONTRADICTED


def test_the_orders_read_from_a_message() -> None:
    orders = event_order.read_orders("j'ai demenage a lyon en mars et ensuite j'ai trouve du travail en mai")
    assert ("move", "hiring", "strict") in orders
    assert ("hiring", "move", "strict") not in orders


def test_shipped_switches() -> None:
    assert event_order.EVENT_ORDER is True
    assert event_order.ORDER_CONSISTENT is True
    assert event_order.MONTH_ORDER is True
