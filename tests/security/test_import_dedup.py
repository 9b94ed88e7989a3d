"""Issue 15, sixth pass: an import analyses each distinct message once (a message sent twice) and triages each
distinct pseudonymised text once (two writers of the same words, only their names and numbers differing); every
message still gets exactly what the one-message analysis gives it, in its own objects.

Real components (spaCy, the recognisers, the USE encoder, the shipped triage model); the spy only counts the texts
that reach the real triage."""

import pytest

from guichet.drafting import api as drafting
from guichet.drafting import triage_model
from guichet.inbox import bulk_intake
from guichet.inbox.bulk_intake import _Job, analyse, analyse_many
from guichet.privacy import analyzer

CAF = drafting.AdministrationProfile(name="Caisse d'allocations familiales", aliases=["CAF"])
MAIRIE = drafting.AdministrationProfile(name="Mairie de Villeurbanne", aliases=["Mairie"], competences=["état civil"])
SAME_WORDS = "Bonjour, je m'appelle {name}, allocataire {number}. Mon APL a baissé sans courrier. Merci."


def _job(title: str, body: str, profile=CAF, name: str = "", email: str = "") -> _Job:
    return _Job(title=title, body=body, citizen_name=name, citizen_email=email, profile=profile)


def _forget_batch_results() -> None:
    analyzer._artifacts.clear()
    triage_model._prefetched.clear()


@pytest.fixture
def triaged_texts(monkeypatch) -> list[tuple[str, str]]:
    """The (pseudonymised title, body) given to the real triage, in order."""
    seen: list[tuple[str, str]] = []
    real = drafting.triage_inputs_many

    def counting(profile, inputs):
        seen.extend((item.title, item.body) for item in inputs)
        return real(profile, inputs)

    monkeypatch.setattr(bulk_intake.drafting, "triage_inputs_many", counting)
    return seen


def test_the_same_message_twice_is_analysed_once_and_stored_apart(triaged_texts):
    jobs = [
        _job("Aide au logement", SAME_WORDS.format(name="Aminata Sow", number="1234567")),
        _job("Carte grise", "Je voudrais changer l'adresse de ma carte grise."),
        _job("Aide au logement", SAME_WORDS.format(name="Aminata Sow", number="1234567")),
        # the same text sent by someone else, or to another administration: analysed on its own
        _job("Aide au logement", SAME_WORDS.format(name="Aminata Sow", number="1234567"), name="Awa Diop"),
        _job("Aide au logement", SAME_WORDS.format(name="Aminata Sow", number="1234567"), profile=MAIRIE),
    ]
    _forget_batch_results()
    many = analyse_many(jobs)
    _forget_batch_results()
    assert many == [analyse(job) for job in jobs]
    # the CAF's three distinct texts (the sender's own name takes [PERSONNE_1]), the Mairie's one
    assert len(triaged_texts) == 4
    first, again = many[0], many[2]
    assert first.pseudonymised is not again.pseudonymised and first.triage is not again.triage
    first.triage["labels"].append("changed")
    first.pseudonymised.mapping.clear()
    assert again == analyse(jobs[2])


def test_the_same_words_from_two_writers_are_triaged_once(triaged_texts):
    jobs = [
        _job("Aide au logement", SAME_WORDS.format(name="Aminata Sow", number="1234567")),
        _job("Aide au logement", SAME_WORDS.format(name="Jean Martin", number="7654321")),
        _job("Aide au logement", "Je n'en peux plus, je pense à en finir, personne ne répond depuis des mois."),
    ]
    _forget_batch_results()
    many = analyse_many(jobs)
    _forget_batch_results()
    alone = [analyse(job) for job in jobs]
    assert many == alone
    assert many[0].pseudonymised.body == many[1].pseudonymised.body  # one text for the triage ...
    assert many[0].pseudonymised.mapping != many[1].pseudonymised.mapping  # ... two writers
    assert triaged_texts == [(many[0].pseudonymised.title, many[0].pseudonymised.body)] + [
        (many[2].pseudonymised.title, many[2].pseudonymised.body)
    ]
    assert "distress" in many[2].triage["labels"] and "distress" not in many[0].triage["labels"]
