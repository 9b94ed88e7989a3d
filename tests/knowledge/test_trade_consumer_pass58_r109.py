"""Fifty-eighth pass, engineer-r109: the self-employed's and the consumer's neighbouring fiches told apart, a business
put on hold and a consumer credit regretted read in the writer's words.

`guichet.knowledge.trade_neighbours` reads the question that tells a micro-entrepreneur's fiches apart (when the
turnover is declared, a ceiling passed, becoming one) and the consumer's (a paid extension of guarantee, a seller
who sends a broken product to the maker, an online order to send back), and moves the fiche it asks for just ahead
of its neighbour in the re-ranked list. `guichet.knowledge.trade_terms` adds two vocabulary entries whose fiche the
message's words miss. Each reading has its switch. The sentences are fresh ones written for these tests.
"""

import pytest

from guichet.knowledge import neighbour_fiches, trade_neighbours, trade_terms
from guichet.knowledge.search import understand
from guichet.knowledge.vocabulary import find_every

# switch, a sentence it reads, the fiche it asks for, a look-alike it leaves with every switch on
CASES: tuple[tuple[str, str, str, str], ...] = (
    (
        "READ_WHEN_TURNOVER",
        "Auto-entrepreneur depuis mai : mon chiffre d'affaires, je le déclare tous les mois ou chaque trimestre ?",
        "F23257",
        "Je suis auto-entrepreneur depuis mai : est-ce que je dois prendre une assurance pour mes clients ?",
    ),
    (
        "READ_CEILING_PASSED",
        "Micro-entrepreneur en conseil, je vais dépasser le plafond cette année : je perds le régime ?",
        "F32353",
        "Micro-entrepreneur, je vais dépasser le seuil de la franchise de TVA : dois-je facturer la TVA ?",
    ),
    (
        "READ_BECOMING",
        "Je suis salariée en CDI, est-ce que je peux devenir auto-entrepreneur à côté pour vendre mes bijoux ?",
        "F23961",
        "Je veux créer ma micro-entreprise de jardinage, c'est où qu'on s'inscrit ?",
    ),
    (
        "READ_PAID_EXTENSION",
        "Le vendeur m'a vendu une extension de garantie de trois ans pour le frigo, elle sert à quoi exactement ?",
        "F11093",
        "Mon frigo acheté il y a un an est en panne et le magasin me renvoie vers le fabricant.",
    ),
    (
        "READ_SENT_TO_MAKER",
        "Ma tablette achetée il y a huit mois ne s'allume plus et le magasin me dit de voir avec la marque.",
        "F11094",
        "Le magasin me propose une garantie payante de 2 ans en plus pour ma tablette, c'est utile ?",
    ),
    (
        "READ_ONLINE_WITHDRAWAL",
        "J'ai commandé un manteau sur un site internet, il ne me plaît pas : je peux le renvoyer et être remboursée ?",
        "F10485",
        "J'ai commandé un manteau sur un site internet il y a un mois et le colis n'est jamais arrivé.",
    ),
    (
        "READ_REGISTERING",
        "Je lance ma micro-entreprise de couture : où est-ce qu'on s'inscrit, sur quel site ?",
        "F23264",
        "Micro-entrepreneur depuis deux ans, je veux savoir combien de cotisations je paie.",
    ),
    (
        "READ_CFE_AT_HOME",
        "Graphiste en micro-entreprise, je travaille chez moi sans aucun local : pourquoi un avis de CFE ?",
        "F32389",
        "Je dois m'immatriculer comme artisan : c'est quoi le CFE dont je dépends ?",
    ),
    (
        "READ_CFE_FIRST_YEAR",
        "J'ai créé mon entreprise en mars et je reçois déjà un avis de CFE pour la première année, c'est normal ?",
        "F23999",
        "Je suis expatriée, je voudrais adhérer à la CFE pour ma première année au Canada.",
    ),
    (
        "READ_MICRO_CLOSING",
        "Je veux fermer mon auto-entreprise de ménage, ça ne marche pas : comment je fais ?",
        "F20678",
        "Auto-entrepreneur, je veux mettre mon activité en pause quelques mois sans la fermer.",
    ),
)

SHIPPED = {
    "READ_WHEN_TURNOVER": True,
    "READ_CEILING_PASSED": True,
    "READ_BECOMING": False,
    "READ_PAID_EXTENSION": False,
    "READ_SENT_TO_MAKER": True,
    "READ_ONLINE_WITHDRAWAL": False,
    "READ_REGISTERING": False,
    "READ_CFE_AT_HOME": False,
    "READ_CFE_FIRST_YEAR": False,
    "READ_MICRO_CLOSING": False,
}


def _asked(text: str) -> set[str]:
    return {reading.switch for reading in trade_neighbours.asked_for(understand(text))}


@pytest.fixture
def all_on(monkeypatch):
    """Every reading on, whatever its shipped state: the look-alikes must stay out even then."""
    for switch in trade_neighbours.SWITCHES:
        monkeypatch.setattr(trade_neighbours, switch, True)
    for switch in trade_terms.SWITCHES:
        monkeypatch.setattr(trade_terms, switch, True)


def test_every_switch_has_a_case_and_ships_as_measured():
    assert {case[0] for case in CASES} == set(trade_neighbours.SWITCHES)
    # docs/benchmarks.md, fifty-eighth pass, r109: the A/B on train + validation
    assert {switch: getattr(trade_neighbours, switch) for switch in trade_neighbours.SWITCHES} == SHIPPED
    assert {switch: getattr(trade_terms, switch) for switch in trade_terms.SWITCHES} == TERMS_SHIPPED


@pytest.mark.parametrize(("switch", "sentence", "fiche", "look_alike"), CASES, ids=[c[0] for c in CASES])
def test_the_switch_reads_its_case_and_only_when_on(monkeypatch, switch, sentence, fiche, look_alike):
    assert trade_neighbours.SWITCHES[switch].fiche == fiche
    monkeypatch.setattr(trade_neighbours, switch, True)
    assert switch in _asked(sentence)
    monkeypatch.setattr(trade_neighbours, switch, False)
    assert switch not in _asked(sentence)


@pytest.mark.parametrize(("switch", "sentence", "fiche", "look_alike"), CASES, ids=[c[0] for c in CASES])
def test_the_look_alike_is_left_alone(all_on, switch, sentence, fiche, look_alike):
    assert switch not in _asked(look_alike)


def _ranked(ids: list[str]) -> tuple[list[dict], list[tuple[int, float, list[str]]]]:
    fiches = [{"fiche_id": fiche} for fiche in ids]
    return fiches, [(position, 10.0 - position, []) for position in range(len(ids))]


def test_the_fiche_goes_just_ahead_of_its_neighbour_and_the_scores_stay(all_on):
    fiches, ranked = _ranked(["F23264", "F23266", "F23257", "F20678"])
    query = understand("Auto-entrepreneur depuis mars, je dois déclarer mon chiffre d'affaires tous les trois mois ?")
    moved = trade_neighbours.tell_apart(query, fiches, ranked)
    assert [fiches[entry[0]]["fiche_id"] for entry in moved] == ["F23257", "F23264", "F23266", "F20678"]
    assert [entry[1] for entry in moved] == [entry[1] for entry in ranked]


def test_a_fiche_without_its_neighbour_above_or_switched_off_stays(all_on, monkeypatch):
    query = understand("Mon lave-vaisselle acheté il y a un an est en panne, le vendeur me renvoie vers le fabricant.")
    # a fiche above that is not its neighbour: no move
    fiches, ranked = _ranked(["F10485", "F11094", "F11093"])
    assert trade_neighbours.tell_apart(query, fiches, ranked) == ranked
    fiches, ranked = _ranked(["F11093", "F11094"])
    assert [fiches[e[0]]["fiche_id"] for e in trade_neighbours.tell_apart(query, fiches, ranked)] == [
        "F11094",
        "F11093",
    ]
    monkeypatch.setattr(trade_neighbours, "READ_SENT_TO_MAKER", False)
    assert trade_neighbours.tell_apart(query, fiches, ranked) == ranked


def test_the_shared_move_is_the_one_neighbour_fiches_uses(all_on):
    """`neighbour_fiches.move_ahead` is the move both modules share: its reach is the caller's."""
    reading = trade_neighbours.SWITCHES["READ_PAID_EXTENSION"]
    fiches, ranked = _ranked(["F11094", "F1", "F2", "F3", "F11093"])
    assert neighbour_fiches.move_ahead([reading], fiches, ranked, 3) == ranked
    moved = neighbour_fiches.move_ahead([reading], fiches, ranked, 4)
    assert [fiches[e[0]]["fiche_id"] for e in moved] == ["F11093", "F11094", "F1", "F2", "F3"]


# the vocabulary entries: a sentence each reads, its fiche, a look-alike it leaves
TERM_CASES: tuple[tuple[str, str, str, str], ...] = (
    (
        "READ_BUSINESS_ON_HOLD",
        "Je suis plombier à mon compte, je dois m'arrêter six mois pour m'occuper de ma mère : je peux mettre mon "
        "entreprise en sommeil ?",
        "F32703",
        "Salarié d'une boulangerie, combien de temps de pause ai-je droit dans la journée ?",
    ),
    (
        "READ_CREDIT_REGRET",
        "Samedi j'ai signé un crédit pour une télé chez le vendeur, je regrette : puis-je y renoncer ?",
        "F2441",
        "Nous avons signé un compromis pour une maison et la banque refuse le prêt immobilier, on peut renoncer ?",
    ),
)
TERMS_SHIPPED = {"READ_BUSINESS_ON_HOLD": True, "READ_CREDIT_REGRET": True}


def _pointed(text: str) -> set[str]:
    return {fiche for found in find_every(text) for fiche in found.term.fiches}


@pytest.mark.parametrize(("switch", "sentence", "fiche", "look_alike"), TERM_CASES, ids=[c[0] for c in TERM_CASES])
def test_the_entry_points_to_its_fiche_and_only_when_on(monkeypatch, switch, sentence, fiche, look_alike):
    assert trade_terms.SWITCHES[switch].fiches == (fiche,)
    monkeypatch.setattr(trade_terms, switch, True)
    assert trade_terms.SWITCHES[switch] in {found.term for found in find_every(sentence)}
    monkeypatch.setattr(trade_terms, switch, False)
    assert trade_terms.SWITCHES[switch] not in {found.term for found in find_every(sentence)}


@pytest.mark.parametrize(("switch", "sentence", "fiche", "look_alike"), TERM_CASES, ids=[c[0] for c in TERM_CASES])
def test_the_entry_leaves_its_look_alike(all_on, switch, sentence, fiche, look_alike):
    assert trade_terms.SWITCHES[switch] not in {found.term for found in find_every(look_alike)}


def test_a_business_closed_for_good_is_not_on_hold(all_on):
    text = "Je ferme définitivement ma boutique de fleurs en juin, quelles démarches pour la radiation ?"
    assert trade_terms.SWITCHES["READ_BUSINESS_ON_HOLD"] not in {found.term for found in find_every(text)}
