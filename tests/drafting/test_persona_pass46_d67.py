"""Forty-sixth pass (engineer-d67, issue 14): the last version wins when the writer corrects or updates a fact in
the same message (« je touche l'ASS — non, pardon, je la touchais », « je suis au chômage — enfin, depuis mardi j'ai
repris un intérim », « je vis seul… enfin plus vraiment »). Fresh examples, none from batch d67; the switch turned
off shows what it moves; the neighbours that must not move (a plain past told as past, the version that holds) are
asserted beside each case."""

import pytest

from guichet.drafting.persona import CONSISTENT, CONTRADICTED, corrections, find_claims
from guichet.text import fold

UPDATED_JOB = "Bonjour, je suis au chômage depuis janvier — enfin, depuis mardi j'ai repris un intérim de trois mois."
UPDATED_BENEFIT = "Je touche l'ASS — non, pardon, je la touchais, elle s'est arrêtée en octobre. Que faire ?"
UPDATED_TOWN = "Bonjour, j'habite à Rouen, enfin je disais Rouen mais on a déménagé à Elbeuf cet été."
UPDATED_ALONE = "Je vis seule avec mon fils… enfin plus vraiment, mon compagnon s'est installé chez nous en mars."
DASHED_DATE = "Je suis en arrêt maladie depuis le 4 février — je veux dire le 14 février. Rien n'est payé."
PLAIN_PAST = "Bonjour, avant j'habitais à Rouen, maintenant j'habite à Elbeuf. Je change de caisse."


def _verdict(sentence: str, message: str) -> str:
    claims = find_claims(sentence, message)
    return claims[0].verdict if claims else "none"


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        (UPDATED_JOB, "Vous êtes actuellement au chômage."),
        (UPDATED_BENEFIT, "Vous percevez l'ASS."),
        (UPDATED_TOWN, "Vous habitez à Rouen."),
        (UPDATED_ALONE, "Vous vivez seule avec votre fils."),
        (DASHED_DATE, "Vous êtes en arrêt maladie depuis le 4 février."),
    ],
)
def test_the_superseded_version_said_back_is_a_contradiction(message: str, sentence: str) -> None:
    assert _verdict(sentence, message) == CONTRADICTED


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        (DASHED_DATE, "Vous êtes en arrêt maladie depuis le 14 février."),
        (DASHED_DATE, "Vous êtes en arrêt maladie."),
        (PLAIN_PAST, "Vous habitez à Elbeuf."),
    ],
)
def test_the_last_version_stays_consistent(message: str, sentence: str) -> None:
    assert _verdict(sentence, message) == CONSISTENT


def test_a_plain_past_is_no_correction() -> None:
    # no marker: « avant j'habitais …, maintenant … » is read as before, the new town holds, the old one is past
    assert corrections.corrected(fold(PLAIN_PAST)) == fold(PLAIN_PAST)
    assert _verdict("Vous habitez actuellement à Rouen.", PLAIN_PAST) == CONTRADICTED


def test_the_updated_present_is_told_in_the_past() -> None:
    assert "je touchais l'ass" in corrections.corrected(fold(UPDATED_BENEFIT))
    assert "je vivais seule" in corrections.corrected(fold(UPDATED_ALONE))
    # the present said last is the one updated, not the first present of the sentence
    text = corrections.corrected(fold("Je suis inscrit à France Travail et je touche l'ARE. Enfin je touchais."))
    assert "je suis inscrit" in text and "je touchais l'are" in text


def test_a_hyphen_inside_a_word_is_no_dash() -> None:
    # « demi-pension », « peut-être »: a hyphen inside a word opens no correction
    message = "Mon fils est en demi-pension, enfin je crois. Je suis salariée à temps partiel."
    assert corrections.corrected(fold(message)) == fold(message)


def test_the_switch_off_reads_both_versions_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corrections, "LAST_VERSION_WINS", False)
    assert _verdict("Vous êtes actuellement au chômage.", UPDATED_JOB) != CONTRADICTED
    assert _verdict("Vous êtes en arrêt maladie depuis le 4 février.", DASHED_DATE) != CONTRADICTED
    assert "je touchais l'ass" not in corrections.corrected(fold(UPDATED_BENEFIT))
    # the neighbour does not move either way
    assert _verdict("Vous habitez à Elbeuf.", PLAIN_PAST) == CONSISTENT
