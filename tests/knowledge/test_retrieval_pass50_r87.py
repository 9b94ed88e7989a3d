"""Fiftieth pass, engineer-r87: a survivor's pension follows the dead person's régime, not the writer's.

In a message that names a réversion, a capital décès or an orphan's pension: a public denied (« jamais
fonctionnaire ») is not read (`survivor_pension.READ_DENIED_PUBLIC`, shipped on) and the régime général's funds
named (« le régime général », la Carsat) read as the private employee's public (`READ_GENERAL_SCHEME`, on); the
sentences about the living (the writer's own career, a surviving parent's) set aside so that the dead's decide the
public (`READ_DEAD_CAREER`, shipped off), and a farmer who died read as the régime général's public too, whose
réversion fiche names the « agriculteur » (`READ_FARMER_DEAD`, off). Messages written fresh for these tests, none
from a corpus; the search runs the real pipeline over a subset of the shared fiches.
"""

import pytest

from guichet.knowledge import survivor_pension
from guichet.knowledge.query import understand
from guichet.knowledge.search import search

# the writer a hospital civil servant, the dead husband a private employee
NURSE_WIDOW = (
    "Bonjour, mon époux Patrick est décédé en juin d'un infarctus. Il était magasinier dans une entreprise de "
    "logistique depuis 1990. Moi je suis infirmière titulaire au centre hospitalier de Niort. Puis-je demander la "
    "pension de réversion de mon mari, et mon salaire de l'hôpital est-il pris en compte ?"
)
# a son: the dead father a civil servant of the State, the surviving mother a private employee
TEACHER_S_SON = (
    "Mon père, professeur des écoles titulaire retraité, est mort le mois dernier. Ma mère a toujours été salariée "
    "dans une entreprise de nettoyage, elle a sa retraite de la Carsat. Pour la réversion de mon père, à qui "
    "doit-elle s'adresser ?"
)
FARMER_WIDOW = (
    "Mon mari était éleveur de brebis, exploitant agricole à la MSA depuis 1985, il est décédé cet hiver. Ai-je "
    "droit à une pension de réversion et quel pourcentage de sa retraite ?"
)
# the dead's sentences name no public: every public said is kept
NO_CAREER_TOLD = (
    "Ma femme est décédée en avril. Je suis fonctionnaire territorial à la mairie. Ai-je droit à une pension de "
    "réversion ?"
)
# the civil service denied, the general scheme named
MECHANIC_WIDOW = (
    "Mon mari est mort en janvier. Il a été chauffeur-livreur toute sa vie, jamais fonctionnaire, et il touchait sa "
    "retraite du régime général. Comment obtenir sa pension de réversion ?"
)
# a civil servant's widow who says her own job is not a civil servant's: the dead husband's service stays read
GENDARME_WIDOW = (
    "Mon mari, gendarme, est décédé en service. Moi je ne suis pas fonctionnaire, je travaille dans une boutique. "
    "Quelle pension de réversion pour moi ?"
)
# no survivor's pension named: the writer's own retirement, beside a spouse's job
OWN_RETIREMENT = (
    "Je suis infirmière titulaire à l'hôpital depuis 1987, mon mari est salarié dans une entreprise privée. Puis-je "
    "partir plus tôt en retraite pour carrière longue ?"
)
CIVIL_SERVICE = {"fonction publique hospitalière", "fonctionnaire titulaire", "agent public"}


def publics(text: str) -> frozenset[str]:
    return understand(text).qualifiers & survivor_pension.PUBLICS


def test_the_shipped_switches():
    assert survivor_pension.READ_DENIED_PUBLIC is True
    assert survivor_pension.READ_GENERAL_SCHEME is True
    assert survivor_pension.READ_DEAD_CAREER is False
    assert survivor_pension.READ_FARMER_DEAD is False


def test_a_civil_service_denied_is_not_read_and_the_general_scheme_is(monkeypatch):
    assert publics(MECHANIC_WIDOW) == {"salarié du privé"}
    monkeypatch.setattr(survivor_pension, "READ_GENERAL_SCHEME", False)
    assert not publics(MECHANIC_WIDOW) & CIVIL_SERVICE
    monkeypatch.setattr(survivor_pension, "READ_DENIED_PUBLIC", False)
    assert CIVIL_SERVICE & publics(MECHANIC_WIDOW)


def test_a_denial_of_the_writer_s_own_keeps_the_dead_s_service():
    assert "fonctionnaire titulaire" in publics(GENDARME_WIDOW)


def test_the_dead_husband_s_career_decides_when_switched_on(monkeypatch):
    assert CIVIL_SERVICE <= publics(NURSE_WIDOW)
    monkeypatch.setattr(survivor_pension, "READ_DEAD_CAREER", True)
    assert publics(NURSE_WIDOW) == {"salarié du privé"}


def test_a_surviving_parent_s_career_is_set_aside_when_switched_on(monkeypatch):
    assert "salarié du privé" in publics(TEACHER_S_SON)
    monkeypatch.setattr(survivor_pension, "READ_DEAD_CAREER", True)
    assert "salarié du privé" not in publics(TEACHER_S_SON)
    assert "fonctionnaire titulaire" in publics(TEACHER_S_SON)


def test_a_farmer_who_died_reads_as_the_general_scheme_s_public_when_switched_on(monkeypatch):
    assert "salarié du privé" not in publics(FARMER_WIDOW)
    monkeypatch.setattr(survivor_pension, "READ_FARMER_DEAD", True)
    assert "salarié du privé" in publics(FARMER_WIDOW)


@pytest.mark.parametrize(
    "text",
    [
        NO_CAREER_TOLD,
        OWN_RETIREMENT,
        # an artisan's widow: the indépendants have their own réversion fiche, no private employee added
        "Mon mari était artisan menuisier à son compte, il est décédé en mars. Comment toucher sa réversion ?",
        # the writer's own MSA pension, the dead wife's career not told
        "Mon épouse est décédée. Moi je touche une petite retraite de la MSA comme ancien exploitant agricole. "
        "Puis-je avoir une réversion ?",
        # a denial outside a survivor's pension: the writer's own retirement
        "Je n'ai jamais été fonctionnaire, j'ai travaillé à la Poste en CDI puis dans le privé. Je touche ma retraite "
        "de la Carsat depuis un an, puis-je reprendre un petit travail ?",
    ],
)
def test_the_look_alikes_keep_what_they_said(text, monkeypatch):
    for switch in ("READ_DEAD_CAREER", "READ_FARMER_DEAD", "READ_DENIED_PUBLIC", "READ_GENERAL_SCHEME"):
        monkeypatch.setattr(survivor_pension, switch, True)
    every_on = understand(text).qualifiers
    for switch in ("READ_DEAD_CAREER", "READ_FARMER_DEAD", "READ_DENIED_PUBLIC", "READ_GENERAL_SCHEME"):
        monkeypatch.setattr(survivor_pension, switch, False)
    assert understand(text).qualifiers == every_on


def test_the_dead_s_sentences_keep_deaths_and_drop_the_living():
    kept = survivor_pension.dead_sentences(
        "mon mari est decede en mai. il etait cariste chez un transporteur. moi je suis fonctionnaire. "
        "ma mere est veuve depuis"
    )
    assert "cariste" in kept and "veuve" in kept and "fonctionnaire" not in kept


# --- the real search over a subset of the shared fiches

FICHES = "F13104 F21819 F12394 F21820 F2981 F744 F3005 F1544 F16507 F13946 F13845".split()


@pytest.fixture
def pension_fiches(shared_subset):
    shared_subset(FICHES)


def first(text: str) -> str:
    return search(text, k=5)[0].fiche_id


def ranks(text: str) -> list[str]:
    return [hit.fiche_id for hit in search(text, k=10)]


@pytest.mark.shared
@pytest.mark.django_db
def test_the_search_follows_the_dead_s_regime(pension_fiches, monkeypatch):
    on = ranks(MECHANIC_WIDOW)
    assert first(GENDARME_WIDOW) == "F21819"
    own = ranks(OWN_RETIREMENT)
    monkeypatch.setattr(survivor_pension, "READ_DENIED_PUBLIC", False)
    off = ranks(MECHANIC_WIDOW)
    assert ranks(OWN_RETIREMENT) == own  # the writer's own retirement: no survivor's pension, nothing moves
    # the subset is lexical only: the private réversion climbs above the civil servant's orphan pension, to the
    # second place (the whole knowledge base, dense search on, puts it first: r64-010 in docs/benchmarks.md)
    assert off.index("F21820") < off.index("F13104") == 2
    assert on.index("F13104") == 1 and on.index("F21820") > 1
