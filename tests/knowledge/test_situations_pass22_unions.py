"""Twenty-second pass: the couple's form of union (married, in a Pacs, unmarried partners) tells sibling fiches apart:
a fiche titled for another union than the one the writer names is a neighbour's; a writer who names none, and a fiche
about forming a union, are no one's neighbours. Fresh sentences, none from a corpus."""

import pytest

from guichet.knowledge import situations
from guichet.knowledge.analysis import fold
from guichet.knowledge.rerank import mismatch
from guichet.knowledge.situations import qualifiers_in_message, qualifiers_in_title

UNMARRIED = "Reconnaissance d'un enfant (couple non marié)"
MARRIED = "Présomption de paternité (couple marié)"


def _mismatch(title: str, message: str) -> bool:
    return mismatch(qualifiers_in_title(fold(title)), qualifiers_in_message(fold(message)))


@pytest.mark.parametrize(
    ("title", "message"),
    [
        (UNMARRIED, "Nous sommes mariés depuis l'an dernier et notre fille naît en mai : que doit faire son père ?"),
        (UNMARRIED, "Mon époux travaille en Suisse, qui déclare notre bébé à la naissance ?"),
        (MARRIED, "Mon copain et moi vivons en concubinage, il doit reconnaître notre enfant où ?"),
        (
            "Location d'un logement par un couple marié : quelles sont les règles ?",
            "Nous sommes pacsés, le bail est à mon nom seulement, mon partenaire est-il locataire lui aussi ?",
        ),
    ],
)
def test_a_fiche_for_another_union_is_a_neighbour(title, message):
    assert _mismatch(title, message)


@pytest.mark.parametrize(
    ("title", "message"),
    [
        (MARRIED, "Notre premier enfant arrive en septembre, faut-il faire une démarche avant la naissance ?"),
        ("Se pacser", "On n'est pas mariés avec ma compagne et on voudrait signer un Pacs, où faut-il aller ?"),
        (UNMARRIED, "On n'est ni mariés ni pacsés, comment mon compagnon reconnaît-il notre fils ?"),
        (MARRIED, "Mon mari et moi attendons des jumeaux, son nom sera-t-il sur l'acte sans démarche ?"),
    ],
)
def test_no_neighbour_without_another_union(title, message):
    assert not _mismatch(title, message)


def test_the_switch_restores_the_previous_reading(monkeypatch):
    message = "Nous sommes mariés depuis trois ans, mon mari doit-il reconnaître le bébé ?"
    assert _mismatch(UNMARRIED, message)
    monkeypatch.setattr(situations, "READ_UNIONS", False)
    assert not _mismatch(UNMARRIED, message)
