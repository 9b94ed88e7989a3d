"""Thirty-eighth pass (engineer-d47): familles recomposées — another person's trade, earnings, contract or age given
to the writer.

Through the check's front door (`guichet.drafting.persona.find_claims`), on messages as the check reads them
(pseudonymised: the persons named are placeholders). Messages and sentences are written for these tests, none taken
from corpora/claims: a new partner's or an ex's trade given to the writer, an ex's salary, "et lui" after the
writer's pension, "alors qu'il est en CDI", "le papa est au chômage". What must not be removed stays: the writer's own
trade, the partner's trade said of the partner, alimony paid by the ex, a length of what is denied, "j'élève ma
fille", a trade the message gives nobody.
"""

import pytest

from guichet.drafting.persona import CONSISTENT, CONTRADICTED, UNSUPPORTED, find_claims, read_writer


def _verdict(message: str, sentence: str) -> str:
    claims = find_claims(f"{sentence} [1]", message)
    return claims[0].verdict if claims else "none"


_RECOMPOSED = (
    "Bonjour, j'ai 41 ans, je suis boulangère à Quimper et je gagne 1 480 € net par mois. Je vis depuis deux ans "
    "avec [PERSONNE_1], 39 ans, électricien, qui gagne 2 250 €. Mon ex-mari [PERSONNE_2] est pharmacien, il verse "
    "180 € de pension pour notre fils de 10 ans. La fille de [PERSONNE_1] a 15 ans."
)
_SMS = (
    "jsuis au chomage depuis l'été, ma copine elle est en cdi a la clinique, elle est infirmiere. "
    "son fils a 6 ans. on peut avoir la prime d'activité ?"
)
_PENSIONS = "J'ai 71 ans, je touche une retraite de 1 240 € et lui 2 010 €. Nous vivons ensemble sans être mariés."


@pytest.mark.parametrize(
    ("message", "sentence", "verdict"),
    [
        (_RECOMPOSED, "Vous êtes électricienne.", CONTRADICTED),  # the partner's trade
        (_RECOMPOSED, "En tant que pharmacienne, vous pouvez demander cette aide.", CONTRADICTED),  # the ex's
        (_RECOMPOSED, "Vous êtes boulangère.", CONSISTENT),
        (_RECOMPOSED, "Vous gagnez 2 250 € par mois.", CONTRADICTED),  # the partner's earnings
        (_RECOMPOSED, "Vous percevez 180 € de pension alimentaire.", CONSISTENT),  # paid by the ex, received
        (_SMS, "Vous êtes infirmière.", CONTRADICTED),
        (_SMS, "Vous êtes en CDI.", CONTRADICTED),  # "elle est en cdi": the girlfriend's contract
        (_PENSIONS, "Votre retraite s'élève à 2 010 € par mois.", CONTRADICTED),  # "et lui 2 010 €"
        (_PENSIONS, "Votre retraite s'élève à 1 240 € par mois.", CONSISTENT),
    ],
)
def test_pass38_d47_another_persons_fact_given_to_the_writer(message: str, sentence: str, verdict: str) -> None:
    assert _verdict(message, sentence) == verdict


def test_pass38_d47_a_trade_nobody_has_or_a_writer_who_says_nothing_of_their_work_is_not_removed() -> None:
    assert _verdict(_RECOMPOSED, "Vous êtes coiffeuse.") == "none"  # the message gives this trade to nobody
    # the partner's trade, to a writer who says nothing of their own work: not removed
    silent = "Bonjour, mon compagnon [PERSONNE_1] est plombier et son fils a 12 ans. Quelles aides pour nous ?"
    assert _verdict(silent, "Vous êtes plombier.") != CONTRADICTED


def test_pass38_d47_the_other_parent_and_pronouns_are_not_the_writer() -> None:
    message = (
        "Je suis serveuse dans une brasserie. Le papa est au chômage depuis mars et il ne paie plus rien "
        "alors qu'il est en formation."
    )
    writer = read_writer(message)
    assert "jobseeker" not in writer.activity
    assert _verdict(message, "Vous êtes au chômage depuis mars.") == CONTRADICTED
    assert _verdict("Son père est en CDD alors que moi je suis en CDI.", "Vous êtes en CDI.") == CONSISTENT


def test_pass38_d47_bringing_up_a_child_is_no_pupil_and_a_remarried_writer_is_a_couple() -> None:
    message = "J'élève seule ma nièce depuis trois ans. Mon ex-mari ne donne rien. Je me suis remariée en juin."
    writer = read_writer(message)
    assert "pupil" not in writer.activity
    assert _verdict(message, "Vous êtes mariée.") == CONSISTENT
    assert _verdict(message, "Vous êtes élève.") != CONSISTENT


def test_pass38_d47_a_length_of_what_is_denied_and_a_start_given_by_an_age() -> None:
    stopped = "Le père de mes enfants ne verse plus la pension depuis cinq mois. Je suis vendeuse."
    assert _verdict(stopped, "Vous ne recevez plus la pension depuis cinq mois.") != CONTRADICTED
    since = "Je m'occupe de son fils depuis qu'il a 3 ans, il en a 9. Son père vit en Belgique depuis 2 ans."
    assert _verdict(since, "Vous vous occupez de son fils depuis six ans.") != CONTRADICTED


def test_pass38_d47_a_parent_who_gives_their_age_and_a_couple_to_come() -> None:
    assert _verdict("Je suis maman solo de 29 ans, ma fille a 4 ans.", "Vous avez 4 ans.") == CONTRADICTED
    assert _verdict("Je suis maman solo de 29 ans, ma fille a 4 ans.", "Vous avez 29 ans.") == CONSISTENT
    future = "Je vais bientôt emménager avec mon compagnon. Mon fils a 7 ans."
    assert _verdict(future, "Vous vivez en couple.") in {CONTRADICTED, UNSUPPORTED}
