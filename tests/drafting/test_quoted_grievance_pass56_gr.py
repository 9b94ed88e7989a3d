"""Fifty-sixth pass (engineer-gr): a grievance read only in quoted words — a neighbour's « c'est une honte », a
form's « vous pouvez déposer une réclamation », a letter of the writer copied in — is no complaint
(`triage_quoted_grievance`); a complaint said outside the quotes, beside a quoted letter of the office, stays one.

Messages of batch gr's train split (corpora/triage/gr.jsonl) and fresh ones, through `triage()` with the shipped
artefact; each switch flipped at run time to show the start behaviour."""

import pytest

from guichet.drafting import triage_quoted_grievance, triage_third_parties
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_gate import GateReading
from guichet.drafting.triage_model import administration_text, shipped_model
from guichet.drafting.triage_quoted_grievance import complaint_reading, unquoted, without_quoted_complaint
from tests.batches import batch_item

COMPLAINT = TriageLabel.COMPLAINT


def _item(item_id: str) -> dict:
    return batch_item("triage", "gr", item_id, train=True)


def _gated(item: dict) -> list[str]:
    """The gate alone on a complaint the model would have given the item: what it keeps of it."""
    model = shipped_model()
    assert model is not None
    reading = GateReading(model, [], item["title"], item["message"], administration_text(item["administration"]))
    return without_quoted_complaint(reading, [COMPLAINT], {})[0]


def _labels(item: dict) -> list[str]:
    return triage(title=item["title"], body=item["message"], administration=item["administration"]).labels


@pytest.fixture
def switches():
    module = triage_quoted_grievance
    saved = (module.READ_QUOTED_GRIEVANCE_RULES, module.QUOTED_GRIEVANCE_GATE)
    yield
    module.READ_QUOTED_GRIEVANCE_RULES, module.QUOTED_GRIEVANCE_GATE = saved


def test_quotes_are_emptied_and_the_rest_kept():
    text = "le formulaire dit « vous pouvez faire une reclamation » et je voudrais savoir le delai"
    assert unquoted(text) == "le formulaire dit « … » et je voudrais savoir le delai"
    assert unquoted("il m'a dit \"c'est scandaleux\" hier") == "il m'a dit « … » hier"
    assert unquoted("rien entre guillemets ici") == "rien entre guillemets ici"


def test_rules_reading_switch_off_reads_the_quotes(switches):
    text = "le site affiche « deposez une reclamation »"
    assert complaint_reading(text) == "le site affiche « … »"
    triage_quoted_grievance.READ_QUOTED_GRIEVANCE_RULES = False
    assert complaint_reading(text) == text


def test_batch_own_settled_letter_quoted_is_no_complaint(switches):
    item = _item("gr-003")  # train: the writer's own letter « je conteste ce refus … inacceptable », since settled
    assert COMPLAINT not in _labels(item)
    # The gate's own effect: a complaint the model gives is dropped where the message without its quotes does not
    # reach it, and kept with the gate off (the model gave this message 0.95 until the fifty-sixth pass's retrain,
    # which learnt the item; the gate is tested on its own since).
    assert _gated(item) == []
    triage_quoted_grievance.QUOTED_GRIEVANCE_GATE = False
    assert _gated(item) == [COMPLAINT]


def test_batch_letter_from_the_office_quoted_is_no_complaint(switches):
    item = _item("gr-005")  # train: a brother reads the tax office's « vous pouvez déposer une réclamation »
    assert COMPLAINT not in _labels(item)
    triage_quoted_grievance.READ_QUOTED_GRIEVANCE_RULES = False
    assert COMPLAINT in _labels(item)


def test_batch_colleague_quoted_is_no_complaint_gate_off_keeps_the_model(switches):
    item = _item("gr-007")  # train: a colleague's « trois mois sans réponse, c'est scandaleux » read aloud
    assert COMPLAINT not in _labels(item)
    # The gate's own effect: a complaint the model gives is dropped where the message without its quotes does not
    # reach it, and kept with the gate off (the model gave this message 0.98 until the fifty-sixth pass's retrain,
    # which learnt the item; the gate is tested on its own since).
    assert _gated(item) == []
    triage_quoted_grievance.QUOTED_GRIEVANCE_GATE = False
    assert _gated(item) == [COMPLAINT]


def test_complaint_outside_the_quotes_stays(switches):
    item = _item("gr-010")  # train: « votre dossier est complet » quoted, then three months with no APL
    assert COMPLAINT in _labels(item)
    item = _item("gr-014")  # train: the writer's earlier claim quoted, « je réitère donc ma réclamation »
    assert COMPLAINT in _labels(item)


def test_fresh_neighbour_quoted_routine_question():
    labels = triage(
        title="Horaires de la piscine",
        body="Bonjour, mon voisin m'a dit « la mairie c'est inadmissible, ils ne répondent jamais ». "
        "Moi je voulais juste les horaires de la piscine municipale le dimanche. Merci.",
        administration="Mairie",
    ).labels
    assert COMPLAINT not in labels


@pytest.fixture
def awaited_switch():
    saved = triage_third_parties.READ_AWAITED_PARTY
    yield
    triage_third_parties.READ_AWAITED_PARTY = saved


def test_batch_wait_for_the_employer_itself_is_no_complaint(awaited_switch):
    item = _item("gr-028")  # train: « j'attends toujours que mon ancien employeur … me fasse parvenir », « rien reçu »
    assert COMPLAINT not in _labels(item)
    triage_third_parties.READ_AWAITED_PARTY = False
    assert COMPLAINT in _labels(item)


def test_wait_for_the_office_after_the_employer_sent_its_part_stays_a_complaint():
    item = _item("gr-016")  # train: « mon employeur a envoyé l'attestation … et toujours pas de paiement »
    assert COMPLAINT in _labels(item)
