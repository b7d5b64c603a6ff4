"""Dutch (nl) indicator pack: the phrases of the ten categories, the self-disclosed ages and the child cues.

Covers the Dutch of chat between teenagers and adults online in the Netherlands and Flanders: "jij/je" and
formal "u" (normalisation writes "u" as "you", respelt here automatically), Flemish "ge/gij/zijt", the
spellings people type ("benje", "kben", "'k", "m'n"/"mn", "nie"/"ni" for "niet", "ff" for "even", "gwn",
"wss", "mss", "wrm", "hvj"), the apps and their nicknames (snap, insta, whatsapp/wa/"app" as a verb,
telegram, discord, tiktok, 06 for a mobile number), pictures (foto/foto's/fotootje, pic, plaatje, selfie,
filmpje, snapje, cam), parents (ouders, mama/mam/ma, papa/pap/pa), game credit and money (robux, v-bucks,
beltegoed, cadeaubon, paysafecard, google play/steam/psn cards), and the sextortion threats that public
warnings describe ("anders stuur ik je foto's naar je ouders"). The spellings come from general knowledge of
Dutch and Flemish chat language (the informal register of messengers, games and social media, and the kind of
examples found in public guidance for parents and schools on online grooming), written for this pack in its own
words; no evaluation data was used.

Phrases follow the pattern language of `model.indicators` and are respelt to normalised text by
`model.packs` ("wat" is "what", "dat" is "that", "ma" and "mama" are "mom", exactly as normalisation writes
them). Ages are regular expressions over normalised text (lower-case ASCII, accents folded; "k ben 14"
arrives as "ok ben 14" because a lone "k" is read as "ok").
"""

from __future__ import annotations

LANGUAGE = "nl"

# Word lists shared by several phrases (one slot each: alternatives joined by "|").
_PARENT = (
    "ouders|moeder|mam|mama|ma|mams|mammie|mamma|moeke|vader|pap|papa|pa|paps|pappie|stiefvader|stiefmoeder|"
    "stiefpa|stiefma|broer|zus|zusje|broertje|oma|opa|familie|ouwelui|grootouders"
)
_APPS = (
    "snapchat|snap|whatsapp|whatsap|watsapp|wa|insta|instagram|telegram|discord|tiktok|signal|kik|skype|"
    "facebook|messenger|wickr|threema|viber"
)
# The messengers people move a chat to (not discord: gamers go there together to talk while they play).
_MESSENGERS = "snapchat|snap|whatsapp|whatsap|watsapp|wa|insta|instagram|telegram|signal|kik|skype|wickr|threema"
_NUMBER = "nummer|06|telefoonnummer|gsmnummer|mobielnummer|nr|num|06nummer"
_PICTURE = (
    "foto|foto's|fotos|fotootje|fotootjes|fotoos|pic|pics|plaatje|plaatjes|selfie|selfies|selfietje|filmpje|"
    "filmpjes|video|videos|vid|vids|naaktfoto|naaktfoto's|naaktfotos|nudes|nude|snapje|snapjes"
)
_BODY = "lichaam|lijf|borsten|tieten|tietjes|kont|billen|voeten|benen|buik|kutje|piemel|ondergoed"
_UNDERWEAR = "ondergoed|bh|beha|bikini|slipje|string|stringetje|onderbroek|lingerie|badpak|boxer"
_LINGERIE = "ondergoed|bh|beha|slipje|string|stringetje|onderbroek|lingerie"
_YOUR = "je|jouw|uw|jou"
_MY = "mijn|m'n|mn"
# What a threat says it will send or post, and to whom.
_THREAT_ITEMS = (
    "foto|foto's|fotos|fotootjes|pics|pic|filmpje|filmpjes|video|videos|nudes|naaktfoto|naaktfoto's|naaktfotos|"
    "chats|screenshots|screens|berichten|gesprekken"
)
_THREAT_TARGETS = (
    "ouders|moeder|vader|mam|mama|pap|papa|pa|vrienden|vriendinnen|familie|school|klas|klasgenoten|leraren|"
    "mentor|volgers|contacten|opa|oma|broer|zus"
)
_SEX_WORDS = (
    "neuken|neukt|neukte|geneukt|neuk|pijpen|gepijpt|pijpbeurt|beffen|gebeft|vingeren|gevingerd|masturberen|"
    "masturbeer|masturbeert|klaarkomen|klaargekomen|klaarkomt|orgasme|sperma|piemel|penis|tieten|tietjes|"
    "borsten|tepels|tepel|kutje|vagina|clitoris|naakt|naakte|naaktfoto|naaktfoto's|naaktfotos|poedelnaakt|"
    "spiernaakt|condoom|condooms|dildo|vibrator|lingerie|slipje|stringetje|blowjob|handjob|aftrekbeurt|"
    "sexting|sexten|seksen|seksten|sexchat|porno|seksueel|seksuele|schaamhaar|cupmaat|behamaat|bhmaat|vrijen|"
    "gevreeen|gevreeën|hitsig|ontmaagd|schaamstreek|geslachtsdeel|geslachtsdelen|seksspeeltje"
)

PHRASES: dict[str, tuple[str, ...]] = {
    "AGE_PROBING": (
        "hoe oud ben|bent|bn|zijt|zijde|benje|bennie [je|jij|u|ge|gij]",
        "hoe oud ?",
        "hoe jong ben|bent|benje [je|jij|u]",
        f"wat is|'s {_YOUR} leeftijd|lft",
        f"[{_YOUR}] leeftijd|lft ?",
        "welke groep|klas|klasse zit|zitte|zitten [je|jij|u|ge]",
        "in welke groep|klas ?",
        "zit|zitte|zitten je|jij|u|ge [nog|al] op|in [de] basisschool|middelbare|school|brugklas|havo|vwo|vmbo|"
        "mavo|middelbaar|lagere",
        "ga|gaat je|jij|u nog naar [de] school|basisschool|middelbare",
        "ben|bent|zijt je|jij|u|ge [al|nog|echt|wel] 18|16|14|12|13|15|17|meerderjarig|minderjarig|volwassen",
        "ben|bent|zijt je|jij|u|ge [al|nog|echt|wel] boven|onder|ouder_dan|jonger_dan [de] 18|16|21",
        "benje [al|nog|echt|wel] 18|16|14|12|13|15|17|meerderjarig|minderjarig|volwassen",
        "ben|bent|zijt je|jij|u|ge [echt|al|pas|nog|nou|wel] # ?",
        "benje|zijde [echt|al|pas|nog|nou|wel] # ?",
        "[je|jij] bent [echt|pas|nog|maar|al] # ?",
        "jaar ben|bent je|jij|u geboren",
        "wanneer ben|bent je|jij|u geboren",
        "geboortejaar ?",
        "ben|bent je|jij [een] jongen of [een] meisje|meid",
        "ben|bent je|jij [een] meisje|meid of [een] jongen",
        "m of v",
        "v of m",
        "ben|bent je|jij een jongen|meisje|meid ?",
        "waar woon|woont|woonde je|jij|u|ge",
        "welke stad|plaats|provincie|dorp|gemeente kom|woon|woont|ben",
        "je|jij|u ziet er [zo|nog|heel|echt|best|wel] jong|jonger",
        "zie|ziet je|jij|u er [zo|nog|heel|echt|best|wel] jong|jonger",
        "asl|lft ?",
        "op welke school zit|zitte [je|jij]",
        "ben|bent je|jij [nog] een scholier|scholiere|leerling",
    ),
    "PARENT_CHECK": (
        f"zijn|is {_YOUR} {_PARENT} [nog|al|nu|er|vandaag|vanavond|vannacht|morgen|zaterdag|zondag|straks|eigenlijk|"
        "vaak|ook|dit|het] [nog|al|er|ook|weekend|avond] [niet] thuis|weg|werken|wakker|slapen|boven|beneden|uit|away|"
        "buiten|er|aan_het_werk|op_het_werk|op_vakantie|op_reis|de_deur_uit|van_huis|in_de_buurt|erbij",
        f"waar zijn|is {_YOUR} {_PARENT}",
        f"wanneer|wnr|hoelaat komen|komt|gaan|gaat|zijn|is {_YOUR} {_PARENT}",
        f"hoe laat komen|komt|gaan|gaat|zijn|is {_YOUR} {_PARENT}",
        f"zijn|is {_YOUR} {_PARENT} [erg|heel|echt|zo] streng",
        f"slapen|slaapt {_YOUR} {_PARENT}",
        f"werken|werkt {_YOUR} {_PARENT} vaak|laat|'s_avonds|nachts|avonds|lang|veel",
        "alleen thuis|thuiss",
        "ben|bent|zijt|benje [je|jij|u|ge] [nu|nou|nog|even|ff|vaak|al] alleen ?",
        "is [er] [nog] iemand [anders] thuis|wakker",
        "wie is|zijn er [nog|allemaal] thuis",
        f"weten|weet {_YOUR} {_PARENT} [eigenlijk|wel|ook|al] hiervan|ervan|van_mij|van_ons|van_deze|dat_we|wie_ik|"
        "dat_ik|hier_van|dat_je|met_wie|wat_je|waar_je|dat_jij",
        f"kijken|kijkt|checken|checkt|controleren|controleert|lezen|leest|doorzoeken|doorzoekt {_YOUR} {_PARENT} "
        "[eigenlijk|ook|wel|soms|vaak|altijd|nog|weleens|wel_eens|ooit|stiekem] [mee] [op|in] [je|jouw|de] "
        "telefoon|mobiel|gsm|berichten|chats|appjes|whatsapp|ipad|laptop|mobieltje|telefoontje|insta|snap|snapchat|"
        "berichtjes",
        f"{_APPS}|telefoon|mobiel|gsm|berichten|chats|appjes|berichtjes leest|lezen|bekijkt|bekijken|checkt|checken|"
        f"controleert|controleren {_YOUR} {_PARENT} [misschien|eigenlijk|ook|wel|soms|vaak|altijd|nog|weleens] [mee]",
        f"leest|lezen|kijkt|kijken {_YOUR} {_PARENT} [eigenlijk|ook|wel|soms|vaak|altijd|nog|weleens|stiekem|"
        "misschien] mee",
        "leest|lezen|kijkt|kijken|checkt|controleert iemand|er_iemand [eigenlijk|ook|wel|soms|vaak|thuis] [mee] "
        "[op|in|naar] [je|jouw] [telefoon|berichten|chats|appjes|mobiel|gsm] [mee]",
        f"{_PARENT}|iemand [het|dit|dat|je|jouw|alles|onze] [berichten|chats|appjes|gesprek|gesprekken] "
        "meelezen|meekijken|meeleest|meekijkt",
        f"hoe lang blijven|blijft|werken|werkt {_YOUR} {_PARENT}",
        f"hoe lang zijn|is {_YOUR} {_PARENT} [nog] weg|van_huis|op_vakantie|aan_het_werk|op_reis",
        "als|wanneer|zodra je|jij [helemaal] alleen [thuis] bent",
        f"zonder {_YOUR} {_PARENT} erbij|in_de_buurt|ernaast",
        "eigen telefoon|mobiel|gsm|kamer|laptop|computer|ipad|tablet ?",
        "heb|hebt [je|jij] [een] eigen telefoon|mobiel|gsm|kamer|laptop|computer|ipad|tablet",
        f"{_YOUR} {_PARENT} merken|merkt|zien|ziet|hoeven|hoeft [het|er|dit|dat] [toch] [echt] niet|nooit|niks|nie",
        f"{_YOUR} {_PARENT} komen|komt er [toch] [echt] nooit|niet achter",
        "kun|kan|kunt [je|jij] ['s_nachts|stiekem] stiekem|wegglippen|wegsluipen weg|naar_buiten|het_huis_uit",
        "met wie woon|woont [je|jij]",
        "huis voor jezelf|jou_alleen",
        "[het] rijk alleen",
        f"mag|mogen [je|jij] [dat|het] van {_YOUR} {_PARENT} [wel] chatten|appen|online|met_mij|met_vreemden",
        f"vinden|vindt {_YOUR} {_PARENT} het [niet] goed dat",
    ),
    "SECRECY": (
        "vertel|vertelt|zeg|zegt|verklap|verklapt [het|dit|dat|er|maar|ff|even|wel] [maar|ff|even|dan] niet|nie|niks|"
        f"nooit [aan|tegen] [{_YOUR}] {_PARENT}|vrienden|vriendinnen|vriendin|vriendjes|juf|meester|leraar|lerares|"
        "mentor|iemand|niemand",
        f"niet|nie|niks|nooit [aan|tegen] {_YOUR} {_PARENT}|vrienden|vriendinnen|vriendin|juf|meester|leraar|"
        "lerares|mentor zeggen|vertellen|laten_zien|laten_weten",
        "vertel|vertelt|zeg|zegt|verklap|verklapt [het|dit|dat|er|maar|ff|even] [maar|ff|even] [aan|tegen] niemand",
        "[aan|tegen] niemand zeggen|vertellen|laten_zien|verklappen",
        "niemand hoeft|mag|moet|gaat|zal [het|dit|dat|er|van|iets] [iets|het|dit] [van] [te] weten|horen|zien",
        "ons|onze [kleine|kleins] geheim|geheimpje|geheimen|geheimpjes",
        "geheimpje|geheimpjes",
        "is|blijft|zijn [nog|wel|echt|maar|allemaal|helemaal|strikt|top] [een] geheim",
        f"{_PARENT}|die|ze|zij|hij hoeft|hoeven|moeten|moet [het|dit|dat|er|daar|toch|tog|echt|ook] [toch|tog|echt|"
        "ook|het|dat|er|helemaal] [echt|helemaal] niet|niks|nooit|niets|nie|ni [alles] [van] [te] weten|horen|merken",
        "zeg|zegt|vertel|vertelt|zeggen [maar|gwn|gewoon|dan|ff|even|thuis] [tegen|aan] [je|jouw] "
        f"[{_PARENT}] [maar|gwn|gewoon|dan] dat|da je|jij|we|wij|ge|gij [*] [*] [*] bij|naar|met|in [een|je|jouw|de|"
        "die|'n] "
        "vriendin|vriend|vrienden|vriendinnen|vriendinnetje|vriendje|bieb|bibliotheek|maatje|klasgenoot|klasgenote|"
        "logeren|slapen|slaapfeestje|logeerpartijtje",
        "vertel|vertelt|zeg|zegt|verklap|verklapt [het|dit|dat|er|maar|ff|even|dan|nou|nu] [nog|maar|ff|even|dan|echt|"
        "wel|alsjeblieft|aub|pls|tog] [maar|even|ff] niks|niets|nog_niks|nog_niets|nikske",
        "niemand [anders|behalve_ik|verder] ziet|krijgt|zal|gaat het|hem|ze|dit|dat|jou [ooit|te] [zien]",
        "niemand komt|zal|gaat [het|er|dit|ooit] [ooit] [er] erachter|achter",
        f"{_PICTURE} [*] [*] voor mij|me alleen",
        "alleen voor mijn ogen",
        f"{_YOUR} {_PARENT} snappen|snapt|begrijpen|begrijpt [het|dat|dit|ons] [toch|tog|echt|gewoon] niet|nie|ni|"
        "nooit|"
        "verkeerd",
        "ouders|die|ze|zij|mensen|anderen zouden|zullen [het|dat|dit|ons] [toch|tog|echt|nooit|gewoon] niet|nie|ni|"
        "nooit|"
        "verkeerd "
        "begrijpen|snappen|opvatten",
        f"gaat {_YOUR} {_PARENT}|niemand|niemand_anders [toch|echt|helemaal] niks|niets aan",
        f"zonder dat [{_YOUR}] {_PARENT}|iemand|ze|zij|hij [het|er|dit|dat] [iets] weet|weten|merkt|merken|doorheeft|"
        "doorhebben|ziet|zien|erachter_komt|erachter_komen",
        "blijft|blijven|houden|hou|houd [het|dit|dat|maar|wel|gewoon|alles] [maar|wel|gewoon] tussen|onder ons|"
        "jou_en_mij|ons_tweeën|ons_tweeen|ons_twee",
        "tussen jou en mij",
        "geheim houden|hou|houd|blijven|blijft|bewaren",
        "verwijder|verwijderen|verwijdert|wis|wissen|delete|deleten|delet [de|deze|die|onze|je|jouw|alle|dit|het] "
        "[maar|ff|even|wel|meteen|daarna] [maar] chat|chats|gesprek|gesprekken|berichten|appjes|geschiedenis|"
        "chatgeschiedenis|conversatie",
        "chat|chats|gesprek|gesprekken|berichten|appjes [maar|wel|ff|even|meteen|direct|daarna|dan|altijd] "
        "verwijderen|wissen|deleten|weghalen",
        f"als|wanneer|stel_dat {_YOUR} {_PARENT} [het|dit|dat|er|ooit] [ooit] ontdekken|ontdekt|merken|merkt|erachter|"
        "achter|lezen|leest|zien|ziet|horen|hoort|weten|wisten",
        "kom|komen|komt|raak|raakt|raken|beland|belanden|ga|gaan|kan|kun [ik|we|jij|je] [echt|dan|daarvoor|heel|"
        "flink|zwaar] in [de] problemen|gevangenis|bak|cel|bajes|nor|gevang",
        "ben|bent [je|jij|u] [van] [de] [een] politie|agent|smeris|undercover|flik|juut",
        "stiekem chatten|appen|praten|houden|doen|contact|blijven",
        "dit|dat|het blijft geheim",
        f"laat [het|dit|dat] niet|nie aan {_YOUR} {_PARENT} zien",
    ),
    "TRUST_FLATTERY": (
        f"volwassen|wijs|rijp|matuur|mature|mooi|sexy|lekker|ver|ontwikkeld voor {_YOUR} leeftijd",
        f"voor {_YOUR} leeftijd ben|bent|zie|ziet|lijk|lijkt [je|jij] [er] [echt|heel|zo|erg|best|wel|super] "
        "volwassen|mooi|knap|rijp|sexy|lekker|ontwikkeld|ver|oud|ouder|wijs",
        "[je|jij|u|ge] bent|ben|zijt [echt|zo|zoo|heel|erg|super|best|wel|toch|gewoon|zooo] [zo|heel|echt|mooi|erg] "
        "mooi|knap|schattig|sexy|lekker|volwassen|speciaal|bijzonder|perfect|beeldschoon|prachtig|rijp|wijs|cute|"
        "hot|aantrekkelijk|beeldig",
        "je|jij|u ziet|zag er [echt|zo|heel|erg|super|best|wel|toch|altijd] [zo|heel|echt|erg] mooi|knap|volwassen|"
        "ouder|sexy|lekker|schattig|prachtig|hot|beeldschoon|goed|leuk|geweldig|volwassener",
        "zie|ziet|zag je|jij|u er [echt|zo|heel|erg|super|best|wel|toch|altijd] [zo|heel|echt|erg] mooi|knap|"
        "volwassen|ouder|sexy|lekker|schattig|prachtig|hot|beeldschoon|goed|leuk|geweldig|volwassener",
        "lijk|lijkt [je|jij] [echt|veel|zo|wel|best|heel|al|zeker|gewoon] [veel] ouder|volwassener|volwassen|rijper",
        "zo mooi|knap|lief|leuk|schattig|sexy als je|jij bent",
        "model looks",
        "modellooks|modelgezicht|modellenfiguur|modelfiguur|modellenlichaam",
        "je|jij kan|kunt|zou [echt|zo|makkelijk|zeker|gewoon] model [kunnen] worden|zijn",
        "jij snapt|begrijpt me|mij tenminste|als_enige|altijd|zo_goed|echt_wel",
        f"{_YOUR} {_PARENT}|die|ze snappen|snapt|begrijpen|begrijpt je|jou|u [gewoon|echt|toch|tog|helemaal] niet|nie|"
        "ni|"
        "nooit",
        "kan|kunt|mag [je|jij] me|mij [echt|altijd|gewoon|wel|helemaal] vertrouwen",
        "verkering met mij|me",
        f"{_MY} meisje|schatje|liefje|vriendinnetje worden|zijn",
        "de beste [*] van|uit [de|het|mijn|m'n|mn|je|jouw|hele] [hele] team|groep|klas|club|vereniging|selectie|les|"
        "school",
        "wat|what ben|bent [je|jij|u] [toch|echt] mooi|knap|sexy|lekker|schattig|volwassen|prachtig",
        "mooie|knappe|lekkere|sexy meid|dame|prinses|meissie|meiske|meisie",
        "lekker|lekkere|sexy ding|wijf|meisje",
        "ik begrijp jou|je helemaal|als_geen_ander|beter_dan_wie_ook",
        "ik begrijp jou",
        "niemand begrijpt|snapt je|jou [zoals|zo_goed_als|beter_dan]",
        "kan|kunt|mag [je|jij|u] [me|mij] alles vertellen|zeggen",
        "ik hou|houd van je|jou|you",
        "hvj|hvjg|hvjdg|ihvj|ikhvj",
        "ik mis je|jou",
        "je|jij betekent|betekend [zo] veel voor me|mij",
        "leeftijd is [toch|ook] [maar|gewoon] een|'n getal|nummer",
        "leeftijd maakt|zegt [toch|echt|helemaal] niet|niks|niets [uit]",
        "er altijd voor je|jou",
        "altijd voor je|jou klaar|daar",
        f"{_MY} prinses|prinsesje|engel|engeltje|mooie|knappe|sexy|lekkere",
        "hey|hoi|hallo|hee|hai|hi|hej mooie|knappe|sexy|lekker|lekkere|schoonheid|prinses|mooi|knapperd",
        "denk steeds|altijd|vaak|continu|constant|heel_vaak [maar] aan je|jou",
        "denk aan jou",
        "je|jij|u maakt me|mij [zo|echt|heel|super] gelukkig|blij",
        "bent|ben [echt|zo|heel|gewoon|wel|toch|zoveel] anders dan de|die|mijn|m'n|mn|al|alle [andere] rest|anderen|"
        "andere|meisjes|meiden|leerlingen|kinderen|jongens",
        "oudere mannen|vriend|vriendje",
        "wou|wilde dat je|jij hier|ouder|bij_me was|bent|waart",
        "ik vind je|jou [echt|zo|heel|erg|super|best|wel] [heel|echt] mooi|knap|sexy|lekker|schattig|leuk|speciaal|"
        "bijzonder|aantrekkelijk",
        "jij bent de enige die mij|me [echt] begrijpt|snapt",
    ),
    "GIFTS": (
        "koop|kopen|geef|betaal [ik] [wel|gewoon|graag] [een|iets|wat|alles|die|dat|het|nieuwe|nieuw|"
        "robux|vbucks|skins] [cadeautje|cadeau|nieuwe] voor je|jou|u",
        "ik geef|koop|stuur|schenk|betaal je|jou|u [wel|gewoon|graag|nog] [een|wat|nieuwe|nog|paar|#] "
        "[paar|nieuwe|nieuw|euro|beetje] geld|robux|vbucks|cadeau|cadeautje|cadeaubon|giftcard|tegoed|beltegoed|"
        "skins|skin|kleding|kleren|telefoon|iphone|airpods|ps5|centen|poen|zakgeld|cash",
        "robux",
        "vbucks|vbux",
        "v bucks|bux",
        "je|jouw beltegoed|tegoed|belwaarde|saldo [wel|even|ff] opwaarderen|opladen|aanvullen",
        "beltegoed|tegoed|belwaarde voor je|jou",
        "waardeer [ik] je|jou|jouw [beltegoed|tegoed|saldo|sim] [wel] op",
        "cadeaubon|cadeaubonnen|cadeaukaart|cadeaukaarten|giftcard|giftcards|paysafecard|paysafe|paysafecards",
        "google|play|psn|steam|xbox|itunes|nintendo|fortnite|playstation kaart|kaartje|tegoed|code|codes|giftcard",
        "cadeau|cadeautje|cadeautjes|verrassing|verrassinkje voor je|jou|u",
        "je|jou mee [uit] shoppen|winkelen",
        "gratis|free robux|vbucks|skins|skin|diamonds|gems|coins|munten|nitro",
        "rook|rookt|blow|blowt|vape|vapet je|jij",
        "drink|drinkt je|jij [al|ook|wel|eigenlijk|weleens] alcohol|bier|drank|wodka|vodka",
        "wil|wilt [je|jij] [wat|een|ook|paar] [beetje] drank|alcohol|wiet|bier|biertje|sigaretten|peuken|sigaret|"
        "wodka|vodka|breezer|breezers|joint|jointje|vape|blowtje",
        "drank|alcohol|wiet|bier|sigaretten|peuken|wodka|vodka|breezers|jointje|vape voor je|jou|jullie",
        "betaal|betalen|koop|regel [ik] [je|jouw] [wel] treinkaartje|kaartje|ticket|reis|uber|taxi|ov|ovkaart|"
        "treinreis|busreis|trein",
        "robux|vbucks|tegoed|beltegoed|skins|cadeaus voor|tegen [een|je|wat|paar] foto|foto's|fotos|pics|nudes|"
        "filmpje|filmpjes|video|plaatje|naaktfoto",
        "geld|euro|poen|cash tegen [een|je|wat|paar] foto|foto's|fotos|pics|nudes|filmpje|filmpjes|"
        "naaktfoto|naaktfoto's",
        "je|jou [lekker|helemaal|flink] verwennen",
        "[discord] nitro",
        "ik geef|betaal|stuur je|jou|u [wel|gewoon|graag|nog] # euro|eur|ballen|piek",
        "bol|bolcom|amazon|zalando|hema|coolblue|ikea [com] cadeaukaart|kaart|kaartje|bon|tegoedbon|giftcard|cadeaubon",
    ),
    "IMAGE_REQUEST": (
        "stuur|stuurt|sturen|send|zend [je|jij|u] [me|mij|ff|even|eens|effe|snel|nog|maar|eventjes] "
        "[ff|eens|even|effe|een|maar|'n] [een|'n|je|jouw|wat|paar|nog|meer|mooie|sexy|leuke|nieuwe] "
        f"[paar|mooie|sexy|nieuwe] {_PICTURE}",
        f"me|mij [een|'n|je|wat|paar|nog|meer] {_PICTURE} [van] [jezelf|jou|je] sturen|opsturen|doorsturen|sende",
        f"{_PICTURE} van jezelf|jou",
        f"{_PICTURE} in [je|jouw|alleen] [je] {_UNDERWEAR}",
        f"mag|kan|kun [ik] [een|'n|je|wat|jouw|nog|meer|paar] {_PICTURE} [van] [jou|je|jezelf] zien|hebben|krijgen",
        f"heb|hebt [je|jij|u] [een|'n|wat|meer|nog|nieuwe|sexy] {_PICTURE} [van] jezelf|jou|?",
        "laat jezelf [eens|ff|even|maar] zien",
        "laat [me|mij] [eens|ff|even|maar] jezelf|jou zien",
        "jezelf laten zien",
        "ik wil je|jou [graag|echt|zo|nu|heel] [graag] zien",
        f"laat [me|mij] [eens|ff|even] {_YOUR} {_BODY} [eens|ff|even] zien",
        f"{_YOUR} {_BODY} [eens|ff|even] zien|laten_zien",
        "zet|zetten|doe [je|jij] [je|jouw|de] [ff|even|eens] webcam aan",
        "videobellen|facetimen|facetime|videochat|videochatten",
        "wat|what heb|hebt [je|jij|u] [nu|nou|vandaag] aan ?",
        "wat|what heb|hebt [je|jij|u] nu|nou|eronder aan",
        "wat|what draag|draagt [je|jij|u] [nu|nou|op_dit_moment|eronder]",
        f"doe|trek [je|jouw] kleren|kleding|shirt|shirtje|topje|broek|{_UNDERWEAR} [eens|ff|even|maar] uit",
        "kleed|kleedt [je|jij] [je] [eens|ff|even|maar] uit",
        "uitkleden voor mij|me",
        f"in {_YOUR} {_UNDERWEAR}",
        f"{_PICTURE} van {_YOUR} {_BODY}",
        f"maak|maakt|maken [eens|ff|even|een|'n] [een|'n] {_PICTURE} [van|voor] jezelf|mij",
        "selfie|pic|pics|nudes|snapje|naaktfoto ?",
        "meer van je|jou zien",
    ),
    "PLATFORM_MIGRATION": (
        f"heb|hebt|heeft [je|jij|u] [ook|eigenlijk|al] {_APPS}",
        f"zit|zitte|zitten|ben|bent [je|jij|u] [ook] op {_APPS}",
        f"wat|what is|'s {_YOUR} {_APPS}|{_NUMBER}|username|gebruikersnaam",
        f"geef|gee|stuur|zeg [me|mij|ff|even|eens] [je|jouw|uw|ff|even] [ff|even] {_NUMBER}|snapchat|instagram|"
        "whatsapp|telegram|discord|username|gebruikersnaam",
        f"mag|kan|krijg [ik] [je|jouw|uw] {_NUMBER}|snapchat|instagram|whatsapp|telegram|discord|username",
        f"{_YOUR} {_NUMBER}|snapchat|instagram|whatsapp|telegram|discord ?",
        f"add|adden|addet|voeg [me|mij|je|jou] [ff|even|eens|maar|dan] [toe] [op|aan|in|bij] {_APPS}",
        "privé|prive|priv appen|chatten|praten|verder|berichten|bericht|chat|gesprek|sturen",
        "stuur [me|mij] [ff|even|een|'n] [ff] pb|pm|privebericht|privébericht|dm|priveberichtje",
        "pb|pm me|mij",
        f"laten|zullen [we|wij] [verder] [ff|even|maar] [op|via|naar|in|over] {_MESSENGERS}",
        f"op|via|over|naar {_MESSENGERS} verder|praten|chatten|appen|afspreken|bellen",
        f"download|installeer|installeren|downloaden|haal [ff|even|eens|maar] {_APPS}",
        "andere app|applicatie",
        "ander platform",
        "mag|kan ik je|jou|u [ff|even|eens|vanavond|straks|morgen] bellen|facetimen|videobellen",
        f"bel|bellen [me|mij] [ff|even|maar|vanavond|straks|op] [op] [dit|mijn|m'n|mn] {_NUMBER}",
        f"{_MY} {_NUMBER}|snapchat|insta|snap|telefoonnummer is",
        f"heet|heette [je|jij|u] [op|bij|in] {_APPS}",
        "app|appen|appt|bel|bellen|sms|sms't|whatsapp [me|mij] [ff|even|maar|dan|gwn|gewoon|voortaan|liever|vanaf_nu|"
        "straks|later] [ff|even|maar|gwn|gewoon|liever] [op|via|naar] [mijn|m'n|mn|dit|mijn_privé|dat|het] "
        "[andere|privé|prive|nieuwe|tweede|eigen|geheime] privé|prive|priv|06|nummer|privénummer|telefoon|mobiel|gsm|"
        "whatsapp|snap|account",
        "andere|ander|tweede|privé|prive|geheime|geheim|priv account|accountje|nummer|06|insta|snap|snapchat|instagram",
        f"berichtje|bericht|appje|dm|pb|berichtjes [ff|even] op|via|in|naar|over {_MESSENGERS}",
        f"stuur|stuurt|sturen|app [me|mij] [*] [*] [*] op|via|over|naar {_MESSENGERS}",
        f"liever|beter|voortaan|vanaf_nu|alleen_nog op|via|over|in {_MESSENGERS}",
        f"gaan|ga|stappen|switchen|wisselen we [ff|even|maar|liever|dan] [over] [naar|op] {_MESSENGERS}",
        "appje|appjes [naar] [mijn|m'n|mn] 06|nummer",
    ),
    "MEETING_PROPOSAL": (
        "zullen|kunnen|gaan|moeten|willen [we|wij] [een] keer|eens|ooit|binnenkort|stiekem|ergens|echt|snel "
        "afspreken|ontmoeten|zien|meeten|affspreken",
        "je|jou|elkaar|u [graag|echt|eens|ff|snel|ooit|binnenkort|een_keer|nou|nu|eindelijk] [graag] ontmoeten|"
        "ontmoete|meeten",
        "in_het_echt|in_real_life|face_to_face zien|ontmoeten|afspreken|spreken",
        "je|jou stiekem|ergens [wel] ophalen|oppikken|halen",
        "je|jou [wel] oppikken",
        "pik|pikt je|jou [wel|ergens|stiekem] op",
        "kom|kom_je [eens|een_keer|ff|maar|gwn|gewoon|dan|anders|stiekem] naar mij|me toe|thuis|huis",
        "bij mij|me [thuis] [blijven] slapen|logeren|overnachten",
        "kom|komen [ik] [wel|gewoon|graag|een_keer|eens|ff] naar jou|je|u toe|huis|thuis",
        "je|jou [een_keer|eens|graag|ff|wel] bezoeken|opzoeken",
        "waar woon|woont [je|jij|u] precies|exact|ergens",
        "wat|what is|'s je|jouw|uw adres|adress|huisadres|straat",
        "je|jouw adres ?",
        "hotel|hotelkamer voor ons [twee|tweeën|tweeen|samen]",
        "stiekem afspreken|weg|wegglippen|naar_buiten|ontmoeten|zien|naar_mij|komen|naar_je_toe",
        "wegsluipen|wegglippen",
        "naar buiten sluipen|glippen",
        "sta|wacht [al|nu] [buiten] [bij|voor|achter] je|jouw deur|huis|school|voordeur|flat|straat",
        "onderweg naar je|jou|jouw|u",
        "hoe ver [weg] woon|woont [je|jij|u]",
        "wanneer|wnr kunnen|zullen|gaan [we|wij] elkaar [eens|een_keer|nou|dan|eindelijk] zien|ontmoeten|treffen",
        "date met mij|me",
        "wat|what doe|ga [je|jij] vannacht [doen]",
        f"kom|komen|kom_je naar {_MY} huis|appartement|kamer|auto|hotel|plek",
        "in mijn|m'n|mn auto stappen|stapt",
        "met z'n|ons tweeën|tweeen|twee|2en afspreken|ontmoeten",
        "zien we elkaar stiekem|alleen",
        "haal|haalt|pik|pikt [ik] je|jou [*] [*] [*] [*] op|ophalen|oppikken",
        "kom [*] [*] [*] naar mij|me [toe|thuis|huis]",
        "kom [*] [*] [*] langs",
    ),
    "SEXUAL_CONTENT": (
        _SEX_WORDS,
        "seks|sex",
        "sexy",
        "geil op|van",
        "word|wordt|maakt|maak [je|jij|me|mij|ik|u] [zo|al|echt|heel|super|nu] geil|opgewonden|hitsig|horny",
        "ben|bent [je|jij|ik|u] [zo|al|echt|heel|super|nu] geil|hitsig|horny",
        "geil ?",
        "nog maagd",
        "ben|bent [je|jij] [nog|al] maagd",
        "eens|ooit|weleens|wel_eens [iemand] [een] gezoend|getongd|gevingerd|gepijpt|gebeft|aangeraakt|gevreeën|"
        "gevreeen|gemasturbeerd|geneukt|seks",
        "wil|zou|wou [je|jou] [graag|overal|helemaal] [willen] aanraken|strelen|likken|kussen|zoenen|vingeren|neuken|"
        "uitkleden|betasten",
        "jezelf [eens|wel|ooit|vaak] aanraken|aanraakt|aangeraakt|vingeren|vingert|strelen|streelt|bevredigen|"
        "bevredigt",
        "raak|raakt [je|jij] jezelf [wel|eens|ooit|vaak|weleens] [eens|vaak] aan",
        "trek|trekt [je|jij] [jezelf] [wel|eens|ooit|vaak] af",
        f"wat|what voor|kleur {_LINGERIE}",
        f"welke kleur [heeft] [je|jouw] {_LINGERIE}",
        "cup maat",
        "bh|beha maat",
        "scheer|scheert [je|jij] [je] daar|onder|beneden|onderaan|kaal",
        "heb|hebt [je|jij] [al] borsten|tieten|tietjes|schaamhaar",
        "met je|jou in [de|het] bed|douche|bad",
        "met je|jou knuffelen|kroelen|vrijen|zoenen|douchen|slapen",
        "[heel] normaal|natuurlijk op|voor|in je|jouw leeftijd",
        "iedereen doet het|dat|dit [op|in] [jouw|je] [leeftijd]",
        "zuig|zuigen|zuigt|lik|likken|likt aan [mijn|m'n|mn|je|jouw] piemel|penis|lul|tepels|tieten|borsten|ballen|"
        "kutje",
        "krijg|kreeg|krijgt [er] een|'n stijve",
        "zin in seks|sex|jou",
        "ooit|al|eens|weleens|wel_eens [iets|wat] met [een|'n] oudere|volwassene|man|jongen|meisje|vrouw|kerel|jongen "
        "gehad|gedaan|gezoend|getongd|gevreeën|gevreeen|geslapen",
        "ben|bent [je|jij] [al] voorgelicht|ontmaagd",
        "hoe ver ben|bent [je|jij] [al|ooit|weleens] gegaan",
        "eerste keer [al] gehad",
    ),
    "PRESSURE_THREAT": (
        f"anders|zoniet|zo_niet [dan] stuur|zet|post|deel|plaats|verspreid|lek|upload|toon|laat ik [de|je|jouw|die|"
        f"deze|alle|jou] {_THREAT_ITEMS}",
        f"stuur|zet|post|deel|verspreid|lek|laat [ik] [al] [je|jouw|die|deze] {_THREAT_ITEMS} [van] [jou|je] "
        f"naar|aan|met|bij [al] {_YOUR} {_THREAT_TARGETS}",
        "naaktfoto|naaktfoto's|naaktfotos|nudes|naaktfilmpje|naaktfilmpjes [naar|aan|op|bij|rond|met|in] [al|heel] "
        "[je|jouw|de|het] iedereen|school|klas|internet|online|ouders|vrienden|familie|insta|instagram|tiktok|"
        "snapchat",
        "iedereen gaat|zal|gaan|krijgt [het|dit|dat|ze|je|jouw|alles] [dan] zien|weten|te_zien|horen",
        "me|mij [nog] [wel] [wat|iets|een|dat|het] schuldig",
        "als|wanneer je|jij [me|mij] [nu|nou|dat|het|die|de] niet|geen|nie|niks [meer|nog] [een|wat|je] "
        f"[{_PICTURE}] stuurt|antwoordt|reageert|opstuurt|gehoorzaamt",
        "negeer|negeert [je|jij] me|mij [niet|nou|nu|gewoon]",
        "mij|me [niet] [meer] [te] negeren",
        "antwoord|reageer me|mij [nou|nu|dan|eens]",
        "antwoord|reageer nou|godverdomme|verdomme|eens",
        "geef [me|mij] nou|eens|godverdomme [eens] antwoord",
        "bewijs|bewijst het|maar|eens|dan",
        "bewijs|bewijst [dan|maar|eens] dat je|jij [echt] bestaat|van_me_houdt|om_me_geeft|echt_bent",
        "[je|jij] hebt|had [het|dat] [toch|wel|mij|me] beloofd",
        "weet|weten waar je|jij|u woont|woon|op_school_zit|naar_school_gaat|slaapt|werkt",
        "krijg|krijgt|gaat|zal|zult [je|jij] [hier|daar|er] [nog] spijt [van]",
        "laatste|allerlaatste kans|waarschuwing",
        "niemand gaat|zal|zou [je|jou] [toch|eh|ooit] geloven",
        f"je|jij moet [me|mij] [nu|nou|echt|gewoon] [een|'n|je|jouw|wat|meer] {_PICTURE} sturen|opsturen|laten_zien",
        "je|jij moet met mij|me afspreken",
        "wees|ben|doe [nou|nu|toch|eens|niet] [geen|niet_zo|zo] watje|bangerik|schijterd|kleuter|preuts|lafaard|"
        "mietje|schijtlijster",
        f"{_YOUR} leven|reputatie|naam kapot|verpesten|ruineren|ruïneren|zuur",
        "ik heb [nog] [al] [alle|je|jouw|de] screenshots|screens|schermafbeeldingen|schermafdrukken",
        "of ik stuur|zet|post|deel|plaats|verspreid|lek|upload",
        "zodat|zo ik weet|zie|zeker_weet dat|da je|jij echt|wel|geen [echt] [bot|nep|fake] bent|bestaat",
        "dan weet|zie ik dat|da je|jij echt|wel|geen [echt] [bot|nep|fake] bent|bestaat",
        "niet doet|doen|stuurt|wil denk|weet|vind ik [dat|da] je|jij me|mij niet [echt|meer] leuk|lief vindt|vind",
        "anders|dan denk|weet|vind ik [dat|da] je|jij me|mij niet [echt|meer] leuk|lief vindt|vind",
        "als je|jij me|mij [echt|wel|echt_wel] leuk|lief vindt|vind [dan|doe|stuur|stuurt|doet|laat]",
    ),
}

#: Words too frequent in Dutch chat to anchor a phrase (respelt like the phrases: "wat" is "what" here).
COMMON_WORDS = frozenset(
    [
        "ik",
        "je",
        "jij",
        "jou",
        "jouw",
        "u",
        "uw",
        "hij",
        "zij",
        "ze",
        "we",
        "wij",
        "ons",
        "onze",
        "me",
        "mij",
        "mijn",
        "m'n",
        "mn",
        "zijn",
        "z'n",
        "het",
        "'t",
        "de",
        "een",
        "'n",
        "en",
        "of",
        "maar",
        "niet",
        "nie",
        "ni",
        "geen",
        "wel",
        "is",
        "ben",
        "bent",
        "was",
        "ga",
        "gaat",
        "gaan",
        "heeft",
        "hebben",
        "kan",
        "kun",
        "kunt",
        "wil",
        "wilt",
        "mag",
        "moet",
        "zal",
        "zou",
        "dat",
        "die",
        "dit",
        "deze",
        "wat",
        "wie",
        "waar",
        "hoe",
        "wanneer",
        "in",
        "op",
        "aan",
        "met",
        "voor",
        "van",
        "naar",
        "bij",
        "om",
        "uit",
        "te",
        "tot",
        "als",
        "ja",
        "nee",
        "ok",
        "oke",
        "ff",
        "even",
        "nu",
        "nou",
        "zo",
        "ook",
        "nog",
        "al",
        "dan",
        "toch",
        "gwn",
        "gewoon",
        "er",
        "hier",
        "daar",
        "echt",
        "heel",
        "lol",
        "haha",
        "xd",
        "hoor",
    ]
)

# Units and words after a number that make it something other than an age ("ik ben 10 minuten te laat",
# "ik ben 2 keer geweest"; "2 havo" is a school year, read by GRADES).
_NOT_AGE = (
    r"(?! (?:minuten|minuut|minuutjes|min|mins|sec|seconden|uur|uurtje|uurtjes|dagen|dag|daagjes|weken|week|"
    r"weekjes|maanden|maand|km|kilometer|meter|cm|kg|kilo|euro|eur|keer|x|procent|mensen|personen|kinderen|"
    r"jongens|meisjes|van|uit|tot|of|kwartier|havo|vwo|vmbo|mavo|klas|e|de|ste|"
    r"m (?:verder|weg|lang|hoog|van|verwijderd)|"
    r"jaar (?:getrouwd|samen|bezig|geleden|lang|hier|in|bij|met)) )(?! \d)"
)
_ADVERBS = r"(?:(?:pas|al|nu|bijna|net|ook|nog|zelf|maar|gewoon|trouwens|sinds gisteren|eigenlijk) ){0,2}"

SELF_AGE: tuple[str, ...] = (
    # "ik ben 13", "k ben pas 12" (arrives as "ok ben"), "kben 14", "'k ben 14", "ben net 13".
    r"(?:ik ben|ok ben|'k ben|kben|ben|ikben|ik word|ik wordt|ok word|'k word|kwordt|kword) "
    + _ADVERBS
    + r"(\d{1,2})"
    + _NOT_AGE,
    # "13 jaar oud" (not someone else's: "mijn broer is 15 jaar oud", "sinds 14 jaar").
    r"(?<! is )(?<! zijn )(?<! was )(?<! wordt )(?<! sinds )(?<! over )(?<! na )(?<! voor )(?<! met )(?<! van )"
    r"(?<! als )(?<! bent )(?<! waren )(?<! al )(?<! nu )(?<! ben )(?<! kben )(\d{1,2}) (?:jaar|jr|j) (?:oud|jong)",
    # asl style: "14 v", "15/m", "13 meisje", "v 14", "14v".
    r"(?<! zoek )(?<! zoekt )(?<! voor )(?<! met )(?<! tot )(?<! van )"
    r"(\d{1,2}) (?:v|m|meisje|meid|jongen)"
    r"(?! (?:verder|weg|lang|hoog|van|verwijderd|min|minuten|zoekt|zoek)(?= ))",
    r"(?<! zoek )(?<! zoekt )(?:v|m) (\d{1,2})" + _NOT_AGE,
    r"(\d{1,2})(?:v|j|jr)",
    r"v(\d{1,2})",
    r"(?:mijn leeftijd is|mijn leeftijd|m'n leeftijd is|leeftijd|lft|mn leeftijd is) (\d{1,2})" + _NOT_AGE,
)

OTHER_AGE: tuple[str, ...] = (
    r"(?:ben|bent|bn|zijt) (?:je|jij|you|ge|gij) (?:(?:echt|al|pas|nog|nou|nu|maar|wel|serieus|werkelijk|"
    r"eigenlijk|really) ){0,2}(\d{1,2})" + _NOT_AGE,
    r"(?:benje|bnje|zijde|bende) (?:(?:echt|al|pas|nog|nou|nu|maar|wel) ){0,2}(\d{1,2})" + _NOT_AGE,
    r"(?:je|jij|you|ge|gij) (?:bent|zijt) (?:(?:echt|al|pas|nog|nou|nu|maar|toch|wel|eigenlijk) ){0,2}(\d{1,2})"
    + _NOT_AGE,
    r"(?:word|wordt) (?:je|jij) (?:(?:al|pas|nu|bijna) )?(\d{1,2})" + _NOT_AGE,
    r"met (?:je|jouw) (\d{1,2}) (?:jaar|jaartjes)",
)

# Primary school years ("groep 8" is 11-12), secondary years ("2 havo", "de 3e klas", Flemish "2de middelbaar")
# and Flemish primary years ("5de leerjaar").
GRADES: tuple[tuple[str, int], ...] = (
    (
        r"(?<! zoon )(?<! dochter )(?<! broer )(?<! zus )(?<! broertje )(?<! zusje )(?<! hij )(?<! ze )(?<! zij )"
        r"(?<! kind )"
        r"(?:zit in|zit nu in|zit al in|ben in|kom in|ga naar|ga in|naar|ik in) groep (\d)",
        4,
    ),
    (r"(?:in|zit|naar) (?:de )?(\d)e (?:klas|klass)", 11),
    (r"(?:in|zit|ben|naar) (\d) (?:havo|vwo|vmbo|mavo|atheneum|gymnasium|gym|tto|tl|kader|mhv|hv|vmbo t|vmbot)", 11),
    (r"(?:in|zit|ben|naar) (?:havo|vwo|vmbo|mavo|atheneum|gymnasium) (\d)", 11),
    (r"(\d)(?:de|e|ste) (?:middelbaar|jaar middelbaar|secundair)", 11),
    (r"(\d)(?:de|e|ste) leerjaar", 6),
)

# Named school years (Dutch "brugklas", Flemish "eerste middelbaar"; "3de" reaches here as "ede" after leet
# decoding, "1ste" as "iste", "4de" as "ade", "5de" as "sde").
SCHOOL_YEARS: tuple[tuple[str, int], ...] = (
    (r"(?:in de |zit in de |ben |naar de )?(?:brugklas|brugklasser|brugpieper)", 12),
    (r"(?:eerste|iste|1ste) (?:middelbaar|jaar middelbaar)", 12),
    (r"(?:tweede) (?:middelbaar|jaar middelbaar)", 13),
    (r"(?:derde|ede) (?:middelbaar|jaar middelbaar)", 14),
    (r"(?:vierde|ade) (?:middelbaar|jaar middelbaar)", 15),
    (r"(?:vijfde|sde) (?:middelbaar|jaar middelbaar)", 16),
    (r"(?:zit|ga|ben) (?:nog )?(?:op|naar) (?:de )?(?:basisschool|lagere school|lagere)", 10),
    (r"groep (?:acht|achten)", 12),
    (r"groep (?:zeven)", 11),
    (r"groep (?:zes)", 10),
    (r"(?:zesde|ede|6de) leerjaar", 12),
    (r"(?:vijfde|sde|5de) leerjaar", 11),
)

SELF_MINOR_CUES: tuple[str, ...] = (
    "heb|had|krijg|kreeg [nu|weer|nog|al] huisarrest",
    f"mag [het|dat|dit] niet van {_MY} {_PARENT}",
    f"{_MY} {_PARENT} vindt|vinden het|dat niet goed",
    f"{_MY} {_PARENT} heeft|hebben [mijn|m'n|mn] telefoon|mobiel|gsm|ipad afgepakt|ingenomen|afgenomen",
    "telefoon|mobiel|gsm|ipad afgepakt|ingenomen",
    "moet om # [uur] thuis|binnen|slapen|offline",
    "moet om # [uur] naar|in bed",
    "mag [maar] tot # [uur] opblijven|buiten|online|gamen|buitenspelen",
    "maar tot # uur|uurtje [opblijven|buiten|online]",
    f"{_MY} zakgeld|schermtijd",
    f"{_MY}|onze juf|meester",
    "de juf|meester zei|zegt",
    "moet [nog] [even|ff] [mijn|m'n|mn] huiswerk",
    "ben [nog] [veel] te jong",
    "als|tot ik 13|14|15|16|18 ben|word",
    f"{_MY} schoolreis|schoolreisje|schoolkamp",
    f"{_MY} {_PARENT} haalt|halen me|mij op",
    f"{_MY}|onze oppas",
    "mag [nog] geen snapchat|insta|instagram|tiktok|telefoon|mobiel|gsm|whatsapp",
    "zit|ga [nog] op|naar [de] basisschool|lagere",
    "zit [nog] in [de] brugklas",
)

OTHER_MINOR_CUES: tuple[str, ...] = (
    "bent [nog] [zo|te|veel|echt|wel|erg|heel] [te] jong|klein|minderjarig",
    f"voor {_YOUR} leeftijd",
    f"op {_YOUR} leeftijd",
    "als|tot je|jij 16|18|ouder|meerderjarig bent|wordt|bent",
    "te oud voor jou|je",
    "bent [toch] [nog] [maar] een|'n kind|kindje",
    "ben je [nog] [maar] een|'n kind|kindje",
    "minderjarig|minderjarige",
    f"{_YOUR} juf|meester|huiswerk|klasgenoten|klasgenootjes|basisschool",
    "hey|hoi|hallo|hee kleintje",
    "zit je nog op school|de_basisschool|de_middelbare",
)

# Phrases whose words stand apart ("verwijder straks wel even de hele chat"): `..` is up to three words of anything.
_NL_PARENTS = "ouders|moeder|mama|mam|ma|vader|papa|pap|pa|stiefvader|stiefmoeder|oma|opa|familie"
_NL_PARENT_SUBJECTS = "ouders|moeder|mama|mam|ma|vader|papa|pap|pa|stiefvader|stiefmoeder"
NEAR: dict[str, tuple[str, ...]] = {
    "SECRECY": (
        "niet|ni|nie .. aan|tegen .. iedereen|niemand|anderen|ouders|moeder|vader|mama|papa .. vertelt|vertellen|"
        "zeggen|zegt",
        "zeg|vertel .. da|dat|het .. ni|niet|nie|niks .. tegen|aan",
        "tussen ons|ons_tweeën|ons_twee",
        "hoeft|hoeven|moet .. niet|niks|ni .. te weten|zien|horen",
        "wis|wissen|verwijder|verwijderen|delete|deleten .. chat|berichten|bericht|gesprek|alles|fotos|hem|het|dat",
        "sla|opslaan .. me|mij|mn_nummer .. op|als|onder",
        "niemand .. mag|hoeft|moet .. weten|zien|horen",
        "als je het .. iemand|iemand_vertelt",
        "zeg|zegt|zeggen .. nie|niet|niks|niets .. tegen",
        "eenmalig bekijken|weergeven",
        # who not to tell, with words between ("niet tegen de andere meiden zeggen", "vertel hen niet dat")
        "niet|nie|ni|niks|niets|nooit tegen|aan .. zeggen|vertellen|verklappen|zegt|vertelt",
        "vertel|vertelt|verklap|verklapt hen|hun|ze|haar|hem|het|dit|dat|iemand .. niet|nie|ni|niks|niets|nooit",
        "als|wanneer|zodra .. iemand|mensen|anderen .. vertelt|zegt|verklapt|laat_zien|doorvertelt",
        "niemand .. komt|zal|gaat .. te_weten|achter|erachter|merken",
        "dan|zo|toch|want|hier .. ziet|merkt|weet|leest|hoort niemand .. iets|het|er|dit|dat|ervan|wat",
        "mag|mogen|hoeft|hoeven .. niemand|je_ouders|je_moeder|je_vader .. weten|horen|merken",
        # cover stories ("zeg gewoon dat je bij een vriendin logeert", "zeg gewoon dat het in de bieb is")
        "zeg|zegt|zeggen|vertel|vertelt .. gewoon|gwn|maar|dan|toch .. dat|da .. vriendin|vriend|vriendinnetje|"
        "vriendje|bieb|bibliotheek|logeert|logeren|slaapt|slapen|studeren",
        # deleting and hiding ("haal dit gesprek maar even weg", "berichten laten verdwijnen")
        "haal|haalt|halen .. gesprek|chat|chats|berichten|appjes|berichtjes|dit|alles|fotos|foto|foto's .. weg",
        "berichten|chats|chat|fotos|foto's|foto|gesprek .. verdwijnen|verdwijnt",
        "verdwijnende|zelfvernietigende|zelfvernietigend|verdwijnberichten",
        "mondje dicht|toe",
        "zwijg|zwijgen .. erover|hierover|daarover",
        "verstop|verstoppen|verberg|verbergen .. telefoon|app|chat|berichten|appjes|gesprek|fotos",
        "hou|houd|houdt|houden .. het|dit|dat|alles|ons|onze .. geheim|stil|voor_jezelf|onder_ons|binnenskamers",
        "onder vier ogen",
        "verzwijg|verzwijgt|verzwijgen|geheimhouden|achterhouden|verborgen_houden",
        "blijft|blijven .. privé|prive|binnenskamers",
        "niemand|ze|je_ouders|je_moeder|je_vader .. mogen|mag|moeten|moet .. nooit|niet|nie .. zien|lezen|vinden|"
        "ontdekken",
        "zouden|zou|kunnen|kan|komt|anders|misschien .. verkeerd .. over|overkomen|opvatten",
        "stiekem .. afspreken|zien|ontmoeten|sturen|bellen|facetimen|komen|wegsluipen|langskomen|ophalen",
        "verborgen|geheime|verstopte .. app|map|account|album|nummer|profiel",
        "incognito|incognitomodus|privémodus|privemodus",
        "zeg|zegt|zeggen .. gewoon|gwn|maar|dan .. dat .. teamreis|schoolreis|training|huiswerk|project|werkstuk|"
        "bijles|kamp|uitje|oefenen|toernooi",
        "laat|laten .. niemand|nooit .. zien|lezen|weten|horen",
    ),
    "PARENT_CHECK": (
        _NL_PARENTS + "|ze|zij|hij .. kijkt|kijken|leest|lezen|checkt|checken|controleert|controleren .. mee|telefoon|"
        "gsm|mobiel|berichten|chats|app",
        _NL_PARENTS + " .. nog|al .. wakker|thuis|weg|werken|slapen ?",
        "zijn|is " + _NL_PARENTS + " .. wakker|thuis|weg",
        "zijt|zit|ben|ge_zijt .. al|alleen .. in bed|thuis ?",
        # "je vader werkt toch op zaterdag?", "ben je alleen op je kamer"
        _NL_PARENT_SUBJECTS + " .. werkt|werken|slaapt|slapen|weg|thuis|aan_het_werk|op_het_werk|wakker|op_vakantie|"
        "op_reis .. ?",
        "alleen .. op|in je|jouw|uw .. kamer|slaapkamer|kamertje",
        "kijkt|kijken|leest|lezen|checkt|checken|controleert|controleren|doorzoekt .. in|op|mee|door .. je|jouw|uw .. "
        "telefoon|mobiel|gsm|berichten|chats|appjes|whatsapp|insta|snap|ipad",
        "wanneer|wnr|hoelaat .. " + _NL_PARENT_SUBJECTS + " .. thuis|terug|weg|slapen|werken",
        "weten|weet .. ouders|moeder|vader|mama|papa .. dat_je|dat_we|van_mij|van_ons|met_wie|wie_ik|dat_jij|hiervan|"
        "ervan",
        "als|wanneer|zodra|terwijl je|jouw .. ouders|moeder|mama|mam|ma|vader|papa|pap|pa|stiefvader|"
        "stiefmoeder .. slapen|slaapt|werken|werkt|weg|boodschappen|naar_bed|op_bed|aan_het_werk|op_het_werk",
        "je|jouw ouders|moeder|mama|mam|ma|vader|papa|pap|pa|stiefvader|stiefmoeder .. gaan|gaat|zijn|is .. weg|"
        "op_vakantie|op_reis|uit_eten|stappen|naar_het_werk|werken",
        "kennen|kent|weten|weet .. ouders|moeder|mama|mam|ma|vader|papa|pap|pa|stiefvader|stiefmoeder .. wachtwoord|"
        "code|pincode|toegangscode|pin",
        "familylink|family_link|kinderslot|ouderlijk_toezicht",
        "deel|deelt .. kamer .. met|broer|zus",
        "kan|kun|komt|kunnen .. iemand|er_iemand .. binnenlopen|binnenkomen|meeluisteren|meekijken|storen",
        "luistert|luisteren .. iemand|er_iemand .. mee",
        "behalve jou|jij .. iemand|niemand .. thuis|wakker",
    ),
    "TRUST_FLATTERY": (
        "jongedame|jonge_dame|volwassen .. geworden",
        "de|mijn enige|beste .. met|leerling",
        "slimmer|volwassener|ouder|rijper .. dan je|de_anderen",
        "zo'n|zo_een talent",
        "ik voel|voel .. iets|echt_iets voor je|u",
        "leeftijd .. boeit|maakt|zegt .. niet|niks|ni",
        "vertrouwt|vertrouw .. mij|me",
        "nooit iets doen",
        "talent .. hebt|heb|hoor",
        # "jij bent echt mijn favoriet", "de enige die echt naar je luistert", "je bent oud genoeg"
        "jij|je|bent|ben|blijft .. mijn|m'n|mn .. favoriet|favorietje|lieveling|lievelingetje|lievelingsleerling|"
        "lievelingsspeler|oogappel",
        "enige .. die .. je|jou .. luistert|begrijpt|snapt|kent",
        "bent|zijt|jij .. slimste|mooiste|liefste|knapste|leukste|volwassenste|lekkerste|schattigste .. die|dat ik .. "
        "ken|ken|gezien|"
        "ontmoet",
        "bent|ben .. geen .. kind|kindje|klein_meisje|kleuter|baby|klein_kind .. meer",
        "niet meer .. als|zoals .. klein|kind|kindje|meisje|kleuter",
        "bent|ben .. oud|groot|volwassen|wijs genoeg",
        "bent|ben|zijt|jij .. mooi|knap|sexy|lekker|prachtig|vrouwelijk .. geworden",
        "volwassener|slimmer|rijper|wijzer|mooier|knapper|verder .. dan .. andere|anderen|leeftijdsgenoten|"
        "klasgenoten|meisjes|meiden|leerlingen|kinderen|jongens|kids",
        "speciale|bijzondere|echte|unieke band|klik|connectie",
        "zijt|zijde .. schoon|knap|mooi|lief|volwassen|slim",
        "lievelingsspeelster|lievelingsbuurmeisje|lievelingsnichtje|lievelingsleerlinge|lievelingsturnster|"
        "lievelingsmeisje|favoriete_leerling|favoriete_speelster|favoriete_speler",
        "wordt|word|ben|bent .. een|al_een .. jonge|echte|volwassen .. vrouw|dame",
        "je|jij .. iemand|een .. ouder|oudere|volwassen|volwassene|ervaren|ervarener .. nodig|die_je|die_jou",
        "jongens|jongetjes|leeftijdsgenoten|klasgenoten|klas|leeftijd .. kinderachtig|onvolwassen|kleuters|babys",
        "bent|ben|zijt .. anders dan .. andere|anderen|de_rest",
        "begrijp|snap|ken .. je|jou .. beter|als_enige|echt",
        "zielsverwant|zielsverwanten|soulmate|soulmates",
        "met je|jou .. kan|kun .. praten|lachen|kletsen|alles",
    ),
    "PRESSURE_THREAT": (
        "stuur|stuurt|zet|post .. hem|haar|het|ze .. rond|door|online",
        "je|uw .. hele|heel .. klas|school|familie .. heeft|ziet|krijgt",
        "ik weet .. op|welke|waar .. school|woont",
        "je|ge hebt|hebt_nog # min|minuten|uur",
        "met rust",
        "anders .. krijg|krijgt|stuur",
        "foto|fotos|video|filmpje|filmpjes .. naar iedereen|je_school|je_klas|je_ouders|je_moeder|je_vader|al_je",
        "ziet|zien je|jouw hele|heel school|klas|familie",
        "je hebt tot .. uur .. of|anders|zoniet|zo_niet|voordat",
        "als je niet .. stuurt|betaalt|doet_wat|overmaakt",
        # guilt, reciprocity, threats ("na alles wat ik voor je gedaan heb", "of iedereen krijgt het filmpje")
        "na alles .. voor_je|voor_jou|voor_u .. gedaan|gekocht|gegeven|betaald",
        "of|anders|zoniet|zo_niet .. iedereen|je_ouders|je_moeder|je_vader|je_school|je_klas|al_je .. krijgt|"
        "krijgen|ziet|zien|weet|weten|hoort .. het|dit|die|ze|alles|foto|fotos|foto's|filmpje|video|te_zien|te_weten",
        "als|anders|of|dan .. gaat|gaan|komt|komen .. ie|het|ze|hij|filmpje|foto|fotos|video|alles .. online|rond|"
        "openbaar|viral|internet",
        "volgers|volgerslijst|contacten|vriendenlijst|volgerlijst .. opgeslagen|gescreenshot|bewaard|gekopieerd|"
        "verzameld",
        "tik tak",
        "als|of|en .. me|mij .. blokt|blokkeert|blockt|blokkeer|ontvolgt|rapporteert",
        "niet|nie|ni .. zo kinderachtig|preuts|schijterig|truttig|tuttig",
        "ook iets|wat .. voor mij|me .. doen|terugdoen",
        "anders|zoniet .. gaat|gaan|komt|komen .. naar .. je_ouders|je_moeder|je_vader|je_school|je_klas|"
        "iedereen|politie",
        "iedereen|volgers|vrienden .. die .. jou|je .. volgt|volgen|kent|kennen",
        "stuur|stuurt|betaal|betaalt|maak|sturen|betalen|overmaken .. binnen .. uur|minuten|min|kwartier|dag|uurtje",
        "klok|tijd .. loopt|tikt",
        "heb .. alles|jou|ons_gesprek .. opgenomen|gefilmd|gescreenshot|vastgelegd",
        "geen politie|flikken|agenten|juut",
        "# euro .. weg|verwijder|verwijderd|gewist|verdwijnt",
        "pak|neem|haal .. geld|pinpas|bankpas|creditcard .. ouders|moeder|vader|portemonnee|mama|papa",
    ),
    "GIFTS": (
        "kan|wil .. ik .. je|u .. wel .. geven|geven|sturen|kopen",
        "heb|heb_nog .. voor je|eentje|er_eentje",
        "gratis",
        "heb|had .. voor_je|voor_jou|voor_u .. gekocht|besteld|geregeld|meegenomen",
        "ik heb|had je|jou .. gegeven|gekocht|opgewaardeerd",
        "zorg|zorgt|regel|regelt .. drank|alcohol|bier|biertjes|wiet|sigaretten|vape|jointje|breezers|wodka",
        "hoef|hoeft .. niks|niets|geen_cent .. betalen",
        "fifa|fc|ea points|coins|punten",
        "points|coins|battlepass|skin|skins|rank|robux|vbucks .. gegeven|gekocht|cadeau|gedoneerd",
        "geld|euro|poen|cash|robux|vbucks|tegoed .. voor|tegen .. foto|fotos|foto's|pics|nudes|filmpje|video|fotootje",
        "makkelijk|snel|extra geld|zakgeld|centjes .. verdienen|bijverdienen",
        "je|jou .. verwen|verwennen|verwend",
        "verwen|verwennen .. je|jou",
        "als|ter .. beloning|bedankje",
        "maak|maken .. je|jou .. moderator|mod|admin|vip",
        "moderator|mod|admin|vip rang|rank|rol|status",
        "heb|heb_ik .. euro .. overgemaakt|gestort|gestuurd|getikt .. dus|zodat|als|foto|fotos|pic|pics|filmpje|video",
    ),
    "MEETING_PROPOSAL": (
        "spreken|spreek .. af",
        "kom .. je|u .. wel|even .. halen|ophalen",
        "persoonlijk",
        "extra privéles|privéles|prive_les",
        "kom|komt .. langs",
        "zullen|zouden|gaan we .. afspreken|ontmoeten|elkaar_zien",
        # "kom gewoon even langs", "dan kom je gewoon naar mij", "bijles bij mij thuis", "ik breng je naar huis"
        "even|ff|eens|effe|gewoon|gwn|maar langs|langskomen",
        "langskomen|langskomt|langswippen",
        "kom|komt|kom_je|kom_jij .. naar_mij|naar_me|bij_mij|bij_me|naar_mijn|naar_mn",
        "bijles|bijlessen|privéles|privelessen|trainen|oefenen|huiswerk .. bij .. mij|me|mijn|mn .. thuis|huis|"
        "appartement",
        "breng|brengen|rij|rijd .. je|jou .. naar|terug .. huis|thuis",
        "kom|komt|kom_je .. logeren|overnachten|blijven_slapen",
        "ongestoord|ongestoorder",
        "tijd|tijdje|middagje|weekendje samen|met_z'n_tweeën|met_zn_tweeen",
        "met z'n|zn|ons|onze tweetjes|tweeën|tweeen .. afspreken|ontmoeten|alleen|logeren|slapen|overnachten|"
        "hotel|kamer",
        "wij_tweeën|wij_tweeen|wij_twee|met_z'n_tweeën|met_zn_tweeen|met_ons_tweeën .. alleen|samen",
        "delen|deel .. een|één|1|samen .. kamer|hotelkamer|bed|tent",
        "hotel|hotelkamer|overnachting|overnachten .. samen|met_z'n_tweeën|wij",
    ),
    "PLATFORM_MIGRATION": (
        "app|bel|sms .. me|mij .. daar|voortaan|op",
        "2e|tweede .. nummer|telefoon|account",
        "op|via|naar|over "
        + _MESSENGERS
        + " .. verder|praten|chatten|appen|bellen|gaan|afspreken|sturen|kletsen|berichten",
        "dm|dm'en|dmmen|dmt .. me|mij|je|jou",
        "nummers|nummer|snaps|insta .. uitwisselen|ruilen|wisselen",
        "moderators|mods|admins|beheerders .. lezen|meelezen|kijken|meekijken|checken",
        "hier|app|platform|chat|server .. opgeslagen|bewaard|gemonitord|meegelezen|gecontroleerd|gemodereerd",
        "privé|prive|priv|geheime|eigen .. server|kanaal|groep|groepje|chatroom",
    ),
    "IMAGE_REQUEST": (
        "stuur|stuurt|stuurde .. nog|me|mij .. foto|fotos|foto's|pic|video|selfie",
        "stuur|stuurt|stuurde .. foto|fotos|filmpje|selfie|video",
        # clothes, video calls, body ("een foto in je pyjama", "zonder shirt", "bel me even met video")
        "foto|fotos|foto's|fotootje|pic|pics|selfie|filmpje|video .. pyjama|badpak|bikini|sportbroekje|broekje|"
        "nachthemd|nachtjapon|ondergoed|handdoek|zwempak|onderbroek|boxer|slipje|beha|bh|string|legging|topje",
        "zonder shirt|shirtje|tshirt|t-shirt|kleren|kleding|topje|broek|bh|beha",
        "bel|bellen|belt .. met|via .. video|facetime|camera|cam|beeld",
        "videocall|videocallen|videogesprek|camchat|beeldbellen",
        "zet|zetten|doe|doen|kun|kan|wil|mag .. camera|cam|webcam .. aan|aanzetten|aandoen",
        "wil|wilde|mag|laat .. je|jouw .. buik|sixpack|lichaam|lijf|benen|borsten|kont|billen|voeten|armen|spieren|"
        "tieten .. zien",
        "wat|what heb|hebt [je|jij] [nu|nou|vandaag|eigenlijk|allemaal] aan ?",
        "hoe je|jij eruit|eruitziet|uitziet",
        "laat|laten .. zien .. hoe .. je|jou|jij .. staat|staan|eruitziet|past",
        "foto|fotos|foto's|pic|selfie|filmpje .. paskamer|kleedkamer|pashokje|omkleden",
        "facetimen|facetime|skypen|videobellen|videochatten|videochat",
        "je|jou .. bikini|badpak|ondergoed|pyjama|lingerie|onderbroek|slipje|beha .. zien|bekijken",
        "pyjama|ondergoed|handdoek|badpak|onderbroek|nachthemd .. bellen|cam|camera|videocall|facetime|facetimen|beeld",
        "bellen|cam|camera|videocall|facetime|facetimen .. pyjama|ondergoed|handdoek|onderbroek|nachthemd|bed",
    ),
    "SEXUAL_CONTENT": (
        "al .. ongesteld|okselhaar|oksels|beharing|puberteit|borstjes|schaamhaar|puberen",
        "hoort|horen .. erbij|bij .. leeftijd",
        "leren|leer|uitleggen .. zoenen|tongen|vrijen|seks",
        "je|jou masseren|insmeren",
        "films|filmpjes|filmpje|videos|sites|seksfilmpjes .. niet .. mag|mogen|mocht .. kijken|zien",
        "goesting .. jou|u|je|seks|sex",
        "doe|trek|trekt|doet .. iets|wat .. sexy|uitdagends|korts|bloots|spannends|strakks .. aan",
        "masseer|masseren|insmeren .. je|jou",
        "je|jou .. ook|even|lekker .. masseren|insmeren",
        "knuffelen|kroelen .. bed|bank|samen|wij",
        "je|jou .. aanraken|strelen|betasten",
    ),
    "AGE_PROBING": (
        "zit|zitte|zitten|zat .. je|jij|ge .. op|in .. basisschool|middelbare|school|brugklas|havo|vwo|vmbo|mavo|"
        "klas|lagere|secundair|college|lyceum|gymnasium|atheneum",
        "welk|welke .. jaar|leerjaar|middelbaar .. zit|zitte|zitten|ben|bent|zijt",
    ),
}
