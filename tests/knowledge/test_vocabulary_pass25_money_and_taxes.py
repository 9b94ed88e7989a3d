"""Twenty-fifth pass: no money for a mutuelle is the Complémentaire santé solidaire; a micro-entrepreneur's CFE has
its own fiche; the CVAE is named by its acronym (`vocabulary`). Fresh sentences."""

from tests.knowledge.vocabulary_helpers import pointed_by_every as _pointed


def test_no_money_for_a_mutuelle_is_the_css_and_a_poor_refund_is_not():
    assert "F10027" in _pointed("On n'a plus les moyens de payer une mutuelle depuis mon licenciement.")
    assert "F10027" in _pointed("pas d'argent pour une mutuelle, je fais comment pour mes dents")
    assert "F10027" not in _pointed("Ma mutuelle rembourse mal mes lunettes, est-ce normal ?")


def test_a_micro_entrepreneurs_cfe_is_their_fiche_and_an_artisans_is_not():
    assert "F23999" in _pointed("Auto-entrepreneuse depuis mars, vais-je payer la CFE cette année ?")
    assert "F23999" in _pointed("Je suis en micro depuis 2022 et j'ai reçu ma première cotisation foncière.")
    assert "F23999" not in _pointed("Je suis plombier en SARL, ma CFE a doublé cette année.")
    assert "F23999" not in _pointed("Je suis micro-entrepreneur, comment déclarer mon chiffre d'affaires ?")


def test_the_cvae_is_named_by_its_acronym_and_the_cfe_keeps_its_fiche():
    assert "F23546" in _pointed("Suis-je redevable de la CVAE avec 600 000 euros de chiffre d'affaires ?")
    assert "F23546" not in _pointed("Combien vais-je payer de CFE pour ma boutique ?")
    assert "F23547" in _pointed("Combien vais-je payer de CFE pour ma boutique ?")
