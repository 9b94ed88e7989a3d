"""Twenty-first pass: an employer is masked in the citizen's words, never in a fiche's (the guard looks for an
employer only in the citizen's texts, as for a date or a town of birth; a fiche names large employers, the SNCF)."""

from guichet.privacy.guard import guard_prompt
from guichet.privacy.pseudonymise import pseudonymise


def test_the_employer_is_masked_in_the_citizens_text_and_left_in_the_fiche():
    body = "Bonjour, je travaille chez SNCF Voyageurs à Rodez depuis 2009 et je voudrais partir en retraite anticipée."
    pseudonymised = pseudonymise(body)
    mapping = pseudonymised.mapping
    assert any(key.startswith("[EMPLOYEUR_") and value == "SNCF Voyageurs" for key, value in mapping.items()), mapping
    fiche = "Les agents de SNCF Voyageurs relèvent du régime spécial de la SNCF."
    messages = [
        {"role": "system", "content": f"Source 1 : {fiche}"},
        {"role": "user", "content": f"Message de l'usager :\n{body}"},
    ]
    guarded = guard_prompt(messages, mapping=mapping, citizen_texts=[body])
    assert "SNCF Voyageurs" not in guarded.messages[1]["content"]
    assert fiche in guarded.messages[0]["content"]
    assert not guarded.refused
