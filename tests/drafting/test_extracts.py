"""Verbatim extracts: every question answered, tables and lists read in context, reference passages cited."""

from guichet.drafting.cases import decide, message_facts
from guichet.drafting.checks import check_draft
from guichet.drafting.extracts import (
    extractive_middle,
    format_extracts,
    keep_cited_sources,
    links_block,
    select_extracts,
    shown_label,
)
from guichet.drafting.prompts import AdministrationProfile, build_messages
from guichet.drafting.retrieval import build_sources

URL = "https://www.service-public.fr/particuliers/vosdroits/F35063"


def source(n, heading, text, *, fiche_id="F35063", in_prompt=True):
    return {
        "n": n,
        "fiche_id": fiche_id,
        "title": "Retraite à taux plein",
        "heading": f"Retraite à taux plein > {heading}",
        "passage": text,
        "extract": text,
        "url": URL,
        "resources": [],
        "in_prompt": in_prompt,
    }


def relevant_extracts(*args, **kwargs):
    """The quoted lines grouped by passage, as the draft gets them."""
    return select_extracts(*args, **kwargs).blocks


def quoted_text(sources, questions, context=""):
    """Every sentence the extracts quote, in one string."""
    return " ".join(s for _, sentences, _ in relevant_extracts(sources, questions, context) for s in sentences)


TABLE = (
    "Année de naissance | Nombre de trimestres exigé\n"
    "1958 à 1960 | 167 (41 ans et 9 mois)\n"
    "1961 à 1963 | 168 (42 ans)\n"
    "1964 à 1966 | 169 (42 ans et 3 mois)"
)


def test_a_table_row_is_read_with_its_header_and_the_writers_year_picks_it():
    sources = [source(1, "Salarié du privé – Durée d'assurance", TABLE)]
    blocks = relevant_extracts(sources, ["Je suis né en 1962 : combien de trimestres me faut-il ?"])
    # The rows of other years are not the writer's: only the row of 1962 is quoted, with its header.
    assert blocks == [("", ["Année de naissance : 1961 à 1963 ; Nombre de trimestres exigé : 168 (42 ans)"], 1)]


def test_a_row_that_spans_the_first_cell_inherits_it_and_a_second_header_splits_by_situation():
    table = (
        "Année de naissance | Âge de départ | Trimestres | Début de carrière\n"
        "Né entre janvier et septembre | Né entre octobre et décembre\n"
        "1960 | 58 ans | 175 | 5 trimestres à 16 ans | 4 trimestres à 16 ans\n"
        "60 ans | 167 | 5 trimestres à 20 ans | 4 trimestres à 20 ans\n"
        "1961, 1962 ou 1963 | 58 ans | 176 | 5 trimestres à 16 ans | 4 trimestres à 16 ans\n"
        "60 ans | 168 | 5 trimestres à 20 ans | 4 trimestres à 20 ans"
    )
    blocks = relevant_extracts(
        [source(1, "Carrière longue", table)], ["Née en novembre 1962, à quel âge puis-je partir ?"]
    )
    sentences = blocks[0][1]
    assert sentences == [
        "Année de naissance : 1961, 1962 ou 1963 ; Âge de départ : 58 ans ; Trimestres : 176 ; "
        "Début de carrière (Né entre octobre et décembre) : 4 trimestres à 16 ans",
        "Année de naissance : 1961, 1962 ou 1963 ; Âge de départ : 60 ans ; Trimestres : 168 ; "
        "Début de carrière (Né entre octobre et décembre) : 4 trimestres à 20 ans",
    ]


def test_a_list_item_keeps_the_sentence_that_introduces_it():
    text = (
        "Pour partir avant l'âge légal, vous devez remplir les 2 conditions suivantes :\n"
        "- avoir commencé à travailler avant 20 ans\n"
        "- justifier de la durée d'assurance exigée"
    )
    blocks = relevant_extracts([source(1, "Carrière longue", text)], ["Ai-je commencé à travailler assez tôt ?"])
    sentences = blocks[0][1]
    # Two conditions to meet together come together (see the test on conditions below).
    assert sentences == [
        "Pour partir avant l'âge légal, vous devez remplir les 2 conditions suivantes : "
        "avoir commencé à travailler avant 20 ans ; justifier de la durée d'assurance exigée"
    ]


def test_an_item_of_a_running_list_is_quoted_as_a_sentence_that_ends():
    text = (
        "L'allocation de base est cumulable avec :\n"
        "- l'allocation journalière de présence parentale (AJPP),\n"
        "- la prime à la naissance.\n"
        "En revanche, l'allocation de base n'est pas cumulable avec le complément familial."
    )
    question = ["L'allocation de base est-elle cumulable avec l'allocation journalière de présence parentale ?"]
    line = "\n".join(format_extracts(relevant_extracts([source(1, "Cumul", text)], question)))
    assert "cumulable avec : l'allocation journalière de présence parentale (AJPP) ; la prime" in line
    assert "(AJPP)," not in line and ",." not in line


def test_every_question_gets_an_answer_not_only_the_wordiest():
    sources = [
        source(
            1,
            "Âge de départ",
            "L'âge légal de départ à la retraite est de 62 ans pour les assurés nés à partir de 1955. "
            "L'âge légal de départ dépend de l'année de naissance de l'assuré. "
            "L'âge légal de départ est un âge minimum : partir à l'âge légal ne donne pas toujours le taux plein.",
        ),
        source(2, "Demande", "La demande de retraite se fait en ligne sur le site de l'Assurance retraite."),
    ]
    questions = [
        "À quel âge légal de départ puis-je partir selon mon année de naissance ?",
        "Où faire la demande ?",
        "Départ à la retraite",
    ]
    blocks = relevant_extracts(sources, questions, limit=2)
    cited = {n for _, _, n in blocks}
    assert cited == {1, 2}  # the short second question is answered although the first has more words in common


def test_reference_passages_are_never_sent_to_the_model_and_kept_only_when_cited():
    hit = {
        "fiche_id": "F35063",
        "title": "Retraite à taux plein",
        "url": URL,
        "passages": [
            {"heading": f"Retraite > Partie {i}", "text": f"Texte de la partie {i} de la fiche.", "score": 1.0}
            for i in range(1, 7)
        ],
    }
    sources = build_sources([hit])
    assert [s["in_prompt"] for s in sources] == [True, True, True, False, False, False]
    messages = build_messages(
        profile=AdministrationProfile(name="CAF"), title="Question", message="Bonjour", sources=sources
    )
    assert "partie 3" in messages[-1]["content"] and "partie 4" not in messages[-1]["content"]

    middle, kept = keep_cited_sources("Texte de la partie 6 de la fiche. [6] Voir aussi [2] et [9].", sources)
    assert [s["n"] for s in kept] == [1, 2, 3, 4]  # the model's three sources, then the one cited passage
    assert kept[-1]["heading"] == "Retraite > Partie 6"
    assert middle == "Texte de la partie 6 de la fiche. [4] Voir aussi [2] et [9]."
    checks, _ = check_draft(middle, sources=kept)
    assert checks["citations"]["invalid"] == [9]  # no such source: still flagged after renumbering


def test_the_extractive_draft_quotes_a_reference_passage_and_cites_it():
    sources = [
        source(1, "Généralités", "La retraite à taux plein dépend de la durée d'assurance."),
        source(2, "Durée d'assurance", TABLE, in_prompt=False),
        source(3, "Relevé", "Le relevé de carrière se consulte sur le site de l'Assurance retraite.", in_prompt=False),
    ]
    middle = extractive_middle(sources, ["Combien de trimestres faut-il pour une personne née en 1962 ?"])
    middle, kept = keep_cited_sources(middle, sources)
    assert [s["heading"] for s in kept] == [
        "Retraite à taux plein > Généralités",
        "Retraite à taux plein > Durée d'assurance",
    ]
    assert "Nombre de trimestres exigé" in middle and "[2]" in middle and "[3]" not in middle


def test_only_the_best_fiche_or_a_quoted_one_lends_its_online_service():
    best = source(1, "Demande", "La demande de retraite se fait en ligne.")
    other = {
        **source(2, "Recours", "Le conseil de prud'hommes juge les litiges.", fiche_id="F2360"),
        "resources": [{"kind": "form", "title": "Saisine des prud'hommes", "url": "https://example.test/cph"}],
    }
    assert links_block([best, other]).count("\n") == 0  # the fiche link only: no labour-court form
    assert "Saisine des prud'hommes" in links_block([best, other], "Le conseil de prud'hommes juge les litiges. [2]")


def test_a_service_for_one_city_or_departement_goes_only_to_a_writer_there():
    services = [
        {"kind": "téléservice", "title": "Demande d'Apa à Paris", "url": "https://example.test/paris"},
        {
            "kind": "formulaire",
            "title": "Demande d'allocation personnalisée d'autonomie",
            "url": "https://example.test/n",
        },
    ]
    best = {
        **source(1, "Demande", "La demande d'Apa se fait auprès du département."),
        "title": "Allocation personnalisée d'autonomie (Apa) à domicile",
        "resources": services,
    }
    assert "Demande d'allocation personnalisée" in links_block(
        [best], about="Ma mère vit à Lyon, comment demander l'Apa ?"
    )
    assert "Apa à Paris" in links_block([best], about="Ma mère vit à Paris, comment demander l'Apa ?")


def test_a_holders_case_is_quoted_only_to_a_writer_who_names_what_they_hold():
    """ "Vous étiez bénéficiaire de la CMU-C : vous avez droit à la CSS gratuitement" told a first claimant earning too
    much that hers would be free (the train reading)."""
    text = "Vous ne devez rien payer en plus : vous avez droit à la complémentaire santé solidaire gratuitement."
    holder = source(1, "Vous étiez bénéficiaire de la CMU-C", text)
    asked = ["Ai-je droit à la complémentaire santé solidaire gratuite ?"]
    assert relevant_extracts([holder], asked, "Je gagne 17 800 € par an, sans mutuelle.") == []
    blocks = relevant_extracts([holder], asked, "J'avais la CMU-C jusqu'en octobre.")
    assert "gratuitement" in blocks[0][1][0]


def test_the_model_reads_a_passage_for_each_question():
    texts = {
        "Conditions": "Vous devez avoir 62 ans et la durée d'assurance exigée.",
        "Âge légal": "L'âge légal dépend de votre année de naissance.",
        "Taux plein": "Le taux plein est automatique à 67 ans.",
        "Décote": "La décote réduit la pension de retraite.",
        "Demande": "La demande se fait en ligne sur le site de l'Assurance retraite, 4 à 6 mois avant le départ.",
    }
    hit = {
        "fiche_id": "F35063",
        "title": "Retraite",
        "url": URL,
        "passages": [{"heading": f"Retraite > {h}", "text": t, "score": 1.0} for h, t in texts.items()],
    }
    by_search = [s["heading"] for s in build_sources([hit]) if s["in_prompt"]]
    assert by_search == ["Retraite > Conditions", "Retraite > Âge légal", "Retraite > Taux plein"]
    asked = build_sources([hit], questions=["Quel est l'âge légal ?", "Où faire ma demande ?"])
    assert [s["heading"] for s in asked if s["in_prompt"]] == [
        "Retraite > Conditions",  # the search's best stays first
        "Retraite > Âge légal",
        "Retraite > Demande",
    ]
    assert {s["heading"] for s in asked} == {f"Retraite > {h}" for h in texts}  # the others become references


def test_a_sentence_cut_mid_phrase_is_never_quoted():
    text = "Pour refaire votre carte, vous devez aller dans une mairie équipée en fournissant une"
    cut = source(1, "Carte d'identité", f"{text}\nLa carte d'identité est gratuite si vous rendez l'ancienne carte.")
    blocks = relevant_extracts([cut], ["Comment refaire ma carte d'identité en mairie ?"])
    assert blocks and all(text not in sentence for _, sentences, _ in blocks for sentence in sentences)


def test_two_items_of_one_list_share_their_lead_in():
    text = (
        "Le Cesu déclaratif vous permet de remplir vos obligations d'employeur de manière simplifiée :\n"
        "- Vous n'avez pas à établir de bulletin de paie.\n"
        "- Le volet social du Cesu tient lieu de déclaration d'embauche."
    )
    blocks = relevant_extracts([source(1, "Cesu", text)], ["Dois-je faire le bulletin de paie et la déclaration ?"])
    assert blocks[0][1] == [
        "Le Cesu déclaratif vous permet de remplir vos obligations d'employeur de manière simplifiée : "
        "Vous n'avez pas à établir de bulletin de paie. ; "
        "Le volet social du Cesu tient lieu de déclaration d'embauche."
    ]


def test_an_item_that_finishes_the_one_before_is_never_quoted_without_it():
    """ "Vous devez présenter : et votre attestation CSS" was quoted when only the second item matched."""
    text = (
        "Pour bénéficier du tiers payant, vous devez présenter :\n"
        "- votre carte Vitale à jour (à défaut, l'attestation papier de vos droits)\n"
        "- et votre attestation de complémentaire santé solidaire."
    )
    questions = ["Quelle attestation de complémentaire santé solidaire faut-il montrer ?"]
    blocks = relevant_extracts([source(1, "Vous bénéficiez de la CSS", text)], questions)
    quoted = " ".join(blocks[0][1])
    assert "présenter : et" not in quoted
    assert "présenter : votre carte Vitale à jour (à défaut, l'attestation papier de vos droits) et votre " in quoted
    assert quoted.count("carte Vitale") == 1


def test_conditions_to_meet_together_are_quoted_together_and_alternatives_alone():
    """One of "les 3 conditions suivantes" quoted alone reads as the whole rule (the train reading)."""
    together = (
        "La prime vous est attribuée si vous remplissez les 3 conditions suivantes :\n"
        "- Vous avez au moins 3 enfants à charge\n"
        "- Vous avez droit à l'aide au logement pour le nouveau logement\n"
        "- Vous déménagez dans les 6 mois suivant la naissance du 3e enfant"
    )
    blocks = relevant_extracts(
        [source(1, "Conditions", together)], ["J'ai 3 enfants à charge, ai-je droit à la prime ?"]
    )
    quoted = " ".join(s for _, sentences, _ in blocks for s in sentences)
    assert "3 enfants à charge ; Vous avez droit à l'aide au logement" in quoted and "dans les 6 mois" in quoted
    either = (
        "Vous devez remplir l'une des conditions suivantes :\n"
        "- Avoir depuis au moins 5 ans un titre de séjour permettant de travailler en France\n"
        "- Être réfugié, bénéficiaire de la protection subsidiaire ou apatride"
    )
    blocks = relevant_extracts([source(1, "Étranger", either)], ["Je suis réfugié, puis-je avoir la prime ?"])
    quoted = " ".join(s for _, sentences, _ in blocks for s in sentences)
    # The alternatives come as the choice they are, not one of them as if it were the condition.
    assert quoted == (
        "Vous devez remplir l'une des conditions suivantes : Avoir depuis au moins 5 ans un titre de séjour "
        "permettant de travailler en France ; Être réfugié, bénéficiaire de la protection subsidiaire ou apatride"
    )


def test_a_fiches_own_question_is_not_quoted_and_a_sentence_that_says_its_case_needs_no_label():
    faq = source(
        1,
        "Durée",
        "Combien de trimestres faut-il pour une retraite à taux plein ? "
        "Il faut 168 trimestres pour une retraite à taux plein si vous êtes né en 1962.",
    )
    blocks = relevant_extracts([faq], ["Combien de trimestres faut-il pour ma retraite à taux plein ?"])
    quoted = " ".join(s for _, sentences, _ in blocks for s in sentences)
    assert "Il faut 168 trimestres" in quoted and "?" not in quoted
    lines = format_extracts(
        [("Votre demande est acceptée", ["Si votre demande est acceptée, vous êtes convoqué."], 2)]
    )
    assert lines == ["- Si votre demande est acceptée, vous êtes convoqué. [2]"]
    lines = format_extracts([("Vous êtes Français", ["Vous demandez l'échange de votre permis français."], 3)])
    assert lines == ["- Vous êtes Français : Vous demandez l'échange de votre permis français. [3]"]


def test_a_chapter_for_a_situation_the_message_does_not_mention_is_not_quoted():
    sources = [
        source(1, "Montant", "L'AAH est versée chaque mois : son montant maximal est de 902,70 €."),
        source(
            2, "En cas d'incarcération – Plus de 60 jours", "Le montant de l'AAH est réduit à 30 %, soit 270,81 €."
        ),
    ]
    question = ["Quel est le montant de l'AAH par mois ?"]
    quoted = " ".join(s for _, sentences, _ in relevant_extracts(sources, question) for s in sentences)
    assert "902,70 €" in quoted and "270,81 €" not in quoted
    # The writer who says it is in prison gets that chapter.
    inside = ["Je suis détenu depuis trois mois : quel est le montant de l'AAH par mois ?"]
    quoted = " ".join(s for _, sentences, _ in relevant_extracts(sources, inside) for s in sentences)
    assert "270,81 €" in quoted


def test_a_sentence_that_leans_on_the_one_before_is_quoted_with_it_or_not_at_all():
    text = (
        "Le renouvellement anticipé est possible si vous partez à l'étranger avec votre carte périmée.\n"
        "Le renouvellement anticipé de votre carte d'identité ne sera donc pas possible.\n"
        "La carte n'est pas fabriquée sur place et n'est donc pas délivrée immédiatement."
    )
    question = ["Puis-je renouveler ma carte d'identité avant son expiration ?"]
    blocks = relevant_extracts([source(1, "Carte", text)], question)
    quoted = " ".join(s for _, sentences, _ in blocks for s in sentences)
    alone = "Le renouvellement anticipé de votre carte d'identité ne sera donc pas possible."
    assert alone in quoted
    assert quoted.count(alone) == 1
    assert f"votre carte périmée. {alone}" in quoted  # never alone: "donc" concludes the sentence before
    # "… et n'est donc pas …" concludes inside its own sentence: it may stand alone.
    lines = relevant_extracts([source(1, "Carte", text)], ["La carte est-elle fabriquée sur place ?"])
    assert any(s.startswith("La carte n'est pas fabriquée") for _, sentences, _ in lines for s in sentences)


def test_a_sentence_that_opens_on_this_date_or_this_delay_comes_with_the_one_that_says_which():
    text = (
        "La date de délivrance indiquée sur le permis est la date de délivrance du permis français.\n"
        "À partir de cette date, le permis est valable 15 ans."
    )
    blocks = relevant_extracts([source(1, "Échange", text)], ["Combien de temps mon permis est-il valable ?"])
    quoted = " ".join(s for _, sentences, _ in blocks for s in sentences)
    assert "permis français. À partir de cette date, le permis est valable 15 ans." in quoted


def test_a_pronoun_with_nothing_before_it_in_the_passage_is_not_quoted():
    text = "Elle est versée automatiquement jusqu'au 21e anniversaire de l'enfant."
    assert relevant_extracts([source(1, "Durée", text)], ["Jusqu'à quand l'allocation est-elle versée ?"]) == []


def test_a_lower_fiche_written_for_another_public_is_not_quoted():
    general = source(
        1, "Durée", "Le congé de maternité dure 16 semaines pour un 1er ou un 2e enfant.", fiche_id="F2265"
    )
    general["title"] = "Congé de maternité de la salariée du secteur privé"
    civil = source(2, "Durée", "Le congé de maternité de l'agente dure 16 semaines, 26 pour un 3e enfant.")
    civil.update(fiche_id="F519", title="Congé de maternité dans la fonction publique")
    question = ["Combien de semaines dure le congé de maternité ?"]
    private = "Je suis salariée dans une pharmacie et j'attends mon troisième enfant."
    quoted = {n for _, _, n in relevant_extracts([general, civil], question, private)}
    assert quoted == {1}
    civil_servant = "Je suis aide-soignante titulaire à l'hôpital et j'attends mon troisième enfant."
    assert {n for _, _, n in relevant_extracts([general, civil], question, civil_servant)} == {1, 2}


def test_the_figures_of_a_worked_example_are_not_quoted_as_the_writer_s():
    text = (
        "Le cumul est plafonné à 160 % du Smic.\n"
        "Par exemple, un retraité reçoit une pension de 1 300 € brut et un salaire de 800 € brut.\n"
        "Ainsi le montant de sa retraite de base sera diminué de 236,93 €, soit à 1 063,07 € brut."
    )
    question = ["Le cumul de ma retraite et d'un salaire est-il plafonné ? De combien sera-t-elle diminuée ?"]
    quoted = " ".join(
        s for _, sentences, _ in relevant_extracts([source(1, "Cumul", text)], question) for s in sentences
    )
    # The rule is quoted; none of the example's figures, its first sentence's included (another person's pension).
    assert "160 % du Smic" in quoted
    assert "1 300" not in quoted and "236,93" not in quoted and "1 063,07" not in quoted
    # An example that announces itself with a heading line ("Exemple de calcul :") is someone else's case too.
    text = (
        "Le crédit d'impôt est égal à 50 % des dépenses, dans la limite de 2 300 € par enfant.\n"
        "Exemple de calcul :\n"
        "Dépenses de crèche : 1 000 € (la somme à déclarer, car inférieure au plafond de 2 300 €)\n"
        "Crédit d'impôt : 500 €"
    )
    question = ["Combien vais-je récupérer avec le crédit d'impôt pour la crèche, quelle somme déclarer ?"]
    quoted = quoted_text([source(1, "Calcul", text)], question)
    assert "50 % des dépenses" in quoted and "1 000" not in quoted and "500 €" not in quoted


def test_a_header_cell_over_two_columns_is_split_by_the_second_header_row():
    # The Agepi table: "Durée de travail" spans two columns whose own headers hold numbers ("15 heures").
    table = (
        "Nombre d'enfant(s) | Durée de travail ou de formation\n"
        "Moins de 15 heures par semaine (ou 64 heures par mois) | Entre 15 à 35h par semaine\n"
        "1 | 170 € | 400 €\n"
        "2 | 195 € | 460 €\n"
        "3 enfants ou + | 220 € | 520 €"
    )
    blocks = relevant_extracts(
        [source(1, "Montant", table)], ["J'ai 2 enfants, quel est le montant de l'aide pour la garde ?"]
    )
    assert blocks[0][1] == [
        "Nombre d'enfant(s) : 2 ; Durée de travail ou de formation (Moins de 15 heures par semaine (ou 64 heures "
        "par mois)) : 195 € ; Durée de travail ou de formation (Entre 15 à 35h par semaine) : 460 €"
    ]


def test_a_sentence_for_paris_or_an_overseas_department_goes_only_to_a_writer_there():
    sources = [
        source(1, "Où s'adresser", "Où s'adresser : Préfecture de police de Paris (CNI-Passeport)."),
        source(2, "Conditions", "Pour les DOM, la condition est de 20 km aller-retour pour l'entretien d'embauche."),
        source(3, "Conditions", "L'entretien d'embauche doit se situer à plus de 60 km aller-retour du domicile."),
    ]
    question = ["Mon entretien d'embauche est loin : où s'adresser et à quelle condition de km ?"]
    quoted = " ".join(s for _, sentences, _ in relevant_extracts(sources, question) for s in sentences)
    assert "60 km" in quoted
    assert "Paris" not in quoted and "DOM" not in quoted
    there = [
        "J'habite Paris 15e et je suis en Guadeloupe pour l'entretien : où s'adresser, à quelle condition de km ?"
    ]
    # Paris is named; an overseas department too ("Guadeloupe"), so both places' sentences may be quoted.
    quoted = " ".join(s for _, sentences, _ in relevant_extracts(sources, there) for s in sentences)
    assert "Préfecture de police de Paris" in quoted and "DOM" in quoted


def test_the_home_case_is_not_shown_to_a_writer_who_says_nothing_of_abroad():
    sources = [
        source(1, "En France", "Vous pouvez vous rendre dans n'importe quelle mairie équipée d'une station."),
        source(2, "À l'étranger", "Vous devez vous adresser au consulat dont vous dépendez."),
    ]
    blocks = relevant_extracts(sources, ["Dans quelle mairie faire ma carte d'identité ?"])
    assert blocks == [("", ["Vous pouvez vous rendre dans n'importe quelle mairie équipée d'une station."], 1)]
    abroad = relevant_extracts(sources, ["J'habite à l'étranger : dans quelle mairie ou quel consulat aller ?"])
    assert abroad == [("À l'étranger", ["Vous devez vous adresser au consulat dont vous dépendez."], 2)]


def test_everyday_words_reach_the_sentence_the_fiche_writes_in_its_own_words():
    sources = [
        source(1, "Montant", "Le montant de l'Aspa dépend de vos ressources et de votre situation familiale."),
        source(
            2,
            "Récupération",
            "Les sommes versées sont récupérées sur la succession après le décès du bénéficiaire, "
            "sur la part qui dépasse 39 000 €.",
        ),
    ]
    question = ["J'ai entendu dire que l'État reprend tout après la mort et que mes enfants n'auront rien : vrai ?"]
    blocks = relevant_extracts(sources, question, limit=1)
    assert blocks and "39 000 €" in blocks[0][1][0]


def test_a_fiche_for_an_adult_age_bracket_the_writer_is_outside_is_not_quoted():
    older = {**source(1, "Conditions", "Vous devez avoir au moins 25 ans pour demander le RSA.", fiche_id="F19778")}
    older["title"] = "RSA demandeur de 25 ans et plus"
    young = {**source(2, "Conditions", "Le RSA jeune actif est ouvert si vous avez travaillé 2 ans.", fiche_id="F286")}
    young["title"] = "RSA jeune actif"
    quoted = relevant_extracts([older, young], ["J'ai 23 ans, puis-je demander le RSA ?"])
    assert [n for _, _, n in quoted] == [2]
    # At 30, or with only a child's age, the bracket is not ruled out.
    for question in ("J'ai 30 ans, puis-je demander le RSA ?", "Seule avec mon fils de 5 ans, puis-je avoir le RSA ?"):
        assert 1 in [n for _, _, n in relevant_extracts([older, young], [question])], question


def test_the_draft_is_about_the_fiche_of_its_first_line_not_the_first_passage_searched():
    child = source(1, "Qui peut en bénéficier ?", "Le formulaire cerfa se remplit en ligne.", fiche_id="F151")
    child.update(title="Congé pour enfant malade", heading="Définitions > Cerfa")  # a glossary: never quoted
    child_days = source(3, "Durée", "Votre enfant a moins d'1 an : le congé pour enfant malade dure 5 jours par an.")
    child_days.update(fiche_id="F151", title="Congé pour enfant malade")
    gift_rule = "Combien de jours de congé pour un enfant malade : des collègues peuvent donner leurs jours de congé."
    gift = source(2, "Conditions", gift_rule)
    gift.update(fiche_id="F32112", title="Don de jours de repos")
    middle = extractive_middle([child, gift, child_days], ["Combien de jours de congé pour mon enfant malade ?"])
    assert middle.splitlines()[0] == "Voici ce que prévoit la fiche officielle « Congé pour enfant malade » :"
    assert "5 jours par an" in middle.splitlines()[1]


def test_a_case_the_message_did_not_choose_is_shown_as_a_condition_not_as_the_writers_situation():
    entries = [
        (("Vous vivez en couple",), "Le montant est de 1 402,22 € pour le couple."),
        (("Vous vivez seul(e)",), "Le montant est de 903,20 €."),
        (("Réclamation", "Votre réclamation est acceptée"), "Vous êtes remboursé des sommes payées en trop."),
        (("Réclamation", "Votre réclamation est refusée"), "Vous pouvez saisir le tribunal administratif."),
    ]
    unknown = decide(entries, message_facts("Quel est le montant de l'allocation ?"))
    assert shown_label(("Vous vivez en couple",), unknown) == "Si vous vivez en couple"
    assert shown_label(("Réclamation", "Votre réclamation est acceptée"), unknown) == (
        "Si votre réclamation est acceptée"
    )
    told = decide(entries, message_facts("Je vis seule depuis la mort de mon mari. Quel est le montant ?"))
    assert shown_label(("Vous vivez seul(e)",), told) == "Vous vivez seul(e)"


def test_a_lower_fiche_answers_a_question_the_first_leaves_open_but_does_not_fill_the_draft():
    days = source(1, "Durée", "Le congé pour enfant malade dure 3 jours par an, 5 jours si l'enfant a moins d'un an.")
    proof = source(2, "Démarche", "Vous devez remettre à l'employeur le certificat médical de l'enfant malade.")
    gift_rule = (
        "Le parent d'un enfant malade peut recevoir des jours de congé donnés par un collègue, un don de jours."
    )
    gift = source(3, "Conditions", gift_rule, fiche_id="F32112")
    context = "Ma fille de 8 mois est malade, le pédiatre a fait un certificat."
    question = ["Combien de jours de congé pour mon enfant malade ?"]
    assert [n for _, _, n in relevant_extracts([days, proof, gift], question, context)] == [1, 2]
    asked = [*question, "Un collègue peut-il me donner ses jours de repos ?"]
    assert 3 in [n for _, _, n in relevant_extracts([days, proof, gift], asked, context)]


def test_a_pointer_to_a_form_or_an_online_service_is_not_quoted_as_a_rule():
    text = (
        "L'allocation de soutien familial est versée au parent seul dont l'enfant est privé de pension alimentaire.\n"
        "Formulaire : Demande d'allocation de soutien familial. Où s'adresser : Caf\n"
        "Service en ligne : Simulateur de l'allocation de soutien familial"
    )
    question = ["La Caf peut-elle verser l'allocation de soutien familial si la pension alimentaire n'est pas payée ?"]
    quoted = quoted_text([source(1, "ASF", text)], question)
    assert "privé de pension alimentaire" in quoted
    assert "Formulaire" not in quoted and "Simulateur" not in quoted


def test_the_fiches_list_of_forms_and_online_services_is_not_quoted():
    rule = source(1, "Montant", "Le montant de base des allocations familiales est de 301 € pour 3 enfants.")
    forms = source(2, "Services en ligne", "- Demande d'allocations familiales (Caf)\n- Simulateur des allocations")
    forms["heading"] = "Services en ligne et formulaires"
    question = ["Quel montant d'allocations familiales pour 3 enfants et comment faire la demande ?"]
    assert [n for _, _, n in relevant_extracts([rule, forms], question)] == [1]


def test_a_simulator_answers_how_much_and_the_claim_form_answers_the_rest():
    rsa = {
        **source(1, "Conditions", "Le RSA est versé à partir de 25 ans."),
        "resources": [
            {"kind": "Service en ligne", "title": "Simulateur de RSA (Caf)", "url": "https://example.test/simu"},
            {"kind": "Téléservice", "title": "Demande de RSA (Caf)", "url": "https://example.test/demande"},
            {"kind": "Téléservice", "title": "Demande de bourse d'études maritimes", "url": "https://example.test/b"},
        ],
    }
    asks_how = "Je suis seule avec mes enfants depuis octobre, sans revenus. Comment faire pour toucher le RSA ?"
    assert "Demande de RSA (Caf)" in links_block([rsa], about=asks_how)
    asks_how_much = "Je suis seule avec mes enfants, sans revenus. Combien toucherais-je de RSA ?"
    assert "Simulateur de RSA (Caf)" in links_block([rsa], about=asks_how_much)
    # A form that names something else is no claim of what the message names: the first service stays.
    other = {**rsa, "resources": [rsa["resources"][0], rsa["resources"][2]]}
    assert "Simulateur de RSA (Caf)" in links_block([other], about="Le RSA pendant mes études ?")


def test_a_service_about_nothing_the_message_or_the_fiche_speaks_of_is_left_out():
    """A wrong online service is worse than none (the d9 reading: "Faire suivre son courrier" under a doctor's fees);
    the fiche's link stays."""
    services = [
        {"kind": "téléservice", "title": "Faire suivre son courrier en cas de déménagement", "url": "https://a.test"},
        {"kind": "téléservice", "title": "Estimer le montant de ses allocations chômage", "url": "https://b.test"},
    ]
    fiche = {
        **source(1, "Remboursement", "La consultation est remboursée à 70 % par l'Assurance maladie."),
        "title": "Consultation chez le médecin généraliste : remboursement",
        "url": "https://example.test/fiche",
        "resources": services,
    }
    links = links_block([fiche], about="Mon médecin a dépassé le tarif, combien vais-je être remboursé ?")
    assert "Pour faire la démarche" not in links and "Pour en savoir plus" in links
    # A service named by the message, or by the fiche's title, is given.
    moving = links_block([fiche], about="Je déménage à Rennes : comment faire suivre mon courrier ?")
    assert "Faire suivre son courrier" in moving
    unemployed = {**fiche, "title": "Allocations chômage : montant"}
    assert "Estimer le montant de ses allocations chômage" in links_block([unemployed], about="Je suis au chômage.")


def test_a_sentence_about_the_duration_of_this_thing_comes_with_the_thing():
    text = (
        "Le montant forfaitaire est augmenté si vous élevez seul vos enfants. "
        "La durée de cette majoration est de 12 mois au plus."
    )
    blocks = relevant_extracts([source(1, "Montant", text)], ["Combien de temps dure la majoration ?"], limit=1)
    quoted = " ".join(s for _, sentences, _ in blocks for s in sentences)
    assert "La durée de cette majoration est de 12 mois" in quoted
    assert "augmenté si vous élevez seul vos enfants" in quoted
