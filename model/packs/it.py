"""Italian (it) indicator pack: the phrases of the ten categories, the words too common to anchor one, and the
Italian forms of self-disclosed ages and child cues.

It covers the written chat register of teenagers and adults in Italian: "tu" and the formal "Lei" where
people use it ("quanti anni ha?"), the verb forms actually typed ("mandami", "mi mandi", "fammi vedere",
"c'hai"), missing accents ("perche", "eta", "e" for "è", "papa" for "papà"), common misspellings ("ai" for
"hai") and Italian chat abbreviations ("nn", "xke"/"xk"/"pk", "ke", "cmq", "qnt", "tvb", "pvt", "wa",
"6" for "sei"). The spellings follow what general descriptions of Italian texting and chat language list
(abbreviations, "x" for "per", "k" for "ch") and the terms of the apps and games popular with Italian
teenagers (WhatsApp, Instagram, TikTok, Snapchat, Telegram, Discord; Robux, V-Bucks, "ricarica" phone credit,
Paysafecard, "buono Amazon").

Every word of a phrase is respelt to its normalised form (`model.packs`): accents are folded and the English
chat abbreviations of `model.normalize` expanded, so "da" is matched as "the", "ma" as "mom" and "foto" as
"photo" without being written so here. The age expressions are NOT respelt and are written as normalised text
has them. Italian school years: "prima/seconda/terza media" (ages 11-13), "prima ... quinta superiore" or
"liceo" (14-18), "elementari" (6-10).
"""

from __future__ import annotations

LANGUAGE = "it"

# Parents and the family members whose presence is checked ("i tuoi" is "your parents").
_PARENT = "tuoi|genitori|mamma|madre|papà|papa|padre|babbo|patrigno|matrigna|nonni|nonna|nonno"
_MOTHER_FATHER = "mamma|madre|papà|papa|padre|babbo|nonna|nonno|sorella|fratello|zia|zio"
# Messaging apps and contact details (normalised text has "snapchat" for "snap", "instagram" for "insta"/"ig",
# "facebook" for "fb", "pm" for "dm", "number" for "num").
_APPS = (
    "snapchat|snap|instagram|insta|ig|whatsapp|wa|wapp|whats|wap|telegram|tg|discord|dc|tiktok|skype|kik|"
    "facebook|fb|messenger|signal|viber"
)
_CONTACT = f"{_APPS}|numero|nmr|num|cell|cellulare|contatto"
_PICTURE = (
    "foto|ft|fotina|fotine|fotografia|fotografie|selfie|selfi|video|videino|nudes|pic|pics|immagine|immagini|"
    "scatto|scatti"
)
_BODY = "tette|tettine|seno|culo|culetto|sedere|corpo|gambe|piedi|pancia|petto|capezzoli|mutandine|reggiseno|intimo"

PHRASES: dict[str, tuple[str, ...]] = {
    "AGE_PROBING": (
        "quanti|qnt|qnti|quant|quanto anni hai|ai|c'hai|ciai|ha",
        "quanti|qnt anni ?",
        "anni hai ?",
        "anni ?",
        "che|ke|qnt età|eta hai|ha|avete",
        "età|eta ?",
        "la tua età|eta",
        "sei|6 maggiorenne|minorenne",
        "è|e maggiorenne|minorenne ?",
        "hai|ai [davvero|veramente|solo|già|gia|appena|ancora|quasi|tipo] # [anni] ?",
        "hai # anni",
        "in|di che classe sei|vai|fai|stai",
        "che classe fai|frequenti",
        "che scuola fai|frequenti",
        "vai|fai|sei [ancora|già|gia] alle|le medie|elementari|superiori",
        "fai|frequenti la|il prima|seconda|terza|quarta|quinta|primo|secondo|terzo|quarto|quinto ?",
        "quanti|qnt ne hai ?",
        "vai|sei|fai al|il liceo",
        "vai ancora a scuola",
        "sei ancora a scuola",
        "di che anno sei|6",
        "in che anno sei nata|nato",
        "sei del|dello # ?",
        "di che classe sei ?",
        "maschio o femmina",
        "m o f",
        "sei un|una ragazza|ragazzo|femmina|maschio ?",
        "di dove sei|6",
        "dove abiti|vivi ?",
        "in che città|citta|zona abiti|vivi|stai",
        "di che città|citta|zona sei|6",
        "sembri|dimostri [molto|più|piu] piccola|piccolo|giovane|piccolina",
    ),
    "PARENT_CHECK": (
        f"{_PARENT} sono|son|stanno a|in casa",
        f"{_PARENT} sono|son|stanno fuori|usciti|via|partiti|svegli",
        f"{_PARENT} sono|son|stanno al|a|in lavoro|vacanza|letto",
        f"{_PARENT} dormono|lavorano|tornano|rientrano|escono|dorme|lavora|torna|rientra|esce ?",
        "tuoi|genitori [a] [che] [ora|quando|qnd] tornano|escono|rientrano|partono|vanno|lavorano",
        "stanno|lavorano fuori [casa] tutto il giorno",
        "tuoi|genitori dove sono|stanno",
        f"tua|tuo {_MOTHER_FATHER} è|e [a|in|al|ancora] casa|lavoro|fuori|uscita|uscito|via|sveglia|sveglio",
        f"dove sono|stanno i {_PARENT}",
        f"dov'è|dove|dov'e tua|tuo {_MOTHER_FATHER}",
        f"tornano|torna|rientrano|rientra|escono|esce|arrivano|arriva [i|tua|tuo] {_PARENT}",
        "sei|6 sola|solo a|in casa",
        "sei|6 da sola|solo ?",
        "sei|6 da sola|solo a|in casa|adesso|ora|stasera|stanotte|oggi",
        "è|e sola|solo a|in casa ?",
        "sei|6 sola|solo ?",
        "sei|6 sola|solo adesso|ora|stasera|stanotte|oggi|in_camera",
        "quando sei|6 sola|solo",
        "sola|solo a casa ?",
        "c'è|ce|c'e qualcuno|qualcun [altro] a|in|con casa|te",
        "qualcuno con te ?",
        "chi c'è|ce|c'e a|in casa",
        "chi c'è|ce|c'e con te",
        "con chi vivi|abiti|stai ?",
        "ti controllano|controlla|leggono|legge|guardano|guarda il|i|le telefono|cellulare|cell|messaggi|chat",
        "qualcuno legge|controlla|guarda i|il|le tuoi|tuo|tue messaggi|telefono|cellulare|chat",
        f"{_PARENT} lo sanno|sa ?",
        f"{_PARENT} sanno|sa di me|noi|che_ci_sentiamo|che_parliamo|questo|questa|sta|sto|tutto|quello",
        f"{_PARENT} non lo sapranno|scopriranno|sanno|sa|sapranno|scoprirà|scoprira",
        "hai un|il telefono|cellulare|pc|computer|portatile|tablet tuo",
        "hai una|la camera|stanza tua|tutta",
        f"{_PARENT} sono|è|e severi|severa|severo|rigidi|apprensivi",
        "i tuoi ti lasciano|fanno uscire|stare",
        "ci sono i tuoi ?",
        "leggono|legge|controllano|spiano|spia|sbirciano|sbircia|guardano [mai|sempre|ancora] [il|i|le|la] tuo|tua|tue|"
        "tuoi telefono|cellulare|cell|messaggi|chat|conversazioni|whatsapp|msg",
        "non|nn c'è|ce|c'e|ci_sono [i|tua|tuo] tuoi|genitori|mamma|madre|papà|papa|padre ?",
        f"tua|tuo {_MOTHER_FATHER} guarda|controlla|legge|vede|spia [mai|sempre|ancora] il|i|le tuo|tuoi|tue "
        "telefono|cellulare|cell|messaggi|chat|conversazioni",
        f"vanno|va|andranno a letto|dormire [i|tua|tuo] {_PARENT}",
    ),
    "SECRECY": (
        "non|nn dirlo|dire|dirgli|dirglielo|raccontarlo|raccontare [niente|nulla|questo|di_noi|mai] "
        "[a|ai|alla|al|alle|agli] [tua|tuo|tuoi|tue] nessuno|tuoi|genitori|amiche|amici|prof|compagni|compagne|"
        f"altri|altre|mister|allenatore|maestra|{_MOTHER_FATHER}",
        "dirlo|dirglielo|raccontarlo|dire|dici|raccontare|dirai|racconterai|parlarne a|con nessuno",
        "non|nn lo dirò|diro|dico|racconto|racconterò|racconterò a nessuno",
        "nessuno deve|dovrà|dovra|deve_mai saperlo|sapere|scoprirlo|sapere_niente",
        "saperlo|saperla|scoprirlo|scoprirla|sapere_niente nessuno",
        "nessuno lo saprà|sapra|scoprirà|scoprira",
        "nessuno lo deve sapere",
        "nostro|nostra segreto|segretino|segreto",
        "segreto tra|fra noi|me_e_te",
        "segreto|segretino [solo] nostro",
        "farlo|farla|farle|farli vedere|leggere a|ai nessuno|tuoi|genitori",
        "rimane|resta|rimanga|resti|rimarrà|rimarra tra|fra noi|me_e_te",
        "solo tra|fra noi",
        "tienilo|tienitelo|tenerlo per te",
        "acqua in bocca",
        "cancella|elimina|cancelliamo|eliminiamo|cancellare|eliminare|svuota|cancellate|cancelli|elimini [i|la|le|"
        "questa|questi|tutti|tutta|tutte|sti|sta|questo|nostra|nostri|i_nostri|la_nostra|tutti_i|tutta_la] "
        "messaggi|chat|conversazione|conversazioni|cronologia|msg",
        "se i tuoi|genitori [lo] scoprono|sanno|scopre|vengono|scoprissero",
        f"se tua|tuo {_MOTHER_FATHER} lo scopre|sa|viene|scoprisse",
        "se qualcuno lo scopre|scoprisse|viene_a_sapere",
        "di nascosto dai|da tuoi|genitori",
        "finisco|finirei|andrei|vado|finire|andare|finirò|finiro in galera|prigione|carcere",
        "sei un|una|della poliziotto|poliziotta|sbirro|sbirra|polizia|guardia|carabiniere",
        "sei uno sbirro",
        "dove nessuno ci vede|vedrà|vedra|può|puo",
        "nessuno ci vede|vedrà|vedra",
        "nessuno se ne accorge|accorgerà|accorgera|accorgerebbe|accorgeranno",
        "non|nn se ne accorge|accorgerà|accorgera|accorgono|accorgeranno|accorgerebbe|accorgerebbero nessuno|mai|"
        "i_tuoi|tua_madre|tua_mamma|tuo_padre|neanche|nemmeno|neppure",
        f"{_PARENT} non|nn se ne accorgono|accorgeranno|accorge|accorgerà|accorgera|accorgerebbero|accorgerebbe",
        "non|nn lo|la scoprirà|scoprira|scopriranno|scoprirebbe|scoprirebbero",
        "non|nn lo sapranno|saprà|sapra mai|nessuno",
        f"{_PARENT} non|nn fanno|faranno|fa|farà|fara|farebbero domande",
        f"senza che [i|tua|tuo] {_PARENT}|nessuno [lo|se_ne] sappiano|sappia|scoprano|scopra|accorgano|accorga|"
        "vedano|veda",
        "dille|digli|dirle|dirgli|diglielo|raccontale|raccontagli|diremo|diciamo|dirai [solo|pure|semplicemente] che "
        "dormi|dormirai|resti|rimani|resterai|studi|studiate|studiamo|vai|andate|andiamo|facciamo|andrai "
        "da|dalla|dal|dallo|dai|a_casa_di|in_biblioteca|in_biblio|a_studiare|a_dormire",
        "di'|dì|dici|dite [solo|pure|semplicemente] che dormi|dormirai|resti|rimani|resterai|studi|studiate|studiamo|"
        "vai|andate|andiamo|facciamo|andrai da|dalla|dal|dallo|dai|a_casa_di|in_biblioteca|in_biblio|"
        "a_studiare|a_dormire",
        "inventati|inventa|inventiamo|inventare|inventerai|inventatevi|inventagli|inventale una|qualche scusa|scusa|"
        "balla|bugia|scusa_credibile",
        f"{_PARENT} inventati|inventa|inventagli|inventale|inventiamo|inventerai qualcosa|una_scusa|una_balla|"
        "una_bugia",
        f"bugia|bugie|balle|bugiola|bugiette ai|a|alla|al|coi [tua|tuo] {_PARENT}",
        "non|nn glielo|gliel dire|dici|dirai|diciamo|raccontare|racconti|dite|far_sapere|fare_sapere",
        "se lo|le dici|racconti|dirai|racconterai|diresti|dicessi a|ai|alla qualcuno|qualcun|nessuno|tuoi|genitori|"
        "tua_madre|tua_mamma|tuo_padre",
        "se ne parli|parlerai|parlassi|parlate con|a|ai|alla qualcuno|qualcun|nessuno|tuoi|genitori|tua_madre|"
        "tua_mamma|tuo_padre",
        "non|nn serve|c'è_bisogno|ce_bisogno|c'e_bisogno|devi [di] dirlo|dirglielo|dirgli|dirle|raccontarlo|"
        f"raccontarglielo [niente|nulla] [a|ai|alla|al] [tua|tuo] {_PARENT}|nessuno",
        "non|nn deve|devono|dovrà|dovra|dovranno [mai] saperlo|scoprirlo|sapere|saperne",
        f"{_PARENT} non|nn lo saprà|sapra|sapranno",
    ),
    "TRUST_FLATTERY": (
        "matura|maturo|grande|sveglia per la tua età|eta",
        "più|piu matura|maturo|sveglia|sveglio delle|dei|della|di|rispetto",
        "più|piu intelligente|intelligenti|furba|furbo|speciale|bella|carina|bello|carino di_loro|di_tutte|di_tutti|"
        "delle_altre|degli_altri|dei_tuoi_compagni|delle_tue_compagne|delle_tue_amiche|dei_tuoi_amici|"
        "della_tua_età|della_tua_eta|rispetto_alle_altre|delle_ragazze|dei_ragazzi",
        "sei|6 così|cosi|troppo|tanto dolce|tenera|tenero",
        "sei|6 [così|cosi|molto|davvero|proprio|veramente|troppo|super|tanto] matura|maturo|speciale|unica",
        "sei|6 [così|cosi|molto|davvero|proprio|veramente|troppo|super|tanto] bellissima|bellissimo|stupenda|"
        "stupendo|splendida|carina|carino|sexy|bona|figa|gnocca|dolcissima|perfetta|meravigliosa|bella",
        "quanto|come sei|6 bella|bello|carina|carino|figa|sexy|bona|bellina|stupenda",
        "che bella|carina|figa|bona|bellina che sei|6",
        "solo io ti capisco",
        "nessuno ti capisce",
        "ti capisco solo|meglio|io",
        "io ti capisco",
        "puoi dirmi|raccontarmi tutto|qualsiasi",
        "puoi|devi fidarti di me",
        "con me puoi parlare",
        "ti voglio bene",
        "tvb|tvtb|tvttb|tvukdb",
        "ti amo",
        "ti adoro",
        "mi manchi",
        "mi sei mancata|mancato",
        "penso sempre|spesso|solo a te",
        "ti penso [sempre|spesso|tanto|sempre]",
        "sogno di te",
        "ti sogno",
        "mi piaci tanto|molto|troppo|un_sacco|da_morire|tantissimo",
        "amore|tesoro|piccola|principessa|cucciola|bimba|bambolina|cara mio|mia",
        "principessa|bambolina|piccolina|cucciolotta",
        "ciao bellissima|bellezza|piccola|principessa|bambolina|dolcezza|splendore|gnocca|cucciola|bimba",
        "speciale per me",
        "età|eta|l'età|leta è|e solo un numero",
        "età|eta|l'età|leta non|nn conta|importa|è_un_problema|e_un_problema",
        "uomini|ragazzi|uomo|ragazzo|tipi più|piu grandi|grande|vecchi|maturi|maturo|adulti",
        "sembri|dimostri più|piu grande|grandi|matura|anni",
        "non sei come le|gli altre|altri",
        "diversa|diverso dalle|dagli altre|altri|altre_ragazze",
        "sempre qui|qua|li|lì per te",
        "ci sarò|saro sempre per te",
        "fisico|fisichino|corpo|corpicino|viso|visino|faccino|sorriso|occhi|labbra|gambe|lineamenti "
        "perfetto|perfetta|perfetti|perfette|stupendo|stupenda|stupendi|stupende|bellissimo|bellissima|bellissimi|"
        "bellissime|pazzesco|pazzesca|mozzafiato|da_modella|da_urlo|splendido|splendida|splendidi",
        "hai|ai|c'hai un|una|dei|degli|delle bel|bella|bei|begli|belle|gran|bellissimo|bellissima|bellissimi|"
        "bellissime|splendido|splendida fisico|corpo|viso|visino|faccino|sorriso|occhi|labbra|gambe|fisichino|"
        "corpicino",
        "bella|bellissima|carina|figa|gnocca|bona|sexy|stupenda|speciale|dolce|matura|bello|carino come te",
        "ti sta|stanno benissimo|da_dio|divinamente|d'incanto|dincanto",
        "diventando|diventata|diventato|cresciuta|fatta una|proprio|davvero|già|gia [una] donna|donnina|signorina|"
        "bellissima|sexy|gnocca|figa",
        "sei la|il mio|mia preferita|preferito",
        "mia|mio allieva|allievo|alunna|alunno|giocatrice|giocatore|atleta|studentessa|ragazza preferita|preferito",
        "me che|chi ti capisco|capisce",
        "ti capisco benissimo|perfettamente|davvero|veramente|come_nessuno",
        "mi trovo|sento meglio|benissimo|bene|così_bene|cosi_bene|troppo_bene [a_parlare] con te",
        "anni|età|eta|l'età|leta sono|è|e [solo|soltanto] numeri|un_numero|una_cifra",
    ),
    "GIFTS": (
        "ti|te compro|comprerei|regalo|regalerei|ricarico",
        "ti faccio un regalo|regalino",
        "ti posso|potrei comprare|regalare|ricaricare|pagare",
        "comprarti|regalarti|ricaricarti|pagarti",
        "un|il regalo|regalino|regalone|pensierino per te|x",
        "ho un regalo|regalino|pensierino",
        "ricarica|ricariche telefonica|al_cellulare|del_telefono|del_cell|sul_telefono|sul_cell",
        "ti faccio|mando|posso_fare|regalo una|la ricarica",
        "vuoi|serve|ti_serve|ti_va una|la ricarica",
        "ricaricare|ricarico|ricaricherò|ricaricherei|ricaricarti [il] tuo|tua credito|conto|postepay|telefono|"
        "cellulare|cell|sim",
        "robux|robuks|robucks",
        "vbucks|vbuck",
        "v bucks|buck",
        "gemme|skin|pass|battlepass gratis|gratuite",
        "buono|buoni amazon|regalo|steam|playstation|psn|google_play|xbox|nintendo",
        "carta|carte|codice|codici regalo",
        "gift card|cards",
        "giftcard|paysafecard|paysafe|psc",
        "ti do|mando|passo|regalo|invio dei|un_po_di|qualche soldi|soldini|euro|money",
        "ti mando|regalo|do soldi|soldini",
        "ti regalo|ricarico # euro",
        "bisogno di soldi|soldini|ricarica",
        "soldi facili|facile",
        "guadagnare facile|soldi|qualcosa",
        "vuoi guadagnare|qualche|dei soldi",
        "bevi|fumi ?",
        "ti porto|compro|prendo|offro alcol|alcool|sigarette|sigaretta|birra|birre|canna|canne|erba|vodka|svapo|"
        "fumo|cannabis|pod",
        "ti pago io",
        "ti ho preso|comprato|fatto|mandato|spedito|ordinato|regalato|prenotato [un|una|il|la|dei|delle|qualche] "
        "regalo|regalino|regali|pensierino|sorpresa|sorpresina|ricarica|ricariche|buono|giftcard|carta_regalo|robux|"
        "vbucks|skin",
        "carta|carte|card|codice|codici psn|steam|amazon|playstation|xbox|nintendo|google_play|itunes|apple|roblox|"
        "fortnite",
        "mandarti|spedirti|farti|portarti|mandare|spedire|fare un|una|dei|qualche regalo|regalino|regali|pensierino|"
        "sorpresa|sorpresina",
    ),
    "IMAGE_REQUEST": (
        f"mandami|mandamela|mandamele|mandamene|inviami|girami|passami|mandarmi|inviarmi [una|un|qualche|delle|altre|"
        f"la|le|tua|tue|altra|un'altra|sexy|nuova|nuove|qualke] [tua|tue|sexy] {_PICTURE}",
        "mi mandi|manda|invii|invia|giri|passi [una|un|qualche|delle|altre|la|le|tua|tue|altra|un'altra] [tua|tue] "
        f"{_PICTURE}",
        f"{_PICTURE} tua|tue|di_te|x_me|per_me|tuo|tuoi",
        f"una tua|tue {_PICTURE}",
        f"hai [altre|delle|qualche|una] {_PICTURE} tue|tua|di_te|nuda|sexy|senza|hot|in_intimo",
        f"{_PICTURE} nuda|nudo|nude|nudi|hot|sexy|piccanti|piccante|osé|ose|senza_vestiti|senza_niente|intime|"
        f"in_intimo|in_costume|in_bikini|in_reggiseno|in_mutande",
        f"fatti|scattati|scattarti|farti una|un [altra|altro] {_PICTURE}",
        "vedere|vederti come sei fatta|fatto",
        "come sei fatta ?",
        "fammi|fatemi|famme vedere come_sei|tutto|di_più|di_piu|cosa_indossi|cosa_hai_addosso|te|qualcosa_di_più|sotto",
        f"fammi|famme|fatemi vedere [il|la|le|i] {_BODY}",
        f"mostrami|mostrarmi [il|la|le|i] [tuo|tua|tue|tuoi] {_BODY}",
        "fatti vedere [in|nuda|senza|tutta|in_intimo|in_webcam|in_video|in_cam]",
        "accendi|apri|attiva|accenderesti|accendila [la|il|tua] webcam|cam|telecamera|videocamera",
        "in webcam|cam ?",
        "facciamo|fai|famo|facciamoci|fare|facciamola [una] videochiamata|videochat|videocall",
        "chiamata video|in_video",
        "videochiamata|videochat ?",
        "voglio|vorrei|posso|fammi vederti [tutta|nuda|adesso|ora|in_webcam]",
        "cosa|che|cs [stai] indossi|indossando",
        "cosa|che|cs hai|porti addosso",
        "come sei vestita|vestito ?",
        "togliti|togli|levati|leva|toglieresti|togliere [la|il|le|i|tutto] maglietta|maglia|reggiseno|reggi|mutande|"
        "mutandine|vestiti|pantaloni|felpa|gonna|tutto|canottiera",
        "in reggiseno|mutandine|perizoma|intimo|lingerie",
        "foto|photo piedi|del_piede|dei_piedi",
        f"serve|servono|mi_serve|mi_servono|ho_bisogno_di|bisogno_di [un|una|delle|dei|qualche|altre|altri|tua|tue] "
        f"{_PICTURE}",
        "girami|registrami|registra|girare|registrare|fammi|mi_fai|mi_giri|mi_registri [un|una|dei|delle|qualche] "
        "video|videino|filmato|filmino|selfie|foto|fotina",
        f"mandami|inviami|girami|passami|mandarmi il|i|gli|quel|quella|quelle|quei {_PICTURE}",
        "fai|faresti|fate vedere chi_sei|la_tua_faccia|il_tuo_viso",
    ),
    "PLATFORM_MIGRATION": (
        f"aggiungimi|addami|seguimi|scrivimi|scrivi|sentiamoci|passiamo|spostiamoci|continuiamo|parliamo|vieni|"
        f"scriviamoci|aggiungi su|sul|in|a|nel|per|tramite|via|con {_APPS}",
        f"ci sentiamo|scriviamo|vediamo su|sul|in|nel|per|via {_APPS}",
        f"hai|ai|c'hai|ciai|usi {_APPS}",
        f"dammi|passami|mandami|lasciami|dimmi|dammelo|passamelo|scrivimi [il|tuo|il_tuo|la|un] [tuo] {_CONTACT}",
        f"mi dai|passi|lasci|dici|mandi|dia|da [il] [tuo|suo] {_CONTACT}",
        "tuo|tuoi snapchat|instagram|telegram|whatsapp|discord|kik|skype|contatto|contatti",
        "tuo numero|nmr|num ?",
        "tuo numero|nmr di|del telefono|cell|cellulare|whatsapp",
        f"qual è|e|qual'è|qual'e|qualè [il] tuo {_CONTACT}",
        "numero di telefono|cell|cellulare ?",
        f"mio {_APPS}|numero|nmr è|e",
        "scrivimi|vieni|andiamo|passa|passiamo|parliamo|continuiamo|ti_scrivo|sentiamoci|scriviamoci|rispondimi "
        "in|nel|sul|al|su privato|pvt|priv|pv|pm|direct|dm|privata",
        "in privato|pvt|priv ?",
        "scarica|scaricati|installa|installati|scaricare|installare|scaricala|scaricatelo telegram|snapchat|kik|"
        "signal|whatsapp|discord|wickr|session|threema",
        "altra|un'altra|unaltra app|applicazione|piattaforma",
        "chiamo|chiamami|chiamarti|chiamerò|chiamero stasera|stanotte|sul_cell|al_numero",
        "ti lascio il mio numero|nmr|contatto",
        "ti do il mio numero|nmr|snapchat|contatto",
        f"ti aggiungo|addo|seguo su|sul|a|in {_APPS}",
        "profilo|account segreto|secondario|fake",
        "spostiamo|sposti|spostare|spostarci|spostarsi|spostati|trasferiamoci|passare|passarci|passa|proseguiamo|"
        "continuare|scriverci|scrivermi|sentirci|parlarci|contattami|contattarmi|scrivo|scriverò|scrivero [ci] "
        f"su|sul|in|nel|via|per {_APPS}",
        f"{_APPS} in|al|nel privato|pvt|priv|pv|dm|direct|privata",
    ),
    "MEETING_PROPOSAL": (
        "vuoi|possiamo|potremmo|potremo|dovremmo|possiamo_anche|ti_va_di|ti_andrebbe_di|quando_possiamo "
        "vederci|incontrarci|beccarci|conoscerci",
        "incontriamoci|vediamoci|beccarci|beccarsi|incontrarsi",
        "ci vediamo|incontriamo|conosciamo|beccano dal|di|da|in vivo|persona|soli|segreto|nascosto",
        "conoscerci|vederci|incontrarci|vedersi|conoscersi|incontrarsi dal|di vivo|persona",
        "vengo|passo|vengo_io|posso_venire|passerei|verrei|veniamo a prenderti",
        "ti vengo|passo|vengo_io|verrei|passerei a prendere",
        "prenderti a|alla|da|sotto|fuori|dopo scuola|casa|fermata|uscita",
        "vieni|verresti|venire|vuoi_venire|vieni_pure a casa mia",
        "vieni|verresti|venire|venite da me",
        "vengo|verrei|passo|venire|passerei [io] da te",
        "ci possiamo|potremmo|potremo incontrare|vedere|conoscere",
        "quando ci vediamo|incontriamo|vedremo|conosciamo ?",
        "noi due [da] soli|soletti|sole",
        "vengo|verrei|venire|passo|passerei a|sotto casa tua",
        "tuo indirizzo",
        "dammi|dimmi|mi_dai|mi_dici [l] l'indirizzo|lindirizzo|indirizzo",
        "indirizzo di casa",
        "dove abiti|stai|vivi precisamente|di_preciso|esattamente|preciso",
        "in che via abiti|stai|vivi",
        "prendiamo|prendo|prenoto|prenotiamo una|un camera|stanza|hotel|albergo|motel|b&b",
        "in|un hotel|albergo|motel insieme|noi",
        "esci|uscire|scappa|scappare|scendi|sgattaiolare|uscirai|esca di nascosto",
        "dormi|dormire|resta|resti|restare|fermati|fermarti da me|insieme|a_dormire",
        "passare|passiamo|passeremo la notte insieme|da_me",
        "la notte insieme",
        "quando [ci] possiamo|potremo|potremmo vederci|vedere|incontrare|incontrarci",
        "ti_aspetto|aspetto sotto|fuori|davanti casa_tua|scuola|la_scuola|alla_scuola|da_scuola|la_tua_scuola",
        "sotto|davanti|fuori casa tua",
        "ti aspetto fuori|sotto|davanti|in_macchina",
        "ti porto|porterei|porto fuori|a_cena|al_cinema|a_fare_un_giro|in_macchina|a_casa_mia|da_me",
        "giro in macchina|moto",
        "vuoi|vorresti|ti_va_di|ti_andrebbe_di uscire con me",
        "appuntamento con me|insieme",
        "quanto abiti|sei|stai|6 lontana|lontano|distante|vicina|vicino",
        "quanti km",
        "cosa|che|cs|ke fai|farai|fate stanotte",
        "sei|6 libera|libero stasera|domani|sabato|stanotte|oggi|dopo",
        "che|quale|qual'è|qual'e|qual indirizzo",
        "ti prendo|prendo|passo|vengo [io] all'uscita|alluscita|a_scuola|dopo_scuola|fuori_scuola|alla_fermata|"
        "sotto_casa|all'angolo|allangolo",
        "solo|soltanto io e te",
        "passa|passi|passare|passeresti|passate da me|casa_mia",
        "vedere il|la mio|mia appartamento|casa|camera|studio|stanza|macchina",
        "allenamento|allenamenti|lezione privato|privata|privati|individuale|da_soli",
        "ci vediamo|incontriamo|troviamo al|alla|allo|ai|alle|davanti|fuori|sotto|dopo|in|nel|nella|dietro",
    ),
    "SEXUAL_CONTENT": (
        "sesso|sex|sessuale|sessuali|sessualmente",
        "scopare|scoparti|scopiamo|scopato|scopata|scoperei|scopando|trombare|trombiamo|trombato|trombata|chiavare|"
        "chiaviamo|scoparmi",
        "fare|facciamo|faremo|fatto|farei|fai|farlo l'amore|lamore",
        "fare|facciamo|faremo|farei l amore",
        "nuda|nudo|nudità|nudita|limonare|limoniamo|limonarti|strusciarti|strusciare",
        "eccitata|eccitato|arrapata|arrapato|arrapi|infoiata|infoiato|arrapante|eccitarti|eccitarmi|ecciti|eccitante",
        "tutta|già|gia bagnata",
        "bagnata|bagnato per me",
        "ti bagni",
        "sei|6 ancora vergine",
        "sei|6 vergine ?",
        "masturbi|masturbarti|masturbarsi|masturbo|masturbazione|masturbando|masturbata",
        "seghe|ditalino|ditalini|pompino|pompini|sborra|sborrare|sborrata|sperma|orgasmo|orgasmi",
        "tette|tettine|tettone|capezzoli|vagina|pene|clitoride|fichetta|fighetta|porcellina|troietta|puttanella",
        "il mio|tuo cazzo|uccello|pisello|cazzone",
        "il tuo seno|sedere|culetto|culo",
        "i tuoi seni|capezzoli",
        "leccarti|leccartela|leccarla|leccherei|succhiarlo|succhiarmelo|succhiare|succhieresti|succhiarti",
        "toccarti|toccarmi|toccherei",
        "ti tocchi|toccheresti|tocco [mai|spesso|li|lì|tutta|ovunque]",
        "preservativo|preservativi|profilattico|profilattici|condom|lubrificante|vibratore|dildo",
        "mutandine|perizoma|tanga|lingerie|autoreggenti|porno|porn|pornografico|pornografici",
        "l'ho|lho|ce_l'ho|ce_lho duro",
        "diventare|venire duro",
        "hai|ai mai baciato|limonato|toccato|fatto_sesso|fatto_l'amore|fatto_lamore",
        "fatto qualcosa|cose con un|una|uno ragazzo|ragazza|uomo|donna|maschio|tipo|adulto",
        "mai stata|stato con un|una|uno ragazzo|ragazza|uomo|donna|maschio|adulto",
        "piace|piacerebbe|fai|faresti|farei|facciamo a letto",
        "mai stata|stato baciata|toccata|baciato|toccato",
        "tua prima volta ?",
        "è|e normale|naturale farlo|fare_queste_cose|alla_tua_eta|alla_tua_età",
        "lo fanno tutti|tutte",
        "a|nel letto con|insieme me|te",
        "doccia con|insieme me|te",
        "spogliati|spogliarti|spogliarsi|spoglieresti|spogliata|spogliato|spogliarmi",
        "ti spogli",
        "chat|messaggi|giochi|foto hot|erotica|erotiche|erotici|piccanti|sporche|sporchi|spinte",
        "baciarti tutta|ovunque|dappertutto|il_collo|le_labbra",
        "ti bacerei|leccherei|toccherei",
        "69",
        "cose porche|zozze",
        "mi fai eccitare|arrapare|bagnare",
        "ti sei mai toccata|toccato",
        "hai mai visto un|uno|il cazzo|pene|pisello|uccello",
        "ti piace il sesso|cazzo",
        "stata|stato|fatto|fatta|andata|andato [già|gia|mai] [qualcosa|cose] con uno|una|un|qualcuno più|piu "
        "grande|grandi|vecchio|vecchia|adulto|adulta",
        "fatto|fatta già|gia|mai qualcosa|cose con qualcuno|qualcuna",
        "già|gia|mai fatto|fatta qualcosa|cose con qualcuno|qualcuna",
    ),
    "PRESSURE_THREAT": (
        "altrimenti|sennò|senno [lo|le|li|la|ti|tutto] pubblico|posto|giro|mando|diffondo|mostro|condivido|racconto|"
        "dico|denuncio|sputtano",
        "se_no|o|oppure [lo|le|li|la|ti|tutto] pubblico|diffondo|sputtano|denuncio",
        "pubblico|posto|diffondo|mostro|condivido|faccio_vedere|inoltro|metto_online|metto_in_giro [in_giro|online|"
        "a_tutti] le|i|la|tutte_le|tutti_i|quelle|quei tue|tuoi|tua foto|photo|photos|video|chat|messaggi|nudes|"
        "screen|screenshot",
        "le|i tue|tuoi foto|photo|photos|video|nudes|messaggi|screen ai|a tuoi|genitori|tutti|scuola|amici|compagni|"
        "tua_madre|tua_mamma|tuo_padre|prof",
        f"lo|le|li dico|racconto|dirò|diro|faccio_vedere ai|a|alla|al [tua|tuo] genitori|tutti|scuola|{_MOTHER_FATHER}",
        "dico|mando|racconto|scrivo|dirò|diro|dirò_tutto|diro_tutto ai tuoi",
        "tutti vedranno|sapranno|lo_sapranno|lo_vedranno|sapranno_tutto",
        "lo vedranno|sapranno tutti",
        "me lo devi",
        "mi devi [un|una|delle|le|altre] favore|qualcosa|foto|video|nudes|selfie",
        "non|nn puoi dire|dirmi di no",
        "non|nn puoi rifiutare|rifiutarti|tirarti",
        "se non|nn [mi] mandi|invii|rispondi|spogli|accendi|mandate",
        "se non|nn ti fai vedere",
        "rispondimi [subito|adesso|ora|cazzo]",
        "perché|perche|xke|xk|pk|xché|xche non|nn [mi] rispondi",
        "perché|perche|xke|xk|pk|xché|xche mi ignori",
        "mi ignori ?",
        "non|nn ignorarmi",
        "non|nn mi ignorare",
        "smettila di ignorarmi",
        "dimostralo|dimostrami|provalo|provamelo",
        "avevi|hai|l'hai|lhai|l'avevi|lavevi|me_l'avevi|me_lavevi promesso|promesso",
        "so dove abiti|vivi|stai|vai_a_scuola|studi",
        "pentirai",
        "quello|ciò|cio che ti dico",
        "fai|farai come ti dico",
        "quello|cio dico io",
        "ultima possibilità|possibilita|occasione|chance",
        "non|nn fare la|il difficile|bambina|timida|timido|santarellina|suora|preziosa|fifona|fifone|rompiscatole",
        "devi|dovrai mandarmela|mandarmele|ubbidirmi|obbedirmi|spogliarti",
        "devi|dovrai mandarmi [una|le|altre|delle|tue] foto|photo|photos|video|nudes|selfie",
        "pagami|paga|mandami|versami|ricaricami|dammi [#] [i] euro|soldi altrimenti|sennò|senno|o_pubblico|o_mando|"
        "o_lo_dico|entro_stasera|entro_domani",
        "rovinarti|rovino|rovinerò|rovinero la vita|reputazione",
        "non hai scelta",
        "te la faccio pagare",
        "se non|nn me|ce lo|la|le|li mandi|invii|mandate|giri|mostri",
        "o|altrimenti|sennò|senno|oppure la|le|lo|li mando|giro|invio|mostro|posto|pubblico|inoltro a|ai|alla|al|in|su "
        "tutti|tuoi|genitori|scuola|amici|tua|tuo|compagni|classe|tutta|giro|internet|instagram",
        "o|altrimenti|sennò|senno|oppure la|le|lo|li mando|giro|invio|mostro|posto|pubblico|inoltro online|ovunque",
        "mantieni|mantenere|mantenga|mantenete|rispetta|rispettare la|le [tua|tue] promessa|promesse|parola",
        "ti denunciano|denunceranno|denuncerebbero|arrestano|arresteranno|arresterebbero",
    ),
}

#: Words too frequent in Italian chat to anchor a phrase (written as typed; respelt like the phrases).
COMMON_WORDS = frozenset(
    [
        "io",
        "tu",
        "lui",
        "lei",
        "noi",
        "voi",
        "loro",
        "me",
        "te",
        "mi",
        "ti",
        "ci",
        "si",
        "sì",
        "vi",
        "ne",
        "lo",
        "la",
        "il",
        "i",
        "gli",
        "le",
        "un",
        "una",
        "uno",
        "di",
        "a",
        "da",
        "in",
        "con",
        "su",
        "per",
        "tra",
        "fra",
        "x",
        "e",
        "è",
        "o",
        "ma",
        "che",
        "ke",
        "chi",
        "non",
        "nn",
        "no",
        "sono",
        "sei",
        "ho",
        "hai",
        "ha",
        "abbiamo",
        "hanno",
        "fare",
        "fai",
        "faccio",
        "come",
        "cosa",
        "quando",
        "perché",
        "xke",
        "anche",
        "più",
        "molto",
        "poi",
        "già",
        "ora",
        "qui",
        "questo",
        "questa",
        "quello",
        "mio",
        "mia",
        "miei",
        "tuo",
        "tua",
        "tuoi",
        "tue",
        "suo",
        "sua",
        "del",
        "della",
        "al",
        "alla",
        "nel",
        "se",
        "so",
        "sai",
        "va",
        "sto",
        "stai",
        "ok",
        "ciao",
        "boh",
        "dai",
        "allora",
        "cmq",
        "tipo",
        "bene",
        "ahah",
        "haha",
        "lol",
        "xd",
    ]
)

# --- ages (regular expressions over normalised text: lower case, accents folded, "?" a separate token) ---------

# Not an age: a number of minutes, euros, photos... ("ne ho 20 di euro", "compio 10 minuti").
_NOT_UNIT = (
    r"(?! (?:minuti|minuto|min|ore|ora|secondi|giorni|giorno|settimane|mesi|mese|euro|eur|km|metri|cm|kg|chili|"
    r"volte|persone|follower|followers|photo|photos|video|messaggi|punti|gb|di|su|x|per|sms|robux|gemme|al|alla|a|"
    r"ogni|in)(?= ))"
)
# An answer ending there: "ne ho 13", "ho 14 e tu ?" (a message ends with a double space when messages are joined).
_AGE_END = r"(?= (?: |$|\?|e tu|e te|tu |te |e voi|ahah|haha|xd|lol|e mezzo|e mezza|quasi|ma |mi ))"
# A message that starts here ("14 anni, di Napoli"): no word before it in the same message.
_MESSAGE_START = r"(?<![^ ] )"
# Family members or the past: "mio figlio fa la terza media", "quando ero in terza media" are not the speaker now.
_NOT_SELF_SCHOOL = (
    r"(?<!fa la )(?<!fa il )(?<!fai la )(?<!fai il )(?<!e in )(?<!sei in )(?<!6 in )(?<!va in )(?<!vai in )"
    r"(?<!ero in )(?<!ero al )(?<!facevo la )(?<!facevo il )(?<!andavo in )(?<!frequenta la )(?<!frequenti la )"
    r"(?<!quando )(?<!dalla )(?<!dal )(?<!dopo la )(?<!dopo il )"
)

SELF_AGE: tuple[str, ...] = (
    r"ho (?:quasi |appena |solo |gia |ancora |tipo |circa |sui )?(\d{1,2}) (?:anni|ani|anno|aa)(?! fa)",
    r"(?:io )?(?:ne )?ho (?:quasi |appena |solo |gia |ancora |tipo )?(1[1-9]|[2-9]\d)" + _AGE_END,
    r"sono (?:un |una )?(?:ragazz[oa]|bambin[oa]|maschio|femmina|tipa|tipo|ragazzin[oa]) (?:di )?(\d{1,2})"
    r"(?: anni)?",
    r"(?:compio|compiro|compiuto|ne compio|ne faccio|ne ho compiuti) (\d{1,2})" + _NOT_UNIT,
    r"(?:io )?(?:ne )?faccio (\d{1,2}) anni(?! fa)",
    r"(?:la mia )?eta (?:e )?(\d{1,2})" + _NOT_UNIT,
    r"(?<!cerco )(?<!cerca )(?<!per )(?<!con )(\d{1,2}) (?:anni )?(?:maschio|femmina|ragazza|ragazzo)(?= )",
    r"(?<!cerco )(?<!cerca )(?<!per )(?<!con )(\d{1,2}) anni (?:m|f)(?= )",
    r"(?<!ho )(?<!ne ho )(?<!hai )(\d{1,2}) anni(?= (?:e tu|e te|tu \?|te \?|e voi))",
    _MESSAGE_START + r"(\d{1,2}) anni(?= (?: |$|di |da |femmina|maschio|f |m |ragazza|ragazzo))",
    _MESSAGE_START + r"(?:ne ho |ho )?(?:quasi|tipo|circa) (1[0-9]|[2-9]\d)(?: anni)?(?= (?: |$|\?))",
)

OTHER_AGE: tuple[str, ...] = (
    r"(?:hai|ai|c'hai|ciai|cai) (?:davvero |veramente |solo |gia |appena |ancora |quasi |tipo |sul serio |ma |"
    r"proprio )?(\d{1,2}) (?:anni|ani|anno)(?! fa)",
    r"(?:hai|ai|c'hai|ciai) (?:davvero |veramente |solo |gia |appena |quasi |proprio )?(1[0-9]|[2-9]\d)"
    r"(?= (?:\?| |$|anni))",
    r"(?:quindi|allora|cioe|ma|davvero|solo) (\d{1,2}) anni \?",
    r"(?:sei|6) (?:una|un) (?:ragazzin[ao]|bambin[ao]) di (\d{1,2})",
)

GRADES: tuple[tuple[str, int], ...] = (
    (_NOT_SELF_SCHOOL + r"([1-3])(?:a|o)? (?:media|medie)", 10),
    (
        _NOT_SELF_SCHOOL + r"([1-5])(?:a|o)? (?:superiore|superiori|liceo|scientifico|classico|linguistico|itis|iti|"
        r"ipsia|tecnico|professionale|artistico)",
        13,
    ),
    (_NOT_SELF_SCHOOL + r"([1-5])(?:a)? (?:elementare|elementari|primaria)", 5),
)

_HAVE = r"(?:ho|ne ho) (?:quasi |appena |solo |gia )?"  # "ho tredici anni"
_TURN = r"|(?:compio|compiuto|ne compio) "  # "compio quattordici"
_HIGH = r"(?:superiore|superiori|liceo|anno (?:di |del |delle )?(?:liceo|superiori))"
SCHOOL_YEARS: tuple[tuple[str, int], ...] = (
    (_NOT_SELF_SCHOOL + r"prima (?:media|medie)", 11),
    (_NOT_SELF_SCHOOL + r"seconda (?:media|medie)", 12),
    (_NOT_SELF_SCHOOL + r"terza (?:media|medie)", 13),
    (_NOT_SELF_SCHOOL + r"(?:prima|primo) " + _HIGH, 14),
    (_NOT_SELF_SCHOOL + r"(?:seconda|secondo) " + _HIGH, 15),
    (_NOT_SELF_SCHOOL + r"(?:terza|terzo) " + _HIGH, 16),
    (_NOT_SELF_SCHOOL + r"(?:quarta|quarto) " + _HIGH, 17),
    (_NOT_SELF_SCHOOL + r"(?:quinta|quinto) " + _HIGH, 18),
    (_NOT_SELF_SCHOOL + r"terza (?:elementare|elementari)", 8),
    (_NOT_SELF_SCHOOL + r"quarta (?:elementare|elementari)", 9),
    (_NOT_SELF_SCHOOL + r"quinta (?:elementare|elementari)", 10),
    # Ages written out in words ("ho tredici anni"), read the same way: the age each one says.
    (_HAVE + "dieci anni" + _TURN + "dieci", 10),
    (_HAVE + "undici anni" + _TURN + "undici", 11),
    (_HAVE + "dodici anni" + _TURN + "dodici", 12),
    (_HAVE + "tredici anni" + _TURN + "tredici", 13),
    (_HAVE + "quattordici anni" + _TURN + "quattordici", 14),
    (_HAVE + "quindici anni" + _TURN + "quindici", 15),
    (_HAVE + "sedici anni" + _TURN + "sedici", 16),
    (_HAVE + "diciassette anni" + _TURN + "diciassette", 17),
    (_HAVE + "diciotto anni" + _TURN + "diciotto", 18),
    (_HAVE + "diciannove anni" + _TURN + "diciannove", 19),
)

SELF_MINOR_CUES: tuple[str, ...] = (
    "sono|mi_hanno_messo|mi_hanno_messa|mi_mettono|mi_metteranno|messa|messo in punizione",
    "punizione per una|un settimana|mese",
    "mia|la mamma|madre non mi lascia|fa|permette",
    "miei|genitori non mi lasciano|fanno|permettono|vogliono",
    "non mi fanno|lasciano uscire|andare",
    "devo tornare|rientrare|essere a|in casa per|alle|entro|prima",
    "devo fare|finire i compiti",
    "fare|finire|faccio|finisco|ho|devo i compiti",
    "domani ho scuola|verifica|interrogazione|compito|compito_in_classe|la_verifica",
    "verifica di matematica|mate|italiano|storia|inglese|scienze|geografia|francese",
    "la mia maestra|prof|professoressa",
    "il|la prof di mate|matematica|italiano|inglese|storia|scienze|ginnastica|religione|arte|tecnologia",
    "vado|faccio|frequento le|alle medie|elementari",
    "mi hanno tolto|sequestrato|ritirato|levato|preso il telefono|cellulare|cell",
    "sono [ancora] troppo piccola|piccolo|giovane",
    "sono [ancora] minorenne|piccola|piccolo",
    "quando compirò|compiro|avrò|avro|farò|faro 14|15|16|17|18",
    "paghetta",
    "mia|la babysitter|tata",
    "baby sitter",
    "ricreazione",
    "scuolabus",
    "doposcuola",
    "mia mamma|madre mi controlla|guarda|legge il|i telefono|messaggi|cellulare|cell",
    "miei mi ammazzano|uccidono|sgridano|sgriderebbero|ammazzerebbero",
    "la mia cameretta",
    "non ho ancora 14|15|16|17|18",
    "mia madre|mamma mi viene a prendere",
)

OTHER_MINOR_CUES: tuple[str, ...] = (
    "sei|6 [ancora|troppo|così|cosi|molto|proprio] piccola|piccolo|piccolina|giovane|giovanissima|minorenne",
    "sei|6 [ancora|solo] una|un bambina|ragazzina|bambino|ragazzino",
    "tua età|eta",
    "ragazzina",
    "quando avrai|compirai|farai 14|16|18",
    "quando sarai maggiorenne|grande",
    "troppo vecchio|vecchia|grande per te",
    "più|piu grande|vecchio|vecchia di te",
    "che|in_che classe fai|sei|vai|frequenti",
    "vai ancora a scuola",
    "tuoi compiti",
    "tua maestra|prof",
    "eta del consenso",
    "sei|6 ancora alle medie|elementari",
)

# Phrases whose words stand apart ("cancella subito tutti i messaggi"): `..` is up to three words of anything.
_IT_PARENTS = "tuo|tua|tuoi|i_tuoi|genitori|mamma|mammà|madre|papà|papa|padre|babbo|patrigno|nonna|nonno"
NEAR: dict[str, tuple[str, ...]] = {
    "SECRECY": (
        "cancella|cancelli|cancellare|cancellala|cancellali|elimina|elimini|eliminare|archivia|svuota|svuotare .. "
        "messaggi|messaggio|chat|conversazione|cronologia|foto|tutto|vocali",
        "un|il|nostro|piccolo|resta|rimane .. segreto|segretino|segreti",
        "segreto|resta|rimane|rimanga tra|fra [di] noi",
        "solo tra|fra",
        "non .. dirlo|dirle|dirgli|dirglielo|dire|dica|dite|raccontarlo|raccontare|dirai|parlarne|saperlo|scoprire",
        "nessuno .. deve|devono|saprà|sapra|sa|scopre|scoprirà",
        "non .. ti|ci scopre|scoprono|scopriranno|becca|beccano",
        "ai|a tuoi|genitori|mamma|papà|madre|padre .. hai|l'hai detto|parlato|raccontato",
        "dici|di'|dirai|digli|dille|racconta .. che vai|stai|sei|dormi|resti",
        "fai|facciamo finta",
        "non|nn|no dirgli|dirle|dirlo|dire|dirglielo .. che",
        "digli|dille|diglielo .. che sei|sono|stai|vai",
        "non|nn dire|dirlo niente|nulla .. a|neanche|nemmeno",
        "tua|tuo|i mamma|madre|papà|papa|padre|tuoi .. non|nn capirebbe|capirebbero|capisce|capiscono",
        "nn|non .. dirlo|dire|dirgli|dirle|dirglielo|raccontarlo|raccontare|parlarne|parlare .. ai|a|alla|"
        "al|alle|agli .. tuoi|genitori|mamma|madre|papà|papa|padre|nessuno|amiche|amici|compagni|compagne|"
        "altri|altre|prof",
        "nn .. dirlo|dirle|dirgli|dirglielo|raccontarlo|parlarne",
        "roba|faccenda|storia|questione|segreto|cosetta .. tra|fra noi",
        "tra|fra noi due",
        "se .. tua|tuo|tuoi|genitori|qualcuno|qualcun .. scopre|scoprono|scopriva|scoprisse|scoprissero|"
        "sapesse|sapessero|viene_a_sapere|vengono_a_sapere|legge|leggono",
        "non|nn .. far|farlo|farla|farle|farli|fargli .. vedere|leggere .. nessuno|tuoi|mamma|madre|papà|"
        "papa|padre|genitori|altri",
        "inventati|inventa|inventiamo|inventare|inventerai|inventiamoci .. scusa|scuse|bugia|balla|storia|storiella",
        "voglio|vorrei .. che .. tua|tuo|tuoi|genitori|nessuno .. sappia|sappiano|pensi|pensino|scopra|"
        "scoprano|veda|vedano|legga|leggano",
        "bisogno|serve .. dirlo|dirglielo|dirgli|dirle|avvisarli|avvisarla|avvisarlo|disturbarlo|"
        "disturbarla|disturbarli|chiederglielo|chiedere_il_permesso",
        "chat|app|cartella|profilo|account|conversazione .. segreta|segreto|nascosta|nascosto|segrete|nascoste",
        "messaggi|chat|modalità|modalita .. effimeri|temporanei|temporanea|incognito|che_si_cancellano|"
        "autodistruggenti",
        "hai .. cancellato|eliminato|svuotato|cancellata|eliminata .. messaggi|chat|conversazione|tutto|cronologia",
        "dici|digli|dille|diglielo|racconta|raccontagli|raccontale|diremo .. che .. biblioteca|"
        "amica|amico|allenamento|partita|partitella|festa|compagna|compagno|studiare|ripetizioni|squadra",
        "così|cosi|che .. nn|non|nessuno .. ti|ci .. vede|vedono|vedrà|vedra|sente|sentono|scopre|scoprono",
        "disattiva|disattivare|togli|spegni|spegnere|disattivi .. posizione|localizzazione|gps",
        "chiuditi|chiudersi .. a_chiave|in_camera|in_bagno|in_stanza|dentro",
        "nessuno .. deve|dovrà|dovra|può|puo .. sapere|saperlo|scoprire|scoprirlo|vedere|leggere",
        "nessuno .. ci|ti .. disturba|disturberà|disturbera|interrompe|disturbi",
        "ci|ti .. disturba|disturberà|disturbera|interrompe .. nessuno",
        "chiudi|chiuditi .. porta .. cuffie|auricolari",
        "meglio|meglio_che .. non|nn .. dirlo|dirglielo|dirgli|dirle|saperlo|sappiano|sappia|lo_sappiano|lo_sappia|"
        "dire",
        "tieni|tienilo|tienila|tenerlo|tenerla|teniamo|teniamolo|teniamola .. segreto|segreta|nascosto|nascosta",
        "nascondi|nascondilo|nascondila|nascondere|nascondili|nascondile|disinstalla|disinstallala .. chat|messaggi|"
        "conversazione|app|applicazione|telegram|snapchat|foto",
        "se .. chiedono|chiede|domandano|domanda|chiedesse|chiedessero .. dici|digli|dille|rispondi|racconta|di_che",
        "farti|farci|facciamoci|farsi|fatti|non_farti .. sgamare|beccare|scoprire|vedere_insieme",
        "ci|ti .. sgamano|sgama|sgamerebbero|sgamerebbe|beccano|beccassero|scoprissero .. guai|casini|problemi|"
        "finita|morti",
        "salvami|registrami|rinominami|segnami|mettimi|salva_il_mio_numero .. come|con_un_nome|con_il_nome|nome_da|"
        "nome_di|sotto_un_altro",
        "non|nn .. lasciare|lasciamo .. tracce|traccia|prove",
        "cancella|cancellali|cancellala|elimina|eliminali|eliminala .. dopo_aver|appena_letto|dopo_averli_letti|"
        "dopo_averla_letta|dopo_averlo_letto|ogni_sera|ogni_volta",
    ),
    "PARENT_CHECK": (
        _IT_PARENTS + " .. guarda|guardano|controlla|controllano|legge|leggono|vede|vedono|spia|spiano .. "
        "telefono|cell|cellulare|telefonino|tablet|chat|messaggi|pc|computer|ipad",
        _IT_PARENTS + " .. lavora|lavorano|dorme|dormono|esce|escono|torna|tornano|rientra|rientrano",
        "[sei|stai|resti|rimani] da sola|solo ?|a_casa|in_casa|al_campetto|oggi|stasera|adesso|stanotte",
        "chi .. c'è|ce .. a|in casa|con_te",
        "ti|vi .. controllano|controlla",
        "tuoi|mamma|papà|madre|padre|genitori .. sono|è .. al lavoro|a_lavoro|fuori|via ?",
        "resti|rimani|rimarrai|resterai|starai|sarai .. da|tutta|tutto sola|solo",
        "stai|sei|6 .. da|tutta|tutto sola|solo",
        "quando .. sei|6|stai|resti|rimani .. sola|solo",
        "c'è|ce|c'e|ci_sono .. qualcuno|nessuno|qualcun .. casa|te|camera|stanza|lì|li",
        "mamma|madre|papà|papa|padre|genitori|tuoi .. sono|è|e|stanno|sta|staranno|saranno [al|a|in|di|"
        "fuori|via] fuori|via|lavoro|vacanza|cena|ufficio|viaggio|usciti|uscita|uscito|turno|ferie",
        "che_ora|quando|qnd .. tornano|torna|rientrano|rientra|escono|esce|partono|parte .. tuoi|genitori|"
        "mamma|papà|papa|madre|padre",
        "telefono|cell|cellulare|chat|messaggi|tablet .. ce_l'ha|ce_lha|controlla|controllano|legge|"
        "leggono .. tua|tuo|i_tuoi|mamma|madre|papà|papa|padre|genitori",
        _IT_PARENTS + " .. dormono|dorme|dormite|dormiranno .. già|gia|tutti|ora|adesso|?",
        "chi .. usa|controlla|guarda .. telefono|cell|cellulare|tablet",
        "tuoi|genitori|mamma|madre|papà|papa|padre .. sanno|sa|sapere .. che .. parliamo|ci_sentiamo|"
        "ci_scriviamo|chattiamo|ti_scrivo|sentiamo|scriviamo|parli",
        "tuoi|genitori|mamma|madre|papà|papa|padre .. ti_lasciano|ti_lascia|ti_fanno|ti_fa .. uscire|stare|dormire",
        "casa .. c'è|ce|c'e|ci_sono|c'era .. qualcuno|nessuno|tuoi|mamma|papà|papa|genitori|tua_madre|tuo_padre",
        "sanno|conoscono|hanno|sa|conosce|ha .. password|codice|pin|sblocco .. telefono|cellulare|cell|tablet|tuo|tua",
        "ti .. ritirano|tolgono|prendono|sequestrano|ritira|toglie|sequestra .. telefono|cellulare|cell|tablet|pc",
        "tuoi|genitori|mamma|madre|papà|papa|padre .. sanno|sa .. che .. chatti|usi|hai|sei_su|sei_qui|ti_scrivi|"
        "scrivi",
        "quando .. tuoi|genitori|mamma|papà|papa|madre|padre .. escono|partono|vanno_via|dormono|lavorano|fuori|via",
    ),
    "TRUST_FLATTERY": (
        "sei|sei_proprio|sei_davvero speciale|unica|unico|diversa|diverso|matura|maturo|bellissima|stupenda",
        "mia|mio preferita|preferito",
        "vali .. più|di_più",
        "solo io .. ti capisco|capisco",
        "ci capiamo",
        "non ti capisce|capiscono",
        "sei cresciuta|diventata .. signorina|donna|grande",
        "più matura|maturo|grande .. della tua età|delle altre|degli altri",
        "tu mi capisci",
        "nn ti capisce|capiscono|capiscano",
        "nessuno .. ti capisce|ti_capisce_come|ti_conosce_come|ti_ascolta_come",
        "sei|6 .. speciale|specialissima|unica|matura|maturo|maturissima|diversa_dalle_altre",
        "non sei|6 .. come .. altre|altri|ragazze|ragazzine|coetanee|coetanei|bambine",
        "con me .. puoi|potrai|potresti .. parlare|dire|confidarti|sfogarti|essere",
        "sei|6 .. più|piu .. matura|maturo|grande|sveglia|intelligente .. della_tua_età|della_tua_eta|"
        "delle_altre|dei_tuoi_coetanei|delle_tue_coetanee|delle_tue_amiche|dei_ragazzi",
        "ragazza|ragazzo|donna .. matura|maturo|speciale .. come te",
        "più|piu bella|carina|figa|sexy|bona|gnocca .. della|di|del|dell classe|scuola|tutte|squadra|gruppo|mondo|"
        "palestra",
        "non|nn .. ti .. meritano|merita|apprezzano|apprezza|valorizzano|valorizza",
        "sono .. l'unico|lunico|unico|l'unica|lunica|unica .. che .. ti|capisce|capisco|vuole|ascolta|conosce",
        "fidati|fidarti|fidarsi .. di_me|solo_di_me",
        "età|eta|ragazzi|ragazze|ragazzini|ragazzine|coetanei|coetanee|maschi|compagni .. immaturi|immature|"
        "infantili|bambini|bambinetti|sfigati|cretini|stupidi",
        "ti|te .. meriti|meriteresti .. meglio|di_meglio|di_più|di_piu|il_meglio|qualcuno_come|uno_come",
        "sei|ti_stai|si_vede_che|vedo_che .. sviluppata|sviluppando|formata|formando|facendo_donna",
        "buonanotte|notte|sogni_d'oro|sogni_doro .. bellissima|splendore|dolcezza|bambolina|principessa|piccola_mia|"
        "stellina",
        "abbiamo|tra_noi .. feeling|intesa|sintonia|connessione|legame .. speciale|unico|unica|pazzesco|pazzesca|forte",
    ),
    "PLATFORM_MIGRATION": (
        "parlare|parliamo|scrivimi|scrivere|scriviamo|sentiamoci|sentirci|passiamo|andiamo|continuiamo|spostiamoci .. "
        "su|in discord|telegram|whatsapp|snap|snapchat|insta|instagram|signal|privato|dm|wickr|direct",
        "scaricati|scarica|scaricare|installa|installati|metti .. app|discord|telegram|signal|wickr|snap|snapchat",
        "dammi|mandami|passami .. numero|snap|insta|telegram|contatto",
        "meglio|passiamo|scrivimi|andiamo|sentiamoci su|in whatsapp|telegram|snap|snapchat|insta|instagram|signal",
        "aggiungimi|addami|aggiungo|aggiungerti|ti_aggiungo|ti_addo|seguimi .. su|sul|in .. snapchat|snap|"
        "telegram|whatsapp|instagram|insta|discord|kik|signal",
        "hai .. snap|snapchat|telegram|kik|signal|wickr|threema|session ?",
        "chattiamo|chattare|messaggiamoci|scriviamoci|continuiamo|parliamone|sentiamoci .. privato|pvt|"
        "priv|dm|direct|whatsapp|telegram|snap|snapchat|instagram|discord|altrove",
        "qui|qua .. controllano|leggono|moderano|bannano|monitorano|segnalano|vedono",
        "app|applicazione|chat .. più|piu .. sicura|privata|riservata|tranquilla|sicuro",
        "qui|qua .. non|nn .. possiamo|posso .. parlare|scrivere|parlarti|tranquilli",
        "salva|salvati|segnati|memorizza|aggiungi .. mio .. numero|nmr|num|contatto",
        "ce_l'hai|ce_lhai|celhai|ce_lai|ce_l'ai|l'hai|lhai .. whatsapp|wa|telegram|snapchat|snap|instagram|insta|"
        "discord|kik|signal|numero",
        "usiamo|useremo|passiamo_a|usiamo_solo .. telegram|snapchat|snap|signal|whatsapp|discord|kik|wickr|session|"
        "threema",
    ),
    "SEXUAL_CONTENT": (
        "cose .. da grandi|adulti",
        "hai già .. baciato|fatto_l'amore|fatto_sesso|toccato",
        "ti sei .. mai .. toccata|toccato",
        "ti_faccio|ti_farei|farti|facciamo .. massaggio|massaggino|massaggi",
        "taglia .. reggiseno|reggi|seno|intimo|mutandine|coppa",
        "film|video|giochi|cose|foto .. per|da|vietati|vietate .. adulti|grandi|maggiorenni|18|ai_minori",
        "tutte|tutti .. ragazze|le_altre|le_mie|i_ragazzi .. lo_fanno|le_mandano",
        "hai .. ragazzo|fidanzato|fidanzatino|ragazza|fidanzata ?",
        "insegno|insegnarti|insegnerò|insegnero|mostrarti .. baciare|cose_da_grandi|certe_cose|cose_nuove|toccarti|"
        "bacia|baciare_bene",
        "bacio|baci|bacini|bacetto|bacetti|baciarti .. sulla_bocca|in_bocca|con_la_lingua|ovunque|dappertutto|"
        "sul_collo|francese",
        "coccole|coccolarti|coccolare|abbracciarti .. a_letto|nuda|nudi|sotto_le_coperte|tutta|a_letto_insieme",
        "dormire|dormiamo|dormiremmo|dormiremo|dormito .. abbracciati|nudi|nuda|insieme_nudi|stesso_letto|"
        "nello_stesso_letto",
    ),
    "PRESSURE_THREAT": (
        "la|le|lo|li mando|pubblico|giro|inoltro .. tutti|tuoi|gruppo|classe|follower|genitori|scuola|ovunque",
        "la|le|lo tua|tue|tuo foto|video .. vedono|vede|vedrà|vedranno .. tutti",
        "se non .. paghi|mandi|rispondi|trovi|obbedisci",
        "hai tempo fino",
        "se lo dici .. qualcuno|nessuno|tuoi",
        "mi offendo",
        "non .. deludermi|deluderemi",
        "con tutto quello che .. ti ho|fatto|regalato|dato",
        "foto|video|soldi|euro|ricarica|nudes|selfie .. entro #",
        "così|cosi|vedere|sapere|capire|verificare .. che .. sei .. vero|vera|reale|persona|bot",
        "entro # minuti|min|ore|secondi .. altrimenti|sennò|senno|oppure|voglio|mandami|manda|paga|pagami|ricaricami",
        "tempo .. scaduto|sta_finendo",
        "tengo|salvato|salvate .. tue|tuoi .. foto|video|screen|screenshot|nudes|messaggi|chat",
        "o|altrimenti|sennò|senno|oppure|se .. pubblico|diffondo|inoltro|sputtano .. tutto|"
        "ovunque|online|tutte|tutti|foto|video",
        "se|prova_a|provi_a .. blocchi|bloccarmi|bloccato|blocca|bloccata|segnali|segnalarmi",
        "fai|farai|fare .. quello|ciò|cio|tutto|quel .. che .. dico|chiedo|ordino",
        "dopo|con .. tutto .. quello|quel|ciò|cio .. che .. fatto|regalato|dato .. per_te|ti",
        "se .. volessi|amassi|tenessi|ami|vuoi_bene .. bene|lo_faresti|faresti|manderesti|me_la|me_lo|"
        "me_le|mandi|dimostri",
        "ho|tengo .. registrato|registrata|registrazione|screenato|screenshot|screen|salvato|"
        "salvata .. videochiamata|chiamata|cam|webcam|chat",
        "foto|video|registrazione|chat|screen|screenshot .. finisce|finiscono|vanno|andranno|finiranno|girerà|girera|"
        "girano .. online|su_internet|in_giro|ovunque|su_instagram|ai_tuoi|a_scuola",
        "pensavo|credevo|pensavo_che|credevo_che .. fossi .. matura|maturo|diversa|diverso|speciale|intelligente|seria",
        "allora|quindi|vuol_dire_che|significa_che|cioè|cioe .. non|nn .. mi .. vuoi|ami|fidi|tieni",
        "mandala|mandamela|mandamele|mandali|paga|pagami|fallo|falla|rispondi|accendi .. subito|adesso|"
        "ora .. altrimenti|sennò|senno|se_no|oppure",
    ),
    "GIFTS": (
        "te lo|la|li prendo|regalo|compro|pago|ricarico [io]",
        "ti mando|faccio|do .. euro|soldi|ricarica|gemme|robux|nitro|skin|v-bucks|vbucks",
        "ti .. mando|faccio|giro|passo|invio .. paypal|bonifico|postepay|satispay|amazon_pay|soldini",
        "prenderti|prenderei|comprerei|regalarti|comprarti|farti_avere .. iphone|cellulare|telefono|airpods|cuffie|"
        "scarpe|vestito|felpa|trucchi|borsa|console|switch|play",
        "ricarica|soldi|euro|robux|skin|regalo|regalino|vbucks|gemme .. in_cambio|se_mi|se_tu|basta_che",
    ),
    "MEETING_PROPOSAL": (
        "passo .. a_prenderti|prenderti|da_te|a_trovarti",
        "ti passo a prendere",
        "passa|vieni|venire .. da me|a casa mia",
        "ci vediamo .. finalmente|?|sabato|domenica|domani|dopo",
        "solo noi due",
        "sali|vieni|passa .. da me",
        "dimmi .. indirizzo|dove_abiti|dove_stai",
        "ti passo|vengo a prendere",
        "aspetto|aspettami .. alle|al|alla|all'uscita|alluscita|davanti|fuori|sotto|dietro|parcheggio|"
        "fermata|angolo|garage|macchina",
        "lezioni|lezione|allenamento|allenamenti|ripetizioni .. privata|private|privato|privati|extra|"
        "individuale|individuali|a_casa_mia|da_me|gratis",
        "vediamoci|incontriamoci|troviamoci|vederci|incontrarci|vedersi .. segreto|nascosto|soli|sole|"
        "macchina|casa_mia",
        "entra|entri|passa|passi .. dal|dalla|dietro .. garage|retro|cortile|cancello|porta_sul_retro",
        "dormire|dormi|resti|restare|fermarti|fermati .. da_me|a_casa_mia|da_noi",
        "palestra|studio|ufficio|spogliatoio|aula|magazzino .. vuota|vuoto|libera|libero|tutta_per_noi|tutto_per_noi|"
        "non_c'è_nessuno|non_ce_nessuno",
        "quando .. puoi|riesci|potresti .. uscire|scappare|venire|liberarti|passare",
        "stare|restare|stiamo|restiamo|staremo .. soli|da_soli|insieme_da_soli",
        "passaggio|strappo .. io|a_casa|in_macchina|dopo|ti_do|te_lo_do",
        "vieni|venire|passa .. da_sola|sola|da_solo|senza_dirlo|senza_nessuno",
    ),
    "IMAGE_REQUEST": (
        "videochiamata|videochiamiamo|facetime",
        "mandami|mandamene|manda|fammi_vedere|inviami .. foto|fotina|video|selfie",
        "mandamene|mandami|manda|mandane .. una|un vera|vero|foto|selfie",
        "in mutande|boxer|slip|asciugamano|accappatoio|costume|bikini|canottiera|reggiseno|intimo",
        "foto|fotina|selfie|video .. addominali|fisico|corpo|gambe|piedi|pancia|petto|sedere|tette|seno|culo",
        "mi_mandi|mandi|manderesti|invii|invieresti|puoi_mandare|potresti_mandare|puoi_mandarmi|"
        "potresti_mandarmi|mandarmi .. foto|fotina|fotine|selfie|video|videino",
        "foto|fotina|selfie|video|videino .. allo_specchio|specchio|in_camera|in_bagno|a_letto|sul_letto|"
        "appena_sveglia|in_doccia|dopo_la_doccia|in_accappatoio",
        "entra|entri|vieni|collegati|connettiti|accendi .. in|su .. cam|webcam|videochiamata|chiamata|call|live|"
        "diretta",
        "provalo|provala|provali|provale|mettilo|mettila|indossalo|indossala .. e .. foto|mandami|fotina|selfie|video",
        "cosa|che|cs .. porti|indossi|metti|hai .. sotto|addosso|pigiama",
    ),
    "AGE_PROBING": (
        "che|di_che anno sei ?",
        "quanti|qnt|qnti anni .. hai|ai|ha|c'hai|ciai|avete",
        "che|quale età|eta .. hai|ai|ha|c'hai",
        "che|quale classe .. fai|frequenti|sei|vai",
        "sei|6 .. maggiorenne|minorenne",
        "che|quale anno .. nata|nato ?",
        "vai|fai|frequenti .. medie|elementari|superiori|liceo ?",
        "quanti|qnt .. compi|compirai|ne_compi",
        "anno|data .. di nascita ?",
    ),
}
