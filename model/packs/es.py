"""Spanish (es) indicator pack: the phrases of the ten categories, the words too common to anchor one, and the
ages and child cues of Spanish chat (Spain and Latin America).

Phrases are written in Spanish letters and respelt to normalised text when the pack is loaded
(`model.packs`). They cover tú, vos (voseo: "tenés", "mandame", "pasá") and usted, and the spellings people
actually type online: dropped accents and inverted question marks ("cuantos anos tienes", "q edad tenes"),
SMS spellings (q, k, ke, xq, pq, x for "por", d for "de", toy for "estoy", kieres, aver, haber for "a ver"),
chat abbreviations (tb, tmb, tqm, xfa, porfa, msj, md, priv, wsp, wpp, insta, cel, celu) and regional words
(papás/viejos for parents, plata/lana/pasta for money, cole/insti/secu/prepa for school, pack for a set of
nudes, diamantes/pavos for game currency). The spellings come from general knowledge of Spanish-language
forums, gaming chat and messaging, and from published descriptions of online grooming and sextortion
(awareness material of child-protection bodies, police and schools); no conversation data was used.

Normalisation quirks that the phrases follow: the English chat abbreviations are expanded in every
language, so "y" is "why", "ya" is "you", "k" is "ok", "mamá"/"ma" are "mom", "da" is "the", "u" is "you",
"cam" is "webcam", "cel" is "cell", "num" is "number", "snap" is "snapchat" (respelling does this to the
phrases too); numbers glued to letters go through leet decoding, so "13años" is "ieanos" and "1ro" is
"iro" (the school-year and age forms below spell those out).
"""

from __future__ import annotations

LANGUAGE = "es"

# --- word lists used in several phrases (pattern-language alternatives) --------------------------------

_TUS = "tus|tu|su|sus"
# Parents and family: every word is a usable anchor ("mamá" is normalised "mom").
_PADRE = (
    "papás|padres|mamá|mami|papá|papi|madre|padre|viejos|vieja|viejo|familia|padrastro|madrastra|abuela|"
    "abuelo|abuelos|hermano|hermana|hermanos|tía|tío|tíos"
)
_APPS = (
    "whatsapp|whatsap|watsap|watsapp|wasap|guasap|wasa|wsp|wpp|wapp|whats|wats|telegram|discord|snapchat|snap|"
    "instagram|insta|ig|tiktok|facebook|face|messenger|skype|signal|kik|twitter|line|facetime|threads|hangouts"
)
_CONTACT = (
    f"{_APPS}|número|numero|num|number|cel|celular|celu|teléfono|telefono|tel|tlf|telf|móvil|movil|correo|mail|"
    "email|gmail|usuario"
)
_PIC = (
    "foto|fotos|fotito|fotitos|photo|photos|pic|pics|picture|pictures|selfie|selfies|video|videos|vídeo|vid|"
    "nudes|nude|imagen|imágenes|webcam|cam|pack|packs"
)
_BODY = (
    "tetas|tetitas|pechos|pechitos|chichis|bubis|senos|pezones|vagina|vulva|pene|verga|polla|cuca|chocho|panocha|"
    "clítoris|culo|culito|nalgas|nalguitas|trasero|cola|colita|cuerpo|cuerpito|piernas|abdomen|ombligo|partes"
)
_CLOTHES = (
    "ropa|calzones|calzón|calzoncitos|bragas|braguitas|tanga|tangas|brasier|bra|sostén|sujetador|lencería|bikini|"
    "pijama|pijamita|blusa|camiseta|playera|remera|polera|pantalón|falda|short|shorts|chones|pantaletas|bóxer"
)
_SEND = (
    "manda|mándame|mándamela|mándamelas|mandas|mandes|mandarme|mándale|mandá|envía|envíame|envíamela|envías|"
    "envíes|enviarme|enviá|pasa|pásame|pásamela|pasas|pases|pasarme|pasá|regálame|muéstrame|mostrame|enséñame|"
    "mostrá|manda_me|m_mandas|m_pasas|aver"
)

PHRASES: dict[str, tuple[str, ...]] = {
    "AGE_PROBING": (
        "cuántos|cuantos|cuantas|cuántas años|anos|anios|añitos tienes|tenés|tenes|tienen|?",
        "cuántos|cuantos años|anos|anios tiene usted|?",
        "cuántos|cuantos años|anos|anios tú|tu|vos|usted ?",
        "qué|que|q|ke|qe|k|ok edad tienes|tenés|tenes|tienen|?",
        "qué|que|q|ke|qe|k|ok edad tiene usted|?",
        "cuál|cual|q|qué|que es tu|su edad",
        "tu|su edad ?",
        "edad ?",
        "de qué|que|q año|ano eres|sos|es",
        "en qué|que|q año|ano naciste|nació|nacio|naciste",
        "en qué|que|q curso|grado|año|ano|clase estás|estas|vas|andas|está|tas",
        "qué|que|q curso|grado haces|cursas|estudias|tienes|vas",
        "vas|estás|estas|sigues|seguís|andas|estudias al|en|a [el|la] cole|colegio|escuela|insti|instituto|"
        "secundaria|secu|prepa|primaria|liceo",
        "eres|sos|es_usted mayor|menor de edad",
        "eres|sos|es_usted menor ?",
        "eres|sos mayor ?",
        "tienes|tenés|tenes más|mas|menos de 18|16|15|dieciocho",
        "tienes|tenés|tenes # años|anos ?",
        "tienes|tenés|tenes # ?",
        "verdad|enserio|serio tienes|tenés|tenes #",
        "chico|chica|niño|niña|hombre|mujer|hombre o|u mujer|chica|chico|niña|niño|hombre",
        "h o|u m",
        "eres|sos chico|chica|niño|niña|nena|nene|hombre|mujer|una|un ?",
        "eres|sos una|un chica|chico|niña|niño|nena|nene ?",
        "de dónde|donde eres|sos|es|vienes|venís",
        "dónde|donde|dnd|onde vives|vivís|vivis|vive|viven|queda_tu_casa",
        "en qué|que|q ciudad|país|pais|parte|zona|barrio|estado|provincia|lado vives|vivís|vivis|estás|estas",
        "de qué|que|q ciudad|país|pais|parte|zona|estado|provincia eres|sos",
        "edad sexo",
        "asl",
        "a|en|al qué|que|q|ke cole|colegio|escuela|insti|instituto|liceo|prepa|secu|secundaria|primaria vas|vás|"
        "estás|estas|estudias|andas|asistes|tas|?",
    ),
    "PARENT_CHECK": (
        f"{_TUS} {_PADRE} están|estan|está|esta en|ahí|aquí|contigo|despiertos|despierta|despierto|dormidos|dormida|"
        "dormido|trabajando|afuera|fuera|?",
        f"están|estan|está|esta {_TUS} {_PADRE} ?|en|ahí|contigo",
        f"dónde|donde están|estan|está|esta {_TUS} {_PADRE}",
        f"{_TUS} {_PADRE} ya|you se fueron|salieron|se_fueron|llegaron|durmieron|se_durmieron|se_acostaron",
        f"{_TUS} {_PADRE} se fueron|van|va|acuestan|acuesta|duermen",
        f"{_TUS} {_PADRE} llegan|llega|vuelven|vuelve|regresan|regresa|salen|sale cuándo|cuando|?",
        "a|á qué|que|q hora llegan|llega|vuelven|vuelve|regresan|regresa|salen|sale|se_van|se_va|se_duermen|"
        f"se_duerme {_TUS}",
        f"{_TUS} {_PADRE} trabajan|trabaja|duermen|duerme ?|hoy|de|hasta|todo|tarde|mañana",
        f"{_TUS} {_PADRE} revisan|revisa|leen|lee|checan|checa|vigilan|vigila|controlan|controla|espían|espía",
        f"{_TUS} {_PADRE} saben|sabe|sabrán|sabrían|se_enteran|se_entera que|de|lo|esto",
        f"{_TUS} {_PADRE} te dejan|deja|permiten|permite|revisan|revisa|vigilan|controlan",
        f"{_TUS} {_PADRE} son|es [muy|super|re|bien] estrictos|estricta|estricto|controladores|controladora|pesados|"
        "pesada",
        f"{_TUS} {_PADRE} no están|estan|está|esta|vienen|viene|llegan|llega",
        "estás|estas|tas|stas|está|esta sola|solita|solito|solo ?|en|ahora|ahorita|hoy|esta|este|todo",
        "sola|solita|solito|solo en casa|tu_casa|tu_cuarto|tu_habitación|tu_pieza",
        "hay alguien|nadie contigo|más|mas|en_tu_casa|en_casa|en_tu_cuarto|cerca",
        "alguien más|mas en|contigo tu|casa|?",
        "quién|quien está|esta|hay|vive en tu casa|contigo",
        "quién|quien está|esta|anda contigo",
        "con quién|quien vives|vivís|vivis|vive|duermes|estás|estas",
        "tienes|tenés|tenes tu|un|una propio|propia cel|celular|teléfono|telefono|móvil|movil|cuarto|habitación|"
        "compu|computadora|laptop|pieza",
        "tienes|tenés|tenes cel|celular|teléfono|telefono|móvil|movil|cuarto|habitación|compu|pieza propio|propia",
        "el|ese|este cel|celular|teléfono|telefono|móvil|movil|compu es tuyo|tuya|tu_propio",
        "duermes|dormís|dormis sola|solita|solo|en_tu_cuarto",
        "puedes|podés|podes salir sin|a|de|en permiso|escondidas|noche|la_noche",
        "te dejan|deja salir sola|solita|de_noche|en_la_noche|hasta_tarde",
        "alguien revisa|lee|ve|checa|vigila tu|tus cel|celular|mensajes|teléfono|telefono|chats|móvil|movil",
        f"{_TUS} {_PADRE} [ya|todavía|todavia|aún|aun|no] están|estan|está|esta|siguen|sigue dormidos|dormidas|"
        "dormida|dormido|despiertos|despierta|despierto|acostados|acostada|acostado|en_casa|fuera|afuera|trabajando|"
        "de_viaje",
        f"{_TUS} {_PADRE} [ya|todavía|todavia|no] se durmió|durmio|durmieron|acostó|acosto|acostaron|fue|fueron|"
        "quedó_dormida|quedo_dormida|quedó_dormido|quedaron_dormidos",
        f"{_TUS} {_PADRE} no te dicen|dice|regañan|regaña|controlan|controla|revisan|revisa|vigilan|vigila|preguntan|"
        "pregunta nada|?|con_quién|con_quien|qué_haces|que_haces",
        f"{_TUS} {_PADRE} [te] miran|mira|ven|ve|tocan|toca|cogen|coge|agarran|agarra|usan|usa|leen|lee|revisan|"
        "revisa|checan|checa|controlan|controla|vigilan|vigila [tus|tu|el|los] mensajes|chats|cel|celular|celu|móvil|"
        "movil|teléfono|telefono|whatsapp|wsp|conversaciones|compu|tablet",
        f"lo|los|te revisa|revisan|mira|miran|lee|leen|checa|checan|controla|controlan|vigila|vigilan {_TUS}|ellos|"
        f"ellas|ella|alguien [{_PADRE}] ?",
        "alguien|nadie|quién|quien [más|mas] [te] revisa|lee|mira|checa|vigila|controla|toca|coge|agarra|usa el|tu|"
        "tus móvil|"
        "movil|cel|celular|celu|mensajes|chats|teléfono|telefono|whatsapp|wsp|compu|tablet|conversaciones",
        "controlada|controlado|vigilada|vigilado|atada|atado|encerrada|encerrado te tienen|tienen",
        "te tienen [muy|re|súper|super|bien|tan|demasiado|bastante] controlada|controlado|vigilada|vigilado|atada|"
        "atado|encerrada|encerrado",
    ),
    "SECRECY": (
        "no [le|les|se_lo|se_los|se_las|lo|la|me] digas|cuentes|muestres|enseñes|digás|contés|comentes|digan [nada] "
        "a|á nadie",
        "no [le|les|se_lo|se_los|se_las|lo|la] digas|cuentes|muestres|enseñes|digás|contés|comentes [nada|esto|eso] "
        f"a|á {_TUS}",
        "no digas|digás|cuentes|contés|comentes nada",
        "nuestro|nuestra secreto|secretito",
        "es|será|sera|queda un|como secreto|secretito entre",
        "entre nosotros|nosotras|tú_y_yo|vos_y_yo|usted_y_yo|los_dos",
        "que|q|k|ke quede|queda entre",
        "guárdalo|guárdatelo|guárdame|guardá|guarda|guardar|guardes el|en|este|nuestro secreto",
        "borra|borrá|borres|borrar|borrás|elimina|eliminá|elimines|eliminar|vacía|vacia [el|los|la|las|todo|todos|"
        "nuestros|nuestras|este|esta|estos|estas|tus|nuestro|nuestra] chat|chats|mensajes|mensaje|msj|msjs|"
        "mensajitos|conversación|conversaciones|conver|historial|conversa|convo",
        "nadie tiene|tendría|tendria|debe|debería|deberia|puede|necesita que|de saber|saberlo|enterarse|enterar",
        "nadie debe|debería|deberia|puede|va saber|saberlo|enterarse",
        "nadie se va|tiene a|que enterar|enterarse",
        "nadie lo sabrá|sabra|va|sabe|tiene|sabrá",
        "nadie va a saber|enterarse|saberlo",
        f"si {_TUS} {_PADRE} se|lo|te entera|enteran|sabe|saben|ve|ven|descubre|descubren|pilla|pillan|cacha|cachan",
        "si alguien se|lo entera|enteran|sabe|descubre",
        "ir|voy|iría|iria|irías|terminar|acabar|terminaría a|en la cárcel|prisión|cana|tanque|bote",
        "meter|meten|metan|meterían|meterian preso|presa|en_la_cárcel|en_cana",
        "meterme|meternos|meterte|metería|meteria|meteríamos en problemas|líos|lios",
        "eres|sos|es_usted [un|una] policía|policia|poli|cana|tira|fed|agente|paco|madero",
        "no eres|sos [un|una] policía|policia|poli|cana|tira|paco|madero",
        "es una|un trampa|cebo|montaje",
        "no [le|lo|se_lo|les] diré|dire|contaré|contare nada|a|á",
        "yo no|tampoco diré|dire|contaré|contare|digo nada",
        "a escondidas|escondidillas",
        f"sin que [{_TUS}] [{_PADRE}|nadie|alguien] [se|lo|te|nos] entere|enteren|sepa|sepan|vea|vean|den|dé|pillen|"
        "cachen",
        "en secreto",
        "mensajes temporales|efímeros|efimeros",
        "no hace|hacía|hacia falta|necesidad decirle|decirles|contarle|contarles|molestarla|molestarlo|molestarlos|"
        "preguntarle|preguntarles|avisarle|avisarles|pedirle|pedirles|pedir_permiso|que_lo_sepa|que_lo_sepan|"
        "que_se_entere|que_se_enteren|decírselo|contárselo|decirselo|contarselo",
        "nadie tiene|tendría|tendria|necesita|debe|debería|deberia [por|xq|porque|pq|porq|x] [qué|que|q|de] saberlo|"
        "enterarse|enterar",
        "no hace|hacía|hacia falta que|q [se|le|les] [lo|la] digas|cuentes|comentes|diga|cuente|sepa|sepan|entere|"
        "enteren",
        "ni|ninguna una|media palabra a|á|de",
        f"que|q no se entere|enteren nadie|tu|tus|{_PADRE}",
        "no tienes|tenés|tenes|necesitas que|q|de decirle|decirles|contarle|contarles|decírselo|contárselo|decirselo|"
        "contarselo nada|a|á",
        f"{_PADRE}|nadie|ellos|ella|ellas no tiene|tienen|necesita|necesitan|debe|deben|tendría|tendrían|tendria|"
        "tendrian [por|xq|porque|pq|porq|x] [qué|que|q|de] saberlo|saber_nada|saber_esto|saber_eso|enterarse|enterar|"
        "enterarte",
        "[le|les] dices|dirás|diras|decís|decis|dile|diles|decile|deciles|decirle|decirles|dígale|digales [a] [tu|tus|"
        f"su] [{_PADRE}] que|q|k|ke duermes|dormís|dormis|te_quedas_en|te_quedas_a_dormir|te_quedaste|estabas|ibas|"
        "fuiste|"
        "vas_a_dormir|estás_en_casa_de|estas_en_casa_de|estás_con_una_amiga|estas_con_una_amiga",
        "se lo|la|los|las decimos|contamos|diremos|contaremos después|"
        "despues|luego|más_tarde|mas_tarde|otro_día|otro_dia",
        "no [se] [le|les|lo|la|los|las] comentes|cuentes|digas|enseñes|muestres|digás|contés [nada] [esto|eso] a|á "
        "los|las demás|demas|otros|otras|compañeros|compañeras|compis",
        "nadie se enterará|enterara|enteraría|enteraria|dará_cuenta|dara_cuenta",
        "no se entera|enterará|enterara|enterarán|enteraran nadie|ni",
        "no se va|van|iba|iban a enterar|enterarse",
        "ni se te ocurra contarlo|decirlo|contarle|decirle|contárselo|decírselo|contarselo|decirselo|contar|decir|"
        "hablar|denunciar|chivarte",
        f"si [se|le|les] [lo|la|los] cuentas|dices|contás|decís|comentas|cuentes|digas|chivas a|á [tus|tu] [{_PADRE}] "
        "[o|ni] [a] nadie|alguien|la_policía|la_policia|la_poli|los_demás|policía|policia",
        "mensajes|msjs|msj|chats|fotos|mensajitos q|que|k se autodestruyen|autodestruyan|borran|borren|eliminan|"
        "eliminen|desaparecen|desaparezcan|autoeliminan",
        "chat|modo secreto|incógnito|incognito|temporal|efímero|efimero",
        "guárdame|guardame|agéndame|agendame|ponme|regístrame|registrame|guárdalo|guardalo|agéndalo|agendalo con|como "
        "[otro|el|un] nombre|nombre_de_chica|nombre_falso|otro_nombre",
        f"sin decir|contar|avisar|decirle|decirles|contarle|contarles [nada] en|a|á casa|nadie|{_TUS}",
    ),
    "TRUST_FLATTERY": (
        "madura|maduro|maduras|maduros para tu|su edad",
        "eres|sos|estás|estas|tas [muy|tan|re|super|bien|bastante|demasiado|súper|mui|mu] madura|maduro|especial|"
        "diferente|linda|lindo|hermosa|hermoso|preciosa|precioso|bonita|bonito|guapa|guapo|bella|bello|bellísima|"
        "divina|sexy|buenota|mamacita|chula|hermosura|guapísima|lindísima|preciosura|bombón",
        "estás|estas|tas|stas bien|re|muy|super buena|rica|sabrosa|buenota",
        "qué|que|q|k|ok|ke linda|lindo|hermosa|hermoso|bonita|guapa|guapo|preciosa|bella|sexy|buena|rica eres|estás|"
        "estas|sos|te_ves",
        "te ves|veías|veias [muy|re|super|tan|bien|más|mas|mui] mayor|grande|madura|linda|hermosa|preciosa|sexy|"
        "guapa|bonita|buena",
        "pareces|aparentas|parecés mayor|más|mas|grande|de_más|madura",
        "aparentas|aparentás",
        "mi princesa|reina|muñeca|muñequita|preciosa|hermosa|nena|bombón|mamacita|chiquita|hermosura|bebé|bebita",
        "hola|hey|holi|holis|buenas|ola [mi] hermosa|preciosa|guapa|bonita|linda|bella|princesa|reina|muñeca|bebé|"
        "nena|sexy|mamacita|chiquita|hermosura|guapetona",
        "te entiendo|comprendo",
        "solo|sólo|nomás|nomas yo te|la entiendo|comprendo|quiero|conozco",
        "nadie te entiende|comprende|quiere|valora|conoce",
        f"{_TUS} {_PADRE} no te entienden|entiende|comprenden|comprende|valoran|valora|quieren|quiere",
        "puedes|podés|podes contarme|decirme|confiarme|contar|decir lo|cualquier|todo|lo_que",
        "confía|confiá|confíe|confía en mí|mi",
        "puedes|podés|podes confiar en mí|mi",
        "te amo|adoro",
        "te extraño|extrañé|extrañaba",
        "echo de menos",
        "pienso|pensando|pensaba|pensé en ti|vos",
        "sueño|soñé|soñaba contigo",
        "eres|sos [muy] diferente|distinta|distinto a|de las|los|otras|otros",
        "no eres|sos como las|los|otras|otros demás|demas|otras|chicas|niñas",
        "la edad es|solo|sólo|no solo|sólo|es|importa|nomás un|número|numero|importa",
        "edad no importa|es_importante|significa",
        "solo|sólo|nomás|nomas un número|numero",
        "estoy|estaré|estare|estaría siempre|ahí para ti|vos",
        "siempre estaré|estare|voy_a_estar contigo|para",
        "eres|sos la|el única|único que|para",
        "me encantas|fascinas",
        "me gustas mucho|muchísimo|demasiado|un_montón",
        "hombres|chicos|tipos mayores|más_grandes",
        "la|el más|mas guapa|guapo|linda|lindo|bonita|bonito|preciosa|precioso|hermosa|hermoso|bella|bello|sexy|"
        "madura|maduro",
        "qué|que|q|k|ke|ok responsable|madura|maduro|adulta|adulto|especial eres|sos|te_ves",
        "no como los|las|otros|otras [chicas|chicos|niñas|niños|crías|crios] de tu|su edad|clase|curso",
        "más|mas madura|maduro|madurita|adulta|adulto que|q|k|ke",
        "soy de confianza|fiar",
        "puedes|podés|podes|puede contar conmigo",
        "cuenta|contá|cuentas conmigo",
        "me pareciste|pareces|parecés|parecías|parecias [muy|tan|re|super|súper|bien] mono|mona|guapa|guapo|linda|"
        "lindo|bonita|bonito|preciosa|precioso|hermosa|hermoso|majo|maja|cuqui|sexy|madura",
        "eres|sos|estás|estas [muy|tan|re|super|súper|bien|mu|mui] mono|mona|monísima|monisima|majo|maja|cuqui|"
        "guapísimo|lindísimo",
        "podrías|podrias|puedes|podés|deberías|deberias ser modelo|influencer|actriz",
        "tus|tu fotos|foto|videos|video|vídeos|bailes|baile son|es|están|estan|está|esta [muy|re|super|tan] "
        "increíbles|increibles|preciosas|preciosa|hermosas|hermosa|geniales|genial|perfectas|perfecta|lindas|linda|"
        "bonitas|bonita",
        "importa|importan|importaría|importaria la|tu|mi|nuestra|los edad|años",
        "da igual la|tu edad",
        "el amor no tiene|conoce edad|edades",
        "hablas|piensas|actúas|actuas|escribes|pareces como una|un persona|mujer|chica|chico|hombre mayor|adulta|"
        "adulto|"
        "grande|madura|maduro|de",
        "conectamos mucho|muy_bien|tanto|genial|super_bien|un_montón|increíble",
        "tenemos|hay mucha|tanta|una conexión|conexion|química|quimica",
        "eres|sos mi favorita|favorito|preferida|preferido|consentida|consentido",
        "ser|seas|serías|serias|sé|se mi novia|novio|noviecita|chica|chava|morra|polola|piba|enamorada",
        "tener amigos|amigas|novio|novios|novia mayores|más_grandes|mas_grandes|adultos",
    ),
    "GIFTS": (
        "te compro|compraré|regalo|regalaré|regalo|doy|daré|consigo|conseguiré lo|algo|un|una|unos|unas|el|la|todo|"
        "ropa|cel|celular|robux|pavos|diamantes|skins|regalos",
        "te voy|puedo|podría|quiero [a] comprar|regalar|pagar",
        "comprarte|regalarte",
        "que|q|k|ke|ok te regale|compre|regalo|compro|mande algo|un|una|unos|unas|lo|robux|dinero|plata|ropa|skins|"
        "diamantes|pavos",
        "te mando|paso|doy|deposito|envío|transfiero|regalo|pongo|recargo|cargo|mandaré|pasaré|daré [un|una|unos|"
        "unas|algo_de|más|mas|mucho|mucha|tu] dinero|plata|lana|pasta|feria|billete|guita|money|saldo|recarga|robux|"
        "pavos|diamantes|vbucks|skins|gemas|monedas|nitro|pase",
        "regalo|regalos|regalito|regalitos|sorpresa para ti|vos|usted",
        "tarjeta|tarjetas regalo|de_regalo|google|itunes|steam|psn|xbox|nintendo|amazon|paysafecard|prepago|play",
        "paysafecard|psc",
        "diamantes|pavos|skins|gemas|monedas|robux|vbucks|paquetes gratis|gratuitos|regalados|free",
        "dinero|plata|lana|pasta fácil|rápido|rapida|rápida",
        "ganar dinero|plata|lana|pasta fácil|rápido|fácilmente",
        "te llevo de compras|shopping",
        "te consiento|consentiré|consentire|mimaré",
        "te doy|compro|regalo|daré|compraré lo que quieras|pidas|necesites",
        "lo que quieras te|yo lo compro|doy|regalo",
        "fumas|bebes ?",
        "tomas|bebes|fumas alcohol|cerveza|chelas|birra|vodka|mota|porro|porros|marihuana|cigarros|vape",
        "te traigo|compro|invito|consigo|llevo|paso [unas|un|una|algo_de|de] alcohol|cerveza|cervezas|chelas|birras|"
        "vodka|tequila|mota|porro|porros|marihuana|hierba|cigarros|cigarrillos|vape|vaper",
        "quieres|querés|quiere [unos|unas|algo_de|un|una|más|mas] robux|pavos|diamantes|vbucks|skins|dinero|plata|"
        "regalos|regalo|alcohol|cerveza|mota|chelas|gemas|monedas",
        "te hago una|un recarga|regalo",
        "pagarte|pagar tu|el celular|cel|saldo|recarga|plan|ropa",
        "te|le paso|mando|doy|regalo|pongo|cargo|compro|recargo|envío|envio|transfiero|pago|daré|dare|pasaré|pasare|"
        "mandaré|mandare|deposito # pavos|robux|diamantes|vbucks|gemas|monedas|euros|euro|pesos|dólares|dolares|soles|"
        "lucas|para|pa|skins",
        "para|pa q|que|k te compres|compras|pilles|regales algo|lo|ropa|un|una|unos|unas",
        "te he|ha|hemos|había|habia puesto|recargado|mandado|pasado|cargado|regalado|comprado|dado|enviado|"
        "transferido|ingresado [#] [de] saldo|recarga|crédito|credito|dinero|plata|robux|pavos|diamantes|vbucks|skins|"
        "skin|regalo|regalito",
        "de regalo|regalito",
        "compro|traigo|llevo|pillo|consigo|compramos|traemos [unas|unos|un|una|algo_de|de] cervezas|cerveza|birras|"
        "birra|chelas|vodka|alcohol|porros|porro|tabaco|vapers|vaper|vapes|vape|cigarros|ron|whisky|botella",
        "te recargo|recargaré|recargare|cargo|cargaré el|tu|de cel|celular|celu|móvil|movil|teléfono|telefono|saldo|"
        "crédito|credito|datos|megas",
        "te pongo|pondré|pondre|meto|meteré saldo|datos|megas|crédito|credito|recarga",
    ),
    "IMAGE_REQUEST": (
        f"{_SEND} [una|un|unas|unos|tu|tus|alguna|algun|otra|otro|más|mas|1|2|dos|una_foto|un_video] {_PIC}",
        f"{_SEND} [una|un|unas|unos] fotito|fotitos|foto|fotos|video|selfie tuya|tuyas|tuyo|tuyos|de_ti|de_vos",
        f"{_PIC} tuya|tuyas|tuyo|tuyos|de_ti|de_vos|de_usted|de_tu_cuerpo",
        f"{_PIC} de|del tu|tus {_BODY}|{_CLOTHES}",
        f"{_PIC} sexy|sexys|hot|desnuda|desnudas|desnudo|íntima|íntimas|atrevida|atrevidas|picante|picantes|sin|"
        "en_ropa_interior|en_bikini|en_calzones|en_tanga|privada|privadas",
        "tienes|tenés|tenes|tiene_usted [una|unas|alguna|algunas|más|mas] fotos|foto|fotito|fotitos|pack|video|"
        "videos|nudes|selfies ?|tuyas|tuya|de_ti|sin|en",
        "muéstrame|mostrame|enséñame|muestra|enseña|mostrá|déjame_ver|quiero_ver|a_ver|aver [tu|tus|el|los|la|las|"
        f"un_poco|más] {_BODY}|{_CLOTHES}|carita|cara",
        "verte desnuda|desnudo|sin|toda|completa|en_ropa_interior|en_bikini|por_cámara|en_cam",
        f"ver tu|tus {_BODY}|{_CLOTHES}",
        "prende|prendé|enciende|encendé|pon|poné|abre|abrí|activa|activá|prender|encender|abrir|poner tu|la|el "
        "cámara|cam|webcam",
        "videollamada|videollamadas|facetime",
        "video llamada|llamada",
        "por|en cámara|webcam ?",
        "qué|que|q|ke|ok llevas|tienes|traes|traés|tenés puesto|puesta|puestos",
        "cómo|como estás|estas|andas vestida|vestido",
        "ropa interior",
        "en|tu|tus calzones|calzón|bragas|tanga|tangas|brasier|bra|sostén|sujetador|lencería|bikini|pijamita|chones|"
        "pantaletas",
        "quítate|sácate|quitarte|sacarte|quitate|sacate|quitá|sacá la|el|tu|tus|los|las ropa|blusa|camiseta|playera|"
        "remera|polera|pantalón|falda|short|calzones|bragas|brasier|bra|sostén|sujetador|tanga|camisa",
        "tómate|sácate|hazte|tomate|sacate [una|un|unas] foto|fotos|selfie|video",
        f"{_SEND}|vendes|vende|tienes|tenés|hay el|tu|un|ese pack|packs",
        "tu|tus|el pack|packs",
        "una|unas|otra foto|fotos|fotito de|del cuerpo|cuerpo_entero",
        "hazme|házme|haceme|hacéme|grábame|grabame|grábate|grabate|grabarte|hacerme|grábanos [un|una|unos|unas|otro|"
        f"otra|más|mas|1] {_PIC}|videíto|videito|fotito|baile|tiktok",
        "tienes|tenés|tenes [una|un|el|la] [tablet|móvil|movil|cel|celular|compu|portátil|portatil|ordenador|"
        "computadora] [con] cámara|camara|cam|webcam",
    ),
    "PLATFORM_MIGRATION": (
        "agrégame|añádeme|agrega|agregá|añade|sígueme|seguime|agregarme|añadirme|agregame|añademe [a|al|en|por|mi] "
        f"{_APPS}",
        f"tienes|tenés|tenes|tiene|usas|usás [un|una] {_APPS} ?",
        f"tienes|tenés|tenes|usas {_APPS}|número|numero|cel|celular|celu",
        f"cuál|cual|q|qué|que|k|ok es tu|su {_CONTACT}",
        "dame|dámelo|pásame|pasa|pasá|mándame|manda|envíame|regálame|compárteme|déjame|escribe|escríbeme|pasame|dame "
        f"tu|su {_CONTACT}",
        f"me das|pasas|mandas|compartes|dejas|das|pasás|mandás tu|su {_CONTACT}",
        f"te paso|doy|mando|dejo|envío mi {_CONTACT}",
        f"mi {_APPS} es",
        "hablemos|hablamos|hablar|seguimos|sigamos|pasemos|vamos|vámonos|escríbeme|escribime|háblame|hablame|seguir|"
        f"habla|escribe por|en|a|al|x {_APPS}|privado|priv|md|pm",
        "por|al|en privado|priv|md|pm ?",
        "mejor|seguimos|sigamos|hablamos|hablemos|vamos|vente|pásate|pasate|ven por|al|en privado|priv|md|pm|inbox",
        "escríbeme|escribime|háblame|hablame|mándame|escribeme un|al|por md|pm|privado|priv|mensaje_privado|inbox",
        "mensaje privado|directo",
        f"te llamo|marco|escribo|hablo por|al|en {_APPS}|cel|celular|teléfono|telefono|videollamada",
        f"descarga|descargá|descárgate|baja|bájate|instala|instalá|instálate|descargar|instalar {_APPS}|la_app|"
        "la_aplicación|esta_app",
        "en|por|a otra|otras app|aplicación|plataforma|red|red_social",
        "app|aplicación más|mas segura|privada|discreta",
        f"estás|estas|tás|tas en {_APPS}",
        "mi número|numero|cel|celular es",
        "pasamos|pasemos|pásate|pasate|nos_pasamos|cambiamos|cambiemos|movemos|movámonos|pasá a|al|por|en|x [mi|tu] "
        f"{_APPS}|privado|priv|md|pm",
        "mándame|mandame|envíame|enviame|escríbeme|escribeme|déjame|dejame [un] mensaje|msj|mensajito|md|dm por|al|en|"
        "a "
        f"[mi] {_APPS}",
        f"{_APPS} privado|privada|priv|md|pm|directo",
        f"pero|mejor por|en|x {_APPS}",
        "por|x aquí|aqui|acá|aca no podemos|puedo|se_puede|podemos_hablar hablar|escribir|hablamos",
        "aquí|aqui|acá|aca se borran|leen|ven|revisan|vigilan|moderan|controlan|graban",
        "es|será|sera más|mas cómodo|comodo|fácil|facil|seguro|tranquilo|privado|rápido|rapido que|q|k la|el|por "
        "plataforma|aquí|aqui|app|aplicación",
        "grupo|chat|canal|servidor|server privado|privada|secreto|secreta|vip",
    ),
    "MEETING_PROPOSAL": (
        "podemos|podríamos|deberíamos|quieres|querés|quiere vernos|conocernos|juntarnos|quedar|encontrarnos|salir",
        "cuándo|cuando|dónde|donde nos vemos|veremos|juntamos|encontramos|conocemos|podemos_ver",
        "vernos|conocernos|encontrarnos|juntarnos|quedar en|a|cara|solos|solitos|pronto|irl|in_real_life persona|"
        "solas|a|secreto",
        "verte|conocerte en|a|cara|irl|in_real_life persona|solas|a|vivo",
        "quieres|querés que|q nos veamos|juntemos|conozcamos|encontremos",
        "te paso|voy|vengo|vamos|pasaré|iré a buscar|recoger|traer",
        "te recojo|recogeré|recogere",
        "paso|pasaré|pasare por ti|vos",
        "ven|vení|vente|venite|venga a mi casa|depa|departamento|cuarto|apartamento|piso|hotel|carro|coche|auto|casita",
        "voy|iré|ir|paso|pasaré|llego a|por tu casa|depa|cuarto|departamento",
        "cuál|cual|q|qué|que|ok es tu|su dirección|ubicación|direccion|domicilio",
        "pásame|pasame|dame|mándame|mandame|pasá|envíame tu|su dirección|ubicación|direccion|domicilio|ubicacion",
        "tu|su dirección|direccion|ubicación|ubicacion ?",
        "dónde|donde queda|está|esta tu casa|escuela|colegio|cole|insti|secundaria|prepa",
        "a cuánto|cuanto vives|vivís|estás|queda|tiempo",
        "qué|que|q tan lejos|cerca vives|vivís|estás",
        "vivimos|estamos [muy] cerca|lejos",
        "hotel|motel|hostal juntos|conmigo|los_dos|esta_noche",
        "pasar la noche juntos|conmigo",
        "quedarte|quedarse|quédate a dormir conmigo|en_mi_casa",
        "escápate|escapate|escaparte|escaparse|escápese",
        "salir|salgas|sal a escondidas",
        "estoy|toy|estaré afuera|fuera|enfrente|frente|abajo de|a tu",
        "te espero afuera|a_la_salida|en_la_esquina|en_la_salida",
        "una cita conmigo",
        "salir|sales|salís conmigo",
        "te invito a salir|mi_casa|un_hotel",
        "te llevo|llevaré|recojo en mi carro|coche|auto|moto|camioneta",
        "estás|estas|tas|está libre|desocupada|desocupado esta|hoy|mañana|este|?",
        "qué|que|q haces|vas_a_hacer esta|mañana noche|tarde|finde|después",
        "qué|que|q haces después|despues de|del clases|cole|colegio|escuela|insti",
        "nos vemos a|en solas|secreto|persona|solos|solitos",
        "quedamos a|en solas|persona",
        "quedar|quedamos|vernos conmigo|hoy|mañana|esta|este|el|?",
        "mi casa|piso|depa|departamento|apartamento|cuarto|pieza está|esta|estará|estara|queda|se_queda libre|sola|"
        "solo|vacía|vacia|vacío|vacio",
        "vente|venite|vénte y|conmigo|esta|este|el|mañana|hoy|luego|a_casa|pa_casa|a_mi_casa|a_dormir",
        "ven|vení|vente|venite|sal|salí|salgas|vengas|baja|bajá|bajes [tú|tu|vos] sola|solo|solita|solito|solos|sin",
        "pásame|pasame|dame|dime|mándame|mandame|pasá|decime|envíame|enviame la|tu calle|portal|piso|"
        "número_de_casa|numero_de_casa|código_postal|codigo_postal|dirección|direccion|ubicación|ubicacion|ubi|"
        "localización|localizacion|domicilio",
        "me das|pasas|mandas|dices|pasás|das|envías|darías|darias una|tu|la|su dirección|direccion|ubicación|"
        "ubicacion|calle|dire|domicilio",
        "nos vemos|veamos|juntamos|encontramos en|el|la|este|esta|mañana|hoy|luego|después|despues|al|delante|frente|"
        "cerca|donde|dónde|?",
        "te invito [a] [un|una|al|el] helado|café|cafe|algo|comer|cenar|merendar|tomar|pizza|cine|peli|batido|"
        "hamburguesa|copa",
    ),
    "SEXUAL_CONTENT": (
        "sexo|sexual|sexuales|sexy|sexi|porno|porn|pornografía|onlyfans|sexting|sexteo|cibersexo|sextape",
        "desnuda|desnudo|desnudas|desnudos|encuerada|encuerado|empelotada|calata|calato",
        "en bolas|pelotas|cueros",
        "tetas|tetitas|chichis|bubis|pezones|vagina|pene|clítoris|vulva|panocha|chocho|nalgas",
        "tu|tus|mi|su pechos|pechitos|culo|culito|verga|polla|cuca|cosita|trasero|colita|senos|pene|vagina",
        "masturbar|masturbarte|masturbarme|masturbo|masturbas|masturbás|masturbación|pajearme|pajearte|pajeo|pajear|"
        "pajearse|pajeas",
        "hacerse|hacerte|hacerme|haces|hago una|unas paja|pajas|pajita",
        "chupármela|chúpamela|chuparla|chupártela|mamármela|mámamela|chuparte|chupamela|mamamela",
        "me la|lo chupas|chupes|chupás|mamas|mames",
        "cogerte|cogernos|cogemos|follarte|follarnos|follamos|follar|culear|culearte|culiar|culiarte",
        "hacer|hagamos|hacemos|hiciste|haríamos|hacerlo el amor",
        "acostarte|acostarnos|acostarme conmigo|juntos|contigo",
        "estás|estas|tas|estoy|toy|ando|andas|me_pones|me_tienes|te_pones|me_dejas excitada|excitado|cachonda|"
        "cachondo|caliente|calentita|arrecha|arrecho|mojada|mojadita|húmeda|dura|duro|parada",
        "me pones|ponés|pone caliente|cachondo|cachonda|duro|arrecho|mojada|a_mil",
        "eres|sos|seguís|sigues|todavía|aun|aún virgen",
        "tu primera vez ?",
        "has|hayas besado|tocado|chupado|cogido|follado|hecho_el_amor|tenido_sexo",
        "te han|ha tocado|besado|manoseado",
        "te tocas|tocás|toqueteas|masturbas",
        "tocarte|lamerte|chuparte|morderte|acariciarte|desnudarte|desvestirte|manosearte",
        "es normal|natural entre|a_tu_edad|hacerlo|tocarse|que_te_toques",
        "todo el mundo lo hace",
        "todos|todas lo hacen",
        "en la cama|ducha|regadera conmigo|juntos",
        "bañarnos|bañarte|ducharnos juntos|conmigo",
        "condón|condones|preservativo|preservativos|lencería",
        "tu|tus tanga|tangas|calzones|calzón|bragas|braguitas|brasier|sostén|sujetador|calzoncitos|pantaletas|chones",
        "sin ropa|calzones|bragas|brasier|sostén|nada_puesto",
        "69",
        "nalgadas|nalgada|azotes",
        f"lamer|chupar|tocar|besar|morder|acariciar|agarrar|apretar tu|tus {_BODY}",
        "cosas sucias|cochinas|calientes|de_adultos|sexuales|prohibidas",
        "orgasmo|orgasmos|correrte|correrme|venirte|venirme|eyacular|semen|vibrador|consolador|dildo",
        "mi amigo|amiguito|cosa está|esta|se_pone|se_puso duro|parado|despierto",
        "te gustaría|gustaria|quieres probar|experimentar|aprender conmigo|cosas|algo_nuevo",
        "cuerpo|pecho|pechos|tetas|tetitas desarrollado|desarrollada|desarrollados|formado|formada|formados",
        "te desarrollaste|desarrollas",
        "estás|estas|tas|eres muy|bien|tan|re|super|ya desarrollada|formadita|desarrolladita|formada|desarrollado",
        "juegos|jueguitos de mayores|adultos|novios|grandes",
        "edad lo hacen|hacían|hacian|han_hecho",
        "has|hayas|habías|habias hecho cosas|algo|eso|cositas con un|una|algún|algun|alguna|tu chico|chica|hombre|"
        "novio|novia|mayor|tío|tio",
        "has|hayas|habías|habias tenido relaciones|sexo",
        "has|hayas|habías|habias estado|salido|dormido|ido [alguna_vez|ya|nunca] con un|una|algún|algun|alguna chico|"
        "chica|hombre|hombres|"
        "mujer|mayor|adulto|novio|tío|tio|señor",
        "ponte|ponete|vístete|vestite|vistete [algo|la|el|una|un|tu|tus] [ropa|falda|vestido|camiseta|blusa|top|short|"
        "shorts|pantalón|pantalones] sexy|sexi|provocativa|provocativo|atrevida|"
        "transparente|escotada|minifalda|lencería|lenceria|tanga",
    ),
    "PRESSURE_THREAT": (
        "si|sino no me mandas|mandás|envías|envias|pasas|pasás|muestras|mostrás|enseñas|contestas|contestás|"
        "respondes|respondés|pagas|pagás",
        "si|sino no lo haces|hacés|mandas|pagas|envías",
        "si|sino no vienes|venís|pagas",
        "o|sino|si_no subo|publico|comparto|filtro|paso|muestro|enseño|mando|envío|reenvío|difundo|subiré|publicaré "
        "tus|esas|estas|tu fotos|videos|video|foto|nudes|pack|chats|mensajes|capturas",
        f"o|sino|si_no le|les|se_lo|se_las|se_los digo|cuento|mando|paso|muestro|enseño|envío [todo] a {_TUS}|todos|"
        "todo|toda|tus_amigos|tu_escuela|tu_colegio|tu_cole",
        "voy a subir|publicar|mandar|enviar|pasar|mostrar|enseñar|compartir|filtrar|difundir|reenviar tus|esas|estas|"
        "tu fotos|videos|video|foto|nudes|pack|mensajes|chats|capturas",
        f"le|les|se_lo|se_las|se_los voy a decir|contar|mandar|enseñar|mostrar|pasar|enviar a {_TUS}|todos",
        f"{_TUS} {_PADRE} van|va a saber|enterarse|recibir|ver_tus|ver_las_fotos|ver_todo|ver_tu",
        "todos|todo_el_mundo|toda_tu_escuela|tu_escuela|tus_amigos van|va a saber|enterarse",
        "todos|todo_el_mundo|toda_tu_escuela|tu_escuela|tus_amigos van|va a ver tus|tu|esas|las_fotos",
        "me lo|la debes|debés",
        "me debes|debés una|algo|esto|eso|mucho|un_favor",
        "prometiste|prometistes|juraste",
        "demuéstralo|demuéstrame|demostrame|demostralo|pruébalo|probalo|pruébamelo|demuestrame",
        "contéstame|contestame|respóndeme|respondeme|contestá|respondé|contestáme",
        "por_qué|por_que|porque|xq|pq|porq|x_q no me contestas|contestás|respondes|respondés|hablas|hablás",
        "por_qué|por_que|porque|xq|pq|porq|x_q me ignoras|ignorás",
        "dejas|dejaste|dejás en visto",
        "no me ignores|ignorés",
        "te vas a arrepentir",
        "te arrepentirás|arrepentiras",
        "última|ultima oportunidad|chance",
        "haz|hacé|haga|hace lo que te|le digo|diga|pido",
        "no tienes|tenés|tenes|tiene opción|opcion|alternativa|otra",
        "tienes|tenés|tenes|tiene que mandarme|enviarme|pasarme|mostrarme|enseñarme|hacerlo|obedecerme",
        "estás|estas obligada|obligado",
        "no seas|seás miedosa|mojigata|santurrona|santita|penosa|tímida|cobarde|gallina|aburrida|mustia|persignada|"
        "puritana",
        "yo|you|bien|perfectamente sé|se dónde|donde vives|estudias|vivís|estudiás",
        "sabemos|conozco|encontraré|encontrare dónde|donde|tu vives|vivís|casa|escuela|colegio|dirección",
        "[te] arruinar|arruino|arruinaré|destruyo|destruiré|arruinarte|destruirte|joderte|jodo|cagarte|cago|arruine "
        "la|tu|su vida|reputación",
        "paga|págame|pagame|manda|mándame|deposita|transfiere|pagá el|la|me dinero|plata|lana|pasta|guita o|si_no|sino",
        "te expongo|exhibo|funo|exhibiré|expondré",
        "si|sino no me lo|la|los|las mandas|mandás|envías|envias|pasas|pasás|muestras|mostrás|enseñas|das|haces|grabas|"
        "mandes",
        "pierdes|perderás|perderas|pierdes_tu la|tu|el|esta plaza|oportunidad|chance|premio",
        "tengo|guardé|guarde|grabé|grabe|capturé|capture tu|tus nudes|pack|packs|capturas|videollamada",
        "la|una lista de|con tus seguidores|contactos|followers",
        "o|sino|si_no|u se_la|se_las|se_lo|se_los|la|las|lo|los mando|paso|envío|envio|enseño|muestro|reenvío|reenvio|"
        "publico|subo|cuelgo|filtro|comparto|mandaré|pasaré|enseñaré a|á todo|todos|toda|todas tu|tus insta|"
        "instagram|seguidores|contactos|amigos|amigas|clase|colegio|cole|insti|escuela|familia|followers|compañeros|"
        "compis|padres",
        "lo|la|las|los publico|comparto|filtro|cuelgo|difundo igual|igualmente|de_todas_formas|de_todos_modos",
        "no seas|seás crío|crio|cría|cria|niña|nena|niño|nene|infantil|miedica|cagona|cagón|estrecha",
        "tienes|tenés|tenes|tiene # minutos|min|horas|hrs|segundos para pagar|pagarme",
    ),
}

#: Words too frequent to serve as anchors (respelt: "y" is normalised "why", "ya" is "you", "k" is "ok").
COMMON_WORDS: frozenset[str] = frozenset(
    [
        "yo",
        "tú",
        "tu",
        "te",
        "me",
        "se",
        "lo",
        "la",
        "le",
        "los",
        "las",
        "les",
        "el",
        "él",
        "un",
        "una",
        "unos",
        "unas",
        "de",
        "del",
        "a",
        "al",
        "en",
        "con",
        "por",
        "para",
        "pa",
        "y",
        "o",
        "u",
        "que",
        "qué",
        "q",
        "k",
        "ke",
        "es",
        "eres",
        "sos",
        "soy",
        "estás",
        "estoy",
        "está",
        "son",
        "hay",
        "tengo",
        "tienes",
        "tiene",
        "mi",
        "mis",
        "tus",
        "su",
        "sus",
        "no",
        "sí",
        "ya",
        "pero",
        "como",
        "cómo",
        "muy",
        "más",
        "mas",
        "bien",
        "esto",
        "eso",
        "este",
        "ese",
        "esta",
        "nada",
        "algo",
        "todo",
        "jaja",
        "jajaja",
        "xd",
        "pues",
        "bueno",
        "ok",
        "vale",
        "nos",
        "usted",
        "vos",
        "voy",
        "va",
        "vas",
        "quieres",
        "puedes",
        "x",
        "d",
        "t",
        "m",
        "porque",
        "xq",
        "pq",
        "tb",
        "tmb",
        "aquí",
        "hola",
        "wey",
        "ahora",
    ]
)

# --- ages (regular expressions over normalised text: lower-case ASCII, accents folded) ------------------

# Units and counted things that make a number something other than an age ("tengo 20 minutos", "tienes 5
# euros", "tengo 2 hermanos"; "why" is a normalised "y").
_NOT_AGE = (
    r"(?! (?:min|mins|minutos?|hrs?|horas?|h|seg|segundos?|dias?|semanas?|meses|mes|km|kms|m|metros?|kg|kilos?|"
    r"cm|euros?|eur|e|pesos?|dolares?|usd|soles|lucas|pavos|bolivares|quetzales|lempiras|mil|hermanos?|hermanas?|"
    r"hijos?|hijas?|ninos|perros?|gatos?|amigos?|amigas?|seguidores|likes|mensajes|puntos|pts|vidas|kills|cosas|"
    r"veces|personas|robux|diamantes|fotos?|de|en|sobre|por|a|al|x|mas|o|anos de|why medio|why media|\d+)(?= ))"
)
_I_HAVE = (
    r"(?:tengo|tngo|teng|yo tengo|you tengo|tengo you|solo tengo|apenas tengo|ahora tengo|tengo solo|tengo apenas|"
    r"tengo casi|casi tengo|tengo recien|tengo como|pues tengo|bueno tengo|tengo solamente)"
)
_ADV = r"(?:solo |apenas |casi |como |recien |you |solamente |nomas |)"
_START = r"(?<![^ ] )"
_END = r"(?= (?: |$))"

SELF_AGE: tuple[str, ...] = (
    _I_HAVE + r" " + _ADV + r"(\d{1,2})" + _NOT_AGE,
    r"(?:cumplo|cumpli|cumplire|voy a cumplir|acabo de cumplir|recien cumpli|you cumpli|cumpli you|hoy cumplo|"
    r"manana cumplo|pronto cumplo|cumplo you|mi cumple|en mi cumple cumplo) (\d{1,2})" + _NOT_AGE,
    r"(?:mi edad es|mi edad|edad) (\d{1,2})" + _NOT_AGE,
    r"(?:yo|yo tengo) (\d{1,2}) (?:anos|anitos|anios|why tu|why vos|why usted|why ustedes|ok tal)(?= )",
    r"(?=\d)(?<!las )(?<!la )(?<!a )(?<!de )(?<!tiene )(?<!tienes )(?<!tenes )(?<!hace )(?<!mis )(?<!sus )(?<!los )"
    r"(\d{1,2}) (?:anos |anitos |anios )?why (?:tu|vos|usted|ustedes)(?= )",
    _START + r"(\d{1,2}) (?:anos|anitos|anios)" + _END,
    # asl-style ("15 f", "h 24", "14 anos m"), not a distance or a time ("a 15 m", "a las 14 h").
    r"(?=\d)(?<!a )(?<!las )(?<!los )(?<!de )(?<!unos )(?<!unas )(?<!como )(?<!busco )(?<!en )(?<!mide )(?<!mido )"
    r"(?<!por )(?<!\d )(?<!para )(?<!tiene )(?<!tienes )(\d{1,2}) (?:anos |anitos )?(?:h|m|f|chica|chico|hombre|"
    r"mujer|nina|nino|mujer|hombre)(?! \d)(?= )",
    r"(?=[hmf] \d)(?<!\d )(?<!busco )(?<!para )(?<!una )(?<!un )(?:h|m|f) (\d{1,2})(?! h)(?! \d)" + _NOT_AGE,
)
OTHER_AGE: tuple[str, ...] = (
    r"(?:tienes|tenes|tiene usted|usted tiene|tu tienes|vos tenes|tienes you|you tienes|entonces tienes|"
    r"osea tienes|o sea tienes|de verdad tienes|en serio tienes|enserio tienes|apenas tienes|solo tienes) "
    + _ADV
    + r"(\d{1,2})"
    + _NOT_AGE,
    r"(?:cumples|cumpliste|vas a cumplir|acabas de cumplir|cumplis) (\d{1,2})" + _NOT_AGE,
    r"(\d{1,2}) (?:anos|anitos) (?:tienes|tenes|tiene)(?= )",
    r"(?:eres|sos) (?:una nina|un nino|una chica|un chico|una chamaca|una cria|una nena|una morra) de (\d{1,2})(?= )",
)
# School years are the speaker's own: not a question or someone else's ("estas en 2 de la eso ?", "mi hija
# esta en 2 de la eso", "doy clases a 2 de la eso"). Each form starts with a lookahead for its first word, so
# the lookbehinds only run where a school year can start.
_NOT_YOURS = (
    r"(?<!estas en )(?<!esta en )(?<!estan en )(?<!vas en )(?<!va en )(?<!van en )(?<!andas en )(?<!anda en )"
    r"(?<!sigues en )(?<!sigue en )(?<!tas en )(?<!vas a )(?<!va a )(?<!pasas a )(?<!pasa a )(?<!cursas )"
    r"(?<!clase en )(?<!clase a )(?<!clases a )(?<!clases en )(?<!tu )(?<!tus )(?<!alumnos de )(?<!chicos de )"
    r"(?<!ninos de )(?<!chavales de )(?<!hijo en )(?<!hija en )(?<!doy )"
)
_YEAR = r"(?=\d)" + _NOT_YOURS  # a numbered year ("2do", "3o", "1")
_NOT_QUESTION = r"(?! \?)"
_ORD = r"(?:o|do|to|ro|ero|er|mo|vo|no)?"
GRADES: tuple[tuple[str, int], ...] = (
    (_YEAR + r"([1-4])" + _ORD + r" (?:de |del )?(?:la )?eso(?= )" + _NOT_QUESTION, 11),
    (_YEAR + r"([12])" + _ORD + r" (?:de )?(?:bachillerato|bachi|bach|bachiller)(?= )" + _NOT_QUESTION, 15),
    (
        _YEAR
        + r"([1-8])"
        + _ORD
        + r" (?:de |grado de |grado |ano de )?(?:primaria|basica|basico)(?= )"
        + _NOT_QUESTION,
        5,
    ),
    (
        _YEAR
        + r"([1-6])"
        + _ORD
        + r" (?:de |ano de |grado de |ano |grado )?(?:secundaria|secu|sec)(?= )"
        + _NOT_QUESTION,
        11,
    ),
    (_YEAR + r"(?<=en )([1-4])" + _ORD + r" (?:de )?medio(?= )" + _NOT_QUESTION, 13),
    (_YEAR + r"([1-9]|1[01])" + _ORD + r" grado(?= )" + _NOT_QUESTION, 5),
    (r"(?=grado )" + _NOT_YOURS + r"grado ([1-9]|1[01])(?= )" + _NOT_QUESTION, 5),
    (_YEAR + r"([1-3])" + _ORD + r" (?:de |ano de |semestre de )?(?:prepa|preparatoria)(?= )" + _NOT_QUESTION, 14),
    (
        r"(?:estoy en|voy en|curso|ando en|toy en|paso a|voy a) ([1-6])" + _ORD + r" ano(?= )"
        r"(?! (?:de (?:la )?)?(?:carrera|facultad|facu|uni|universidad|medicina|derecho|ingenieria|psicologia))"
        + _NOT_QUESTION,
        12,
    ),
)
# Years written as words, and ordinals that leet decoding turned into letters ("1ro" is "iro", "3ro" is "ero").
_1ST = r"(?:primero|iro|iero|ier|primer)"
_2ND = r"(?:segundo)"
_3RD = r"(?:tercero|tercer|ero|eero|eer)"
_4TH = r"(?:cuarto|ato)"
_5TH = r"(?:quinto|sto)"
_6TH = r"(?:sexto)"
_7TH = r"(?:septimo|tmo)"
_8TH = r"(?:octavo|bvo)"
_ESO = r" (?:de |del )?(?:la )?eso(?= )" + _NOT_QUESTION
_BACH = r" (?:de )?(?:bachillerato|bachi|bach)(?= )" + _NOT_QUESTION
_SEC = r" (?:ano |grado )?(?:de )?(?:secundaria|secu)(?= )" + _NOT_QUESTION
_PRIM = r" (?:de |grado de |grado )?(?:primaria|basico|basica|grado)(?= )" + _NOT_QUESTION
_MY_YEAR = r"(?:estoy en|voy en|curso|ando en|toy en|estoy cursando|yo en|yo voy en|yo estoy en|paso a|entro a) "
SCHOOL_YEARS: tuple[tuple[str, int], ...] = (
    # Spain's ESO (12 to 15) and bachillerato (16, 17); "1ºESO" typed together is "ioeso".
    (f"(?={_1ST}){_NOT_YOURS}{_1ST}{_ESO}", 12),
    (f"(?={_2ND}){_NOT_YOURS}{_2ND}{_ESO}", 13),
    (f"(?={_3RD}){_NOT_YOURS}{_3RD}{_ESO}", 14),
    (f"(?={_4TH}){_NOT_YOURS}{_4TH}{_ESO}", 15),
    (f"(?=ioeso |ieso ){_NOT_YOURS}(?:ioeso|ieso)(?= ){_NOT_QUESTION}", 12),
    (f"(?=2oeso |2eso ){_NOT_YOURS}(?:2oeso|2eso)(?= ){_NOT_QUESTION}", 13),
    (f"(?=eoeso |eeso ){_NOT_YOURS}(?:eoeso|eeso)(?= ){_NOT_QUESTION}", 14),
    (f"(?=aoeso |aeso ){_NOT_YOURS}(?:aoeso|aeso)(?= ){_NOT_QUESTION}", 15),
    (f"(?={_1ST}){_NOT_YOURS}{_1ST}{_BACH}", 16),
    (f"(?={_2ND}){_NOT_YOURS}{_2ND}{_BACH}", 17),
    # Secundaria (Mexico and others: 12 to 14) and primaria/basico.
    (f"(?={_1ST}){_NOT_YOURS}{_1ST}{_SEC}", 12),
    (f"(?={_2ND}){_NOT_YOURS}{_2ND}{_SEC}", 13),
    (f"(?={_3RD}){_NOT_YOURS}{_3RD}{_SEC}", 14),
    (f"(?={_4TH}){_NOT_YOURS}{_4TH}{_PRIM}", 9),
    (f"(?={_5TH}){_NOT_YOURS}{_5TH}{_PRIM}", 10),
    (f"(?={_6TH}){_NOT_YOURS}{_6TH}{_PRIM}", 11),
    (f"(?={_7TH}){_NOT_YOURS}{_7TH}{_PRIM}", 12),
    (f"(?={_8TH}){_NOT_YOURS}{_8TH}{_PRIM}", 13),
    # "estoy en sexto" ... "estoy en once": the same age in Spain, Mexico, Chile and Colombia.
    (_MY_YEAR + _5TH + r"(?= )" + _NOT_QUESTION, 10),
    (_MY_YEAR + _6TH + r"(?= )" + _NOT_QUESTION, 11),
    (_MY_YEAR + _7TH + r"(?= )" + _NOT_QUESTION, 12),
    (_MY_YEAR + _8TH + r"(?= )" + _NOT_QUESTION, 13),
    (_MY_YEAR + r"(?:noveno|gno)(?= )" + _NOT_QUESTION, 14),
    (_MY_YEAR + r"(?:decimo|iomo)(?= )" + _NOT_QUESTION, 15),
    (_MY_YEAR + r"(?:once|undecimo|onceavo)(?= )" + _NOT_QUESTION, 16),
    # "tengo 13años" typed without a space: leet decoding turned the digits into letters ("13años" is "ieanos").
    (_I_HAVE + r" " + _ADV + r"ioanos(?= )", 10),
    (_I_HAVE + r" " + _ADV + r"iianos(?= )", 11),
    (_I_HAVE + r" " + _ADV + r"i2anos(?= )", 12),
    (_I_HAVE + r" " + _ADV + r"ieanos(?= )", 13),
    (_I_HAVE + r" " + _ADV + r"iaanos(?= )", 14),
    (_I_HAVE + r" " + _ADV + r"isanos(?= )", 15),
    (_I_HAVE + r" " + _ADV + r"i6anos(?= )", 16),
    (_I_HAVE + r" " + _ADV + r"itanos(?= )", 17),
)

SELF_MINOR_CUES: tuple[str, ...] = (
    "estoy|toy|estaba|ando castigado|castigada",
    "me castigaron|castigó|castigo|castigan",
    f"mi|mis {_PADRE} no me deja|dejan|dejará|dejarán|deja_salir|dejan_salir",
    "no me dejan|deja salir|tener|usar|ir",
    f"mi|mis {_PADRE} me quitó|quito|quitaron|quitan|quita|bloqueó|revisa|revisan el|mi cel|celular|teléfono|telefono|"
    "móvil|movil|compu|play|internet|wifi",
    "tengo que estar|llegar|volver|regresar en|a casa|las",
    "pedirle|pedir|pido|pedirles permiso a",
    "mi cole|colegio|insti|instituto|secu|prepa|liceo",
    "en el cole|colegio|insti|instituto|recreo|recre",
    "en la primaria|secundaria|secu|prepa|escuela",
    "el|en recreo|recre",
    "mi|la maestra|maestro|seño|miss|tutora|tutor",
    "mi|el|la profe|profesor|profesora de mate|mates|matemáticas|inglés|lengua|historia|educación_física|biología|"
    "física|química|naturales|sociales",
    "los|mis deberes",
    "tengo tarea|tareas|deberes|examen|exámenes|prueba",
    "soy menor",
    "menor de edad",
    "soy muy|demasiado|re|tan chica|chico|pequeña|pequeño|joven|chiquita|chiquito|niña|niño",
    "cuando cumpla|tenga 18|dieciocho|15|16|quince",
    "mi mesada",
    "mi niñera|nana|canguro",
    "el|mi bus|autobús|camión|micro escolar",
    "transporte escolar",
)
OTHER_MINOR_CUES: tuple[str, ...] = (
    "eres|sos|estás|estas|te_ves muy|tan|re|demasiado|súper|super joven|chiquita|chiquito|pequeña|pequeño|niña|niño|"
    "menor|peque|chica|bebé",
    "eres|sos|estás|estas joven|chiquita|pequeña|menor|peque|bebé|niña|niño",
    "eres|sos una|un niña|niño|nena|nene|cría|chiquilla|chamaca|chamaco|escuincla|bebé|menor|mocosa|pequeña|chiquita",
    "para|a|de tu|su edad",
    "tu|su edad",
    "cuando cumplas|tengas 18|dieciocho|la_mayoría",
    "soy muy|demasiado|bastante|mucho mayor|grande|viejo|vieja para ti|vos",
    "mayor|viejo que tú|vos",
    "mayoría|mayoria de edad",
    "edad de consentimiento",
    "corrupción de menores",
    "tu cole|colegio|escuela|insti|instituto|secundaria|secu|prepa|maestra|profe|salón|clase|recreo|primaria",
    "tienes|tenés|tenes 10años|11años|12años|13años|14años|15años|16años|17años",
    "vas|sigues|seguís|estás|estas al|en|a [el|la] cole|colegio|escuela|primaria|secundaria|secu|prepa|insti",
)

# Phrases whose words stand apart ("borra ya todos los mensajes"): `..` is up to three words of anything.
_ES_PARENTS = "padres|papas|papás|papa|papá|mama|mamá|madre|padre|viejos|vieja|viejo|familia|tios"
NEAR: dict[str, tuple[str, ...]] = {
    "SECRECY": (
        "no .. digas|digai|diga|cuentes|comentes|comente|contés|digás|menciones .. nada|na|nadie|a|al|con|le|les",
        "borra|borras|borrar|bórralo|borralo|elimina|eliminar|vacía|limpia .. chat|mensajes|conversación|conversacion|"
        "historial|todo|fotos|esto",
        "mejor que|q no .. sepan|sepa|se_enteren|se_entere",
        "di|dile|diles|dices|decí .. que vas|estás|estas|duermes|dormís|te_quedas",
        "solo para mí|mi",
        "nuestro|nuestra .. secreto|secretito|cosa",
        "lo nuestro",
        "entre tú|tu|vos y yo",
        "nadie .. tiene|tendria|debe|puede .. saber|enterarse",
        "cosa|secreto nuestra|nuestro|entre_nosotros",
        "si .. se entera|enteran tu|tus",
        "tampoco|ni .. le|les comentes|cuentes|digas|digai",
        "no .. la|lo|las|los muestro|enseño|paso a nadie",
        "papás|papas|padres|viejos|mamá|papá .. no tienen|tiene .. q|que saber|enterarse",
        "solo|solos|solitos tú|tu y yo",
        "no|ni .. cuente|mencione|cuenten|digan|comenten|contés|contéis|digáis|digais|conteis .. nada|nadie|a|al|le|"
        "les|su|sus|tu|tus",
        "no decirle|contarle|decirles|contarles|comentarle|comentarles|avisarle|avisarles|mencionarle|decírselo|"
        "decirselo",
        "secreto|secretito|secretico de los_dos|ambos",
        "secreto|secretito|secretico entre nosotros|nosotras|tú_y_yo|tu_y_yo|los_dos|vos_y_yo|usted_y_yo",
        "nadie|nunca|jamás|jamas .. enterar|enterará|enterara|enterarán|enteraran|enterarse|sabrá|sabra|sabrán|sabran",
        "no se va|van a enterar|enterarse|dar_cuenta",
        "le|les digo|diré|dire|dices|dirás|diras|decís|decimos|diremos que .. fuiste|fuimos|estabas|"
        "estuviste|lo_llevé|la_llevé|lo_lleve|la_lleve|te_llevé|te_lleve|te_quedaste|duermes|dormís|en_casa",
        "dile|dígale|digale|diles|díganle|decile|decíle|decíles|decile que .. estudiando|haciendo|tarea|"
        "fuiste|estás|estas|estabas|amiga|amigo",
        "adultos|grandes|mamás|mamas|papás|papas|padres|viejos|gente|demás|nadie .. entienden|entenderían|"
        "entenderian|entendería|entenderia|comprenden|comprenderían|comprenderian",
        "no .. preguntes|pregunte|pidas|pida|avises|avise|preguntés|avisés|pidás|consultes",
        "te|le van|va a quitar|castigar|regañar|retar|prohibir",
        "discreta|discreto|discretos|discretas|discreción|discrecion|calladita|calladito",
        "si tu|su|tus|sus " + _ES_PARENTS + " .. ve|ven|lee|leen|encuentra|encuentran|descubre|descubren|pilla|"
        "pillan|cacha|cachan",
        "esconde|escondes|escóndelo|escondelo|oculta|ocultas|ocultá|escondé|archiva .. cel|celular|chat|chats|"
        "mensajes|fotos|app|aplicación|aplicacion|conversación|conversacion",
        "guárdame|guardame|agéndame|agendame|ponme|regístrame|registrame|guárdeme|guardeme .. como|con nombre|otro",
        "solo|sólo|solos|solitos|nomás|nomas|solamente usted|vos|ustedes y yo",
        "secreto|secretito|secretico de|entre amigas|amigos|chicas|chicos|hombres|adultos|grandes|mayores",
        "no .. pongas|instales|abras|uses|descargues|bajes|dejes .. móvil|movil|celular|cel|teléfono|telefono|compu|"
        "tablet|"
        "ordenador|computadora de tu|su|tus|sus",
        "padres|papás|papas|viejos|adultos|grandes|mayores|jefes .. se rallan|ralla|agobian|agobia|preocupan|asustan|"
        "alteran|"
        "enojan|rayan|flipan|exageran|ponen_histéricos|ponen_histericos .. por todo|nada|cualquier",
        "piensan|pensarán|pensaran|pensarían|pensarian|van_a_pensar|piensen|malinterpretan|"
        "malinterpretarían .. cosas_raras|"
        "mal|lo_que_no_es|otra_cosa|cualquier_cosa",
        "no lo|nos|esto|esta|la entienden|entenderían|entenderian|entenderán|entenderan|comprenden|comprenderían|"
        "comprenderian|entendería|entenderia|entiende",
        "no .. van|va a entender|comprender|entenderlo|comprenderlo|entendernos|comprendernos",
        "mejor que|q no .. vea|vean|lea|lean|encuentre|encuentren|pille|pillen|cache|cachen|note|noten",
        "no .. digas|cuentes|comentes|contés|digás|digai|menciones|comentés en casa|el_cole|clase|tu_casa|el_colegio",
        "nadie|ninguno|ninguna .. se entere|enteren|da_cuenta|de_cuenta|dé_cuenta",
        "tienen|tiene|tenés|tienes|hace_falta por que|qué|q saber|saberlo|enterarse|enterarlo|contarle|decirle|"
        "contarles|"
        "decirles|contárselo|contarselo|decírselo|decirselo",
        "no .. vayas|vaya|vayás|vayan a decir|contar|comentar|decirle|contarle|decirles|contarles|decirlo|contarlo",
        "sin decir|decirle|decirles|contar|contarle|contarles|explicar|explicarle|explicarles .. para|pa|por qué|que|q|"
        "nada",
        "para|pa|así|asi que|q no .. sospeche|sospechen|sospecha|noten|note|vean|vea|den_cuenta|enteren|entere",
    ),
    "PARENT_CHECK": (
        _ES_PARENTS + " .. controlando|controla|controlan|revisa|revisan|revisando|mira|miran|ve|ven|lee|leen|"
        "checa|checan .. móvil|movil|celular|cel|teléfono|telefono|wsp|whatsapp|chats|mensajes|compu",
        _ES_PARENTS + " .. trabaja|trabajan|duerme|duermen|sale|salen|llega|llegan|vuelve|vuelven|está|estan ?",
        "sales|estás|estas|andas|quedas .. sola|solo|solita|solito",
        "estai|estás|estas|sigues .. despierta|despierto|despiertita",
        "tu|tus padre|madre|papá|papa|mamá|mama|viejo|vieja|papás|padres .. sale|salen|llega|llegan|trabaja|trabajan|"
        "vuelve|vuelven .. tarde",
        "estás|estas|estai|estay|tas sola|solo .. en_la_casa|en_casa|en_tu_casa",
        "alguien|nadie .. en tu|su|la casa",
        "alguien|nadie contigo|con_vos|con_usted",
        "ya se|te durmieron|durmió|durmio|acostaron|acostó|acosto",
        "te|le revisan|revisa|checan|checa|miran|leen|controlan .. cel|celular|teléfono|telefono|móvil|movil|chats|"
        "mensajes|whatsapp|wsp|tablet|compu",
        "qué|que|q hora .. llega|llegan|vuelve|vuelven|regresa|regresan|sale|salen|se_van|se_va|terminan|termina tu|"
        "tus|su|sus padre|madre|papá|papa|mamá|mama|viejo|vieja|papás|padres|viejos",
        "cuando estés|estes|estás|estai|esté|este sola|solo|solita|solito|en_tu_cuarto|en_tu_pieza|en_su_cuarto",
        "te quedas|te_quedás|se_queda|quedai|te_dejan|lo_dejan|la_dejan .. sola|solo|solita|solito",
        "tu|tus|su|sus " + _ES_PARENTS + " .. hasta tarde|noche",
        _ES_PARENTS
        + " .. miran|mira|ven|ve|revisan|revisa|checan|checa|controlan|controla|saben|sabe|leen|lee .. lo|que|q|"
        "con_quién|con_quien|quién|quien haces|hablas|escribes|mandas|chateas|juegas|hablás|escribís",
        "cuarto|pieza|habitación|habitacion|recámara|recamara|dormitorio o|u .. salón|salon|sala|living|comedor",
        "quién|quien|quiénes|quienes .. está|esta|están|estan|hay|vive|viven .. contigo|en_tu_casa|en_casa|con_vos",
        "saben|sabe|sabrán|sabran|sospechan|sospecha .. que|q|de hablamos|hablas|chateamos|me_hablas|me_escribes|"
        "nosotros|"
        "esto|mí|mi|lo_nuestro",
        "tu|tus|su|sus "
        + _ES_PARENTS
        + " .. dormidos|dormida|dormido|durmiendo|acostados|acostada|acostado|en_la_cama|de_viaje|trabajando|"
        "de_turno|fuera",
        "cuando|mientras .. tu|tus|su|sus " + _ES_PARENTS + " .. esté|este|estén|esten|trabaja|trabajan|trabajando|"
        "salga|salgan|"
        "duerma|duerman|no_esté|no_este|se_vaya|se_vayan .. trabajo|fuera|afuera|casa|trabajando|viaje|dormida|dormido|"
        "dormidos|"
        "turno|noche",
        "antes de que|q llegue|lleguen|vuelva|vuelvan|regrese|regresen|se_despierte|se_despierten .. "
        "tu|tus|su|"
        "sus|mamá|mama|papá|papa|madre|padre|padres",
    ),
    "TRUST_FLATTERY": (
        "no como .. las|los otras|otros|demás",
        "persona .. más|mas lista|linda|madura|especial",
        "eres|sos|fuiste .. especial|diferente|única|unica|madura|maduro",
        "pareces|pareci|parecis|aparentas .. más|mas grande|mayor",
        "no te merece|merecen",
        "te veías|veiai|ves .. muy|re|bien bonita|linda|hermosa",
        "más|mas lista|listo|madura|maduro que",
        "distinta|distinto|diferente|diferentes .. a|de las|los .. de tu edad",
        "somos amigos|amigas no|verdad|cierto",
        "que|q mayor estás|estas|te_ves",
        "somos|seamos|vamos_a_ser mejores|mejor|grandes amigas|amigos|amiga|amigo",
        "confía|confia|confiá|confíe|confie|confiar|confiás|confías|confias|confiai en mi|mí",
        "nadie .. entiende|comprende|conoce|quiere|cuida .. como yo|mejor_que_yo",
        "yo|solo_yo|sólo_yo te|le entiendo|comprendo",
        "madura|maduro|grande|desarrollada|desarrollado|alta|alto|linda|lindo|bonita|hermosa|inteligente|lista|listo|"
        "avispada|despierta .. para tu|su|tus edad|años|ano|anos",
        "no pareces|aparentas|representas de|tus .. años|edad|anos",
        "chicos|chicas|niños|niñas|cabros|pibes|chamacos|morros|pelados|chavos|chamos .. de tu|su edad",
        "como|entre hombres|hombre_a_hombre|grandes|adultos|mujeres",
        "no eres|sos|erís|eris .. como [los|las] otros|otras|demás|demas|resto|chamacos|chavos|pibes|niños|niñas|"
        "chicos|"
        "chicas|cabros|morros",
        "no te|la|lo conoce|conocen|entiende|entienden|comprende|comprenden|valora|valoran|aprecia|aprecian|cuida|"
        "cuidan|"
        "trata|tratan .. como|tanto_como yo",
        "estar|estaré|estare|siempre .. aquí|aqui|ahí|ahi|acá|aca para ti|vos|usted",
        "no son|eran [tus|buenas|buenos] amigas|amigos|amiga|amigo de_verdad|verdaderas|verdaderos|reales|"
        "verdaderas_amigas",
        "pareces|parecés|parecis|aparentas|aparentás|representas|ves de|como|unos # [años|anos]",
    ),
    "GIFTS": (
        "te .. llevo|compré|compre|compro|regalo|paso|pago|doy|mando .. audífonos|audifonos|robux|pavos|paVos|gemas|"
        "skin|skins|dinero|plata|lana|800|100|500|1000|tarjeta|recarga|los|las|el|la",
        "te puedo pasar|dar|regalar|comprar",
        "me tienes|tenés|tienes_que hacer .. favor|favorcito",
        "recargar|recargo|recargaré|recargare|recargue .. saldo|datos|megas|minutos|"
        "tarjeta|recarga|mil|pesos|lucas|plata",
        "le|te .. regalo|regalaré|regalare|compro|compré|compre|compraré|comprare|presto .. robux|vbucks|gemas|"
        "diamantes|skin|skins|celular|cel|juego|juegos|play|ropa|vestido|pijama|tenis|zapatillas|audífonos|audifonos|"
        "plata|dinero|lana|pesos|lucas|mil|euros|saldo|recarga|tarjeta|regalo|algo|lo_que_quieras|lo_que_quiera",
        "que|q te|le regale|regales|compre|pague|recargue|invite",
        "a cambio|cambio_de",
        "si .. haces|hacés|hacís .. cosita|favor|favorcito",
        "te|le mandé|mande|envié|envie|pasé|pase|di .. tarjeta|gift|giftcard|recarga|robux|pavos|vbucks|"
        "saldo|"
        "psn|xbox|steam",
        "te|se|le los|las|lo|la regalo|regalaré|regalare|regalaría|regalaria|compro|compraré|comprare",
        "te .. podría|podria|puedo|quiero|voy_a|iba_a regalar|comprar|regalarte|comprarte|dártela|dartela|dártelo|"
        "dartelo",
    ),
    "IMAGE_REQUEST": (
        "mandame|mándame|manda|mándamela|envíame|enviame|pásame|pasame .. foto|fotico|fotito|fotito|foto_tuya|video|"
        "selfie|pack",
        "foto|fotico|fotito .. tuya|de ti|de_vos",
        "mándeme|mandeme|envíeme|envieme|páseme|paseme|mandarme|enviarme|pasarme|mandes|mandarías|mandarias|"
        "enviarías|enviarias .. foto|fotos|fotico|fotito|fotitos|video|videito|selfie|pack|nudes",
        "muéstrame|muestrame|mostrame|mostráme|muéstreme|muestreme|enséñame|enseñame|ensename|enséñeme|enseñeme|"
        "mostrá .. foto|fotos|cuerpo|pijama|ropa|outfit|vestido|cara|pies|piernas|pancita|panza|"
        "abdomen|calzones|bra|sosten",
        "verte|verla|verlo en|con|sin pijama|ropa|bikini|traje|vestido|calzones|toalla|falda|short|shorts|lencería|"
        "lenceria|interior|polera|remera",
        "te metes|te_encierras|métete|metete|enciérrate|encierrate|encerrate|te_encerrás .. baño|bano|cuarto|pieza|"
        "habitación|habitacion|ducha",
        "ponte|pónte|ponete|póngase|pongase .. bikini|vestido|falda|calzones|traje_de_baño|lencería|lenceria|"
        "tanga|shorts",
        "prende|prendé|prendes|enciende|encendé|activa|activá|abre|abrí .. cámara|camara|webcam",
        "me mandabas|mandaras|mandases|enviabas|enviaras|pasabas|pasaras|mandarás|enviarás|vas_a_mandar|"
        "ibas_a_mandar .. "
        "foto|fotos|fotito|fotico|video|videito|selfie|pack",
        "ponte|ponete|pónte|póngase|pongase|vístete|vistete|arréglate|arreglate .. ajustada|ajustado|apretada|apretado|"
        "corta|escotada|escote|sexy|provocativa|top|leggings|mallas|licra|lycra|tanga",
        "ponte|ponete|arréglate|arreglate guapa|linda|bonita|bella|hermosa|sexy .. quiero|para verte|mí|mi",
    ),
    "MEETING_PROPOSAL": (
        "en persona",
        "nunca nos .. hemos visto|vimos",
        "en que|qué colonia|barrio|zona .. vives",
        "te los|lo|la|las llevo|paso a dejar",
        "paso por ti|a_buscarte|a_recogerte",
        "te pasas|pásate|pasate|vente|ven|vení .. por|a mi casa|depa|piso",
        "te paso|pasó|voy a buscar|recoger .. a_tu|al|a_la",
        "te|lo|la recojo|recogo|busco|paso_a_buscar|paso_a_recoger|voy_a_buscar|voy_a_recoger .. salida|colegio|"
        "escuela|cole|liceo|insti|instituto|prepa|casa|parque|plaza|esquina|metro|parada|mall|centro",
        "vamos|vámonos|vamonos|nos_vamos|venga|véngase|vengase|venite|llevo|pasas|pasás .. mi|a_mi casa|depa|"
        "departamento|apartamento|apto|piso|pieza|cuarto|carro|auto|coche",
        "quedas|queda|quedes|quedés|quedarte|quedarse|quédate|quedate|quédese|quedese a dormir",
        "pijamada|piyamada",
        "dónde|donde|en_qué|en_que|que|q colegio|cole|escuela|liceo|insti .. vas|estudias|estudiás|estudia|vai",
        "te|lo|la espero|esperaré|esperare|estaré_esperando .. afuera|abajo|fuera|esquina|salida|parque|plaza|detrás|"
        "atrás|frente|puerta|en_el|en_la",
        "te|lo|la llevo|llevaré|llevare|saco .. a|al comer|cine|helado|pasear|vuelta|mall|parque|playa|mcdonalds",
        "tú|tu|vos|usted y yo solos|solitos|solas|solitas|nomás|nomas|solamente",
        "vernos|juntarnos|encontrarnos|quedar|verte|veamos|juntemos|encontremos .. para|pa dártela|dartela|dártelo|"
        "dartelo|"
        "dártelos|dartelos|dártelas|dartelas|entregártelo|entregartelo|entregártela|entregartela",
        "quedamos|quedemos|quedar|nos_vemos|nos_juntamos|nos_encontramos|veámonos|veamonos|juntémonos|juntemonos .. "
        "centro_comercial|mall|parque|plaza|cine|metro|parada|esquina|estación|estacion|mcdonalds|shopping|heladería",
        "vamos|vayamos|iremos|salimos|salgamos|quedamos|quedemos|vemos|juntamos .. tú|tu|vos|usted y yo",
    ),
    "SEXUAL_CONTENT": (
        "cosas .. de mayores|grandes|adultos",
        "sin polera|camiseta|playera|remera|sostén|sosten|bra|brasier",
        "videollamada|llamada|cam|foto|fotos .. baño|bano|ducha|cama",
        "desarrollando|desarrollada|desarrollado|crecieron|creció|crecio|creciendo .. pechos|pechitos|tetas|tetitas|"
        "senos|cuerpo|bubis",
        "cuerpo .. cambiando|desarrollando|creciendo",
        "te tocas|tocás|tocaste|acaricias|masturbas|masturbás|pajeas",
        "has besado|besaste|besado|primer_beso",
        "color .. calzones|bragas|calzon|calzón|ropa_interior|tanga|sostén|sosten|brasier|bra|bombacha|chones|pantis|"
        "panties",
        "sin nada_puesto",
        "dado|diste|dio|dar|tenido|tuviste .. primer|primeros beso|besos|besito|agarrón|faje",
        "duermes|dormís|duerme|dormis|duermen con|en|sin qué|que|q|nada|ropa|calzones|brasier|sostén|sosten|bragas|"
        "calzón",
        "llevas|traes|usas|tenés|andas .. debajo|abajo|bajo_la_ropa|ropa_interior",
    ),
    "PRESSURE_THREAT": (
        "si no .. mandas|pagas|depositas",
        "tienes|tenés hasta .. mañana|hoy|las",
        "ya veo|veo que|q no confías|confias|confiás en mi|mí",
        "si no .. quieres|queres .. le|se los|las doy|regalo .. a otra|otro",
        "tienes|tenés|tiene|tenis # minutos|min|horas|hrs|h|segundos .. si_no|sino",
        "sino .. publico|subo|envío|envio|mando|muestro|comparto|difundo|reenvío|mandaré|publicaré|subiré",
        "si no .. publico|subo|muestro|comparto|difundo|reenvío|mandaré|publicaré|subiré",
        "foto|fotos|video|videos|capturas|pantallazos .. llegan|llegarán|llegaran|circulan|circularán|circularan|"
        "va_a_llegar|van_a_llegar|van_a_circular|va_a_circular",
        "me debes|debés",
        "ignoras|ignorás|ignorai|ignorando",
        "obligues|obligue|obligués",
        "todo lo que .. hecho|hice|hago|di|doy .. por ti|vos|usted",
        "no seas|seai|sea .. miedosa|miedoso|cobarde|aburrida|aburrido|mala|malo|niña|nena|bebé|bebe|exagerada|"
        "exagerado|mamona|pesada|fome|santurrona",
        "te_quedan|te_queda|solo_tienes|solo_te_quedan # minutos|min|horas|hrs|segundos|h",
        "subo|subiré|subire|publico|publicaré|publicare|cuelgo|colgaré|colgare|pongo|pondré|difundo|paso|mando|envío|"
        "envio|"
        "reenvío|reenvio|comparto|muestro .. todas|todos|toda|todo partes|lados|tu_clase|tu_cole|tu_insti|"
        "tu_escuela|tu_colegio|tus_contactos|tus_seguidores|tus_amigos|tus_amigas|tu_familia",
        "me mandaste|enviaste|pasaste .. a los|las|todos|todas|tu|tus .. clase|cole|colegio|insti|escuela|curso|"
        "familia|"
        "madre|padre|mamá|papá|amigas|amigos|contactos|seguidores",
        "si me quisieras|quisieses|amaras|amases|apreciaras",
        "ocurra|ocurre|ocurras .. bloquearme|bloquear|reportarme|reportar|denunciarme|denunciar|borrarme|eliminarme|"
        "contarlo|"
        "contárselo|contarselo|decirlo|decírselo|decirselo",
        "o la|lo|las|los|te cuelgo|colgaré|colgare|subo|subiré|subire|publico|publicaré|publicare|comparto|difundo|"
        "expongo|"
        "quemo",
        "pagarme|págame|pagame|pagas|pagás|me_pagas|mandas|mandás .. y te|lo|la dejo|dejaré|dejare|borro|borraré|"
        "borrare",
    ),
    "AGE_PROBING": (
        "en|a qué|que|q|cual|cuál curso|grado|año|ano .. vas|estás|estas|andas|estudias|vai|estai",
        "vas|estás|estas|andas|estudias|vai|estai .. al|en cole|colegio|escuela|prepa|secundaria|secu|primaria|liceo|"
        "insti|instituto",
        "eres|sos|erís|eris .. menor|menor_de_edad|mayor_de_edad",
        "cuándo|cuando|que_día|qué_día cumples|cumplís|cumplis|cumple",
        "cuántos|cuantos cumples|cumplís|cumplis|vas_a_cumplir|cumple",
        "naciste|nacistes|nació|nacio .. qué|que|q|cual|cuál año|ano",
        "cuántos|cuantos|cuantitos tenés|tienes|tiene|teni|cumpliste|cumplistes|tenías|tenias",
        "perfil|bio|biografía|biografia .. dice|pone|sale|decía|decia|puso|pusiste #",
        "tienes|tenés|tenis|tiene # [años|anos] verdad|vdd|cierto|neta|posta|?",
        "estás|estas|andas|pasas|pasaste|entras|entraste a|en 1ro|2do|3ro|4to|5to|6to|7mo|8vo|1o|2o|3o|4o|5o|"
        "6o|"
        "primero|segundo|tercero|quinto|sexto|séptimo|septimo|octavo",
    ),
    "PLATFORM_MIGRATION": (
        "bájate|bajate|bajá|descarga|descargá|descargate|descárgate|instala|instalá|baja|bajar|descargar|instalar|"
        f"bajarte|descargarte|instalarte|bájese|bajese|descárguese .. {_APPS}|app|aplicación|aplicacion",
        "aquí|aqui|acá|aca|por_aquí|por_acá|por_aqui|por_aca .. no .. mandar|enviar|pasar|mandarte|enviarte|"
        "chatear|escribir",
        "hablamos|hablemos|seguimos|sigamos|pasémonos|pasemonos|pasemos|nos_pasamos|hablar|seguir .. por|en|a|"
        f"al {_APPS}|app|aplicación|aplicacion|privado|dm|md|priv|interno",
        "pásame|pasame|dame|mándame|mandame|pasá|pasa|dime|decime|pasáme tu user|usuario|nick|id|gamertag|tag|psn",
        "agrego|agregas|agregás|agrégame|agregame|agregue|agregues|añado|añádeme|anademe|añades|sumo|sígueme|"
        "sigueme .. "
        f"en|a|al|por {_APPS}",
        f"vente|venite|vení|pásate|pasate|cámbiate|cambiate|muévete|muevete .. a|al|por|en {_APPS}|privado|priv|dm|md",
    ),
}
