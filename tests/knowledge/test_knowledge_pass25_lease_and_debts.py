"""Twenty-fifth pass: the "bail mobilité" is named by its name (`vocabulary`); an over-indebtedness file said as "ma
demande" is a procedure under way (`situations`). Fresh sentences."""

from guichet.knowledge.analysis import fold
from guichet.knowledge.situations import DEBTS_LODGED, distress
from tests.knowledge.vocabulary_helpers import pointed_by_every as _pointed


def _read(text: str) -> set[str]:
    return {hit.name for hit in distress(fold(text))}


def test_the_bail_mobilite_points_to_its_fiche_and_a_mobile_home_does_not():
    assert "F34759" in _pointed("Mon école me trouve un studio en bail mobilité pour six mois, c'est quoi ?")
    assert "F34759" not in _pointed("Je loue un mobil-home à l'année, quel bail faut-il ?")


def test_a_lodged_request_is_the_procedure_under_way_and_a_refused_benefit_is_not():
    assert DEBTS_LODGED in _read("Ma demande de surendettement est recevable depuis juin, l'huissier revient.")
    assert DEBTS_LODGED not in _read("Ma demande de RSA a été refusée et j'ai des dettes partout.")
