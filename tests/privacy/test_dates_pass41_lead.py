"""Forty-first pass, the lead (issue 13): engineer-p129e's dates of no one ship off (`date_purposes.ENABLED`).

As shipped, a deadline in a citizen's own text is masked like any date of their case; a tax year too.
"""

from guichet.privacy.recognizers import date_purposes
from tests.privacy.helpers import output


def test_the_rule_ships_off() -> None:
    assert date_purposes.ENABLED is False


def test_a_deadline_in_the_citizens_text_is_masked_as_shipped() -> None:
    text = "Bonjour, je dois quitter le logement au plus tard le 15 octobre 2026, que faire ?"
    assert "15 octobre 2026" not in output(text), output(text)
    assert date_purposes.purpose(text, text.index("15 octobre"), text.index("15 octobre") + 15) is None
