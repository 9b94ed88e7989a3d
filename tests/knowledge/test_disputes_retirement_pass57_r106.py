"""Fifty-seventh pass, engineer-r106: justice, disputes and retirement told in the writer's words.

Each switch of `guichet.knowledge.disputes_retirement` is shown to matter: a fresh sentence it reads (its fiche pointed
with the switch on, not with it off) and a look-alike it leaves alone with every switch on; the batch r106's train
items each switch was written for are read by the real vocabulary (`find_every`); the two switches shipped on are
run through the real search over a subset of the shared fiches.
"""

import pytest

from guichet.knowledge import disputes_retirement
from guichet.knowledge.search import search
from guichet.knowledge.vocabulary import find_every
from tests.batches import batch_item

# switch, a sentence it reads, the fiche it points to, a look-alike it leaves
CASES = (
    (
        "READ_FREE_SETTLEMENT",
        "Le carreleur a mal posé mon carrelage et refuse de revenir. Existe-t-il quelqu'un de neutre pour nous aider "
        "à trouver un arrangement sans aller devant le juge ?",
        "F1736",
        "Mon employeur refuse de payer mes primes : existe-t-il quelqu'un de neutre pour trouver un arrangement sans "
        "aller devant le juge ?",
    ),
    (
        "READ_JUDGMENT_UNPAID",
        "Le tribunal a condamné mon ancien voisin à me rembourser 1 200 €, et depuis il ne paie toujours rien.",
        "F1780",
        "L'homme qui m'a agressé a été condamné par le tribunal correctionnel à me payer 900 €, il ne paie rien.",
    ),
    (
        "READ_WAGES_OWED_COURT",
        "Mon employeur me doit deux mois de salaire, je veux l'attaquer : où dois-je aller ?",
        "F2360",
        "Je suis assistante maternelle, le particulier employeur me doit deux mois, je veux l'attaquer.",
    ),
    (
        "READ_RETIREMENT_STEPS",
        "Je compte partir à la retraite en mars prochain : combien de temps avant dois-je envoyer ma demande ?",
        "F13941",
        "Mon mari est décédé, il touchait sa retraite : combien de temps avant dois-je envoyer ma demande de "
        "réversion ?",
    ),
    (
        "READ_YEARS_COUNTED",
        "Est-ce que mon service militaire de 1985 compte pour ma retraite ?",
        "F1761",
        "Est-ce que mes années de chômage comptent pour ma retraite ?",
    ),
    (
        "READ_LEAVING_AGE",
        "Je suis né en 1964, à partir de quand je pourrai partir à la retraite ?",
        "F14043",
        "J'ai commencé à travailler à 16 ans, à partir de quand je pourrai partir à la retraite ?",
    ),
)
SHIPPED_ON = {"READ_RETIREMENT_STEPS", "READ_LEAVING_AGE"}


def _pointed(text: str, term) -> bool:
    return any(found.term == term for found in find_every(text))


def _text(item: dict) -> str:
    return f"{item['title']}\n{item['message']}"


@pytest.fixture
def all_on(monkeypatch):
    for name in disputes_retirement.SWITCHES:
        monkeypatch.setattr(disputes_retirement, name, True)


def test_every_switch_has_a_case_and_the_shipped_state():
    assert set(disputes_retirement.SWITCHES) == {case[0] for case in CASES}
    on = {switch for switch in disputes_retirement.SWITCHES if getattr(disputes_retirement, switch)}
    assert on == SHIPPED_ON


@pytest.mark.parametrize(("switch", "sentence", "fiche", "look_alike"), CASES, ids=[case[0] for case in CASES])
def test_the_switch_reads_its_case_and_only_when_on(monkeypatch, switch, sentence, fiche, look_alike):
    term = disputes_retirement.SWITCHES[switch]
    assert fiche in term.fiches
    monkeypatch.setattr(disputes_retirement, switch, True)
    assert _pointed(sentence, term)
    monkeypatch.setattr(disputes_retirement, switch, False)
    assert not _pointed(sentence, term)


@pytest.mark.parametrize(("switch", "sentence", "fiche", "look_alike"), CASES, ids=[case[0] for case in CASES])
def test_the_look_alike_is_left_alone(all_on, switch, sentence, fiche, look_alike):
    assert not any(found.term in disputes_retirement.DISPUTES_RETIREMENT_TERMS for found in find_every(look_alike))


@pytest.mark.parametrize(
    "text",
    [
        "Caisse de retraite de ma mère en Ehpad : quelles démarches pour l'aide au logement ?",  # a care home
        "J'attends mon deuxième enfant : à partir de quand je dois arrêter de travailler ?",  # a maternity leave
        "Je vais avoir 67 ans et continuer à travailler sans demander ma retraite : à qui m'adresser ?",
        "On a trouvé un terrain d'entente grâce à un conciliateur avec mon voisin, comment le faire valider ?",
        "Mes années d'études comptent pour ma retraite ?",  # bought back, F15675
    ],
)
def test_more_look_alikes_stay_out(all_on, text):
    assert not any(found.term in disputes_retirement.DISPUTES_RETIREMENT_TERMS for found in find_every(text))


def test_one_switch_off_leaves_the_others(all_on, monkeypatch):
    monkeypatch.setattr(disputes_retirement, "READ_LEAVING_AGE", False)
    text = (
        "Je suis né en 1963, à quel âge je peux partir à la retraite ? Et je compte partir en juin : quand est-ce "
        "que je dois faire ma demande ?"
    )
    pointed = {found.term for found in find_every(text)}
    assert disputes_retirement.SWITCHES["READ_LEAVING_AGE"] not in pointed
    assert disputes_retirement.SWITCHES["READ_RETIREMENT_STEPS"] in pointed


# train items of batch r106 each switch was written for (their gold below the first with the start code, but
# r106-001, a look-alike that already had it first)
BATCH = {
    "r106-001": "READ_LEAVING_AGE",
    "r106-004": "READ_YEARS_COUNTED",
    "r106-007": "READ_RETIREMENT_STEPS",
    "r106-017": "READ_WAGES_OWED_COURT",
    "r106-035": "READ_FREE_SETTLEMENT",
    "r106-040": "READ_JUDGMENT_UNPAID",
}


@pytest.mark.parametrize("item_id", sorted(BATCH))
def test_the_batch_train_items_are_read_when_on(item_id, monkeypatch):
    switch = BATCH[item_id]
    text = _text(batch_item("retrieval", "r106", item_id, train=True))
    monkeypatch.setattr(disputes_retirement, switch, True)
    assert _pointed(text, disputes_retirement.SWITCHES[switch])
    monkeypatch.setattr(disputes_retirement, switch, False)
    assert not _pointed(text, disputes_retirement.SWITCHES[switch])


@pytest.mark.parametrize(
    "item_id", ["r106-005", "r106-009", "r106-018", "r106-026", "r106-033", "r106-037", "r106-038", "r106-041"]
)
def test_the_batch_look_alikes_are_not_read(item_id, all_on):
    item = batch_item("retrieval", "r106", item_id)
    assert not any(found.term in disputes_retirement.DISPUTES_RETIREMENT_TERMS for found in find_every(_text(item)))


FICHES = "F13941 F31541 F15396 F17904 F14043 F2786 F33324 F32128 F13845 F21552 F19643 F13243".split()


@pytest.fixture
def retirement_fiches(shared_subset):
    shared_subset(FICHES)


def first(text: str) -> str:
    return search(text, k=5)[0].fiche_id


@pytest.mark.django_db
def test_the_steps_come_first_through_the_search(retirement_fiches, monkeypatch):
    text = (
        "Je compte partir à la retraite le 1er octobre, j'ai tous mes trimestres. Combien de temps avant dois-je "
        "faire ma demande, et pour la complémentaire Agirc-Arrco c'est un dossier à part ?"
    )
    monkeypatch.setattr(disputes_retirement, "READ_RETIREMENT_STEPS", True)
    assert first(text) == "F13941"
    monkeypatch.setattr(disputes_retirement, "READ_RETIREMENT_STEPS", False)
    assert first(text) != "F13941"


@pytest.mark.django_db
def test_the_leaving_age_comes_first_through_the_search(retirement_fiches, monkeypatch):
    text = "Âgé de 61 ans, puis-je cesser mon activité et percevoir ma pension l'an prochain ?"
    monkeypatch.setattr(disputes_retirement, "READ_LEAVING_AGE", True)
    assert first(text) == "F14043"
    monkeypatch.setattr(disputes_retirement, "READ_LEAVING_AGE", False)
    assert first(text) != "F14043"
