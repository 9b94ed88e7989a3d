"""Twenty-fourth pass: a care institution where the writer is treated is masked in the citizen's words, never in a
fiche's (a fiche names reference centres and hospitals: the guard looks for it only in the citizen's texts, as for an
employer or a town of birth)."""

from guichet.privacy.guard import guard_prompt
from guichet.privacy.pseudonymise import pseudonymise


def test_the_care_institution_is_masked_in_the_citizens_text_and_left_in_the_fiche():
    body = "Bonjour, ma fille est suivie au CHU de Bordeaux pour sa mucoviscidose, puis-je demander l'AEEH ?"
    pseudonymised = pseudonymise(body)
    mapping = pseudonymised.mapping
    assert any(k.startswith("[ETABLISSEMENT_") and v == "CHU de Bordeaux" for k, v in mapping.items()), mapping
    fiche = "Le certificat peut être établi par le centre de ressources du CHU de Bordeaux ou par votre médecin."
    messages = [
        {"role": "system", "content": f"Source 1 : {fiche}"},
        {"role": "user", "content": f"Message de l'usager :\n{body}"},
    ]
    guarded = guard_prompt(messages, mapping=mapping, citizen_texts=[body])
    assert "CHU de Bordeaux" not in guarded.messages[1]["content"]
    assert fiche in guarded.messages[0]["content"]
    assert not guarded.refused
