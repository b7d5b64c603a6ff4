"""French (fr) indicator pack: the phrases of the ten categories, the words too common to anchor one, and the
ages and child cues of French chat (France, Belgium, Switzerland, Québec).

Phrases are written in French letters and respelt to normalised text when the pack is loaded
(`model.packs`). They cover tutoiement and vouvoiement and the spellings French speakers actually type
online: dropped accents and apostrophes ("tas", "jai", "ta quel age"), the typographic apostrophe of phones
(normalised "t’as" is "t as"), SMS spellings (keske, kel, koi, ki, jsuis, chui, g for "j'ai"), chat
abbreviations (tkt, stp, svp, mp, pv, jtm, num, tel, wtsp) and slang (darons, meuf, tof, thune). The
spellings come from general knowledge of French-language forums, gaming chat and text messaging, and from
published descriptions of online grooming and sextortion (awareness material of child-protection bodies,
police and schools); no conversation data was used.

Normalisation quirks that the phrases follow: the English chat abbreviations are expanded in every
language, so "ma" is "mom", "y" is "why", "ya" is "you", "dis" is "this", "cam" is "webcam", "num" is
"number", "snap" is "snapchat" (respelling does this to the phrases too); numbers glued to letters go
through leet decoding, so "13ans" is "ieans" and "4ème" is "aeme" (the school-year and age forms below
spell those out).
"""

from __future__ import annotations

LANGUAGE = "fr"

# --- word lists used in several phrases (pattern-language alternatives) --------------------------------

# "you have" / "you are", however typed (the phone apostrophe splits "t’as" into "t as").
_TU_AS = "t'as|tas|t_as|tu_as|ta|t'a|tu_a|vous_avez|vs_avez"
_TU_ES = "t'es|tes|t_es|tu_es|tu_est|t'est|t|vous_etes|vs_etes|vous_êtes|t'e"
_TES = "tes|vos|t'es|ta|ton|votre"
_PARENT = (
    "parents|darons|daron|daronne|vieux|mère|maman|mom|père|papa|dad|reum|beau-père|belle-mère|mamie|"
    "papi|grand-mère|grand-père|frère|soeur|sœur|famille|tuteur|nounou"
)
# Parents after "ta"/"ton"/"tes": each is a usable anchor (no common word in it).
_PARENT_WORD = "parents|darons|daron|daronne|mère|maman|père|papa|reum|mamie|papi|famille|frère|soeur|sœur"
_APPS = (
    "snapchat|snap|instagram|insta|whatsapp|whatsap|watsap|wtsp|wsp|telegram|télégram|discord|tiktok|facebook|"
    "messenger|skype|signal|kik|twitter|viber|wechat|threads|hangouts|facetime"
)
_CONTACT = f"{_APPS}|numéro|numero|num|number|tel|tél|téléphone|telephone|portable|phone|06|07|mail|email|gmail"
_PIC = (
    "photo|photos|foto|fotos|tof|tofs|toph|pic|pics|picture|pictures|selfie|selfies|vidéo|vidéos|vid|nude|nudes|"
    "image|images|webcam|cam|photographie"
)
_BODY = (
    "pieds|pied|orteils|seins|sein|nichons|nibards|tétons|téton|poitrine|chatte|foufoune|minou|vagin|clito|clitoris|"
    "bite|zizi|zob|"
    "zgeg|teub|queue|pénis|couilles|fesses|cul|sexe|corps|ventre|cuisses|entrejambe|jambes"
)
_CLOTHES = (
    "culotte|culottes|soutif|string|strings|nuisette|lingerie|bikini|boxer|caleçon|slip|haut|tshirt|"
    "pantalon|jupe|robe|pull|jean|short|legging|vêtements|fringues|habits|pyjama|maillot"
)
_SEND = (
    "envoie|envoies|envoi|envois|envoye|envoyes|envoyer|envoyez|envoie-moi|envoi-moi|balance|balances|"
    "m'envoies|m'envoie|m'envoyer|m'envoi|m'envois|m'envoyes|menvoie|menvoies|menvoyer|menvoi|passe|"
    "m'balance|mbalance|m'passe"
)

PHRASES: dict[str, tuple[str, ...]] = {
    "AGE_PROBING": (
        f"{_TU_AS} quel|kel|quelle|kelle âge|age",
        "quel|kel âge|age t'as|tas|ta|as-tu|as|avez|vous|avez-vous|tu",
        "quel|kel âge|age as tu|avez vous ?",
        "âge|age ?",
        "ton|votre|ta âge|age ?",
        "koi|quoi ton|votre âge|age",
        "c'est|cest|c_est|c koi|quoi ton|votre âge|age",
        "quel|kel est ton|votre âge|age",
        "tu|t'as|tas fais|fait quel|kel âge|age",
        f"{_TU_AS} # ans ?",
        f"{_TU_AS} vraiment|réellement|genre|quoi # ans",
        f"{_TU_AS} plus|moins de 18|16|15 ans|?",
        f"{_TU_ES} majeur|majeure|mineur|mineure|majeur.e ?",
        f"{_TU_ES} en quelle|kelle|quel|kel classe",
        f"{_TU_ES} en quoi ?",
        "tu|t'es|tes|vous es|êtes|etes|vas|allez en|au|à quelle|kelle|quel classe|collège|college|lycée|lycee|primaire",
        f"{_TU_ES} au|encore collège|college|lycée|lycee|primaire|bahut",
        f"{_TU_ES} en 6e|6ème|6eme|5e|5ème|5eme|4e|4ème|4eme|3e|3ème|3eme|seconde|2nde|première|1ère|terminale ?",
        f"{_TU_ES} né|née|nee|ne en quelle|kelle|quel année|annee",
        f"de|en quelle|kelle année|annee {_TU_ES}|es_tu|êtes_vous né|née|nee|ne",
        "tu|vous vas|allez au|en collège|college|lycée|lycee|primaire|6e|6ème|5e|5ème|4e|4ème|3e|3ème|seconde|2nde ?",
        "asv",
        "asv ?",
        "a s v",
        "âge sexe ville",
        "fille|meuf ou|ou_bien [un] garçon|gars|mec",
        "garçon|garcon|gars|mec ou fille|meuf",
        "f ou h",
        "h ou f",
        f"{_TU_ES} une|un fille|meuf|gamine|ado|adolescente|garçon|mec ?",
        "t'habites|tabites|habites|habitez où|ou",
        "t'habites|tabites dans|vers quelle|kelle|quel|quoi",
        "tu|vous habites|habitez|vis|vivez où|ou",
        "où|ou habites|habitez|t'habites|vis|vivez",
        f"{_TU_ES} d'où|dou|de_où ?",
        f"{_TU_ES} de quelle|kelle|quel ville|région|region|coin|département|departement",
        "tu|vous viens|venez d'où|dou|de_ou",
        "dans|de quelle|kelle|quel ville|région|region|département|coin t'es|tes|tu|vous|habites",
        f"{_TU_AS} [genre|quoi|vraiment|réellement|que|seulement|même_pas|à_peine|a_peine] # ?",
        f"{_TU_ES} de|né|née|nee en quelle|kelle|quel année|annee",
    ),
    "PARENT_CHECK": (
        f"{_TES} {_PARENT_WORD} sont|est là|la|ici|où|ou|rentrés|rentrée|rentré|partis|partie|parti|couchés|couché|"
        "couchée|endormis|endormie|absents|absente|absent|sortis|sortie|sorti|chez_toi|à_la_maison|a_la_maison",
        f"{_TES} {_PARENT_WORD} sont|est pas|plus là|la|ici|rentrés|rentrée|rentré|chez_toi|à_la_maison|a_la_maison",
        f"{_TES} {_PARENT_WORD} rentrent|rentre|partent|part|reviennent|revient quand|kan|?|à_quelle_heure|"
        "a_quelle_heure|vers_quelle_heure",
        f"{_TES} {_PARENT_WORD} dorment|dort|bossent|bosse|travaillent|travaille|sortent|sort ?|quand|jusqu'à|jusqu_à",
        f"{_TES} {_PARENT_WORD} regardent|regarde|vérifient|vérifie|lisent|lit|surveillent|surveille|fouillent|"
        "fouille|checkent|check",
        f"{_TES} {_PARENT_WORD} savent|sait|sauront|saura|le_savent|le_sait|sont_au_courant|est_au_courant",
        f"{_TES} {_PARENT_WORD} te laissent|laisse|laissent|autorisent|autorise|surveillent|surveille",
        f"{_TES} {_PARENT_WORD} sont|est stricts|strict|stricte|sévères|sévère|chiants|chiante|relous",
        f"{_TU_ES} seule|seul|toute_seule|tout_seul|solo ?",
        f"{_TU_ES} seule|seul chez|à|a|dans|ce|cette|en|maintenant|là|la",
        "seule|seul à|a la maison",
        "seule|seul chez toi|vous",
        "toute seule|seul à|a|chez|ce|cette",
        "tout seul à|a|chez|ce|cette",
        "quelqu'un|quelquun|qqn|qq1|kelkun|personne chez|avec toi|vous",
        "quelqu'un|quelquun|qqn|qq1|kelkun|personne à|a la maison",
        "qui|ki est|y'a|ya|y_a chez toi|avec_toi|à_la_maison|a_la_maison",
        "tu|vous vis|vivez|habites|habitez avec qui|ki",
        "c'est|cest|c_est ton|votre propre|perso téléphone|telephone|portable|tel|ordi|pc",
        f"{_TU_AS} ton|ta|votre propre|à_toi|a_toi téléphone|telephone|portable|tel|ordi|pc|chambre",
        "ton|ta|votre téléphone|telephone|portable|tel|ordi|chambre à|a toi|vous ?",
        "personne lit|regarde|vérifie|check|fouille tes|ton|ta messages|message|téléphone|telephone|portable|conv|"
        "conversations",
        "quelqu'un|quelquun|qqn|on lit|regarde|vérifie|check|fouille tes|ton messages|téléphone|telephone|portable|"
        "conv",
        "tu|vous dors|dormez seule|seul|toute_seule|dans_ta_chambre",
        "tu|vous peux|peut|pouvez sortir sans|en_cachette|la_nuit|le_soir|tard",
        "tu|vous peux|peut|pouvez faire le mur",
        "ils rentrent à|a quelle|kelle heure",
        f"{_TU_ES} tout|toute|tt seul|seule|seuls|seules dans|chez|à|a|ce|cette|en|maintenant|là|la|ici|?",
        f"{_TES} {_PARENT_WORD} sont|est trop|vraiment|si|super|hyper|grave|tellement|aussi stricts|strict|stricte|"
        "strictes|sévères|sévère|chiants|chiante|relous|relou|protecteurs|protectrice|derrière_toi|sur_ton_dos",
        f"{_TES} {_PARENT_WORD} ont|a|n'ont|n'a|nont|na [rien|pas|jamais|encore|toujours] remarqué|capté|grillé|"
        "découvert|soupçonné|deviné|posé_des_questions|demandé_d'où|demandé_qui|demandé_pourquoi",
        f"{_TES} {_PARENT_WORD} ont|a|n'ont|n'a|nont|na rien vu|dit|demandé|su|entendu",
        f"{_TES} {_PARENT_WORD} ont|a|connaissent|connait|connaît ton|tes|le|les code|codes|mot_de_passe|mdp|accès|"
        "acces|schéma|schema",
        f"{_TES} {_PARENT_WORD} ont|a|n'ont|n'a accès|acces à|a ton|tes|ta",
        "ils|elle|il|elles savent|sait|savaient|savait que|qu' tu|t' me|m' parles|parle|écris|ecris|vois|textes|"
        "appelles",
        "quelqu'un|quelquun|qqn|qq1|kelkun|personne|on|ils|elle|il|elles lit|lisent|regarde|regardent|vérifie|"
        "vérifient|fouille|fouillent|check|checkent|surveille|surveillent|contrôle|contrôlent [pas|jamais|souvent|"
        "parfois|des_fois] ton|tes|ta tel|portable|téléphone|messages|message|msg|conv|convs|conversations|ordi|pc|"
        "tablette|discussions",
        "quand|qd|lorsque|dès_que|des_que|pendant_que|une_fois_que|attends_que|après_que tout le monde dort|dormira|"
        "dorme|dormiront|est_couché|sera_couché|soit_couché|est_endormi|sera_endormi|est_parti|sera_parti|soit_parti",
        "tout le monde dort|est_couché|est_endormi|est_parti chez_toi|chez_vous|?|de_ton_côté|là-bas",
    ),
    "SECRECY": (
        "[le|la|les|lui|leur|en] dis|dit|dites|this|raconte|racontes|répète|repete|montre|montres|parle|parles [le|"
        "la|les|lui|leur|rien|ça|ca|en] à|a personne",
        f"dis|dit|this|raconte|dites|répète|repete rien|pas|jamais à|a {_TES}|personne",
        "faut|fo|faudra|faudrait pas|jamais [le|la|les|lui|leur|en|rien] dire|raconter|montrer|répéter|parler à|a "
        f"{_TES}|personne",
        f"dis|dit|this|raconte|dites|répète|repete|montre le|la|les pas|rien à|a {_TES} {_PARENT}|amis|potes|copines|"
        "copains|prof|profs",
        f"le|la|leur|lui dis|dit|this|raconte pas|jamais à|a {_TES}",
        "en parle|parles|parlez à|a personne",
        "parle|parles|parlez en à|a personne",
        "parle|parles|parlez pas|jamais de nous",
        "notre|not petit|ptit|p'tit secret",
        "notre|not secret",
        "c'est|cest|ce_sera|ca_reste|ça_reste|c_est notre secret",
        "garde|gardes|gardez|garder le|ce|ça|ca secret",
        "garde|gardes|gardez ça|ca pour toi|vous",
        "entre nous",
        "entre toi et moi",
        "entre vous et moi",
        "efface|effaces|effacer|effacez|supprime|supprimes|supprimer|supprimez|vide|vider [tout|tous|toute|toutes] "
        "[les|la|nos|tes|notre|ces|cette|ta|ton|tout_le|toute_la|tous_les|nos_anciens] messages|message|msg|msgs|"
        "conv|convs|conversation|conversations|discussion|discussions|historique|chat|échanges|echanges|sms",
        "personne doit|devra|devrait savoir|le_savoir|être_au_courant|etre_au_courant",
        "personne saura|le_saura|en_saura|sera_au_courant",
        "personne ne|n' doit|devra|saura|le_saura|en_saura|le_sauras|a_besoin_de_savoir",
        "si quelqu'un|quelquun|qqn l'apprend|lapprend|découvre|decouvre|tombe_dessus|voit_nos|lit_nos",
        f"si {_TES} {_PARENT_WORD} l'apprennent|lapprennent|l'apprend|lapprend|découvrent|découvre|savent|sait|voient|"
        "voit",
        "j'aurais|j'aurai|jaurais|jaurai|je_vais_avoir|je_pourrais_avoir des problèmes|problemes|ennuis|soucis",
        "aller|finir|irai|irais|vais|risque|risquerais|risquer en|la prison|taule|zonzon",
        f"{_TU_ES} [pas|vraiment|genre] [de|un|une] [la] flic|keuf|policier|policière|police|gendarme|flics|keufs",
        f"{_TU_ES} pas un|une flic|keuf|policier|policière|piège",
        "c'est|cest|c_est un piège|piege|traquenard",
        "je|j' dirai|dirais rien",
        "je le|l' dirai|dirais à|a personne",
        "en cachette",
        "en secret",
        f"sans que|qu'ils|qu'elle|qu'il|quils [tes|ta|ton|vos|personne|ils|elle|il] [{_PARENT_WORD}] [le|la|les|nous] "
        "sachent|sache|saches|voient|voie|voit|remarque|remarquent|découvrent|decouvrent",
        f"sans le|leur|lui dire|en_parler à|a {_TES}|personne",
        "mode éphémère",
        "messages éphémères",
        f"{_PARENT_WORD}|ils|elle|il|elles|eux|personne|on a|ont|aura|auront|n'a|n'ont|na|nont|n'aura|n'auront pas|"
        "rien|jamais besoin [de|d'] savoir|le_savoir|être_au_courant|etre_au_courant|d'être_au_courant|l'apprendre|"
        "lapprendre",
        "personne n'a|na|n'aura|naura|n'a_jamais besoin [de|d'] savoir|le_savoir|être_au_courant|d'être_au_courant|"
        "l'apprendre|lapprendre",
        "tu|t'|vous [ne] lui|leur dis|diras|dites|direz|racontes|raconteras|racontez|répètes|montres|montreras rien|"
        "jamais",
        "tu|t'|vous [ne] lui|leur dis|diras|dites|direz|racontes|raconteras|racontez|répètes|montres|montreras pas "
        "hein|stp|ok|d'accord|surtout|à|a|pour|que|qu'|de_nous|sur_nous",
        "dis|dites|raconte|racontes lui|leur rien|jamais",
        f"{_PARENT_WORD}|ils|elle|il|elles|eux|personne a|ont|n'a|n'ont|na|nont rien|pas à|a [le] savoir",
        f"pas un mot à|a|aux personne|quiconque|{_TES}",
        "motus et bouche cousue",
        f"{_PARENT_WORD}|ils|elle|il|elles|personne doivent|doit|devront|devra|devrait|devraient pas|rien|jamais "
        "savoir|le_savoir|l'apprendre|lapprendre|être_au_courant|etre_au_courant",
        f"faut|faudrait|faudra pas|surtout_pas|jamais que|qu' [{_TES}|ils|elle|il|elles|personne|on] [{_PARENT_WORD}] "
        "[le|la|les|l'|nous|ça|ca|en|te|t'] sachent|sache|voient|voie|apprennent|apprenne|l'apprenne|l'apprennent|"
        "découvrent|découvre|remarquent|remarque|lisent|lise",
        "faut|faudrait|faudra pas|surtout_pas|jamais qu'elle|qu'il|qu'ils|qu'elles|quelle|quil|quils [le|la|les|l'|"
        "nous|en] sachent|sache|voient|voie|apprennent|apprenne|l'apprenne|découvrent|découvre|remarque|lisent|lise",
        f"dis|dites|raconte|racontes|diras|direz [leur|lui|à|a] [ta|tes|ton|vos|votre] [{_PARENT_WORD}] juste|"
        "simplement|seulement que|qu' tu|vous|t'es|tes|t'étais|tetais dors|dormiras|dormais|restes|resteras|passes|"
        "passeras|étais|rentres|rentreras|seras|dormez|restez|étiez|êtes|rentrez|es|vas|allez|chez|avec|au|à|a",
        f"dis|dites|raconte|racontes|diras|direz [leur|lui|à|a] [ta|tes|ton|vos|votre] [{_PARENT_WORD}] que|qu' tu|"
        "vous dors|dormiras|dormais|dormez|étais|étiez|restes|resteras|restez chez|avec|au|à|a",
        f"dis|dites|raconte|racontes|diras|direz [leur|lui|à|a] [ta|tes|ton|vos|votre] [{_PARENT_WORD}] que|qu' "
        "t'étais|tetais|t'dors|tdors|t'restes chez|avec|au|à|a",
        "reste|restera|restent notre|not [petit|ptit] truc|secret|histoire|délire|jardin_secret",
        "rien que|qu' toi et moi",
        "si tu|t'en|t' [le|en|lui|leur|la|les] parles|dis|racontes|répètes|repetes|montres|balances à|a|aux [tes|ta|"
        f"ton|vos] [{_PARENT_WORD}] [ou|et|ni] [aux|à|a] personne|"
        "quelqu'un|quelquun|qqn|qq1|flics|keufs|police|gendarmes|quiconque|la_police|les_flics|les_keufs",
        "ni vu ni connu",
        f"sans [le|leur|lui|rien] dire|en_parler|le_dire à|a|aux [{_TES}] {_PARENT_WORD}|personne",
        "personne [ne|n'] nous|vous dérange|derange|voie|entende|surprenne|sache",
        "messages|message|msg|conv|photos|photo qui|qu' s'effacent|seffacent|s'efface|disparaissent|disparait|"
        "s'autodétruisent|s'autodétruit",
        "conversation|conv|discussion|chat secrète|secrete|secret|cachée|cachee|éphémère|ephemere",
        "supprime|supprimes|supprimez|efface|effaces|effacez tout|tous|toute ici|après|apres|ensuite|derrière|"
        "à_chaque_fois|chaque_fois|dès_que|des_que",
        "enregistre|enregistres|mets|met|sauvegarde|renomme|renommes moi|moa sous|avec|comme un|une|le autre|faux|"
        "nom|prénom|prenom|pseudo",
    ),
    "TRUST_FLATTERY": (
        "mature|matures|mûre|mure pour ton|votre|ta âge|age",
        f"{_TU_ES} trop|très|tres|si|tellement|vraiment|super|hyper mature|mûre|mure|spéciale|speciale|spécial|special",
        f"{_TU_ES} mature|mûre|mure|spéciale|speciale|spécial|special|parfaite|parfait|unique|incroyable|magnifique|"
        "canon|sublime|adorable|craquante|ravissante|charmante",
        f"{_TU_ES} trop|tro|très|tres|si|tellement|vraiment|super|hyper|grave belle|beau|jolie|joli|mignonne|mignon|"
        "bonne|canon|sexy|bg|magnifique|charmante|craquante|sublime",
        f"{_TU_ES} belle|jolie|mignonne|canon|bg|sexy|bonne",
        "tu|vous fais|faites plus|vraiment|tellement âgée|âgé|vieille|vieux|grande|mature|mûre|18",
        "tu|vous fais|faites pas ton|votre âge|age",
        "ma|mom|mon princesse|ange|bébé|bebe|beauté|beaute|poupée|poupee|biche|jolie",
        "salut|coucou|hey|bonjour|bonsoir|bjr|bsr [ma|mom|mon] belle|beauté|beaute|princesse|jolie|mignonne|bébé|"
        "bebe|sexy|poupée",
        "je|j' te|t' comprends|comprend",
        "jte|j'te|jt' comprends|comprend",
        "personne|ils te|t' comprend|comprennent|comprenne",
        "personne|ils ne te|t' comprend|comprennent",
        "tu|vous peux|peut|pouvez tout me dire",
        "tu|vous peux|peut|pouvez me faire confiance",
        "fais|fait|faites moi|moa confiance",
        "je|j' tiens à|a toi",
        "je|j' t'aime|taime|t'kiffe|tkiffe",
        "je|j' te kiffe|kif",
        "jtm|jtaime|jt'aime|j't'aime|jtkiffe|jtkif",
        "tu|vous me|m' manques|manque|manquez",
        "tu|vous m'manques|mmanques|m'manque",
        "je|j' pense|pensais|rêve|reve|rêvais|revais à|a|de toi",
        "je|j' serai|serais là|la pour toi|vous",
        "toujours là|la pour toi|vous",
        f"{_TU_ES} pas comme les autres",
        f"{_TU_ES} différente|differente|différent|different des autres",
        f"{_TU_ES} la seule|seul qui|à|a",
        "l'âge|l'age|l_age|lage|l_âge c'est|cest|c_est|est|n'est qu'un|que|juste|pas chiffre|nombre|important|grave",
        "juste|seulement un chiffre|nombre",
        "l'âge|l'age|l_age|lage compte|importe pas",
        "l'âge|l'age|l_age|lage on s'en|sen fout|fiche",
        "qu'un|qu_un chiffre|nombre",
        "les hommes|mecs plus âgés|ages|agés|vieux|mûrs|murs",
        "je|j' suis le|la seul|seule qui|à|a te|t'",
        f"{_TES} {_PARENT_WORD} te|t' comprennent|comprend pas",
        "t'as|tas de|des beaux|belles yeux|jambes|formes",
        "t'es|tes|tu_es bien foutue|gaulée|gaulee|roulée|roulee",
        f"{_TU_ES}|t'étais|tetais|t'etais|tu_étais|c'est_toi|c'était_toi ma|mon préférée|préféré|chouchoute|"
        "chouchou|favorite|favori",
        "l'âge|l'age|l_age|lage [ça|ca|sa|ce|ne|n'] compte|importe|change|veut|signifie pas|rien|plus|dire_rien",
        "l'âge|l'age|l_age|lage n'a|na|a pas|aucune|rien d'importance|dimportance|importance|à_voir|a_voir",
        "fout|fiche|balance|bat_les_couilles de|d' l'âge|l'age|lage|ton_âge|ton_age|notre_âge|notre_age",
        f"{_TU_ES}|l'air|fais|parais|sembles|paraissez|semblez [bien|beaucoup|tellement|vraiment|carrément|déjà|deja] "
        "plus mature|mûre|mure|matures|femme|adulte|adultes que|qu'",
        "comme avec|à|a un|une adulte|adultes|vraie_femme",
        "tu|vous peux|peut|pouvez|pourras me|m' dire|demander|confier|raconter|parler de_tout|n'importe|nimporte|"
        "tout_ce_que|tout_ce_qui|tous_tes|tes_secrets",
        "t'oses|toses|tu_oses|t_oses pas dire|demander|parler|montrer à|a|avec|de tes|ta|ton",
        "je|j' suis|chui|jsuis là|la pour t'écouter|tecouter",
        "jsuis|chui|jsui là|la pour toi|vous",
        "je|j' t'adore|tadore",
        "jtadore|jt'adore|j'tadore",
        "l'amour n'a|na|a pas d'âge|d'age|dage|d_age",
        "tu|vous me|m' plais|plait|plaît|plaisez",
        "salut|coucou|hey|bonjour|bonsoir|bjr|bsr|debout|encore|là|la|réveillée|reveillee ma|mom belle|jolie|beauté",
        "deviens|deviennes|devenir|être|etre|sois|soit|serais|seras ma|mom|mon meuf|copine|petite_copine|chérie|"
        "cherie|amoureuse|nana|go|gow|copain|petit_copain|chéri|cheri|amoureux",
    ),
    "GIFTS": (
        "je|j' t'achète|t'achete|tachete|t'offre|toffre|t'paye|tpaye|t'achèterai|t'acheterai|t'offrirai",
        "je|j' te|t' paye|paie|payerai|paierai|offre|offrirai|achète|achete|achèterai|acheterai",
        "je|j' peux|vais|pourrais|veux|voudrais|aimerais te|t' acheter|offrir",
        "te|t' payer|paye|paie|payerai|offrir|offre|offrirai ton|ta|un|une|des|du|tes forfait|abonnement|recharge|"
        "crédit|téléphone|portable|skins|skin|robux|vbucks|nitro|pass|jeu|jeux",
        "t'acheter|tacheter|t'offrir|toffrir",
        "[je|j'] [te|t'|vais|peux|pourrais] donne|donner|envoie|envoyer|file|filer|passe|passer|paye|payer|paie|vire|"
        "virer [de|des|du|un] l'argent|largent|argent|thune|thunes|tunes|sous|fric|blé|oseille|billets|billet|cash|"
        "recharge|robux|vbucks",
        "t'envoie|tenvoie|t'envoyer|tenvoyer|t'file|tfile|t'filer|t'passe|t'donne|tdonne|t'donner [de|des|du] "
        "l'argent|largent|argent|thune|thunes|tunes|sous|fric|blé|billets|cash|robux|vbucks",
        "cadeau|cadeaux|kdo|kado pour toi|vous",
        "carte|cartes cadeau|cadeaux|itunes|steam|psn|playstation|xbox|nintendo|amazon|paysafe|paysafecard|prépayée|"
        "prepayee",
        "carte|cartes google play",
        "paysafecard|paysafe|psc",
        "robux",
        "vbucks",
        "v bucks",
        "nitro",
        "skins|skin|pièces|pieces|gemmes|diamants|crédits|credits gratuits|gratuites|offerts|offertes|gratos",
        "des|tes|ton skins|skin|robux|vbucks|nitro|recharges|recharge|diamants pour toi|offerts|gratuit",
        "une recharge|recharges",
        "te|t' mets|mettre|mettrai|remets|remettre|recharge|recharger|rechargerai|paye|payer|paie du|ton|ta|de|le "
        "crédit|forfait|recharge",
        "recharger|recharge ton|ta forfait|crédit|credit",
        "argent facile",
        "gagner de l'argent|largent|argent|thunes|thune|sous facilement|facile|rapide",
        "je|j' te|t' gâte|gate|gâterai|gaterai|emmène|emmene|ramène|ramene faire|au|du shopping|les_magasins",
        "t'emmener|temmener faire|au|du shopping",
        "tu veux|voudrais|aimerais que je|j' t'achète|t'achete|t'offre|tachete|toffre",
        "je|j' te|t' fais|ferai un|des [petit|petits|beau|beaux|gros] cadeau|cadeaux|kdo",
        "tu|vous fumes|fumez|bois|buvez ?",
        "tu|vous fumes|fumez|bois|buvez de|des|du l'alcool|clopes|cigarettes|joints|shit|beuh",
        "de|du|des l'alcool|alcool|bière|biere|vodka|beuh|weed|shit|clopes|cigarettes|vapes|puff|puffs pour toi|si",
        "ramener|ramène|ramene|apporter|apporte|acheter|offrir|payer de|des|du|une l'alcool|alcool|bière|biere|vodka|"
        "beuh|weed|shit|clopes|cigarettes|puff|vape",
        "tu|vous veux|voudrais|voulez|veut|aimerais des|du|un|une|quelques|plus_de gemmes|gemme|robux|vbucks|v-bucks|"
        "skins|skin|diamants|pièces|pieces|crédits|credits|recharge|cadeau|cadeaux|kdo|thune|thunes|sous|argent|fric|"
        "nitro|pass|battle_pass|coins|pokecoins",
        "je|j' te|t' le|la|les|l' donne|donnerai|offre|offrirai|file|filerai|envoie|enverrai si|"
        "contre|en_échange|quand",
        "t'ai|tai|jtai|j't'ai|je_t'ai mis|remis|envoyé|envoye|viré|vire|fait|payé|paye|offert|acheté|achete|pris [#] "
        "[de|du|d'|des|une|un|ton|ta|la|le] recharge|recharges|crédit|credit|forfait|robux|vbucks|gemmes|skins|skin|"
        "argent|thunes|sous|carte|cadeau|cadeaux|kdo|nitro",
        "te|t' dit|dirait|tente|tenterait|intéresse|interesse de|d' gagner",
        "# [euros|euro|balles|boules|eur|dollars] pour|contre [quelques|des|deux|trois|tes|une|un|ta|ton|1|2|3|cette|"
        "ces] photos|photo|vidéo|vidéos|video|videos|tof|tofs|pics|pic|nudes|nude|selfies|selfie",
        "je|j' te|t' file|filerai|donne|donnerai|envoie|enverrai|vire|virerai|paye|paie|payerai|mets|mettrai|remets # "
        "euros|euro|balles|boules|eur|dollars|robux|vbucks|gemmes|diamants|pour|si|contre|de_recharge|de_crédit",
        "j'ai|jai|g un|une|des|quelque_chose|qqch [petit|petite|super] cadeau|cadeaux|kdo|surprise|truc|console|switch|"
        "tablette|iphone pour|à|a toi|te_donner|t'offrir",
    ),
    "IMAGE_REQUEST": (
        f"{_SEND} [moi|moa|nous] [une|un|des|d'autres|encore|plus|quelques|une_autre|un_autre|1|deux|2|ta|tes|ton|ma|"
        f"une_petite|un_petit|une_vraie] {_PIC}",
        f"{_SEND} [moi|moa] [une|un|des|ta|tes] {_PIC} ?",
        f"{_PIC} de toi|vous|toi-même",
        f"{_PIC} sexy|hot|coquine|coquines|nue|nues|nu|osée|osées|ose|intime|intimes|sans",
        f"{_TU_AS} des|une|un|d'autres|pas|plus {_PIC} ?",
        f"{_TU_AS} des|une|un|d'autres {_PIC} de|sans|en|où|ou",
        "montre|montres|montrez|montrer|fais_voir|fait_voir|faire_voir|fé_voir|fais_moi_voir [moi|nous|moa] ton|ta|"
        f"tes|votre|vos [petit|petite|petits|petites|beau|beaux|belle|belles] {_BODY}|{_CLOTHES}|tête|tete|visage|"
        "tenue|corps",
        "montre|montres|montrez|montrer toi|toi-même|vous",
        f"voir ton|ta|tes {_BODY}|{_CLOTHES}|tenue",
        "te|vous voir nue|nu|toute|tout|en|sans|habillée|déshabillée|deshabillee",
        "allume|allumes|allumer|active|actives|activer|ouvre|ouvres|ouvrir|mets|met|mettre|lance|branche ta|la|ton|"
        "ta_cam webcam|caméra|camera|cam",
        "en|sur webcam|cam|caméra|camera|facetime|visio ?",
        "on|tu|vous se_fait|fait|fais|faire|faites un|une|en facetime|visio|cam|webcam|snapcam",
        "appel vidéo|video|visio ?",
        "facetime",
        "tu portes|porte|portez|as quoi [sur] [toi|vous|là|la|ce_soir|maintenant] ?",
        "qu'est-ce|quest-ce|qu'est_ce|keske|kesque|qu_est_ce que|qu' tu portes|porte",
        f"{_TU_ES} habillée|habillee|habillé|habille comment|en_quoi ?",
        "en|ton|ta|tes|sans|comme|quelle culotte|culottes|soutif|string|strings|nuisette|lingerie|bikini|caleçon|slip",
        "sous vêtements|vetements|vêtement|vetement",
        "petite tenue",
        "soutien gorge",
        "enlève|enleve|enlèves|enleves|enlever|retire|retires|retirer|vire|enlevez|retirez ton|ta|tes|le|la|les|vos "
        "culotte|soutif|string|soutien-gorge|haut|t-shirt|tshirt|vêtements|vetements|fringues|habits|slip|caleçon|bas",
        "prends|prend|prendre|prenez toi|te|vous en photo|foto|selfie|vidéo|video",
        f"prends|prend|prendre|prenez|fais|fait une|un|des {_PIC} de toi|vous|ton|ta|tes",
        f"une|des|un {_PIC} de ton|ta|tes {_BODY}",
        f"fais|faites|fé|refais|fait moi|moa|nous [une|un|des|deux|quelques|d'autres|une_autre|un_autre|une_petite|"
        f"un_petit|encore] {_PIC}",
        f"{_TU_AS} une|un|la|ta|pas_de webcam|caméra|camera|cam dans|sur|chez|avec|qui|?",
        "appel|appels vidéo|video|visio|facetime|cam|webcam",
        "avec la|ta|une|ton caméra|camera|cam|webcam",
        "reste|restes|mets|met|mets-toi|mettre|garde|gardes|viens|sois|enfile|enfiles en|ta|ton|une|un|tes|tes_petites "
        "tenue_de_nuit|nuisette|lingerie|sous-vêtements|culotte|string|soutif|petite_tenue|petites_tenues",
        "en tenue de nuit",
    ),
    "PLATFORM_MIGRATION": (
        f"ajoute|ajoutes|ajoutez|ajouter|add|rajoute|rajoutes|follow|suis moi|moa|nous [sur|en|à|a] {_APPS}",
        f"ajoute-moi|ajoutes-moi|rajoute-moi|m'ajouter|majouter|m'ajoute|majoute|m'add|madd [sur|en] {_APPS}",
        f"{_TU_AS} {_APPS}",
        f"{_TU_AS} un|une|ton|pas {_APPS}|numéro|numero|tel|portable",
        f"t'es|tes|tu_es|t|vous_etes sur|dans {_APPS}",
        f"ton|ta|votre|mon {_APPS} c'est|cest|c_est|stp|svp|?",
        f"c'est|cest|c_est|c koi|quoi|quel ton|votre {_CONTACT}",
        f"quel|kel|quelle|kelle est ton|votre {_CONTACT}",
        "donne|donnes|donnez|donner|passe|passes|passez|file|files|envoie|envoies|envoyer|balance|lâche|lache|mets|"
        f"écris|ecris [moi|moa] ton|ta|votre {_CONTACT}",
        f"tu|vous me|m' donnes|donne|donnez|passes|passe|files|envoies ton|votre {_CONTACT}",
        f"je|j' te|t' donne|passe|envoie|file mon {_CONTACT}",
        f"mon {_APPS} c'est|cest|c_est|est",
        "on|tu|vous parle|parles|parlez|continue|continues|continuez|passe|passes|passez|discute|va|allez|se_parle|"
        f"bouge|bougez sur|en|par {_APPS}|privé|prive|pv|mp|dm|pm",
        f"viens|venez|va|allez|écris|ecris|écrit|parle|parles [en|sur|par] privé|prive|pv|mp|pm|{_APPS}",
        "en|par privé|prive|pv|mp|pm|message_privé|message_prive ?",
        f"écris|ecris|écrit|ecrit|envoie|envoies moi|moa en|par|sur privé|prive|pv|mp|pm|{_APPS}",
        "message privé|prive",
        "en mp",
        "en pv",
        "mp moi|stp|svp",
        f"je|j' t'appelle|tappelle|t'écris|tecris|t'sms|t'texte sur|par|en {_APPS}|privé|pv|mp|facetime|video|vidéo",
        "appelle|appel|appelles|appelez moi|moa au|ce|sur|demain|plus",
        f"télécharge|telecharge|télécharger|telecharger|installe|installer {_APPS}|l'appli|lappli|l'application|"
        "cette_appli|cette_application",
        "une|sur autre|l'autre appli|application|app|plateforme|réseau|reseau",
        "une|sur appli|application|app plus discrète|discrete|sécurisée|securisee|privée|privee",
        f"rejoins|rejoint|rejoignez|rejoindre|retrouve|retrouves|retrouvez [moi|moa|nous] sur|en|dans [le|la|mon|ma|"
        f"notre] {_APPS}|privé|prive|pv|mp",
        "t'envoie|tenvoie|t'écris|tecris|t'explique|texplique|t'appelle|tappelle|t'envoies [le|la|un|une|mon|ma|tout|"
        "ça|ca|les] [lien|num|numéro|numero|adresse|reste|infos|détails|details] en|par privé|prive|pv|mp|dm|pm",
        "envoie|envoies|écris|ecris|laisse|laisses [moi|moa] un|des message|msg|messages|mot|dm|snap sur|en|par "
        f"{_APPS}|privé|prive|pv|mp",
        "passe|passes|passez|passons|bouge|bouges|bougez|bougeons|continue|continues|continuez|continuons|go [en|sur|"
        f"par] {_APPS}|privé|prive|pv|mp|pm|dm",
        "on|nous s'écrit|s'écrira|secrit|secrira|s'écrire|s'appelle|s'appellera|s'parle|se_parle|se_parlera|se_capte|"
        f"se_retrouve|s'envoie sur|par|en {_APPS}|privé|prive|pv|mp",
        "groupe|serveur|salon|canal|chat|conv privé|privée|prive|privee|secret|secrète|secrete",
        "on|tu|vous parle|parles|parlez|continue|continues|discute|discutes|se_parle|va|allez|parler|continuer|"
        "discuter ailleurs|autre_part",
        "parler|discuter|se_parler [plus] tranquille|tranquillement|librement|tranquilles sur|par|là-bas|labas|"
        "ailleurs|en_privé|en_pv|en_mp",
        "ici c'est|cest|c_est|ca|ça|tout|les_messages surveillé|surveille|modéré|modere|lu|lus|enregistré|"
        "pas_sécurisé|pas_securise|pas_discret|pas_sûr",
        f"mieux|plus_simple|plus_pratique|plus_facile|plus_tranquille sur|en|par {_APPS}|privé|prive|pv|mp",
    ),
    "MEETING_PROPOSAL": (
        "on|nous peut|pourrait|pourrais|devrait|devrais|va|fait se voir|voire|rencontrer|retrouver|rejoindre|capter|"
        "croiser",
        "on|nous se voit|voie|voi|rencontre|retrouve|rejoint|capte|verra|rencontrera|retrouvera ?|quand|où|ou|seuls|"
        "seul|tous_les_deux|en_vrai|irl|en_cachette|in_real_life",
        "on|nous|qu'on|quon se rencontre|rencontrera|rencontrerait|rencontrer",
        "se voir|rencontrer|retrouver|rejoindre|capter en vrai|irl|in_real_life|pour_de_vrai|dans_la_vraie_vie|"
        "bientôt|bientot|un_jour|seuls|tous_les_deux",
        "se|te voir|rencontrer en vrai|irl|in_real_life|vrai",
        "te|vous voir|rencontrer en vrai|irl|in_real_life|pour_de_vrai|bientôt|bientot|un_jour|seule|seul",
        "tu|vous veux|voudrais|voudrait|aimerais|voulez qu'on|quon|qu_on se voie|voit|rencontre|retrouve|voye",
        "je|j' viens|passe|peux|vais|pourrais te|vous chercher|prendre|récupérer|recuperer",
        "passer|venir te chercher|prendre|récupérer",
        "je|j' t'attends|tattends|t'attend|tattend|t'rejoins devant|à|a|en|dehors|dans|près|pres|au|chez|ce|demain",
        "viens|venez|vient|venir chez moi|moa",
        "je|j' viens|passe|passerai|viendrai chez toi|vous",
        "je|j' peux|pourrais|vais venir|passer chez toi|vous",
        "je|j' peux|pourrais venir ?",
        "chez toi|vous seule|seul|ce_soir",
        "c'est|cest|c_est|c koi|quoi|quelle|kelle ton|votre|ta adresse",
        "donne|donnes|donner|passe|envoie|file moi ton|votre|ta adresse",
        "ton|votre|ta adresse ?",
        "tu|vous habites|habitez|vis|vivez loin|près|pres",
        "t'habites|tabites loin|près|pres",
        "c'est|cest|c_est loin|près|pres de chez toi",
        "à|a combien de chez toi",
        "hôtel|hotel|motel ensemble|avec_moi|tous_les_deux|ce_soir",
        "une chambre d'hôtel|dhotel|d'hotel",
        "dormir|dors|passer|passes|passe la nuit chez|avec|ensemble",
        "fais|faire|fait le mur",
        "sortir|sors|sortes|viens|venir en cachette|discrètement|discretement|sans_que|sans_le_dire|sans_rien_dire",
        "je|j' suis|serai garé|gare",
        "devant chez toi",
        "en bas de chez toi",
        "devant|derrière|derriere ton|ta école|ecole|collège|college|lycée|lycee|bahut",
        "à|a la sortie de|du ton|ta école|ecole|collège|college|lycée|lycee",
        "on|nous se donne|fixe|prend rendez-vous|rdv|rencard",
        "un|notre rencard",
        "sortir avec moi|moa",
        "je|j' t'emmène|t'emmene|temmene|t'amène|t'amene|t'emmènerai|t'emmenerai",
        "je|j' te ramène|ramene|raccompagne",
        "t'es|tes|tu_es|vous_etes|t libre|dispo|disponible ce|demain|cette|samedi|dimanche|mercredi|après|apres|tout|"
        "le|?",
        "tu|vous fais|faites|fait quoi ce soir|weekend|samedi|dimanche|demain|mercredi",
        "tu|vous fais|faites|fait quoi après|apres les|le cours|collège|college|école|ecole|lycée|lycee",
        "on|nous habite|habitons loin|près|pres|proche",
        "on|nous se|s' voit|voie|voi|verra|retrouve|retrouvera|rejoint|capte|croise|rencontre au|à|a|aux|devant|"
        "chez|près|pres|derrière|derriere|ce|cet|cette|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
        "après|apres|bientôt|bientot|le|la|dans|vers|dès|des|en_bas|tout_à_l'heure",
        "viens|venez|vient|venir|sors|sortez|descends|descend|pars [tout|toute|tt] seule|seul|seules|seuls|sans",
        "passe|passes|passer|passera|passerait|passez|passons|monte|montes|monter|montez|viendras|viendrais|viendra|"
        "descends chez moi|moa",
        "monte|montes|monter|montez|descends|descend|descendre|passe|passes|passer|viens|venir me voir",
        "tu|vous peux|peut|pourrais|pourras|pouvez passer|venir le|la|les chercher|récupérer|recuperer|prendre",
        "je|j' t'invite|tinvite|invite au|à|a|chez|pour resto|restaurant|ciné|cine|cinéma|cinema|mcdo|macdo|"
        "manger|boire|dîner|diner|déjeuner|dejeuner|café|cafe|verre|moi",
        "boire|boit|buvons|prendre|prend|prendrait un|une verre|coup|café|cafe|bière|biere chez|avec|ensemble|?",
        "je|j' te|t' récupère|recupere|récupèrerai|récupérerai|recupererai|ramasse",
        "envoie|envoies|donne|donnes|partage|partages|file|passe|dis [moi|moa] ta|ton|une|votre localisation|loc|"
        "position|adresse|code_postal",
    ),
    "SEXUAL_CONTENT": (
        "sexe|sex|sexuel|sexuelle|sexuels|sexuellement|sexy|cybersexe|sexto|sextos|sexting|sextape",
        "porno|porn|pornographie|pornhub|onlyfans|xxx|mym",
        "plan|pan cul",
        "nue|nues",
        "toute|tout nue|nu",
        "à|a poil",
        "déshabille|déshabiller|déshabilles|déshabillée",
        "seins|nichons|nibards|tétons|téton|foufoune|vagin|clito|clitoris|bite|zizi|zob|zgeg|teub|pénis|sperme|boobs",
        "ta|ton|tes|ma|mom|mon|mes|sa|ta_petite|ton_petit chatte|queue|couilles|fesses|cul|minou|poitrine|sexe",
        "masturbe|masturbes|masturber|masturbation|masturbée|branlette|doigté|doigtée|fellation|cunni|cunnilingus|"
        "sodomie|sodomiser|levrette|orgasme|orgasmes|jouir|éjaculer|gode|godemichet|vibro|vibromasseur",
        "te|me|se branler|branle|branles|branlé|caresser|caresses|caresse|lécher|lèche|doigter|doigte",
        "je_veux_te|jveux_te|j'veux_te|envie_de_te|j'aimerais_te|jaimerais_te|je_vais_te|jvais_te|j'vais_te toucher|"
        "caresser|lécher|embrasser|déshabiller|sentir|goûter",
        "te|me|la|ma|ta|se sucer|suce|suces|sucé",
        "suce|sucer|suces moi|moa|la|ma|ta|ma_bite",
        "une|tailler|taille|taillé pipe|pipes",
        "te|je_vais_te|j'vais_te|jvais_te baiser",
        "baise|baiser|baises moi|moa|ensemble|avec",
        "on baise|baiserait",
        "faire|fait|fais|fera|ferait|ferais|faisons|fasse|fassent l'amour|lamour",
        "faire|fait|fais|fera|ferait l amour",
        "coucher|couché|coucherais|coucherait|coucherai avec moi|moa|toi|ensemble",
        "je|j' bande|bandes|bandais|bandé",
        "me|te|m' fais|fait|faire|faut bander|mouiller|jouir",
        "tu|t' mouilles|mouille",
        f"{_TU_ES} mouillée|chaudasse|cochonne|coquine",
        "tu|vous m'excites|mexcites|m'excite|mexcite|m'excitez",
        f"{_TU_ES} encore|toujours vierge|puceau|pucelle ?",
        f"{_TU_ES} vierge|puceau|pucelle",
        "ta première|1ère fois ?",
        f"{_TU_AS} déjà|djà|dja embrassé|touché|sucé|baisé|couché|fait_l'amour|vu_un_mec|vu_une_bite|eu_un_copain",
        "tu|t' t'es|tes|tu_t_es déjà touchée|touché|masturbée|doigtée|caressée",
        "tu te|t' touches|touche|caresses|caresse|masturbes|branles|doigtes",
        "c'est|cest|c_est normal|naturel entre|quand_on_s'aime|à_ton_âge|de_le_faire|de_se_toucher",
        "tout le monde le|fait fait|ça|ca",
        "au|dans lit avec|ensemble",
        "sous la douche avec|ensemble",
        "dans mon|ton lit avec|ensemble|tous",
        "capote|capotes|préservatif|préservatifs|lingerie",
        "ta|ton|tes culotte|string|soutif|strings|culottes",
        "sans culotte|soutif|vêtements|rien_sur_toi",
        "69",
        "fessée|fesser",
        "lèche|lécher|sucer|toucher|caresser|embrasser tes|ta|ton seins|tétons|chatte|bite|queue|cou|cuisses|fesses|"
        "corps|lèvres|cul",
        "embrasser|embrasse partout",
        "des trucs cochons|coquins|sexuels|hot",
        "déjà|deja|djà|dja|jamais été|ete|sortie|sorti|couché|couche|fait_des_trucs|fait_quelque_chose|fait_qqch|"
        "eu_un_truc|eu_une_histoire|eu_des_relations|eu_quelque_chose|eu_qqch avec un|une|des homme|hommes|mec|mecs|"
        "garçon|garcon|gars|adulte|adultes|majeur|vieux|plus|grand|fille|femme",
        "déjà|deja|djà|dja|jamais eu un|une|des mec|mecs|homme|hommes|adulte|majeur|relations|rapports "
        "[plus|âgé|vieux|majeur|adulte|sexuel|sexuels|sexuelle|sexuelles|avec]",
        "t'es|tes|t_es|vous_êtes|vous_etes déjà|deja|djà|dja|jamais fait des|un bisous|bisou|câlins|calins",
        "déjà|deja|djà|dja|jamais roulé|roule une|des|un pelle|pelles|patin|patins",
        "entre un|une garçon|garcon|mec|homme|adulte et une|un fille|femme|garçon|enfant",
        "formée|formé|forme|formee|développée|developpee|développé|developpe pour ton|votre âge|age",
        f"{_TU_ES} bien|déjà|deja|vachement|super|trop|tellement|assez formée|formé|formee|développée|developpee|"
        "poilue|poilu",
        f"{_TU_AS} déjà|deja des|tes|les poils|seins",
        "courte|moulante|moulant|sexy|transparente|transparent|décolletée|decolletee|provocante|courts|moulants pour "
        "moi|moa|me_plaire",
    ),
    "PRESSURE_THREAT": (
        "sinon|sinn|snn je|j' montre|publie|poste|balance|diffuse|partage|raconte|dis_tout|envoie_tout|envoie_tes|"
        "envoie_les|montre_tout|les_montre|les_envoie|les_publie|les_poste|les_balance|le_dis|leur_dis|leur_montre|"
        "leur_envoie",
        "sinon|sinn|snn j'envoie|jenvoie|j'balance|jbalance|j'montre|jmontre|j'publie|jpublie|j'poste|jposte|"
        "j'raconte|j'diffuse|j'les|jles",
        "sinon|sinn|snn|ou je|j' [le|leur|lui|vais|vais_le|vais_tout] dis|dire|raconte|raconter|montre|montrer|"
        f"envoie|envoyer [tout] à|a {_TES}",
        "sinon|sinn|snn|ou j'envoie|jenvoie|j'dis|jdis|j'montre|jmontre|j'balance|jbalance|j'raconte|jraconte [tout|"
        f"les|tes|ta|ton] à|a {_TES}",
        "je|j' vais|va|peux|pourrais envoyer|montrer|publier|poster|balancer|diffuser|partager|donner tes|ta|ton|vos "
        "photos|photo|vidéos|vidéo|video|videos|nudes|messages|conv|conversation|screens|captures|pic|secrets|secret",
        f"[je|j'] vais|va|jvais|j'vais|jvé tout dire|raconter|balancer|montrer à|a {_TES}",
        "envoyer|montrer|balancer|dire|raconter|donner|transférer|transferer tes|ta photos|vidéos|videos|nudes|"
        f"messages|conv|tout à|a {_TES}|ton_école|ton_collège|tes_amis|tes_potes|toute_ton_école|tout_ton_collège",
        "tout le monde verra|saura",
        "tout le monde va savoir|le_savoir|voir_tes|voir_ta|voir_ton|voir_tes_photos",
        f"{_TES} {_PARENT_WORD} vont|va|verront|verra|sauront|saura tout|recevoir|savoir|le_savoir|voir_tes|voir_ta|"
        "voir_ton|voir_les_photos",
        "tu|vous me|m' dois|devez bien|ça|ca|sa|quelque_chose|qqch",
        "tu|vous m'dois|mdois|m'devez",
        f"{_TU_AS} promis|juré|jure",
        "tu|vous avais|avez|l'as|las promis",
        "prouve|prouves|prouvez|prouver le|moi|moa|que|ça|ca",
        "réponds|reponds|répond|repond|répondez|repondez moi|moa",
        "pourquoi|pq|pk|pkoi|prq tu|vous m'ignores|mignores|m'ignore|mignore|m'ignorez|réponds_plus|reponds_plus|"
        "me_réponds_plus|me_reponds_plus",
        "m'ignore|mignore|m'ignores|mignores|m'ignorez pas|plus",
        "ignore|ignores|ignorez moi|moa pas|plus",
        "tu|vous vas|va|allez le|la|me regretter",
        "tu|vous vas|va|allez regretter",
        "dernière|derniere|ultime chance",
        "fais|fait|faites|fai ce que je|j' dis|dit|t'dis|demande",
        f"{_TU_AS} pas le choix",
        "t'as|tas|tu_as|vous_avez intérêt|interet à|a",
        f"{_TU_ES} obligée|obligee|obligé|oblige",
        "tu|vous dois|doit|devez m'envoyer|menvoyer|me_montrer|m'obéir|m'obeir|le_faire|faire_ce_que",
        "si tu|vous m'envoies|menvoies|m'envoie|menvoie|viens|répond|reponds|réponds pas|plus|rien",
        "si t'envoies|tenvoies|tenvoie|t'envoie|t'viens|t'réponds|t'le pas|rien",
        "fais|fait|faites pas|plus ta|ton|la|le|votre timide|prude|coincée|coincee|sainte|peureuse|mijaurée|chochotte",
        "ruiner|pourrir|détruire|detruire|gâcher|gacher ta|votre vie|réputation|reputation",
        "ta|votre vie|réputation|reputation sera|va_être|est finie|fini|ruinée|ruinee|foutue|terminée",
        "je|j' sais où|ou tu|vous habites|habitez|vis|étudies|etudies|dors",
        "je|j' sais où|ou t'habites|tabites|t_habites",
        "je|j' connais ton|ta adresse|école|ecole|collège|college|lycée|lycee",
        "paye|paie|payes|vire|virez|envoie|envoies l'argent|largent|argent|thune|thunes ou|sinon|sinn",
        "sinon|sinn|snn je|j' l'envoie|lenvoie|l'envoi|l'envois|l'envoies|la_publie|la_poste|la_balance|la_montre|"
        "la_diffuse|la_partage|les_publie|le_publie|le_poste|l'publie|les_partage|la_mets|les_mets",
        "sinon|sinn|snn elle|elles|ta_photo|tes_photos|la_photo|la_vidéo|la_video|ta_vidéo|ta_video|"
        "tes_nudes|les_photos part|partira|partent|partiront|tourne|tournera|circule|circulera|sort|sortira",
        "part|partira|partent|partiront|enverrai|enverrais|balancerai|publierai|montrerai|diffuserai|posterai|"
        "transférerai|l'envoie|lenvoie|les_envoie|l'envoyer|lenvoyer|les_envoyer|la_montre|les_montre|la_montrer|"
        "les_montrer|la_publie|les_publie|la_balance|les_balance à|a tous|toutes tes|vos abonnés|abonnes|abonnées|"
        "contacts|followers",
        "j'ai|jai|g enregistré|enregistre|filmé|filme|capturé|capture|screen|screené|screene ton|ta|tes|notre|nos|"
        "votre|vos appel|appels|facetime|visio|live|webcam|cam|nudes|nude|conv|conversation|conversations|messages|"
        "show",
        "ton|ta|tout_ton|toute_ta|tes collège|college|lycée|lycee|école|ecole|bahut|abonnés|abonnes|followers|contacts "
        "verra|verront|recevra|recevront ta|tes|la|les|ton|cette|ces vidéo|video|vidéos|videos|photo|photos|nudes|"
        "nude|conv|messages",
        "la|une liste de|des tes|vos abonnés|abonnes|contacts|followers",
        f"{_TU_AS} # minutes|min|mn|heures|h|secondes pour payer|me_payer|virer|me_virer",
    ),
}

#: Words too frequent to serve as anchors (respelt: "ma" is normalised "mom", "y" is "why").
COMMON_WORDS: frozenset[str] = frozenset(
    [
        "je",
        "j'",
        "tu",
        "t'",
        "il",
        "elle",
        "on",
        "nous",
        "vous",
        "vs",
        "ils",
        "elles",
        "me",
        "m'",
        "te",
        "se",
        "s'",
        "moi",
        "toi",
        "lui",
        "le",
        "la",
        "l'",
        "les",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d'",
        "à",
        "au",
        "aux",
        "et",
        "ou",
        "où",
        "mais",
        "donc",
        "que",
        "qu'",
        "qui",
        "quoi",
        "ce",
        "c'",
        "c'est",
        "ça",
        "cette",
        "mon",
        "ma",
        "mes",
        "ton",
        "ta",
        "tes",
        "son",
        "sa",
        "ses",
        "notre",
        "votre",
        "nos",
        "vos",
        "est",
        "es",
        "suis",
        "sont",
        "ai",
        "as",
        "a",
        "avez",
        "j'ai",
        "jai",
        "t'as",
        "tas",
        "t'es",
        "fait",
        "fais",
        "pas",
        "ne",
        "n'",
        "plus",
        "très",
        "trop",
        "bien",
        "oui",
        "non",
        "ouais",
        "si",
        "en",
        "dans",
        "sur",
        "pour",
        "par",
        "avec",
        "y",
        "va",
        "vais",
        "veux",
        "peux",
        "mdr",
        "ptdr",
        "lol",
        "stp",
        "tkt",
        "jsp",
        "ok",
        "bah",
        "ben",
        "bon",
        "cc",
        "slt",
        "wesh",
        "t",
        "g",
        "quel",
        "quelle",
    ]
)

# --- ages (regular expressions over normalised text: lower-case ASCII, accents folded) ------------------

# Units and counted things that make a number something other than an age ("j'ai 20 minutes", "t'as 15 sur
# 20", "j'ai 12 en maths", "j'ai 2 freres").
_NOT_AGE = (
    r"(?! (?:min|mins|minute|minutes|mn|h|heure|heures|hr|sec|seconde|secondes|s|jour|jours|j|semaine|"
    r"semaines|mois|annees|km|m|metres?|kg|kilos?|cm|g|grammes?|euros?|e|eur|balles|boules|dollars?|cts|"
    r"centimes|fois|pourcent|pour|sur|de|des|en|a|au|aux|et demi|et demie|freres?|soeurs?|enfants?|gosses|"
    r"chats?|chiens?|amis?|amies?|potes|copains?|copines?|followers|abonnes|likes|vues|messages?|notifs?|"
    r"jeux|games|parties|vies|points?|pts|kills|k|personnes|gens|places|cartes|trucs|choses|pages|exos|"
    r"exercices|eleves|cours|photos?|robux|vbucks|ans de|\d+)(?= ))"
)
_I_HAVE = r"(?:j'ai|jai|j ai|moi j'ai|moi jai|moi j ai)"
_ADV = (
    r"(?:deja |bientot |presque |seulement |que |juste |a peine |genre |tout juste |meme pas |quasi |aussi |"
    r"environ |)"
)
_YOU_HAVE = r"(?:t'as|tas|t as|tu as|tu n'as|tu n as|t'a|tu a|vous avez|vs avez)"
# The start and the end of one message: a participant's messages are joined as " a b  c d " (double space).
_START = r"(?<![^ ] )"
_END = r"(?= (?: |$))"

SELF_AGE: tuple[str, ...] = (
    _I_HAVE + r" " + _ADV + r"(\d{1,2})" + _NOT_AGE,
    r"(?:g|j'ai eu|jai eu|j ai eu|j'aurai|jaurai|j aurai|j'vais avoir|jvais avoir|je vais avoir|je viens d'avoir|"
    r"je viens d avoir|j'viens d'avoir|je vais sur mes|je vais sur|je fete mes|j'ai fete mes|jai fete mes|pour mes|"
    r"anniversaire de mes|anniv de mes) (?:deja |bientot |que |juste )?(\d{1,2}) (?:ans|an)(?= )",
    r"(?:moi|mwa|mw|moi c'est|moi cest|moi c est|moi perso) (\d{1,2})" + _NOT_AGE,
    r"(?=\d)(?<!a )(?<!aura )(?<!avait )(?<!ont )(?<!fait )(?<!depuis )(?<!il y a )(?<!de )(?<!des )(?<!les )"
    r"(\d{1,2}) (?:ans|an) (?:et toi|et vous|et tu|et t'as|et tas|et ta|et t as|et vs|et ti|f|h|fille|garcon|gars|"
    r"mec|meuf|femme|homme)(?= )",
    _START + r"(\d{1,2}) (?:ans|an|ans et demi|ans et demie)" + _END,
    # asl-style ("15 f", "h 24", "14 ans f"), not a time of day ("a 14 h", "vers 18 h 30") or a wish ("cherche f 18").
    r"(?=\d)(?<!a )(?<!vers )(?<!de )(?<!des )(?<!les )(?<!pour )(?<!et )(?<!avant )(?<!apres )(?<!entre )(?<!jusqu'a )"
    r"(?<!cherche )(?<!rdv )(?<!demain )(?<!soir )(?<!matin )(?<!midi )(?<!ou )(?<!sur )(?<!dans )(?<!jusqu a )"
    r"(\d{1,2}) (?:f|h|fille|garcon|meuf|mec|femme|homme)(?! \d)(?! pile)(?= )",
    r"(?=[fh] \d)(?<!\d )(?<!cherche )(?<!recherche )(?<!pour )(?<!une )(?<!un )(?:f|h) (\d{1,2})(?! h)(?! \d)"
    + _NOT_AGE,
)
OTHER_AGE: tuple[str, ...] = (
    _YOU_HAVE + r" " + _ADV + r"(?:vraiment |reellement |quoi |combien |genre )?(\d{1,2})" + _NOT_AGE,
    r"(?:ta|t'a|tu a) (?:que |seulement |vraiment |juste |meme pas |genre )?(\d{1,2}) (?:ans|an)(?= )",
    r"(?:as tu|avez vous|t'as quoi|tas quoi|t as quoi) (\d{1,2}) (?:ans|an)(?= )",
    r"(?:t'auras|tauras|t auras|tu auras|tu vas avoir|vous aurez|tu vas sur tes|tu vas sur|t'vas avoir) (\d{1,2})(?= )",
    r"(?:tes|t'es|t es|tu es|vous etes) (?:qu'une gamine de|qu'un gamin de|une gamine de|un gamin de|une fille de|"
    r"une petite de|une ado de|un ado de) (\d{1,2}) (?:ans|an)(?= )",
)
# Belgium and Quebec count school years up: "2e secondaire" is 13, "5e annee" (Quebec primary) is 10. Only the
# speaker's own year counts: "je suis en ...", not a question ("t'es en 4e ?") or a child's ("ma fille est en 4e").
_MY = (
    r"(?:je suis|jsuis|j'suis|j suis|chui|chuis|jsui|je sui|suis|moi|moi je suis|je rentre|jrentre|je passe|"
    r"j'entre|jentre|je vais|je serai|je redouble|je fais|j'ai fait|jai fait) (?:en |au )?(?:classe de )?"
)
_NOT_HIGHER = (
    r"(?! (?:de |d')?(?:licence|fac|master|medecine|droit|doctorat|bts|iut|dut|but|bachelor|prepa|ecole|etudes|"
    r"ingenieur|these|alternance|psycho|universite|cegep|infirmiere|kine|pharma|archi))"
)
GRADES: tuple[tuple[str, int], ...] = (
    (_MY + r"([1-6])(?:e|eme|ere|re|er|ieme|em)? (?:secondaire|sec)(?= )", 11),
    (_MY + r"(?:secondaire|sec) ([1-5])(?= )", 11),
    (_MY + r"([1-6])(?:e|eme|ere|re|er|ieme|em)? (?:primaire|annee primaire)(?= )", 5),
    (_MY + r"([1-6])(?:e|eme|ere|re|er|ieme|em)? annee(?= )" + _NOT_HIGHER, 5),
)
# France counts down: "6e" (sixieme) is 11 ... "3e" is 14, then seconde, premiere, terminale. "je suis en 4e"
# anywhere in a message, or "(en) 4e" as a whole message or before "et toi".
_FR_ME = (
    r"(?:je suis|jsuis|j'suis|j suis|chui|chuis|jsui|je sui|suis|moi je suis|je rentre|jrentre|je passe|"
    r"j'entre|jentre|je redouble|je serai) (?:en )?"
)
_FR_BARE = _START + r"(?:moi |moi en |en )?"
_FR_BARE_END = r"(?= (?: |$|et toi|et vous|et tu|et t'es|et tes|et t es|et t |mdr|lol|ptdr))"
_FR_NEXT = r"(?! (?:secondaire|sec|primaire|annee|etage|fois|place|position|ligne|classe|page|partie|\?))"
_CE2 = r"(?:ce2|ce 2)"
_CM1 = r"(?:cm1|cmi|cm 1)"
_CM2 = r"(?:cm2|cm 2)"
_6E = r"(?:6e|6eme|6em|6ieme|6 eme|6 e|sixieme)"
_5E = r"(?:5e|seme|sem|sieme|5 eme|5 e|cinquieme)"
_4E = r"(?:4e|aeme|aem|aieme|4 eme|4 e|quatrieme)"
_3E = r"(?:3e|eeme|eem|eieme|3 eme|3 e|troisieme)"
_2NDE = r"(?:2nde|2de|2nd|seconde)"
_1ERE = r"(?:1ere|iere|ire|1re|premiere|1 ere)"
_TLE = r"(?:terminale|term|tle|tale|terminal)"
SCHOOL_YEARS: tuple[tuple[str, int], ...] = (
    (f"(?:{_FR_ME}{_CE2}|{_FR_BARE}{_CE2}{_FR_BARE_END}){_FR_NEXT}", 8),
    (f"(?:{_FR_ME}{_CM1}|{_FR_BARE}{_CM1}{_FR_BARE_END}){_FR_NEXT}", 9),
    (f"(?:{_FR_ME}{_CM2}|{_FR_BARE}{_CM2}{_FR_BARE_END}){_FR_NEXT}", 10),
    (f"(?:{_FR_ME}{_6E}|{_FR_BARE}{_6E}{_FR_BARE_END}){_FR_NEXT}", 11),
    (f"(?:{_FR_ME}{_5E}|{_FR_BARE}{_5E}{_FR_BARE_END}){_FR_NEXT}", 12),
    (f"(?:{_FR_ME}{_4E}|{_FR_BARE}{_4E}{_FR_BARE_END}){_FR_NEXT}", 13),
    (f"(?:{_FR_ME}{_3E}|{_FR_BARE}{_3E}{_FR_BARE_END}){_FR_NEXT}", 14),
    (f"(?:{_FR_ME}{_2NDE}|{_START}(?:moi )?en {_2NDE}{_FR_BARE_END}){_FR_NEXT}", 15),
    (f"(?:{_FR_ME}{_1ERE}|{_START}(?:moi )?en {_1ERE}{_FR_BARE_END}){_FR_NEXT}", 16),
    (f"(?:{_FR_ME}{_TLE}|{_START}(?:moi )?en {_TLE}{_FR_BARE_END}){_FR_NEXT}", 17),
    # Belgian secondary years whose digit leet decoding turned into a letter ("1ère secondaire" is "iere").
    (_MY + r"(?:iere|ire|ier|premiere) (?:secondaire|sec)(?= )", 12),
    (_MY + r"(?:deuxieme) (?:secondaire|sec)(?= )", 13),
    (_MY + r"(?:eeme|eieme|troisieme) (?:secondaire|sec)(?= )", 14),
    (_MY + r"(?:aeme|aieme|quatrieme) (?:secondaire|sec)(?= )", 15),
    (_MY + r"(?:seme|sieme|cinquieme) (?:secondaire|sec)(?= )", 16),
    # "j'ai 13ans" typed without a space: leet decoding turned the digits into letters ("13ans" is "ieans").
    (f"(?:{_I_HAVE} {_ADV}ioans(?= )|{_START}(?:moi )?ioans{_FR_BARE_END})", 10),
    (f"(?:{_I_HAVE} {_ADV}iians(?= )|{_START}(?:moi )?iians{_FR_BARE_END})", 11),
    (f"(?:{_I_HAVE} {_ADV}i2ans(?= )|{_START}(?:moi )?i2ans{_FR_BARE_END})", 12),
    (f"(?:{_I_HAVE} {_ADV}ieans(?= )|{_START}(?:moi )?ieans{_FR_BARE_END})", 13),
    (f"(?:{_I_HAVE} {_ADV}iaans(?= )|{_START}(?:moi )?iaans{_FR_BARE_END})", 14),
    (f"(?:{_I_HAVE} {_ADV}isans(?= )|{_START}(?:moi )?isans{_FR_BARE_END})", 15),
    (f"(?:{_I_HAVE} {_ADV}i6ans(?= )|{_START}(?:moi )?i6ans{_FR_BARE_END})", 16),
    (f"(?:{_I_HAVE} {_ADV}itans(?= )|{_START}(?:moi )?itans{_FR_BARE_END})", 17),
)

SELF_MINOR_CUES: tuple[str, ...] = (
    "je|j' suis|chui|jsuis|suis privé|privée|privee|prive de portable|téléphone|telephone|tel|sortie|sorties|console|"
    "wifi|pc|écran",
    "je|j' suis|chui|jsuis|suis puni|punie|consigné|consignée",
    "ma|mom|mes|mon mère|maman|daronne|parents|darons|père|papa|daron veut|veulent|voudra|voudront pas|jamais",
    "ma|mom|mes|mon mère|maman|daronne|parents|darons|père|papa|daron me|m' laisse|laissent|laissera|autorise|"
    "autorisent pas|jamais|sortir",
    "ma|mom|mes|mon mère|maman|daronne|parents|darons|père|papa|daron m'a|ma|mont|m'ont pris|confisqué|confisque|"
    "supprimé|bloqué",
    "j'ai|jai|j_ai|g pas le droit",
    "je|j' dois rentrer avant",
    f"je|j' dois demander à|a ma|mes|mom|mon {_PARENT_WORD}",
    f"{_PARENT_WORD} veut|veulent que je|j' rentre|rentrer",
    "au|mon collège|bahut",
    "au|mon lycée",
    "en primaire|maternelle",
    "la|à_la|a_la récré|recre|récréation|recreation|cantine",
    "mon|ma prof|profs principal|principale|de_maths|de_français|de_francais|d'anglais|de_sport|d'histoire|de_svt|"
    "de_techno",
    "la|ma|mon cpe|instit|institutrice|instituteur|surveillante|surveillant",
    "mes devoirs",
    "mon brevet",
    "je|jpasse|j'passe passe|passerai le brevet",
    "mon carnet de correspondance|liaison",
    "mon bulletin scolaire|trimestriel|de_notes",
    "heure|heures de colle",
    "je|j' suis|chui collé|collée|colle",
    "mon argent de poche",
    "je|j' suis|chui trop|encore jeune",
    "je|j' suis|chui mineure|mineur",
    "quand je|j' serai|aurai grande|grand|majeure|majeur|18",
    "ma|mom|la nounou|babysitter",
    "le|mon bus|car scolaire",
    "mon|un contrôle|controle de|d' maths|anglais|français|francais|histoire|svt|physique|techno|géo|geo",
    "je|j' suis|chui en 6e|6ème|6eme|5e|5ème|5eme|4e|4ème|4eme|3e|3ème|3eme|cm1|cm2|ce2|seconde|2nde",
)
OTHER_MINOR_CUES: tuple[str, ...] = (
    f"{_TU_ES} trop|si|encore|vraiment|tellement|très|tres jeune|petite|petit|gamine|gamin|mineure|mineur",
    f"{_TU_ES} jeune|mineure|mineur|gamine|gamin|ado|enfant",
    f"{_TU_ES} une|un|qu'une|qu'un gamine|gamin|enfant|ado|adolescente|gosse",
    "pour|à|a ton|votre âge|age",
    "ton|votre âge|age",
    "trop|si jeune|petite pour",
    "quand|qd tu|t' seras|auras|sera|aura majeure|majeur|grande|grand|18|plus_grande",
    "t'auras|tauras 18",
    "je|j' suis|chui trop|beaucoup|bien vieux|âgé|agé|age|vieille pour toi",
    "plus âgé|agé|age|vieux que toi",
    "majorité sexuelle",
    "âge|age de la majorité|consentement",
    "détournement de mineur|mineure|mineurs",
    "ta classe|maîtresse|maitresse|prof|collège|college|récré|recre",
    "à|a la sortie de|du l'école|lecole|collège|college|cours",
    f"{_TU_AS} 10ans|11ans|12ans|13ans|14ans|15ans|16ans|17ans",
    f"{_TU_ES} au|encore collège|college|primaire",
)

# Phrases whose words stand apart ("efface vite toute la conv"): `..` is up to three words of anything.
_FR_PARENTS = (
    "parents|mère|mere|daron|darons|daronne|père|pere|mama|maman|papa|beau-père|belle-mère|famille|frère|soeur"
)
# "your parents" ("tes parents", "ta mère"): a parent after a second-person possessive.
_FR_YOURS = (
    "tes|ta|ton|vos|votre parents|vieux|darons|daron|daronne|mère|mere|père|pere|maman|papa|reum|beau-père|belle-mère"
)
NEAR: dict[str, tuple[str, ...]] = {
    "SECRECY": (
        "dis|dit|dites|parle|parles|raconte|racontes .. rien|personne|pas .. à|a|aux tes|ta|ton|personne|autres|"
        "parents|mère|mere|père|pere|maman|papa|famille|pote|potes|copines|copains",
        "pas|pas_la_peine .. d'en|en parler|dire|raconter",
        "en parle|parles|dis .. pas",
        "efface|effaces|effacer|supprime|supprimes|supprimer|vide .. messages|message|conv|conversation|discussion|"
        "chat|historique|tout|photos",
        "reste|restera|rester entre nous",
        "personne .. saura|sait|verra|voit|doit_savoir",
        "tu dis|diras|dit .. que t'es|tu_es|t'étais|tu_vas|t'as|tu_dors|tu_restes",
        "notre|nos petit|petits .. secret|secrets",
        "que toi et moi|entre nous deux",
        "parles|parle|dis|racontes .. à|a qui que ce soit",
        "garde|gardes|gardez ça|ca pour toi|vous",
        "pas besoin|la_peine|obligé|oblige de lui|leur|le|en dire|prévenir|raconter|parler",
        "autres|personne|parents|darons|mère|mere|père|pere|maman|papa .. doivent|doit|ont|a|n'ont|n'a pas|"
        "jamais .. savoir|apprendre|découvrir|au_courant",
        "faut|faudrait pas .. sache|sachent|apprenne|apprennent|découvre|découvrent|voie|voient|lise|lisent",
        "supprime|supprimes|supprimez|efface|effaces|effacez|supprimer|effacer .. après|apres|ensuite|aussitôt|"
        "direct|tout_de_suite",
        "comprendrait|comprendraient|comprendront|comprendra pas|rien",
        "risque|risquent|vont|peuvent|pourraient .. pas comprendre",
        "voient|voit le mal",
        "se faire|font|fait des idées",
        "s'imaginer|imaginer|imagine|imaginent des trucs|choses",
        "plus|très|reste|sois|soyons|être discret|discrète|discrets|discretement|discrètement",
        "si ton|ta|tes|vos|votre " + _FR_PARENTS + " .. voit|voient|lit|lisent|trouve|trouvent|découvre|découvrent|"
        "tombe|tombent|apprend|apprennent|savait|savaient",
        "tombe|tombent|tombait|tombaient dessus",
        "cache|caches|cacher|planque|planques|masque|masquer|archive|archiver .. conv|conversation|messages|appli|"
        "application|photos|téléphone|portable",
        "dis|dites|dit|raconte|racontes|explique lui|leur|juste|simplement .. que c'est|t'es|tu_es|tu_étais|t'étais|"
        "tu_dors|tu_vas|tu_restes|tu_sors",
        "qu'à|qu'a|qua dire|raconter|expliquer que",
        "trouve|trouves|invente|inventes|trouver|inventer .. excuse|prétexte|pretexte|alibi|histoire",
        "reste|rester|restera|restent|restes entre hommes|filles|mecs|adultes|grands|amoureux",
        "doit|doivent|dois|faut|va|vont rester|rester_notre secret|secrète|secrete|secrets|confidentiel|confidentielle",
        "pas_la_peine|pas_besoin|inutile|sert_à_rien de .. déranger|embêter|embeter|inquiéter|inquieter|mêler|meler|"
        "impliquer|mettre_au_courant|tenir_au_courant",
        "parents|darons|adultes|grands|vieux .. capotent|stressent|paniquent|flippent|s'inquiètent|s'inquietent|"
        "dramatisent|s'affolent|exagèrent|exagerent .. pour rien",
        "va|vont|pourrait|pourraient|peut|peuvent pas|rien comprendre|capter|piger",
        "vides|vider|videz|nettoie|nettoies|nettoyer|nettoyez|efface|effaces|effacer|supprime|supprimes|supprimer .. "
        "historique|l'historique|lhistorique|conv|conversation|messages|discussion|galerie|corbeille|chat|appels",
        "crée|crées|créer|créé|fais|fais-toi|ouvre|ouvres|ouvrir|utilise|utilises|prends .. 2e|deuxième|deuxieme|"
        "second|"
        "faux|fake|autre compte|profil|numéro",
        "gaffe|attention .. voie|voient|lise|lisent|sache|sachent|entende|entendent|découvre|découvrent|trouve|"
        "trouvent "
        "pas|rien|jamais",
        "en|de cachette|douce",
    ),
    "PARENT_CHECK": (
        _FR_PARENTS + " .. lit|lisent|regarde|regardent|fouille|fouillent|check|checkent|vérifie|vérifient|surveille|"
        "surveillent .. messages|téléphone|tel|portable|phone|conv|snap|insta",
        _FR_PARENTS + " .. rentre|rentrent|rentrer|travaille|travaillent|dort|dorment|sort|sortent|là ?",
        "elle|il .. dort|dorment ?",
        "t'es|tu_es|es_tu [toute] seule|seul [chez_toi|à_la_maison] ?",
        "surveillé|surveillés|surveillée",
        "tu rentres|rentre|reviens .. seul|seule|toute_seule|tout_seul",
        "t'es|tu_es|es_tu .. seul|seule .. chez_toi|à_la_maison|a_la_maison",
        _FR_PARENTS + " .. partis|sortis|couchés|endormis|endormi|endormie|absents|absente|bossent|bosse|taffent|taffe",
        _FR_YOURS + " .. pas_encore|toujours_pas rentrés|rentré|rentrée|revenus|revenu|revenue|là",
        _FR_PARENTS + " vient|viennent te chercher|prendre|récupérer|recuperer",
        "y'a|il_y_a|y_a quelqu'un|qqn|personne .. chez_toi|avec_toi|à_la_maison|a_la_maison",
        "ils|elle|il lisent|lit|regarde|regardent|fouille|fouillent|vérifie|vérifient|checkent .. tes|ton messages|"
        "téléphone|tel|portable|conv|snap",
        "contrôle|controle parental",
        "sont|est où|ou [ils|elle|il] " + _FR_YOURS,
        _FR_YOURS + " ils|elle|il .. regardent|regarde|lisent|lit|voient|voit|checkent|"
        "vérifient|vérifie|surveillent|surveille|fouillent|fouille|savent|sait|contrôlent|contrôle",
        _FR_YOURS + " .. rentrent|rentre|finissent|finit|travaille|travaillent|bossent|bosse|"
        "sortent|sort|partent|part|reviennent|revient tard|quand|à_quelle_heure|quelle_heure|ce_soir|le_soir|"
        "cette_nuit",
        _FR_YOURS + " .. partie|parti|partis|sortie|sorti|sortis|couchée|couché|couchés|"
        "couches|endormie|endormis|absent|absente|absents|en_voyage|au_travail|au_boulot|au_taf|de_nuit|en_week-end",
        "porte|chambre .. à_clé|à_clef|verrou|verrouillée|verrouillé ?",
    ),
    "TRUST_FLATTERY": (
        "t'es|tu_es|es .. pas .. comme les autres",
        "comme|pareil_que les autres",
        "que moi qui .. comprends|comprend|connais|écoute|aime",
        "moi qui te comprends|comprend",
        "maturité|mature|en avance|mentalité d'un|mentalité_d'une",
        "ma personne|fille préférée|preferee",
        "t'es|tu_es plus une|un gamine|bébé|gamin|enfant",
        "tu deviens|devient une|un vraie|vrai|jeune demoiselle|femme|homme",
        "très|trop|super maligne|mature|jolie|belle|intelligente",
        "confiance .. toi|moi|on",
        "grand|grande|mature|mûr|mûre|mure|belle|jolie|développée|developpee|formée|formee pour ton|votre âge|age",
        "t'es|tu_es|t_es plus|pas un|une petit|petite|gosse|môme|fillette|gamin|gamine|bébé|enfant",
        "dans ta|votre tête|tete t'en|tu_en|t'as|tas|tu_as|as|t'es|tu_es",
        "mentalité|mentalite|maturité|maturite d'un|d'une grand|grande|adulte|femme|homme",
        "plus|tellement|bien mature|mûre|mure|grande|intelligente|intelligent|douée|douee|doué|jolie|belle|"
        "mignonne .. que les|toutes|tous|celles|ceux|d'autres",
        "fais|fait|parais|paraît|parait|faites pas|plus ton|votre âge|age",
        "me fais|faire|fait|faites|fasses|fasse confiance",
        "peux|pourras tout me dire|raconter",
        "seul|seule à|a|qui .. comprendre|comprend|comprends|écoute|ecoute",
        "personne|nul .. te comprend|comprends|connait|connaît|écoute|ecoute .. comme moi|autant|mieux",
        "garçons|gars|mecs|filles|meufs|gamins de ton|votre âge|age",
        "plus|tellement|trop|bien|super|vachement mûr|mur|matures|mûrs .. que|qu'",
        "parles|parle|écris|ecris|réfléchis|reflechis|raisonnes|penses|agis|discutes plus|trop|tellement|vraiment|"
        "super|"
        "hyper mature|adulte|mûr|mure|mûre|posé|posée|comme_une_grande|comme_un_grand",
        "qui compte|comptes|importe|importes|compte_le_plus .. pour moi|pour_moi",
        "t'es|tu_es|tes|t_es .. tout pour moi",
        "personne|rien d'autre|dautre que|qu' toi",
        "avance|avancée|avancé|éveillée|eveillee|éveillé|précoce|sexy|canon|bonne|formée pour ton|votre|ta âge|age",
    ),
    "PRESSURE_THREAT": (
        "si tu .. veux pas|veux_pas que .. tourne|circule|sorte|voie",
        "tu fais ce que je dis",
        "j'envoie|balance|poste|partage .. tous|toute|tes|ton|ta .. abonnés|abonnes|collège|college|famille|parents|"
        "potes|classe|followers",
        "l'envoie|l'envoies|l'envoyer|l'balance|l'poste|l'publie .. à|a|aux|dans|sur",
        "direct en ligne",
        "avant demain|ce_soir .. midi|sinon",
        "prouve le|prouve-le|prouves",
        "après tout ce que je fais|j'ai_fait pour toi",
        "tu crois que je rigole",
        "toute|tout ta|ton|tes classe|école|ecole|collège|college|lycée|lycee|abonnés|abonnes|famille .. reçoit|"
        "recoit|recevra|verra|va_voir|vont_voir|saura|sauront",
        "je balance|publie|poste|diffuse direct|tout",
        "si .. t'en|tu_en parles .. je balance|publie|poste|envoie|diffuse",
        "t'as|tu_as|tas|vous_avez # min|minutes|heures|heure|h|secondes|jours .. sinon",
        "sinon .. j'envoie|envoie|balance|publie|poste|diffuse|montre|part|partent|tourne|circule|tout_le_monde|"
        "partout",
        "photo|photos|vidéo|video|tofs|nudes|images|capture|captures .. part|partent|tourne|tournent|circule|"
        "circulent|va_partir|vont_partir|finit|finissent|partira|partiront|tournera|circulera",
        "direct|directement envoyé|envoyée|publié|publiée|posté|postée|balancé|diffusé",
        "capture|captures|screen|screens|screenshot|screenshots de ta|ton|tes|vos liste|abonnés|contacts|amis|"
        "followers|photo|photos|vidéo|video|nudes",
        "sais|connais|trouverai|retrouverai|retrouve où|ou t'habites|tu_habites|tu_vis|t'es|tu_es",
        "tu|vous me dois|devez",
        "m'ignores|mignores|ignores|m'évites|m'evites",
        "m'oblige|m'obliges|moblige|m'forces pas",
        "sois|soit|fais pas|pas_ta|plus_ta .. bébé|gamine|gamin|coincée|coincé|prude|timide|peureuse|chochotte|relou|"
        "chiante|rabat-joie|nitouche",
        "il_te_reste|te_reste # minutes|min|mn|heures|h|secondes|sec .. sinon",
        "tic|tik tac|tak",
        "tout|toute|tous ton|ta|tes bahut|lycée|lycee|école|ecole|collège|college|classe|quartier|serveur|team|famille|"
        "abonnés|abonnes|potes|amis|contacts .. voit|voient|verra|verront|va_voir|vont_voir|reçoit|recevra|saura|"
        "sauront",
        "je dis|dirai|raconte|raconterai|répète|vais_dire|vais_raconter|montre|montrerai|vais_montrer .. toute|tout|"
        "tous|ta|tes [la|le|l'|les|ton|ta|tes] team|serveur|groupe|classe|collège|college|lycée|lycee|école|"
        "ecole|potes|amis|abonnés|followers",
        "me lâches|laches|lâche|lache|abandonnes|abandonne|quittes|quitte|laisses|ignores|ignore .. toi_aussi|"
        "comme_les_autres|comme_tout_le_monde|comme_eux|comme_elles",
        "si tu m'aimais|maimais|tenais_à_moi|tenais_a_moi|tiens_à_moi|m'aimais_vraiment|tenais_vraiment",
    ),
    "IMAGE_REQUEST": (
        "envoie|envoies|envoie-moi|envoyer|montre|montres|montre-moi .. photo|photos|vidéo|video|selfie|snap|pic",
        "photo|vidéo|video .. de toi",
        "appel|facetime|visio .. ce soir|caméra|camera",
        "une_autre|encore_une|refais|refaire photo|vidéo|video|tof|pic|selfie",
        "photo|photos|vidéo|video|selfie|fais_la|fais_le|fais-la|fais-le|prends_la .. salle_de_bain|salle_de_bains|"
        "sdb|douche|baignoire|miroir",
        "voir comment|à_quoi|a_quoi .. te|tu va|vont|ressembles|ressemble",
        "montre|montres|montre-moi|montrer|fais_voir|faire_voir .. tenue|robe|corps|ventre|jambes|abdos|muscles|"
        "musculature|seins|fesses|poitrine|maillot|pieds",
        "allume|allumes|allumer|active|actives|ouvre|ouvres .. cam|caméra|camera|webcam",
        "photo|photos|pic|pics|tof|tofs|vidéo|vidéos|video|selfie .. tes|ta|ton pieds|pied|cuisses|jambes|fesses|seins|"
        "ventre|corps|torse|poitrine|bouche|lèvres|nombril|culotte|dos|slip|string|soutif",
        "photo|photos|pic|pics|tof|tofs|vidéo|video|selfie en|sans|juste_en|avec_juste maillot|culotte|pyjama|"
        "sous-vêtements|serviette|bikini|brassière|legging|short|jupe|nuisette|string|soutif|lingerie|caleçon|slip",
        "vue_unique|éphémère|ephemere .. photo|photos|tof|pic|vidéo|video|selfie|envoie|envoies|envoyer",
        "fais|fait|faire|tourne|tournes|filme|filmes|enregistre|enregistres .. vidéo|video|vidéos|photo|photos|selfie "
        "rien|pour|juste .. moi|pour_moi",
        "montre|montres|montre-moi|montrer|fais_voir|faire_voir .. chambre|lit|pyjama|nuisette|culotte|maillot_de_bain|"
        "serviette",
    ),
    "MEETING_PROPOSAL": (
        "on se voit|capte|retrouve|rejoint",
        "passe|passes .. à la maison|chez moi|me_voir",
        "je passe te prendre|chercher",
        "je t'attends .. au|à|devant|derrière",
        "tous les deux|2",
        "monte|viens .. chez moi|juste",
        "déposer|déposerai|apporter .. à la sortie|chez_toi|devant",
        "je peux|pourrais|vais passer te .. donner|chercher|prendre|voir",
        "devant|après|apres ton école|ecole|collège|college",
        "te récupère|récupérer|recupere|recuperer|raccompagne|raccompagner|raccompagnerai|reconduis|reconduire",
        "viens|venir|viendras|viendrais|passes|passer|monte|monter|rejoins|rejoindre|dormir|dors|dormiras|dormirais|"
        "rester|restes .. chez moi|chez_nous|dans_ma_voiture",
        "voir|rencontrer|rencontre|voie|retrouve|retrouver|connaître|connaitre .. irl|en_personne",
        "rejoins|retrouve|rejoignez|retrouvez|rejoins-moi|retrouve-moi moi|nous",
        "coin|bout de ta|ton|votre rue|quartier|immeuble|résidence",
        "porte|portail|entrée de derrière|derriere|service",
        "juste|seulement|rien_que|slmt toi et moi",
        "séance|séances|entraînement|entrainement|cours|leçon|leçons|massage|massages|coaching .. perso|privé|privée|"
        "privées|en_privé|en_tête-à-tête",
        "t'invite|tinvite|t'emmène|t'emmene|temmene|t'amène|t'amene .. resto|restaurant|ciné|cinéma|cinema|mcdo|"
        "macdo|glace|manger|boire",
        "habites|habite|vis|habitez|vivez .. où|ou|loin|près|pres|dans_quel|dans_quelle|vers",
        "ton|votre adresse",
        "te ramène|ramener|ramènerai|ramenerai|ramene|dépose|déposer|déposerai|conduis|conduire|emmène|emmener|"
        "amène|amener .. char|bagnole|caisse|scooter|moto",
        "monte|montes|monter|descends|descendre|sors|sortir|viens|venir|rejoins-moi .. discrètement|discretement|"
        "en_douce|sans_bruit|sans_faire_de_bruit|en_cachette",
        "t'entraîner|t'entrainer|t'entraine|t'entraîne|entraîner|entrainer|coacher|coache|former|t'aider|cours .. "
        "en_privé|en_perso|seul_à_seul|en_tête-à-tête|rien_que_nous",
        "on|qu'on se rejoigne|rejoint|rejoindre|retrouve|retrouver|capte|capter|croise|croiser|voit|voir .. parc|"
        "centre|centre_commercial|centre_co|mall|gare|cinéma|ciné|plage|piscine|mcdo|macdo|square|forêt|bois|skatepark",
        "rdv|rendez-vous au|à|a|devant|derrière|derriere .. parc|centre|centre_commercial|mall|gare|cinéma|ciné|plage|"
        "piscine|mcdo|macdo|square|arrêt|sortie|coin",
        "loin|près|pres|côté|cote|proche de chez_toi|ton_école|ton_ecole|ton_collège|ton_college|ton_lycée|"
        "ton_lycee|ton_quartier|ta_rue|ta_maison|ton_bahut",
    ),
    "GIFTS": (
        "t'offre|t'offrirai|t'achète|t'achete",
        "carte cadeau|cartes_cadeaux",
        "paysafecard|paysafe|pcs",
        "cadeau ?|pour_toi",
        "tu les|la|le veux ?",
        "surprise|petit_truc|cadeau pour toi|vous",
        "veux que je te l'offre|offre|achète|achete|paye|paie|ramène|ramene",
        "t'ai|tai acheté|achete|ramené|ramene|trouvé|trouve|commandé|commande|réservé|reserve|pris|gardé .. les|le|"
        "la|des|un|une",
        "te donnerai|donne|file|filerai|paie|paierai|verse|passe .. euros|balles|thunes|thune|sous|fric|argent|billets",
        "te recharge|rechargerai|paye|payer|paie|offre|offrir .. forfait|crédit|credit|robux|vbucks|v-bucks|skin|"
        "skins|pass|abonnement|netflix|spotify",
        "j'ai|jai .. places|billets|tickets|place pour",
        "te mette|mets|mettrai|mettre|ajoute|ajouterai|rajoute|recharge|rechargerai .. crédit|credit|robux|vbucks|"
        "v-bucks|forfait|sous|thune|argent|euros|gemmes|diamants",
        "te donner|donne|donnerai|file|filer|offrir|offre|offrirai|mettre|mets|passer .. grade|vip|rang|rôle|role|"
        "admin|modo|pass|passe_de_combat|compte_premium|nitro|premium",
        "billet|billets|bifton|biftons|cadeaux|thunes|sous|argent_de_poche pour toi|vous",
        "te l'offrir|l'offre|l'offrirai|l'acheter|l'achète|l'achete|l'achèterai|l'paye|l'paie",
        "si|quand tu .. fais|fait|envoies|montres .. je te donne|donnerai|offre|offrirai|achète|achèterai|paie|file",
    ),
    "PLATFORM_MIGRATION": (
        "donne|file|envoie .. ton 06|07|numéro|num|tel|snap|insta",
        "on parle|parle|parlons .. sur|en tel|snap|telegram|whatsapp|discord|privé|dm|mp",
        "télécharge|telecharge|télécharges|télécharger|telecharger|installe|installes|installer|crée|crées|"
        f"créer .. {_APPS}",
        f"continue|continuer|continuons|discute|discuter|discutons|écrire|parler .. sur|en|par {_APPS}|privé|prive|pv|"
        "mp|dm",
        "ici .. peux|peut|pouvons|pourra pas envoyer|parler|mettre|montrer",
        f"s'ajoute|s'ajouter|t'ajoute|t'ajouter|t'ajouterai|m'ajoute|m'ajoutes|m'ajouter|ajoute|ajoutes|ajoutez|"
        f"ajouter|add|rajoute|rajoutes .. sur|en {_APPS}",
        f"viens|venez|passe|passes|passons|va|allons|rejoins|rejoindre|retrouve-moi .. sur|en {_APPS}|pv|mp|dm|privé|"
        "prive",
        "ton|votre|ta|tes gsm|natel|cell|cellulaire",
        "texte|textes|textez|texter moi|nous",
    ),
    "AGE_PROBING": (
        "t'es|tu_es|es-tu|es_tu .. en quelle année|annee|classe",
        "quoi|koi comme âge|age",
        "t'es|tu_es|vous_êtes|es_tu de|né|née|nee en quelle|kelle|quel année|annee",
        "passes|passe|rentres|seras en quelle|kelle|quel classe|année|annee",
        "t'as|tas|t'a ke|juste|seulement # ans|?|c'est|non|mdr|sérieux|serieux|en_vrai|pour_de_vrai|pas",
        "t'as|tas|tu_as|ta|t'a # ans c'est|c|non|sérieux|serieux|vraiment|en_vrai|pour_de_vrai|pas|hein|donc|alors",
        f"{_TU_ES} en 6e|6ème|6eme|sixième|5e|5ème|5eme|cinquième|4e|4ème|4eme|quatrième|3e|3ème|3eme|troisième|"
        "seconde|2nde|première|1ère|terminale|cm1|cm2|ce2|ce1 .. ?|non|au|à|c'est|hein|cette|alors|ou|donc|secondaire|"
        "primaire|college|collège|lycée|lycee",
        "vas_avoir|auras|aura|va_avoir|fêtes|fetes|fêteras|feras quel|kel|quelle|combien .. âge|age|ans",
    ),
    "SEXUAL_CONTENT": (
        "torse|torso nu|nue",
        "sans haut|t-shirt|tshirt|vêtements|vetements|habits|fringues|culotte|soutif",
        "déjà|deja .. embrassé|embrasse|roulé|fait_l'amour|couché_avec|sucé|touché|masturbé|branlé|doigté|caressé",
        "corps|poitrine|seins|formes .. change|changent|changé|développe|développé|développée|pousse|poussent",
        "déshabille|déshabilles|déshabiller|enlève|enlèves|enlever|retire|retires|retirer .. haut|t-shirt|tshirt|"
        "culotte|soutif|soutien-gorge|string|slip|caleçon|boxer|pantalon|jupe|robe|pyjama|nuisette|vêtements|"
        "fringues|habits",
        "couleur .. culotte|string|soutif|sous-vêtements|slip|caleçon|boxer",
        "déjà|deja|djà|dja .. fait|donné|donne|eu|roulé .. bisou|bisous|pelle|pelles|galoche|french_kiss|smack",
        "dors|dormes|dormez|couches|couche en|sans quoi|koi|rien|culotte|slip|caleçon|nue|nu|string|soutif|"
        "sous-vêtements|petite_tenue",
        "portes|porte|mets|met|mis quoi|koi .. sous|dessous|en_dessous|comme_culotte|comme_sous-vêtements",
    ),
}
