"""German (de) indicator pack: the phrases of the ten categories, the self-disclosed ages and the child cues.

Covers the German of chat between teenagers and adults online, in Germany, Austria and Switzerland: "du" and
formal "Sie", the verb forms people type ("haste", "biste", "kannste", "schickste", Swiss "bisch", "i bi"),
spellings without umlauts (folded automatically: "für" also matches "fur" and "fuer"), chat fillers and
abbreviations ("mal"/"ma", "n"/"nen"/"ne" for "ein", "grad", "pn", "vllt", "wa", "dc", "sturmfrei"), the apps
and their nicknames (snap, insta, whatsapp/wa, telegram, discord/dc, tiktok), pictures (bild, foto, pic,
selfie, video, cam), game credit and money (robux, v-bucks, guthaben, paysafecard, psn/steam cards,
taschengeld), and the sextortion threats that public warnings describe ("sonst schick ich die bilder deinen
eltern"). The spellings come from general knowledge of German chat language (the informal register of
messengers, games and social media, and the kind of examples found in public guidance for parents and schools
on online grooming), written for this pack in its own words; no evaluation data was used.

Phrases follow the pattern language of `model.indicators` and are respelt to normalised text by
`model.packs` (so "mama" also matches as "mom", "ma" as "mom", "da" as "the", "n" as "and", exactly as
normalisation writes them). Ages are regular expressions over normalised text (lower-case ASCII, umlauts
folded: "jährige" is "jahrige").
"""

from __future__ import annotations

LANGUAGE = "de"

# Word lists shared by several phrases (one slot each: alternatives joined by "|").
_PARENT = (
    "mama|mutter|mutti|mum|mami|mudda|papa|vater|vati|papi|eltern|stiefvater|stiefmutter|stiefpapa|stiefmama|"
    "oma|opa|großeltern|bruder|schwester|familie|alten"
)
_APPS = (
    "snapchat|snap|whatsapp|whatsap|watsapp|whats|wa|insta|instagram|telegram|discord|dc|tiktok|signal|threema|"
    "skype|facebook|kik|wickr|messenger|viber"
)
# The messengers people move a chat to (not discord: gamers go there together to talk while they play).
_MESSENGERS = "snapchat|snap|whatsapp|whatsap|watsapp|wa|insta|instagram|telegram|signal|threema|skype|kik|wickr|viber"
_NUMBER = "nummer|handynummer|telefonnummer|handynr|tel|num"
_PICTURE = (
    "bild|bilder|bildchen|foto|fotos|pic|pics|picture|pictures|selfie|selfies|video|videos|vid|vids|"
    "nacktbild|nacktbilder|nacktfoto|nacktfotos|nudes|nude|snaps"
)
_BODY = "körper|brüste|titten|busen|arsch|po|hintern|muschi|schwanz|penis|nippel|beine|füße|füsse|unterwäsche"
_UNDERWEAR = "unterwäsche|bh|bikini|höschen|slip|tanga|dessous|unterhose|badeanzug|reizwäsche"
# What a threat says it will send or post, and to whom.
_THREAT_ITEMS = (
    "bilder|bild|fotos|foto|pics|pic|videos|video|nudes|nacktbilder|nacktfotos|nacktbild|chats|chat|"
    "screenshots|screens|nachrichten|sachen"
)
_THREAT_TARGETS = (
    "eltern|mama|papa|mutter|vater|freunden|freundinnen|familie|schule|lehrern|lehrer|followern|follower|"
    "kontakten|oma|opa|bruder|schwester|mitschülern|klassenkameraden|klasse"
)
_SEX_WORDS = (
    "ficken|fickst|bumsen|vögeln|wichsen|wichst|gewichst|masturbieren|masturbierst|selbstbefriedigung|"
    "orgasmus|orgasmen|sperma|penis|pimmel|schwanz|muschi|vagina|scheide|klitoris|kitzler|titten|brüste|"
    "nippel|busen|kondom|kondome|dildo|vibrator|erektion|nackt|nackig|nacktbilder|nacktbild|nacktfotos|"
    "nacktfoto|blowjob|porno|pornos|sexting|geschlechtsverkehr|intim|höschen|tanga|dessous|reizwäsche|"
    "körbchengröße|sexfotos|sexbilder|sexvideo|sexchat|schamhaare|schamhaar|intimbereich|intimrasur|geschlechtsteil|"
    "geschlechtsteile|sexspielzeug"
)

PHRASES: dict[str, tuple[str, ...]] = {
    "AGE_PROBING": (
        "wie alt bist|bisst|biste|bisch|bis|bistu [du]",
        "wie alt sind sie",
        "wie alt ?",
        "wie jung bist|biste|bisch",
        "dein|ihr alter ?",
        "was ist dein|ihr alter",
        "welche|welcher klasse bist|biste|bisch|gehst|gehste|besuchst",
        "gehst|gehste [du] [noch] zur|zu schule",
        "gehst|gehste [du] [noch] in|auf die schule",
        "gehst|gehste [du] [noch] aufs|auf|zur [die|der] gymnasium|gymi|realschule|gesamtschule|hauptschule|"
        "grundschule|mittelschule|oberschule|gymnasium",
        "bist|biste|bisch [du] [noch] in der schule",
        "bist|biste|bisch|sind [du|sie] [schon|wirklich|echt] über|unter 18|16|14|21",
        "bist|biste|bisch|sind [du|sie] [schon|wirklich|echt|noch] volljährig|minderjährig|erwachsen",
        "bist|biste|bisch [du] [wirklich|echt|erst|schon] # ?",
        "du bist [wirklich|echt|erst|schon|nur] # ?",
        "welcher|welches jahrgang",
        "jahrgang ?",
        "wann|welchem|welches [jahr] bist [du] geboren",
        "bist|biste|bisch [du] [ein|n] junge oder [ein|n] mädchen|mädel",
        "bist|biste|bisch [du] [ein|eine|n|ne] mädchen|mädel oder [ein|n] junge",
        "m oder w",
        "w oder m",
        "bist|biste|bisch [du] [ein|eine|n|ne] junge|mädchen|mädel ?",
        "wo wohnst|wohnste|lebst [du]",
        "woher kommst|kommste [du]",
        "aus welcher stadt|gegend|ecke",
        "[du] siehst|siehste [so|voll|echt|noch|ganz|sehr] jung|jünger aus",
        "in welche|welcher stufe",
    ),
    "PARENT_CHECK": (
        f"sind|ist deine|dein|ihre {_PARENT} [noch|schon|gerade|grad|grade|jetzt|heute|morgen|eigentlich|eig|eigtl|oft|"
        "auch|dann|"
        "am|übers] [abend|abends|nacht|nachts|nachmittag|wochenende|noch|schon|gerade|grad|wieder|lange|oft|auch] [zu] "
        "zuhause|hause|da|weg|daheim|wach|arbeiten|unterwegs|draußen|schlafen|away|dabei|verreist|im_zimmer|"
        "in_der_nähe|nebenan|auf_arbeit|bei_der_arbeit",
        f"wo sind|ist deine|dein|ihre {_PARENT}",
        f"wann kommen|kommt|gehen|geht|fahren|fährt deine|dein|ihre {_PARENT}",
        f"schlafen|schläft deine|dein|ihre {_PARENT}",
        f"sind|ist deine|dein {_PARENT} [sehr|voll|echt|so] streng",
        f"wann arbeiten|arbeitet deine|dein|ihre {_PARENT}",
        f"arbeiten|arbeitet deine|dein {_PARENT} [heute|oft|lange|nachts|abends|spät|viel]",
        "bist|biste|bisch|sind [du|sie] [gerade|grad|grade|jetzt|noch|ganz|oft|heute] allein|alleine",
        "[ganz] allein|alleine [zu] zuhause|hause|daheim",
        "ist|is [noch|sonst] jemand [anders|anderes] [bei] [dir|euch] [zu] zuhause|hause|daheim|wach",
        "wer ist [noch|sonst|alles] [bei] [dir] [zu] zuhause|hause|daheim",
        f"wohnst|wohnste [du] [noch] bei deinen|deiner|deinem {_PARENT}",
        "mit wem wohnst|wohnste|lebst",
        f"kontrollieren|kontrolliert|checken|checkt|lesen|liest|schauen|schaut|gucken|guckt|durchsuchen|durchsucht "
        f"deine|dein|ihre {_PARENT} [eigentlich|eig|eigtl|auch|manchmal|oft|immer|mal|so|denn|noch|etwa|öfter|"
        "ab_und_zu|heimlich] "
        "[in] [dein|deine|deinen|deinem|die] handy|handys|nachrichten|chats|chat|whatsapp|verlauf|sachen|insta|snap",
        f"liest|lesen|schaut|schauen|guckt|gucken deine|dein|ihre {_PARENT} [eigentlich|eig|eigtl|auch|manchmal|oft|"
        "immer|da|"
        "hier|das|die|es|noch|etwa|heimlich] mit|rein|zu",
        f"{_PARENT}|jemand|wer|irgendwer|keiner|niemand [das|hier|da|die|deine|es|eigentlich|eig|eigtl|auch|manchmal|"
        "nicht] "
        "[nachrichten|chats|alles|hier] mitlesen|mitliest|mitgelesen|mitgucken|mitguckt|mitschauen",
        "liest|checkt|kontrolliert|schaut|guckt [jemand|wer|irgendwer|sonst_wer|sonst_jemand] [bei_dir|noch|sonst|"
        "alles|mal|eigentlich|eig|eigtl] [in] deine|dein|deinen|ins nachrichten|handy|chats|whatsapp|verlauf",
        f"wie lange|lang bleiben|bleibt|arbeiten|arbeitet|schlafen|schläft deine|dein|ihre {_PARENT}",
        f"wie lange|lang sind|ist deine|dein|ihre {_PARENT} [noch|heute|denn|morgen] weg|unterwegs|arbeiten|"
        "außer_haus|verreist",
        "hast|haste|hasch|habt [du|ihr] [heute|morgen|dann|mal|grad|gerade|am_wochenende|übers_wochenende|abends] "
        "[das|die] haus|wohnung|bude für dich|euch [allein|alleine]",
        f"wissen|weiß|weiss|weis deine|dein|ihre {_PARENT} [eigentlich|eig|eigtl|überhaupt|auch|schon] von_mir|von_uns|"
        "davon|"
        "bescheid|dass_wir|dass_ich|dass_du|mit_wem|was_du|wo_du|wen_du|über_uns",
        "hast|haste|hasch [du] [ein] eigenes|eigenen handy|zimmer|laptop|pc|computer|tablet",
        "ist das dein eigenes handy|zimmer|laptop|tablet",
        f"deine|dein|ihre {_PARENT} merken|merkt|kriegen|kriegt|erfahren|erfährt|checken|checkt [das|es|davon|doch] "
        "nicht|nix|nie|nichts|eh",
        f"lassen|lässt|erlauben|erlaubt dich|dir deine|dein {_PARENT}",
        "kannst|könntest|kannste [du] [dich] [heimlich|nachts] rausschleichen|wegschleichen",
        "hast|haste|hasch [du] [heute|mal|grad|gerade|bald|morgen|dann] sturmfrei",
        "wann [hast|haste] [du] [mal] sturmfrei",
        "sturmfrei ?",
        "wer benutzt|benutzt_noch [noch] dein|deinen handy|laptop|computer|pc|tablet",
    ),
    "SECRECY": (
        "deine|dein eltern|mutter|vater|mama|papa|mom dürfen|darf|sollen|soll [das|davon|es] nichts|nix|nicht "
        "wissen|erfahren",
        "sag|sags|sag's|erzähl|erzähle|erzähls|erzähl's|verrat|verrate|verrats|zeig|zeigs|schreib|schreibs|sagst|"
        "erzählst|verrätst|sagste|erzählste [es|das|davon|dem|was|bitte|aber|ja] [bitte|aber|ja|davon] niemandem|"
        "keinem|niemand|keinen|"
        "keiner",
        "niemandem|keinem [davon|was|etwas|das|es|von_uns|irgendwas|ein_wort] [davon] [zu] sagen|erzählen|verraten|"
        "zeigen|schreiben|erwähnen",
        "darfst|sollst [du] [das|es|davon] niemandem|keinem",
        "sagen|erzählen|verraten sie [es|das|davon] niemandem|keinem",
        f"sag|sags|erzähl|erzähls|verrat|verrats|zeig|zeigs [es|das|davon|dem|bloß|bloss|ja|bitte|aber] "
        f"nicht|nix|niemals|bloß_nicht|bloss_nicht deiner|deinen|deinem|ihrer|ihren {_PARENT}|freunden|freundin|"
        "freundinnen|lehrer|lehrerin|lehrern|klassenlehrerin",
        "sag|sags|erzähl|erzähls|verrat|zeig|sagst|erzählst|verrätst|sagste|erzählste [es|das] [deiner|deinen|deinem|"
        "der|den|dem] "
        f"{_PARENT}|ihr|ihm|ihnen [es|das|davon|aber|ja|doch|lieber|besser|bloß|bloss|einfach|erstmal|auch|bitte|"
        "am_besten] [lieber|besser|bloß|bloss|einfach|erstmal|aber|ja|bitte|am_besten] nichts|nix|niemals|nicht|net|"
        "ned|nich|kein|keinem|davon_nichts|kein_wort",
        "musst|brauchst|solltest|sollst|darfst|musste|brauchste|müsst|braucht|musch|bruchsch [du|ihr] [es|das|davon|"
        "aber|ja|doch|auch] "
        f"[deiner|deinen|deinem|der|den|dem] {_PARENT}|ihr|ihm|ihnen [es|das|davon|aber|ja|doch|auch] [ja|doch|aber|"
        "auch|gar|lieber|besser|erstmal|vorher|echt] nix|nichts|nicht|net|ned|nich [davon] [gleich|sofort|alles|"
        "unbedingt|extra] [zu] sagen|erzählen|verraten|zeigen|erwähnen",
        f"{_PARENT}|die|sie|er muss|müssen|brauch|braucht|brauchen|muß [es|das|davon|ja|doch|gar|echt|auch|aber] "
        "[ja|doch|gar|echt|auch|das|es|davon|aber|überhaupt] nicht|nix|nichts|net|ned|nich|niemals|nie [davon] [zu] "
        "wissen|erfahren|mitkriegen|mitbekommen|merken",
        f"geht|gehts deine|dein|die|ihre {_PARENT}|keinen|niemanden [doch|ja|gar|auch|echt] nichts|nix|einen_scheiß|"
        "nen_scheiß an",
        "sag|sags|sagst|sagen|erzähl|erzählst|erzählen|behaupte|behauptest [ihr|ihm|ihnen|deiner|deinen|deinem|einfach|"
        f"halt|doch|dann|der|den|zuhause|daheim] [{_PARENT}|einfach|halt|doch|dann|dass|ja] [einfach|halt|doch|dann|"
        "dass|zuhause|daheim] du bist|pennst|schläfst|übernachtest|bleibst|lernst|fährst|gehst|triffst|chillst|hängst "
        "[*] [*] bei|mit|zu [ner|einer|nem|einem|deiner|deinem|der|dem] freundin|kumpel|freund|"
        "freunden|freundinnen|kumpels|kollegin|schulfreundin|klassenkameradin|kumpeline",
        f"{_PARENT}|die|sie|andere|leute|keiner|niemand versteht|verstehen|verstehn [das|uns|es|dich|alles] [eh|"
        "sowieso|bestimmt|nur|doch|ja|dann|total|voll|sicher] falsch",
        "eltern|die|sie|andere|leute|erwachsene|alle würden [das|uns|es|dich] [eh|sowieso|bestimmt|nur|doch|ja|dann|"
        "einfach|eben] nicht|nie|net|falsch verstehen|kapieren|checken|akzeptieren",
        "ohne dass|das [es|das] [deine|dein|ihre|die|jemand|wer|einer|keiner|irgendwer|sie|er] "
        f"[{_PARENT}] [es|das|was|davon|uns] [etwas|was] wissen|weiß|weiss|merken|merkt|mitbekommen|mitbekommt|"
        "mitkriegen|mitkriegt|erfahren|erfährt",
        "behalt|behalte|behältst|behaltet [es|das|das_hier|alles] [aber|lieber|bitte|besser|einfach|erstmal|mal] "
        "für dich|euch",
        f"kein wort zu|an|gegenüber niemandem|keinem|deiner|deinen|deinem|ihr|ihm|ihnen|{_PARENT}",
        "lösch|lösche|löschen|löscht|löschst [bitte|mal|lieber|am_besten|dann|danach|einfach|aber|gleich|sofort] "
        "das_hier|alles_hier|meine_nachrichten|meine_nachricht|diese_nachricht|diese_nachrichten|die_nachricht|"
        "meine_bilder|meine_fotos|unsere_nachrichten",
        "noch|streng|top geheim",
        "unser|unsere|unseres [kleines|kleine|kleinen|süßes] geheimnis|geheimnisse|geheimniss",
        "bleibt|bleibts|bleiben [aber|alles|das|nur|ja|bitte] [aber|nur] unter|zwischen uns",
        "nur|ganz unter uns",
        "bleibt|bleiben|bleibts [aber|alles|das|ja|bitte] geheim",
        "[das|es|alles|uns] geheim halten|halte|halten|halt",
        "lösch|lösche|löscht|löschen [bitte|mal|danach|sofort|dann|gleich|immer|am_besten|lieber|einfach] "
        "[den|die|das|unseren|unsere|unser|alle|deinen|deine|danach|sofort|mal] "
        "chat|chats|verlauf|chatverlauf|nachrichten|unterhaltung|konversation|messages",
        "chat|chats|chatverlauf|verlauf|nachrichten|unterhaltung [danach|sofort|immer|gleich|dann|bitte|am_besten] "
        "löschen|löscht|löschst|löschen",
        "niemand|keiner darf|muss|soll|wird|braucht [das|es|davon|von|uns|was] [was|zu] wissen|erfahren|mitbekommen|"
        "mitkriegen",
        "muss|braucht|darf|soll|müssen|brauchen [das|es|davon] [ja|doch|aber|auch] niemand|keiner|keine_sau [das|"
        "davon|es|von_uns|was|etwas] [was|zu] wissen|erfahren|mitkriegen|mitbekommen",
        "[das|es|davon] erfährt|erfahren keiner|niemand [je|jemals|davon|was|etwas]",
        f"wenn|falls deine|dein|ihre {_PARENT} [das|es|davon|von|uns] [was] herausfinden|rausfinden|erfahren|"
        "rauskriegen|mitkriegen|mitbekommen|merken|sehen|lesen|wüssten",
        "komm|komme|kommst|lande|landest [ich|du] [dann|dafür|sonst] in|ins [den] knast|gefängnis",
        "ärger kriegen|bekommen",
        "krieg|kriege|kriegen|bekomme|bekommen ich|wir [dann|sonst|richtig|voll] ärger",
        "bist|biste|bisch [du] [ein|eine|von] [der] bulle|polizist|polizistin|cop|polizei|ermittler|undercover",
        "heimlich schreiben|chatten|schreibt|reden|telefonieren",
        "zwischen dir und mir",
        "versteck|verstecke [den|die|unseren] chat|app|nachrichten",
    ),
    "TRUST_FLATTERY": (
        "reif|erwachsen|weit|vernünftig für dein|ihr alter",
        "für dein|ihr alter [bist|wirkst|siehst|biste|bisch] [du] [echt|so|voll|sehr|richtig|total|ziemlich] "
        "reif|erwachsen|weit|hübsch|heiß|süß|schoen|sexy|entwickelt",
        "du bist|bisch|biste [so|echt|voll|sehr|richtig|total|ziemlich|wirklich|mega|einfach|wunder] "
        "[so|sehr|schön] hübsch|süß|süss|schoen|wunderschön|heiß|sexy|reif|erwachsen|besonders|perfekt|niedlich|"
        "bildhübsch|attraktiv|cute|hot|traumhaft",
        "siehst|siehste [so|echt|voll|sehr|richtig|total|wirklich|mega|einfach|viel|immer] [so] hübsch|süß|heiß|älter|"
        "erwachsen|reif|sexy|wunderschön|schoen|toll|hot|gut|geil|krass|umwerfend|reifer|erwachsener",
        "[so] [eine|ein|ne|n] hübsche|süße|süsse|hübsches|süßes|heiße|sexy maus|prinzessin|mädchen|kleine|engel|"
        "schnecke|ding|mädel",
        "reifer|erwachsener|vernünftiger als die|andere|deine|alle|gleichaltrige",
        "ich versteh|verstehe dich [so|total|voll|echt|wirklich] gut|besser|total|voll|so_gut",
        "niemand|keiner versteht dich [so] [wie|besser]",
        "kannst|kannste mir alles erzählen|sagen|anvertrauen",
        "ich liebe dich",
        "ich vermiss|vermisse dich",
        "ich hab|habe dich [so|voll|echt|total|sehr|ganz] lieb",
        "du bedeutest mir [so] [viel|alles]",
        "ich denk|denke [immer|nur|oft|ständig|dauernd|die_ganze_zeit] [nur] an dich",
        "bist|biste [so|echt|wirklich|einfach] etwas|was|was_ganz besonderes",
        "nicht|anders wie|als die anderen",
        "alter ist [doch|nur|ja|eh] [nur] [eine|ne] zahl",
        "alter spielt [doch|echt|für_mich] keine rolle",
        "mein|meine engel|prinzessin|hübsche|schöne|sexy|süße",
        "hey|hallo|hi|na hübsche|sexy|schöne|hübscher|prinzessin|schönheit",
        "immer für dich da",
        "mag dich echt|wirklich|voll|total|so|sehr|richtig [sehr|gerne|gern]",
        "steh|stehe [voll|total|echt] auf dich",
        "ältere|älteren männer|typen|jungs|freund",
        "wünschte|wünsch|wünsche [mir] [du|dass] [du] wärst|wärest|wär hier|älter|bei",
        "machst mich [so|echt|voll|sehr|total] glücklich",
        "einzige die|der mich [wirklich] versteht",
        "eltern|die|alten|erwachsenen|lehrer|anderen|andere|freunde|mama|mutter|papa|vater|familie verstehen|verstehn|"
        "versteht dich [einfach|eh|halt|doch|sowieso|gar|echt|wirklich|überhaupt|ja|nur|alle] [einfach|gar|überhaupt|"
        "halt|eh|echt] nicht|nich|net|nie",
        "sagst|erzählst|erzählt|sagt|erzählen [du] mir [dann|ab_jetzt|immer|einfach|ruhig|jetzt|auch] [immer|einfach|"
        "ruhig] alles",
        "kannst|kannste|könnt|darfst mir [voll|echt|immer|ruhig|total|doch|wirklich|einfach] [voll|total] vertrauen",
        "meine|mein gf|girlfriend|freundin|feste|fester|bf|boyfriend|schatz sein|werden|wärst",
        "sei|wär|werd|werde meine|mein gf|girlfriend|freundin|feste|fester|bf|boyfriend",
        "wirkst|wirkste|klingst|klingste|schreibst|schreibste|redest|denkst [echt|so|voll|viel|total|sehr|richtig|"
        "wirklich|mega|eh|auch|schon|gar] [so|viel] älter|reifer|erwachsener|erwachsen|reif|vernünftiger",
        "wirkst|wirkste|klingst|klingste|siehst|siehste [gar|überhaupt|echt|aber] nicht wie #",
        "ich find|finde dich [so|echt|voll|sehr|richtig|total|wirklich|mega|einfach|ziemlich|mega] [so] hübsch|süß|"
        "schön|heiß|sexy|attraktiv|toll|besonders|reif|cute|hot|niedlich|wunderschön|geil|hammer",
        "hast|haste|hasch [echt|so|voll|wirklich|ein|einfach|total|richtig] [so|ein|n|echt|richtig|voll] "
        "hübsches|schönes|süßes|perfektes|wunderschönes|hübsche|schöne|süße|perfekte|wunderschöne|tolle|tolles|"
        "geiles|geile gesicht|lächeln|augen|figur|körper|lippen|beine",
        "gesicht|aussehen|figur|ausstrahlung|look dafür|für_ein_model|zum_model|wie_ein_model",
        "könntest|kannst|solltest|würdest [echt|glatt|locker|sofort|auch|voll|wirklich] model|topmodel sein|werden",
        "zeug zum|zur model|topmodel|modell|star|modeln",
        "modelmaße|modelfigur|modelgesicht|modelbeine|modellooks",
        "mit dir kann|könnt|konnte man|ich [so|richtig|echt|voll|total|einfach|immer|wenigstens] [gut|richtig|so] "
        "reden|quatschen|schreiben",
        "ich pass|passe [halt|schon|immer|doch|ja|gut] auf dich auf",
        "die|der beste [*] im|in|aus|von [der|dem|meiner|meinem|unserer|unserem|ganzen] team|gruppe|mannschaft|"
        "klasse|verein|kurs",
    ),
    "GIFTS": (
        "ich kauf|kaufe|schenk|schenke|spendier|spendiere|besorg|besorge dir|ihnen [auch|gern|gerne|dann|einfach] "
        "was|etwas|alles|robux|vbucks|skins|guthaben|geld|neue|neues|ein_neues|einen_neuen|ein_iphone|ein_handy|"
        "klamotten|schuhe|nitro|sachen|geschenke|ne_karte",
        "robux",
        "vbucks|vbux",
        "v bucks|bux",
        "guthabenkarte|guthabenkarten|guthabencode|guthabencodes|geschenkkarte|geschenkkarten|gutscheincode|"
        "gutscheincodes|gutscheinkarte",
        "psn|steam|xbox|itunes|playstation|nintendo|eshop|amazon karte|karten|code|codes|gutschein|guthaben",
        "paysafecard|paysafe|paysafecards",
        "guthaben schicken|schenken|geben|kaufen|überweisen",
        "lade|lad dir [dein|das|neues] guthaben",
        "geb|gebe|schick|schicke|zahl|zahle [dir|ihnen] [was|etwas|bisschen|n|ein|paar] geld|kohle|knete|cash|"
        "taschengeld|euros",
        "[ein|n|nen|kleines] geschenk für dich",
        "dir [#] [euro] [mehr] taschengeld",
        "nehm|nehme dich [mit] [zum] shoppen",
        "gratis|kostenlose|kostenlos|free|umsonst skins|robux|vbucks|coins|gems|diamanten|nitro",
        "bring|bringe|besorg|besorge|kauf|kaufe dir|uns [was] [zu] alkohol|bier|wodka|vodka|gras|weed|kippen|"
        "zigaretten|joints|joint|vape|schnaps|trinken",
        "rauchst|trinkst|kiffst|kiffste du [schon|eigentlich|eig|eigtl|auch|alkohol]",
        "willst|magst|möchtest [du] [was|etwas|n|ein|bisschen] alkohol|bier|wodka|vodka|weed|gras|kippen|zigaretten|"
        "joint|schnaps",
        "bezahl|bezahle|zahl|zahle|übernehm|übernehme|kauf|kaufe dir|dein|deine|deinen [das|die|den|ein|eine|einen] "
        "ticket|fahrkarte|zugticket|bahnticket|taxi|uber|fahrt|anreise|zugfahrt|busticket",
        "verwöhn|verwöhne|verwöhnen dich",
        "robux|vbucks|guthaben|skins|geschenke für|gegen [ein|paar|deine|n|nen|eins] bild|bilder|foto|fotos|pic|"
        "pics|nudes|video|videos|nacktbild|nacktbilder",
        "geld|kohle|euro|cash gegen [ein|paar|deine|n|nen|eins] bild|bilder|foto|fotos|pic|pics|nudes|video|videos|"
        "nacktbild|nacktbilder",
        "[ich] [schick|kauf|gebe|geb] dir [einen|ein|nen] gutschein",
        "hab|habe [noch|auch|schon|da] [ein|n|nen|was|etwas|so] [kleines|kleinen|kleine|schönes] geschenk|geschenkchen|"
        "überraschung für dich",
        "geschenk|geschenkchen|überraschung [für_dich] besorgt|gekauft|geholt|bestellt",
        "geb|gebe|zahl|zahle|schick|schicke [dir|ihnen] # euro|eur|mäuse|kröten",
        "[discord] nitro",
    ),
    "IMAGE_REQUEST": (
        f"schick|schicke|schickst|schickste|sende|sendest|send|schicken [du|sie] [mir|mir's|uns] "
        "[mal|ma|doch|bitte|noch|jetzt|halt|auch] [mal|ma|bitte|doch] [ein|eine|einen|n|nen|ne|paar|deine|dein|deinen|"
        f"noch|mehr|was|neues|neue|süßes|heißes|sexy|geiles|geile|private|privates] [paar|neues|mehr|ein] {_PICTURE}",
        f"mir [mal|ma|bitte|doch] [ein|eine|einen|n|nen|paar|deine|dein|mehr|noch] {_PICTURE} [von] [dir|ihnen] "
        "schicken|senden|schickst|sendest|zeigen",
        f"{_PICTURE} von dir|dich",
        f"{_PICTURE} im|in bikini|unterwäsche|bh|höschen|badeanzug|dessous|slip|tanga|unterhose|bett|dusche",
        f"darf|kann|könnte ich [mal] [ein|eine|n|paar|noch] {_PICTURE} [von] [dir] sehen|haben|bekommen|kriegen",
        f"hast|haste|hasch [du] [ein|paar|n|irgendwelche|mehr] {_PICTURE} von dir",
        f"hast|haste|hasch [du] [ein|paar|n|irgendwelche|mehr] {_PICTURE} ?",
        "darf|kann|könnte ich dich [mal] sehen",
        "zeig|zeigst|zeige [mir] [mal|ma|doch] [bitte] dich",
        f"zeig|zeigst|zeige [mir] [mal|ma|doch] [bitte] deinen|deine|dein {_BODY}",
        f"deinen|deine|dein {_BODY} [mal] sehen|zeigen",
        "will|möchte|würde|wuerde dich [gern|gerne|mal|endlich|jetzt] [mal] sehen",
        "lass mich dich [mal] sehen",
        "mach|machst|machen|schalt|schalte [du|wir] [mal|ma] [die|deine|deine] cam|webcam an|ein",
        "videochat|facetime|facetimen|skypen",
        "was|wat hast|haste|hasch du [gerade|grad|grade|jetzt|so|heute] an|drunter ?",
        "was|wat hast|haste|hasch du gerade|grad|grade drunter|an",
        "was|wat hast|haste|hasch du drunter",
        "was|wat trägst|trägste du [gerade|grad|jetzt|drunter]",
        "zieh|ziehst dich [mal|für_mich] [für_mich] aus",
        f"zieh|ziehst dein|deine|deinen oberteil|shirt|tshirt|hose|bh|höschen|slip|unterhose|top|pulli|"
        f"{_UNDERWEAR} [mal] [für_mich] aus",
        f"in|im deiner|deinem|deinen {_UNDERWEAR}",
        f"mach|machst|mache [mal|doch|du|mir] [mal] [ein|n|nen|paar] {_PICTURE} von|für dir|mich",
        "selfie|pic|pics|nudes|nacktbilder|nacktbild ?",
        "fußbilder|fussbilder|fußfotos|fussfotos|fußpics",
        "mehr von dir sehen",
    ),
    "PLATFORM_MIGRATION": (
        f"hast|haste|hasch [du] [auch|eigentlich|eig|eigtl|zufällig|vielleicht] {_APPS}",
        f"bist|biste|bisch [du] [auch] auf|bei|in {_APPS}",
        f"was|wie ist dein|deine|ihr|ihre {_APPS}|nummer|handynummer|username|benutzername|telefonnummer",
        f"gib|gibst|gebe|schick|schickst|sag [du] [mir] [mal|ma] [bitte] [deine|dein|deinen|ihre] {_NUMBER}|"
        "snapchat|snap|insta|instagram|whatsapp|telegram|discord|username|benutzername",
        f"kann|darf|könnte|krieg|kriege ich [mal|ma] [bitte] deine|dein|deinen|ihre {_NUMBER}|snapchat|instagram|"
        "whatsapp|telegram|discord|username",
        f"deine|dein {_NUMBER}|snapchat|instagram|whatsapp|telegram|discord ?",
        f"add|adde|addest|addet|addst mich|mir [mal|ma|doch|bitte] [auf|bei|in] {_APPS}",
        f"add|adde|addet dich [mal|dann] [auf|bei|in] {_APPS}",
        f"schreib|schreibe|schreibst|schreibt|meld|melde [mir|mich|dich] [mal|ma|doch|bitte|lieber|einfach|dann|"
        "gleich|am_besten|besser|ab_jetzt|in_zukunft|künftig|nur_noch|ab_sofort] [lieber|besser|einfach|mal|dann] "
        f"auf|bei|über|per|in {_APPS}",
        f"lieber|besser|eher|am_besten|ab_jetzt|nur_noch auf|über|per|bei|in {_MESSENGERS}",
        f"schick|schicke|schickst|sende|sendest [mir|es|das|sie|die|mal|ma] [*] [*] [*] per|über|via|auf|bei "
        f"{_MESSENGERS}",
        "wechseln|gehen|gehn|schreiben|reden|chatten|machen wir [lieber|doch|mal|am_besten|besser|ab_jetzt|gleich|dann|"
        f"einfach|weiter] [auf|zu|in|über|per|nach|bei] {_MESSENGERS}",
        f"wechsel|wechseln|umziehen [wir|doch|mal|lieber] [zu|auf|nach] {_MESSENGERS}",
        "zweitnummer|privatnummer|zweithandy|zweitaccount|privataccount|fakeaccount|zweitacc|privatacc|geheimnummer|"
        "geheimaccount|zweitprofil|privatprofil",
        "meine|mein|meinen andere|anderen|private|privaten|zweite|zweiten|geheime|geheimen nummer|handynummer|handy|"
        "account|acc|profil",
        "schreib|schreibe|schreibst [mir|mich] [mal|ma|doch|bitte|lieber|einfach|dann] [eine|ne|n] privat|pn|pm|"
        "privatnachricht|direktnachricht",
        "[lieber|mal] privat schreiben|chatten|reden|weiterschreiben|weiter",
        "privatchat|privatchats",
        f"lass|lasst uns [lieber|mal|doch] [auf|bei|über|in|per] {_MESSENGERS}",
        f"auf|bei|über|per {_MESSENGERS} weiterschreiben|schreiben|weiter|chatten|reden|telefonieren",
        "woanders|anderswo [weiter] schreiben|weiterschreiben|chatten|reden",
        "andere|anderen|anderer app|plattform",
        f"lad|lade|installier|installiere|hol [dir] [mal|ma|doch|bitte] {_APPS} [runter|herunter]",
        "darf ich dich [mal|heute|später|nachher] anrufen|callen|facetimen",
        "kann ich dich [mal|heute|später|nachher] callen|facetimen",
        "meine handynummer|telefonnummer",
        "meine|mein nummer|snap|insta|whatsapp ist|lautet",
        f"heißt|heisst [du] auf|bei|in {_APPS}",
        "pn|pm mich|mir",
    ),
    "MEETING_PROPOSAL": (
        "sollen|wollen|können|könnten|sollten|wollten|solln|wolln wir uns mal|ma|nicht|doch|endlich|irgendwann|bald|"
        "persönlich|heimlich [mal] treffen|kennenlernen|sehen",
        "treffen wir uns mal|endlich|irgendwann|bald|heimlich",
        "sollen|wollen|können|könnten|sollten|wollten wir uns [am|diese|dieses|nächste|nächsten|morgen|heute] * "
        "treffen",
        "sollen|wollen|können|könnten wir uns treffen|sehen ?",
        "treffen wir uns morgen|heute|am|nach|diese|dieses|nächste|nächsten|bei|in|im",
        "lust|bock dich|uns mit mir [zu] treffen|sehen",
        "lust|bock dich mit mir zu treffen",
        "wir sollten|könnten|können|müssen [uns] [ja|doch|auch] mal|endlich|irgendwann|bald|heimlich|persönlich [mal] "
        "treffen|kennenlernen|sehen",
        "lass|lasst uns [mal|doch|endlich|irgendwann|bald] [mal] treffen",
        "will|möchte|würde|wuerde|würd dich [gern|gerne|so|unbedingt|endlich|mal|echt] [gern|gerne|mal] [mal] "
        "treffen|kennenlernen|besuchen|sehen",
        "hol|hole dich [*] [*] [*] [*] [*] abholen|ab",
        "kann|könnte|würde|würd dich [*] [*] [*] [*] [*] abholen|heimfahren|heimbringen|mitnehmen",
        "[bei] mir vorbeikommen|vorbeischauen|vorbeikommst|rumkommen",
        "komm|kommst [einfach|mal|kurz|doch|morgen|heute|dann|gern|gerne] [kurz|mal|einfach|doch] rüber|vorbei",
        "bei mir zuhause|daheim",
        "schick|schicke|gib|sag|schreib [mir] [mal|noch|bitte|doch|dann] deine|ihre adresse|addy|anschrift|hausnummer",
        "persönlich|real|live treffen|kennenlernen|sehen",
        "in echt treffen|kennenlernen|sehen",
        "in_real_life treffen|kennenlernen|sehen",
        "könnte|würde dich [auch|gerne|gern|einfach] abholen",
        "ich hol|hole dich gerne|gern|einfach|heimlich|mit_dem_auto [mit_dem_auto|von_der_schule] ab",
        "kommst|kommste [du] [mal|doch|heute|morgen|dann] [zu] mir [nach_hause|rüber|vorbei]",
        "komm|komme [ich] [dann|mal|heute|morgen|gerne|gern|einfach] zu dir [nach_hause|rüber]",
        "besuch|besuche|besuchen dich",
        "wohnst|wohnste|lebst [du] genau",
        "genau wohnst|wohnste|lebst",
        "was|wie ist deine|ihre adresse|addy|anschrift",
        "deine adresse ?",
        "welcher|welche straße|strasse wohnst|lebst|wohnste",
        "hotel|hotelzimmer|zimmer für uns",
        "wir nehmen|buchen uns [ein] hotel|zimmer|hotelzimmer",
        "bei mir übernachten|pennen|schlafen",
        "heimlich treffen|raus|rausgehen|rausschleichen|kommen|abhauen|weg|sehen",
        "rausschleichen|rausschleichst|rausgeschlichen|wegschleichen",
        "vor deiner|deinem|eurer|eurem tür|haus|schule|wohnung|haustür",
        "[bin] [schon] unterwegs zu dir",
        "auf dem weg zu dir",
        "wie weit [weg] wohnst|lebst|wohnste",
        "wann [können|könnten|sollen] wir uns [mal|endlich] treffen|sehen",
        "date mit mir",
        "gehst|gehste [du] [mal] mit mir aus",
        "willst|möchtest [du] [mal] mit mir ausgehen",
        "was machst|machste du heut|heute nacht",
        "allein|alleine treffen|sehen",
        "zu mir [nach] hause|nachhause|heim",
        "zu mir ins auto",
        "steig|steigst bei mir [ins_auto] ein",
    ),
    "SEXUAL_CONTENT": (
        _SEX_WORDS,
        "sex",
        "sexy",
        "geil auf dich|mich|dich",
        "so|voll|richtig|total geil auf",
        "bist|biste du [schon] [so] feucht|geil|spitz|horny|erregt",
        "macht|machst mich [so|voll|echt|total|richtig] geil|heiß|scharf|feucht|hart|an",
        "bin|werd|werde [so|voll|richtig|echt|total] feucht|hart|spitz|erregt|horny",
        "einen|ein|nen blasen",
        "noch jungfrau",
        "hattest|hast du [schon] [mal] sex|geschlechtsverkehr",
        "schon [mal|einmal|jemals] [jemanden|einen|ein|nen|n|ne|eine|wen] [jungen|junge|mädchen|typen|mann|frau|freund|"
        "freundin|kerl] geküsst|gefingert|angefasst|rumgemacht|geblasen|befriedigt|geknutscht|gezüngelt|geleckt",
        "hattest|hast|hattet|hatest [du] schon [mal|einmal|jemals|je] was|etwas|sex|was_sexuelles|was_intimes mit "
        "[nem|einem|n|nen|ner|einer] älteren|erwachsenen|mann|typen|jungen|junge|mädchen|frau|kerl|jemandem|wem",
        "schon [mal|einmal] mit [nem|einem|n|nen|ner|einer] älteren|erwachsenen [mann|typen|jungen|frau] "
        "zusammen|im_bett|intim|geschlafen",
        "schon [mal|einmal|jemals] mit [jemandem|einem|nem|wem|ner|einer|deinem|dem|deiner|nen] [jungen|typen|mann|"
        "freund|mädchen|freundin|kerl|älteren] geschlafen|gevögelt|gefickt|gebumst|gepoppt|rumgemacht|geknutscht",
        "bist|biste|bisch|wurdest [du] [schon|eigentlich|eig|eigtl|denn] aufgeklärt",
        "wie weit [bist|warst|biste] [du] [schon|denn|eigentlich|eig|eigtl] [mit] [jungs|einem|nem|jemandem|"
        "deinem_freund] "
        "gegangen",
        "hattest|hast|hattet [du] schon [dein|ihr|das] erstes|erste mal",
        "selbst|selber angefasst|anfassen|berührt|befriedigt|befriedigen|streicheln|streichelst",
        "fass|fasst|fasse dich [mal] [selbst|selber] [da|unten] an",
        "will|möchte|würde dich [überall|gern|gerne|so] [gern|gerne] anfassen|berühren|lecken|streicheln|ausziehen|"
        "spüren|vernaschen",
        "dich ausziehen|nackt",
        "normal|natürlich in|für dein|deinem alter",
        "machen|macht [doch|ja] alle|jeder in deinem alter",
        "was_für|welche unterwäsche|bh|slip|höschen|dessous",
        "farbe hat dein|deine bh|slip|höschen|unterwäsche",
        "mit dir kuscheln|schmusen|rummachen|duschen|baden|schlafen",
        "mit dir im|ins bett|bettchen",
        "mit dir [unter_die|unter_der|in_die|in_der] dusche|badewanne",
        "rummachen",
        "lutsch|lutschen|lutscht meinen|deinen|ihn",
        "leck|lecken|leckst deinen|deine|ihn",
        "mein|meinen|dein|deinen schwanz|penis|pimmel",
        "bh größe|grösse|groesse",
        "bhgröße|bhgrösse",
        "unten rasiert|behaart",
        "rasierst|rasiert du dich unten|da|intim|überall",
        "hast du [schon] brüste|titten|busen",
    ),
    "PRESSURE_THREAT": (
        "sonst|ansonsten|andernfalls schick|schicke|zeig|zeige|poste|post|veröffentliche|verschick|verschicke|leak|"
        "leake|stell|stelle|sende|teil|teile|verbreite ich",
        f"{_THREAT_ITEMS} [an|zu|bei] deine|deinen|deiner|deinem|ihren|ihre|ihrer|allen_deinen|alle_deine "
        f"{_THREAT_TARGETS}",
        "nacktbilder|nacktbild|nacktfotos|nacktfoto|nudes|nacktvideo|nacktvideos ins|im|in|an [das|die|der] "
        "internet|netz|schule|klasse|alle|allen",
        "nacktbilder|nacktbild|nacktfotos|nacktfoto|nudes|nacktvideo|nacktvideos online|überall|rum|herum",
        "poste|veröffentliche|verbreite|leake|leak|verschicke [ich] [dann] [deine|die|alle|eure] "
        "nacktbilder|nacktfotos|nudes|nacktvideos|nacktbild|nacktvideo",
        "werden|wird alle|jeder [es|das|deine|die|dich] [bilder|fotos|nacktbilder] sehen|wissen|erfahren",
        "alle|jeder wird|werden es|das|dich|deine sehen|wissen|erfahren",
        "schuldest|schuldes mir [was|etwas|noch|einen|ein|das]",
        "mir [was|etwas|noch_was|das] schuldig",
        "wenn|falls du [mir] [jetzt|das|es|sofort|heute|die] nicht|kein|keine|keinen|nichts|nix "
        "[sofort|gleich|endlich|mehr|noch] [ein|eins|mehr|paar|deine|n] [bild|bilder|foto|fotos|video|nudes|mehr] "
        "schickst|zeigst|antwortest|"
        "gehorchst|schreibst",
        "ignorier|ignoriere mich nicht|net|nich|ned",
        "warum|wieso|weshalb ignorierst|ignorierste du mich",
        "mich [zu] ignorieren",
        "antworte|antwort [mir] endlich|sofort|jetzt|gefälligst",
        "beweis|beweise es [mir|doch]",
        "beweis|beweise|zeig [mir] dass du mich [wirklich] liebst|magst|echt",
        "[du] hast [es|das|mir] [doch|aber] versprochen",
        "weiß|weiss|weis wo du wohnst|lebst|wohnst|zur_schule_gehst",
        "wirst [es|das] bereuen",
        "letzte|letzten chance|warnung",
        f"musst [mir] [jetzt|endlich|sofort|einfach] [ein|eins|mehr|noch_ein|noch] {_PICTURE} schicken|zeigen|senden",
        "musst [mich] [jetzt|endlich] treffen",
        "sei kein|keine|nicht [so] [ein|eine|n] feigling|angsthase|spielverderber|spießer|prüde|zicke|baby|schisser",
        "dein|deinen leben|ruf kaputt|zerstören|ruinieren|zerstör|ruinier|zur_hölle",
        "niemand|keiner wird|würde dir [das|es] [eh|sowieso|doch] glauben",
        "ich hab|habe [noch] [alle] [deine] screenshots|screens",
        "oder ich schick|schicke|zeig|zeige|poste|veröffentliche|verschick|verschicke|leake|stell|sende|verbreite",
        "sonst|ansonsten|andernfalls kriegt|kriegen|bekommt|bekommen|sieht|sehen|erfährt|erfahren|liest|lesen|weiß|"
        "weiss|wissen [es|das|alles|davon] [dein|deine|deinen|deiner|ihre|alle|die|der|jeder|ganze] [ganze|ganzen] "
        f"{_THREAT_TARGETS}|alle|jeder|welt|internet",
        "dann|oder|sonst kriegt|kriegen|bekommt|bekommen|sieht|sehen|liest|lesen [dann] [die|deine|dein] ganze|ganzen "
        "schule|klasse|welt|stadt|familie|verwandtschaft|freundeskreis|internet",
        "machst|tust [du] [ab_jetzt|von_jetzt_an|ab_sofort|jetzt] [genau|einfach|schön] alles was ich [dir] sag|sage|"
        "will|verlange",
        "ab_jetzt|ab_sofort|von_jetzt_an machst|tust du [genau|einfach|schön] was|alles ich [dir] sag|sage|will|"
        "verlange",
        "wenn du mich [wirklich|echt|doch] magst|liebst|lieb_hast|gern_hast dann|würdest|machst|schickst|zeigst",
        "sonst|dann|andernfalls|ansonsten denk|denke|glaub|glaube|weiß|weiss ich [dann] [dass|das] du mich nicht|nich|"
        "net [wirklich|mehr] magst|liebst|lieb_hast|vertraust",
        "sonst|dann|andernfalls|ansonsten denk|denke|glaub|glaube|weiß|weiss ich [dann] [dass|das] du magst|liebst "
        "mich nicht|nich|net",
    ),
}

#: Words too frequent in German chat to anchor a phrase (respelt like the phrases: "da" is "the" here).
COMMON_WORDS = frozenset(
    [
        "ich",
        "du",
        "er",
        "sie",
        "es",
        "wir",
        "ihr",
        "mich",
        "dich",
        "mir",
        "dir",
        "uns",
        "euch",
        "ihn",
        "ihm",
        "mein",
        "meine",
        "dein",
        "deine",
        "deinen",
        "deinem",
        "deiner",
        "sein",
        "seine",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "n",
        "ne",
        "nen",
        "und",
        "oder",
        "aber",
        "nicht",
        "kein",
        "keine",
        "ist",
        "bin",
        "bist",
        "sind",
        "hab",
        "habe",
        "hat",
        "haben",
        "war",
        "kann",
        "kannst",
        "will",
        "willst",
        "mal",
        "ja",
        "nein",
        "nee",
        "ok",
        "so",
        "auch",
        "noch",
        "schon",
        "nur",
        "doch",
        "halt",
        "denn",
        "was",
        "wie",
        "wo",
        "wer",
        "wann",
        "mit",
        "von",
        "zu",
        "in",
        "im",
        "an",
        "am",
        "auf",
        "für",
        "bei",
        "aus",
        "nach",
        "um",
        "da",
        "dann",
        "wenn",
        "dass",
        "jetzt",
        "hier",
        "gerade",
        "grad",
        "echt",
        "voll",
        "sehr",
        "lol",
        "haha",
        "xd",
        "digga",
        "bro",
    ]
)

# Units and words after a number that make it something other than an age ("ich bin 20 minuten weg",
# "bin 2 mal da", "ich bin 8 klasse" is a school year, read by GRADES).
_NOT_AGE = (
    r"(?! (?:minuten|minute|min|mins|sekunden|sek|sec|stunden|stunde|std|h|tage|tagen|tag|wochen|woche|monate|"
    r"monaten|monat|uhr|km|kilometer|meter|cm|kg|kilo|euro|eur|mal|x|prozent|leute|personen|kinder|jungs|"
    r"stuck|stueck|von|aus|bis|oder|zu|grad|punkte|level|lvl|kills|follower|klasse|kl|te|ten|ter|"
    r"m (?:weg|entfernt|weit|von|hoch|lang|gross|breit|tief)|"
    r"jahre (?:verheiratet|zusammen|dabei|lang|in|bei|mit|hier)) )(?! \d)"
)
_ADVERBS = r"(?:(?:erst|schon|noch|jetzt|fast|auch|bald|gerade|grad|grade|nur|selber|selbst|ja|eigentlich|"
_ADVERBS += r"mittlerweile|inzwischen|knapp|frisch|heute|morgen|bald) ){0,2}"

SELF_AGE: tuple[str, ...] = (
    # "ich bin 13", "bin erst 13", "bin jetzt schon 14 jahre alt", Swiss "i bi 13", "ich werde bald 14".
    r"(?:bin|binn|bi|werde|werd|ich wurde|werde ich|werd ich|wurde ich) " + _ADVERBS + r"(\d{1,2})" + _NOT_AGE,
    # "13 jahre alt", "14 j alt" (not someone else's: "mein bruder ist 15 jahre alt", "seit 14 jahren").
    r"(?<! ist )(?<! sind )(?<! war )(?<! wird )(?<! seit )(?<! vor )(?<! mit )(?<! als )(?<! bist )(?<! wie )"
    r"(?<! von )(?<! fur )(?<! ab )(?<! uber )(?<! unter )(?<! in )(?<! nach )(?<! werden )(?<! waren )"
    r"(?<! bin )(?<! binn )(?<! bi )"
    r"(\d{1,2}) (?:jahre|jahr|j|jr|jhr|jahrchen) (?:alt|jung)",
    # "ich bin eine 13 jährige", "als 14jähriger".
    r"(?:bin|als) (?:ein |eine |ne |n |and )?(\d{1,2}) ?(?:jahrige|jahriger|jahriges|jaehrige|jaehriger)",
    # asl style: "14 w", "15/m", "13 weiblich", "w 14", "13w".
    r"(?<! suche )(?<! fur )(?<! fuer )(?<! ab )(?<! mit )(?<! bis )(?<! sucht )(?<! suchen )"
    r"(\d{1,2}) (?:w|m|weiblich|mannlich|maennlich|junge|madchen|maedchen|madel|maedel)"
    r"(?! (?:weg|entfernt|weit|von|hoch|lang|gross|breit|tief|min|minuten|sucht|suche|suchen)(?= ))",
    r"(?<! sucht )(?<! suche )(?:w|m|weiblich|mannlich|maennlich) (\d{1,2})" + _NOT_AGE,
    r"(\d{1,2})(?:w|j|jr|yo)",
    r"w(\d{1,2})",
    r"(?:mein alter|alter ist|mein alter ist) (\d{1,2})" + _NOT_AGE,
)

OTHER_AGE: tuple[str, ...] = (
    r"(?:bist du|biste|bisch du|bisst du|bistu|bist) (?:(?:erst|schon|wirklich|echt|noch|auch|etwa|wohl|ja|denn|"
    r"jetzt|nur|tatsachlich|tatsaechlich|eigentlich|really) ){0,2}(\d{1,2})" + _NOT_AGE,
    r"du bist (?:(?:erst|ja|doch|nur|noch|schon|wirklich|echt|eh|auch|halt|gerade) ){0,2}(\d{1,2})" + _NOT_AGE,
    r"sind sie (?:(?:erst|schon|wirklich|echt|noch) )?(\d{1,2})" + _NOT_AGE,
    r"du (?:wirst|wirsch) (?:(?:erst|bald|jetzt|schon|noch) )?(\d{1,2})" + _NOT_AGE,
    r"mit deinen (\d{1,2})",
)

# School years counted from 1 at six: "ich bin in der 8. klasse" is 14.
GRADES: tuple[tuple[str, int], ...] = (
    (
        r"(?:bin|gehe|geh|komme|komm|besuche) (?:jetzt |noch |erst |schon |bald )?(?:in |auf )?(?:die |der )?"
        r"(\d{1,2}) (?:klasse|kl|klasser)",
        6,
    ),
    (r"(?:bin in|geh in|gehe in|bin in der|gehe in die|geh in die) klasse (\d{1,2})", 6),
    # "13w 8. klasse": a bare school year, unless it is someone's class ("die 8. klasse", "meine 8. klasse").
    (
        r"(?<! die )(?<! der )(?<! meine )(?<! meiner )(?<! seine )(?<! ihre )(?<! eine )(?<! einer )(?<! unsere )"
        r"(?<! deine )(?<! deiner )(?<! in )(?<! zur )(?<! fur )(?<! fuer )(?<! bin )(?<! jetzt )(?<! noch )"
        r"(?<! erst )(?<! schon )(?<! bald )(\d{1,2}) (?:klasse|kl)",
        6,
    ),
)

# Named school years and stages ("achte klasse"; "8te" reaches here as "bte" after leet decoding).
SCHOOL_YEARS: tuple[tuple[str, int], ...] = (
    (r"(?:in der |in die |bin )(?:funfte|funften|fuenfte|ste|sten) klasse", 11),
    (r"(?:in der |in die |bin )(?:sechste|sechsten|6te|6ten) klasse", 12),
    (r"(?:in der |in die |bin )(?:siebte|siebten|siebente|tte|tten) klasse", 13),
    (r"(?:in der |in die |bin )(?:achte|achten|bte|bten) klasse", 14),
    (r"(?:in der |in die |bin )(?:neunte|neunten|gte|gten) klasse", 15),
    (r"(?:in der |in die |bin )(?:zehnte|zehnten|iote|ioten) klasse", 16),
    (r"(?:bin|geh|gehe) (?:noch )?(?:in |auf )(?:der |die )?grundschule", 9),
    (r"(?:bin|geh|gehe) (?:noch |jetzt )?(?:in )(?:der |die )?unterstufe", 11),
    (r"(?:bin|geh|gehe) (?:noch |jetzt )?(?:in )(?:der |die )?mittelstufe", 14),
    (r"(?:bin|geh|gehe) (?:noch |jetzt )?(?:in )(?:der |die )?oberstufe", 17),
)

SELF_MINOR_CUES: tuple[str, ...] = (
    "hab|habe|hatte|krieg|kriege|kriegte|bekomme [jetzt|grad|gerade|wieder|schon|noch|bestimmt|dann] hausarrest",
    f"meine|mein {_PARENT} erlaubt|erlauben|lässt|lassen [mir|mich|das|es] [das|es] [noch] nicht|nie|net|kein",
    f"meine|mein {_PARENT} verbietet|verbieten|verbietets",
    "darf nur bis # [uhr] [raus|draußen|online|wach|aufbleiben|zocken|am_handy]",
    "muss um # [uhr] [zu] zuhause|hause|daheim|heim|bett|ins_bett|im_bett|schlafen|offline|off|drin|rein",
    "handy|handys [weg] weggenommen|abgenommen|wegnehmen|abnehmen|eingezogen|eingesammelt",
    "meine|mein bildschirmzeit|handyzeit|medienzeit|handyverbot|internetverbot",
    "handyverbot|internetverbot|zockverbot",
    "mein|meinem|meinen|vom taschengeld",
    "meine|meiner klassenlehrerin|klassenlehrer|mathelehrerin|mathelehrer|lehrerin|deutschlehrerin|englischlehrerin",
    "muss [noch] [schnell] [meine|die] hausaufgaben|hausis|hausi|hü",
    "schulbus",
    "nachsitzen",
    "bin [noch] [viel] zu jung [dafür|für]",
    "wenn|bis ich [mal] 14|15|16|18 bin|werde",
    "darf [noch] kein|keine|keinen instagram|tiktok|snapchat|handy|whatsapp|insta",
    f"mein|meine {_PARENT} sagt|sagen ich muss|soll|darf",
    f"mein|meine {_PARENT} holt|holen mich [von] [der] [schule] [ab]",
    "meine|mein|unsere babysitterin|babysitter",
    "mein kinderzimmer",
    "mein|meinem zeugnis",
    "meine|meiner konfirmation|firmung|jugendweihe|kommunion",
    "bin|sind auf klassenfahrt",
    "meine|meiner klassenfahrt",
    "mein|meine schulranzen|federmappe|mäppchen",
)

OTHER_MINOR_CUES: tuple[str, ...] = (
    "bist [noch] [so|zu|viel|echt|voll|ganz|sehr] [zu|schön] jung|klein|minderjährig",
    "bist [doch] [noch] ein|n kind",
    "noch ein|n kind",
    "für|fuer dein|ihr alter",
    "in deinem alter",
    "zu jung für mich|sowas|das",
    "wenn|bis du [mal] 16|18|älter|volljährig bist",
    "zu alt für dich",
    "na kleine|kleines",
    "minderjährig|minderjährige|minderjährigen",
    "deine|deiner|deinen lehrerin|lehrer|klassenlehrerin|klassenlehrer|hausaufgaben|hausis|klassenkameraden|"
    "mitschüler|mitschülerinnen|klasse",
    "gehst du noch zur|in schule|die",
    "jugendschutz|schutzalter",
)

# Phrases whose words stand apart ("lösch am besten gleich den ganzen chat"): `..` is up to three words of anything.
_DE_PARENTS = "mama|mami|mutter|mutti|papa|papi|vater|eltern|stiefvater|stiefmutter|oma|opa|alten"
NEAR: dict[str, tuple[str, ...]] = {
    "SECRECY": (
        "nix|nichts|kein_wort|keinem|niemandem|niemand .. verraten|erzählen|sagen|wissen|zeigen",
        "unser|unsere|unseren kleiner|kleines|kleine .. chat|geheimnis|sache|ding",
        "unser|unsere chat|geheimnis|sache",
        "bleibt|bleiben .. unter|zwischen uns",
        "lösch|lösche|löschen|löscht|leer|leeren .. chat|chats|nachrichten|nachricht|verlauf|alles|bilder|fotos|das",
        "musst|muss|brauchst|solltest .. nicht|nix|keinem .. sagen|erzählen|wissen|fragen|zeigen|verraten",
        "speicher|speichere|speichern .. nummer|kontakt .. unter|als",
        "will|möchte nicht dass .. sieht|liest|weiß|mitbekommt|erfährt|mitliest",
        "sag|sagst|sagen .. einfach .. du|dass",
        "säg|sag|sagsch|seg .. eltere|eltern|mami|papi|mueter|vater|niemer|niemertem .. nüt|nöd|nid|nichts|nix",
        # who not to tell, with words between ("sag deinem trainer erstmal nichts", "sag den anderen aber nix")
        "sag|sags|sagst|erzähl|erzähls|erzählst|verrat|verrats|verrätst .. deinem|deiner|deinen|den|dem|der .. "
        "nichts|nix|nüt|nöd|net|ned|nicht|kein_wort",
        "eltern|mama|papa|mutter|vater|mami|papi|die|keiner|niemand .. müssen|muss|brauchen|braucht|dürfen|darf|"
        "sollen|soll|muess|mues .. nicht|nix|nichts|net|ned|nöd|nid|nie .. wissen|erfahren|mitkriegen|mitbekommen|"
        "merken|wüsse|erfahre",
        "wenn|falls|dass|wehe du .. jemandem|irgendwem|irgendjemandem|jemand|wem|ihnen .. sagst|erzählst|verrätst|"
        "zeigst|petzt",
        # deleting ("mach die dms danach weg", "die bilder bei dir wegmachen")
        "mach|macht|mache .. dms|chat|chats|nachrichten|bilder|fotos|verlauf|unterhaltung|pics .. weg",
        "dms|chat|chats|nachrichten|bilder|fotos|verlauf|pics .. wegmachen|weglöschen|entfernen|löschen|löscht|löschst",
        "selbstzerstörung|selbstlöschend|selbstlöschende|selbstzerstörende|einmalansicht|verschwindende_nachrichten",
        "bleibt|bleiben|bleibts .. unter|zwischen männern|frauen|jungs|uns_beiden|uns_zwei|uns_zweien|dir_und_mir",
        "säg|sag|verzell|verzäll .. niemertem|niemerem|niemer|keim",
        "nicht|nix|net|ned|nöd|niemandem|keinem .. weitersagen|weitererzählen|weiterverzellen|weitersagst|"
        "weitererzählst",
        "damit|sodass .. keiner|niemand|eltern|mama|papa|mutter|vater .. merkt|merken|mitkriegt|mitkriegen|"
        "mitbekommt|mitbekommen|erfährt|erfahren|checkt",
        "verheimlich|verheimliche|verheimlichen|verheimlichst|verheimlicht|verschweig|verschweige|verschweigen|"
        "verschweigst",
        "unter vier augen",
        "bleibt|bleiben|bleibts .. privat|unter_verschluss",
        "halt|halte|haltet|halten|hältst .. das|es|alles|uns|unsere|unser .. geheim|unter_verschluss|privat",
        "würde|würden|könnte|könnten|kommt|käme|sonst .. falsch .. verstehen|rüber|rüberkommen|auffassen|"
        "interpretieren",
        "heimlich|insgeheim .. treffen|sehen|schicken|telefonieren|facetimen|kommen|rausschleichen|abholen|"
        "rüberkommen|vorbeikommen",
        "niemand|keiner|keine_sau .. darf|soll|muss|sollte|braucht .. sehen|lesen|finden|sehn|rausfinden|herausfinden",
        "mama|mami|mutter|mutti|papa|papi|vater|eltern|stiefvater|stiefmutter|oma|opa|alten .. dürfen|darf|sollen|"
        "soll|sollten|sollte .. nie|niemals|nicht|nix|nichts .. sehen|lesen|finden|rausfinden|herausfinden",
        "versteck|verstecke|versteckst|verstecken .. handy|bilder|fotos|pics|geld|app|apps|chat|nachrichten|"
        "unterhaltung|ordner",
        "versteckte|versteckten|geheime|geheimen|geheimer|geheimes .. app|apps|ordner|album|account|konto|profil|"
        "handy|nummer",
        "inkognito|inkognitomodus|privatmodus|tresorapp|tresor_app",
    ),
    "PARENT_CHECK": (
        "liest|lesen|guckt|gucken|schaut|schauen|kontrolliert|kontrollieren|checkt|checken|durchsucht .. "
        + _DE_PARENTS
        + "|sie|die|er|der|wer .. mit|nachrichten|handy|chats|chat|durch|nach",
        "ohne " + _DE_PARENTS + "|deine_eltern|deine_mama|deinen_papa",
        _DE_PARENTS + " .. arbeiten|arbeitet|schlafen|schläft|weg|unterwegs|zuhause|daheim|da ?",
        "wer .. ist|sind .. zuhause|daheim",
        # who reads the phone, with words between ("liest deine mutter eigentlich deine whatsapps")
        "liest|lesen|guckt|gucken|schaut|schauen|kontrolliert|kontrollieren|checkt|checken|durchsucht|durchsuchen|"
        "überwacht|überwachen .. "
        + _DE_PARENTS
        + " .. deine|dein|deinen|deinem .. handy|whatsapp|whatsapps|nachrichten|chats|dms|verlauf|"
        "messages|tablet|laptop|insta|snap|handyverlauf",
        _DE_PARENTS + " .. im_bett|am_schlafen|eingeschlafen|pennen|pennt|verreist|nicht_da|nicht_zuhause|"
        "nicht_daheim|auf_arbeit|außer_haus|dahoam|dihei|heim|zurück ?",
        "wann|bis_wann .. " + _DE_PARENTS + " .. heim|zurück|nach_hause|nachhause|wieder_da|dahoam|dihei",
        "bist|biste|bisch|bistn .. allein|alleine|elei|allei|alleini .. zimmer|dihei|dahoam|daheim|zuhause|hause",
        "ist|is .. jemand|irgendwer|irgendjemand|sonst_jemand .. bei_dir|daheim|zuhause|dihei|dahoam|bei_euch",
        "wissen|weiß|weiss .. eltern|mama|papa|mutter|vater|mami|papi .. dass_du|von_mir|von_uns|wo_du|mit_wem|"
        "dass_wir|was_du",
        "wenn|sobald|während|solange|bis deine|dein|ihre .. mama|mami|mutter|mutti|papa|papi|vater|eltern|stiefvater|"
        "stiefmutter|oma|opa|alten .. schlafen|schläft|pennen|pennt|weg|arbeiten|arbeitet|unterwegs|einkaufen|"
        "eingeschlafen|im_bett|außer_haus|nicht_da|nicht_daheim|nicht_zuhause",
        "deine|dein mama|mami|mutter|mutti|papa|papi|vater|eltern|stiefvater|stiefmutter|oma|opa|alten .. sind|ist|"
        "is .. weg|unterwegs|verreist|im_urlaub|auf_arbeit|ausgeflogen|fort|furt|arbeiten|nicht_da",
        "san|sand|sind|isch|is|isches .. dini|deine|dei|deini .. eltere|eltern|mami|papi|mama|papa|oide|oiden|"
        "alten .. dihei|dahoam|daham|deheim|weg|furt|fort|unterwegs",
        "kennen|kennt|wissen|weiß|weiss|haben|hat .. mama|mami|mutter|mutti|papa|papi|vater|eltern|stiefvater|"
        "stiefmutter|oma|opa|alten .. passwort|pin|code|sperrcode|entsperrcode|handycode|handypasswort",
        "kindersicherung|familylink|family_link|elternkontrolle|jugendschutzeinstellungen|kinderschutzfilter",
        "außer|ausser dir .. jemand|wer|noch|keiner|niemand .. da|daheim|zuhause|wach|dihei|dahoam",
        "kann|könnte|könnt|würde|hört|hören .. jemand|wer|irgendwer|keiner|niemand .. reinkommen|reinplatzen|"
        "mithören|zuhören|reinkommt|reinplatzt",
        "teilst|teilt|teilen .. zimmer .. mit|geschwistern|bruder|schwester",
        "bis_wann|wie_lange|wie_lang|wann .. mama|mami|mutter|mutti|papa|papi|vater|eltern|stiefvater|stiefmutter|"
        "oma|opa|alten .. arbeiten|arbeitet|unterwegs|schlafen|schläft|pennen",
    ),
    "TRUST_FLATTERY": (
        "bist|wirst .. so|echt|viel|voll|total|richtig|schon .. erwachsen|reif|reifer|vernünftiger|vernünftig|"
        "besonders|hübsch|hübscher|hübscheste|wunderschön",
        "die|der einzige|einzigste die|der",
        "wie jemand mit #",
        "versteht|verstehen dich .. nicht|keiner",
        "immer|jederzeit .. für dich da",
        "nur ich .. versteh|verstehe",
        "älter|reifer als .. alter|du_bist|die_anderen",
        # "körperlich bist du schon weit für 13", "hätte dich älter geschätzt"
        "bist|biste|bisch|wirkst|siehst .. reif|reife|reifer|erwachsen|erwachsener|weit|entwickelt|vernünftig|"
        "gebaut .. für|fuer #|dein_alter|ihr_alter",
        "dich .. älter|reifer|erwachsener .. geschätzt|eingeschätzt|gehalten",
        "merkt|merkst|glaubt|ahnt .. dass|das du .. erst|nur #",
        "kannst|kannste|darfst|kansch|chasch|könnt .. mich|mir .. alles .. fragen|erzählen|sagen|anvertrauen|"
        "schreiben|verzelle",
        "bist|bisch|biste .. mir .. wichtig|wichtiger|wichtigste",
        "vertraust .. mir",
        "bist|biste|bisch .. ja|doch|schon|eh|halt .. kein|keine .. kind|kleines_kind|baby|kleines_mädchen|"
        "kleiner_junge .. mehr",
        "bisch|bist|biste|bischt|siehst .. härzig|herzig|schnusig|schnuckelig|fesch|feschs|hübschi|bildhübsch",
        "modelagentur|modelscout|modelvertrag|modeljob|modeljobs|modelkarriere|castingagentur|modelagenturen",
        "bist|biste|bisch|bleibst .. lieblingsschülerin|lieblingsschüler|lieblingsspielerin|lieblingsspieler|"
        "lieblingsnachbarin|lieblingsnachbar|"
        "lieblingsschützling|lieblingsturnerin|lieblingsmädchen|lieblingsnichte|lieblingsschwimmerin|"
        "lieblingstänzerin|lieblingsreiterin",
        "bist|bisch|biste .. mein|meine .. favorit|favoritin",
        "bist|biste|bisch .. fraulich|weiblich|sexy|erwachsen|erwachsener|reif|reifer .. geworden",
        "junge|richtige|echte .. frau|dame .. geworden|wirst|bist",
        "brauchst|bräuchtest|verdienst|suchst .. jemand|jemanden|einen|wen .. älteren|älteres|reiferen|erfahrenen|"
        "erwachsenen|erfahrenes",
        "jungs|jungen|typen|kerle|boys|gleichaltrige|gleichaltrigen|klasse|jahrgang .. kindisch|unreif|kindlich|babys",
        "bist|bisch|biste .. anders als .. andere|die_anderen|andern",
        "versteh|verstehe|kenne .. dich .. besser|am_besten|als_einziger|wie_kein",
        "seelenverwandt|seelenverwandte|seelenverwandten|seelenverwandtschaft",
        "besondere|besonderes|spezielle|spezielles .. verbindung|band|beziehung|freundschaft|connection",
        "reif|erwachsen|vernünftig .. genug .. für|um|dafür",
    ),
    "PRESSURE_THREAT": (
        "geht|schick|schicke|verschicke|poste|zeige|zeig|kriegen|sehen .. an|zu alle|deine|deinen|deiner .. "
        "follower|schule|eltern|freunde|klasse|mama|papa|lehrer",
        "du hast # min|minuten|stunden|std",
        "sonst .. schick|schicke|zeig|zeige|poste|geht|sag|erzähl",
        "oder .. neue|mehr|paar bilder|fotos|videos",
        "enttäuscht von dir",
        # spreading the pictures ("geht das bild sofort raus", "soll ich das bild an die alle schicken")
        "bild|bilder|foto|fotos|video|videos|nudes|pics|screenshots|chat|chats|nachrichten .. rumschicken|"
        "herumschicken|rumzeigen|verbreiten|verbreite|leaken|leake|veröffentlichen|veröffentliche|rumgehen",
        "geht|gehen|gehn .. bild|bilder|foto|fotos|video|videos|nudes|screenshots|pics .. sofort|direkt|gleich|"
        "überall .. raus|rum|viral",
        "bild|bilder|foto|fotos|video|videos|nudes|screenshots|pics .. geht|gehen|gehn .. sofort|direkt|gleich|"
        "überall .. raus|rum|viral",
        "soll|sollte .. bild|bilder|foto|fotos|video|videos|nudes|chat|chats|screenshots .. die_alle|denen_allen|"
        "ihnen_allen|deinen_eltern|deiner_mutter|deiner_mama|deinem_vater|deinem_papa|deiner_schule|deiner_klasse|"
        "deinen_freunden|deinen_followern .. schicken|zeigen|senden|posten|verschicken",
        "wenn|falls du .. nicht|net|ned|nich|kein|keine .. zahlst|bezahlst|überweist|gehorchst",
        "wenn|sobald|falls du .. noch|nochmal|mehr|weitere .. eins|eines|bilder|fotos|pics|nudes|video|videos .. "
        "schickst|zeigst|machst",
        "hab|habe .. deine|dein|deinen|von_dir .. bild|bilder|foto|fotos|video|videos|nudes|pics .. gespeichert|"
        "gescreenshottet|gesichert",
        "followerliste|freundesliste|kontaktliste|followerlist .. gespeichert|gescreenshottet|kopiert|gesichert",
        # guilt ("dachte wir sind freunde", "nach allem was ich für dich getan hab")
        "dachte|dacht|dachten .. wir .. freunde|befreundet|kumpels",
        "undankbar|undankbare|undankbares|undankbarer",
        "nach allem .. für_dich|dir .. getan|gemacht|gekauft|ausgegeben|gegeben|aufgeladen|bezahlt",
        "stell|stellst|stellt .. dich .. nicht|net|ned|nich|so .. an",
        "wenn|falls|wehe du .. mich .. blockierst|blockst|entfolgst|meldest",
        "du hast|hasch|hesch bis|noch # uhr|stunde|stunden|minuten|min|std .. sonst|oder|ansonsten",
        "du hast|hasch|hesch bis mitternacht|morgen_früh|heute_abend|heute_nacht|morgen_abend",
        "nimm|hol|klau|stiehl|stehl .. geld|kohle|kreditkarte|karte|bankkarte .. portemonnaie|geldbeutel|konto|"
        "eltern|mama|papa|mutter|vater|oma",
        "weiß|weiss|kenne|kenn|habe|hab .. deine|deinen|wo_du .. adresse|wohnst|schule|wohnort",
        "hab|habe .. alles|dich|unser|unseren|deine|es .. aufgenommen|gefilmt|aufgezeichnet|mitgeschnitten|"
        "gescreenshottet",
        "polizei|bullen|cops .. gehst|rufst|meldest|sagst|erzählst|einschaltest",
        "keine polizei|bullen|cops",
        "tick tack|tak",
        "ticktack|uhr_tickt|uhr_läuft",
        "schick|schicke|zeig|zeige|poste|verschicke|sende|kriegen|bekommen|sehen .. alle|allen|jeder|jedem .. der|die|"
        "denen .. dir|dich .. folgt|folgen|kennt|kennen",
    ),
    "IMAGE_REQUEST": (
        "schickst|schick|schicke|sende|sendest .. foto|fotos|bild|bilder|selfie|polaroids|video|pic|pics",
        "foto|fotos|bild|bilder|polaroids .. schicken|senden|machen|von_dir",
        "nur für mich|uns .. foto|bild|selfie|video|pic",
        "kamera an|anmachen",
        "schick|schicke|schickst|sende|send|sendest .. aktuelles|aktuelle|neues|neue|süßes|privates|heißes|ganzes|"
        "schönes|hübsches|sexy|geiles|freizügiges .. foto|bild|pic|video|selfie|fotos|bilder|pics|videos",
        "oberkörperfrei|oben_ohne|ohne_shirt|ohne_tshirt|ohne_oberteil|ohne_hose|ohne_klamotten|ohne_bh",
        "oberkörper .. frei|nackt",
        "hose|shirt|tshirt|oberteil|top|pulli|bh|höschen|slip|unterhose|rock|klamotten .. ausziehen|ausziehst|"
        "ausziehn|runterziehen|runterlassen|hochziehen",
        "zieh|ziehst|zieht .. hose|shirt|tshirt|oberteil|top|pulli|bh|höschen|slip|unterhose|rock|klamotten .. "
        "aus|runter|hoch",
        "videocall|videocalls|videoanruf|videoanrufe|videotelefonat|videotelefonieren|facecam|camchat .. allein|"
        "alleine|privat|heimlich|nachts|heute_nacht|im_bett|schlafanzug|pyjama|nur_wir",
        "mach|mache|machst|schalt|schalte .. cam|kamera|webcam|facecam .. an|ein",
        "ganzkörperfoto|ganzkörperbild|ganzkörperbilder|ganzkörperfotos|ganzkörper|ganzkörperselfie|spiegelselfie|"
        "spiegelselfies|spiegelfoto|beweisfoto|beweisbild|beweispic|beweisselfie",
        "diesmal|foto|fotos|bild|bilder|pic|pics|selfie|video|eins .. mit|ohne gesicht",
        "wissen|sehen .. wie du aussiehst|ausschaust|aussiehsch",
        "foto|fotos|bild|bilder|pic|pics|selfie|video .. bikini|badeanzug|unterwäsche|unterhose|höschen|bh|"
        "schlafanzug|pyjama|sportsachen|sportklamotten|turnhose|leggings|handtuch|badehose|dessous|nachthemd",
        "facetimen|facetime|skypen|videochatten|videochat|videochats",
        "musst|kannst|komm|sei|bleib|einfach .. im|in .. schlafanzug|pyjama|unterwäsche|handtuch|nachthemd|bikini|"
        "unterhose|boxershorts|dessous",
        "zeig|zeigst|zeige .. mir .. dich|deinen_körper|deine_figur|dein_outfit|deinen_bauch|deine_beine|deine_brüste",
        "dich .. bikini|badeanzug|unterwäsche|dessous|schlafanzug|pyjama|höschen|unterhose|minirock .. sehen|zeigen|"
        "fotografieren",
        "foto|fotos|bild|bilder|pic|pics|selfie|video .. umkleide|umkleidekabine|dusche|badewanne|badezimmer",
        "anprobieren|anprobierst|anprobiert .. foto|bild|pic|zeig|schick|zeigen|schicken",
    ),
    "MEETING_PROPOSAL": (
        "hol|hole|abholen .. dich .. ab|abholen",
        "nur wir zwei|beide",
        "treffen uns|wir_uns",
        "vorbeibringen|vorbeikommen|rüberkommen",
        "kommst|komm .. allein|alleine",
        "zu|bei mir .. zuhause|daheim|vorbei|studio|wohnung",
        # one to one ("ich könnte dich privat trainieren", "fahr dich nach dem training heim")
        "privat|einzeln|alleine|allein|persönlich .. trainieren|coachen|unterrichten|nachhilfe",
        "einzeltraining|privattraining|privatstunde|privatstunden|einzelstunde|privatunterricht|personaltraining",
        "fahr|fahre|bring|bringe|bringen .. dich .. heim|nach_hause|nachhause|hin|zurück",
        "komm|kommst|kommste|chum|chunsch|kumm|kummst .. rüber|vorbei|verbi|zu_mir",
        "kannst|darfst|könntest|kansch .. hier|bei_mir .. pennen|schlafen|übernachten|übernachte",
        "treff|treffen|treffn|träffe|treffe ma|mer|mir uns|üs|eus",
        "wämmer|wemmer|chömmer|sölled .. abmache|treffe|träffe|gseh",
        "wir .. ungestört|ungestörter",
        "teilen|teilt|teil .. uns|ein .. zimmer|hotelzimmer|bett|doppelzimmer",
    ),
    "GIFTS": (
        "könnte|kann|würde|will .. dir .. schenken|kaufen|geben|spendieren|ausgeben",
        "lad|lade dich .. ein",
        "euro|paysafe|psc|robux|vbucks|v-bucks .. für|fürs",
        "schick|schicke|überweis|gib .. dir .. stutz|franke|franken|geld|euro|twint|paypal .. wenn|falls|dafür",
        "dir|ihnen .. aufgeladen|überwiesen|gutgeschrieben",
        "hab|habe .. dir .. was|etwas|eins|einen|eine|ein|n|nen|ne|paar|neues|neue .. bestellt|gekauft|besorgt|"
        "mitgebracht|zurückgelegt",
        "taschengeld .. aufbessern|aufbesserst|verdienen|dazuverdienen",
        "bezahl|bezahle|zahl|zahle|übernehm|übernehme|spendier|spendiere .. dir|dein|deine|deinen .. ticket|"
        "zugticket|fahrkarte|bahnticket|anreise|fahrt|taxi|uber|hotel|zug",
        "pro|je shooting|fotoshooting|bild|foto|pic|video|clip",
        "geld|kohle|euro|cash|robux|vbucks|guthaben|paysafe .. für|gegen .. bild|bilder|foto|fotos|pic|pics|nudes|"
        "video|videos",
        "kauf|kaufe|schenk|schenke|gib|geb|gebe|spendier|spendiere|besorg|besorge .. dir .. points|coins|battlepass|"
        "battle_pass|gems|skin|skins|nitro|robux|vbucks",
        "als|zur .. belohnung|gegenleistung",
        "mach|mache .. dich .. mod|admin|moderator|vip",
        "mod|admin|moderator|vip|rang|rolle .. geben|kriegst|bekommst|verdienst|verdient",
    ),
    "SEXUAL_CONTENT": (
        "zieh|ziehst .. was|etwas schönes|enges|knappes .. an",
        "bist|biste|bisch .. schon|in_der .. pubertät",
        "hast|haste|hasch|bekommst|kriegst|kriegste .. deine|deinen tage|periode|regel",
        "filme|film|videos|video|seiten .. nicht|net|ned|nich .. gucken|sehen|schauen|anschauen|angucken .. darfst|"
        "dürftest|sollst",
        "küssen|knutschen|zungenkuss|rummachen .. beibringen|zeigen|üben|erklären",
        "massier|massiere|massieren|eincremen|einölen .. dich|dir",
        "bist|biste|bisch .. noch .. jungfrau|jungfräulich",
        "zieh|ziehst|zieht .. bikini|hotpants|kurzes|kurze|enges|enge|knappes|knappe|dessous|minirock .. an",
        "kuscheln|schmusen .. wir|zusammen|mit_mir|mit_dir|im_bett",
        "dich .. berühren|anfassen|streicheln|spüren",
    ),
    "PLATFORM_MIGRATION": (
        "chasch|kannst|kansch .. uf|auf telegram|whatsapp|snap|snapchat|insta|signal .. schribe|schreiben",
        "auf|über|per|in|zu|nach "
        + _MESSENGERS
        + " .. schreiben|weiterschreiben|chatten|reden|wechseln|weiter|quatschen|kommen|telefonieren|schreibe|"
        "schribe|weitermachen",
        "privaten|privater|privat|privates|geheimen|geheimer .. server|kanal|channel|gruppe|chatroom|gruppenchat",
        "mods|moderatoren|admins|admin .. lesen|liest|mitlesen|sehen|checken|kontrollieren|überwachen|gucken",
        "hier|app|plattform|forum|chat .. gespeichert|überwacht|mitgelesen|kontrolliert|moderiert",
        "dm|dme|dms .. mir|mich|dir",
        "tausch|tauschen|austauschen .. nummern|nummer|snaps|handynummern|handynummer",
    ),
    "AGE_PROBING": (
        "wie alt .. bist|biste|bisch|sind|bistn|bisst|bischt|bisd",
        "wia|wie oid|oit .. bist|biste|bisch|bischt|bisd|bistn|bisst",
        "bist|biste|bisch|gehst|gehste|gasch|besuchst .. grundschule|weiterführenden|weiterführende|gymnasium|gymi|"
        "realschule|gesamtschule|hauptschule|mittelschule|oberschule|sekundarschule|sek|nms|ahs|primarschule|"
        "primar|unterstufe|mittelstufe|oberstufe|volksschule|förderschule|bezirksschule",
        "klingst|klingste|wirkst|wirkste|klingsch .. jung|jünger|jugendlich|kindlich",
        "welche|welcher|welli|weli|welchi|wievielte|wievielten .. klasse|klass|stufe|schuljahr|jahrgangsstufe .. "
        "gehst|gehste|gasch|bist|biste|bisch|bischt|besuchst",
        "bist|biste|bisch .. noch .. schüler|schülerin|minderjährig",
    ),
}
