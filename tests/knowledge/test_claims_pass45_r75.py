"""Forty-fifth pass, engineer-r75: a claim read elsewhere or heard from someone, that the writer asks to verify, is
the ask (`claims.READ_CLAIMS`): searched without its frame, and "C'est vrai ?" beside it is noise; the source's own
description is not the writer's situation. Fresh sentences, none from a corpus."""

import pytest

from guichet.knowledge import claims
from guichet.knowledge.query import understand


@pytest.fixture
def rule_on(monkeypatch):
    monkeypatch.setattr(claims, "READ_CLAIMS", True)


@pytest.fixture
def rule_off(monkeypatch):
    monkeypatch.setattr(claims, "READ_CLAIMS", False)


CLAIMED = [
    ("J'ai lu sur un blog que la prime de déménagement est réservée aux familles de trois enfants.", "la prime de"),
    ("Mon oncle m'a assuré qu'on ne paie pas la redevance quand on a plus de 75 ans.", "on ne paie pas"),
    ("Sur Twitter quelqu'un affirme que les chèques vacances sont imposables.", "les chèques vacances"),
    ("Il paraît que le contrôle des pneus neige devient obligatoire en Savoie.", "le contrôle des pneus"),
    ("Une amie, qui est infirmière, prétend qu'un arrêt de travail ne compte pas pour la retraite.", "un arrêt"),
    ("Selon un article du journal local, la cantine ne peut plus refuser les enfants de chômeurs.", "la cantine"),
    ("On m'a raconté que la carte d'invalidité donne droit au train gratuit.", "la carte d'invalidité"),
]
NOT_CLAIMED = [
    "Je lui ai dit que le dossier était complet.",  # the writer's own saying
    "Vous m'avez dit que mon dossier était complet.",  # the office written to: a complaint's story
    "Hier soir elle m'a dit qu'elle ne voulait plus aller en cours.",  # a person named by a pronoun
    "J'ai reçu un courrier qui dit que ma pension sera réduite.",  # a paper: the decision disputed
    "On m'a dit de patienter encore deux semaines.",  # an instruction, no "que"
    "Mon voisin m'a dit que non.",  # no topic
]


@pytest.mark.parametrize(("sentence", "start"), CLAIMED)
def test_the_claim_is_read_without_its_frame(rule_on, sentence, start):
    found = claims.claim(sentence)
    assert found is not None
    assert found.said.startswith(start)


@pytest.mark.parametrize("sentence", NOT_CLAIMED)
def test_no_claim_without_a_third_party_source_and_a_topic(rule_on, sentence):
    assert claims.claim(sentence) is None


def test_the_claim_is_the_ask_and_the_check_is_noise(rule_on):
    message = (
        "Bonjour, ma collègue m'a dit que les apprentis sont exonérés d'impôt sur le revenu. "
        "Je suis apprentie dans un garage. C'est vrai ou pas ?"
    )
    query = understand(message)
    assert query.asks == ["les apprentis sont exonérés d'impôt sur le revenu."]
    assert "Je suis apprentie dans un garage." in query.context
    assert "C'est vrai ou pas ?" in query.noise
    assert "collègue" not in query.dense()


def test_off_the_claim_stays_in_the_story(rule_off):
    message = "Ma collègue m'a dit que les apprentis sont exonérés d'impôt sur le revenu. C'est vrai ou pas ?"
    query = understand(message)
    assert query.asks == ["C'est vrai ou pas ?"]
    assert claims.claim("Ma collègue m'a dit que les apprentis sont exonérés d'impôt.") is None


def test_a_real_question_beside_the_claim_stays(rule_on):
    message = (
        "Un ami m'a dit qu'on peut garder sa voiture de fonction pendant un arrêt maladie. "
        "Combien de temps mon employeur peut-il me la laisser ?"
    )
    query = understand(message)
    assert query.asks == [
        "on peut garder sa voiture de fonction pendant un arrêt maladie.",
        "Combien de temps mon employeur peut-il me la laisser ?",
    ]


@pytest.mark.parametrize(
    "ask",
    ["C'est vrai ?", "Qui a raison ?", "Est-ce exact ?", "Info ou intox ?", "Vous pouvez me dire si c'est vrai ?"],
)
def test_an_ask_that_only_checks_names_no_topic(rule_on, ask):
    assert claims.verification_only(ask)


def test_an_ask_with_a_topic_is_no_mere_check(rule_on):
    assert not claims.verification_only("Est-ce vrai que la prime d'activité baisse en janvier ?")


def test_the_source_s_own_situation_is_not_the_writer_s(rule_on, monkeypatch):
    message = (
        "Ma voisine, qui est divorcée, m'a dit qu'on peut toucher une aide pour la garde d'enfants le soir. "
        "Est-ce que j'y ai droit ?"
    )
    on = understand(message)
    monkeypatch.setattr(claims, "READ_CLAIMS", False)
    off = understand(message)
    assert "séparé ou divorcé" in off.qualifiers
    assert "séparé ou divorcé" not in on.qualifiers


def test_the_source_s_relation_to_the_writer_is_kept(rule_on):
    query = understand("Mon ex-mari prétend qu'il peut ne plus rien payer pour notre fils de 19 ans. A-t-il raison ?")
    assert "séparé ou divorcé" in query.qualifiers
    assert query.asks == ["il peut ne plus rien payer pour notre fils de 19 ans."]
