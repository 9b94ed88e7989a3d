"""Thirty-sixth pass, engineer-r52: work and wages, where the best fiche has a neighbour wrong for the writer."""

from guichet.knowledge import name_family, vocabulary, work_publics
from guichet.knowledge.analysis import fold
from guichet.knowledge.situations import qualifiers_in_message
from guichet.knowledge.vocabulary import WORK_NAMES, find_every
from tests.knowledge.rerank_helpers import ranked_with_pointers

OVERTIME = {
    "F2391": "Heures supplémentaires d'un salarié du secteur privé",
    "F593": "Heures supplémentaires dans la fonction publique d'État (FPE)",
    "F32390": "Heures supplémentaires dans la fonction publique territoriale (FPT)",
    "F595": "Heures supplémentaires dans la fonction publique hospitalière (FPH)",
    "F34861": "Fonction publique : quelles cotisations sur les heures supplémentaires ?",
}
PREFECTURE = (
    "heures supplémentaires agent de préfecture\nBonjour, je suis secrétaire administrative à la préfecture "
    "(fonction publique d'Etat). Avec les élections on fait beaucoup d'heures en plus. Elles sont payées comment, "
    "ou récupérées ? Il y a un plafond par mois ?"
)


def test_a_title_narrowed_to_an_unasked_side_question_does_not_share_the_name():
    order, pointers = ranked_with_pointers(OVERTIME, PREFECTURE)
    assert order[0] == "F593"
    assert pointers["F34861"] == 0.0


def test_the_narrowed_title_keeps_the_name_when_the_message_asks_its_side_question():
    asked = "Je suis adjoint à la préfecture. Quelles cotisations sont prélevées sur mes heures supplémentaires ?"
    _, pointers = ranked_with_pointers(OVERTIME, asked)
    assert pointers["F34861"] > 0.0


def test_switch_off_gives_back_the_earlier_reading(monkeypatch):
    monkeypatch.setattr(name_family, "READ_NAME_FAMILY", False)
    _, pointers = ranked_with_pointers(OVERTIME, PREFECTURE)
    assert pointers["F34861"] > 0.0


def _work_names(text: str) -> list[str]:
    return [found.term.fiches[0] for found in find_every(text) if found.term in WORK_NAMES]


def test_wages_not_paid_name_the_payment_of_wages():
    assert _work_names("je sais plus quoi faire. mon patron me paie plus depuis 3 mois") == ["F2308"]
    assert _work_names("deux mois de salaire pas payés, le patron ne répond plus") == ["F2308"]
    assert _work_names("mon patron ne m'a pas versé mon salaire de septembre") == ["F2308"]


def test_wages_not_paid_leave_their_own_fiches_to_liquidation_overtime_and_sick_pay():
    assert _work_names("L'entreprise est en liquidation judiciaire, on n'a pas été payés, salaires impayés") == []
    assert _work_names("mon employeur ne me paie pas mes heures supplémentaires depuis trois mois") == []
    assert _work_names("je suis en arrêt maladie et mon patron ne me paie pas") == []


def test_leave_not_taken_at_the_contract_s_end_is_the_compensatory_allowance():
    said = "J'ai quitté ma boîte en décembre avec 14 jours de congés pas pris, ils ne les ont pas payés."
    assert _work_names(said) == ["F24661"]
    assert _work_names("J'ai des congés pas pris, puis-je les reporter sur l'an prochain ?") == []


def test_ihts_are_the_civil_servants_overtime():
    assert _work_names("Comment sont calculées les IHTS dans la territoriale ?") == ["F32787"]


def test_work_names_switch_off_gives_back_the_earlier_vocabulary(monkeypatch):
    monkeypatch.setattr(vocabulary, "READ_WORK_NAMES", False)
    assert _work_names("mon patron me paie plus depuis 3 mois") == []


def _publics(text: str) -> frozenset[str]:
    return qualifiers_in_message(fold(text))


def test_a_letterbox_or_an_employee_s_firm_is_no_business_owner():
    assert "indépendant" not in _publics("Toujours rien dans ma boîte aux lettres, le certificat provisoire expire")
    assert "indépendant" not in _publics("Bonjour, ma boîte m'a mis en chômage partiel deux jours par semaine")
    assert "indépendant" in _publics("J'ai monté ma boîte de plomberie il y a deux ans")


def test_a_works_council_seat_or_a_wish_to_leave_for_the_private_sector_is_no_public():
    seat = _publics("Élu titulaire au comité social et économique d'une entreprise de 80 personnes")
    assert "agent public" not in seat and "fonctionnaire titulaire" not in seat
    leaving = _publics("Je suis rédactrice territoriale titulaire et je voudrais partir dans le privé.")
    assert "salarié du privé" not in leaving and "agent public" in leaving


def test_work_publics_switch_off_gives_back_the_earlier_reading(monkeypatch):
    monkeypatch.setattr(work_publics, "READ_WORK_PUBLICS", False)
    assert "indépendant" in _publics("Toujours rien dans ma boîte aux lettres")


def test_a_contested_over_indebtedness_plan_is_no_tax_claim():
    plan = "Je veux contester ce plan de mesures imposées : à qui j'écris, et j'ai combien de temps ?"
    assert not [found for found in find_every(plan) if "F1064" in found.term.fiches]
    tax = "Mon avis d'impôt est faux, j'ai combien de temps pour contester ?"
    assert [found for found in find_every(tax) if "F1064" in found.term.fiches]


def test_a_partner_s_job_in_brackets_is_not_the_writer_s_public():
    said = "Ma femme a été mutée à Bordeaux (infirmière au CHU), j'ai démissionné pour la suivre."
    assert not _publics(said) & {"agent public", "fonction publique hospitalière", "fonctionnaire titulaire"}
    assert "agent public" in _publics("Je suis infirmière titulaire au CHU et je voudrais un congé parental.")


def test_a_public_employer_spoken_of_as_the_writer_s_own_makes_an_agent_public():
    town = _publics(
        "Après 20 ans à la voirie, ma mairie peut-elle accepter une rupture conventionnelle comme dans le privé ?"
    )
    assert "agent public" in town and "salarié du privé" not in town
    assert "agent public" in _publics("vous prenez des apprentis à la mairie ? j'ai 19 ans, c'est payé combien")
    hospital = _publics("Je suis manipulatrice radio à l'hôpital et ma fille a une leucémie.")
    assert {"agent public", "fonction publique hospitalière"} <= hospital
    # a citizen's town hall is no employer
    assert "agent public" not in _publics("Ma mairie refuse de me donner un rendez-vous pour ma carte d'identité.")


def test_a_carer_in_a_hospital_ward_is_in_the_hospital_civil_service():
    ward = _publics("Aide-soignante titulaire en gériatrie depuis 2011, je n'ai eu aucun entretien de formation.")
    assert "fonction publique hospitalière" in ward
    assert "fonction publique hospitalière" not in _publics("Aide-soignante en CDI dans une clinique privée.")
