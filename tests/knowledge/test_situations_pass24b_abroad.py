"""Twenty-fourth pass, second shift: a French person coming back to France after living abroad, or living there, is
a situation of its own (`situations.RETURNING`, `situations.LIVING_ABROAD`); what they ask (health cover, social aid,
unemployment benefit, a car, taxes, a death abroad) points to the fiche written for them (`vocabulary.ABROAD_TERMS`).
Fresh sentences."""

import re

from guichet.knowledge.analysis import fold
from guichet.knowledge.rerank import mismatch
from guichet.knowledge.situations import RETURNING, qualifiers_in_message, qualifiers_in_title
from tests.knowledge.vocabulary_helpers import pointed_by_every as _pointed

BACK = "retour en France"


def _back(text: str) -> bool:
    return re.search(RETURNING, fold(text)) is not None


def test_a_writer_back_from_abroad_is_read():
    assert _back("Nous sommes revenus du Japon cet été après huit années à Osaka.")
    assert _back("Je rentre définitivement en France le mois prochain avec mes enfants.")
    assert _back("Mon fils est rentré d'Australie en septembre.")
    assert _back("J'ai ramené de Belgique la camionnette de mon atelier.")


def test_income_and_the_school_year_are_no_return():
    assert not _back("Je déclare mes revenus en France depuis toujours.")
    assert not _back("La rentrée scolaire en France est le 2 septembre pour ma fille.")
    assert not _back("Je rentre du travail à 19 heures, quand puis-je appeler ?")


def test_the_fiches_for_those_coming_back_name_it_and_fit_them():
    title = qualifiers_in_title(fold("Retour en France : quel droit aux allocations chômage ?"))
    assert BACK in title
    writer = qualifiers_in_message(fold("Je suis rentré du Canada en juin, ai-je droit au chômage ?"))
    assert BACK in writer
    assert not mismatch(qualifiers_in_title(fold("Assurance maladie à votre retour d'expatriation")), writer)
    stayed = qualifiers_in_message(fold("J'ai perdu mon emploi à Rennes en juin, ai-je droit au chômage ?"))
    assert mismatch(title, stayed)


def test_what_a_returner_asks_points_to_the_fiche_written_for_them():
    assert "F32824" in _pointed("Revenue du Mexique en mars, je n'ai plus de carte Vitale : suis-je couverte ?")
    assert "F31833" in _pointed("De retour du Vietnam sans aucun revenu, puis-je toucher le RSA ?")
    assert "F33775" in _pointed("Je suis rentrée d'Irlande et France Travail me dit que je n'ai aucun droit.")
    assert "F12097" in _pointed("Je reviens de Dubaï avec ma voiture, comment la faire immatriculer ici ?")
    assert "F31443" in _pointed("Rentrés de Pologne en avril, comment remplir la déclaration d'impôts ?")


def test_one_living_or_dying_abroad_is_pointed_to_their_fiche():
    assert "F31442" in _pointed("Je vis en Espagne depuis deux ans, dois-je encore payer des impôts en France ?")
    assert "F911" in _pointed("Mon frère est décédé au Sénégal la semaine dernière, que faut-il faire ?")


def test_the_same_asks_without_abroad_point_elsewhere():
    assert not {"F32824", "F31833", "F33775", "F12097", "F31443", "F31442", "F911"} & (
        _pointed("Je n'ai plus de carte Vitale, suis-je couverte ?")
        | _pointed("Sans aucun revenu, puis-je toucher le RSA ?")
        | _pointed("Je vends ma voiture, comment faire pour la carte grise ?")
        | _pointed("Mon père est décédé hier à Nantes, que faut-il faire ?")
    )


def test_one_settling_abroad_is_pointed_to_the_fiches_for_leaving():
    assert "F407" in _pointed("Je pars m'installer en Argentine : serai-je encore couvert par la sécu là-bas ?")
    assert "F32277" in _pointed("Nous déménageons en Suède en mai, que faire de notre voiture immatriculée ici ?")
    assert "F407" not in _pointed("Je suis tombé malade en vacances en Grèce, la sécu me remboursera-t-elle ?")
