from guichet.drafting.compose import assemble, clean_output, compose, unusable
from guichet.drafting.extracts import extractive_middle
from guichet.drafting.frame import COMPLAINT_ACKNOWLEDGEMENT, acknowledgement
from guichet.drafting.prompts import AdministrationProfile
from guichet.drafting.retrieval import build_sources
from guichet.drafting.triage import triage
from tests.drafting.backends import ScriptedBackend

PROFILE = AdministrationProfile(name="Mairie de Lyon", signature="Le service État civil")
SOURCES = [
    {
        "n": 1,
        "fiche_id": "F1",
        "title": "Passeport",
        "heading": "Coût",
        "passage": "Le timbre fiscal coûte 86 € pour un majeur. Il s'achète en ligne ou chez un buraliste.",
        "url": "https://www.service-public.fr/particuliers/vosdroits/F1",
        "resources": [{"kind": "service", "title": "Pré-demande de passeport", "url": "https://ants.gouv.fr/x"}],
    },
    {
        "n": 2,
        "fiche_id": "F1",
        "title": "Passeport",
        "heading": "Démarche",
        "passage": "Vous faites une pré-demande en ligne, puis vous allez dans une mairie équipée.",
        "url": "https://www.service-public.fr/particuliers/vosdroits/F1",
        "resources": [],
    },
]
COVERED = {"covered": True, "reason": "ok"}
TITLE, BODY = "Prix du passeport", "Bonjour, combien coûte un passeport pour un adulte ? Merci. [PERSONNE_1]"
GOOD = (
    "Bonjour Madame, Monsieur,\n\nLe timbre fiscal coûte 86 € pour un majeur [Source 1]. "
    "Vous faites une pré-demande en ligne, puis vous allez dans une mairie équipée [Source 2].\n\nCordialement."
)


def run(backend, *, body=BODY, coverage=COVERED, sources=SOURCES, **kwargs):
    result = triage(title=TITLE, body=body, administration=PROFILE.name)
    return compose(
        profile=PROFILE,
        title=TITLE,
        body=body,
        triage=result,
        sources=sources,
        coverage=coverage,
        backend=backend,
        known_placeholders=["[PERSONNE_1]"],
        **kwargs,
    )


def test_generated_draft_is_framed_cited_and_checked():
    streamed = []
    composed = run(ScriptedBackend(outputs=[GOOD]), on_token=streamed.append)
    assert composed.kind == "generated"
    assert composed.text.startswith("Bonjour,\n\nVotre demande concerne : Passeport.\nLe timbre fiscal coûte 86 €")
    assert "[1]" in composed.text and "[Source 1]" not in composed.text
    assert composed.text.endswith("Bien cordialement,\nLe service État civil")
    assert composed.text.count("Bonjour") == 1 and "Cordialement." not in composed.text
    assert composed.checks["numbers"]["unsupported"] == []
    assert "".join(streamed).strip() == GOOD.strip()
    assert len(composed.attempts) == 1 and composed.attempts[0].messages == composed.messages


def test_refusal_twice_falls_back_to_extracts():
    backend = ScriptedBackend(outputs=["Je ne peux pas vous aider avec cela.", "I'm sorry, I cannot help."])
    composed = run(backend)
    assert composed.kind == "extractive"
    assert len(backend.calls) == 2
    assert "Le timbre fiscal coûte 86 € pour un majeur" in composed.text
    assert "https://www.service-public.fr/particuliers/vosdroits/F1" in composed.text
    assert "https://ants.gouv.fr/x" in composed.text  # the online service
    assert {"extractive_fallback", "model_refusal"} <= {a["code"] for a in composed.alerts}


def test_failing_checks_twice_falls_back():
    wrong = "Le timbre coûte 120 € [Source 1]. Votre dossier est accepté [Source 2]."
    composed = run(ScriptedBackend(outputs=[wrong, wrong]))
    assert composed.kind == "extractive"
    assert composed.checks["fallback"] == "checks_failed"
    assert "120 €" not in composed.text


def test_one_bad_try_then_a_good_one():
    wrong = "Le timbre coûte 120 € [Source 1]."
    composed = run(ScriptedBackend(outputs=[wrong, GOOD]))
    assert composed.kind == "generated" and len(composed.attempts) == 2


def test_not_covered_skips_the_model_and_says_so():
    backend = ScriptedBackend(outputs=[GOOD])
    composed = run(backend, coverage={"covered": False, "reason": "scores de recherche trop faibles"})
    assert backend.calls == []
    assert composed.kind == "extractive"
    assert "ne répondent pas précisément à votre question" in composed.text
    assert "l'accueil de la mairie de Lyon" in composed.text  # where the answer is, not "an agent will look at it"
    assert "un agent va" not in composed.text.lower()
    assert "not_covered" in {a["code"] for a in composed.alerts}


def test_not_covered_but_quoting_passages_that_answer_part_of_it_does_not_contradict_them():
    routine = triage(title=TITLE, body=BODY, administration=PROFILE.name)
    quoted, _ = assemble(profile=PROFILE, triage=routine, middle="- Le timbre coûte 86 € [1]", covered=False)
    assert "ne correspondent pas exactement à votre situation" in quoted
    assert "ne répondent pas précisément" not in quoted and "l'accueil de la mairie de Lyon" in quoted
    nothing, _ = assemble(profile=PROFILE, triage=routine, middle="", covered=False)
    assert "ne répondent pas précisément à votre question" in nothing


def test_not_covered_and_no_sentence_answering_quotes_no_fiche():
    body = "Bonjour, la piscine municipale est-elle ouverte le dimanche matin pendant les vacances ?"
    composed = run(None, body=body, coverage={"covered": False, "reason": "scores de recherche trop faibles"})
    assert "ne répondent pas précisément" in composed.text
    assert "timbre" not in composed.text and "[1]" not in composed.text


def test_a_free_model_sentence_stating_a_right_without_a_source_is_removed():
    answer = (
        "Le timbre fiscal coûte 86 € pour un majeur [Source 1]. "
        "Vous n'avez pas droit à une réduction car vous êtes étudiant. "
        "Vous faites une pré-demande en ligne, puis vous allez dans une mairie équipée [Source 2]."
    )
    composed = run(ScriptedBackend(outputs=[answer]))
    assert composed.kind == "generated"
    assert "pas droit" not in composed.text and "pré-demande en ligne" in composed.text
    dropped = [a for a in composed.alerts if a["code"] == "sentences_dropped"]
    assert dropped and "Vous n'avez pas droit à une réduction car vous êtes étudiant." in dropped[0]["sentences"]


def test_a_hardship_gets_one_sentence_and_never_a_placeholder():
    body = "Bonjour, mon mari est décédé le mois dernier. Combien coûte un passeport pour un adulte ?"
    composed = run(None, body=body)
    assert composed.text.split("\n\n")[1] == "Nous vous présentons nos sincères condoléances."
    assert "[" not in composed.text.split("\n\n")[1]


def test_distress_draft_starts_with_emergency_contacts():
    body = "Je n'ai plus la force, je veux en finir. Combien coûte un passeport ?"
    composed = run(ScriptedBackend(outputs=[GOOD]), body=body)
    first_lines = composed.text.split("\n\n")[1]
    assert "3114" in first_lines and "15 ou 112" in first_lines
    assert composed.text.index("3114") < composed.text.index("timbre")
    assert composed.alerts[0]["code"] == "distress"
    assert composed.checks["numbers"]["unsupported"] == []  # our own numbers are trusted


def test_a_weak_learned_distress_flags_the_message_but_leaves_the_reply_without_emergency_numbers():
    weak = triage(title=TITLE, body=BODY, administration=PROFILE.name)
    weak.labels, weak.distress_kinds, weak.scores = ["distress"], [], {"distress": 0.3}
    composed = compose(
        profile=PROFILE, title=TITLE, body=BODY, triage=weak, sources=SOURCES, coverage=COVERED, backend=None
    )
    assert "prenons votre situation très au sérieux" not in composed.text
    alert = next(a for a in composed.alerts if a["code"] == "distress")
    assert "signal faible" in alert["message"]
    for confident in ({"distress": 0.95}, {"distress": 0.3, "corrected": True}):
        weak.scores = {"distress": confident["distress"]}
        weak.corrected = [{"label": "distress", "present": True}] if "corrected" in confident else []
        composed = compose(
            profile=PROFILE, title=TITLE, body=BODY, triage=weak, sources=SOURCES, coverage=COVERED, backend=None
        )
        assert "prenons votre situation très au sérieux" in composed.text


def test_out_of_scope_draft_redirects():
    result = triage(title="Carte grise", body="Comment refaire ma carte grise après un vol ?", administration="CAF")
    composed = compose(
        profile=AdministrationProfile(name="CAF"),
        title="Carte grise",
        body="Comment refaire ma carte grise après un vol ?",
        triage=result,
        sources=[],
        coverage={"covered": False, "reason": "aucune fiche trouvée"},
        backend=None,
    )
    assert "ne relève pas de la Caf" in composed.text and "ANTS" in composed.text
    assert "out_of_scope" in {a["code"] for a in composed.alerts}


def test_no_redirection_where_the_quoted_fiche_sends_the_writer_to_the_body_they_wrote_to():
    """Grounded or silent: triage guessed another body, but the quoted lines say the request is this one's (a
    duplicate livret de famille is asked of the mairie; unpaid child support is collected by the Caf)."""
    body = "Comment refaire ma carte grise après un vol ?"
    result = triage(title="Carte grise", body=body, administration="CAF")
    assert result.has("out_of_scope") and result.competent
    caf = AdministrationProfile(name="CAF", aliases=["Caf"])
    elsewhere = "- Vous faites la démarche en ligne sur le site de l'ANTS. [1]"
    text, _ = assemble(profile=caf, triage=result, middle=elsewhere, covered=True, message=body)
    assert "ne relève pas de la Caf" in text
    for own in (
        "- Vous devez confier le recouvrement à la Caf (ou la MSA). [1]",
        "- Où s'adresser : Caisse d'allocations familiales (Caf) [2]",
    ):
        text, _ = assemble(profile=caf, triage=result, middle=own, covered=True, message=body)
        assert "ne relève pas" not in text and own in text
    mairie = AdministrationProfile(name="Mairie de Lyon")
    text, _ = assemble(
        profile=mairie, triage=result, middle="- Vous devez vous adresser à votre mairie. [1]", covered=True
    )
    assert "ne relève pas" not in text


def test_output_cleaning_and_echo_detection():
    assert clean_output("**Bonjour Madame, Monsieur,**\nTexte [Source 2].\nCordialement,\nL'équipe") == "Texte [2]."
    assert unusable("Bonjour, combien coûte un passeport pour un adulte ? Merci. Cordialement", message=BODY) == "echo"
    restated = "Vous demandez combien coûte un passeport pour un adulte. Le timbre fiscal coûte 86 € pour un majeur."
    assert (
        unusable(restated + " Il s'achète en ligne ou chez un buraliste agréé près de chez vous.", message=BODY) == ""
    )
    assert unusable("Le timbre fiscal coûte 86 € pour un majeur [1]. Il s'achète en ligne.", message=BODY) == ""


def test_flagged_sentences_are_dropped_and_the_rest_kept():
    """An invented delay costs its sentence, not the whole answer (nor a second model call)."""
    answer = (
        "Le timbre fiscal coûte 86 € pour un majeur [Source 1]. Le passeport est prêt en 15 jours [Source 2]. "
        "Vous faites une pré-demande en ligne, puis vous allez dans une mairie équipée [Source 2]."
    )
    backend = ScriptedBackend(outputs=[answer])
    composed = run(backend)
    assert composed.kind == "generated" and len(backend.calls) == 1
    assert "15 jours" not in composed.text
    assert "86 €" in composed.text and "mairie équipée" in composed.text
    assert composed.checks["numbers"]["unsupported"] == [] and composed.checks["dropped_sentences"]
    assert "sentences_dropped" in {a["code"] for a in composed.alerts}


def test_too_little_left_after_dropping_retries_then_keeps_what_checks_out():
    first = "Le timbre coûte 120 € [Source 1]. Le délai est de 3 semaines [Source 2]."
    second = "Le timbre coûte 99 € [Source 1]. Vous faites une pré-demande en ligne [Source 2]."
    backend = ScriptedBackend(outputs=[first, second])
    composed = run(backend)
    assert len(backend.calls) == 2  # nothing usable left of the first answer: second attempt
    assert composed.kind == "generated"
    assert "99 €" not in composed.text and "pré-demande en ligne" in composed.text
    assert composed.checks["numbers"]["unsupported"] == []


CASES = [
    {
        "n": 1,
        "fiche_id": "F1",
        "title": "Passeport",
        "heading": "Majeur > Coût",
        "passage": "Le timbre fiscal coûte 86 €.",
        "url": "https://www.service-public.fr/particuliers/vosdroits/F1",
        "resources": [],
    },
    {
        "n": 2,
        "fiche_id": "F1",
        "title": "Passeport",
        "heading": "Mineur > Coût",
        "passage": "Le timbre fiscal coûte 42 € pour un enfant de 15 ans ou plus.",
        "url": "https://www.service-public.fr/particuliers/vosdroits/F1",
        "resources": [],
    },
    {
        "n": 3,
        "fiche_id": "F9",
        "title": "Carte grise",
        "heading": "Coût",
        "passage": "La taxe régionale dépend de la région et de la puissance fiscale du véhicule.",
        "url": "https://www.service-public.fr/particuliers/vosdroits/F9",
        "resources": [],
    },
]


def test_extracts_show_the_split_when_the_message_does_not_say_which_case_applies():
    middle = extractive_middle(CASES, ["Prix du passeport", "Combien coûte le timbre fiscal d'un passeport ?"])
    assert "- Majeur : Le timbre fiscal coûte 86 €. [1]" in middle
    assert "- Mineur : Le timbre fiscal coûte 42 € pour un enfant de 15 ans ou plus. [2]" in middle
    assert "taxe régionale" not in middle  # another fiche that matched on one word
    assert middle.startswith("Voici ce que prévoit la fiche officielle « Passeport » :")  # where the lines come from


def test_extracts_quote_only_the_writers_case():
    questions = ["Combien coûte le timbre fiscal du passeport de ma fille de 16 ans ?"]
    middle = extractive_middle(CASES, questions)
    assert "- Mineur : Le timbre fiscal coûte 42 € pour un enfant de 15 ans ou plus. [2]" in middle
    assert "86 €" not in middle


def test_extracts_copy_the_untrimmed_passage_and_checks_accept_it():
    long_text = "Le timbre fiscal se paie en ligne. " * 16 + "Le passeport est valable 10 ans pour un majeur."
    hit = {
        "fiche_id": "F1",
        "title": "Passeport",
        "url": "https://www.service-public.fr/particuliers/vosdroits/F1",
        "passages": [{"heading": "Durée de validité", "text": long_text, "score": 1.0, "chunk_id": 1}],
    }
    sources = build_sources([hit])
    assert "10 ans" not in sources[0]["passage"] and "10 ans" in sources[0]["extract"]
    composed = run(None, sources=sources, body="Bonjour, combien de temps le passeport est-il valable ?")
    assert "valable 10 ans" in composed.text
    assert composed.checks["numbers"]["unsupported"] == []


def test_prompt_rules_recopied_are_unusable_and_list_debris_is_not_kept():
    echo = "Montants et délais :\n- Montant : 35 € [Source 1].\nFormule d'appel :\n- Bonjour le voisin."
    assert unusable(echo) == "echo"
    answer = (
        "Le timbre fiscal coûte 86 € pour un majeur [Source 1].\nDélais :\n- Le délai est de 12 jours [Source 2].\n"
        "4.\n- [1]\nVous faites une pré-demande en ligne, puis vous allez dans une mairie équipée [Source 2]."
    )
    composed = run(ScriptedBackend(outputs=[answer]))
    assert composed.kind == "generated"
    assert "12 jours" not in composed.text and "Délais :" not in composed.text and "\n4.\n" not in composed.text
    assert "- [1]" not in composed.text


def test_a_pseudonymised_birth_date_picks_the_row_and_never_reaches_the_prompt():
    table = "Année de naissance | Trimestres exigés\n1958 à 1960 | 167\n1961 à 1963 | 168\n1964 à 1966 | 169"
    sources = [{**SOURCES[0], "heading": "Durée d'assurance", "passage": table, "extract": table}]
    body = "Bonjour, je suis née en [DATE_NAISSANCE_1]. Combien de trimestres me faut-il ?"
    backend = ScriptedBackend(outputs=["Il faut un nombre de trimestres qui dépend de votre année de naissance [1]."])
    composed = run(backend, body=body, sources=sources, personal_data={"[DATE_NAISSANCE_1]": "mars 1962"})
    assert "1961 à 1963 ; Trimestres exigés : 168" in composed.text
    assert "167" not in composed.text and "169" not in composed.text  # other years' rows
    assert "1962" not in str(composed.messages) and "1962" not in composed.text


def test_a_close_second_fiche_is_pointed_out_to_the_agent():
    close = {**COVERED, "margin": 0.3, "runner_up": "Carte d'identité : première demande"}
    composed = run(None, coverage=close)
    alert = next(a for a in composed.alerts if a["code"] == "close_fiches")
    assert "Carte d'identité : première demande" in alert["message"]
    clear = {**COVERED, "margin": 2.5, "runner_up": "Carte d'identité : première demande"}
    assert "close_fiches" not in {a["code"] for a in run(None, coverage=clear).alerts}


def test_an_idiom_with_mort_names_no_death():
    assert acknowledgement("Mon CDD a fini en 2019, c'est encore possible ou c mort ?") == ""
    assert acknowledgement("Je suis morte de fatigue avec les enfants.") == ""
    assert acknowledgement("Mon mari est mort en mars.") == "Nous vous présentons nos sincères condoléances."
    # A death of years ago: no condolences (the next hardship the message names, if any, is acknowledged).
    assert acknowledgement("Je suis veuve depuis 6 ans et je touche la réversion.") == ""
    assert acknowledgement("Je suis veuve depuis 2016, j'ai 68 ans et je vis seule.") == ""
    assert acknowledgement("Ma maison, l'État la reprend-il après la mort ? Et à mon décès ?") == ""
    assert acknowledgement("Après la mort de mon père, ma mère est seule.") == (
        "Nous vous présentons nos sincères condoléances."
    )
    assert acknowledgement("Mon père est décédé il y a 3 ans, je n'ai aucun revenu.") == (
        "Nous comprenons que votre situation financière est difficile."
    )


def test_a_death_said_by_its_funeral_and_helplessness_said_in_words_are_acknowledged():
    condolences = "Nous vous présentons nos sincères condoléances."
    assert acknowledgement("Notre père a été incinéré la semaine dernière, l'urne est au crématorium.") == condolences
    assert acknowledgement("Ma mère, inhumée samedi à Brest, avait un contrat obsèques.") == condolences
    helpless = "Nous comprenons que cette situation est difficile pour vous."
    assert acknowledgement("Il ne paie plus la pension. Je ne sais plus quoi faire, il ne répond plus.") == helpless
    assert acknowledgement("Le collège ne fait rien, je suis à bout.") == helpless
    assert acknowledgement("Je ne sais plus où j'ai rangé l'avis d'imposition.") == ""


def test_the_delay_sentence_answers_a_wait_on_the_service_not_any_duration():
    delay = "Nous sommes désolés pour ce délai et comprenons votre inquiétude."
    assert acknowledgement("J'ai fait ma demande d'aide au logement en mars et toujours rien.") == delay
    assert acknowledgement("J'attends ma carte de séjour depuis trois mois, sans réponse à mes mails.") == delay
    # A duration that is the writer's situation is no delay of ours.
    assert acknowledgement("J'ai 19 ans et mon permis depuis 8 mois. Puis-je louer une voiture ?") == ""
    assert acknowledgement("Je suis inscrite à France Travail depuis 8 mois, ai-je droit à l'aide ?") == ""
    # Anger at a decision gets its own sentence; the writer's own shame is no anger at us.
    anger = "Nous comprenons votre mécontentement."
    assert acknowledgement(
        "Radiée pour un rendez-vous manqué alors que j'étais aux urgences, c'est inadmissible."
    ) == (anger)
    assert acknowledgement("Je n'ai plus de logement et j'ai honte de demander. Que faire ?") != anger


def test_a_complaint_is_heard_before_it_is_answered_and_a_question_is_not_called_one():
    complaint = (
        "Vous avez refusé ma demande d'aide au logement alors que mon dossier était complet. Je conteste cette "
        "décision : c'est une erreur de votre part et personne ne m'a expliqué pourquoi."
    )
    heard = triage(title="Refus d'aide au logement", body=complaint, administration=PROFILE.name)
    text, _ = assemble(profile=PROFILE, triage=heard, middle="", covered=True, message=complaint)
    assert COMPLAINT_ACKNOWLEDGEMENT in text
    question = "Bonjour, comment déclarer un changement de situation à la Caf après la naissance de mon fils ?"
    asked = triage(title="Changement de situation", body=question, administration=PROFILE.name)
    text, _ = assemble(profile=PROFILE, triage=asked, middle="", covered=True, message=question)
    assert COMPLAINT_ACKNOWLEDGEMENT not in text
