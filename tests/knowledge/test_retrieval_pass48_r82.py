"""Forty-eighth pass, engineer-r82: a European citizen in France (`european_citizen`).

A writer who says they or a close relative hold the nationality of an EEA country or of Switzerland is a foreigner
under the free-movement rules: the message holds the "étranger" qualifier (`situations.qualifiers_in_message`), a
fiche title written for a European citizen shares it, and a title naming a non-European's residence or work permit,
or a life abroad the writer does not name, is a mismatch (`rerank.mismatch`). Each reading is shown at work and on the
cases it must leave alone (a French writer, a language, a licence said to be Belgian, a non-European nationality);
the switch off gives back the forty-seventh pass's reading. Messages written fresh for these tests, none from a
corpus. Second, `graduates`: a degree the writer holds ("j'ai un master", "titulaire d'un BTS") reads no
student, a course followed still does."""

import pytest

from guichet.knowledge import european_citizen, graduates
from guichet.knowledge.analysis import fold
from guichet.knowledge.european_citizen import NON_EUROPEAN, european_title, european_writer, title_qualifiers
from guichet.knowledge.rerank import mismatch
from guichet.knowledge.situations import qualifiers_in_message, qualifiers_in_title


@pytest.fixture(autouse=True)
def reading(monkeypatch):
    monkeypatch.setattr(european_citizen, "READ_EUROPEAN_CITIZEN", True)
    monkeypatch.setattr(graduates, "READ_GRADUATE", True)


def _writer(text: str) -> frozenset[str]:
    return qualifiers_in_message(fold(text))


def _title(title: str, message: str) -> frozenset[str]:
    folded = fold(title)
    return title_qualifiers(folded, qualifiers_in_title(folded), _writer(message))


def test_the_switches_ship_on():
    assert european_citizen.READ_EUROPEAN_CITIZEN is True
    assert graduates.READ_GRADUATE is True


@pytest.mark.parametrize(
    "text",
    [
        "Je suis slovaque, embauché dans une scierie des Vosges : ai-je besoin d'un papier de la préfecture ?",
        "Ma mère est hongroise, veuve, elle voudrait finir ses jours chez nous à Dijon. Peut-elle rester ?",
        "Mon mari est néerlandais et nous arrivons à Vannes, faut-il qu'il déclare sa présence ?",
        "Je suis retraitée lituanienne avec une petite pension, puis-je m'établir à Sète pour de bon ?",
        "En tant que citoyen européen installé à Brest, dois-je m'inscrire quelque part ?",
        "Étudiante grecque à Lille, ai-je le droit de travailler à côté de mes cours ?",
    ],
)
def test_a_european_citizen_is_read_with_the_foreigner_qualifier(text):
    assert european_writer(fold(text))
    assert "étranger" in _writer(text)


@pytest.mark.parametrize(
    "text",
    [
        "Je suis français, je voudrais savoir comment refaire ma carte d'identité à Dijon.",
        "Je parle allemand et italien, puis-je passer un concours de la fonction publique ?",
        "Mon permis est belge mais je vis à Roubaix depuis dix ans, dois-je l'échanger ?",
        "Je suis sénégalaise, étudiante à Lyon, comment renouveler mon titre de séjour ?",
        "Nous partons en vacances en Espagne, faut-il une carte européenne d'assurance maladie ?",
    ],
)
def test_no_european_citizen_is_read_without_a_nationality_said_of_a_person(text):
    assert not european_writer(fold(text))


def test_the_switch_off_reads_no_european_citizen(monkeypatch):
    text = "Ma mère est hongroise, veuve, elle voudrait finir ses jours chez nous à Dijon. Peut-elle rester ?"
    monkeypatch.setattr(european_citizen, "READ_EUROPEAN_CITIZEN", False)
    assert not european_writer(fold(text))
    assert "étranger" not in _writer(text)


@pytest.mark.parametrize(
    "title",
    [
        "Titre de séjour d'un travailleur citoyen UE/EEE/Suisse",
        "Séjour de longue durée d'un Européen en France",
        "Échange d'un permis de conduire obtenu en Europe (EEE + Royaume-Uni)",
        "L'époux ou partenaire européen d'un Français peut-il s'installer en France ?",
    ],
)
def test_a_european_citizens_title_fits_the_european_writer(title):
    message = "Je suis slovaque, embauché dans une scierie des Vosges : que dois-je faire ?"
    assert european_title(fold(title))
    qualifiers = _title(title, message)
    assert "étranger" in qualifiers
    assert not mismatch(qualifiers, _writer(message))


@pytest.mark.parametrize(
    "title",
    [
        "Embaucher un salarié étranger non européen",
        "Fonds social européen (FSE) : comment demander une subvention ?",
        "Un Français peut-il être expulsé d'un pays européen ?",
    ],
)
def test_a_title_that_is_no_european_citizens_own_is_left_alone(title):
    assert not european_title(fold(title))


@pytest.mark.parametrize(
    "title",
    [
        "Autorisation de travail d'un étranger salarié en France",
        "Carte de séjour pour étranger retraité ou conjoint de retraité",
        "Je pars vivre à l'étranger",
    ],
)
def test_a_non_europeans_permit_or_a_life_abroad_is_a_mismatch_for_the_european_writer(title):
    message = "Je suis retraitée lituanienne avec une petite pension, puis-je m'établir à Sète pour de bon ?"
    writer = _writer(message)
    qualifiers = _title(title, message)
    assert NON_EUROPEAN in qualifiers and "étranger" not in qualifiers
    assert mismatch(qualifiers, writer)


def test_a_life_abroad_the_european_writer_names_stays_a_fit():
    message = "Je suis belge, je vis à Lille et je pars vivre au Canada l'an prochain : que faire avant de partir ?"
    assert "à l'étranger" in _writer(message)
    assert NON_EUROPEAN not in _title("Je pars vivre à l'étranger", message)


def test_a_title_naming_a_french_person_is_left_alone():
    message = "Je suis française et mon compagnon est slovène : nous voulons nous marier à Ljubljana."
    title = "Mariage d'un Français à l'étranger"
    assert _title(title, message) == qualifiers_in_title(fold(title))


def test_the_message_of_a_writer_with_no_european_nationality_keeps_every_title_as_it_was():
    message = "Je suis sénégalaise, étudiante à Lyon, comment renouveler mon titre de séjour ?"
    assert not european_writer(fold(message))


# --- a degree held is no student's (`graduates`)


@pytest.mark.parametrize(
    "text",
    [
        "Je suis estonienne, j'ai un master de chimie et je cherche un poste de laborantine à Pau.",
        "Titulaire d'un BTS comptabilité, je voudrais créer mon activité de services à Albi.",
        "Mon fils a validé sa licence d'histoire en juin, il cherche du travail à Vierzon.",
    ],
)
def test_a_degree_held_reads_no_student(text):
    assert "étudiant ou apprenti" not in _writer(text)


@pytest.mark.parametrize(
    "text",
    [
        "Je suis en master de chimie à Pau et je voudrais travailler le week-end.",
        "J'ai une licence de tir et je suis étudiant à Rodez : puis-je acheter une carabine ?",
        "J'ai un master mais je reprends des études à l'université de Caen : ai-je droit à une bourse ?",
    ],
)
def test_a_student_still_reads_a_student(text):
    assert "étudiant ou apprenti" in _writer(text)


def test_the_graduate_switch_off_reads_the_degree_as_before(monkeypatch):
    monkeypatch.setattr(graduates, "READ_GRADUATE", False)
    text = "Je suis estonienne, j'ai un master de chimie, je cherche un poste à Pau."
    assert "étudiant ou apprenti" in _writer(text)
