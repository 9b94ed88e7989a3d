"""The asked check (`guichet.drafting.asked`), thirty-sixth pass: an obligation toward the writer ("l'entreprise est
tenue de vous verser", "votre employeur doit vous payer") is a verdict (`guichet.drafting.asked_verdicts`): flagged
when the message asks it and no single source gives it; a source that says it, and a step, are not.

Examples written for these tests, in other words than the corpus `corpora/asked/`.
"""

import pytest

from guichet.drafting.asked import find_asked
from guichet.drafting.asked_verdicts import verdict_kind


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return [claim.sentence for claim in find_asked(sentence, message, [passage])] == [sentence]


_MESSAGE = (
    "Je fais un stage d'un mois dans une agence de voyages à partir de lundi. Ils m'ont dit qu'ils ne payaient pas "
    "les stagiaires, ils ont le droit ou ils doivent me payer ?"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "L'agence est tenue de vous rémunérer pour ce mois de stage.",
        "L'agence doit vous payer pour ce stage d'un mois.",
    ],
)
def test_pass36_an_obligation_no_source_gives_is_flagged(sentence):
    passage = (
        "Une gratification est due lorsque le stage dure plus de deux mois consécutifs. En dessous de cette durée, "
        "l'organisme d'accueil n'a pas l'obligation de la verser."
    )
    assert verdict_kind(sentence, set()) == "owed"
    assert _flagged(sentence, _MESSAGE, passage)


def test_pass36_an_obligation_the_source_gives_passes():
    passage = "L'agence d'accueil est tenue de vous verser une gratification pour tout stage de plus de deux mois."
    sentence = "L'agence est tenue de vous verser une gratification pour tout stage de plus de deux mois."
    assert not _flagged(sentence, _MESSAGE, passage)


def test_pass36_a_step_is_no_obligation():
    assert verdict_kind("Vous devez signer votre convention de stage avant lundi.", set()) == ""
