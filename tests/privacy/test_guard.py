"""The privacy guard before every model call: no personal value of the message leaves in a prompt."""

from guichet.drafting.compose import compose
from guichet.drafting.prompts import AdministrationProfile
from guichet.drafting.triage import triage
from guichet.privacy.guard import guard_prompt
from tests.drafting.backends import ScriptedBackend

MAPPING = {"[PERSONNE_1]": "Aminata Sow", "[TELEPHONE_1]": "06 41 77 32 08", "[DATE_1]": "2 mars"}


def prompt(body: str, fiche: str = "Le timbre fiscal coûte 86 €.") -> list[dict[str, str]]:
    return [
        {"role": "system", "content": f"Réponds avec les sources.\nSource 1 : {fiche}"},
        {"role": "user", "content": f"Message de l'usager :\n{body}"},
    ]


def test_a_known_value_still_written_out_is_replaced_whatever_its_case_or_separators():
    body = "Bonjour, c'est AMINATA SOW, rappelez-moi au 06.41.77.32.08 svp."
    guarded = guard_prompt(prompt(body), mapping=MAPPING, citizen_texts=[body])
    text = guarded.messages[1]["content"]
    assert "AMINATA" not in text and "06.41" not in text
    assert "[PERSONNE_1]" in text and "[TELEPHONE_1]" in text
    assert guarded.audit() == {
        "replaced": 2,
        "by_kind": {"known_value": 2},
        "by_type": {"TELEPHONE": 1, "PERSONNE": 1},
        "refused": False,
    }
    assert not guarded.refused and guarded.added == {}


def test_a_lone_word_of_a_known_name_is_masked_in_the_citizens_text_only():
    body = "Mme Sow est ma voisine, elle a payé le 2 mars."
    fiche = "Le formulaire Sow-Martin n'existe pas ; le 2 mars est un exemple."
    guarded = guard_prompt(prompt(body, fiche), mapping=MAPPING, citizen_texts=[body])
    assert guarded.messages[1]["content"].endswith("Mme [PERSONNE_1] est ma voisine, elle a payé le [DATE_1].")
    assert fiche in guarded.messages[0]["content"]  # a fiche's words and dates are not the citizen's


def test_a_signature_name_that_intake_missed_gets_a_new_placeholder():
    body = "Bonjour, ma demande est bloquée.\nCordialement\nLou"
    guarded = guard_prompt(prompt(body), mapping=MAPPING, citizen_texts=[body])
    assert guarded.messages[1]["content"].endswith("Cordialement\n[PERSONNE_2]")
    assert guarded.added == {"[PERSONNE_2]": "Lou"}
    assert guarded.audit()["by_kind"] == {"signature_name": 1}


def test_a_clean_prompt_is_left_as_it_is():
    body = "Bonjour, combien coûte un passeport ? Merci.\n[PERSONNE_1]"
    messages = prompt(body)
    guarded = guard_prompt(messages, mapping=MAPPING, citizen_texts=[body])
    assert guarded.messages == messages and not guarded.changed


def test_compose_sends_the_model_the_guarded_prompt_and_says_so():
    profile = AdministrationProfile(name="Mairie de Lyon", signature="Le service État civil")
    sources = [
        {
            "n": 1,
            "fiche_id": "F1",
            "title": "Passeport",
            "heading": "Coût",
            "passage": "Le timbre fiscal coûte 86 € pour un majeur.",
            "url": "https://www.service-public.fr/particuliers/vosdroits/F1",
            "resources": [],
        }
    ]
    title = "Prix du passeport"
    # intake missed the surname written alone and the first name of the signature
    body = "Bonjour, combien coûte un passeport ? Mme Sow, ma voisine, l'a payé.\nMerci\nLou"
    backend = ScriptedBackend(outputs=["Le timbre fiscal coûte 86 € pour un majeur [Source 1]."])
    composed = compose(
        profile=profile,
        title=title,
        body=body,
        triage=triage(title=title, body=body, administration=profile.name),
        sources=sources,
        coverage={"covered": True, "reason": "ok"},
        backend=backend,
        personal_data={"[PERSONNE_1]": "Aminata Sow"},
    )
    sent = "\n".join(message["content"] for call in backend.calls for message in call)
    assert "Sow" not in sent and "\nLou" not in sent
    assert "Mme [PERSONNE_1], ma voisine" in sent and "Merci\n[PERSONNE_2]" in sent
    assert "privacy_guard" in [alert["code"] for alert in composed.alerts]
    assert composed.attempts[0].parameters["privacy_guard"]["replaced"] == 2
    assert "Sow" not in str(composed.attempts[0].parameters)
