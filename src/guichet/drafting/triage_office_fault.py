"""A fault of the office told to it: a complaint (thirty-sixth pass, engineer-dh).

Three families of a grievance the complaint rules did not read, on the unseen batch df (état civil and mairie): the
office gave the writer's address away ("vous avez donné mon adresse à mon ex-mari", "une personne de votre service
lui a confirmé que j'habitais toujours la commune", df-045, a woman hiding from a violent ex-husband), cancelled or
moved an appointment without warning ("vous annulez notre pacs la veille par texto", df-025), lost the writer's
papers ("vous avez encore perdu mon dossier"). Each is said of the office ("vous", "votre service", "l'agent"):
a landlord or a bank that lost a file is not matched. On corpora/triage train + validation (8,134) they match 10
messages, all gold complaint (6 that no complaint rule read before).
"""

OFFICE_FAULT_PATTERNS: tuple[str, ...] = (
    # The writer's address or whereabouts given away by the office.
    r"\b(?:vous avez|vous lui avez|votre service (?:lui )?a|vos services (?:lui )?ont|une personne de (?:votre|vos) "
    r"services? (?:lui )?a|(?:l'agent|l'agente|la personne|l'employee?|le guichet|l'accueil) (?:de votre service )?"
    r"(?:lui )?a) (?:\w+ )?(?:donne|communique|transmis|divulgue|revele|confirme|indique)\b[^.!?\n]{0,60}?"
    r"\b(?:mon adresse|ma nouvelle adresse|mes coordonnees|ma rue|mon numero de telephone|que j'habit\w*|ou j'habit\w*"
    r"|ou je (?:vis|loge|demeure))",
    # An appointment or a ceremony cancelled or moved by the office without warning.
    r"\bvous (?:m'|nous )?(?:annulez|avez annule|supprimez|avez supprime|avez deplace|deplacez|reportez|avez reporte)"
    r"\b[^.!?\n]{0,40}?\b(?:la veille|l'avant-veille|le jour meme|au dernier moment|sans (?:prevenir|explication"
    r"|raison|motif|nous prevenir|me prevenir)|par (?:texto|sms|mail|message))\b",
    # The writer's papers lost by the office.
    r"\bvous (?:avez|m'avez|nous avez) (?:encore |deja |une nouvelle fois )?(?:perdu|egare) (?:mon|ma|mes|notre|nos"
    r"|le|la|les)\b",
)
