"""Fifty-fifth pass, privacy (issue 13, engineer-p191e): small employers and the buildings of named estates.

`recognizers.workplaces` reads a firm of a named kind after the writer's own contract (`OWN_JOB_FIRMS`: « mon CDD
dans l'entreprise de nettoyage Net'Plus ») and a building before its named estate (`BUILDING_RESIDENCES`: « bâtiment
E de la résidence Les Érables »); two more readings ship off (`NATIONAL_EMPLOYERS_KEPT`, `ELIDED_LEGAL_FORMS`). The
real pipeline; train items of batch p191e and fresh sentences written for these tests.
"""

import json
from pathlib import Path

import pytest

from guichet.corpora import split_of
from guichet.privacy.pseudonymise import pseudonymise_message
from guichet.privacy.recognizers import workplaces

SWITCHES = ("OWN_JOB_FIRMS", "BUILDING_RESIDENCES", "NATIONAL_EMPLOYERS_KEPT", "ELIDED_LEGAL_FORMS")
BATCH = Path(__file__).resolve().parents[2] / "corpora" / "privacy" / "p191e.jsonl"
OWN_CDD = (
    "Bonjour, mon CDD dans l'entreprise de nettoyage Propre'Net s'est terminé fin juin sans solde de tout compte."
)
OWN_STAGE = "Mon stage à la boulangerie Le Fournil d'Augustin s'est mal passé, je voudrais le signaler."
BUILDING = "Le gardien habite au bâtiment D de la résidence Les Glycines et ne répond jamais."
BUILDING_COMMA = "Je loge au bâtiment K, résidence Bellevue, depuis trois ans avec mes enfants."
NATIONAL = "Bonjour, je travaille à la SNCF et ma femme est caissière chez Leclerc, nous avons deux enfants."
ELIDED = "Je suis ouvrier agricole à l'EARL Les Vergers du Lac depuis mars."
VISIBLE = (
    "Bonjour, le courrier a été déposé au bâtiment B de la préfecture. Mon stage à la mairie de Brest s'est terminé."
)


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


def _train_items() -> dict[str, dict]:
    items = [json.loads(line) for line in BATCH.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {item["id"]: item for item in items if split_of(item["id"]) == "train"}


@pytest.fixture
def switches():
    saved = {name: getattr(workplaces, name) for name in SWITCHES}
    yield workplaces
    for name, value in saved.items():
        setattr(workplaces, name, value)


def test_the_switches_ship_as_measured() -> None:
    assert workplaces.OWN_JOB_FIRMS is True
    assert workplaces.BUILDING_RESIDENCES is True
    assert workplaces.NATIONAL_EMPLOYERS_KEPT is False
    assert workplaces.ELIDED_LEGAL_FORMS is False


def test_a_firm_after_the_writers_own_contract_is_masked_its_kind_kept() -> None:
    out = _body(OWN_CDD)
    assert "Propre'Net" not in out
    assert "l'entreprise de nettoyage [EMPLOYEUR_1]" in out
    out = _body(OWN_STAGE)
    assert "Fournil" not in out and "Augustin" not in out
    assert "boulangerie" in out


def test_a_building_before_its_named_estate_is_masked_whole() -> None:
    for text, estate in ((BUILDING, "Glycines"), (BUILDING_COMMA, "Bellevue")):
        out = _body(text)
        assert estate not in out
        assert "[ADRESSE_1]" in out and "bâtiment" not in out


def test_a_public_building_stays_and_a_public_body_is_not_this_modules() -> None:
    assert "bâtiment B de la préfecture" in _body(VISIBLE)
    # no kind of firm after the contract: left to `employer` and `public_employer`
    assert list(workplaces.own_job_firms(VISIBLE)) == []
    assert list(workplaces.building_residences(VISIBLE)) == []


def test_switches_off_give_the_start_behaviour(switches) -> None:
    switches.OWN_JOB_FIRMS = False
    switches.BUILDING_RESIDENCES = False
    assert "Propre'Net" in _body(OWN_CDD)
    # the start code left the building and masked the estate alone, as a care home (« [ETABLISSEMENT_1] »)
    assert "bâtiment D de la" in _body(BUILDING)


def test_national_employers_stay_masked_unless_switched_on(switches) -> None:
    out = _body(NATIONAL)
    assert "SNCF" not in out and "Leclerc" not in out
    switches.NATIONAL_EMPLOYERS_KEPT = True
    out = _body(NATIONAL)
    assert "la SNCF" in out and "chez Leclerc" in out


def test_a_national_chain_with_its_town_stays_masked_with_the_switch_on(switches) -> None:
    switches.NATIONAL_EMPLOYERS_KEPT = True
    assert not workplaces.national_employer("Intermarché de Lannion")
    assert workplaces.national_employer("la SNCF")


def test_an_elided_legal_form_is_read_when_switched_on(switches) -> None:
    assert [ELIDED[a:b] for a, b, _ in workplaces.elided_legal_forms(ELIDED)] == []
    switches.ELIDED_LEGAL_FORMS = True
    assert [ELIDED[a:b] for a, b, _ in workplaces.elided_legal_forms(ELIDED)] == ["EARL Les Vergers du Lac"]


def test_train_items_of_batch_p191e() -> None:
    items = _train_items()
    # a building before its named estate, the staircase before it (p191e-038)
    item = items["p191e-038"]
    out = _body(item["message"])
    assert "résidence Gambetta" not in out
    assert "bar-tabac Le Narval" not in out
    # small employers and a nickname with its article (p191e-001, p191e-020, p191e-043)
    for key in ("p191e-001", "p191e-020", "p191e-043"):
        out = _body(items[key]["message"])
        for value in items[key]["pii"]:
            assert value not in out, (key, value)
    # a national chain as an employer stays masked with the switch off (p191e-045: « chez Orange »)
    assert "Orange" not in _body(items["p191e-045"]["message"])


def test_train_item_with_a_national_chain_shows_it_when_switched_on(switches) -> None:
    switches.NATIONAL_EMPLOYERS_KEPT = True
    message = _train_items()["p191e-045"]["message"]
    assert "chez Orange" in _body(message)
