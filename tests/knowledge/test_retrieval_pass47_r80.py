"""Forty-seventh pass, engineer-r80: another country's word for a French procedure (`vocabulary.elsewhere`).

A Belgian's « CPAS » and « précompte immobilier », a Québécois's « carte soleil » and « assurance-emploi », a
Swiss's « GRAPA »-like « prestations complémentaires », an English speaker's « council tax » name a French procedure
with words no fiche uses: each is read as the French procedure's words, and points to its fiche where one fiche is
that procedure. Each reading is checked on both sides: the foreign name, and the French neighbour that shares a word
with it (« une AVS » at school, « la garantie des loyers impayés », an Urssaf « avis de cotisation », a French
mutuelle). Messages written fresh for these tests, none from a corpus; read through `understand`, as the search
reads a message."""

import pytest

from guichet.knowledge import vocabulary
from guichet.knowledge.query import understand
from guichet.knowledge.vocabulary.elsewhere import ELSEWHERE_TERMS


@pytest.fixture(autouse=True)
def reading(monkeypatch):
    monkeypatch.setattr(vocabulary, "READ_ELSEWHERE_TERMS", True)


def _elsewhere(text: str) -> list:
    return [found for found in understand(text).vocabulary if found.term in ELSEWHERE_TERMS]


def _pointed(text: str) -> set[str]:
    return {fiche for found in _elsewhere(text) for fiche in found.term.fiches}


def test_the_switch_ships_on():
    assert vocabulary.READ_ELSEWHERE_TERMS is True


@pytest.mark.parametrize(
    ("text", "fiche"),
    [
        ("Au Québec j'avais ma carte soleil, ici comment je l'obtiens pour aller chez le dentiste ?", "F265"),
        ("On vient de Liège, je payais le précompte immobilier sur ma maison. Ici je le paie quand ?", "F59"),
        ("Mon bailleur à Bruxelles voulait une garantie locative de deux mois, c'est pareil à Lille ?", "F31269"),
        ("Je payais la council tax à Leeds, faut-il la payer pour mon studio à Caen ?", "F42"),
        ("Mon père touchait la GRAPA à Namur. Il vit chez nous à Dunkerque, a-t-il droit à quelque chose ?", "F16871"),
        ("En Allemagne on recevait le Kindergeld pour nos trois filles, et en France ?", "F13213"),
        ("J'étais au revenu d'intégration à Verviers, je m'installe à Lens sans emploi, quelle aide ?", "F19778"),
        ("In the UK I had Working Tax Credit, je gagne 950 € à mi-temps à Tarbes, ai-je un complément ?", "F2882"),
        ("Ma femme a payé ses ménages en titres-services à Gand ; ici pour déclarer une aide-ménagère ?", "F2912"),
        ("Au Liban on fait la mécanique chaque année, en France c'est obligatoire pour ma Twingo de 2012 ?", "F2878"),
        ("Pour le boulot on me demande un sijil adli, je suis à Rennes depuis 4 ans, où le demander ?", "F1420"),
        ("Mon diplôme d'infirmier tunisien, comment obtenir l'équivalence de mon diplome en France ?", "F463"),
        ("Quand je vivais à Montréal on a pris le test de citoyenneté. En France je peux demander ça ?", "F2213"),
    ],
)
def test_a_foreign_name_points_to_the_french_procedure(text, fiche):
    assert fiche in _pointed(text)


@pytest.mark.parametrize(
    ("text", "expansion"),
    [
        ("J'ai perdu ma job à Angers, comment je fais ma demande d'assurance-emploi ?", "allocation chômage"),
        ("Le CPAS de Mons m'aidait pour le loyer, qui m'aide à Maubeuge ?", "RSA"),
        ("J'ai cotisé à l'AVS à Lausanne puis en Savoie, à quel âge partir ?", "retraite"),
        ("Je quitte ma caisse maladie suisse, quelle assurance maladie en France ?", "protection universelle maladie"),
    ],
)
def test_a_broad_foreign_name_adds_the_french_words_and_points_nowhere(text, expansion):
    found = _elsewhere(text)
    assert found and all(not one.term.fiches for one in found)
    assert any(expansion in one.term.expansion for one in found)


@pytest.mark.parametrize(
    "text",
    [
        # a school's AVS (auxiliaire de vie scolaire) is no Swiss pension
        "Mon fils autiste a besoin d'une AVS à l'école, la MDPH refuse, que faire ?",
        # the French insurance against unpaid rent is no Belgian deposit
        "Mon propriétaire a pris une garantie de loyer impayé, puis-je refuser ?",
        # an Urssaf notice of contributions is no Québec tax notice
        "J'ai reçu mon avis de cotisation de l'Urssaf pour ma micro-entreprise, c'est trop élevé",
        # a Spanish child written without its tilde is no Spanish unemployment benefit
        "Mi niño va a la escuela à Perpignan, comment l'inscrire à la cantine ?",
        # a contrôle technique is no Belgian unemployment card
        "Le garagiste a perdu la carte de contrôle technique de ma voiture",
        # the French word « mécanique » is no Lebanese inspection
        "Mon fils veut faire un CAP de mécanique automobile, quelle aide ?",
        # France's Mutualité sociale agricole is the farmers' sécu, no Belgian mutuelle
        "Je suis exploitant, la Mutualité sociale agricole me verse-t-elle des indemnités en arrêt de travail ?",
    ],
)
def test_a_french_neighbour_is_left_alone(text):
    assert _elsewhere(text) == []


def test_a_belgian_mutuelle_is_the_sick_pay_and_the_french_mutuelle_gives_way():
    belgian = "En Belgique c'est la mutuelle qui paie les indemnités. Je suis en arrêt de travail, qui me paie ?"
    found = _elsewhere(belgian)
    assert "F3053" in {fiche for one in found for fiche in one.term.fiches}
    assert any("F20314" in one.term.outranks for one in found)
    # the French writer's mutuelle stays the French top-up
    french = "Je suis en arrêt de travail, est-ce que ma mutuelle complète les indemnités ?"
    assert _elsewhere(french) == []
    assert any("F20314" in found.term.fiches for found in understand(french).vocabulary)


def test_the_switch_takes_every_foreign_name_back(monkeypatch):
    text = "Au Québec j'avais ma carte soleil et l'avis de cotisation arrivait en mai, et ici ?"
    assert {"F265", "F99"} <= _pointed(text)
    monkeypatch.setattr(vocabulary, "READ_ELSEWHERE_TERMS", False)
    assert _elsewhere(text) == []
    # the French names of the same message are read either way
    assert any("F265" in found.term.fiches for found in understand("Ma carte Vitale est perdue").vocabulary)
