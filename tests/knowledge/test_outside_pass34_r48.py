"""Thirty-fourth pass (engineer-r48, issue 14): more requests no fiche answers — the state of the writer's own file,
a town's event or a facility's opening days, a product asked as "laquelle … le mieux" or "me conseiller un …" — and a
short follow-up ask counted by its words. Sentences written fresh for these tests, none from a corpus."""

import pytest
from django.core.management import call_command

from guichet.knowledge import outside
from guichet.knowledge.outside import FILE_STATE, outside_request
from guichet.knowledge.query import understand
from guichet.knowledge.search import search


def _outside(message: str) -> str:
    return outside_request(understand(message))


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("Bourse\nJ'ai envoyé mon dossier de bourse en mai. Pouvez-vous me dire où en est ma demande ?", FILE_STATE),
        ("Justificatifs\nAvez-vous bien reçu les papiers que j'ai postés lundi pour mon allocation ?", FILE_STATE),
        ("Retraite\nPouvez-vous regarder mon dossier de retraite et me dire quand le paiement tombera ?", FILE_STATE),
        ("Dentiste\nPouvez-vous vérifier si mon remboursement de soins dentaires a été envoyé ?", FILE_STATE),
        ("Liste d'attente\nJ'attends un logement depuis trois ans. À quel rang suis-je sur la liste ?", FILE_STATE),
        ("Dossier de mon père\nSon dossier d'aide à domicile, quand passera-t-il en commission ?", FILE_STATE),
        ("Fête de la musique\nÀ quelle heure commence la fête de la musique sur la place du marché ?", "un événement"),
        ("Braderie\nQuand a lieu la braderie de septembre cette année dans le centre-ville ?", "un événement"),
        ("Médiathèque\nLa médiathèque est ouverte quand pendant l'été ?", "un événement"),
        ("Ludothèque\nLa ludothèque du quartier est-elle ouverte le mercredi après-midi ?", "un événement"),
        ("Complémentaire\nEntre ces deux contrats, laquelle rembourse le mieux les soins dentaires ?", "le choix"),
        ("Garagiste\nPourriez-vous me conseiller un garagiste honnête près de Dijon ?", "le choix"),
        # the follow-up "Ou une SCPI ?" is three words, not four pieces with its question mark
        ("Épargne\nVous me conseillez plutôt un livret ou une assurance vie ?\nOu une SCPI ?", "le choix"),
    ],
)
def test_a_request_no_fiche_answers_is_read_as_outside(message: str, kind: str) -> None:
    assert _outside(message).startswith(kind)


@pytest.mark.parametrize(
    "message",
    [
        # how to follow a request: a fiche tells it
        "Passeport\nComment savoir où en est ma demande de passeport déposée en mairie ?",
        # a document whose request a fiche tells how to follow (the ANTS's tracking)
        "Carte grise\nJ'ai fait la demande de carte grise il y a un mois, pouvez-vous vérifier mon dossier ?",
        "Permis\nMon permis de conduire n'est pas arrivé. Pouvez-vous me dire où en est ma demande ?",
        # a right asked beside the state of the file
        "RSA\nOù en est ma demande de RSA, et ai-je droit à la prime d'activité en attendant ?",
        # "vérifier" a rule, not a file
        "Congé\nPouvez-vous vérifier si mon employeur a le droit de me refuser ce congé parental ?",
        # a firework or a flea market asked as a rule, not as a date
        "Feu d'artifice\nPeut-on tirer un feu d'artifice dans son jardin sans autorisation ?",
        "Brocante\nUn particulier peut-il vendre à une brocante plusieurs fois par an ?",
        # a procedure to recommend is a fiche's business
        "Amende\nPouvez-vous me conseiller une démarche pour contester cette amende ?",
        # a second ask that a fiche answers keeps the message in
        "Dossier\nOù en est mon dossier d'allocation ? Et quel délai a la CAF pour répondre à un recours ?",
    ],
)
def test_a_question_a_fiche_answers_is_not_outside(message: str) -> None:
    assert _outside(message) == ""


def test_the_switches_give_back_the_previous_reading() -> None:
    state = "Arrêt\nJ'ai posté mon arrêt de travail le 4. Avez-vous bien reçu mon avis d'arrêt ?"
    follow_up = "Placement\nVous me conseillez plutôt un livret ou une assurance vie ?\nOu plutôt des actions ?"
    assert _outside(state) == FILE_STATE
    assert _outside(follow_up).startswith("le choix")
    try:
        outside.READ_FILE_STATE = False
        outside.COUNT_WORDS = False
        assert _outside(state) == ""
        assert _outside(follow_up) == ""
    finally:
        outside.READ_FILE_STATE = True
        outside.COUNT_WORDS = True


@pytest.mark.django_db
def test_the_search_reports_the_state_of_a_file_on_every_hit(corpus, lexical_only) -> None:
    call_command("ingest", str(corpus), "--no-progress", stdout=None)
    asked = "Chômage\nMa demande d'allocation chômage après ma démission date de mars : où en est mon dossier ?"
    hits = search(asked, k=3)
    assert hits
    assert all(hit.outside == FILE_STATE for hit in hits)
    tracked = search("Passeport\nMa demande de passeport date de mars : où en est mon dossier ?", k=3)
    assert tracked
    assert all(hit.outside == "" for hit in tracked)
