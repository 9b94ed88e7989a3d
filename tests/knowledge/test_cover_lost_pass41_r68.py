"""Forty-first pass (engineer-r68): cover lost — no mutuelle left, a spouse's sécu, no sécu, the réversion of the
general scheme (`guichet.knowledge.vocabulary.cover_lost`). Fresh sentences, none from a corpus."""

from __future__ import annotations

import pytest

from guichet.knowledge import vocabulary
from guichet.knowledge.query import understand


def _pointed(text: str) -> set[str]:
    return {fiche for term in understand(text).names for fiche in term.fiches}


@pytest.mark.parametrize(
    "text",
    [
        "J'ai perdu mon emploi en avril et je n'ai plus de mutuelle, mes lunettes coûtent 300 euros. Que faire ?",
        "La portabilité s'est arrêtée le mois dernier, je vis avec 800 euros. Existe-t-il une aide pour les soins ?",
        "Je suis sans mutuelle depuis mon divorce et je dois me faire soigner les dents.",
        "Mon employeur a fermé, j'ai perdu ma mutuelle et je touche le chômage.",
    ],
)
def test_no_mutuelle_left_points_to_the_css(text: str) -> None:
    assert "F10027" in _pointed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pendant vingt ans j'étais ayant droit de mon mari. Nous divorçons : vais-je garder l'assurance maladie ?",
        "J'étais sur sa carte Vitale, il m'a quittée. Comment être remboursée de mes médicaments ?",
        "Depuis le décès de mon époux je voudrais une couverture maladie à mon nom. Comment faire ?",
    ],
)
def test_a_spouses_cover_points_to_the_puma(text: str) -> None:
    assert {"F34308", "F16622"} <= _pointed(text)


def test_no_secu_at_all_points_to_the_puma() -> None:
    assert "F34308" in _pointed("Je n'ai plus de sécu depuis que je suis partie de chez lui, comment me soigner ?")


@pytest.mark.parametrize(
    "text",
    [
        "Mon mari est décédé en mars, il était chauffeur routier. Comment demander la réversion ?",
        "La retraite de réversion de mon époux, à qui la demander ?",
    ],
)
def test_reversion_of_the_general_scheme(text: str) -> None:
    assert "F13104" in _pointed(text)


# The office's ordinary business: none of the four entries fires.
@pytest.mark.parametrize(
    "text",
    [
        "Ma mutuelle ne rembourse pas mes lunettes, est-ce normal ?",
        "Est-ce que je peux garder la mutuelle de l'entreprise après ma démission ?",
        "Je n'ai pas besoin de la mutuelle de mon employeur, puis-je la refuser ?",
        "Comment déclarer ma mutuelle à la CPAM pour le tiers payant ?",
        "Je change de mutuelle au 1er janvier, que dois-je faire ?",
        "Est-ce que la sécu rembourse les lunettes sans mutuelle ?",
        "Mon employeur ne propose pas de mutuelle, est-ce légal ?",
        "Comment ajouter mon fils sur ma carte Vitale ?",
        "Je suis à la sécu depuis vingt ans, comment changer d'adresse ?",
        "Ma femme a perdu sa carte Vitale, comment en demander une nouvelle ?",
        "Mon mari est en arrêt maladie, quand seront versées ses indemnités ?",
        "Comment mettre le RIB de mon épouse sur mon compte ameli ?",
        "Mon fils est sur la carte Vitale de son père, peut-il avoir la sienne à 16 ans ?",
        "Mon bébé n'a pas encore de carte Vitale, comment le déclarer ?",
        "Je n'ai pas de numéro de sécurité sociale, je suis étudiant étranger.",
        "Je suis étranger sans papiers et je n'ai pas de sécu, puis-je avoir l'AME ?",
        "Je rentre du Canada et je n'ai plus de sécu, que faire ?",
        "Mon mari était fonctionnaire, ai-je droit à la réversion ?",
        "Mon père était exploitant agricole : la MSA verse-t-elle la réversion à ma mère ?",
        "Mon épouse était enseignante, comment demander la réversion ?",
        "J'ai 44 ans, je suis trop jeune pour la réversion : existe-t-il une aide pour les veuves ?",
        "Je vis avec ma pension de réversion et une petite retraite, puis-je avoir l'APL ?",
    ],
)
def test_ordinary_business_is_not_read_as_cover_lost(text: str) -> None:
    assert not _pointed(text) & {"F10027", "F34308", "F16622", "F13104"}


def test_switches_turn_the_entries_off(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Je n'ai plus de mutuelle et j'étais ayant droit de mon mari. Et la réversion ?"
    assert {"F10027", "F34308", "F13104"} <= _pointed(text)
    monkeypatch.setattr(vocabulary, "READ_COVER_TERMS", False)
    monkeypatch.setattr(vocabulary, "READ_REVERSION_PRIVATE", False)
    assert not _pointed(text) & {"F10027", "F34308", "F16622", "F13104"}
