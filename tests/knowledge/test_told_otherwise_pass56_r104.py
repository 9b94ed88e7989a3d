"""Fifty-sixth pass, engineer-r104: the car, working life and the civil service told the writer's own way.

A car sold told by its brand or model points to F1707 (`vehicles.READ_CAR_SOLD_BY_NAME`); the car's certificate lost
or spoilt to F1726 (`READ_CAR_PAPER_LOST`), wrong to F16868 (`READ_CAR_PAPER_WRONG`); a fine from another country to
F15097 (`READ_FINE_FROM_ABROAD`). A civil servant who resigns and asks for the unemployment benefit points to F35382
(`working_life.READ_CIVIL_RESIGNATION_BENEFIT`); a trainee not tenured to F1564 (`READ_TRAINEE_NOT_TENURED`), one who
asks when to F18933 (`READ_TRAINEE_WHEN_TENURED`); a post cut to F3030 (`READ_POST_CUT`); a civil servant who can no
longer do their job to F549 (`READ_REDEPLOYMENT`); an employee who leaves for a project to F89 / F34991
(`READ_LEAVING_FOR_BENEFIT`); overtime told as Saturdays or a week's hours to F2391 and its civil-service siblings
(`READ_OVERTIME_TOLD`). The sentences are fresh ones written for these tests; the batch r104's train items are read by
the real vocabulary (`find_every`) and, for two of them, searched end to end.
"""

from types import ModuleType

import pytest

from guichet.corpora import split_of
from guichet.knowledge import vehicles, working_life
from guichet.knowledge.search import search
from guichet.knowledge.terms import Term
from guichet.knowledge.vocabulary import find_every
from tests.batches import batch_item

# switch's module, switch, a sentence it reads, the fiche it points to, a look-alike it leaves with every switch on
CASES: tuple[tuple[ModuleType, str, str, str, str], ...] = (
    (
        vehicles,
        "READ_CAR_SOLD_BY_NAME",
        "Bonjour, j'ai vendu ma Corsa à ma voisine hier. Je dois signaler quelque chose à la préfecture ?",
        "F1707",
        "Un particulier me vend sa Corsa de 2015, est-ce un bon prix pour 6 000 euros ?",
    ),
    (
        vehicles,
        "READ_CAR_PAPER_LOST",
        "Je ne retrouve plus le certificat de ma Yaris depuis le week-end. Comment en refaire un ?",
        "F1726",
        "On m'a volé ma voiture devant chez moi cette nuit avec tout dedans, que dois-je faire ?",
    ),
    (
        vehicles,
        "READ_CAR_PAPER_WRONG",
        "Sur le certificat de ma voiture, ma date de naissance est à l'envers. Qui doit le corriger ?",
        "F16868",
        "Je me suis mariée en juin, faut-il changer mon nom sur la carte grise ?",
    ),
    (
        vehicles,
        "READ_FINE_FROM_ABROAD",
        "Je viens de recevoir un PV d'Autriche, un radar sur l'autoroute pendant le ski. Dois-je le payer ?",
        "F15097",
        "Je suis belge et j'ai été flashé à Lille la semaine dernière : l'amende me suivra en Belgique ?",
    ),
    (
        working_life,
        "READ_CIVIL_RESIGNATION_BENEFIT",
        "Professeure des écoles, je démissionne en juillet pour m'installer à mon compte. Aurai-je droit au chômage ?",
        "F35382",
        "Je suis titulaire à la mairie et je voudrais une rupture conventionnelle pour toucher le chômage.",
    ),
    (
        working_life,
        "READ_TRAINEE_NOT_TENURED",
        "Gardien de la paix stagiaire, on m'a annoncé que je ne serai pas titularisé. Que va-t-il se passer ?",
        "F1564",
        "Stagiaire à la commune, le médecin agréé me dit inapte : est-ce qu'on peut refuser de me titulariser ?",
    ),
    (
        working_life,
        "READ_TRAINEE_WHEN_TENURED",
        "Je suis stagiaire au département depuis six mois : quand est-ce que je serai titularisée ?",
        "F18933",
        "Mon stage de fonctionnaire a été prolongé après mon congé maternité, quand serai-je titularisée ?",
    ),
    (
        working_life,
        "READ_POST_CUT",
        "Agent titulaire de la communauté de communes, mon poste est supprimé au 1er janvier. On doit me reclasser ?",
        "F3030",
        "Mon entreprise supprime mon poste en CDI pour raison économique, quelles indemnités ?",
    ),
    (
        working_life,
        "READ_REDEPLOYMENT",
        "Agente de la mairie, mon médecin dit que je ne peux plus porter les enfants à la crèche après mon opération. "
        "La mairie doit-elle me trouver un autre poste ?",
        "F549",
        "Salariée en CDI, mon médecin dit que je ne peux plus porter de charges, mon patron doit-il me reclasser ?",
    ),
    (
        working_life,
        "READ_LEAVING_FOR_BENEFIT",
        "Vendeur depuis dix ans, je veux quitter mon boulot pour devenir boulanger. Est-ce que je serai indemnisé ?",
        "F89",
        "J'ai donné ma démission hier sur un coup de colère, je regrette, je peux revenir sur ma démission ?",
    ),
    (
        working_life,
        "READ_OVERTIME_TOLD",
        "Mon patron me fait venir tous les samedis matin et rien de plus sur la paie. Il a le droit ?",
        "F2391",
        "Le centre de loisirs est fermé les samedis matin, qui peut garder mes enfants et est-ce payé ?",
    ),
)
NEW = {case[1] for case in CASES}


def _pointed(text: str, term: Term) -> bool:
    return any(found.term == term for found in find_every(text))


def _text(item: dict) -> str:
    return f"{item['title']}\n{item['message']}"


@pytest.fixture
def all_on(monkeypatch):
    """Every reading of the two modules on, whatever its shipped state: the look-alikes must stay out even then."""
    for module in (vehicles, working_life):
        for switch in module.SWITCHES:
            monkeypatch.setattr(module, switch, True)


def test_every_new_switch_has_a_case_and_ships_as_measured():
    assert NEW <= set(vehicles.SWITCHES) | set(working_life.SWITCHES)
    shipped = {case[1]: getattr(case[0], case[1]) for case in CASES}
    # docs/benchmarks.md, fifty-sixth pass, r104: the A/B on train + validation
    assert shipped == SHIPPED


SHIPPED = {
    "READ_CAR_SOLD_BY_NAME": True,
    "READ_CAR_PAPER_LOST": True,
    "READ_CAR_PAPER_WRONG": True,
    "READ_FINE_FROM_ABROAD": True,
    "READ_CIVIL_RESIGNATION_BENEFIT": True,
    "READ_TRAINEE_NOT_TENURED": True,
    "READ_TRAINEE_WHEN_TENURED": True,
    "READ_POST_CUT": True,
    "READ_REDEPLOYMENT": True,
    "READ_LEAVING_FOR_BENEFIT": True,
    "READ_OVERTIME_TOLD": True,
}


@pytest.mark.parametrize(("module", "switch", "sentence", "fiche", "look_alike"), CASES, ids=[c[1] for c in CASES])
def test_the_switch_reads_its_case_and_only_when_on(monkeypatch, module, switch, sentence, fiche, look_alike):
    term = module.SWITCHES[switch]
    assert fiche in term.fiches
    monkeypatch.setattr(module, switch, True)
    assert _pointed(sentence, term)
    monkeypatch.setattr(module, switch, False)
    assert not _pointed(sentence, term)


@pytest.mark.parametrize(("module", "switch", "sentence", "fiche", "look_alike"), CASES, ids=[c[1] for c in CASES])
def test_the_look_alike_is_left_alone(all_on, module, switch, sentence, fiche, look_alike):
    assert not _pointed(look_alike, module.SWITCHES[switch])


def test_one_switch_off_leaves_the_others(monkeypatch, all_on):
    monkeypatch.setattr(vehicles, "READ_CAR_SOLD_BY_NAME", False)
    sold = "J'ai vendu ma Clio et j'ai perdu la carte grise de ma Twingo."
    assert not _pointed(sold, vehicles.SWITCHES["READ_CAR_SOLD_BY_NAME"])
    assert _pointed(sold, vehicles.SWITCHES["READ_CAR_PAPER_LOST"])


# train items of batch r104 each reading was written for (their gold was below the first with the start code)
BATCH = {
    "r104-001": (vehicles, "READ_CAR_SOLD_BY_NAME"),
    "r104-009": (vehicles, "READ_CAR_PAPER_LOST"),
    "r104-014": (vehicles, "READ_CAR_PAPER_WRONG"),
    "r104-023": (vehicles, "READ_FINE_FROM_ABROAD"),
    "r104-026": (working_life, "READ_CIVIL_RESIGNATION_BENEFIT"),
    "r104-027": (working_life, "READ_TRAINEE_NOT_TENURED"),
    "r104-038": (working_life, "READ_LEAVING_FOR_BENEFIT"),
    "r104-043": (working_life, "READ_OVERTIME_TOLD"),
}


@pytest.mark.parametrize("item_id", sorted(BATCH))
def test_the_batch_train_items_are_read_as_shipped(item_id):
    module, switch = BATCH[item_id]
    item = batch_item("retrieval", "r104", item_id, train=True)
    assert getattr(module, switch)
    assert _pointed(_text(item), module.SWITCHES[switch])


# end to end on a few fiches: the gold and the fiches the start code put above it
FICHES = "F1707 F17375 F31329 F2664 F1050 F15097 F414 F1685 F35218 F2404 F1358 F35443 F18509".split()


@pytest.fixture
def car_fiches(shared_subset):
    shared_subset(FICHES)


@pytest.mark.shared
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("item_id", "switch", "gold"),
    [("r104-001", "READ_CAR_SOLD_BY_NAME", "F1707"), ("r104-023", "READ_FINE_FROM_ABROAD", "F15097")],
)
def test_batch_train_items_come_first_and_not_with_the_switch_off(item_id, switch, gold, car_fiches, monkeypatch):
    assert split_of(item_id) == "train"
    item = batch_item("retrieval", "r104", item_id, train=True)

    def first() -> str:
        return search(_text(item), k=5, administration=item["administration"])[0].fiche_id

    assert first() == gold
    monkeypatch.setattr(vehicles, switch, False)
    assert first() != gold
