"""Forty-fourth pass, engineer-r73: a question asked with doubt or indirectly, without a question mark ("je me demande
si…", "je ne sais pas si…", "pas sûr que…", "je doute que…") is an ask (`doubt.READ_DOUBT_ASKS`); a doubt about
coping or about the desk written to is not. Fresh sentences, none from a corpus."""

import pytest

from guichet.knowledge import doubt
from guichet.knowledge.query import is_ask
from guichet.knowledge.search import understand


@pytest.fixture
def rule_on(monkeypatch):
    monkeypatch.setattr(doubt, "READ_DOUBT_ASKS", True)
    monkeypatch.setattr(doubt, "STRIP_DOUBT_FRAME", True)


@pytest.fixture
def rule_off(monkeypatch):
    monkeypatch.setattr(doubt, "READ_DOUBT_ASKS", False)


ASKED = [
    "Je me demande si ma fille peut garder sa bourse en redoublant.",
    "Je ne sais pas si le loyer de mon garage compte pour l'aide au logement.",
    "Pas sûre que mon ex ait le droit de déménager avec les enfants.",
    "Je ne suis pas certain d'avoir assez de trimestres pour partir à 62 ans.",
    "Je doute fort que la mairie puisse refuser l'inscription de mon fils.",
    "Et si jamais mon employeur ne déclare pas mon accident.",
    "J'ignore combien de temps prend un changement de nom.",
    "On ne sait plus à qui envoyer le formulaire de la pension.",
    "Je ne sais pas qui doit payer la facture du plombier.",
    "Nous nous demandons si la prime de naissance se cumule avec le congé parental.",
]
NOT_ASKED = [
    "Je ne sais pas si je vais tenir le coup.",
    "Pas sûre de m'en sortir cette fois.",
    "Je ne sais pas si c'est le bon service pour ma demande.",
    "Je ne sais pas si vous pourrez m'aider.",
    "je sais pas a qui m'adresser.",
    "Je ne sais pas qui appeler, la mairie est fermée.",
    "Je ne sais plus qui croire.",
    "Je sais que la demande se fait en ligne.",
    "Mon voisin est sûr que la taxe va augmenter.",
    "Je ne sais même pas si j'ai droit à quelque chose.",
    "L'assurance a payé une partie, je ne sais pas si ça suffit.",
]


@pytest.mark.parametrize("sentence", ASKED)
def test_doubt_is_an_ask(rule_on, sentence):
    assert doubt.doubt_ask(sentence)
    assert is_ask(sentence)


@pytest.mark.parametrize("sentence", NOT_ASKED)
def test_coping_desk_and_statements_are_no_ask(rule_on, sentence):
    assert not doubt.doubt_ask(sentence)
    assert not is_ask(sentence)


@pytest.mark.parametrize("sentence", ASKED[:5])
def test_switch_off_reads_the_story(rule_off, sentence):
    assert not doubt.doubt_ask(sentence)
    assert not is_ask(sentence)


def test_the_doubt_becomes_the_ask_of_the_message(rule_on):
    text = (
        "J'ai trouvé un emploi de caissière à mi-temps en janvier. "
        "Je me demande si je pourrais toucher la prime d'activité avec ce salaire."
    )
    query = understand(text)
    assert query.asks == ["si je pourrais toucher la prime d'activité avec ce salaire."]
    assert "J'ai trouvé un emploi de caissière à mi-temps en janvier." in query.context


def test_switch_off_keeps_the_doubt_in_the_story(rule_off):
    text = (
        "Je suis retraité depuis mars. Je ne sais pas si ma pension ouvre droit à une réduction de la taxe foncière."
    )
    query = understand(text)
    assert query.asks == []
    assert len(query.context) == 2


@pytest.mark.parametrize(
    "sentence, searched",
    [
        (
            "Au cas où ma mère irait en maison de retraite, qui paie ?",
            "ma mère irait en maison de retraite, qui paie ?",
        ),
        (
            "Et si jamais le bailleur vend le logement, je dois partir ?",
            "le bailleur vend le logement, je dois partir ?",
        ),
        (
            "Pas sûr que j'y aie droit, mais la bourse du lycée, comment ?",
            "que j'y aie droit, mais la bourse du lycée, comment ?",
        ),
        (
            "Je doute fort que la demande de logement soit encore active.",
            "que la demande de logement soit encore active.",
        ),
    ],
)
def test_the_frame_is_not_searched(rule_on, sentence, searched):
    assert doubt.without_frame(sentence) == searched
    assert understand(sentence).asks == [searched]


def test_a_frame_alone_is_kept(rule_on):
    assert doubt.without_frame("Je me demande si.") == "Je me demande si."


def test_strip_switch_off_keeps_the_frame(monkeypatch):
    monkeypatch.setattr(doubt, "STRIP_DOUBT_FRAME", False)
    sentence = "Au cas où mon fils partirait en Erasmus, garde-t-il sa bourse ?"
    assert doubt.without_frame(sentence) == sentence
    assert understand(sentence).asks == [sentence]
