"""Fifty-first pass, engineer-r89: the self-employed and their spouses, told in their own words.

A spouse gone who worked on their own account and a pension asked point to F33843 « Pension de réversion pour
l'époux(se) d'un travailleur indépendant » and F13104 (`self_employed.READ_TRADE_SURVIVOR`); a spouse's pension asked
after a death left unsaid reads as the réversion (`READ_UNSAID_DEATH`); a spouse who works in the partner's business
without pay or status points to F32266 « Statut du conjoint du chef d'entreprise » (`READ_UNPAID_SPOUSE`); a
self-employed writer who cannot work points to F33351 « Prestations sociales pour les commerçants et les artisans
indépendants » (`READ_SELF_EMPLOYED_SICK`). Look-alikes are left alone: an employee's widow, a farmer's widow, a
relative's illness, a broken shop window, an accident caused by a driver, a salaried writer. Messages written fresh
for these tests, none from a corpus; the search runs the real pipeline over a subset of the shared fiches.
"""

import shutil

import pytest

from guichet.knowledge import self_employed
from guichet.knowledge.ingest import ingest
from guichet.knowledge.query import understand
from guichet.knowledge.search import search
from guichet.knowledge.vocabulary import find_every

# A baker's widow who never writes « décédé » nor « réversion ».
BAKER_GONE = (
    "Mon époux tenait la boulangerie de la place depuis 1988, il n'est plus parmi nous depuis Noël. Est-ce que je "
    "peux recevoir une part de sa retraite à lui ?"
)
# A hairdresser's widower, the death said.
HAIRDRESSER_DIED = (
    "Ma femme était coiffeuse à son compte, elle est décédée le mois dernier. Puis-je toucher sa pension ? Je ne sais "
    "pas quelle caisse contacter."
)
# The look-alikes of the survivor: an employee's widow, a farmer's widow.
EMPLOYEE_GONE = (
    "Mon mari était salarié dans une usine de meubles, il est décédé en avril. Puis-je toucher une partie de sa "
    "retraite ?"
)
FARMER_GONE = (
    "Mon mari était agriculteur à son compte, éleveur de brebis, il est mort cet hiver. Ai-je droit à sa retraite de "
    "la MSA ?"
)

# A spouse's pension after a death left unsaid, an employee's: the réversion's words, no fiche.
UNSAID = (
    "Depuis que je suis seule, je n'ai que 700 euros par mois. Mon compagnon de toujours, mon mari, touchait une "
    "bonne retraite de la Carsat. Est-ce que je peux avoir quelque chose de sa pension ?"
)
UNSAID_SAID = "Mon mari est décédé en mai. Est-ce que je peux avoir une partie de sa pension ?"

UNPAID_WIFE = (
    "Ma compagne fait les factures et répond aux clients de mon atelier de menuiserie tous les jours, mais elle n'a "
    "aucun statut. Que faut-il faire pour qu'elle soit protégée ?"
)
NAMED_COLLABORATOR = "Quelles démarches pour déclarer ma conjointe collaboratrice à l'ouverture de mon salon ?"
# a spouse who works elsewhere, without pay for a while (a parental leave): left alone
SPOUSE_ELSEWHERE = (
    "Mon mari travaille dans une banque et il voudrait prendre un congé sans solde pour s'occuper de notre fils. "
    "Quels sont ses droits ?"
)

SICK_COURIER = (
    "Je suis micro-entrepreneur dans le dépannage à domicile. Je me suis fracturé la cheville en tombant dans mon "
    "escalier, le médecin m'arrête trois semaines. Vais-je être indemnisé ?"
)
PREGNANT_SHOPKEEPER = (
    "Je suis commerçante (prêt-à-porter) et je suis enceinte de quatre mois. Combien vais-je toucher pendant mon "
    "congé ?"
)
# The look-alikes of the sick self-employed: a relative's illness, a shop window, a driver's fault, an employee.
FATHER_ILL = (
    "Je suis artisan électricien et mon père est malade depuis l'été. Puis-je fermer six mois et reprendre ensuite ?"
)
WINDOW = (
    "Un client a cassé la vitrine de mon commerce en reculant avec sa voiture. Son assurance doit-elle payer la "
    "réparation ?"
)
DRIVER = (
    "Je suis auto-entrepreneur, une voiture m'a renversé sur un passage piéton et j'ai la jambe dans le plâtre. Qui "
    "doit me dédommager ?"
)
EMPLOYEE_SICK = (
    "Je suis salarié dans une auto-école et j'ai aussi une micro-entreprise de photo le week-end. Je suis en arrêt "
    "maladie : qui me paie ?"
)


def pointed(text: str, switch: str) -> set[str]:
    term = self_employed.SWITCHES[switch]
    return {fiche for found in find_every(text) if found.term == term for fiche in found.term.fiches}


def read(text: str, switch: str) -> bool:
    term = self_employed.SWITCHES[switch]
    return any(found.term == term for found in find_every(text))


def test_the_shipped_switches():
    assert self_employed.READ_TRADE_SURVIVOR is True
    assert self_employed.READ_UNSAID_DEATH is False
    assert self_employed.READ_UNPAID_SPOUSE is True
    assert self_employed.READ_SELF_EMPLOYED_SICK is True


@pytest.mark.parametrize("text", [BAKER_GONE, HAIRDRESSER_DIED])
def test_a_self_employed_spouse_gone_and_a_pension_asked_point_to_the_independants_reversion(text, monkeypatch):
    assert pointed(text, "READ_TRADE_SURVIVOR") == {"F33843", "F13104"}
    monkeypatch.setattr(self_employed, "READ_TRADE_SURVIVOR", False)
    assert not read(text, "READ_TRADE_SURVIVOR")


@pytest.mark.parametrize("text", [EMPLOYEE_GONE, FARMER_GONE])
def test_an_employee_s_and_a_farmer_s_widow_are_left_alone(text):
    assert not read(text, "READ_TRADE_SURVIVOR")


def test_a_death_left_unsaid_reads_as_the_reversion_only_when_switched_on(monkeypatch):
    assert not read(UNSAID, "READ_UNSAID_DEATH")
    monkeypatch.setattr(self_employed, "READ_UNSAID_DEATH", True)
    assert read(UNSAID, "READ_UNSAID_DEATH")
    assert pointed(UNSAID, "READ_UNSAID_DEATH") == set()  # the broad topic, no fiche: the dead's career decides
    assert "réversion" in understand(UNSAID).lexical()
    assert not read(UNSAID_SAID, "READ_UNSAID_DEATH")  # a death said: the message's own words find the topic


@pytest.mark.parametrize("text", [UNPAID_WIFE, NAMED_COLLABORATOR])
def test_a_spouse_working_in_the_business_points_to_the_spouse_s_status(text, monkeypatch):
    assert pointed(text, "READ_UNPAID_SPOUSE") == {"F32266", "F33429"}
    monkeypatch.setattr(self_employed, "READ_UNPAID_SPOUSE", False)
    assert not read(text, "READ_UNPAID_SPOUSE")


def test_a_spouse_without_pay_elsewhere_is_left_alone():
    assert not read(SPOUSE_ELSEWHERE, "READ_UNPAID_SPOUSE")


@pytest.mark.parametrize("text", [SICK_COURIER, PREGNANT_SHOPKEEPER])
def test_a_self_employed_writer_who_cannot_work_points_to_f33351(text, monkeypatch):
    assert pointed(text, "READ_SELF_EMPLOYED_SICK") == {"F33351"}
    monkeypatch.setattr(self_employed, "READ_SELF_EMPLOYED_SICK", False)
    assert not read(text, "READ_SELF_EMPLOYED_SICK")


@pytest.mark.parametrize("text", [FATHER_ILL, WINDOW, DRIVER, EMPLOYEE_SICK])
def test_a_relative_s_illness_a_window_a_driver_s_fault_and_an_employee_are_left_alone(text):
    assert not read(text, "READ_SELF_EMPLOYED_SICK")


# --- the real search over a subset of the shared fiches (both audiences)

FICHES = (
    "F33843 F13104 F21819 F12394 F744 F32266 F33429 F23890 F33351 F3053 F303 F2265 F23961 F1691 F32703 F2679"
).split()


@pytest.fixture
def self_employed_fiches(shared, tmp_path, lexical_only):
    """The fiches of `FICHES` from `particuliers/` or `professionnels/`, ingested alone, lexical search only."""
    data = shared / "data" / "service-public"
    for fiche_id in FICHES:
        folder = next(
            name for name in ("particuliers", "professionnels") if (data / name / f"{fiche_id}.xml").is_file()
        )
        subset = tmp_path / "subset" / folder
        subset.mkdir(parents=True, exist_ok=True)
        shutil.copy(data / folder / f"{fiche_id}.xml", subset / f"{fiche_id}.xml")
    report = ingest([tmp_path / "subset"])
    assert report.added == len(FICHES)


def rank(text: str, fiche_id: str) -> int | None:
    ranked = [hit.fiche_id for hit in search(text, k=10)]
    return ranked.index(fiche_id) + 1 if fiche_id in ranked else None


@pytest.mark.shared
@pytest.mark.django_db
def test_the_search_puts_the_independants_reversion_first(self_employed_fiches, monkeypatch):
    assert rank(BAKER_GONE, "F33843") == 1
    assert rank(HAIRDRESSER_DIED, "F33843") == 1
    assert rank(EMPLOYEE_GONE, "F13104") == 1  # the look-alike keeps the Sécurité sociale's
    monkeypatch.setattr(self_employed, "READ_TRADE_SURVIVOR", False)
    assert rank(BAKER_GONE, "F33843") > 1  # the civil servant's réversion came first without the reading
    assert rank(EMPLOYEE_GONE, "F13104") == 1


@pytest.mark.shared
@pytest.mark.django_db
def test_the_search_puts_the_independants_sick_pay_first(self_employed_fiches, monkeypatch):
    assert rank(SICK_COURIER, "F33351") == 1
    assert rank(PREGNANT_SHOPKEEPER, "F33351") == 1
    monkeypatch.setattr(self_employed, "READ_SELF_EMPLOYED_SICK", False)
    assert rank(SICK_COURIER, "F33351") > 1
    assert rank(PREGNANT_SHOPKEEPER, "F33351") > 1


@pytest.mark.shared
@pytest.mark.django_db
def test_the_search_keeps_the_spouse_s_status_first(self_employed_fiches):
    assert rank(UNPAID_WIFE, "F32266") == 1
    assert rank(NAMED_COLLABORATOR, "F32266") == 1
