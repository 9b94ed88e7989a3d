"""Forty-ninth pass, engineer-r85: the step of a debt procedure the writer asks about (`guichet.knowledge.debt_steps`).

A writer who names a later step of the over-indebtedness procedure (debts wiped out, imposed measures contested, a
seizure that goes on once the file is lodged), a self-employed writer asking which procedure is theirs, or a writer
"fiché" for a credit, gets the step's fiche as a pointer that outranks F134 « Déposer un dossier de surendettement »,
and the distress map's debts entry (F134) gives way. Read through `understand` (the search's own reading) and the
vocabulary; each switch on and off. Messages written fresh for these tests, none from a corpus.
"""

import pytest

from guichet.knowledge import debt_steps
from guichet.knowledge.query import understand
from guichet.knowledge.situations import DEBTS
from tests.knowledge.vocabulary_helpers import pointed_by_understanding as pointed


def distress_names(text: str) -> set[str]:
    return {hit.name for hit in understand(text).distress}


def test_the_shipped_switches():
    assert debt_steps.READ_WIPED_OUT is True
    assert debt_steps.READ_IMPOSED is True
    assert debt_steps.READ_SEIZURE_PAUSED is True
    assert debt_steps.READ_SELF_EMPLOYED is True
    assert debt_steps.READ_FICP is False  # shipped off: no validation gain (docs/benchmarks.md)
    assert debt_steps.READ_DOOR_BEHIND is True


WIPED = (
    "Je touche le minimum vieillesse et j'ai 28 000 € de dettes de crédits. Est-ce que la Banque de France peut "
    "faire effacer mes dettes ? Je n'ai aucun bien."
)


def test_debts_wiped_out_point_to_the_personal_recovery(monkeypatch):
    assert "F16978" in pointed(WIPED)
    assert DEBTS not in distress_names(WIPED)
    monkeypatch.setattr(debt_steps, "READ_WIPED_OUT", False)
    assert "F16978" not in pointed(WIPED)
    assert DEBTS in distress_names(WIPED)


def test_an_owner_s_debts_wiped_out_point_to_the_sale_first():
    text = (
        "Nous avons un petit appartement et 60 000 € de crédits. La commission nous parle d'un rétablissement "
        "personnel, qu'est-ce qui va arriver à notre logement ?"
    )
    found = [found for found in understand(text).vocabulary if found.term in debt_steps.DEBT_TERMS]
    assert [found.term.fiches[0] for found in found] == ["F34463"]


def test_a_list_of_what_the_commission_may_do_is_not_the_wiping_out():
    text = (
        "J'ai cinq crédits et je ne m'en sors plus. On m'a dit qu'un dossier à la Banque de France peut étaler ou "
        "effacer les dettes : comment je le dépose ?"
    )
    assert "F16978" not in pointed(text)


def test_imposed_measures_contested_point_to_their_fiche(monkeypatch):
    text = "La commission m'impose 380 € par mois sur six ans, c'est intenable. Comment contester ces mesures ?"
    assert "F1947" in pointed(text)
    monkeypatch.setattr(debt_steps, "READ_IMPOSED", False)
    assert "F1947" not in pointed(text)


def test_a_seizure_that_goes_on_once_the_file_is_lodged(monkeypatch):
    text = (
        "J'ai envoyé mon dossier de surendettement il y a trois semaines et l'huissier continue la saisie sur mon "
        "compte. Qui peut la faire suspendre ?"
    )
    assert "F10434" in pointed(text)
    monkeypatch.setattr(debt_steps, "READ_SEIZURE_PAUSED", False)
    assert "F10434" not in pointed(text)


def test_a_seizure_told_beside_another_question_is_left_alone():
    text = (
        "Je monte un dossier de surendettement et un huissier a fait une saisie le mois dernier. Ma fille se marie "
        "en juin : quels papiers faut-il pour publier les bans ?"
    )
    assert "F10434" not in pointed(text)


def test_a_self_employed_writer_asking_which_procedure(monkeypatch):
    text = (
        "Je suis coiffeuse micro-entrepreneuse et j'ai des dettes à l'Urssaf et un prêt perso. Est-ce que je peux "
        "faire un surendettement ou c'est autre chose pour moi ?"
    )
    assert "F21680" in pointed(text)
    monkeypatch.setattr(debt_steps, "READ_SELF_EMPLOYED", False)
    assert "F21680" not in pointed(text)


def test_a_self_employed_house_threatened_is_left_alone():
    text = (
        "Je suis artisan maçon, j'ai des dettes de fournisseurs et on me dit qu'ils peuvent prendre notre maison. "
        "Est-ce vrai ?"
    )
    assert "F21680" not in pointed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Suis-je fichée à la Banque de France ? On m'a refusé un crédit auto hier.",
        "J'ai raté deux échéances de mon prêt et ils veulent me déclarer à la Banque de France, ça dure combien ?",
        "Combien de temps on reste dans le fichier des mauvais payeurs après avoir tout remboursé d'un crédit ?",
    ],
)
def test_a_writer_listed_for_a_credit_points_to_the_ficp_when_switched_on(monkeypatch, text):
    assert "F17608" not in pointed(text)
    monkeypatch.setattr(debt_steps, "READ_FICP", True)
    assert "F17608" in pointed(text)


@pytest.mark.parametrize(
    "text",
    [
        # a cheque's ban is the FCC's
        "Je suis fiché à la Banque de France pour un chèque sans provision, comment je récupère mon chéquier ?",
        # a police file
        "À la frontière on m'a dit que j'étais fiché par la police, comment le savoir ?",
        # payslips, not a listing
        "La banque veut mes fiches de paie pour un prêt, combien faut-il en donner ?",
        # an account refused is the droit au compte's
        "Depuis que je suis fichée aucune banque ne veut m'ouvrir un compte pour mon salaire, que faire ?",
    ],
)
def test_look_alikes_of_the_ficp_are_left_alone(monkeypatch, text):
    monkeypatch.setattr(debt_steps, "READ_FICP", True)
    assert "F17608" not in pointed(text)


def test_the_door_stays_when_the_switch_is_off(monkeypatch):
    monkeypatch.setattr(debt_steps, "READ_DOOR_BEHIND", False)
    assert "F16978" in pointed(WIPED)
    assert DEBTS in distress_names(WIPED)


def test_plain_debts_keep_the_file_s_door():
    text = "J'ai trop de crédits, je n'arrive plus à payer. Comment faire un dossier de surendettement ?"
    assert not pointed(text) & {"F16978", "F34463", "F1947", "F10434", "F21680", "F17608"}
    assert DEBTS in distress_names(text)
