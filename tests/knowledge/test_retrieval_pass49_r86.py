"""Forty-ninth pass, engineer-r86: after a death, the step asked first.

A sum paid to the family after a death points to the capital décès, F3005 and F1544 (`death_steps.READ_SUM_TO_FAMILY`);
refusing or accepting the inheritance asked points to F1199 « Accepter ou renoncer à la succession » alone
(`READ_REFUSE_ESTATE`), not where the funeral's cost or every heir's refusal is the question; the guide « Je dois
faire face au décès d'un proche » (F16507) gives the first place to the fiche after it when one step only is asked
(`READ_GUIDE_GIVES_WAY`, shipped off). Messages written fresh for these tests, none from a corpus; the search runs
the real pipeline over a subset of the shared fiches.
"""

import pytest

from guichet.knowledge import death_steps
from guichet.knowledge.query import understand
from guichet.knowledge.search import search
from guichet.knowledge.vocabulary import find_every
from tests.knowledge.vocabulary_helpers import pointed_by_every as pointed

SUM_TO_FAMILY = (
    "Mon frère est décédé le mois dernier sur un chantier, il était coffreur en CDI. Le délégué du personnel nous a "
    "dit qu'un montant est versé directement à la famille. Ma belle-sœur peut le demander où ?"
)
REFUSE = (
    "Ma mère est morte il y a six semaines et j'ai reçu trois lettres de sa banque pour un prêt. Je voudrais renoncer "
    "à la succession : c'est au tribunal qu'il faut écrire ?"
)
FUNERAL_AFTER_REFUSAL = (
    "Mon oncle est décédé, je veux refuser l'héritage car il avait des dettes. Les pompes funèbres m'envoient "
    "pourtant la facture de 3 100 euros, dois-je la payer ?"
)
ALL_REFUSED = (
    "Notre grand-père est mort l'an dernier et tous les petits-enfants ont renoncé à la succession. Qui vide son "
    "appartement maintenant ?"
)
ONE_STEP = (
    "mon mari est mort hier soir à la maison, le médecin est passé. je dois aller à la mairie pour déclarer le "
    "décès aujourd'hui ou demain ?"
)
# the guide's own words told, one step asked (the lexical subset puts the guide first with the switch off)
ONE_STEP_IN_THE_GUIDE_S_WORDS = (
    "Décès de mon mari : je dois faire face au décès d'un proche pour la première fois. Est-ce que je dois déclarer "
    "le décès à la mairie moi-même ?"
)
WHERE_TO_BEGIN = (
    "Ma sœur vient de mourir à l'hôpital, je suis seul pour tout. Par où commencer, et qu'est-ce qu'il faut faire "
    "en premier ?"
)


def test_the_shipped_switches():
    assert death_steps.READ_SUM_TO_FAMILY is True
    assert death_steps.READ_REFUSE_ESTATE is True
    assert death_steps.READ_GUIDE_GIVES_WAY is False


def test_a_sum_paid_to_the_family_after_a_death_points_to_the_capital_deces(monkeypatch):
    assert {"F3005", "F1544"} <= pointed(SUM_TO_FAMILY)
    monkeypatch.setattr(death_steps, "READ_SUM_TO_FAMILY", False)
    assert not {"F3005", "F1544"} & pointed(SUM_TO_FAMILY)


@pytest.mark.parametrize(
    "text",
    [
        # a sum asked with no death told
        "Mon fils de 19 ans travaille en intérim, une somme est-elle versée aux enfants quand ils ont un premier "
        "emploi ?",
        # a life insurance is the insurer's business, not the Sécurité sociale's capital
        "Mon père est décédé en mai : l'assurance vie prévoit une somme versée aux enfants, comment la réclamer ?",
    ],
)
def test_a_sum_without_a_death_or_from_an_insurer_is_left_alone(text):
    assert not [found for found in find_every(text) if found.term in death_steps.DEATH_STEP_TERMS]


def test_refusing_the_inheritance_points_to_the_option_alone(monkeypatch):
    found = [found.term for found in find_every(REFUSE) if found.term in death_steps.DEATH_STEP_TERMS]
    assert [term.fiches for term in found] == [("F1199",)]
    monkeypatch.setattr(death_steps, "READ_REFUSE_ESTATE", False)
    assert not [found for found in find_every(REFUSE) if found.term in death_steps.DEATH_STEP_TERMS]


@pytest.mark.parametrize("text", [FUNERAL_AFTER_REFUSAL, ALL_REFUSED])
def test_the_funeral_s_cost_and_every_heir_s_refusal_are_left_alone(text):
    assert not [found for found in find_every(text) if found.term in death_steps.DEATH_STEP_TERMS]


def test_one_step_asked_lets_the_guide_give_way_only_when_switched_on(monkeypatch):
    query = understand(ONE_STEP)
    assert death_steps.asked_steps(query) == {"declaration"}
    assert not death_steps.guide_gives_way(query)
    monkeypatch.setattr(death_steps, "READ_GUIDE_GIVES_WAY", True)
    assert death_steps.guide_gives_way(query)


def test_where_to_begin_or_several_steps_keep_the_guide(monkeypatch):
    monkeypatch.setattr(death_steps, "READ_GUIDE_GIVES_WAY", True)
    assert not death_steps.guide_gives_way(understand(WHERE_TO_BEGIN))
    several = "Mon père est mort. Faut-il aller à la mairie ? Et la banque va bloquer son compte ?"
    assert death_steps.asked_steps(understand(several)) == {"declaration", "bank"}
    assert not death_steps.guide_gives_way(understand(several))


# --- the real search over a subset of the shared fiches

FICHES = (
    "F16507 F909 F1444 F14935 F17059 F1451 F3005 F1544 F21820 F13104 F1199 F21571 F34849 F1270 F2529 F80 F14198 "
    "F1725 F1170 F2278 F1057 F744"
).split()


@pytest.fixture
def death_fiches(shared_subset):
    shared_subset(FICHES)


def first(text: str) -> str:
    return search(text, k=5)[0].fiche_id


def ranks(text: str) -> list[str]:
    return [hit.fiche_id for hit in search(text, k=10)]


@pytest.mark.shared
@pytest.mark.django_db
def test_the_search_puts_the_step_asked_first(death_fiches, monkeypatch):
    assert first(SUM_TO_FAMILY) in {"F3005", "F1544"}
    assert first(REFUSE) == "F1199"
    assert first(FUNERAL_AFTER_REFUSAL) == "F17059"
    monkeypatch.setattr(death_steps, "READ_REFUSE_ESTATE", False)
    assert first(FUNERAL_AFTER_REFUSAL) == "F17059"


@pytest.mark.shared
@pytest.mark.django_db
def test_the_guide_gives_way_in_the_search_only_when_switched_on(death_fiches, monkeypatch):
    off = ranks(ONE_STEP_IN_THE_GUIDE_S_WORDS)
    monkeypatch.setattr(death_steps, "READ_GUIDE_GIVES_WAY", True)
    on = ranks(ONE_STEP_IN_THE_GUIDE_S_WORDS)
    assert off[0] == death_steps.GUIDE
    assert on[:2] == ["F909", death_steps.GUIDE] and on[:2] == [off[1], off[0]] and on[2:] == off[2:]
    # where to begin: the guide stays first, the switch on
    assert ranks(WHERE_TO_BEGIN)[0] == death_steps.GUIDE
