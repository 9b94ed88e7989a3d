"""Twenty-first pass: anger written the hurried way. Insults without accents ("incompetents", "bons a rien"), sneers at
the office that say what it does instead of the need ("vous servez a rien a part coller des amendes"), are kept out of
the query as insults are; a question asked without a question mark, ending on the choice the answer must make ("oui
ou non", "ou pas"), is an ask. Fresh sentences, none from a corpus."""

import pytest

from guichet.knowledge import doubt
from guichet.knowledge.query import understand


def _useful(query) -> str:
    return " ".join([query.subject, *query.asks, *query.context]).lower()


@pytest.mark.parametrize(
    "message, gone, kept",
    [
        (
            "vous etes tous des incompetents, mon dossier de bourse du lycee est bloque depuis octobre, je dois le "
            "refaire ?",
            "incompetents",
            "bourse",
        ),
        (
            "vous etes des bons a rien. la carte grise de ma moto n'arrive pas, combien de temps il faut attendre ?",
            "rien",
            "carte grise",
        ),
        (
            "les gardes champetres vous servez a rien a part coller des amendes, mon voisin brule ses dechets verts "
            "dans son jardin tous les dimanches, il a le droit ?",
            "amendes",
            "déchets",
        ),
        (
            "vous faites quoi a part boire du cafe au guichet ? ma demande de logement social a 3 ans, comment la "
            "relancer ?",
            "cafe",
            "logement social",
        ),
        (
            "mon attestation de droits est fausse comme d'hab, vous vous bougez pas. comment je la fais corriger ?",
            "hab",
            "attestation",
        ),
    ],
)
def test_hurried_anger_leaves_the_query(message, gone, kept):
    query = understand(message)
    useful = _useful(query)
    assert gone not in useful
    assert kept.replace("é", "e") in useful.replace("é", "e")


@pytest.mark.parametrize(
    "message, ask",
    [
        (
            "ma fille a 17 ans et elle a trouvé un job d'été au camping. elle doit déclarer ce salaire oui ou non",
            "oui ou non",
        ),
        (
            "on m'a retiré 3 points pour un feu orange. la lettre recommandée c'est obligatoire ou pas pour le "
            "retrait",
            "ou pas",
        ),
    ],
)
def test_a_choice_asked_without_a_question_mark_is_an_ask(message, ask):
    query = understand(message)
    assert any(ask in sentence for sentence in query.asks)


@pytest.mark.parametrize(
    "message",
    [
        # rhetorical: not an ask
        "Vous me prenez pour une idiote ou quoi. Mon allocation logement a baissé de 80 euros sans explication.",
        # "ou pas du tout" tells how much, it does not ask
        "Je ne sais pas si mon fils a été inscrit ou pas du tout à la cantine. Le portail famille affiche une erreur.",
    ],
)
def test_no_choice_no_ask(message, monkeypatch):
    # the choice rule alone: "je ne sais pas si…" is an ask by its doubt since the forty-fourth pass (`doubt`)
    monkeypatch.setattr(doubt, "READ_DOUBT_ASKS", False)
    query = understand(message)
    assert not any("ou quoi" in sentence or "pas du tout" in sentence for sentence in query.asks)


def test_what_the_office_does_is_kept_when_it_is_the_question():
    # "vous faites quoi pour …" asks what the office does: an ask, not a sneer
    query = understand("Vous faites quoi pour les familles qui n'arrivent plus à payer la cantine ?")
    assert any("cantine" in sentence for sentence in query.asks)
