"""Words that are never a person's name on their own: French stop words, greetings and closings, administrations,
benefits and documents, school roles, street types, months and days ("CAF", "Pôle emploi", "Bonjour", "AESH").

Below `names` and `gazetteer`, which both read it: `gazetteer.is_name` says no to these words, the name rules never
mask them alone.
"""

from guichet.privacy.spacy_fr import STOP_WORDS

_COMMON = {
    *STOP_WORDS,
    # greetings, closings and words that start sentences in messages
    *"""bonjour bonsoir salut madame monsieur mademoiselle messieurs mesdames mme mlle cordialement merci
    salutations sincères respectueusement remerciant attente urgent urgence svp stp bien bonne journée soirée
    objet réf ps nb oui non vous je tu il elle nous ils elles moi bref voilà alors pourtant sinon donc aussi
    depuis cela ceci cette ici hier demain aujourd'hui dernier dernière prochain prochaine tél tel téléphone
    portable mail email e-mail courriel adresse domicile né née nir iban bic numéro n° sécu identifiant dossier
    famille fils fille mari femme épouse mère père enfant enfants signé pour nom prénom docteur maître
    professeur""".split(),
    # administrations, benefits and documents: not personal data
    *"""caf msa cpam cnav carsat urssaf dgfip ants mdph cnaf cnam ameli impots impôts france travail pôle
    emploi pole préfecture prefecture mairie sécurité sociale assurance maladie retraite retraites rsa apl als
    alf aah apa pch are ass cmi rqth cesu ij prime activité agirc arrco smic crous hlm edf engie sncf poste
    banque tribunal cour conseil département région état république gouvernement ministère service public
    services franceconnect cerfa cni titre séjour passeport permis carte grise vitale mutuelle complémentaire
    css cmu ame pass navigo trésor public fisc allocation allocations familiales rentrée scolaire cpf opco
    agefiph cap emploi mission locale ccas caisse centre finances publiques""".split(),
    # (twenty-sixth pass, p68: a title or a shouted line about a debt, "Changement de RIB", "Renouvellement
    # AEEH", "EN PLAN DE REDRESSEMENT")
    *"""rib aeeh aeh plan redressement surendettement rétablissement huissier commissaire créancier créanciers
    dette dettes saisie recouvrement""".split(),
    # (twenty-ninth pass, p82e) school staff and bodies, written capitalised or in capitals by teachers and parents:
    # "Je suis AESH", "Madame la Principale", "la CPE", "l'ATSEM"
    *"""aesh avs aed atsem cpe ulis segpa rased upe2a ien dasen dsden inspé fcpe peep principal principale proviseur
    proviseure enseignant enseignante enseignants enseignantes professeure professeurs institutrice instituteur
    maîtresse directrice directeur inspecteur inspectrice""".split(),
    # (thirty-first pass, p88) greetings and closings of cross-border workers and Europeans writing in French: German,
    # Dutch, Polish, Spanish, Portuguese, Italian ("Guten Tag", "Vielen Dank", "Dank u", "Pozdrawiam", "Soy español"),
    # and the German word for a mobile phone ("Handy : 0049…")
    *"""guten tag vielen dank danke schön grüßen grüße gruß grüsse freundlichen handy hallo tschüss moien bedankt
    groeten goedendag dzień dobry pozdrawiam dziękuję hola gracias saludos buenos buenas español española
    boa tarde obrigado obrigada cumprimentos atenciosamente buongiorno buonasera grazie saluti""".split(),
    # ... of the Pacific and Vietnam, the blessings that close a message, the nationalities and the English words
    # written capitalised beside a name, the labels of a signature's numbers ("Māuruuru roa", "Xin chào", "Que
    # Dieu vous bénisse", "Je suis Belge", "my Indian passport", "Alloc 3712290", "PESEL 4605…", "num fiscal …")
    *"""māuruuru mauruuru chào dieu belge belges suisse suisses luxembourgeois luxembourgeoise lux my indian russian
    german british born alloc num numero fiscal pesel""".split(),
    # places
    *"""rue avenue boulevard place impasse allée chemin route quai cours square passage résidence cité hameau
    lotissement bâtiment appartement étage""".split(),
    # (thirty-first pass, p89) the punctuation a dictated message spells out, and the parts of a flat or a room
    # written in capitals after a building ("fatoumata diallo virgule je suis…", "TOUR AVICENNE PORTE 114",
    # "RESIDENCE CROUS JEAN ZAY CHAMBRE 218", "apartemen 112")
    *"""virgule tiret guillemets parenthèse chambre porte escalier apartemen appartemen appart bis
    ter""".split(),
    # (thirty-second pass, p94e) the carers, the patients' words and the statuses written capitalised or in capitals
    # in messages about health and sick leave: "Monsieur le Médecin-Conseil", "JE SUIS ANCIEN COMBATTANT", "mon
    # petit boulot", "Madame l'Infirmière"
    *"""médecin médecin-conseil médecins-conseils infirmier infirmière kiné kinésithérapeute aide-soignant
    aide-soignante sage-femme pharmacien pharmacienne patient patiente malade ancien ancienne combattant
    combattante mutilé invalide invalidité boulot""".split(),
    # ... the court's clerk and the jobs written capitalised after a title or in a signature ("Madame la Greffière",
    # "Gérante", "Interprète"), and the greetings of Ukrainian, Russian and Tahitian writers ("Добрий день",
    # "Дякую", "Ia ora na"), which the name rules read as a name in another script or a foreign word
    *"""greffier greffière greffiere interprète interprete gérant gérante gerant gerante expert-comptable
    électricien electricien photographe добрий добрый день дякую спасибо здравствуйте привіт вітаю dyakuyu ora
    orana roa""".split(),
    # (thirty-fourth pass, p100e) a participle that the name lists hold as a surname: "mon nom est écrit « … »"
    *"écrit ecrit".split(),
    # (thirty-eighth pass, p117e) the greetings and thanks of Arabic, Vietnamese, Turkish, Albanian, Bulgarian and
    # Basque writers, the closings in short and the words of a letter's first line that the name rules read as a
    # name or a word in another script ("Salam alaykoum", "Cảm ơn", "Teşekkürler", "Faleminderit", "Здравейте",
    # "Kaixo", "Cdt", "Ci-joint", "Veuillez trouver"), and a form's labels ("Date naissance", "Code postal")
    *"""salam salem alaykoum alaykum aleykoum alikoum cảm ơn teşekkürler teşekkür faleminderit здравейте
    благодаря телефон kaixo eskerrik cdt cdlt ci-joint veuillez naiss naissance postal date esat""".split(),
    # months and days
    *"""janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi
    mercredi jeudi vendredi samedi dimanche""".split(),
}


def is_common(word: str) -> bool:
    return word.lower().strip(".,'’") in _COMMON
