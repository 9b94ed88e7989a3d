from guichet.privacy.pseudonymise import Entity, pseudonymise, pseudonymise_known, restore

MESSAGE = (
    "Bonjour, je m'appelle Karine Meunier.\n"
    "NIR : 2 71 01 33 063 088 67\n"
    "IBAN : FR76 3000 3150 0549 7210 9203 701\n"
    "Appelez-moi au 06 41 77 32 08 ou au 06 41 77 32 08, ou écrivez à karine.meunier@example.org.\n"
    "Karine Meunier, 6 rue des Cordiers, 33000 Bordeaux"
)


def test_placeholders_are_typed_and_numbered():
    result = pseudonymise(MESSAGE)
    assert result.text == (
        "Bonjour, je m'appelle [PERSONNE_1].\n"
        "NIR : [NIR_1]\n"
        "IBAN : [IBAN_1]\n"
        "Appelez-moi au [TELEPHONE_1] ou au [TELEPHONE_1], ou écrivez à [EMAIL_1].\n"
        "[PERSONNE_1], [ADRESSE_1]"
    )
    assert result.mapping["[PERSONNE_1]"] == "Karine Meunier"
    assert result.mapping["[NIR_1]"] == "2 71 01 33 063 088 67"


def test_entities_point_at_placeholders_and_hold_no_values():
    result = pseudonymise(MESSAGE)
    assert all(result.text[e.start : e.end] == e.placeholder for e in result.entities)
    assert result.entities[0] == Entity(type="PERSONNE", placeholder="[PERSONNE_1]", start=22, end=34)
    assert len(result.entities) == 8


def test_round_trip():
    result = pseudonymise(MESSAGE)
    assert restore(result.text, result.mapping) == MESSAGE


def test_text_without_personal_data_is_unchanged():
    text = "Comment demander le RSA à la CAF ? Le montant est de 607,75 € par mois."
    result = pseudonymise(text)
    assert (result.text, result.mapping, result.entities) == (text, {}, [])


def test_mapping_is_shared_between_title_and_body():
    body = pseudonymise("Merci.\nAminata Sow\ntél : 06 41 77 32 08")
    title = pseudonymise("Rappeler Aminata Sow au 06 41 77 32 08, ou Mme Sow", mapping=body.mapping)
    assert title.text == "Rappeler [PERSONNE_1] au [TELEPHONE_1], ou [PERSONNE_2]"
    assert title.mapping == {
        "[PERSONNE_1]": "Aminata Sow",
        "[TELEPHONE_1]": "06 41 77 32 08",
        "[PERSONNE_2]": "Mme Sow",
    }
    assert body.mapping == {"[PERSONNE_1]": "Aminata Sow", "[TELEPHONE_1]": "06 41 77 32 08"}  # not changed


def test_restore_copes_with_what_models_do_to_placeholders():
    mapping = {"[PERSONNE_1]": "Madame Sow", "[TELEPHONE_1]": "06 41 77 32 08", "[DATE_NAISSANCE_1]": "5 mai 1950"}
    draft = (
        "Bonjour [PERSONNE_1], \\[PERSONNE\\_1\\], [personne_1], [ PERSONNE 1 ], (PERSONNE_1), PERSONNE_1, "
        "[[PERSONNE_1]] ; tél. [TÉLÉPHONE_1] ; né(e) le [DATE_NAISSANCE_1] ; [PERSONNE_2] [IBAN_1]"
    )
    assert restore(draft, mapping) == (
        "Bonjour Madame Sow, Madame Sow, Madame Sow, Madame Sow, Madame Sow, Madame Sow, Madame Sow ; "
        "tél. 06 41 77 32 08 ; né(e) le 5 mai 1950 ; [PERSONNE_2] [IBAN_1]"
    )


def test_restore_without_mapping_leaves_text():
    assert restore("Bonjour [PERSONNE_1],", {}) == "Bonjour [PERSONNE_1],"


def test_pseudonymise_known_finds_values_in_another_form():
    mapping = pseudonymise(MESSAGE).mapping
    reply = "Bonjour Madame MEUNIER, nous vous rappellerons au 06.41.77.32.08 (karine.meunier@example.org)."
    assert pseudonymise_known(reply, mapping) == (
        "Bonjour [PERSONNE_2], nous vous rappellerons au [TELEPHONE_1] ([EMAIL_1])."
    )


def test_pseudonymise_known_detects_new_values():
    mapping = {"[PERSONNE_1]": "Karine Meunier"}
    reply = "Bonjour Karine Meunier, votre conseillère Mme Léa Petit vous appellera au 01 23 45 67 89."
    assert pseudonymise_known(reply, mapping) == (
        "Bonjour [PERSONNE_1], votre conseillère [PERSONNE_2] vous appellera au [TELEPHONE_1]."
    )
