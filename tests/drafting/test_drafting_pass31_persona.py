"""Thirty-first pass: what a draft says about its writer, read against the message (`guichet.drafting.persona`).

Through the public drafting service (the inbox's `draft_message`, a scripted model, real SQLite and the knowledge
fixtures) and the check itself. Messages and sentences are written for these tests (none from corpora/claims): a
model sentence that says of the writer what the message contradicts is removed and reported; one the message does
not support is flagged, not removed; a condition ("si vous êtes …") and a fiche's own case are no claims.
"""

import pytest

from guichet.drafting.checks import check_draft
from guichet.drafting.persona import CONSISTENT, CONTRADICTED, UNSUPPORTED, find_claims
from guichet.inbox.drafts import draft_message
from guichet.inbox.enums import DraftKind
from tests.drafting.backends import ScriptedBackend
from tests.drafting.persona_helpers import GOOD, dropped
from tests.inbox.factories import make_message


@pytest.mark.django_db
def test_pass31_a_model_sentence_the_message_contradicts_is_removed_and_reported(ready, mairie):
    body = "Bonjour, je suis étudiante en master et je voudrais mon premier passeport. Combien coûte le timbre ?"
    message = make_message(mairie, title="Premier passeport", body=body)
    wrong = "En tant que retraitée, vous êtes concernée par cette démarche [2]."
    draft = draft_message(message=message, backend=ScriptedBackend(outputs=[f"{wrong} {GOOD}"]))
    assert draft.kind == DraftKind.GENERATED
    assert "retraitée" not in draft.text and "86 €" in draft.text
    assert wrong in dropped(draft)


@pytest.mark.django_db
def test_pass31_a_date_of_the_writer_s_case_is_read_from_the_mapping(ready, mairie):
    # The message's date is masked before the model ([DATE_1]); the check reads it back from the mapping.
    body = "J'ai déposé ma demande de passeport le 12 janvier et toujours rien. Combien coûte le timbre fiscal ?"
    message = make_message(mairie, title="Passeport", body=body)
    wrong = "Votre demande, déposée en mars, est en cours de traitement [2]."
    draft = draft_message(message=message, backend=ScriptedBackend(outputs=[f"{wrong} {GOOD}"]))
    assert "janvier" not in str(draft.text) and "déposée en mars" not in draft.text
    assert wrong in dropped(draft)


@pytest.mark.django_db
def test_pass31_a_model_sentence_the_message_does_not_support_is_flagged_not_removed(ready, mairie):
    body = "Bonjour, combien coûte un passeport pour un adulte ? Merci."
    message = make_message(mairie, title="Passeport", body=body)
    said = "Comme vous avez des enfants à charge, pensez aussi à leurs passeports [2]."
    draft = draft_message(message=message, backend=ScriptedBackend(outputs=[f"{GOOD} {said}"]))
    assert said in draft.text
    flagged = [a for a in draft.alerts if a["code"] == "persona_unsupported"]
    assert [a["sentence"] for a in flagged] == [said] and flagged[0]["level"] == "warning"
    assert [p["verdict"] for p in draft.checks["persona"]] == [UNSUPPORTED]


@pytest.mark.django_db
def test_pass31_what_the_message_says_raises_nothing(ready, mairie):
    body = "Je suis retraité depuis janvier et je pars au Canada : combien coûte un passeport pour un adulte ?"
    message = make_message(mairie, title="Passeport", body=body)
    said = "Étant retraité, vous pouvez faire la démarche quand vous le souhaitez [2]."
    draft = draft_message(message=message, backend=ScriptedBackend(outputs=[f"{GOOD} {said}"]))
    assert "Étant retraité" in draft.text
    assert not {"persona_unsupported", "persona_contradiction"} & {a["code"] for a in draft.alerts}
    assert draft.checks["persona"] == []


def test_pass31_an_agent_sentence_is_flagged_never_removed():
    source = {"n": 1, "title": "Passeport", "heading": "Coût", "passage": "Le timbre fiscal coûte 86 €."}
    text = "Bonjour,\n\nVous êtes propriétaire de votre logement, le timbre fiscal coûte 86 € [1].\n\nCordialement"
    checks, alerts = check_draft(text, sources=[source], message_text="Je loue un studio, combien coûte le timbre ?")
    assert [p["verdict"] for p in checks["persona"]] == [CONTRADICTED]
    assert [(a["level"], a["code"]) for a in alerts if a["code"].startswith("persona")] == [
        ("error", "persona_contradiction")
    ]
    assert "propriétaire" in text


@pytest.mark.parametrize(
    ("message", "sentence", "verdict"),
    [
        ("J'ai 23 ans et je cherche un logement.", "Ayant moins de 26 ans, vous pouvez demander l'aide.", CONSISTENT),
        (
            "J'ai 23 ans et je cherche un logement.",
            "Vous avez plus de 30 ans, l'aide ne vous concerne pas.",
            CONTRADICTED,
        ),
        (
            "Nous n'avons pas d'enfant, mon mari et moi.",
            "Avec vos trois enfants, le montant est majoré.",
            CONTRADICTED,
        ),
        ("Je suis pacsée depuis mai.", "Vous êtes célibataire, vous déclarez seule.", CONTRADICTED),
        ("Je suis pacsée depuis mai.", "Comme vous vivez en couple, le calcul change.", CONSISTENT),
        (
            "Je suis tunisien, je vis à Nice.",
            "En tant que ressortissant de l'Union européenne, vous êtes dispensé.",
            CONTRADICTED,
        ),
        ("Je vis en Espagne depuis 2019.", "Résidant en France, vous déclarez vos revenus ici.", CONTRADICTED),
        ("Je suis à mon compte depuis deux ans.", "Étant salarié, votre employeur vous le remboursera.", CONTRADICTED),
        ("Comment refaire ma carte grise ?", "Étant fonctionnaire, vous pouvez demander un congé.", UNSUPPORTED),
    ],
)
def test_pass31_traits_of_the_writer_against_the_message(message, sentence, verdict):
    claims = find_claims(sentence, message)
    assert [c.verdict for c in claims] == [verdict]


@pytest.mark.parametrize(
    "sentence",
    [
        "Si vous êtes salarié, votre employeur prend en charge la moitié du titre de transport.",
        "Lorsque vous êtes retraité, la pension est versée chaque mois.",
        "Vous êtes invité à prendre rendez-vous en mairie.",
        "Êtes-vous salarié ou indépendant ?",
        "Les personnes qui sont retraitées peuvent cumuler sous conditions.",
    ],
)
def test_pass31_a_condition_a_question_or_an_instruction_is_no_claim(sentence):
    assert find_claims(sentence, "Je suis étudiant, j'ai une question.") == []


def test_pass31_a_fiche_s_own_case_quoted_by_guichet_is_not_flagged_unless_contradicted():
    source = {"n": 1, "title": "Aide", "heading": "Salarié", "passage": "Vous êtes salarié : l'aide est versée."}
    quoted = "- Vous êtes salarié : l'aide est versée. [1]"
    text = f"Bonjour,\n\n{quoted}\n\nCordialement"
    checks, _ = check_draft(text, sources=[source], message_text="Quelle aide ?", quoted_texts=[quoted])
    assert checks["persona"] == []
    checks, alerts = check_draft(
        text, sources=[source], message_text="Je suis retraitée, quelle aide ?", quoted_texts=[quoted]
    )
    assert [p["verdict"] for p in checks["persona"]] == [CONTRADICTED]
    assert "persona_contradiction" in {a["code"] for a in alerts}


def test_pass31_a_case_heading_the_message_contradicts_is_not_quoted():
    # "Je suis arrivé en France" says "France" but not "Français": the writer holds a residence permit.
    from guichet.drafting.compose import compose
    from guichet.drafting.prompts import AdministrationProfile
    from guichet.drafting.triage import triage

    profile = AdministrationProfile(name="Préfecture du Rhône", signature="Le service des permis")
    url = "https://www.service-public.fr/particuliers/vosdroits/F1460"
    title = "Échanger un permis de conduire étranger"
    sources = [
        {
            "n": 1,
            "fiche_id": "F1460",
            "title": title,
            "heading": "Vous êtes Français",
            "url": url,
            "resources": [],
            "passage": "Vous devez demander l'échange moins d'un an après votre installation en France.",
        },
        {
            "n": 2,
            "fiche_id": "F1460",
            "title": title,
            "heading": "Vous êtes étranger",
            "url": url,
            "resources": [],
            "passage": "Vous devez demander l'échange moins d'un an après la remise de votre 1re carte de séjour.",
        },
    ]
    body = (
        "Bonjour, je suis arrivé en France l'an dernier et j'ai eu ma première carte de séjour en mars. "
        "Dans quel délai dois-je échanger le permis de conduire de mon pays ?"
    )
    composed = compose(
        profile=profile,
        title="Permis",
        body=body,
        triage=triage(title="Permis", body=body, administration=profile.name),
        sources=sources,
        coverage={"covered": True, "reason": "ok"},
        backend=None,
    )
    assert "remise de votre 1re carte de séjour" in composed.text
    assert "installation en France" not in composed.text and "Vous êtes Français" not in composed.text


@pytest.mark.parametrize(
    ("heading", "outside"),
    [("Vous êtes Français", True), ("Vous êtes européen", True), ("Vous êtes étranger", False), ("Montant", False)],
)
def test_pass31_case_headings_a_residence_permit_rules_out(heading, outside):
    from guichet.drafting.persona import outside_cases

    message = "J'ai reçu ma première carte de séjour il y a huit mois, que faire pour mon permis ?"
    marked, headings = outside_cases([{"n": 1, "heading": heading, "passage": "…"}], message)
    assert bool(marked[0].get("outside_case")) is outside and (headings == [heading]) is outside


@pytest.mark.django_db
def test_pass31_a_reused_reply_loses_what_it_said_of_the_other_citizen(mairie, agent, corpus_indexed, no_model):
    from guichet.inbox.workflow import message_assign, reply_approve_and_send

    first = make_message(
        mairie,
        title="Passeport",
        body="Bonjour, je suis retraitée. Combien coûte le timbre fiscal pour un passeport ?",
    )
    draft = draft_message(message=first)
    message_assign(message=first, actor=agent)
    approved = (
        "Bonjour,\n\nLe timbre fiscal pour un passeport d'adulte coûte 86 € [1].\n"
        "Étant retraitée, vous êtes concernée par le tarif des adultes.\n"
        "Vous faites une pré-demande en ligne sur le site de l'ANTS.\n\nCordialement,\nLe service des titres"
    )
    reply_approve_and_send(message=first, actor=agent, text=approved, draft=draft)
    second = make_message(
        mairie,
        title="Passeport",
        body="Bonjour, je suis étudiante. Quel est le prix du timbre fiscal pour le passeport d'un adulte ?",
    )
    reused = draft_message(message=second)
    assert reused.kind == DraftKind.MEMORY
    assert "86 €" in reused.text and "retraitée" not in reused.text
    assert "Étant retraitée, vous êtes concernée par le tarif des adultes." in reused.checks["dropped_sentences"]
