"""Forty-seventh pass, engineer-r81: children of every age, and numbers that are not forms.

A child said to be an adult in words (« majeure », « étudiant », « en master ») is no minor
(`adult_children.READ_ADULT_SIGNS`, shipped off); a number right after the word for a file, a claim or a case
(« Dossier 48213 : », « mon dossier 48213 », « réclamation 55107 ») is that file's, not a form's Cerfa number
(`forms.SET_ASIDE_FILE_WORDS`, shipped off); a foreign licence held by a student or a visitor points to the fiche of
driving with it, not only to its exchange (`vocabulary.READ_FOREIGN_LICENCE`); money paid to one's own grown child,
asked as a deduction, points to the deduction for children rather than the one for a parent
(`vocabulary.READ_CHILD_SUPPORT`). Each reading is checked on both sides, the case it moves and the neighbour it
leaves alone. Messages written fresh for these tests, none from a corpus; the hand-written fixture corpus for the
forms (F90001 lists the passport form, Cerfa 12100*02)."""

import shutil
from pathlib import Path

import pytest

from guichet.knowledge import adult_children, forms, vocabulary
from guichet.knowledge.forms import named_forms
from guichet.knowledge.index import get_index
from guichet.knowledge.ingest import ingest
from guichet.knowledge.query import understand
from tests.knowledge.vocabulary_helpers import pointed_by_every as pointed

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def qualifiers(text: str) -> frozenset[str]:
    return understand(text).qualifiers


def test_the_shipped_switches():
    assert adult_children.READ_ADULT_SIGNS is False  # no validation gain, one train message down
    assert adult_children.READ_ADULT_CHILDREN is False
    assert forms.SET_ASIDE_FILE_WORDS is False  # no message of train + validation read differently
    assert vocabulary.READ_FOREIGN_LICENCE is True
    assert vocabulary.READ_CHILD_SUPPORT is True


# --- an adult child said in words


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, ma fille est majeure depuis mars et vit en colocation : qui paie sa carte de transport ?",
        "Mon fils, étudiant en deuxième année à Caen, a cassé la vitre d'un voisin : suis-je responsable ?",
        "Ma fille est en master à Toulouse et je lui envoie 300 € par mois, est-ce déductible ?",
        "Mon fils a eu 18 ans en janvier, doit-il faire sa propre déclaration ?",
    ],
)
def test_an_adult_child_said_in_words_is_no_minor(monkeypatch, text):
    monkeypatch.setattr(adult_children, "READ_ADULT_SIGNS", True)
    read = qualifiers(text)
    assert "mineur" not in read
    assert "majeur" in read
    monkeypatch.setattr(adult_children, "READ_ADULT_SIGNS", False)
    assert "mineur" in qualifiers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ma fille est étudiante et son petit frère entre au collège, à quelles bourses ont-ils droit ?",
        "Mon fils de 15 ans veut devenir étudiant en médecine plus tard, quelles études ?",
        "Ma fille entre en CP en septembre, faut-il l'inscrire à la mairie ?",
    ],
)
def test_a_minor_beside_stays_a_minor(monkeypatch, text):
    monkeypatch.setattr(adult_children, "READ_ADULT_SIGNS", True)
    assert "mineur" in qualifiers(text)


# --- a file's number is no form's


@pytest.fixture
def index(tmp_path, settings):
    settings.GUICHET_SEARCH_DENSE = False
    shutil.copytree(CORPUS, tmp_path / "corpus")
    ingest([tmp_path / "corpus"])
    return get_index()


def _forms(index, text: str) -> set[str]:
    return {fiche for form in named_forms(index, understand(text)) for fiche in form.fiches}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text",
    [
        "Dossier 12100 : où en est ma demande, j'attends depuis deux mois ?",
        "Je vous relance pour ma réclamation 12100, toujours rien reçu.",
        "Suite au jugement 12100 du mois dernier, que dois-je faire pour ma fille ?",
        "Bonjour, mon dossier 12100 est bloqué depuis juin, qui dois-je appeler ?",
    ],
)
def test_a_file_s_number_points_to_no_form(index, monkeypatch, text):
    monkeypatch.setattr(forms, "SET_ASIDE_FILE_WORDS", True)
    assert _forms(index, text) == set()
    monkeypatch.setattr(forms, "SET_ASIDE_FILE_WORDS", False)
    assert _forms(index, text) == {"F90001"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text",
    [
        "Pour mon dossier de passeport, le cerfa 12100 suffit-il ?",
        "J'ai rempli le formulaire 12100*02, je l'envoie où ?",
        "On me dit de remplir le dossier 12100 pour le passeport de ma fille, où le trouver ?",
    ],
)
def test_a_form_named_beside_a_file_still_points(index, monkeypatch, text):
    monkeypatch.setattr(forms, "SET_ASIDE_FILE_WORDS", True)
    assert _forms(index, text) == {"F90001"}


# --- a foreign licence held by a student or a visitor


@pytest.mark.parametrize(
    "text",
    [
        "Mon neveu est étudiant à Rennes pour deux ans, il peut conduire avec son permis sénégalais ?",
        "Ma correspondante vient du Texas pour un semestre d'échange : son permis du Texas est-il valable ici ?",
        "Nous serons en vacances trois semaines en Bretagne avec notre permis brésilien, faut-il autre chose ?",
    ],
)
def test_a_student_s_or_a_visitor_s_foreign_licence_points_to_driving_with_it(monkeypatch, text):
    monkeypatch.setattr(vocabulary, "READ_FOREIGN_LICENCE", True)
    assert "F1459" in pointed(text)
    monkeypatch.setattr(vocabulary, "READ_FOREIGN_LICENCE", False)
    assert "F1459" not in pointed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Je suis installé en France depuis janvier avec une carte de résident, comment échanger mon permis algérien ?",
        "Mon mari a un permis marocain, nous vivons à Lyon depuis un an, doit-il le changer ?",
    ],
)
def test_a_settled_writer_s_licence_keeps_its_exchange(monkeypatch, text):
    monkeypatch.setattr(vocabulary, "READ_FOREIGN_LICENCE", True)
    found = pointed(text)
    assert "F1460" in found
    assert "F1459" not in found


# --- money paid to one's own child, asked as a deduction


@pytest.mark.parametrize(
    "text",
    [
        "Je verse 250 € par mois à ma fille qui fait un BTS à Nantes, puis-je le déduire de mes revenus ?",
        "Je paie le studio de mon grand à Dijon depuis qu'il a fini ses études : est-ce déductible des impôts ?",
    ],
)
def test_help_to_one_s_child_asked_as_a_deduction_points_to_the_children_s_deduction(monkeypatch, text):
    monkeypatch.setattr(vocabulary, "READ_CHILD_SUPPORT", True)
    assert "F2" in pointed(text)
    monkeypatch.setattr(vocabulary, "READ_CHILD_SUPPORT", False)
    assert "F2" not in pointed(text)


@pytest.mark.parametrize(
    "text",
    [
        "J'envoie 200 € par mois à ma mère en Algérie, puis-je le déduire de mes impôts ?",
        "Je verse une pension pour ma fille à son père, comment la Caf peut-elle m'aider s'il ne paie plus ?",
        "Je voudrais donner 30 000 € à mon fils pour acheter son appartement, quels impôts dois-je payer ?",
    ],
)
def test_help_to_a_parent_or_no_deduction_asked_reads_no_child_support(monkeypatch, text):
    monkeypatch.setattr(vocabulary, "READ_CHILD_SUPPORT", True)
    monkeypatch.setattr(vocabulary, "READ_CHILD_SUPPORT", False)
    without = pointed(text)
    monkeypatch.setattr(vocabulary, "READ_CHILD_SUPPORT", True)
    assert pointed(text) == without
