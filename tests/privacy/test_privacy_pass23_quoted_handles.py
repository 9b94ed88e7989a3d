"""Twenty-third pass, privacy: a pseudonym in quotes after a network's name, "pseudo", "profil" or "compte" ("sous le
pseudo « Velo_Rouge44 »", "le profil "Gîtes_du_Lévézou""), accents allowed, with an underscore or a digit; a quoted
title with spaces stays. Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("Il vend sur Vinted sous le pseudo « Velo_Rouge44 » depuis des mois.", "Velo_Rouge44"),
        ('Le loueur (profil "Gîtes_du_Lévézou") ne répond plus à mes messages.', "Gîtes_du_Lévézou"),
    ],
)
def test_a_quoted_pseudonym(text: str, handle: str) -> None:
    masked = output(text)
    assert not survives(handle, "handle", masked), masked


def test_a_quoted_title_with_spaces_stays() -> None:
    assert "Mon dossier 2025" in output('Bonjour, mon compte "Mon dossier 2025" ne s\'ouvre plus.')
