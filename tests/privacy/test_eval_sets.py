"""The targets of the privacy issue, on the shared evaluation data (skipped when ../shared is absent)."""

import pytest

from guichet.privacy.evaluation import dev_leaks, false_positives, fiche_dates, fiche_paragraphs

pytestmark = pytest.mark.shared


def test_no_dev_pii_survives(shared):
    report = dev_leaks(shared / "data" / "eval-dev" / "messages_dev.jsonl")
    assert report.total >= 60
    assert report.leaks == []


def test_fiche_text_false_positives_stay_under_one_per_thousand_words(shared):
    report = false_positives(fiche_paragraphs(shared, count=200))
    assert report.paragraphs == 200
    assert report.per_thousand_words <= 1.0, report.entities


def test_few_fiche_dates_are_read_as_a_persons(shared):
    total, flagged = fiche_dates(shared, fiches=600)
    assert total > 250
    assert len(flagged) <= total / 50, flagged
