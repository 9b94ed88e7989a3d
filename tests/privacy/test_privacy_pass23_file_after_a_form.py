"""Twenty-third pass, privacy: a file number after "dossier" is the writer's even when the sentence before named a
form ("… le formulaire Cerfa ? Mon dossier : 33-2025-004417"); a form's own number, in its sentence, stays. Fresh
sentences, none from the corpora."""

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


def test_a_file_number_after_a_question_about_a_form() -> None:
    masked = output("Faut-il remplir un formulaire Cerfa ? Mon dossier : 33-2025-004417.")
    assert not survives("33-2025-004417", "file_number", masked), masked


def test_a_forms_number_in_its_sentence_stays() -> None:
    assert "13824" in output("Le formulaire cerfa dossier n° 13824 se trouve en ligne.")
