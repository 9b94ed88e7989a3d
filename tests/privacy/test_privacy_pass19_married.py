"""Nineteenth pass, privacy: a married name after the abbreviations of forms and lists of heirs, "ép." and "vve"
("Simone Klein ép. Vogt"), as after "épouse" and "veuve". Fresh sentences, none from the corpora."""

import pytest

from tests.privacy.helpers import output

_HEIRS_1 = (
    "Les héritiers :\n- Roger Klein, 3 rue Haute, 67000 Strasbourg ;\n"
    "- Simone Klein ép. Vogt, Bahnhofstraße 8, 66111 Saarbrücken (Allemagne) ;\n- Alain Klein, Esch"
)
_HEIRS_2 = (
    "Héritiers :\n- Marthe Wolff ép. Haas, 12 rue Haute, 68000 Colmar ;\n- Paul Wolff, 3 rue Basse, 67000 Strasbourg"
)


@pytest.mark.parametrize(("text", "name"), [(_HEIRS_1, "Vogt"), (_HEIRS_2, "Haas")])
def test_a_married_name_after_an_abbreviation(text: str, name: str) -> None:
    masked = output(text)
    assert name not in masked, masked
