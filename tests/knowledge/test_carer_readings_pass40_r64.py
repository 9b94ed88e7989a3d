"""Fortieth pass (engineer-r64): a carer's story about a parent with dementia — fear of the care home is no elder
abuse, and the care the parent needs (a GIR, dependence) says the age the story does not.
Fresh sentences, none from a corpus."""

import pytest

from guichet.knowledge import situations
from guichet.knowledge.analysis import fold
from guichet.knowledge.query import understand
from guichet.knowledge.situations import ELDER_ABUSE, OLD_AUTONOMY, distress


def _names(text: str) -> list[str]:
    return [hit.name for hit in distress(fold(text))]


CARER = (
    "Mon père a Alzheimer, il ne reconnaît plus personne, son GIR est 2. Je fais les allers-retours tous les jours "
    "et je ne veux pas le mettre en Ehpad, il a tellement peur. Existe-t-il un congé pour m'occuper de lui ?"
)


def test_fear_after_the_care_home_is_no_abuse():
    assert ELDER_ABUSE not in _names(CARER)


def test_the_care_needed_says_the_age():
    assert OLD_AUTONOMY in _names(CARER)


@pytest.mark.parametrize(
    "message",
    [
        # the old person's own fear, of someone: abuse still read
        "Ma grand-mère vit avec mon oncle, elle a peur de lui et ne mange plus, je fais quoi ?",
        # an abuse sign after the care home: read as before
        "Depuis qu'il est à l'Ehpad, mon grand-père a des bleus sur les bras et personne ne répond.",
    ],
)
def test_abuse_signs_still_read(message):
    assert ELDER_ABUSE in _names(message)


def test_no_age_no_care_no_entry():
    # a parent's illness without any word of age or of the care an old person needs: not this entry
    message = "Mon père a Parkinson et ne peut plus marcher, il a besoin de moi tous les soirs, je peux m'absenter ?"
    assert OLD_AUTONOMY not in _names(message)


def test_the_switches_give_back_the_thirty_ninth_reading(monkeypatch):
    monkeypatch.setattr(situations, "READ_FEAR_OF_PLACE", False)
    monkeypatch.setattr(situations, "READ_OLD_BY_CARE", False)
    names = [hit.name for hit in understand(CARER).distress]
    assert ELDER_ABUSE in names
    assert OLD_AUTONOMY not in names
