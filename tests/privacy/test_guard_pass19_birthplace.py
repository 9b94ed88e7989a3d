"""A place of birth is masked in the citizen's words, never in a fiche's (nineteenth pass: places of birth said as such
are personal data; the fiches name the towns of public offices)."""

from guichet.drafting.triage_model import model_text
from guichet.privacy.guard import guard_prompt
from guichet.privacy.pseudonymise import pseudonymise


def test_the_town_of_birth_is_masked_in_the_citizens_text_and_left_in_the_fiche():
    body = "Je suis née le 3 juin 1971 à Nantes et j'attends toujours ma copie intégrale."
    pseudonymised = pseudonymise(body)
    assert "Nantes" not in pseudonymised.text
    mapping = pseudonymised.mapping
    assert "Nantes" in mapping.values() and any(key.startswith("[LIEU_NAISSANCE_") for key in mapping)
    fiche = "La demande se fait auprès du Service central d'état civil, 11 rue de la Maison Blanche, 44941 Nantes."
    # the citizen's words as written, as if intake had let them through: the guard is the last line
    messages = [
        {"role": "system", "content": f"Source 1 : {fiche}"},
        {"role": "user", "content": f"Message de l'usager :\n{body}"},
    ]
    guarded = guard_prompt(messages, mapping=mapping, citizen_texts=[body])
    assert "Nantes" not in guarded.messages[1]["content"]
    assert fiche in guarded.messages[0]["content"]
    assert not guarded.refused


def test_triage_reads_a_masked_town_of_birth_as_a_town():
    assert model_text("Acte", "Je suis né à [LIEU_NAISSANCE_1] (Maroc).") == "Acte\nJe suis né à Lyon (Maroc)."
