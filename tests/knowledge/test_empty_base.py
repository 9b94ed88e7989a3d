"""Before any fiche is ingested, search answers nothing and drafting says honestly that no source covers it."""

import pytest

from guichet.drafting.api import AdministrationProfile, draft_text
from guichet.knowledge.search import search

QUESTION = "Bonjour, je suis étudiant : ai-je droit à l'aide au logement pour ma chambre ? Merci"


@pytest.mark.django_db
def test_search_on_an_empty_knowledge_base_answers_nothing(lexical_only):
    assert search(QUESTION) == []


@pytest.mark.django_db
def test_a_draft_with_no_fiche_says_the_sources_do_not_cover_it(lexical_only):
    run = draft_text(profile=AdministrationProfile(name="CAF"), title="Logement", body=QUESTION, backend=None)
    assert run.composed.sources == []
    assert "ne répondent pas précisément à votre question" in run.composed.text
    assert "not_covered" in {alert["code"] for alert in run.composed.alerts}
