"""Forty-seventh pass (engineer-d68, issue 14): a correction said after its value (« J'ai deux enfants. Trois en
fait. »), a spoken retraction without a comma (« marié, non en fait on est pacsés »), and a draft's date of a fact
the message does not tell (« inscrit à France Travail depuis janvier » to « depuis mars j'ai plus de travail »).
Fresh messages, none from batch d68; each switch turned off shows what it moves, and the neighbours that must not
move are asserted beside each case."""

import pytest

from guichet.drafting.persona import (
    CONSISTENT,
    CONTRADICTED,
    UNSUPPORTED,
    corrections,
    dated_facts,
    find_claims,
    former,
    writer,
)
from guichet.text import fold

POSTFIX = "Bonjour, je demande la carte famille nombreuse. J'ai deux enfants. Trois en fait, le dernier est né en mai."
POSTFIX_DIGITS = "slt j ai 4 enfants, 5 en fait. c pour la cantine"
NOT_POSTFIX = "J'ai trois enfants. Deux en fait sont encore à charge, l'aîné travaille."
SPOKEN = "Je suis pacsée avec mon ami, non en fait on s'est mariés en mai dernier à la mairie de Vierzon."
NOT_SPOKEN = "Je suis retraitée, mais non imposable. Dois-je déclarer mes revenus ?"
UNDATED = "Depuis avril je n'ai plus de travail, le garage a fermé. Je ne sais pas quoi faire."
DATED = "Je suis inscrit à France Travail depuis avril, le garage a fermé."
NAMED = "J'ai quitté Brest en mai 2023 pour m'installer à Quimper chez ma sœur."


def _verdict(sentence: str, message: str) -> str:
    claims = find_claims(sentence, message)
    return claims[0].verdict if claims else "none"


def test_shipped_switches() -> None:
    assert corrections.POSTFIX_CORRECTIONS is True
    assert corrections.SPOKEN_RETRACTIONS is True
    assert dated_facts.DATED_FACTS_ONLY is True


def test_a_value_corrected_after_a_full_stop(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Vous avez deux enfants.", POSTFIX) == CONTRADICTED
    assert _verdict("Vous avez trois enfants.", POSTFIX) == CONSISTENT
    assert _verdict("Vous avez quatre enfants.", POSTFIX_DIGITS) == CONTRADICTED
    assert _verdict("Vous avez cinq enfants.", POSTFIX_DIGITS) == CONSISTENT
    monkeypatch.setattr(corrections, "POSTFIX_CORRECTIONS", False)
    assert _verdict("Vous avez deux enfants.", POSTFIX) == CONSISTENT
    assert _verdict("Vous avez trois enfants.", POSTFIX) == CONTRADICTED


def test_a_number_followed_by_its_clause_is_no_correction() -> None:
    # « Deux en fait sont encore à charge »: the marker is followed by words, not a stop
    assert corrections.corrected(fold(NOT_POSTFIX)) == fold(NOT_POSTFIX)
    assert _verdict("Vous avez trois enfants.", NOT_POSTFIX) == CONSISTENT


def test_a_spoken_retraction_without_a_comma(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Vous êtes pacsée.", SPOKEN) == CONTRADICTED
    assert _verdict("Vous êtes mariée.", SPOKEN) == CONSISTENT
    monkeypatch.setattr(corrections, "SPOKEN_RETRACTIONS", False)
    assert _verdict("Vous êtes pacsée.", SPOKEN) == CONSISTENT


def test_mais_non_is_no_retraction() -> None:
    assert corrections.corrected(fold(NOT_SPOKEN)) == fold(NOT_SPOKEN)
    assert _verdict("Vous êtes retraitée.", NOT_SPOKEN) == CONSISTENT


def test_a_date_of_a_fact_the_message_does_not_tell(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "Vous êtes inscrit à France Travail depuis février."
    assert _verdict(sentence, UNDATED) == UNSUPPORTED
    monkeypatch.setattr(dated_facts, "DATED_FACTS_ONLY", False)
    assert _verdict(sentence, UNDATED) == CONTRADICTED


def test_a_date_of_a_fact_the_message_tells_stays_contradicted() -> None:
    assert _verdict("Vous êtes inscrit à France Travail depuis février.", DATED) == CONTRADICTED
    # the reader may miss the town, but the message names it: the year still contradicts
    assert _verdict("Vous habitez à Quimper depuis mai 2022.", NAMED) == CONTRADICTED


SEPARATED = (
    "Je vivais en concubinage avec le père de mes filles, on s'est séparés cet automne. Je suis seule avec elles."
)
STILL_TOGETHER = "Je vis en concubinage avec le père de mes filles depuis six ans."
APART = "Le divorce n'est pas prononcé. Je ne vis plus avec mon mari depuis l'hiver dernier."
MONTH_FIXED = "On s'est séparés en février. Non, en mars, je confonds avec la lettre du notaire."
OWNER = "J'habitais avec le père de mes enfants jusqu'en 2023. Je loue un T2 à Niort."


def test_more_shipped_switches() -> None:
    assert writer.PAST_COUPLE_TOLD is True
    assert writer.LIVING_APART is True
    assert corrections.MONTH_VALUES is False
    assert former.OWNER_COMPLEMENTS is False


def test_a_couple_told_in_the_past(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Vous vivez en couple.", SEPARATED) == CONTRADICTED
    assert _verdict("Vous vivez en couple.", STILL_TOGETHER) == CONSISTENT
    monkeypatch.setattr(writer, "PAST_COUPLE_TOLD", False)
    assert _verdict("Vous vivez en couple.", SEPARATED) == CONSISTENT


def test_a_partner_no_longer_lived_with(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Vous êtes séparée.", APART) == CONSISTENT
    assert _verdict("Vous vivez en couple.", APART) == CONTRADICTED
    # the date of the separation the message tells stays judged (`dated_facts` leaves it alone)
    assert _verdict("Vous êtes séparée de votre époux depuis juillet.", APART) == CONTRADICTED
    assert _verdict("Vous êtes divorcée.", APART) == CONTRADICTED  # the divorce is still pending
    monkeypatch.setattr(writer, "LIVING_APART", False)
    assert _verdict("Vous êtes séparée.", APART) == UNSUPPORTED
    assert _verdict("Vous êtes séparée de votre époux depuis juillet.", APART) == UNSUPPORTED


def test_a_month_corrected_alone_when_switched_on(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "separes en mars" not in corrections.corrected(fold(MONTH_FIXED))
    monkeypatch.setattr(corrections, "MONTH_VALUES", True)
    assert "separes en mars" in corrections.corrected(fold(MONTH_FIXED))
    assert _verdict("Vous êtes séparée depuis février.", MONTH_FIXED) == CONTRADICTED
    assert _verdict("Vous êtes séparée depuis mars.", MONTH_FIXED) == CONSISTENT


def test_whose_father_is_no_former_place_when_switched_on(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Vous vivez avec vos enfants à Niort.", OWNER) == CONTRADICTED
    monkeypatch.setattr(former, "OWNER_COMPLEMENTS", True)
    assert _verdict("Vous vivez avec vos enfants à Niort.", OWNER) != CONTRADICTED
