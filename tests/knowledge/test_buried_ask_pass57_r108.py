"""The question drowned in a story is weighed over the story's nouns (fifty-seventh pass, engineer-r108)."""

from guichet.knowledge import buried_ask
from guichet.knowledge.search import understand

PREMATURE = (
    "Mon bébé est né à 29 semaines, il est en réanimation néonatale depuis trois semaines, il a des tuyaux partout, "
    "je passe mes journées à côté de la couveuse. Je suis épuisée et j'ai peur pour lui, mon mari travaille de nuit "
    "et ma mère habite loin, la maison est en désordre, je ne mange plus. Que se passe-t-il pour mon congé de "
    "maternité quand le nouveau-né reste hospitalisé ?"
)
EVICTION = (
    "Le propriétaire veut nous mettre dehors, on a reçu le commandement de l'huissier, j'ai deux mois de loyer de "
    "retard parce que j'ai perdu mon travail, mon fils est autiste et ne supporte pas le changement, j'ai peur qu'on "
    "finisse à la rue, mon frère ne peut pas nous héberger, ma voisine non plus, le bailleur refuse tout échéancier. "
    "Est-ce qu'il existe une aide du fonds de solidarité pour "
    "le logement pour payer les impayés ?"
)


def test_a_named_question_after_a_long_story_is_weighed_once_more(monkeypatch):
    monkeypatch.setattr(buried_ask, "READ_BURIED_ASK", True)
    query = understand(EVICTION, title="expulsion")
    assert query.buried == [ask for ask in query.asks if "fonds de solidarité" in ask]
    assert query.lexical().count("Est-ce qu'il existe une aide") == 3
    monkeypatch.setattr(buried_ask, "READ_BURIED_ASK", False)
    query = understand(EVICTION, title="expulsion")
    assert query.buried == []
    assert query.lexical().count("Est-ce qu'il existe une aide") == 2


def test_an_inverted_question_counts_as_a_plain_ask(monkeypatch):
    monkeypatch.setattr(buried_ask, "READ_BURIED_ASK", True)
    query = understand(PREMATURE, title="mon bébé")
    assert len(query.buried) == 1 and "congé de maternité" in query.buried[0]


def test_a_short_message_is_read_as_before(monkeypatch):
    monkeypatch.setattr(buried_ask, "READ_BURIED_ASK", True)
    query = understand(
        "Mon fils est gravement malade. L'allocation journalière de présence parentale, comment la demander ?",
        title="AJPP",
    )
    assert query.buried == []


def test_a_question_that_names_no_topic_leaves_the_story_to_say_the_need(monkeypatch):
    monkeypatch.setattr(buried_ask, "READ_BURIED_ASK", True)
    story = EVICTION.rsplit(" Est-ce", 1)[0]
    query = understand(story + " Qu'est-ce que je peux faire ?", title="expulsion")
    assert query.buried == []


def test_hearsay_kept_as_an_ask_is_not_weighed_more(monkeypatch):
    monkeypatch.setattr(buried_ask, "READ_BURIED_ASK", True)
    story = EVICTION.rsplit(" Est-ce", 1)[0]
    query = understand(story + " Une voisine m'a dit qu'il existe une aide du fonds de solidarité pour le logement.")
    assert query.buried == []
