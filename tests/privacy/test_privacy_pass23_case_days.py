"""Twenty-third pass, privacy: in a citizen's text, a whole day with its year in a sentence that speaks to "vous"
but states no rule is the writer's case (a letter to the writer or to the office, pasted or told); a rule's
condition, start or deadline, and a text of law, stay. Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Bonjour, voici la lettre : « Suite au contrôle sur place du 21/01/2026, il apparaît que vous avez perçu "
            "trop. »",
            "21/01/2026",
        ),
        (
            "Bonjour, « Par décision rendue en date du 3 février 2026, il vous est ordonné de libérer le logement. »",
            "3 février 2026",
        ),
        (
            "Bonjour, l'huissier, qui vous a adressé le dossier complet le 12 novembre 2025, attend toujours.",
            "12 novembre 2025",
        ),
    ],
)
def test_a_whole_day_of_the_writers_case_beside_vous(text: str, day: str) -> None:
    masked = output(text)
    assert not survives(day, "date", masked), masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Bonjour, depuis le 1er juillet 2025, vous pouvez tout faire en ligne ?", "1er juillet 2025"),
        ("Bonjour, si vous avez déposé avant le 30 juin 2025, vous êtes prioritaire ?", "30 juin 2025"),
        ("Bonjour, le décret du 12 avril 2024 vous donne droit à quoi exactement ?", "12 avril 2024"),
    ],
)
def test_a_rule_day_beside_vous_stays(text: str, kept: str) -> None:
    assert kept in output(text)
