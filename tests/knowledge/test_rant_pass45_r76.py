"""Forty-fifth pass (engineer-r76): an angry message's reproaches told apart from its question (`knowledge.rant`).

Rhetorical questions aimed at the office are noise beside the real ask, an order ("dites-moi…") is an ask, and the
sneer left in a sentence once its insult is removed ("payés avec nos impôts") leaves the story. The three readings
are shipped off (docs/benchmarks.md, forty-fifth pass): these tests turn them on, and check that off restores the
forty-fourth pass's reading. Fresh sentences, none from a corpus."""

import pytest

from guichet.knowledge import rant
from guichet.knowledge.query import understand


@pytest.fixture(autouse=True)
def readings_on(monkeypatch):
    for name in ("READ_RHETORIC", "READ_COMMANDS", "READ_SNEERS"):
        monkeypatch.setattr(rant, name, True)


def _useful(query) -> str:
    return " ".join([query.subject, *query.asks, *query.context]).lower()


@pytest.mark.parametrize(
    "message, reproach, question",
    [
        (
            "C'est une plaisanterie ??? Ma fille a eu 18 ans en mars et vous coupez les allocations. "
            "Jusqu'à quel âge un enfant compte pour les allocations familiales ?",
            "plaisanterie",
            "quel âge",
        ),
        (
            "Le bus scolaire ne passe plus dans notre hameau. Vous vous rendez compte ? "
            "Qui doit organiser le transport scolaire pour un élève de primaire ?",
            "rendez compte",
            "transport scolaire",
        ),
        (
            "Qu'est-ce que vous voulez de plus ?? J'ai envoyé trois fois mon avis d'imposition. "
            "Quels documents faut-il pour la bourse de collège ?",
            "de plus",
            "bourse",
        ),
    ],
)
def test_a_rhetorical_question_beside_the_real_one_is_not_an_ask(message, reproach, question):
    query = understand(message)
    asks = " ".join(query.asks).lower()
    assert reproach not in asks
    assert question in asks
    assert any(reproach in sentence.lower() for sentence in query.noise)


def test_the_rhetorical_question_stays_an_ask_with_the_switch_off(monkeypatch):
    message = (
        "C'est une plaisanterie ??? Ma fille a eu 18 ans en mars et vous coupez les allocations. "
        "Jusqu'à quel âge un enfant compte pour les allocations familiales ?"
    )
    monkeypatch.setattr(rant, "READ_RHETORIC", False)
    assert any("plaisanterie" in ask.lower() for ask in understand(message).asks)


def test_a_message_whose_only_ask_is_rhetorical_keeps_it():
    query = understand("Trois mois sans réponse sur mon dossier de prime de naissance. Vous vous rendez compte ?")
    assert any("rendez compte" in ask.lower() for ask in query.asks)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dites-moi ce qu'il faut fournir pour inscrire mon fils à la cantine.",
        "Dis moi si je peux garder mon logement social après le divorce.",
        "Indiquez-moi où on dépose une demande de bourse au lycée.",
        "Dites moi clairement combien coûte un extrait de casier judiciaire.",
    ],
)
def test_an_order_that_asks_is_an_ask(sentence):
    query = understand(f"Vous êtes des guignols. {sentence}")
    assert sentence.rstrip(".") in " ".join(query.asks)


def test_an_order_is_story_with_the_switch_off(monkeypatch):
    monkeypatch.setattr(rant, "READ_COMMANDS", False)
    query = understand("Mon fils entre en sixième. Dites-moi ce qu'il faut fournir pour l'inscrire à la cantine.")
    assert not query.asks


def test_an_order_that_asks_nothing_is_not_an_ask():
    query = understand("Ma demande de carte grise est bloquée depuis juin. Répondez-moi vite.")
    assert not query.asks


@pytest.mark.parametrize(
    "message, sneer, topic",
    [
        (
            "Vous êtes des feignasses payés avec nos impôts derrière vos bureaux. Ma demande de carte grise est "
            "bloquée depuis juin, combien de temps encore ?",
            "impôts",
            "carte grise",
        ),
        (
            "C'est une honte, je paie mes impôts ici et la place de crèche de ma fille est refusée. "
            "Comment contester ce refus ?",
            "impôts",
            "crèche",
        ),
        (
            "Vos agents de la préfecture sont vraiment des incapables qui perdent les dossiers de naturalisation. "
            "Où en est le mien ?",
            "préfecture",
            "où en est",
        ),
    ],
)
def test_a_sneer_at_the_office_leaves_the_story(message, sneer, topic, monkeypatch):
    useful = _useful(understand(message))
    assert sneer not in useful
    assert topic in useful
    monkeypatch.setattr(rant, "READ_SNEERS", False)
    assert sneer in _useful(understand(message))


def test_an_adjective_is_no_sneer_and_the_ask_inside_it_stays():
    query = understand("Vous êtes incapables de me dire où en est mon dossier de naturalisation, bande de nuls !")
    assert "naturalisation" in " ".join(query.asks).lower()


def test_a_calm_taxpayer_keeps_the_tax():
    # no insult in the sentence: "je paie mes impôts" is the question's own topic
    query = understand("Je paie mes impôts en France mais je travaille en Suisse. Où dois-je déclarer mon salaire ?")
    assert "impôts" in _useful(query)
