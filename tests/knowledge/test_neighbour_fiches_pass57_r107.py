"""Fifty-seventh pass, engineer-r107: neighbouring fiches told apart by what the citizen asks.

`guichet.knowledge.neighbour_fiches` reads, in a message, the question that tells two neighbouring fiches apart
(whether a grown child's maintenance is still owed or how to pay it to the child, where the child lives or the
alternating residence, a minor who travels with or without the parents, the other parent who takes the child away,
a contract agent's redeployment, a fine from abroad or a foreign driver's, a birth declared late or a father
recognised before it) and moves the fiche it asks for just ahead of its neighbour in the re-ranked list. Each
reading has its switch. The sentences are fresh ones written for these tests; the batch r107's train items are read
by the real query understanding and, for some, searched end to end on a few fiches.
"""

import pytest

from guichet.corpora import split_of
from guichet.knowledge import neighbour_fiches
from guichet.knowledge.search import search, understand
from tests.batches import batch_item

# switch, a sentence it reads, the fiche it asks for, a look-alike it leaves with every switch on
CASES: tuple[tuple[str, str, str, str], ...] = (
    (
        "READ_STILL_OWED",
        "Ma fille aura 18 ans en mars et elle est en BTS. Est-ce que je dois continuer à verser la pension ?",
        "F10435",
        "Ma fille a 19 ans, je voudrais lui verser directement la pension plutôt qu'à sa mère.",
    ),
    (
        "READ_PAID_TO_CHILD",
        "Mon fils de 20 ans vit en colocation : je voudrais lui verser la pension directement à lui.",
        "F10508",
        "Mon fils a 20 ans, est-ce que je suis encore obligé de payer la pension à sa mère ?",
    ),
    (
        "READ_WHERE_CHILD_LIVES",
        "Nous divorçons : chez qui vont vivre les enfants si on ne se met pas d'accord ?",
        "F18785",
        "Nous divorçons et nous voulons une garde alternée une semaine sur deux, comment faire ?",
    ),
    (
        "READ_ALTERNATING",
        "Séparés depuis l'été, nous voulons passer en résidence alternée pour notre fils. Comment faire ?",
        "F1329",
        "Nous sommes en garde alternée : qui touche les allocations familiales ?",
    ),
    (
        "READ_MINOR_WITHOUT_PARENTS",
        "Notre fils de 14 ans part en voyage scolaire en Espagne sans nous. Quel papier faut-il signer ?",
        "F1359",
        "Nous partons en famille en Grèce avec notre fils de 14 ans, quels papiers lui faut-il ?",
    ),
    (
        "READ_MINOR_WITH_PARENT",
        "Je pars au Portugal avec ma fille de 6 ans en juillet, quels papiers lui faut-il ?",
        "F1922",
        "Ma fille de 6 ans part au Portugal avec sa grand-mère, sans moi : quels papiers lui faut-il ?",
    ),
    (
        "READ_TAKEN_BY_OTHER_PARENT",
        "J'ai peur que son père emmène notre fille en Turquie et ne la ramène pas. Que faire ?",
        "F1774",
        "Mon fils de 16 ans menace de partir seul en Turquie, comment l'en empêcher ?",
    ),
    (
        "READ_CONTRACT_REDEPLOYMENT",
        "Agent contractuel de la commune depuis six ans, mon poste disparaît : doivent-ils me reclasser ?",
        "F32397",
        "Salarié en CDI dans une entreprise privée, mon patron doit-il me reclasser avant de me licencier ?",
    ),
    (
        "READ_FINE_ABROAD",
        "J'ai reçu une amende d'Espagne pour un excès de vitesse pendant mes vacances. Dois-je la payer ?",
        "F15097",
        "Je suis belge et j'ai été flashé près de Lille, est-ce que l'amende me suivra en Belgique ?",
    ),
    (
        "READ_FOREIGN_DRIVER",
        "Je suis suisse, les gendarmes m'ont arrêté sur l'A7 pour vitesse et voulaient que je paie sur place.",
        "F414",
        "J'ai reçu un avis de contravention pour un radar sur la nationale, comment le payer ?",
    ),
    (
        "READ_LATE_BIRTH",
        "Notre fils est né il y a dix jours, nous n'avons pas encore fait la déclaration de naissance. Trop tard ?",
        "F961",
        "Nous ne sommes pas mariés, le père peut-il reconnaître l'enfant avant la naissance ?",
    ),
    (
        "READ_RECOGNITION_BEFORE_BIRTH",
        "Nous ne sommes pas mariés : le papa peut-il reconnaître le bébé avant la naissance ?",
        "F887",
        "Je voudrais une copie intégrale de mon acte de naissance pour mon mariage.",
    ),
)


def _asked(text: str) -> set[str]:
    return {reading.switch for reading in neighbour_fiches.asked_for(understand(text))}


@pytest.fixture
def all_on(monkeypatch):
    """Every reading on, whatever its shipped state: the look-alikes must stay out even then."""
    for switch in neighbour_fiches.SWITCHES:
        monkeypatch.setattr(neighbour_fiches, switch, True)


def test_every_switch_has_a_case_and_ships_as_measured():
    assert {case[0] for case in CASES} == set(neighbour_fiches.SWITCHES)
    # docs/benchmarks.md, fifty-seventh pass, r107: the A/B on train + validation
    assert {switch: getattr(neighbour_fiches, switch) for switch in neighbour_fiches.SWITCHES} == SHIPPED


SHIPPED = {
    "READ_STILL_OWED": True,
    "READ_PAID_TO_CHILD": False,
    "READ_WHERE_CHILD_LIVES": True,
    "READ_ALTERNATING": True,
    "READ_MINOR_WITHOUT_PARENTS": True,
    "READ_MINOR_WITH_PARENT": False,
    "READ_TAKEN_BY_OTHER_PARENT": True,
    "READ_CONTRACT_REDEPLOYMENT": True,
    "READ_FINE_ABROAD": True,
    "READ_FOREIGN_DRIVER": False,
    "READ_LATE_BIRTH": True,
    "READ_RECOGNITION_BEFORE_BIRTH": True,
}


@pytest.mark.parametrize(("switch", "sentence", "fiche", "look_alike"), CASES, ids=[c[0] for c in CASES])
def test_the_switch_reads_its_case_and_only_when_on(monkeypatch, switch, sentence, fiche, look_alike):
    assert neighbour_fiches.SWITCHES[switch].fiche == fiche
    monkeypatch.setattr(neighbour_fiches, switch, True)
    assert switch in _asked(sentence)
    monkeypatch.setattr(neighbour_fiches, switch, False)
    assert switch not in _asked(sentence)


@pytest.mark.parametrize(("switch", "sentence", "fiche", "look_alike"), CASES, ids=[c[0] for c in CASES])
def test_the_look_alike_is_left_alone(all_on, switch, sentence, fiche, look_alike):
    assert switch not in _asked(look_alike)


def _ranked(ids: list[str]) -> tuple[list[dict], list[tuple[int, float, list[str]]]]:
    fiches = [{"fiche_id": fiche} for fiche in ids]
    return fiches, [(position, 10.0 - position, []) for position in range(len(ids))]


def test_the_fiche_goes_just_ahead_of_its_neighbour_and_the_scores_stay(all_on):
    fiches, ranked = _ranked(["F2009", "F10508", "F1249", "F10435", "F1728"])
    query = understand("Mon fils a eu 18 ans le mois dernier, dois-je continuer à payer la pension alimentaire ?")
    moved = neighbour_fiches.tell_apart(query, fiches, ranked)
    assert [fiches[entry[0]]["fiche_id"] for entry in moved] == ["F2009", "F10435", "F10508", "F1249", "F1728"]
    assert [entry[1] for entry in moved] == [entry[1] for entry in ranked]


def test_a_fiche_too_far_below_or_without_its_neighbour_stays(all_on, monkeypatch):
    query = understand("Mon fils a eu 18 ans le mois dernier, dois-je continuer à payer la pension alimentaire ?")
    fiches, ranked = _ranked(["F10508", *(f"F{900 + i}" for i in range(8)), "F10435"])
    assert neighbour_fiches.tell_apart(query, fiches, ranked) == ranked
    fiches, ranked = _ranked(["F1249", "F1728", "F10435"])
    assert neighbour_fiches.tell_apart(query, fiches, ranked) == ranked
    monkeypatch.setattr(neighbour_fiches, "READ_STILL_OWED", False)
    fiches, ranked = _ranked(["F10508", "F10435"])
    assert neighbour_fiches.tell_apart(query, fiches, ranked) == ranked


def test_one_switch_off_leaves_the_others(monkeypatch, all_on):
    monkeypatch.setattr(neighbour_fiches, "READ_FINE_ABROAD", False)
    text = "Je suis belge, flashé en Italie puis arrêté en France par les gendarmes : je dois payer sur place ?"
    assert "READ_FINE_ABROAD" not in _asked(text)
    assert "READ_FOREIGN_DRIVER" in _asked(text)


# train items of batch r107 each reading was written for
BATCH = {
    "r107-001": "READ_WHERE_CHILD_LIVES",
    "r107-013": "READ_MINOR_WITHOUT_PARENTS",
    "r107-016": "READ_TAKEN_BY_OTHER_PARENT",
    "r107-030": "READ_CONTRACT_REDEPLOYMENT",
    "r107-045": "READ_LATE_BIRTH",
}


@pytest.mark.parametrize("item_id", sorted(BATCH))
def test_the_batch_train_items_are_read_as_shipped(item_id):
    item = batch_item("retrieval", "r107", item_id, train=True)
    assert getattr(neighbour_fiches, BATCH[item_id])
    assert BATCH[item_id] in _asked(f"{item['title']}\n{item['message']}")


# end to end on a few fiches (lexical search only): train items whose gold the start code put below its neighbour
FICHES = "F10435 F10508 F1728 F991 F1249 F32397 F34670 F515 F549 F3030 F15097 F414 F18509".split()


@pytest.fixture
def neighbour_subset(shared_subset):
    shared_subset(FICHES)


@pytest.mark.shared
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("batch", "item_id", "switch", "gold", "neighbour"),
    [
        ("r105", "r105-025", "READ_STILL_OWED", "F10435", "F10508"),
        ("v90-unseen", "v90-022", "READ_STILL_OWED", "F10435", "F10508"),
        ("r104", "r104-034", "READ_CONTRACT_REDEPLOYMENT", "F32397", "F34670"),
        ("r107", "r107-030", "READ_CONTRACT_REDEPLOYMENT", "F32397", "F34670"),
        ("r104", "r104-019", "READ_FINE_ABROAD", "F15097", "F414"),
        ("v69-unseen", "v69-022", "READ_FINE_ABROAD", "F15097", "F414"),
    ],
)
def test_batch_items_come_ahead_of_the_neighbour_only_with_the_switch_on(
    batch, item_id, switch, gold, neighbour, neighbour_subset, monkeypatch
):
    assert split_of(item_id) == "train"
    item = batch_item("retrieval", batch, item_id, train=True)

    def order() -> list[str]:
        found = [hit.fiche_id for hit in search(f"{item['title']}\n{item['message']}", k=10)]
        return [fiche for fiche in found if fiche in (gold, neighbour)]

    assert order() == [gold, neighbour]
    monkeypatch.setattr(neighbour_fiches, switch, False)
    assert order() == [neighbour, gold]
