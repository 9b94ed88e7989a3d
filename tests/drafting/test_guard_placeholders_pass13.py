"""What the privacy guard masks before a model call (a value intake missed) is returned with the draft, the model may
repeat its placeholder without an "invented placeholder" alert, and the inbox adds the value to the message's mapping
so that the agent sees it on screen and later prompts and exports never do. The model is scripted
(`tests.drafting.backends`); the guard, the composition, the checks and the inbox are the real ones."""

import pytest

from guichet.audit.models import AuditEvent
from guichet.drafting.compose import compose
from guichet.drafting.prompts import AdministrationProfile
from guichet.drafting.triage import triage
from guichet.inbox.personal_data import message_add_guarded, message_mapping, message_purge
from guichet.inbox.privacy_bridge import restore_text
from tests.accounts.factories import AdministrationFactory
from tests.drafting.backends import ScriptedBackend
from tests.inbox.factories import make_message

PROFILE = AdministrationProfile(name="France Travail Occitanie", signature="L'équipe indemnisation")
SOURCES = [
    {
        "n": 1,
        "fiche_id": "F9002",
        "title": "Actualisation mensuelle",
        "heading": "Quand s'actualiser ?",
        "passage": "Vous devez déclarer votre situation chaque mois, même si elle n'a pas changé.",
        "url": "https://www.service-public.fr/particuliers/vosdroits/F9002",
        "resources": [],
    }
]
TITLE = "Actualisation oubliée"
# A case number in an unusual format, written into the text given to the composition as if intake had missed it
# (no file word beside it: since the fifty-first pass, « dossier » next to a dashed or slashed number is masked at
# intake, `privacy/recognizers/short_ids.FILE_NUMBERS`).
BODY = "Bonjour, sur mon courrier il y a le code QV 2031/47719 et j'ai oublié de m'actualiser en mai. Que faire ?"


def _compose(outputs: list[str]):
    result = triage(title=TITLE, body=BODY, administration=PROFILE.name)
    return compose(
        profile=PROFILE,
        title=TITLE,
        body=BODY,
        triage=result,
        sources=SOURCES,
        coverage={"covered": True, "reason": "ok"},
        backend=ScriptedBackend(outputs=outputs),
    )


def test_the_guard_masks_the_value_and_returns_it_with_the_draft():
    composed = _compose(["Vous devez déclarer votre situation chaque mois [Source 1]."])
    added = composed.added_personal_data
    assert "2031/47719" in added.values()
    assert all("2031/47719" not in turn["content"] for turn in composed.messages)
    assert "2031/47719" not in str(composed.checks) + str(composed.alerts)


def test_a_placeholder_the_guard_wrote_is_not_an_invented_one():
    first = _compose(["x"])
    placeholder = next(p for p, v in first.added_personal_data.items() if v == "2031/47719")
    answer = f"Votre dossier {placeholder} reste ouvert : déclarez votre situation chaque mois [Source 1]."
    composed = _compose([answer])
    assert composed.kind == "generated" and placeholder in composed.text
    assert not composed.checks["placeholders"], composed.checks["placeholders"]


@pytest.mark.django_db
def test_the_inbox_adds_what_the_guard_found_to_the_message_mapping():
    cpam = AdministrationFactory(name="France Travail Occitanie", short_name="FT", slug="ft-occ")
    message = make_message(cpam, title=TITLE, body=BODY)
    before = message_mapping(message)
    assert "2031/47719" in message.pseudonymised_body  # intake missed it
    placeholder = "[IDENTIFIANT_7]" if "[IDENTIFIANT_7]" not in before else "[IDENTIFIANT_8]"

    assert message_add_guarded(message=message, added={placeholder: "2031/47719"}) == 1

    message.refresh_from_db()
    assert message_mapping(message)[placeholder] == "2031/47719"
    assert "2031/47719" not in message.pseudonymised_body
    assert restore_text(f"Votre dossier {placeholder} reste ouvert.", message_mapping(message)).endswith(
        "2031/47719 reste ouvert."
    )
    event = AuditEvent.objects.for_message(message).get(action="message.pii_guard_added")
    assert "2031/47719" not in str(event.details)
    # the same placeholder again adds nothing; a purged message keeps nothing
    assert message_add_guarded(message=message, added={placeholder: "2031/47719"}) == 0
    message_purge(message=message)
    assert message_add_guarded(message=message, added={"[IDENTIFIANT_9]": "QV"}) == 0
