"""Fifty-second pass, engineer-r91: a job lost or left, told in the writer's words.

The writer who walked out without a word points to F31209, the abandon de poste (`job_loss.READ_WALKED_OUT`), not a
civil servant nor a spouse who left home; a dismissal told as unjust points to F33999, the licenciement abusif's
compensation (`READ_UNFAIR_DISMISSAL`), not a faute grave nor an economic dismissal; a change of trade while keeping
the job points to F14018, the CPF de transition (`READ_RETRAINING`), not a job seeker's training; parting « à
l'amiable » with the boss points to F19030, the rupture conventionnelle (`READ_AMICABLE_PARTING`), not a divorce;
wages owed point to F2308 and everyday justice's unpaid bill gives way (`READ_WAGES_OWED`, shipped off). Messages
written fresh for these tests, none from a corpus; the search runs the real pipeline over a subset of the shared
fiches.
"""

import pytest

from guichet.knowledge import everyday_justice, job_loss
from guichet.knowledge.search import search
from guichet.knowledge.vocabulary import find_every

WALKED_OUT = (
    "Bonjour, je suis partie de l'entrepôt sans prévenir personne lundi dernier, mon chef me harcelait. Qu'est-ce "
    "que je risque maintenant ?"
)
NOT_GOING_BACK = "J'en ai marre, je ne retourne plus au boulot, point. Mon patron peut me forcer à revenir ?"
# a spouse who left home, a civil servant who no longer comes
LEFT_HOME = "Mon mari est parti sans rien dire il y a un mois, il a quitté le domicile conjugal. Que faire ?"
CIVIL_SERVANT = "Je suis fonctionnaire à la mairie et je ne reviens plus au travail depuis trois semaines."

UNFAIR = (
    "Mon patron m'a viré du jour au lendemain après neuf ans dans son garage, sans aucune raison. Je peux obtenir "
    "quoi devant les prud'hommes ?"
)
# a faute grave, an economic dismissal: their own fiches
GROSS_MISCONDUCT = "Licencié pour faute grave du jour au lendemain, sans préavis : c'est légal ?"
ECONOMIC = "Licenciement économique sans raison valable selon moi, l'usine tourne à plein : je peux contester ?"

RETRAINING = (
    "Je suis serveuse en CDI et j'aimerais me reconvertir dans l'informatique, sans démissionner. Est-ce que mon "
    "salaire peut être maintenu pendant une formation d'un an ?"
)
# a job seeker's training, a trade left after an occupational disease
JOB_SEEKER = "Je suis au chômage et je voudrais me reconvertir : une formation payée, ça existe à France Travail ?"
OCCUPATIONAL = (
    "Après ma maladie professionnelle je dois changer de métier ; est-ce que je serai payé pendant la formation ?"
)

AMICABLE = "Ma patronne me propose qu'on se sépare à l'amiable, avec un chèque. Comment ça se passe ?"
DIVORCE = "Mon mari et moi voulons nous séparer à l'amiable, on est mariés depuis 2015 : divorce sans juge ?"

WAGES = "Mon ancien employeur ne m'a pas payé mes deux derniers mois de salaire. Que faire contre lui ?"
INVOICE = "Un client ne m'a jamais payé ma facture de plomberie, 1 200 euros. Comment l'obliger à payer ?"


@pytest.fixture
def all_on(monkeypatch):
    """Every reading on, whatever its shipped state: the look-alikes must stay out even then."""
    for switch in job_loss.SWITCHES:
        monkeypatch.setattr(job_loss, switch, True)


def pointed(text: str) -> set[str]:
    return {
        fiche for found in find_every(text) if found.term in job_loss.JOB_LOSS_TERMS for fiche in found.term.fiches
    }


def test_the_shipped_switches():
    assert job_loss.READ_WALKED_OUT is True
    assert job_loss.READ_UNFAIR_DISMISSAL is True
    assert job_loss.READ_RETRAINING is True
    assert job_loss.READ_AMICABLE_PARTING is True
    assert job_loss.READ_WAGES_OWED is False


@pytest.mark.parametrize("text", [WALKED_OUT, NOT_GOING_BACK])
def test_walking_out_points_to_the_abandon_de_poste(text, monkeypatch):
    monkeypatch.setattr(job_loss, "READ_WALKED_OUT", True)
    assert "F31209" in pointed(text)
    monkeypatch.setattr(job_loss, "READ_WALKED_OUT", False)
    assert "F31209" not in pointed(text)


@pytest.mark.parametrize("text", [LEFT_HOME, CIVIL_SERVANT])
def test_a_spouse_gone_and_a_civil_servant_are_left_alone(text, all_on):
    assert "F31209" not in pointed(text)


def test_an_unjust_dismissal_points_to_its_compensation(monkeypatch):
    monkeypatch.setattr(job_loss, "READ_UNFAIR_DISMISSAL", True)
    assert pointed(UNFAIR) == {"F33999"}
    monkeypatch.setattr(job_loss, "READ_UNFAIR_DISMISSAL", False)
    assert not pointed(UNFAIR)


@pytest.mark.parametrize("text", [GROSS_MISCONDUCT, ECONOMIC])
def test_a_faute_grave_and_an_economic_dismissal_are_left_alone(text, all_on):
    assert "F33999" not in pointed(text)


def test_retraining_in_work_points_to_the_cpf_de_transition(monkeypatch):
    monkeypatch.setattr(job_loss, "READ_RETRAINING", True)
    assert pointed(RETRAINING) == {"F14018"}
    monkeypatch.setattr(job_loss, "READ_RETRAINING", False)
    assert not pointed(RETRAINING)


@pytest.mark.parametrize("text", [JOB_SEEKER, OCCUPATIONAL])
def test_a_job_seeker_and_an_occupational_disease_are_left_alone(text, all_on):
    assert "F14018" not in pointed(text)


def test_an_amicable_parting_points_to_the_rupture_conventionnelle(monkeypatch):
    monkeypatch.setattr(job_loss, "READ_AMICABLE_PARTING", True)
    assert pointed(AMICABLE) == {"F19030"}
    monkeypatch.setattr(job_loss, "READ_AMICABLE_PARTING", False)
    assert not pointed(AMICABLE)


def test_an_amicable_divorce_is_left_alone(all_on):
    assert not pointed(DIVORCE)


def test_wages_owed_point_to_their_payment_and_the_unpaid_bill_gives_way(monkeypatch):
    bill = everyday_justice.SWITCHES["READ_UNPAID_BILL"]
    monkeypatch.setattr(job_loss, "READ_WAGES_OWED", True)
    found = {one.term for one in find_every(WAGES)}
    assert pointed(WAGES) == {"F2308"}
    assert bill not in found
    monkeypatch.setattr(job_loss, "READ_WAGES_OWED", False)
    found = {one.term for one in find_every(WAGES)}
    assert not pointed(WAGES)
    assert bill in found


def test_an_invoice_stays_an_unpaid_bill(all_on):
    assert not pointed(INVOICE)
    assert everyday_justice.SWITCHES["READ_UNPAID_BILL"] in {one.term for one in find_every(INVOICE)}


# --- the real search over a subset of the shared fiches

FICHES = "F31209 F13322 F2883 F89 F33999 F1848 F1137 F2839 F14018 F10705 F12382 F19030 F2308 F1746 F2360".split()


@pytest.fixture
def job_fiches(shared_subset):
    shared_subset(FICHES)


def first(text: str) -> str:
    return search(text, k=5)[0].fiche_id


@pytest.mark.shared
@pytest.mark.django_db
def test_the_search_puts_the_fiche_of_the_telling_first(job_fiches):
    assert first(WALKED_OUT) == "F31209"
    assert first(UNFAIR) == "F33999"
    assert first(RETRAINING) == "F14018"
    assert first(AMICABLE) == "F19030"
