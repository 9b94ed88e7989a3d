"""Thirty-second pass (engineer-r42, issue 14): requests no fiche answers, a job lost and the registration asked
without naming the office, an injury at work told without the words "accident du travail", and a title written for
an old or a disabled person. Sentences written fresh for these tests, none from a corpus."""

import pytest
from django.core.management import call_command

from guichet.knowledge.analysis import fold
from guichet.knowledge.evaluation import _confidence
from guichet.knowledge.hits import FicheHit
from guichet.knowledge.outside import outside_request
from guichet.knowledge.query import understand
from guichet.knowledge.rerank import mismatch
from guichet.knowledge.search import search
from guichet.knowledge.situations import qualifiers_in_message, qualifiers_in_title
from tests.knowledge.vocabulary_helpers import pointed_by_understanding as _pointed


def _outside(message: str) -> str:
    return outside_request(understand(message))


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("Box internet\nQuelle box internet est la moins chère pour un étudiant en ce moment ?", "le choix"),
        ("Garagiste\nVous connaissez un garagiste sérieux près de la gare pour ma vieille Twingo ?", "le choix"),
        ("Placement\nVous me conseillez plutôt un PEA ou de l'or pour mes économies ?", "le choix"),
        ("Trottinette\nEntre ces deux trottinettes électriques, laquelle est la plus fiable ?", "le choix"),
        ("Dîner\nBonjour, auriez-vous une recette de lasagnes végétariennes pour dix personnes ?", "une recette"),
        ("Mariage\nPourriez-vous m'écrire un discours pour le mariage de mon frère samedi ?", "un texte"),
        ("Rugby\nVous savez le score du match de rugby d'hier soir ?", "un résultat"),
        ("Piscine\nLa piscine du quartier ouvre à quelle heure le dimanche matin ?", "les horaires"),
        ("Vacances\nD'après vous, on part plutôt en Bretagne ou dans les Alpes cet été ?", "un avis"),
    ],
)
def test_a_request_no_fiche_answers_is_read_as_outside(message: str, kind: str) -> None:
    assert _outside(message).startswith(kind)


@pytest.mark.parametrize(
    "message",
    [
        # a procedure or an aid to choose: fiches answer it
        "Loyer\nQuelle aide me conseillez-vous de demander pour payer mon loyer après mon licenciement ?",
        "Amende\nQuel est le meilleur moyen de contester une amende reçue pour une voiture vendue ?",
        # the cheapest firm asked beside a right in the same sentence
        "Mutuelle\nQuelle mutuelle est la moins chère, et est-ce que j'ai droit à la complémentaire santé solidaire ?",
        # the cheapest firm asked, then a real question in a sentence of its own
        "Électricité\nQuel fournisseur est le moins cher ? Et est-ce que je peux recevoir le chèque énergie à 1 100 "
        "euros par mois de retraite ?",
        # no question at all: nothing is asked, nothing is outside
        "Fatigue\nJe suis épuisée, les relances n'arrêtent pas, je n'en peux plus.",
        "Réponse\nMerci pour votre réponse rapide au sujet de mon dossier.",
        "Dans les meilleurs délais\nJe souhaite obtenir mon attestation de droits dans les meilleurs délais.",
    ],
)
def test_a_question_a_fiche_answers_is_not_outside(message: str) -> None:
    assert _outside(message) == ""


def test_a_short_follow_up_does_not_keep_a_request_inside() -> None:
    assert _outside("Tablette\nQuelle tablette est la moins chère pour mon père ? Samsung, Apple ?").startswith(
        "le choix"
    )


def _hit(outside: str, margin: float = 3.0) -> FicheHit:
    return FicheHit(
        fiche_id="F1",
        title="Forfait",
        url="",
        score=5.0,
        version="1",
        date="",
        audience=["particuliers"],
        fiche_type="Fiche d'information",
        lexical_score=0.5,
        dense_score=0.6,
        margin=margin,
        outside=outside,
    )


def test_a_first_fiche_for_an_outside_request_is_not_a_confident_one() -> None:
    assert _confidence(["F1", "F2"], _hit("le choix d'un produit"), "hybrid") == "outside"
    assert _confidence(["F1", "F2"], _hit(""), "hybrid") == "confident"
    # the scores decide first: a weak or close first fiche keeps its class
    assert _confidence(["F1", "F2"], _hit("une recette", margin=0.2), "hybrid") == "close_margin"


@pytest.mark.django_db
def test_the_search_reports_the_outside_request_on_every_hit(corpus, lexical_only) -> None:
    call_command("ingest", str(corpus), "--no-progress", stdout=None)
    asked = "Passeport\nQuel photographe est le moins cher pour une photo de passeport, d'après vous ?"
    hits = search(asked, k=3)
    assert hits
    assert all(hit.outside.startswith("un avis") for hit in hits)
    plain = search("Passeport\nCombien coûte un passeport pour un adulte ?", k=3)
    assert plain
    assert all(hit.outside == "" for hit in plain)


def _expanded(text: str) -> str:
    return " ".join(found.term.expansion for found in understand(text).vocabulary)


@pytest.mark.parametrize(
    "message",
    [
        "Perdu mon poste\nOn m'a licenciée vendredi. Il faut que je m'inscrire quelque part, comment faire ?",
        "Fin de CDD\nMon CDD se termine le 30. Comment je dois m'inscrire ? Je n'ai jamais été au chômage.",
    ],
)
def test_a_lost_job_and_a_registration_asked_point_to_the_job_seekers_registration(message: str) -> None:
    assert "F1636" in _pointed(message)


@pytest.mark.parametrize(
    "message",
    [
        "Reconversion\nAprès mon licenciement je voudrais m'inscrire à une formation de soudeur.",
        "Élections\nJ'ai été licencié et j'ai déménagé, comment me réinscrire sur les listes électorales ?",
        "Fac\nMa fille veut s'inscrire en licence de droit l'an prochain.",
    ],
)
def test_another_registration_is_not_the_job_seekers(message: str) -> None:
    assert "F1636" not in _pointed(message)


@pytest.mark.parametrize(
    "message",
    [
        "Main blessée\nJe suis apprentie boulangère et je me suis brûlé la main au four ce matin. Qui paie l'arrêt ?",
        "Chute\nMon mari est tombé d'un échafaudage sur le chantier, il a trois côtes cassées. On fait quoi ?",
        "Dos\nJe me suis fait mal au dos en portant des cartons au travail, mon patron dit que c'est rien.",
    ],
)
def test_an_injury_at_work_reads_as_a_work_accident(message: str) -> None:
    assert "accident du travail" in _expanded(message)


@pytest.mark.parametrize(
    "message",
    [
        "Bricolage\nJe me suis coupé le pouce en taillant la haie du jardin dimanche.",
        "Ski\nMon fils s'est cassé la jambe au ski, faut-il déclarer quelque chose à l'école ?",
    ],
)
def test_an_injury_away_from_work_is_no_work_accident(message: str) -> None:
    assert "accident du travail" not in _expanded(message)


@pytest.mark.parametrize(
    "title",
    [
        "Accueil familial d'une personne âgée et/ou handicapée (accueillant familial)",
        "Crédit d'impôt des travaux d'équipement pour personne âgée ou handicapée",
        "Comment devenir accueillant familial (accueil d'une personne âgée/handicapée) ?",
    ],
)
def test_a_title_for_an_old_or_a_disabled_person_fits_an_old_parent(title: str) -> None:
    writer = qualifiers_in_message(fold("Ma mère a 88 ans et ne peut plus vivre seule chez elle."))
    assert not mismatch(qualifiers_in_title(fold(title)), writer)


def test_a_title_for_disabled_people_alone_keeps_its_situation() -> None:
    title = qualifiers_in_title(fold("Allocation aux adultes handicapés (AAH)"))
    assert "handicap" in title
    assert mismatch(title, qualifiers_in_message(fold("Ma mère a 88 ans et ne peut plus vivre seule chez elle.")))


def test_a_title_for_an_old_or_a_disabled_person_still_fits_a_disabled_writer() -> None:
    title = qualifiers_in_title(fold("Crédit d'impôt des travaux d'équipement pour personne âgée ou handicapée"))
    writer = qualifiers_in_message(fold("Mon mari est en fauteuil roulant depuis son accident."))
    assert not mismatch(title, writer)
    assert title & writer  # the title names the writer's situation: a qualifier, not only no mismatch
