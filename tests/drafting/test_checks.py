from guichet.drafting.checks import check_draft, extract_numbers, readability

SOURCES = [
    {"n": 1, "title": "Pension de réversion", "heading": "Montant", "passage": "Elle vaut 54 % de la retraite."},
    {
        "n": 2,
        "title": "Pension de réversion",
        "heading": "Conditions",
        "passage": "Vos ressources ne doivent pas dépasser 21 112 € par an. Appelez le 39 60.",
        "url": "https://www.service-public.fr/particuliers/vosdroits/F13104",
    },
]


def codes(alerts):
    return [a["code"] for a in alerts]


def test_a_grounded_draft_passes():
    text = (
        "Bonjour,\n\nLa pension de réversion est égale à 54 % de la retraite [1]. "
        "Vos ressources ne doivent pas dépasser 21 112 € par an [2].\n\nBien cordialement,"
    )
    checks, alerts = check_draft(text, sources=SOURCES, trusted_texts=["Bonjour,", "Bien cordialement,"])
    assert checks["citations"]["cited"] == [1, 2]
    assert checks["numbers"]["unsupported"] == []
    assert not [a for a in alerts if a["level"] == "error"]
    assert set(checks) >= {"citations", "numbers", "promises", "placeholders", "unsupported_sentences", "readability"}


def test_invalid_citation_unsupported_numbers_and_urls_are_flagged():
    text = "La pension vaut 60 % de la retraite [3]. Appelez le 01 23 45 67 89 ou voyez www.exemple-faux.fr [2]."
    checks, alerts = check_draft(text, sources=SOURCES)
    assert checks["citations"]["invalid"] == [3]
    flagged = [u["text"] for u in checks["numbers"]["unsupported"]]
    assert "60 %" in flagged and "01 23 45 67 89" in flagged and "www.exemple-faux.fr" in flagged
    assert "39 60" not in flagged
    assert codes(alerts).count("number_unsupported") == 3
    span = checks["numbers"]["unsupported"][0]["span"]
    assert text[span[0] : span[1]] == "60 %"


def test_numbers_from_the_message_and_trusted_texts_are_supported():
    text = "Vous avez écrit le 12/03/2024. En cas d'urgence, appelez le 3114 [1]."
    checks, _ = check_draft(text, sources=SOURCES, message_text="Ma demande du 12/03/2024", trusted_texts=["3114"])
    assert checks["numbers"]["unsupported"] == []


def test_promised_decisions_and_leftovers():
    text = (
        "Votre dossier est accepté [1]. Vous recevrez le paiement le 5 du mois [2]. "
        "Signé : [Nom de l'agent]. {signature} [PERSONNE_2]"
    )
    checks, alerts = check_draft(text, sources=SOURCES, known_placeholders=["[PERSONNE_1]"])
    assert len(checks["promises"]) == 2
    leftovers = [p["text"] for p in checks["placeholders"]]
    assert "{signature}" in leftovers and "[PERSONNE_2]" in leftovers
    assert "promise" in codes(alerts) and "placeholder" in codes(alerts)


def test_unsupported_sentences_are_listed():
    text = "La pension vaut 54 % de la retraite [1]. Les chats noirs portent malheur le vendredi soir."
    checks, alerts = check_draft(text, sources=SOURCES)
    assert [s["sentence"] for s in checks["unsupported_sentences"]] == [
        "Les chats noirs portent malheur le vendredi soir."
    ]
    assert "sentence_unsupported" in codes(alerts)


def test_readability_prefers_short_plain_sentences():
    plain = readability("Vous pouvez faire la demande en ligne. Elle est gratuite. La réponse arrive par courrier.")
    heavy = readability(
        "Conformément aux dispositions réglementaires susmentionnées, l'instruction administrative de votre "
        "demande nécessite impérativement la production préalable de justificatifs complémentaires "
        "circonstanciés attestant l'effectivité de votre résidence habituelle et permanente."
    )
    assert plain["ok"] and not heavy["ok"]
    assert plain["score"] > heavy["score"]


def test_extract_numbers_skips_citations_and_placeholders():
    found = [n for _, _, n in extract_numbers("Voir [2] et [Source 3], [TELEPHONE_1] : 86 € et 1er janvier 2021.")]
    assert found == ["86 €", "1er janvier 2021"]
