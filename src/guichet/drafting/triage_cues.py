"""Cues for the triage model: families of phrasings that say *how* a message is written, counted on folded text.

A rule fires on one exact phrase; a cue family is broader (many phrasings of one move) and only counts: the
learned model weighs each family against everything else it reads, so a cue that also appears in honest messages
("assistant", "banque") costs nothing unless it comes with others. Families, from the public catalogues of
prompt injection and from what makes a request belong to someone else:

Injection (what a message aimed at the AI does, whatever the costume):
* ``ai_addressed``: the reader named as a machine (IA, assistant, robot, modèle, système de réponse…);
* ``rules_override``: its rules, instructions or limits set aside (ignore, oublie, suspendues, plus tenu…);
* ``persona``: role play ("fais comme si", "imagine que", "tu joues le rôle", "tu deviens", "act as");
* ``fixed_output``: the exact words or format of the answer imposed ("uniquement", "mot pour mot", "noir sur
  blanc", "format JSON", "sans rien ajouter");
* ``outcome_demand``: a decision to be written as granted ("écris que… est accordé", "confirme-moi que");
* ``markup``: text dressed as a system line or a hidden part (``[SYSTEM]``, ``###``, ``<!--``, code fences,
  role prefixes, chat-template tokens);
* ``hidden``: text hidden or padded away (runs of dots, blank lines or spaces; "texte en blanc", "invisible";
  footnote marks; zero-width characters) and text that goes on after the sign-off;
* ``masked``: letters spaced out, digits for letters, a base64 blob;
* ``reveal``: the prompt, instructions or configuration asked for;
* ``style_demand``: the reply's form imposed (capitals, verse, slang, emojis, a persona's voice, a closing line or a
  signature to write), and instructions dressed as a signature or a footer;
* ``english``: instruction words in English.

Out of scope (the main ask belongs to another party): a private counterparty (seller, operator, bank or insurer,
landlord or syndic, employer, lawyer, court or notary, neighbour), a dispute with it, a demand that the
administration step in ("pouvez-vous l'obliger…"), and the misattribution that often comes with it ("comme vous
me versez ma retraite, vous pouvez…").

Pure functions on strings (no model, no Django); `cue_vector` is what the model reads, `cue_counts` what a person
can read.
"""

import re
from functools import lru_cache

import numpy as np

from guichet.text import fold as fold_text

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


def fold(text: str) -> str:
    """`guichet.text.fold` (lower case, no accents) with typographic apostrophes made straight: phones and word
    processors write "n’en", every pattern here and in the rules is written "n'en"."""
    return fold_text(text).translate(_APOSTROPHES)


_AI = (
    r"(?:\bia\b|\bi\.a\.|intelligence artificielle|\bassistant(?:e)? (?:virtuel|de redaction|de reponse|automatique)"
    r"|\bl'assistant\b|\bchatbot|\bbot\b|\brobots?\b|\bmodele(?: de langage)?\b|\bllm\b|\bgpt\b|\bmachine\b"
    r"|\bprogramme\b|\balgorithme|\bsysteme (?:de (?:reponse|redaction)|automatique)|\bbout de code"
    r"|\bboite de conserve|\btas de ferraille|\blanguage model"
    # The English "AI", not the French "ai" of "je vous ai envoyé", "je leur ai écrit"; nor, thirty-eighth pass
    # (engineer-dp), the SMS "j ai", "je n ai", "je l ai", "moi qui ai" written without an apostrophe, nor the
    # question "ai-je droit" (of 78 + 7 + 2 + 7 + 24 such "ai" in train + validation, none spoke to a machine).
    r"|(?<!')(?<!vous )(?<!leur )(?<!lui )(?<!je )(?<!nous )(?<!en )(?<!y )(?<!les )(?<!le )(?<!la )"
    r"(?<!\bj )(?<!\bn )(?<!\bl )(?<!\bm )(?<!\bt )(?<!\bqui )\bai\b(?!-je\b)"
    r"|\bredact\w* automatique"
    r"|\brepon\w* automatique|\bgenerateur de reponse)"
)
_RULES = (
    r"(?:regles?|consignes?|instructions?|directives?|guidelines|rules|restrictions?|limites?|protocoles?"
    r"|reglement|politique|filtres?|garde-fous|cadre)"
)
_OVERRIDE = (
    r"(?:ignore|oublie|abandonne|suspend|annul|desactiv|contourn|enfrein|desobei|outrepass|leve|fiche|fous|tape"
    r"|moque|disregard|forget|bypass|override|plus tenu|ne comptent plus|ne s'appliquent plus|n'existent plus"
    r"|sans (?:tes|vos|aucune?s?)|mets ou je pense|a la noix|a la con)"
)

INJECTION_CUES: dict[str, tuple[str, ...]] = {
    "ai_addressed": (_AI,),
    "rules_override": (
        rf"{_OVERRIDE}\w*[^.!?\n]{{0,40}}\b{_RULES}\b",
        rf"\b{_RULES}\b[^.!?\n]{{0,40}}\b{_OVERRIDE}",
        r"\bnouvelles? (?:regles?|consignes?|instructions?)\b",
        r"\bconsigne (?:prioritaire|de la direction|speciale)\b",
    ),
    "persona": (
        r"\bfai(?:s|tes) comme si\b|\bimagine[rsz]? que\b|\bimaginons\b|\bsuppose[rsz]? que tu\b",
        r"\bjou(?:e|es|ez|er) (?:le|un) role\b|\bdans le role\b|\bjeu de role\b|\bfai(?:s|tes) semblant\b",
        r"\btu (?:es|seras) (?:maintenant|desormais|a present|dorenavant)\b|\btu deviens\b",
        r"\bdeviens (?:mon|ma|un|une)\b",
        r"\btu n'es plus\b|\bvous n'etes plus\b|\bconsidere(?:z)? que tu\b|\bcomporte-toi comme\b",
        r"\btu te comportes? comme\b|\bcomme si tu etais\b|\ben tant que (?:mon|ma|mes|un|une) \w+,",
        r"\bpretend\b|\bact as\b|\broleplay|\byou are now\b",
        r"\bsans (?:aucune )?(?:limite|filtre|restriction|censure)s?\b",
        r"\bdans (?:mon|une|cette) (?:histoire|roman|fiction|scenario)\b",
    ),
    "fixed_output": (
        r"\b(?:uniquement|seulement|exactement|mot pour mot|textuellement|telle quelle|a l'identique)\b"
        r"[^.!?\n]{0,40}\b(?:phrase|formule|mention|texte|message|mots?|format|reponse|oui|non|par)\b",
        r"\bsans rien (?:ajouter|changer|d'autre)\b|\bnoir sur blanc\b|\bformat json\b|\bsans texte autour\b",
        r"\b(?:la phrase|la formule|la mention|le texte) suivante?\b|\bcommence(?:r)? (?:ta|votre|chaque) reponse\b",
        r"\breply only\b|\bonly with\b|\bexactly\b|\bverbatim\b|\bword for word\b",
    ),
    "outcome_demand": (
        r"\b(?:ecri[st]|confirme[sz]?|garanti[st]|certifie[sz]?|prome[ts]|annonce[sz]?|declare[sz]?|atteste[sz]?"
        r"|affirme[sz]?)(?:-moi| moi)? (?:que|par ecrit)\b",
        r"\b(?:tu|vous) (?:dois|doit|devez|vas|allez) (?:m'|me |nous )?(?:ecrire|confirmer|annoncer|garantir"
        r"|certifier|repondre|dire|indiquer)\b",
        r"\b(?:est|sont|sera|seront|a ete|ont ete) (?:deja )?(?:accepte|accorde|valide|approuve|annule|exonere"
        r"|attribue|envoye)e?s?\b[^?\n]{0,30}(?:[.!»\"]|$)",
        r"\btell me (?:that|i)\b|\bconfirm (?:that|in writing)\b",
    ),
    "markup": (
        r"\[/?\s*(?:system|systeme|admin|administrateur|root|developer|inst|assistant|user|note|ia)\s*\]",
        r"#{3}|<!--|-->|```|<\|[a-z_]+\|>|\{\"|\}\s*$",
        r"(?:^|\n)\s*(?:system|systeme|assistant|user|admin|note|instruction)\s*:",
        r"\bmode (?:administrateur|admin|maintenance|debug|developpeur|test)\b",
    ),
    "hidden": (
        r"\.{6,}|\n(?:[ \t]*\n){4,}|[ \t]{10,}|_{6,}|-{6,}|\*{6,}|~{6,}|={6,}",
        r"\btexte (?:en )?blanc\b|\ben blanc sur (?:fond )?blanc\b|\binvisible\b|\bpolice (?:blanche|minuscule)\b",
        r"[\u200b\u200c\u200d\u2060\ufeff]|[¹²³⁴]",
        r"\b(?:p\.?s\.?|n\.?b\.?)\s*(?:pour|a) (?:l'|le |la )",
    ),
    "masked": (
        r"\b(?:[a-z] ){3,}[a-z]\b",
        r"\b\w*[a-z][0-9@$]\w*[0-9@$]\w*\b",
        r"[A-Za-z0-9+/]{24,}={0,2}",
    ),
    "reveal": (
        r"\b(?:revele|affiche|montre|recite|donne|copie|liste|repete|recopie|print|reveal|show|tell|dump)\w*\b"
        r"[^.!?\n]{0,40}\b(?:prompt|consignes|instructions|regles internes|configuration|parametres|system)\b",
        r"\bprompt\b",
    ),
    "style_demand": (
        r"\b(?:en|tout en|entierement en) (?:majuscules|capitales|lettres capitales|alexandrins|vers|rimes|verlan"
        r"|argot|emojis?|anglais|langage sms|ecriture inversee)\b",
        r"\b(?:tutoie|tutoiement|emojis?|alexandrins?|strophes?|poeme|sans ponctuation|a l'envers)\b",
        r"\b(?:comme|facon|a la maniere d'|avec la voix d'|le ton d'|le style d')(?:un|une)? ?(?:pirate|rappeur"
        r"|poete|ami|copain|robot|star|acteur|chanteur)\b|\bla voix de\b",
        r"\b(?:termine|finis|conclus|commence|signe)[rsz]? (?:obligatoirement |toujours )?(?:ta |votre |la |chaque |"
        r"ton |votre )?(?:reponse|message|lettre|courrier|brouillon)? ?(?:par|avec|en tant que|comme) [«\"']?",
        r"\bsigne[rsz]? [«\"]|\bsigne[rsz]? (?:au nom|comme|en tant qu)\b",
        r"\b(?:signature automatique|pied de page|mention legale pour|\(sig\)|ce courriel et sa signature)\b",
        r"\b(?:format (?:impose|de (?:la )?reponse)|(?:ta|votre|la) reponse (?:doit|devra))\b",
    ),
    "english": (
        r"\b(?:ignore|disregard|forget|previous|instructions|you must|respond|system|override|assistant|reply)\b",
    ),
}

_PARTY = {
    "commerce": (
        r"\b(?:vendeu(?:r|se)|site (?:internet|marchand|de vente)|commande|livr(?:aison|e)|magasin|boutique"
        r"|commercant|enseigne|garag(?:e|iste)|concessionnaire|artisan|plombier|carreleur|opticien|revendeur"
        r"|loueur|compagnie aerienne|auto-?ecole|salle de sport|club|organisme (?:prive|de formation)"
        r"|fournisseur|demarch|service client|garantie|sav|remboursement (?:de ma|du) commande"
        r"|(?:ehpad|clinique|creche|ecole|residence) privee?|residence (?:senior|services))\b",
        # Tenth pass: a self-employed person's own customer or accountant ("un client me doit 2 300 €", "mon
        # expert-comptable me facture") is a private party too; the Urssaf collects contributions, not invoices.
        r"\b(?:un|une|mon|ma|mes|ce|cette) (?:clients?|clientes?)\b"
        r"|\b(?:mon|ma|notre|son|l'|un|une) (?:expert-)?comptable\b",
    ),
    "telecom_energy": (
        r"\b(?:operateur|forfait|box|abonnement|fournisseur d'(?:electricite|energie|gaz)|edf|engie|orange|sfr"
        r"|bouygues|free|internet ne marche)\b",
    ),
    "finance": (
        r"\b(?:(?:ma|la|sa|leur) banque|banquier|pret (?:immobilier|etudiant|a la consommation|travaux)"
        r"|credit|decouvert|frais bancaires|carte bancaire|distributeur de billets|assureur"
        r"|assurance (?:auto|habitation|vie|emprunteur|de (?:mon|ma) \w+)"
        r"|assurance-vie|mutuelle (?:privee|d'entreprise|senior)|ma mutuelle|prevoyance|contrat (?:d'assurance"
        # A savings book (livret A, LDDS, LEP), not the "livret de famille" the mairie issues.
        r"|obseques)|livrets? (?:a|bleu|jeune|d'epargne|de developpement|ldds?|lep)\b|ldds?\b|lep\b|placement"
        r"|crypto)\w*",
    ),
    "housing": (
        r"\b(?:proprio|(?:mon|ma|notre|le) proprietaire|bailleur prive|syndic|agence immobiliere|copropriet"
        r"|caution|depot de garantie|etat des lieux|voisine?s?|haie|degat des eaux)\w*",
    ),
    "employment": (
        r"\b(?:(?:mon|mes|son|l'|le|ancien) (?:employeur|patron)|heures sup|conges payes|licenci|prud'?hom"
        r"|inspection du travail|agence d'interim|salaire (?:pas|non|impaye)|fiche de paie|contrat de travail"
        r"|medecin du travail)\w*",
    ),
    "justice": (
        # Tenth pass: a business partner ("mon ex-associé") too.
        r"\b(?:(?:mon |mon ex-|ex-)associee?|avocat|huissier|commissaire de justice|notaire|juge|tribunal|jugement"
        r"|divorce|garde (?:des|de mes) enfants|droit de visite|succession|heritage|porter plainte"
        r"|dommages et interets|mise en demeure|conciliateur)\w*",
    ),
}
OUT_OF_SCOPE_CUES: dict[str, tuple[str, ...]] = {
    **{f"party_{key}": patterns for key, patterns in _PARTY.items()},
    "dispute": (
        r"\b(?:refuse|refusent|ne veut pas|ne veulent pas|ne repond plus|litige|arnaque|escro|abusi(?:f|ve)s?"
        r"|me doit|impaye|pas paye|en panne|casse|defectueu|ne marche plus|me reclame|nous reclame"
        r"|se renvoient|debitee? (?:deux fois|a tort))\w*",
        # Tenth pass: the same refusal written without "ne" (SMS: "ils veulent pas") or as a payment withheld ("ma
        # mutuelle ne me rembourse pas", "le patron m'a pas payé"); a party must be named beside it to count.
        # Child support that an ex no longer pays is the Caf's own recovery service, not a dispute word here.
        r"\b(?:il|elle|ils|elles|on) (?:veut|veulent) pas\b"
        r"|(?<!je )\b(?:ne |n')(?:me |nous |lui |leur )?(?:rembourse|paie|paye|payent|verse)\w* "
        r"(?:pas|plus|rien|toujours pas)\b(?! (?:la |sa |ma |leur )?pension)"
        r"|\bm'(?:a|ont) (?:pas|jamais|toujours pas) (?:paye|verse|rembourse)\w*",
        # A bill is a dispute when it is contested or charged to the writer, not when it is a proof of address
        # ("ma facture EDF comme justificatif"); a direct debit is one, the tax deducted at source is not.
        r"\b(?:(?:me|m'|nous|m'a|m'ont|nous a|nous ont) ?factur\w*|factur\w* (?:abusive|erronee|fausse|exorbitante"
        r"|enorme|salee|trop|de regularisation|impayee|contestee|pas payee|de \d)|surfactur\w*)",
        r"\bpreleve(?!ment a la source|ment a la base)\w*",
    ),
    "intervention_ask": (
        r"\b(?:pouvez|pourriez|peut|pourrait|peux|pourrais)(?:-vous|-elle|-il|-on| vous)? "
        r"(?:l'|les |lui |leur |le |la )?"
        r"(?:obliger|forcer|contraindre|sanctionner|condamner|intervenir|ordonner|negocier|appeler|ecrire|dire d"
        r"|dire de|demander d|demander de"
        r"|telephoner|contester|representer|trancher|annuler|bloquer|recuperer|faire (?:payer|rembourser|annuler"
        r"|fermer|cesser|appliquer|quelque chose|le necessaire|condamner)|vous retourner|mettre une amende|garantir"
        r"|retenir|me trouver un avocat|me representer)\b",
        r"\b(?:obligez|forcez|faites)[- ](?:les|le|la|lui|leur)\b|\bintervenir aupres\b|\ba ma place\b",
        # Telling the other party something on the writer's behalf ("dire à ma banque d'arrêter les agios").
        r"\b(?:dire|dites|ecrire|ecrivez|expliquer|expliquez) (?:a|au|aux) (?:ma|mon|mes|leur|cette|ce|la|le|l')"
        r" ?(?:banque|banquier|employeur|patron|proprio|proprietaire|bailleur|assureur|assurance|mutuelle|operateur"
        r"|voisine?s?|vendeur|syndic|agence immobiliere|comptable|expert-comptable|entreprise|societe|clinique)\b",
        r"\brappeler a l'ordre\b|\b(?:faire quelque chose|agir|intervenir|sevir) contre "
        r"(?:lui|elle|eux|mon|ma|mes|le|la|les|ce|cette|ces)\b",
    ),
    # Needs no public body answers (issue 12, eighth pass): a pet, leisure and holidays, a device or an online
    # account, a private platform or app, personal advice. Counted only: a tax question about Vinted sales, a gîte's
    # rents or a dog of category 1 at the mairie name the same things, and the model weighs them with the rest.
    "private_pet": (
        r"\b(?:veterinaire|veto|croquettes|chiens?|chienne|chats?(?! (?:en ligne|de la|du|avec))|chaton|perruche|lapin"
        r"|hamster|animal de compagnie"
        r"|animaux de compagnie|refuge|sterilis\w*|pucee?)\b",
    ),
    "private_leisure": (
        r"\b(?:hotel|gite|camping|restaurant|table pour|concert|billets?|places? pour (?:le|un)|voyage organise"
        r"|agence de voyages?|location de vacances|salle de sport|fitness|coiffeur|coupe de cheveux|traiteur|dj"
        r"|recette|cadeau|professeur particulier|cours particuliers?|baby-?sitter)\b",
    ),
    "private_tech": (
        r"\b(?:mot de passe|password|pirate\w*|hacke\w*|instagram|insta|facebook|tiktok|snapchat|whatsapp|gmail"
        r"|netflix|iphone|icloud|ordinateur|ordi|wifi|(?:la|ma) box|imprimante|fortnite|console|ps5)\b",
    ),
    "private_platform": (
        r"\b(?:uber|deliveroo|bolt|vinted|leboncoin|amazon|ebay|booking|airbnb|ticketmaster|etsy|cdiscount"
        r"|aliexpress|shein|paypal|lydia)\b",
    ),
    # The words of a public procedure (a benefit, a tax, a declaration, a title, a civil-status act, an office's
    # file): a message that names none of them and names a private need asks no public body at all
    # (`private_only`, below).
    "public_procedure": (
        r"\b(?:allocations?|prestations?|aides? (?:au|a la|sociales?|de la|du)|droits? (?:a|au|aux)|rsa|apl|aah|caf"
        r"|cpam|secu|securite sociale|carte vitale|mutuelle|impots?|imposab\w*|fiscal\w*|declar\w*|taxe|cotisations?"
        r"|urssaf|cesu|micro-?entrepr\w*|auto-?entrepr\w*|retraite|pension|trimestres?|chomage|france travail"
        r"|pole emploi|inscri\w*|attestation|formulaire|dossier|demarche|titre de sejour|prefecture|permis|carte grise"
        r"|passeport|carte d'identite|acte de|etat civil|mairie|commune|municipal\w*|fourriere|mdph|handicap"
        r"|indemnites|arret (?:de travail|maladie)|remboursement de soins|ants|rib|releve de carriere|autorisation"
        r"|recours|indu|trop-percu|ameli|espace (?:personnel|particulier)"
        # Twenty-fourth pass (bq-113, "je vais finir par tuer mon ordinateur, votre site plante dès que je veux
        # actualiser ma situation", sent to a private repairer): a jobseeker's monthly update is a procedure.
        r"|m'actualiser|actualisation|actualiser (?:ma|mon) (?:situation|dossier|espace)"
        # Twenty-fifth pass (bs-039, a plane ticket and a hotel near the hospital advanced for a child's medical
        # evacuation from Réunion, asked back of the CGSS): the overseas health insurer and its medical evacuations.
        r"|evasan|evacuations? sanitaires?|transports? sanitaires?|cgss|caisse generale de securite sociale"
        # Thirty-fourth pass (cz-029, a broken laptop before the exams and the CROUS's one-off aid asked by a
        # student on a grant, sent to a private repairer): a student's grant and the CROUS's own aids.
        r"|boursiere?s?|bourses? (?:sur criteres|du crous|d'etudes?)|echelon \d|crous"
        r"|aides? (?:specifiques?|ponctuelles?|d'urgence|exceptionnelles?))\b",
    ),
    "misattribution": (
        r"\bcomme (?:vous|c'est vous|la \w+|l'\w+) (?:etes|versez|me versez|lui versiez|versiez|avez|gerez|payez)\b",
        r"\bpuisque (?:vous|c'est vous)\b|\bvous qui (?:etes|surveillez|gerez)\b|\ben tant qu'(?:administration"
        r"|organisme|service public)\b|\bvous devez avoir\b|\bvous (?:surveillez|controlez) les\b",
    ),
}

# Distress (what a person in danger or without resources writes around, not only the exact words of the rules):
# despair and calls for help, thoughts of death said indirectly, no money or food, losing one's home or heating,
# violence and control by someone close, serious illness, dependants, a deadline of days.
DISTRESS_CUES: dict[str, tuple[str, ...]] = {
    "despair": (
        r"\b(?:je n'en peux plus|a bout|epuise|desespere|plus la force|craque|effondre|deprim|angoiss|panique"
        r"|pleure|pleurs|seule? au monde|isolee?|personne pour m'aider|aidez-moi|au secours|je vous en supplie"
        r"|supplie|je ne sais plus quoi faire|sais plus quoi faire|perdu pied|honte)\w*",
    ),
    # Thoughts of one's own death, not a death in the family ("mon mari est mort") nor an idiom ("je m'ennuie à
    # mourir", "à l'issue de"): those are how calm bereavement and procedure questions are written.
    "death": (
        r"\b(?:(?:envie de|veux|voudrais|prefere(?:rais)?|vais|laisse[rz]?) mourir|disparaitre|en finir|pour de bon"
        r"|plus la peine|sans moi|me raccrocher|(?:pas|plus|aucune|sans) (?:d')?issue|suicid|plus de sens|adieu"
        r"|fardeau|plus envie|a quoi bon|partir loin de tout|dormir pour toujours|(?:la|le|les) rejoindre)\w*",
    ),
    "no_money": (
        r"\b(?:plus (?:un|d'|d'un|de|aucun) ?(?:sou|euro|centime|argent|revenu)|compte (?:a|est) (?:zero|vide|dans le"
        r" rouge)|dettes?|impayes?|zero euro|ne (?:peux|pouvons) (?:plus )?(?:payer|nourrir)|rien a manger"
        r"|frigo (?:est )?vide|faim|colis alimentaire|restos du coeur|banque alimentaire|sauter (?:des|un) repas"
        r"|plus rien pour|sans ressources?|sans revenus?)\b",
    ),
    "home_loss": (
        r"\b(?:expuls\w*|a la rue|dehors|sans (?:abri|logement|domicile)|dor(?:s|t|mir|mons) (?:dans|chez)|115"
        r"|hebergement|squat|froid|sans chauffage|electricite coupee|coupure)\b",
    ),
    "violence": (
        r"\b(?:frapp\w*|coups?|battue?|violen\w*|menac\w*|peur de (?:lui|rentrer|mon|ma|sa|son)|hurle|insulte"
        r"|enferm\w*|controle (?:tout|mon argent)|prend (?:ma|mon|mes) (?:carte|argent|pension|salaire|retraite)"
        r"|en cachette|ne dites rien|ne m'envoyez pas|emprise|harcel\w*)\b",
    ),
    "illness": (
        r"\b(?:cancer|chimio\w*|hospitalis\w*|urgences|maladie grave|dialyse|soins palliatifs|fin de vie"
        r"|enceinte|invalidite|greffe|tumeur|avc|infarctus)\b",
    ),
    "dependants": (
        r"\b(?:mes (?:enfants|petits|gosses)|mon bebe|mes bebes|seule? avec (?:mes|deux|trois|quatre|un|une)"
        r"|mere isolee|pere isole|(?:deux|trois|quatre) enfants)\b",
    ),
    # Said quietly: putting one's affairs in order, giving things away, farewell letters, a relapse of dark thoughts
    # or of what came before a hospitalisation, feeling useless.
    "farewell": (
        r"\b(?:mis|mets|mettre|range)\w* (?:mes|tous mes) (?:papiers|affaires|comptes) en ordre\b"
        r"|\b(?:donne|donner|distribue|vendu|rendu)\w* (?:toutes |tous )?(?:mes affaires|mes meubles|les cles|le chat"
        r"|le chien|mes bijoux)\b|\blettres? (?:a|pour) (?:mes|chacun|mon|ma)\b|\bquand je ne serai plus la\b"
        r"|\bmon tour\b|\bplus (?:tranquilles?|heureux|legers?) sans\b|\ba quoi je sers\b|\bn'en aurai plus\b"
        r"|\bne (?:vais|veux) pas vous (?:embeter|deranger) (?:plus|bien) longtemps\b|\becrit (?:a chacun|une lettre"
        r"|des lettres)\b|\bpour qu'ils sachent\b",
    ),
    "relapse": (
        r"\bidees noires\b|\brechut\w*|\breplong\w*|\bca (?:repart|recommence|redevient)\b|\bcomme (?:la derniere fois"
        r"|l'an dernier|avant)\b|\btentative\b|\barrete mon traitement\b|\bplus (?:mes|de) (?:medicaments|traitement"
        r"|antidepresseurs|insuline)\b",
    ),
    "cold_hunger": (
        r"\b(?:plus|pas|sans) de chauffage\b|\bchaudiere (?:en panne|cassee)\b|\bil fait \d+ degres\b|\bn'allume plus"
        r"|\bsous les couvertures\b|\bdorment? (?:tout )?habilles\b|\bcuve (?:de fioul )?vide\b"
        r"|\b(?:une fois|un repas) par jour\b|\bboites? de conserve\b|\bfai(?:s|t) durer\b"
        r"|\bsaute\w* (?:le|un|des) repas\b",
    ),
    "deadline": (
        r"\b(?:demain|ce soir|cette nuit|aujourd'hui|dans (?:\d+|deux|trois|quelques) jours|d'ici (?:lundi|mardi"
        r"|mercredi|jeudi|vendredi|samedi|dimanche|demain)|plus que \d+ jours)\b",
    ),
}

# Abuse without a rude word (what the unseen batch m missed): praise that means its opposite, contempt for the
# agents, and threats that stay veiled. Honest thanks ("bravo à la conseillère qui a débloqué mon dossier") use the
# same words: the families only count, and the model learns what they mean beside a grievance.
ABUSIVE_CUES: dict[str, tuple[str, ...]] = {
    "sarcasm": (
        r"\b(?:bravo|felicitations|chapeau(?: bas)?|champions?|quelle? (?:merveille|efficacite|rapidite|celerite"
        r"|professionnalisme|talent|organisation|bonheur|plaisir|chance)|on n'arrete pas le progres|on applaudit"
        r"|impressionnant|incroyable|admiratif|bien joue|trop forts?|genial|formidable|merveilleux|magnifique"
        r"|inoubliable|record|medaille|exploit|genie|du grand art|on vous envie"
        r"|great job|well done|world-class|amazing)\b",
        r"\b(?:merci (?:infiniment|pour tout)|mille fois merci|encore merci|vraiment,|vraiment\.|on sent"
        r" l'effort|au moins,? avec vous|continuez (?:comme ca|a)|je suis (?:emu|admiratif|comble|ravi))\b",
        r"\b(?:seulement|a peine|que) \d+ (?:mois|semaines|ans)\b|\b\d+ (?:mois|semaines) pour (?:un|une|traiter)\b",
        r"[!?]{3,}|\.{3}\s*(?:bravo|merci|super)",
    ),
    "contempt": (
        r"\b(?:vous|votre service|vos services|vos agents) (?:ne )?serv\w* (?:strictement |vraiment )?a "
        r"(?:rien|quoi)\b",
        r"\bpay(?:e|es|ees)? (?:a (?:ne )?rien faire|avec nos impots|avec l'argent)\b|\bnos impots\b",
        r"\b(?:petits? chefs?|mepris\w*|sans (?:coeur|humanite|cervelle)|aucune humanite|gens comme vous"
        r"|l'intelligence d'une?|ce qu'on vous apprend|savoir (?:lire|compter)"
        r"|derriere (?:vos|leur|votre) (?:ecrans?|ordinateurs?|bureaux?))\b",
        # People called animals, slurs, "go back to your country" (racist and xenophobic contempt).
        r"\b(?:singes?|macaques?|guenons?|babouins?|bougnoul\w*|negres?|negros?|bamboulas?|youpins?|bicots?"
        r"|chinetoques?|niakoues?|crouilles?|(?:retourne|rentre)[rz]? (?:dans|chez) (?:votre|ton|leur) pays)\b",
    ),
    "threat": (
        r"\bje (?:sais|connais) (?:ou|a quel\w*|dans quelle|le nom|votre|ton|son)\b",
        r"\b(?:vous verrez|on verra bien|vous etes prevenus?|a votre place je|c'est mieux"
        r" pour tout le monde|un jour ou l'autre|tot ou tard|d'une maniere ou d'une autre|conseil d'ami|la prochaine"
        r" fois (?:je|que je))\b",
        r"\b(?:regrett\w*|paierez|payer (?:tres )?cher|aurez cherche|mal finir|mal se passer|malheur|derriere (?:vous"
        r"|lui|elle|toi)|dehors|pas seul|de quoi vous|je la trouverai|je le trouverai|je vous trouverai)\b",
        r"\b(?:je (?:viens|viendrai|passerai) (?:a|au|a l'|chez|vous voir)|devant (?:chez vous|votre domicile))",
        # Relatives or friends brought along, the agent's name or photo made public, "he will understand better".
        r"\b(?:avec|et) (?:mes|des) (?:cousins|freres|potes|gars|copains)\b|\bpubli\w* (?:vos|son|sa|ses|leurs?)"
        r" (?:noms?|photos?|adresses?)\b|\bpages blanches\b|\b(?:il|elle|ils|vous) compren\w* mieux\b"
        r"|\by aura (?:un|des) accidents?\b",
        # Ninth pass: harm promised to a third party or settled "oneself" (a neighbour, an ex, an agent's house or
        # car): counted only, "je règle ça moi-même" can be a payment; a weapon's name alone is in farmers' distress
        # ("il a pris le fusil ce matin").
        r"\bregle\w* (?:le probleme|ca|cela|l'affaire|ses comptes|son compte) (?:moi-meme|moi meme|a ma (?:facon"
        r"|maniere))\b|\b(?:dommage|triste|bete|malheureux) qu'il (?:lui |vous |leur )?arrive\b|\bpas en euros\b"
        r"|\bdiscuter autrement\b|\bcomprendre ce que ca fait\b"
        r"|\b(?:crever|creve|se crevent?) (?:\w+ )?(?:pneus|vite)\b"
        r"|\bcoups? de (?:fusil|carabine|couteau|batte|hache|machette|barre)\b",
    ),
}

# Praise counts as sarcasm only beside a grievance (a wait, a loss, a refusal): honest thanks have none.
_GRIEVANCE = re.compile(
    r"\b(?:attente|attends|attendre|toujours pas|jamais|aucune? (?:reponse|nouvelles?|appel)|pas un (?:appel|mot"
    r"|centime)|perdu\w*|refus\w*|bug|sans (?:reponse|explication|nouvelles?)|radie|supprime\w*|coupe\w*|bloque\w*"
    r"|retard|encore (?:un|une|des)|zero|\d+ (?:mois|semaines|relances|fois|ans)|(?:deux|trois|quatre|cinq|six|sept"
    r"|huit|neuf|dix|onze|douze) (?:mois|semaines|fois|ans)|still no|no answer|months)\b"
)
_GATED = {"sarcasm": _GRIEVANCE}

# Who writes and about what moment (twelfth pass): the unseen batch ac's and ad's routine messages that looked
# alarming were written by professionals (a psychologist, a social worker of a shelter, a lawyer, a notary) or by
# relatives about a procedure, a class of people or an event that is over or in hands (a patient "après une tentative
# de suicide il y a deux ans", a woman "mise à l'abri chez nous", a death); relayed distress is written by the same
# professionals about a person in danger now. The families only count, each against the rest of the message: the
# model learns what a professional's procedural question about victims looks like beside what a victim, or someone
# writing for one today, writes. Read only by artefacts trained with them (`FeatureSettings.writer_cues`).
WRITER_CUES: dict[str, tuple[str, ...]] = {
    "professional_role": (
        r"\b(?:travailleu(?:r|se)|assistante?|intervenante?) (?:de service )?social\w*\b"
        r"|\b(?:educat(?:eur|rice)s?(?: specialisee?)?|psychologues?|psychiatres?|infirmier(?:e|s)?|sage-femme"
        r"|avocate?s?|notaires?|juristes?|mandataires?(?: judiciaires?)?|delegue mandataire|gendarmes?|policiere?"
        r"|conseill(?:er|ere)s? (?:en |d')(?:insertion|economie sociale)|referente?s?|coordinat(?:eur|rice)"
        r"|benevoles?|tut(?:eur|rice)s?|curat(?:eur|rice)s?)\b",
        r"\bdans le cadre de (?:mon|notre|ma) (?:travail|activite|mission|accompagnement|fonction)\b"
        r"|\b(?:que |qu')?(?:j'accompagne|nous accompagnons|nous suivons|nous suivions|je recois|nous recevons"
        r"|que je suis|que j'ai suivie?|nous exercons)\b",
        r"\b(?:ma|mon|mes|notre|nos) (?:cliente?s?|patiente?s?|residente?s?|beneficiaires?|usagers?|adherente?s?"
        r"|majeurs? protegee?s?|administree?s?)\b"
        r"|\bnotre (?:association|structure|service|centre|foyer|chrs|ccas|maison de sante|cabinet|etude|pole)\b",
    ),
    # The event is over, in hands or settled: a time in the past, a person now safe, followed, placed, better; a
    # complaint filed; a death (a bereavement asked about calmly).
    "settled": (
        r"\bil y a (?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|plusieurs|quelques) (?:ans?|annees)\b"
        r"|\b(?:l'an dernier|l'annee derniere|l'an passe|l'annee passee)\b",
        r"\b(?:va|vont|allait) (?:beaucoup |bien |nettement )?mieux\b|\bc'est suivi\b|\bmaintenant stables?\b"
        r"|\b(?:est|sont|a ete|ont ete) (?:bien |desormais |maintenant )?(?:suivie?s?|stables?|en securite|a l'abri"
        r"|mise?s? a l'abri|protegee?s?|placee?s?|relogee?s?|confiee?s?)\b",
        r"\b(?:a|ont|avons|avait) (?:depose|porte) plainte\b|\bplainte (?:est |a ete )?deposee\b",
        r"\b(?:est|sont) decedee?s?\b|\bs'est suicidee?\b|\bdecedee? (?:le|en|il y a|a l'hopital|chez)\b",
    ),
    # A question on the procedure: the papers, the form, who decides, the delay.
    "procedure_ask": (
        r"\b(?:quelle est la procedure|quelles? (?:sont les )?(?:demarches?|pieces|justificatifs|documents"
        r"|formalites|prestations|aides)|quels? (?:formulaire|dossier|document|delai|code|organisme)s?"
        r"|comment (?:faire|demander|declarer|obtenir|proceder|fonctionne)|qui (?:doit|prend en charge|instruit"
        r"|signe|delivre)|faut-il|dois-je|devons-nous|peut-(?:elle|il) (?:beneficier|percevoir|demander|toucher))\b",
    ),
    # People named as a class, not as one person: "des femmes victimes", "les patients", "dans ce cas".
    "generic_people": (
        r"\b(?:des|les|ces|nos|certaines?|certains) (?:femmes|hommes|personnes|patients?|patientes|familles"
        r"|victimes|jeunes|residentes?|allocataires|beneficiaires|usagers|parents|meres|peres)\b",
        r"\b(?:regulierement|souvent|parfois|en general|dans ce (?:cas|type de situation)|ce genre de situation)\b",
    ),
}
WRITER_CUE_NAMES: tuple[str, ...] = tuple(WRITER_CUES)

CUE_NAMES: tuple[str, ...] = (
    *INJECTION_CUES,
    *OUT_OF_SCOPE_CUES,
    *DISTRESS_CUES,
    *ABUSIVE_CUES,
    "after_signoff",
    "private_only",
)
_PRIVATE_NAMES = ("private_pet", "private_leisure", "private_tech", "private_platform")
# A document named as a proof ("facture EDF comme justificatif de domicile", "la quittance de mon propriétaire",
# "l'attestation de mon employeur", a list of papers brought to a counter) names a company without any dispute with
# it: the sentences that say so are not read for the out-of-scope families (a man whose proof of address was an EDF
# bill was sent to the energy mediator).
_PROOF = re.compile(
    r"\b(?:justificatifs?|preuves? (?:de|d')|pieces? (?:justificatives?|jointes?|demandees?|a fournir)|en piece jointe"
    r"|ci-joint|photocopies?|de moins de (?:3|trois|6|six) mois|pour (?:prouver|justifier|attester)|comme (?:adresse"
    r"|preuve)|(?:avec|voici) (?:tous )?(?:mes|les) (?:papiers|documents)|documents? demandes?"
    r"|(?:je (?:vous )?(?:joins|envoie|transmets|renvoie)|j'ai (?:joint|envoye|fourni|apporte|depose))\b"
    # A court decision already made, named as background ("fixée par le juge aux affaires familiales", "le divorce a
    # été prononcé"): what a benefit or a civil-status act rests on, not a dispute to take to court (a mother whose
    # unpaid child support the Caf recovers, a divorcee asking her mairie for a livret de famille were redirected).
    r"|(?:fixee?s?|prononcee?s?|ordonnee?s?|decidee?s?|homologuee?s?) (?:en \d{4} )?par (?:le|la|un) (?:juge|jaf"
    r"|tribunal)|\ble (?:juge|jaf|tribunal)(?: aux affaires familiales)? (?:a|avait) (?:fixe|prononce|ordonne|decide"
    r"|homologue)|\b(?:divorce|separation) (?:a ete|est|avait ete) prononcee?|\b(?:depuis|apres) (?:le|mon|notre)"
    r" divorce\b|\bjugement (?:de divorce|du jaf|du juge aux affaires familiales))"
)
_SENTENCE_END = re.compile(r"(?<=[.!?;\n])\s+")
_OUT_OF_SCOPE_NAMES = frozenset(f"party_{key}" for key in _PARTY) | {"dispute", *_PRIVATE_NAMES}


def _without_proofs(folded: str) -> str:
    """The folded text without its sentences that name a document as a proof."""
    if not _PROOF.search(folded):
        return folded
    return " . ".join(part for part in _SENTENCE_END.split(folded) if not _PROOF.search(part))


_COMPILED = {
    name: tuple(re.compile(p, re.MULTILINE) for p in patterns)
    for name, patterns in {
        **INJECTION_CUES,
        **OUT_OF_SCOPE_CUES,
        **DISTRESS_CUES,
        **ABUSIVE_CUES,
        **WRITER_CUES,
    }.items()
}
_RAW_CUES = {"markup", "hidden", "masked"}  # read on the text as written too (case, symbols, line breaks)
_SIGNOFF = re.compile(
    r"\n\s*(?:cordialement|bien (?:a vous|cordialement)|salutations|merci(?: d'avance| beaucoup| bien)?)[ ,.!]*\n"
    r"(?:[^\n]{0,60}\n)?\s*(?P<after>[\s\S]+)$"
)


# A pasted e-mail thread's scaffolding: separator lines ("-----Message d'origine-----", "---------- Message
# transféré ----------"), "Le 6 mars, X a écrit :" lines, "> " quote marks and header labels ("De :", "Objet :").
# Quoted earlier correspondence is not an instruction to us: its dashes and prefixes read like hidden text and role
# lines, so the model reads the thread without them (what was quoted, and who wrote it, stay: a forwarded
# "instruction" addressed to the assistant is still one).
_THREAD_SEPARATOR = re.compile(
    r"^[ \t>]*(?:[-_=*]{2,}[ \t]*)?(?:(?:message (?:transf[ée]r[ée]|d'origine|r[ée]exp[ée]di[ée])|original message"
    r"|forwarded message|d[ée]but du message r[ée]exp[ée]di[ée])[ \t]*:?[ \t]*)?(?:[-_=*]{2,})?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_THREAD_WROTE = re.compile(
    r"^[ \t>]*(?:(?:le|on)\s[^\n]{0,60}?,\s*)?([^\n]{1,80}?)\s+(?:a [ée]crit|wrote)\s*:[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_THREAD_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)
_THREAD_HEADER = re.compile(
    r"^[ \t]*(?:de|à|a|cc|cci|objet|envoy[ée]|date|from|to|subject|sent)[ \t]?:[ \t]*", re.IGNORECASE | re.MULTILINE
)


def unthreaded(text: str) -> str:
    """The text without a pasted e-mail thread's scaffolding (separators, "a écrit :" lines, quote marks, header
    labels); the quoted words, and the name of who wrote them, are kept."""
    if not any(mark in text for mark in (">", ":", "---", "___", "===")):
        return text
    text = _THREAD_QUOTE.sub("", text)
    text = _THREAD_WROTE.sub(r"\1", text)
    text = _THREAD_SEPARATOR.sub("", text)
    return _THREAD_HEADER.sub("", text)


# The cue families that are moves of an injection, not talk about one (`triage_ai_talk`, `triage_refused_quote`).
INJECTION_MOVES = (
    "rules_override",
    "persona",
    "fixed_output",
    "outcome_demand",
    "markup",
    "hidden",
    "masked",
    "reveal",
    "style_demand",
)


def cue_counts(text: str) -> dict[str, int]:
    """How many matches of each cue family the (pseudonymised) text holds."""
    return dict(_cue_counts(text))


@lru_cache(maxsize=256)
def _cue_counts(text: str) -> tuple[tuple[str, int], ...]:
    # Cached: triage reads the same text's cues twice (the competence map's private dispute, then the model).
    folded = fold(text)
    no_proofs = _without_proofs(folded)
    counts: dict[str, int] = {}
    for name, patterns in _COMPILED.items():
        read = no_proofs if name in _OUT_OF_SCOPE_NAMES else folded
        n = sum(len(p.findall(read)) for p in patterns)
        if name in _RAW_CUES:
            n = max(n, sum(len(p.findall(text)) for p in patterns))
        if name in _GATED and not _GATED[name].search(folded):
            n = 0
        counts[name] = n
    private = sum(counts[name] for name in _PRIVATE_NAMES)
    counts["private_only"] = private if not counts["public_procedure"] else 0
    after = _SIGNOFF.search(folded)
    counts["after_signoff"] = int(bool(after) and len(after.group("after").strip()) > 40)
    return tuple(counts.items())


def cue_vector(text: str, writer: bool = False) -> np.ndarray:
    """The cue counts as the model reads them: log(1 + count), in `CUE_NAMES` order (then `WRITER_CUE_NAMES` when
    `writer`)."""
    counts = cue_counts(text)
    names = (*CUE_NAMES, *WRITER_CUE_NAMES) if writer else CUE_NAMES
    return np.log1p(np.array([counts[name] for name in names], dtype=np.float32))
