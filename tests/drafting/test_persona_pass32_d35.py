"""Thirty-second pass (engineer-d35): what a draft says about the writer, read in more places.

Through the public drafting service (the inbox's `draft_message`, a scripted model, real SQLite and the knowledge
fixtures) and the check's front door (`guichet.drafting.persona`). Messages and sentences are written for these
tests, none taken from corpora/claims: a relative's age, home or disability given wrongly; an age that is a
relative's given to the writer; a sentence that opens on what the writer is; an income in euros a month; a paper lost
or stolen; the town the writer lives in or left; a car, work in France, a rate of incapacity, the writer's role; a
pupil called a student; a first child; living at one's parents'. What must stay silent stays silent.
"""

import pytest

import guichet.drafting.persona as persona
from guichet.drafting.persona import CONSISTENT, CONTRADICTED, UNSUPPORTED, find_claims, outside_cases
from guichet.inbox.drafts import draft_message
from guichet.inbox.enums import DraftKind
from tests.drafting.backends import ScriptedBackend
from tests.drafting.persona_helpers import GOOD, dropped
from tests.inbox.factories import make_message


@pytest.mark.django_db
def test_pass32_a_model_sentence_wrong_about_a_relative_is_removed(ready, mairie):
    body = (
        "Bonjour, mon grand-père a 88 ans et il vit en maison de retraite à Tours depuis l'hiver. "
        "Combien coûte un passeport pour lui ?"
    )
    message = make_message(mairie, title="Passeport de mon grand-père", body=body)
    wrong = "Votre grand-père vivant toujours chez lui, un agent peut se déplacer à son domicile [2]."
    draft = draft_message(message=message, backend=ScriptedBackend(outputs=[f"{wrong} {GOOD}"]))
    assert draft.kind == DraftKind.GENERATED
    assert "chez lui" not in draft.text and "86 €" in draft.text
    assert wrong in dropped(draft)


@pytest.mark.django_db
def test_pass32_a_relative_s_age_given_to_the_writer_is_removed(ready, mairie):
    body = "Je fais les démarches pour ma mère, qui a 91 ans et ne se déplace plus. Quel est le prix du passeport ?"
    message = make_message(mairie, title="Passeport", body=body)
    wrong = "À 91 ans, vous pouvez demander qu'un agent vienne chez vous [2]."
    draft = draft_message(message=message, backend=ScriptedBackend(outputs=[f"{GOOD} {wrong}"]))
    assert "À 91 ans" not in draft.text
    assert wrong in dropped(draft)


@pytest.mark.parametrize(
    ("message", "sentence", "verdict"),
    [
        # relatives
        (
            "Ma sœur, 15 ans, voudrait sa carte d'identité.",
            "Votre sœur étant majeure, elle signe seule.",
            CONTRADICTED,
        ),
        ("Mon fils de 12 ans est autiste.", "Votre fils a un handicap reconnu par la MDPH.", CONSISTENT),
        ("Mon père vit chez moi depuis sa chute.", "Votre père, qui vit chez vous, peut vous rattacher.", CONSISTENT),
        ("Ma fille a eu 4 ans en mai.", "Votre fille a moins de 3 ans, la crèche reste possible.", CONTRADICTED),
        ("Comment inscrire mon fils au collège ?", "Votre fils a 11 ans.", UNSUPPORTED),
        # a sentence that opens on what the writer is
        ("Je suis au chômage depuis l'été.", "Salarié à temps plein, vous cotisez chaque mois.", CONTRADICTED),
        ("Je suis au chômage depuis l'été.", "Demandeur d'emploi, vous pouvez être accompagné.", CONSISTENT),
        # income in euros a month
        ("Je touche environ 1 100 € par mois.", "Vos revenus dépassent 2 500 € par mois.", CONTRADICTED),
        (
            "On gagne 2 800 euros par mois à deux.",
            "Avec un revenu d'environ 2 800 € par mois, c'est possible.",
            CONSISTENT,
        ),
        # papers
        ("On m'a volé mon permis de conduire au marché.", "Vous avez perdu votre permis de conduire.", CONTRADICTED),
        (
            "J'ai égaré ma carte grise, je l'ai cherchée partout.",
            "Votre carte grise ayant été perdue, refaites-la.",
            CONSISTENT,
        ),
        # town, car, work in France, incapacity, role
        ("Nous avons déménagé de Rennes à Brest en mars.", "Vous habitez à Rennes.", CONTRADICTED),
        ("J'habite à Colmar depuis dix ans.", "Comme vous habitez à Colmar, la démarche se fait là.", CONSISTENT),
        ("Combien coûte un passeport ?", "Comme vous habitez à Nancy, prenez rendez-vous.", UNSUPPORTED),
        ("Je n'ai plus de voiture depuis l'accident.", "Vous possédez une voiture.", CONTRADICTED),
        ("Arrivée de Roumanie, je n'ai jamais travaillé en France.", "Vous avez travaillé en France.", CONTRADICTED),
        ("La MDPH m'a reconnu un taux de 60 %.", "Votre taux d'incapacité est de 85 %.", CONTRADICTED),
        (
            "Je suis la tante de l'enfant et je l'héberge.",
            "Comme vous êtes le père de l'enfant, signez.",
            CONTRADICTED,
        ),
        # activities, children, housing, dates
        ("Mon patron refuse de payer mes congés.", "En tant que salarié, vous pouvez saisir le conseil.", CONSISTENT),
        ("Je suis collégienne en 3e.", "En tant qu'étudiante, vous avez droit au Crous.", CONTRADICTED),
        # a retirement to come said done: contradicted since the forty-fourth pass (`timing.STATUS_TIMING`)
        ("Je pars à la retraite en juin prochain.", "Vous êtes retraité.", CONTRADICTED),
        ("Je suis enceinte de notre premier enfant.", "Vous avez déjà deux enfants.", CONTRADICTED),
        ("Je loge encore chez mes parents.", "En tant que locataire, vous pouvez demander l'APL.", CONTRADICTED),
        (
            "Mon arrêt maladie court du 3 mars au 28 mars.",
            "Votre arrêt de travail ayant commencé le 5 mars, attendez.",
            CONTRADICTED,
        ),
        ("Je touche le RSA et l'APL.", "Vous ne percevez aucune aide.", CONTRADICTED),
    ],
)
def test_pass32_what_a_draft_says_of_the_writer_against_the_message(message, sentence, verdict):
    claims = find_claims(sentence, message)
    assert [c.verdict for c in claims] == [verdict]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pour cela, vous devez vous rendre en mairie.",
        "Si votre père vit en maison de retraite, la demande change.",
        "Vous vivez à deux, le plafond est plus élevé.",
        "Votre retraite sera versée le 9 du mois.",
        "Dans ce cas, vous pouvez demander un rendez-vous.",
    ],
)
def test_pass32_what_is_no_claim_about_the_writer_stays_silent(sentence):
    message = "J'habite à Lille avec mon père, qui a 80 ans. Je suis étudiante et je n'ai pas de voiture."
    assert [c.verdict for c in find_claims(sentence, message) if c.verdict == CONTRADICTED] == []


def test_pass32_a_case_heading_about_a_relative_the_message_rules_out_is_marked():
    message = "Mon fils a 7 ans et je voudrais lui faire une carte d'identité."
    sources = [{"n": 1, "heading": "Votre enfant a moins de 3 ans", "passage": "…"}, {"n": 2, "heading": "Coût"}]
    marked, headings = outside_cases(sources, message)
    assert headings == ["Votre enfant a moins de 3 ans"]
    assert marked[0]["outside_case"] and "outside_case" not in marked[1]


def test_pass32_the_check_keeps_one_front_door():
    assert set(persona.__all__) == {
        "CONSISTENT",
        "CONTRADICTED",
        "UNSUPPORTED",
        "Claim",
        "Trait",
        "Writer",
        "find_claims",
        "outside_cases",
        "private_dates",
        "read_writer",
    }
    assert persona.read_writer("Je suis retraitée et je vis seule.").activity == {"retired"}
