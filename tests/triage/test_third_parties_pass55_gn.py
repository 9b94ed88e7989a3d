"""Fifty-fifth pass (engineer-gn): a private party named as people type it (« ma mutuel », « le notair ») is read
under its name, a grievance said politely or as a question about a long wait (« est-ce vraiment normal ? » after
two months with no one able to say why, « je souhaitais vous faire part de mon mécontentement ») is a complaint,
and a wait for an employer named in everyday words is none (`triage_third_parties`). Routine look-alikes (a
question about a document, a « est-ce normal ? » about a doublon, a short wait asked about) stay routine.

Messages of batch gn's train split (corpora/triage/gn.jsonl) and fresh ones, through `triage()` with the shipped
artefact; each switch flipped at run time to show the start behaviour."""

from pathlib import Path

import pytest

from guichet.drafting import triage_third_parties
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_third_parties import party_spellings, polite_complaint
from tests.batches import batch_item
from tests.drafting.triage_helpers import rules

BATCH = Path(__file__).resolve().parents[2] / "corpora" / "triage" / "gn.jsonl"
COMPLAINT = TriageLabel.COMPLAINT
OUT_OF_SCOPE = TriageLabel.OUT_OF_SCOPE


def _item(item_id: str) -> dict:
    return batch_item("triage", "gn", item_id)


def _labels(item: dict) -> list[str]:
    return triage(title=item["title"], body=item["message"], administration=item["administration"]).labels


@pytest.fixture
def switches():
    module = triage_third_parties
    saved = (module.READ_PARTY_SPELLINGS, module.READ_POLITE_COMPLAINT, module.READ_PARTY_WAIT)
    yield
    module.READ_PARTY_SPELLINGS, module.READ_POLITE_COMPLAINT, module.READ_PARTY_WAIT = saved


def test_misspelled_mutuelle_is_read_as_one():
    assert party_spellings("Bonjour, ma mutuel refuse") == "Bonjour, ma mutuelle refuse"
    assert party_spellings("le notair ne répond pas") == "le notaire ne répond pas"
    assert party_spellings("mon assurence auto") == "mon assurance auto"


def test_mutual_words_that_are_no_mutuelle_are_left_alone():
    for text in ("mon compte au Crédit Mutuel", "un divorce par consentement mutuel", "d'un accord mutuel"):
        assert party_spellings(text) == text


def test_batch_mutuelle_typo_is_out_of_scope(switches):
    item = _item("gn-001")  # train: « ma mutuel refuse de me rembourser mes lunettes », to the CPAM
    assert set(_labels(item)) == {OUT_OF_SCOPE}
    triage_third_parties.READ_PARTY_SPELLINGS = False
    assert OUT_OF_SCOPE not in _labels(item)


def test_batch_notary_typo_wait_is_no_complaint(switches):
    item = _item("gn-012")  # train: « le notair n'a toujours pas envoyé l'acte de vente »
    assert set(_labels(item)) == {OUT_OF_SCOPE}


@pytest.mark.parametrize("item_id", ["gn-029", "gn-033"])
def test_batch_polite_complaints(item_id, switches):
    item = _item(item_id)  # train: a mécontentement told softly; « est-ce vraiment normal ? » after two months
    assert COMPLAINT in _labels(item)
    # The rule's own part (the retrained model, which learned this batch, finds them too): the rules alone.
    assert COMPLAINT in rules(item["title"], item["message"], item["administration"]).labels
    triage_third_parties.READ_POLITE_COMPLAINT = False
    assert COMPLAINT not in rules(item["title"], item["message"], item["administration"]).labels


@pytest.mark.parametrize("item_id", ["gn-049", "gn-050", "gn-040"])
def test_batch_look_alikes_stay_routine(item_id):
    # train: « pourquoi faut-il envoyer un justificatif ? », « est-ce normal ou est-ce un doublon ? », the school's
    # canteen asked of the mairie.
    assert _labels(_item(item_id)) == [TriageLabel.ROUTINE]


def test_short_wait_asked_about_is_no_polite_complaint():
    assert polite_complaint(fold("Ça fait deux mois, est-ce que c'est normal d'attendre encore ?")) == []
    assert polite_complaint(fold("Je ne comprends pas pourquoi, il y a deux ans, mes cotisations ont augmenté.")) == []
    assert polite_complaint(fold("Est-il normal d'attendre cinq mois pour une carte Vitale ? Cela fait cinq mois."))


def test_polite_complaint_fresh_message():
    labels = triage(
        title="Ma demande",
        body="Bonjour, je ne comprends pas pourquoi ma demande d'aide au logement est bloquée depuis quatre mois. "
        "Pourriez-vous regarder ? Merci.",
        administration="CAF",
    ).labels
    assert COMPLAINT in labels


def test_distress_kept_beside_a_polite_complaint():
    labels = triage(
        title="Saisie",
        body="Bonjour, je ne comprends pas pourquoi vous avez saisi mon compte depuis trois mois. Il me reste 12 "
        "euros et on n'a plus rien à manger depuis samedi avec mes enfants.",
        administration="CAF",
    ).labels
    assert TriageLabel.DISTRESS in labels


def test_wait_for_an_everyday_party_is_no_complaint(switches):
    body = (
        "bonjour mon contrat s'est fini le 15 et mon patron m a toujours pas donné l attestation employeur. je peux "
        "m inscrire quand même ?"
    )
    assert COMPLAINT not in triage(title="Inscription", body=body, administration="France Travail").labels
    assert polite_complaint(fold(body)) == []
    triage_third_parties.READ_PARTY_WAIT = False
    assert COMPLAINT in triage(title="Inscription", body=body, administration="France Travail").labels


def test_party_wait_reads_the_party_not_the_office():
    from_party = fold("Je n'ai aucune nouvelle de l'employeur depuis l'entretien.")
    from_office = fold("Toujours aucune réponse de votre part depuis deux mois.")
    assert triage_third_parties.party_wait(from_party)
    assert not triage_third_parties.party_wait(from_office)
