"""Twenty-third pass: "me tuer" is a thought of suicide when the writer is its subject; said of another person (a
parent who "will kill" a teenager for a slip, men who threatened the writer back home) it is a figure of speech or a
threat, and the emergency number's fiche is not pointed to. Fresh sentences, none from a corpus."""

import pytest

from guichet.knowledge.query import understand

SUICIDE = "idées suicidaires"


def _situations(message: str) -> list[str]:
    return [hit.name for hit in understand(message).distress]


@pytest.mark.parametrize(
    "message",
    [
        "J'ai raté le bus du lycée et ma mère va me tuer, est-ce qu'un mineur peut prendre le train seul ?",
        "Mon père me tuerait s'il savait que j'ai perdu ma carte de bus, comment en refaire une ?",
        "Dans mon pays des hommes armés voulaient me tuer à cause de mon syndicat, comment demander l'asile ?",
        "Si je rentre là-bas ils vont me tuer, est-ce que je peux déposer une demande de protection ?",
    ],
)
def test_another_persons_kill_is_no_suicide(message):
    assert SUICIDE not in _situations(message)


@pytest.mark.parametrize(
    "message",
    [
        "Je n'en peux plus de ces dettes, je vais me tuer si la banque saisit encore mon compte.",
        "Depuis le licenciement j'ai envie de me tuer, à qui parler ce soir ?",
        "Je pense à me tuer tous les soirs depuis que ma femme est partie.",
        "Je veux me suicider, personne ne répond au téléphone.",
    ],
)
def test_the_writers_own_thought_stays_suicide(message):
    assert SUICIDE in _situations(message)
