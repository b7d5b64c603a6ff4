"""Polish (pl) indicator pack: the phrases of the ten categories, the words too common to anchor one, and the
Polish forms of self-disclosed ages and child cues.

It covers the written chat register of teenagers and adults in Polish: "ty" and the formal "pan"/"pani" where
people use it ("ile pani ma lat?"), the inflected forms actually typed (feminine and masculine past tenses,
"wyślij/wyślesz/podeślij", the cases of "zdjęcie", "fotka", "snap"), text without diacritics ("zdjecie",
"jestes", "mowic") and Polish chat abbreviations ("nw"/"nwm", "cb" for "ciebie", "kc" for "kocham cię",
"pv"/"priv"/"priw"/"pw" for a private message, "nr" for "numer", "gg", "spk"). The spellings follow what
general descriptions of Polish internet and texting language list, and the terms of the apps and games popular
with Polish teenagers (Snapchat "snap", Instagram "insta", Messenger "mess", Discord "dc", TikTok "tt";
Robux, "V-dolce", "doładowanie" credit, Paysafecard, "karta podarunkowa").

Every word of a phrase is respelt to its normalised form (`model.packs`): diacritics are folded ("ł" -> "l")
and the English chat abbreviations of `model.normalize` expanded, so "ty" is matched as "thank you", "ma" and
"mama" as "mom", "coś" as "because", "u" as "you" and "k" as "ok" without being written so here. The age
expressions are NOT respelt and are written as normalised text has them. Polish school years: "szkoła
podstawowa", classes 1-8 (ages 7-14, "7 klasa" or "VII klasa"), then "liceum"/"technikum" classes 1-4 or 1-5
(15-19); "gimnazjum" classes 1-3 (13-15) until 2019, still named in chat.
"""

from __future__ import annotations

LANGUAGE = "pl"

# Parents ("starzy" is colloquial for parents) in the nominative, and in the dative ("powiem twoim rodzicom").
_PARENT = (
    "rodzice|starzy|mama|mamusia|matka|tata|tatuś|tatus|ojciec|ojczym|macocha|babcia|dziadek|dziadkowie|opiekunowie"
)
_PARENT_TO = "rodzicom|starym|mamie|matce|tacie|ojcu|ojczymowi|babci|dziadkowi|bratu|siostrze|rodzinie"
# Messaging apps in the cases people type ("masz snapa", "na snapie", "na insta", "na mess", "na dc").
_APPS = (
    "snap|snapa|snapie|snapem|snapka|snapku|snapchat|snapchata|snapchacie|insta|insty|instę|inste|instagram|"
    "instagrama|instagramie|ig|igu|fejs|fejsa|fejsie|facebook|facebooka|facebooku|fb|messenger|messengera|"
    "messengerze|mess|messa|messie|mesa|mesie|whatsapp|whatsappa|whatsappie|wa|watsap|watsapa|watsapie|łatsap|"
    "telegram|telegrama|telegramie|tg|discord|discorda|discordzie|dc|dsc|tiktok|tiktoka|tiktoku|tt|skype|skypa|"
    "skypie|kik|kika|kiku|gg|signal|signala|signalu|viber|vibera|viberze"
)
_PRIVATE = "priv|pv|priw|prv|pw|privie|priwie|privku|priva|prywatnie|prywatną|dm"
_PICTURE = (
    "zdjęcie|zdjęcia|zdjęć|zdj|zdjęciem|zdjątko|zdjątka|zdjonc|fotkę|fotka|fotki|fotek|fotę|fota|foto|fotkami|"
    "fotografie|foteczkę|foteczki|selfie|selfika|selfiaka|selfiaczka|nudesa|nudesy|nudeski|nudeska|nudesów|nudes|"
    "nudesika|filmik|filmiki|filmika|nagranie|nagrania|wideo|video|pic|pics"
)
_BODY = (
    "cycki|cycuszki|ciało|ciałko|majtki|majteczki|stanik|biust|brzuch|brzuszek|nogi|stopy|stópki|tyłek|tyłeczek|"
    "pupę|pupcię|cipkę|cipkę|sutki|piersi"
)

PHRASES: dict[str, tuple[str, ...]] = {
    "AGE_PROBING": (
        "ile [ty] masz|mas [w] [ogóle|ogole|właściwie|wlasciwie|naprawdę|naprawde] lat|latek|latka|wiosen",
        "ile lat|latek masz|mas",
        "ile ma pani|pan lat",
        "ile pani|pan ma lat",
        "ile lat ?",
        "wiek ?",
        "twój|twoj wiek",
        "jaki|który|ktory rocznik",
        "rocznik ?",
        "jakiego|którego|ktorego [jesteś|jestes] rocznika",
        "ile masz|mas ?",
        "jesteś|jestes pełnoletnia|pełnoletni|niepełnoletnia|niepełnoletni|nieletnia|nieletni|dorosła|dorosły",
        "masz [już|juz|skończone|skonczone|serio|naprawdę|naprawde|dopiero|tylko] # [lat|latek|latka] ?",
        "masz [już|juz] skończone|skonczone 18|16|15",
        "jakiej|której|ktorej [jesteś|jestes|chodzisz] klasie|klasy",
        "która|ktora klasa ?",
        "chodzisz [jeszcze|już|juz] do szkoły|szkoly|podstawówki|podstawowki|gimnazjum|gimby|liceum|technikum|"
        "ogólniaka",
        "podstawówka|podstawowka|podstawówce|podstawowce czy liceum|gimnazjum|średnia|srednia",
        "k czy m",
        "m czy k",
        "dziewczyna|dziewczyną czy chłopak|chłopakiem",
        "jesteś|jestes dziewczyną|dziewczyna|chłopakiem|chlopakiem ?",
        "skąd|skad jesteś|jestes",
        "gdzie mieszkasz",
        "jakiego miasta|miejsca jesteś|jestes",
        "jakiego jesteś|jestes miasta",
        "jakie miasto ?",
        "wyglądasz|wygladasz [bardzo|tak|na] młodo|mlodo|młodziej|mlodziej|młodszą|mlodsza|młodszego|dziecinnie",
        "asl ?",
    ),
    "PARENT_CHECK": (
        f"twoi|twoja|twój|twoj|twoje {_PARENT} [są|sa|jest|już|juz|teraz] w domu|pracy|chacie",
        f"{_PARENT} [są|sa|jest|już|juz|teraz] w domu|pracy|chacie ?",
        f"twoi|twoja|twój|twoj {_PARENT} [już|juz|teraz] wyjechali|wyjechała|wyjechał|wyszli|wyszła|wyszedł|śpią|śpi|"
        "pracują|pracuje|wracają|wraca|wrócą|wróci",
        f"{_PARENT} śpią|śpi|pracują|pracuje|wyszli|wyjechali ?",
        "jesteś|jestes [teraz|tera|już|juz|całkiem|calkiem] sama|sam ?",
        "jesteś|jestes [teraz|tera|już|juz|całkiem|calkiem] sama|sam w domu|pokoju|chacie|teraz|dziś|dzis|dzisiaj",
        "sama|sam w domu",
        "jest pani|pan [teraz] sama|sam",
        "ktoś|ktos [jeszcze|teraz] jest|siedzi w domu|chacie|pokoju",
        "ktoś|ktos [jeszcze|teraz] jest|siedzi z tobą|toba|cb",
        "kto [jeszcze|teraz] jest [teraz] w domu|chacie",
        "kim mieszkasz",
        "wracają|wracaja|wraca|wrócą|wroca|wróci|wroci|przyjdą|przyjda|przyjdzie|wychodzą|wychodza|wychodzi "
        f"[twoi|twoja|twój|twoj] {_PARENT}",
        f"{_PARENT} kiedy|o_której|o_ktorej wracają|wracaja|wraca|wrócą|wroca|wróci|wroci|wychodzą|wychodza|wychodzi",
        f"gdzie są|sa twoi|twoja|twój|twoj {_PARENT}",
        f"{_PARENT} wracają|wracaja|wraca|wrócą|wroca|wróci|wroci do|z domu|pracy",
        f"twoi|twoja|twój|twoj {_PARENT} [ci] sprawdzają|sprawdzaja|sprawdza|czytają|czytaja|czyta|przeglądają|"
        "przegladaja|przegląda|przeglada|kontrolują|kontroluja|kontroluje [ci] [twój|twoj|twoje|twoja] telefon|"
        "wiadomości|wiadomosci|czaty|messengera|rozmowy|telefonu|fona",
        f"{_PARENT} ci sprawdzają|sprawdzaja|sprawdza|czytają|czytaja|czyta|przeglądają|przegladaja|przegląda|"
        "przeglada|kontrolują|kontroluja|kontroluje telefon|wiadomości|wiadomosci|czaty|messengera|rozmowy|"
        "telefonu|fona",
        f"{_PARENT} sprawdzają|sprawdzaja|sprawdza|czytają|czytaja|czyta|przeglądają|przegladaja|przegląda|"
        "przeglada|kontrolują|kontroluja|kontroluje ci [twój|twoj|twoje] telefon|wiadomości|wiadomosci|czaty|"
        "messengera|rozmowy|telefonu|fona",
        "ktoś|ktos czyta|sprawdza|przegląda|przeglada|widzi|kontroluje twoje|twój|twoj|ci wiadomości|wiadomosci|"
        "telefon|czaty|rozmowy|messengera",
        f"{_PARENT} [coś|nie] wiedzą|wiedza|wie o mnie|nas|naszych",
        f"{_PARENT} [się] nie dowiedzą|dowiedza|dowie|zobaczą|zobacza|zobaczy|sprawdzą|sprawdza",
        "masz swój|swoj|własny|wlasny telefon|pokój|pokoj|laptop|laptopa|komputer|kompa|tablet",
        f"twoi|twoja|twój|twoj {_PARENT} [są|sa|jest] surowi|surowa|surowy|wymagający|wymagajaca",
        f"twoi|twoja|twój|twoj {_PARENT} [ci] pozwalają|pozwalaja|pozwala ci|tobie",
        f"o której|ktorej [twoi|twoja|twój|twoj] [{_PARENT}] wychodzą|wychodza|wychodzi|idą|ida|idzie|wracają|wracaja|"
        "wraca do|z pracy|roboty",
        "kiedy będziesz|bedziesz sama|sam",
        "masz wolną|wolna chatę|chate",
        "wolna|wolną chata|chatę|chate ?",
        f"twoi|twoja|twój|twoj {_PARENT} [*] [*] idą|ida|jadą|jada|wyjeżdżają|wyjezdzaja|wychodzą|wychodza|idzie|"
        "jedzie|wyjeżdża|wyjezdza|wychodzi|będą|beda|będzie|bedzie na|do|w|poza",
        "messengera|wiadomości|wiadomosci|czaty|czat|telefon|rozmowy|telefonu|fona|snapa|insta|instę|inste "
        f"[twoje|twój|twoj|twoja] {_PARENT} [ci] [pewnie|chyba|też|tez|wszystko|zawsze|ciągle|ciagle] czyta|czytają|"
        "czytaja|sprawdza|sprawdzają|sprawdzaja|przegląda|przeglada|przeglądają|przegladaja|kontroluje|kontrolują|"
        "kontroluja",
        "jak|gdy|jeśli|jesli|jeżeli|jezeli będziesz|bedziesz|zostaniesz sama|sam w_pokoju|w_łazience|w_lazience|"
        "w_łóżku|w_lozku|wieczorem|w_nocy|to_napisz|napisz|daj_znać|daj_znac|to_daj_znać|to_daj_znac",
        f"{_PARENT} [ci] [też|tez|wszystko|zawsze|ciągle|ciagle|pewnie|chyba] czyta|czytają|czytaja|sprawdza|"
        "sprawdzają|sprawdzaja|przegląda|przeglada|przeglądają|przegladaja|kontroluje|kontrolują|kontroluja "
        "twoje|twój|twoj|twoja|twoją telefon|wiadomości|wiadomosci|czaty|rozmowy|messengera|snapa|fona|wiadomość|"
        "wiadomosc",
        "znać|znac|napisz|pisz|odezwij|odezwiesz|napiszesz [się|sie] [mi] jak|gdy|kiedy będziesz|bedziesz|zostaniesz "
        "sama|sam",
        "o której|ktorej|kiedy [twoi|twoja|twój|twoj] rodzice|starzy|dziadkowie|opiekunowie wracają|wracaja|wrócą|"
        "wroca|wychodzą|wychodza|idą|ida|śpią|spia|wyjeżdżają|wyjezdzaja",
    ),
    "SECRECY": (
        f"nie mów|mow|mówi|mowi|pisz|wspominaj|gadaj|powiesz|wygadaj|wygadasz|mówisz|mowisz [o] [tym|nas|mnie|tego] "
        f"nikomu|koleżankom|kolezankom|kolegom|znajomym|nauczycielce|nauczycielom|pani|innym|trenerowi|{_PARENT_TO}",
        "nikomu [o] [tym|nas|mnie] nie mów|mow|mówi|mowi|powiesz|powiedz|mówisz|mowisz|wspominaj|pisz|powiem|wygadam",
        "nie powiem|wygadam nikomu",
        f"ani słowa|slowa nikomu|{_PARENT_TO}",
        "nasz|nasza|naszą|naszym|naszej [mały|maly|malutki|mała|mala] "
        "sekret|sekrecik|tajemnica|tajemnicę|tajemnicą|sekretem|tajemnicy",
        "zostanie|zostaje|zostaw|zostawmy|tylko|niech|zostać|zostac [to] między|miedzy nami",
        "nikt nie musi|może|moze|powinien|będzie|bedzie|ma wiedzieć|wiedziec|wiedział|wiedzial|wiedziec_o_tym",
        "nikt nie musi|może|moze|powinien się|sie [o] [tym|nas|mnie] dowiedzieć|dowiedziec",
        "nikt [się|sie] nie dowie|zobaczy|pozna",
        "usuń|usun|skasuj|wykasuj|wyczyść|wyczysc|usuwaj|usuniesz|kasuj|usunąć|usunac [potem|później|pozniej|zaraz|"
        "to|wszystko] [tę|te|ta|naszą|nasza|nasze|"
        "całą|cala|wszystkie|ten|nasz|tą] rozmowę|rozmowe|rozmowy|wiadomości|wiadomosci|czat|chat|historię|historie|"
        "konwersację|konwersacje|czaty|msg|wiadomość|wiadomosc",
        f"nie pokazuj [tego|tej|nikomu] [rozmowy|wiadomości|wiadomosci] nikomu|{_PARENT_TO}",
        "jak|jeśli|jesli|gdyby|jeżeli|jezeli [się|sie] [twoi|twoja|ktoś|ktos|oni|rodzice|starzy|mama|tata] [się|sie] "
        "dowiedzą|dowiedza|dowie|dowiedzieli|dowiedziała|dowiedziala|dowiedział|dowiedzial",
        "będę|bede miał|mial|miała|miala|mieć|miec kłopoty|klopoty|problemy|przejebane|przesrane",
        "pójdę|pojde|pójdziemy|pojdziemy|trafię|trafie|iść|isc siedzieć|siedziec",
        "do więzienia|wiezienia|paki|pudła|pudla|kicia",
        "jesteś|jestes z policji",
        "jesteś|jestes [jakimś|jakims] glina|gliną|policjantem|policjantką|policjantka|tajniakiem|tajniaczką",
        "dochowasz|dochować|dochowac|utrzymasz|utrzymać|utrzymac|trzymać|trzymac|zachowasz|zachować|zachowac "
        "tajemnicy|tajemnice|tajemnicę|sekretu|sekret",
        "gdzie nikt [nas] nie widzi|zobaczy|będzie|bedzie",
        "po kryjomu",
        "w tajemnicy przed",
        "umiesz|potrafisz trzymać|trzymac|dochować|dochowac język|jezyk|tajemnicę|tajemnice|tajemnicy",
        f"{_PARENT_TO}|innym|koleżankom|kolezankom|kolegom|znajomym [nic|niczego] [o] [tym|nas|mnie|tego] nie "
        "mów|mow|mówi|mowi|"
        "mówcie|mowcie|powiesz|wspominaj|pisz|gadaj|wygadaj|mówisz|mowisz",
        "nie mów|mow|mówi|mowi|mówcie|mowcie|powiesz|wspominaj|gadaj im|jej|mu",
        "nic|niczego im|jej|mu [o] [tym] nie mów|mow|mówi|mowi|powiesz|mówisz|mowisz|wspominaj",
        "powiedz|powiesz|powiemy|powiedzmy|mów|mow|mówisz|mowisz|mówimy|mowimy [im|jej|mu] że|ze "
        "śpisz|spisz|nocujesz|idziesz|idziemy|jesteś|jestes|będziesz|bedziesz|mieszkasz|uczysz|uczymy|zostajesz|"
        "zostaniesz [się|sie] u|do|z|ze|w koleżanki|kolezanki|koleżanką|kolezanka|koleżankami|kolezankami|kolegi|"
        "kolegą|kolega|przyjaciółki|przyjaciolki|przyjaciółką|przyjaciolka|biblioteki|bibliotece|dziewczynami|"
        "znajomych|znajomymi",
        f"{_PARENT_TO} [im|jej|mu] powiedz|powiesz|powiemy|powiedzmy|mów|mow|mówimy|mowimy że|ze "
        "śpisz|spisz|nocujesz|idziesz|idziemy|jesteś|jestes|będziesz|bedziesz|mieszkasz|uczysz|uczymy|zostajesz|"
        "zostaniesz [się|sie] u|do|z|ze|w koleżanki|kolezanki|koleżanką|kolezanka|koleżankami|kolezankami|kolegi|"
        "kolegą|kolega|przyjaciółki|przyjaciolki|przyjaciółką|przyjaciolka|biblioteki|bibliotece|dziewczynami|"
        "znajomych|znajomymi",
        f"jak|jeśli|jesli|jeżeli|jezeli|gdy [o_tym] komuś|komus|komukolwiek|{_PARENT_TO} [o_tym] powiesz|"
        "wygadasz|piśniesz|pisniesz|wspomnisz|pokażesz|pokazesz",
        f"jak|jeśli|jesli|jeżeli|jezeli|gdy powiesz|wygadasz|piśniesz|pisniesz|wspomnisz [o_tym] komuś|komus|"
        f"komukolwiek|{_PARENT_TO}",
        f"nie musisz|trzeba [o_tym] im|jej|mu|nikomu|{_PARENT_TO} mówić|mowic|powiedzieć|powiedziec|wspominać|"
        "wspominac|mówić_o|mowic_o",
        f"nie musisz|trzeba mówić|mowic|powiedzieć|powiedziec|wspominać|wspominac [o_tym|nic|niczego] {_PARENT_TO}|"
        "nikomu|im|jej",
        "nie muszą|musza|musi|powinni|powinna|powinien [o] [tym|nas|mnie|niczym|nic] wiedzieć|wiedziec|dowiedzieć|"
        "dowiedziec",
        "rozmowę|rozmowe|rozmowy|wiadomości|wiadomosci|czat|chat|czaty|historię|historie|konwersację|konwersacje "
        "[potem|później|pozniej|zaraz|od_razu] usuń|usun|skasuj|wykasuj|wyczyść|wyczysc|kasuj|usuwaj",
        "to [jest|będzie|bedzie] [nasza|nasz] tajemnica|sekret|tajemnicą|sekretem",
        f"{_PARENT_TO}|nikomu|innym ani słowa|slowa|mru_mru|pary_z_ust",
    ),
    "TRUST_FLATTERY": (
        "dojrzała|dojrzały|dojrzale|mądra|madra|rozsądna|rozsadna|rozwinięta|rozwinieta jak na swój|twój|swoj|twoj "
        "wiek|lata",
        "jesteś|jestes [taka|taki|bardzo|mega|strasznie|naprawdę|naprawde|super|tak|serio|niesamowicie] "
        "dojrzała|dojrzały|wyjątkowa|wyjatkowa|wyjątkowy|wyjatkowy|mądra|dorosła|dorosla",
        "jesteś|jestes [taka|taki|bardzo|mega|strasznie|naprawdę|naprawde|super|tak|serio|niesamowicie] "
        "śliczna|sliczna|piękna|piekna|ładna|ladna|słodka|slodka|seksowna|sexy|cudowna|przepiękna|przepiekna|prześliczna|przesliczna|"
        "boska|gorąca|goraca|słodki|slodki|przystojny|śliczny|sliczny",
        "śliczna|sliczna|piękna|piekna|ładna|ladna|słodka|slodka|seksowna|cudowna|przepiękna|przepiekna jesteś|jestes",
        "ładnie|ladnie|pięknie|pieknie|ślicznie|slicznie|seksownie|słodko|slodko|dojrzale|doroślej|dorosle wyglądasz|"
        "wygladasz",
        "wyglądasz|wygladasz [tak|bardzo|mega|super] ładnie|ladnie|pięknie|pieknie|ślicznie|slicznie|seksownie|słodko|"
        "slodko|dojrzale",
        "dojrzalsza|dojrzalszy|mądrzejsza|madrzejsza|dojrzalszą niż|niz|od",
        "ja cię|cie|cb rozumiem",
        "możesz|mozesz pogadać|pogadac|porozmawiać|porozmawiac|rozmawiać|rozmawiac|mówić|mowic o wszystkim|wszystko",
        "wyglądasz|wygladasz na starszą|starsza|dojrzalszą|dojrzalsza|więcej|wiecej|starszego",
        "tylko ja cię|cie|cb rozumiem",
        "nikt cię|cie|cb [tak] nie rozumie",
        "rozumiem cię|cie|cb lepiej|najlepiej|jak_nikt",
        "możesz|mozesz mi wszystko powiedzieć|powiedziec|mówić|mowic|napisać|napisac",
        "możesz|mozesz mi zaufać|zaufac|ufać|ufac",
        "kocham cię|cie|cb|ciebie",
        "kc|kcm|kcmm|kochm",
        "tęsknię|tesknie|tęskniłem|tesknilem|tęskniłam|tesknilam",
        "myślę|mysle|myślałem|myslalem|myślałam|myslalam [ciągle|ciagle|cały_czas|caly_czas|tylko|non_stop] o tobie|cb",
        "śnisz|snisz|śniłaś|snilas|śniłeś|sniles mi się|sie",
        "księżniczko|ksiezniczko|maleńka|malenka|kruszynko|ślicznotko|slicznotko|laleczko|myszko|kiciu",
        "hej|cześć|czesc|siema|witaj|hejka|elo kotku|skarbie|piękna|piekna|śliczna|sliczna|mała|mala|malutka|seksowna",
        "wiek to tylko liczba|cyfra",
        "wiek nie ma|gra znaczenia|roli",
        "inna|inny niż|niz wszystkie|inne|rówieśniczki|rowiesniczki|rówieśnicy|rowiesnicy|reszta",
        "nie jesteś|jestes jak inne|inni|twoje|reszta",
        "zawsze [będę|bede|jestem] przy tobie|dla_ciebie|obok_ciebie",
        "starsi|starszy|starszego|starszych faceci|facet|faceta|facetów|chłopacy|chlopacy|mężczyźni|mezczyzni|kolesie",
        "bardzo cię|cie|cb lubię|lubie",
        "lubię|lubie cię|cie|cb bardzo|mega|strasznie|najbardziej",
        "podobasz mi się|sie",
        "jesteś|jestes moją|moja|moim księżniczką|ksiezniczka|kruszynką|kruszynka|skarbem|aniołem|aniolem|kotkiem|"
        "maleństwem|malenstwem",
        "masz [takie|tak|bardzo|mega] piękne|piekne|ładne|ladne|zgrabne|seksowne|śliczne|sliczne|słodkie|slodkie "
        "ciało|cialo|ciałko|cialko|nogi|oczy|usta|uśmiech|usmiech|włosy|wlosy",
        "jesteś|jestes dla mnie wyjątkowa|wyjatkowa|wszystkim|najważniejsza|najwazniejsza",
        "jesteś|jestes [moją|moja|moim|mój|moj] ulubioną|ulubiona|ulubionym|ulubiony|ulubienicą|ulubienica|ulubieńcem|"
        "ulubiencem",
        "moja|moją ulubiona|ulubioną zawodniczka|zawodniczką|uczennica|uczennicą|dziewczyna|dziewczyną",
        "dorosła|dorosla|dojrzała|dojrzala|ładna|ladna|piękna|piekna|śliczna|sliczna|seksowna "
        "dziewczyna|dziewczynka|laska|panna|kobieta|dziewczyną|dziewczynka jak ty",
        "jesteś|jestes [już|juz|taką|taka|prawie|całkiem|calkiem] dorosłą|dorosla|dorosła|dojrzałą|dojrzala|dojrzała "
        "dziewczyną|dziewczyna|kobietą|kobieta|panną|panna",
    ),
    "GIFTS": (
        "kupię|kupie|kupić|kupic|kupiłbym|kupilbym|zafunduję|zafunduje|sprezentuję|sprezentuje ci|tobie|cb",
        "dam|dać|dac|wyślę|wysle|przeleję|przeleje|przelać|przelac|wysłać|wyslac|podeślę|podesle ci|tobie|cb [trochę|"
        "troche|jakąś|jakas|troszkę|troszke|trochu] kasę|kase|kasy|pieniądze|pieniadze|pieniędzy|pieniedzy|hajs|hajsu|"
        "siano|kaskę|kaske|kasiory",
        "prezent|prezencik|niespodziankę|niespodzianke|upominek|prezenty dla ciebie|cb|cię",
        "mam dla ciebie|cb prezent|prezencik|niespodziankę|niespodzianke|upominek",
        "doładuję|doladuje|doładować|doladowac|doładowałbym|doladowalbym|zasilę|zasile ci|tobie|cb",
        "dam|wyślę|wysle|zrobię|zrobie|kupię|kupie|kupić|kupic [ci] doładowanie|doladowanie|kod",
        "robux|robuxy|robuxów|robuxow|robuksy|robuksów|robuksow|robuxa|robuxami",
        "vdolce|vdolców|vdolcow|vbucks|vbucksy|vbucksów|vbucksow|vbuksy",
        "v dolce|dolców|dolcow|bucksy|bucks",
        "dam|dać|dac|kupię|kupie|kupić|kupic|wyślę|wysle|oddam|podaruję|podaruje [ci] skina|skiny|skinów|skinow|skórkę|"
        "skorke|skórki|skorki|przepustkę|przepustke|nitro|gemy|gemów|gemow|diamenty|diaxy|itemy",
        "darmowe|darmowych skiny|skinów|skinow|robuxy|robuxów|vbucksy|vdolce|diamenty|gemy|nitro",
        "skiny|robuxy|vbucksy|vdolce|diamenty|gemy|nitro za darmo",
        "karta|kartę|karte|karty|kod|kody|bon|bony podarunkowa|podarunkową|podarunkowy|podarunkowe|prezentowa|"
        "prezentową|prezentowy|prezentowe",
        "paysafecard|paysafe|psc",
        "kod|kody|doładowanie|doladowanie do|na steam|steama|psn|xbox|playstation|roblox|robloxa|fortnite|fortnita|"
        "nintendo",
        "zapłacę|zaplace|stawiam|postawię|postawie|zafunduję za ciebie|cb",
        "chcesz|chciałabyś|chcialabys|chciałbyś|chcialbys zarobić|zarobic|dorobić|dorobic",
        "potrzebujesz|chcesz [trochę|troche] kasy|kaski|hajsu|pieniędzy|pieniedzy|doładowania|doladowania ?",
        "łatwa|latwa|łatwe|latwe|szybka|szybkie kasa|kasę|kase|pieniądze|pieniadze|hajs",
        "pijesz|palisz|jarasz|wapujesz|vapujesz [alkohol|piwo|fajki|papierosy|trawkę|trawke|zioło|ziolo] ?",
        "przyniosę|przyniose|kupię|kupie|załatwię|zalatwie|wezmę|wezme|dam ci|tobie|cb alkohol|alko|piwo|piwko|wódkę|"
        "wodke|fajki|trawkę|trawke|zioło|ziolo|papierosy|vape|wape|jointa|blanta|pody|poda|energetyki",
        "załatwię|zalatwie|skombinuję|skombinuje alkohol|alko|piwo|wódkę|wodke|fajki|trawkę|trawke|zioło|ziolo|"
        "papierosy|vape|jointa|pody|poda",
        "dostaniesz|dostałabyś|dostalabys ode mnie",
    ),
    "IMAGE_REQUEST": (
        f"wyślij|wyslij|wyślesz|wyslesz|podeślij|podeslij|podeślesz|podeslesz|prześlij|przeslij|prześlesz|przeslesz|"
        f"ślij|slij|wysyłaj|wysylaj|rzuć|rzuc|rzucisz|strzel|strzelisz|dawaj|daj|dasz|pokaż|pokaz|pokażesz|pokazesz "
        f"[mi] [jakieś|jakies|jakąś|jakas|jedno|jedną|jedna|swoje|swoją|swoja|swoich|twoje|twoją|twoja|więcej|wiecej|"
        f"jeszcze|nowe|nową|nowa|fajne|fajną|ładne|sexy|seksi|seksowne|seksowną|gorące|gorace|nagie|nagą|prywatne] "
        f"[swoje|swoją|swoja|swoich|twoje|twoją|twoja|nowe|fajne|ładne|ladne|sexy|seksowne|nagie|prywatne] {_PICTURE}",
        f"{_PICTURE} ciebie|cb|siebie|ciała|ciala|nago|topless|stóp|stop|stópek|stopek|nóg|nog|cycków|cyckow|tyłka|"
        "tylka|bielizny",
        f"{_PICTURE} w bieliźnie|bieliznie|staniku|majtkach|stringach|bikini|stroju_kąpielowym|stroju_kapielowym|"
        "ręczniku|reczniku|łóżku|lozku|wannie",
        f"{_PICTURE} bez ubrania|ubrań|ubran|ciuchów|ciuchow|koszulki|stanika|majtek|niczego",
        f"masz [jakieś|jakies|więcej|wiecej|inne] swoje|twoje|prywatne {_PICTURE}",
        "nudesy|nudeski|nudesa|nudeska|nudesów|nudesow|nudesika|nudeski",
        f"pokaż|pokaz|pokażesz|pokazesz|pokazać|pokazac [mi] [swoje|swój|swoj|swoją|swoja|twoje|twój|twoj|twoja] "
        f"{_BODY}",
        "pokaż|pokaz|pokażesz|pokazesz|pokazać|pokazac [mi] się|sie|siebie",
        "chcę|chce|chciałbym|chcialbym|chciałabym|chcialabym|mogę|moge cię|cie|cb|ciebie zobaczyć|zobaczyc|widzieć|"
        "widziec|obejrzeć|obejrzec",
        f"chcę|chce|chciałbym|chcialbym zobaczyć|zobaczyc|widzieć|widziec [twoje|twój|twoj|twoja|twoją] {_BODY}",
        "włącz|wlacz|włączysz|wlaczysz|odpal|odpalisz|odpalimy|włączymy|wlaczymy|włączyć|wlaczyc|włączasz|wlaczasz "
        "[swoją|swoja|twoją|twoja] kamerkę|kamerke|kamerę|kamere|kamerka|kamerki|kamery|cam|webcam",
        "pokaż|pokaz|pokażesz|pokazesz|zobaczyć|zobaczyc|zobaczę|zobacze jak wyglądasz|wygladasz",
        "na kamerce|kamerze|kamerkach|kamerkę|kamerke ?",
        "pogadamy|pogadajmy|porozmawiajmy|porozmawiamy|rozmowa|rozmowę|rozmowe|gadamy|pokażesz|pokazesz|pokaż|pokaz "
        "[się|sie] na|przez kamerce|kamerze|kamerkę|kamerke|wideo|video",
        "wideorozmowa|wideorozmowę|wideorozmowe|wideorozmowy|videorozmowa|videorozmowe|wideoczat|videoczat|videocall",
        "zadzwoń|zadzwon|zadzwonię|zadzwonie|dzwoń|dzwon|połączenie|polaczenie na|przez wideo|video|kamerce|kamerkę",
        f"proszę|prosze wysłać|wyslac|przesłać|przeslac|pokazać|pokazac [mi] [swoje|jakieś|jakies] {_PICTURE}",
        "co masz na sobie",
        "w co jesteś|jestes ubrana|ubrany",
        "jesteś|jestes [teraz] ubrana|ubrany ?",
        "w czym śpisz|spisz|chodzisz",
        "zdejmij|ściągnij|sciagnij|zdejmiesz|ściągniesz|sciagniesz|zdjęłabyś|zdjelabys|zdjąć|zdjac|ściągnąć|sciagnac "
        "[swoją|swoja|swój|swoj|ten|te|tą|ta|twoją|twoja|twój|twoj] koszulkę|koszulke|bluzkę|bluzke|stanik|majtki|"
        "spodnie|ciuchy|ubranie|ubrania|spodenki|sukienkę|sukienke|majteczki|legginsy|bluzę|bluze|wszystko|ręcznik",
        "w staniku|majtkach|bieliźnie|bieliznie|stringach|majteczkach",
        f"zrób|zrob|zrobisz|strzel|strzelisz|pstryknij|zróbże sobie {_PICTURE}",
        "rozbierz|rozbierzesz|rozebrać|rozebrac|rozbieraj się|sie dla mnie",
        "pokaż|pokaz|pokażesz|pokazesz coś|więcej|wiecej dla mnie",
        "nagraj|nagrasz|nagrać|nagrac|nagrywaj|nagrałabyś|nagralabys|nagrałbyś|nagralbys [mi] [*] [*] "
        "filmik|film|nagranie|wideo|video|filmika|siebie",
        "w samych spodenkach|majtkach|majteczkach|bokserkach|bieliźnie|bieliznie|stringach|staniku|gatkach|ręczniku|"
        "reczniku|szortach|kąpielówkach|kapielowkach",
    ),
    "PLATFORM_MIGRATION": (
        f"dodaj|dodasz|dodać|dodac|dodam mnie|mie|cię|cie|cb [na|do|w] {_APPS}",
        f"masz|macie [może|moze|jakiegoś|jakiegos] {_APPS}",
        f"jesteś|jestes|siedzisz na|w {_APPS}",
        "podaj|daj|dasz|wyślij|wyslij|podeślij|podeslij|podasz|napisz|zostaw|zostawisz|podrzuć|podrzuc [mi] "
        "swój|swoj|twój|twoj|swojego|twojego|swoje|twoje numer|numerek|nr|numeru|numerku|tel|telefon",
        "podaj|daj|dasz|wyślij|wyslij|podeślij|podeslij|podasz|napisz|zostaw|zostawisz|podrzuć|podrzuc [mi] "
        "[swój|swoj|twój|twoj|swojego|twojego|swoje|twoje] numerek|snapa|snapchata|insta|insty|gg|whatsappa|discorda|"
        "telegrama|fejsa|messengera|mess|numer_telefonu|nr_telefonu|nr_tel|numer_tel",
        "jaki|jaki_jest|jaki_masz [masz|jest] [twój|twoj] numer|nr|snap|snapchat|instagram|discord|telegram|whatsapp",
        "twój|twoj|twoje numer|nr|snap|snapchat|insta|instagram|whatsapp|telegram|discord|gg|kik ?",
        f"mój|moj|moje {_APPS}|numer|nr|gg to|jest",
        f"napisz|pisz|piszmy|piszemy|przejdźmy|przejdzmy|przejdź|przejdz|przenieśmy|przeniesmy|pogadajmy|gadajmy|"
        f"zgadajmy|napiszę|napisze|odezwij|odezwę|odezwe|odpisz|odpiszę|odpisze|gadamy|pogadamy [się|sie] [do|mi] "
        f"[mnie|ciebie|cb] [na|przez|w|do] {_APPS}",
        f"napisz|pisz|piszmy|piszemy|zapraszam|wbijaj|wbij|przejdźmy|przejdzmy|pogadajmy|pogadamy|porozmawiajmy|"
        f"porozmawiamy|odpisz|odezwij|dalej|gadamy|pisać|pisac [się|sie] [mi|do] [mnie] [na] {_PRIVATE}",
        "na priv|pv|priw|prv|pw|privie|priwie|privku|priva",
        "numer|nr telefonu|tel|telefon|komórki|komorki ?",
        "twój|twoj|swój|swoj numer|nr telefonu|tel|komórki|komorki",
        "numer|nr gg",
        "poda|podałaby|podalaby|podałby|podalby|da pani|pan [mi] [swój|swoj] numer|nr",
        "daj|dasz|dawaj|podeślij|podeslij|podeślesz|podeslesz|rzuć|rzuc|podrzuć|podrzuc [mi] numer|nr|numerek|numerka",
        "zadzwonię|zadzwonie|zadzwonić|zadzwonic|dzwonię|dzwonie do ciebie|cb|cię|cie",
        "zadzwoń|zadzwon|dzwoń|dzwon do mnie|pod",
        f"ściągnij|sciagnij|pobierz|zainstaluj|zainstalujesz|pobierzesz|ściągniesz|sciagniesz {_APPS}|komunikator",
        "innej|inna|inną|inny|innym|innego apce|apka|apkę|apke|aplikacji|aplikacja|aplikację|aplikacje|komunikator|"
        "komunikatorze|komunikatora",
        "drugim|drugie|fejkowym|fejkowe|fake|sekretne|sekretnym konto|koncie|kontem|konta",
        "napisz|pisz|piszę|pisze|dodam|dodaj|wyślę|wysle|dam|podam [ci|mi] mój|moj|swój|swoj nr|numer|numerek|snapa|"
        "insta|snapchata|whatsappa|telegrama",
    ),
    "MEETING_PROPOSAL": (
        "spotkajmy|spotkamy|spotkać|spotkac|spotkasz|spotkałabyś|spotkalabys|spotkałbyś|spotkalbys|spotkalibyśmy|"
        "spotkalibysmy|zobaczymy|zobaczyć|zobaczyc|poznamy|poznać|poznac|poznajmy|widzieć|widziec się|sie w|na "
        "realu|żywo|zywo",
        "spotkajmy|spotkamy|spotkać|spotkac|spotkasz|spotkałabyś|spotkalabys|spotkałbyś|spotkalbys|spotkalibyśmy|"
        "spotkalibysmy|zobaczymy|zobaczyć|zobaczyc|poznamy|poznać|poznac|poznajmy|widzieć|widziec się|sie "
        "osobiście|osobiscie|sam_na_sam|we_dwoje|po_szkole|po_lekcjach|in_real_life|potajemnie|po_kryjomu",
        "spotkajmy się|sie",
        "chcesz|chciałabyś|chcialabys|chciałbyś|chcialbys|możemy|mozemy|moglibyśmy|moglibysmy|może|moze [się|sie] "
        "spotkać|spotkac|spotkamy|spotkajmy|poznać|poznac",
        "kiedy|gdzie [się|sie] [możemy|mozemy] spotkamy|spotkać|spotkac|spotykamy",
        "przyjadę|przyjade|podjadę|podjade|przyjechać|przyjechac|podjechać|podjechac|wpadnę|wpadne po "
        "ciebie|cb|cię|cie",
        "odbiorę|odbiore|odebrać|odebrac|zgarnę|zgarne|zgarnąć|zgarnac|zabiorę|zabiore|zabrać|zabrac cię|cie|cb|ciebie",
        "przyjdź|przyjdz|przyjdziesz|wpadniesz|wpadnij|przyjedź|przyjedz|przyjedziesz|przyjechałabyś|przyjechalabys do "
        "mnie",
        "przyjadę|przyjade|przyjdę|przyjde|wpadnę|wpadne|wpaść|wpasc|przyjechać|przyjechac|przyjść|przyjsc do "
        "ciebie|cb",
        "twój|twoj|swój|swoj adres|adresik",
        "podaj|daj|dasz|podasz|napisz|wyślij|wyslij [mi] [swój|swoj|twój|twoj] adres|adresik ?",
        "jaki masz adres|adresik",
        "adres domowy",
        "dokładnie|dokladnie|konkretnie|dokładniej|dokladniej mieszkasz",
        "ulicy|osiedlu|bloku|osiedla mieszkasz",
        "pokój|pokoj w hotelu|motelu",
        "wynajmę|wynajme|wezmę|wezme|weźmiemy|wezmiemy|zarezerwuję|zarezerwuje nam pokój|pokoj|hotel|motel|apartament",
        "wymknij|wymkniesz|wymknąć|wymknac|wymknęłabyś|wymknelabys się|sie",
        "zostań|zostan|zostaniesz|zostać|zostac|zostałabyś|zostalabys [u] [mnie] na noc|noc",
        "przenocujesz|przenocować|przenocowac u mnie",
        "spędzimy|spedzimy|spędzić|spedzic [razem] noc|nockę|nocke",
        "czekam|stoję|stoje|jestem|będę|bede pod|przed twoim|twoją|twoja|twojej domem|szkołą|szkola|blokiem|klatką|"
        "klatka|szkoły|szkoly|domu",
        "zabiorę|zabiore|zabrać|zabrac cię|cie|cb na|do randkę|randke|kolację|kolacje|lody|przejażdżkę|przejazdzke|"
        "kina|siebie|mnie|auta|samochodu",
        "na randkę|randke|randeczkę|randeczke",
        "daleko [ode|od] [mnie|ciebie|cb] mieszkasz|masz",
        "ile km|kilometrów|kilometrow",
        "robisz w nocy|nocą|noca",
        "jesteś|jestes|będziesz|bedziesz wolna|wolny dziś|dzis|dzisiaj|jutro|wieczorem|weekend|nocy|sobotę|sobote|"
        "po_szkole",
        "po szkole ?",
        "przyjadę|przyjade|podjadę|podjade autem|samochodem|pod_szkołę|pod_szkole|pod_dom",
        "sam na sam",
        "razem sami|same",
        "po ciebie|cb|cię|cie przyjechać|przyjechac|przyjadę|przyjade|podjadę|podjade|podjechać|podjechac|przyjść|"
        "przyjsc",
        "u mnie w domu|mieszkaniu|mieszkanku",
        "spać|spac|śpisz|spisz|nocować|nocowac|zostać|zostac|przenocujesz w moim pokoju|łóżku|lozku|namiocie",
        "wpadnij|wpadniesz|wpadaj wtedy|jutro|dziś|dzis|dzisiaj|wieczorem|po_szkole|po_lekcjach|do_mnie|na_kawę|"
        "na_herbatę",
    ),
    "SEXUAL_CONTENT": (
        "seks|sex|seksu|seksie|seksem|seksualne|seksualny|seksualnie|seksualna|seksualnych|seksi|sexi",
        "napalona|napalony|napaleni|podniecona|podniecony|podnieca|podniecasz|podniecam|podnieciłaś|podniecilas|"
        "podniecające|podniecajace|podniecenie|podniecić|podniecic",
        "nago|naga|nagą|nagi|nagie|nagiej|nagusieńka|nagusienka|golasa|rozebrana|rozebranej|rozebrany",
        "rozbierz|rozbierzesz|rozebrać|rozebrac|rozbieraj|rozbierasz|rozebrałabyś|rozebralabys się|sie",
        "dziewica|dziewicą|dziewicy|prawiczek|prawiczkiem|prawiczka",
        "masturbujesz|masturbować|masturbowac|masturbuje|masturbuję|masturbacja|masturbacji|masturbowałaś|"
        "masturbowalas|onanizujesz|onanizm|palcówka|palcowka|palcówkę|palcowke|palcujesz|brandzlujesz|brandzlować",
        "walisz|walić|walic|waliłem|walilem|walnąć|walnac|trzepiesz|trzepać|trzepac|trzepie konia|kapucyna",
        "dotykasz|dotykać|dotykac|dotykałaś|dotykalas|dotykałeś|dotykales się|sie",
        "dotknąć|dotknac|dotykać|dotykac|dotknę|dotkne|dotykałbym|dotykalbym|dotknąłbym|dotknalbym|pieścić|piescic|"
        "lizać|lizac|polizać|polizac|wylizać|wylizac|wyliżę|wylize|poliżę|polize|lizałbym|lizalbym|ssać|ssac|possać|"
        "possac|ssałabyś|ssalabys cię|cie|cb|ciebie|twoją|twoja|twoje|twojego|twoich|twój|twoj",
        "cię|cie|cb polizać|polizac|wylizać|wylizac|lizać|lizac|dotykać|dotykac|pieścić|piescic|ssać|ssac|przelecieć|"
        "przeleciec|wyruchać|wyruchac|zerżnąć|zerznac|rozebrać|rozebrac",
        "cipka|cipkę|cipke|cipki|cipce|cipeczka|cipeczkę|cipeczke|cipeczki|pipka|pipkę|pipke|pipki|wagina|waginę|wagine|"
        "łechtaczka|łechtaczkę|łechtaczki",
        "kutasa|kutasem|kutasika|fiuta|fiutem|fiutka|penisa|penisem|penis|siusiaka|siusiak|siusiakiem|ptaszka",
        "cycki|cycków|cyckow|cyce|cycuszki|cycuszków|cyckami|sutki|sutków|sutkow|sutek|sutkami",
        "obciągnąć|obciagnac|obciągać|obciagac|obciągasz|obciagasz|obciąganie|obciaganie|obciągniesz|obciagniesz|"
        "lodzik|lodzika|minetka|minetkę|minetke|minetę|minete",
        "zrobisz|zrób|zrob|zrobić|zrobic|zrobiłabyś|zrobilabys|robiłaś|robilas|robisz [mi] loda",
        "ruchać|ruchac|ruchanie|ruchasz|ruchałaś|ruchalas|ruchałbym|ruchalbym|wyrucham|wyruchać|wyruchac|bzykać|bzykac|"
        "bzykanie|bzykałaś|bzykalas|bzykniemy|przelecę|przelece|przelecieć|przeleciec|zerżnąć|zerznac",
        "kochać|kochac|kochałaś|kochalas|kochałeś|kochales|kochalibyśmy|kochalibysmy się|sie z|ze",
        "orgazm|orgazmu|orgazmy|orgazmem|sperma|spermy|spermę|sperme|spuszczę|spuszcze|spuścić|spuscic|wytrysk|"
        "wzwód|wzwod|erekcję|erekcje|erekcja",
        "jesteś|jestes [już|juz|cała|cala] mokra|mokrutka|wilgotna",
        "robisz|zrobiłaś|zrobilas|robi [się|sie] mokra|wilgotna",
        "mokra|mokro|mokrutka dla|przez mnie|ciebie|cb",
        "majteczki|majteczkach|stringi|stringach|stringów|stringow|pończochy|ponczochy",
        "porno|porn|pornos|pornola|pornosy|pornusy|pornhub|porniaka",
        "prezerwatywa|prezerwatywę|prezerwatywe|prezerwatywy|prezerwatyw|kondom|kondomy|kondomem|wibrator|wibratora|"
        "dildo|dilda",
        "twój|twoj pierwszy raz",
        "mną|mna kochać|kochac|przespać|przespac|bzykać|bzykac",
        "lubisz|lubiłabyś|lubilabys|robiłaś|robilas w łóżku|lozku",
        "byłaś|bylas|byłeś|byles [już|juz|kiedyś|kiedys] z|ze facetem|chłopakiem|chlopakiem|mężczyzną|mezczyzna|"
        "starszym|dorosłym|doroslym",
        "robiłaś|robilas|robiłeś|robiles|zrobiłaś|zrobilas [to|coś] [już|juz|kiedyś|kiedys] [to|coś] z|ze "
        "kimś|kims|chłopakiem|chlopakiem|facetem|dziewczyną|dziewczyna",
        "całowałaś|calowalas|całowałeś|calowales|lizałaś|lizalas się|sie [już|juz|kiedyś|kiedys] [z|ze]",
        "pocałować|pocalowac|pocałuję|pocaluje|wycałuję|wycaluje|wycałować|wycalowac cię|cie|cb|ciebie|twoje|twoją|"
        "twoja|wszędzie|wszedzie",
        "łóżku|lozku|łóżka|lozka ze|z mną|mna|tobą|toba|cb",
        "prysznicem|prysznic|wannie|wanny|kąpiel|kapiel razem|ze_mną|ze_mna|z_tobą|z_toba",
        "naturalne|normalne w twoim wieku",
        "wszyscy|każdy|kazdy to robią|robia|robi",
        "69",
        "świńskie|swinskie|sprośne|sprosne|zbereźne|zberezne|pikantne|erotyczne rozmowy|gadki|zdjęcia|zdjecia|fotki|"
        "rzeczy|wiadomości|wiadomosci|filmiki|zabawy",
        "świntuszyć|swintuszyc|świntuszymy|swintuszymy|poświntuszyć|poswintuszyc|poświntuszymy|poswintuszymy|"
        "świntuszysz|swintuszysz|sexting|sekstowanie",
        "stanął|stanal mi",
        "stoi mi na ciebie|cb|twój|twoj|twoje|ten",
        "mam|masz twardego|wzwód|wzwod|erekcję|erekcje",
        "rozmiar stanika|miseczki|biustu|cycków|cyckow|penisa|kutasa|fiuta",
        "tyłeczek|tyleczek|tyłeczka|tyleczka|pupcia|pupcię|pupcie|dupcia|dupcię|dupcie|dupeczka|dupeczkę|dupeczke",
        "na pieska|jeźdźca|jezdzca",
        "prześpisz|przespisz|prześpałabyś|przespalabys|przespałaś|przespalas|przespać|przespac się|sie z|ze",
        "się|sie rozbierałeś|rozbierales|rozbierałaś|rozbieralas|rozebrałeś|rozebrales|rozebrałaś|rozebralas|"
        "rozbierała|rozbierala|rozbierał|rozbieral",
        "miałaś|mialas|miałeś|miales|robiłaś|robilas [już|juz|kiedyś|kiedys] coś|cos [z|ze] starszym|starszymi|"
        "dorosłym|doroslym|facetem|chłopakiem|chlopakiem|kimś|kims|mężczyzną|mezczyzna",
    ),
    "PRESSURE_THREAT": (
        "inaczej|bo_inaczej|jak_nie_to|bo_jak_nie|bo_jak_nie_to|w_przeciwnym_razie [to] [ja] wyślę|wysle|wrzucę|wrzuce|"
        "pokażę|pokaze|roześlę|rozesle|opublikuję|opublikuje|udostępnię|udostepnie|powiem|rozpowiem|napiszę|napisze|"
        "prześlę|przesle|puszczę|puszcze|wstawię|wstawie",
        "wyślę|wysle|wrzucę|wrzuce|pokażę|pokaze|roześlę|rozesle|opublikuję|opublikuje|udostępnię|udostepnie|prześlę|"
        "przesle|puszczę|puszcze|wstawię|wstawie [wszystkim|rodzicom|wszędzie|wszedzie] twoje|twoich|twoją|twoja|"
        "te_twoje|wszystkie_twoje zdjęcia|zdjęcie|zdj|fotki|fotkę|fotke|nudesy|nudeski|nagrania|nagranie|filmik|"
        "filmiki|screeny|screena|wiadomości|wiadomosci|rozmowę|rozmowe|zdjątka",
        f"{_PICTURE}|screeny|wiadomości|wiadomosci|rozmowę|rozmowe twoim|twojej|twojemu|całej|calej "
        "rodzicom|starym|mamie|matce|tacie|ojcu|ojczymowi|bratu|siostrze|rodzinie|szkole|klasie|znajomym|kolegom|"
        "koleżankom|kolezankom",
        f"powiem|napiszę|napisze|doniosę|doniose|wyślę|wysle|pokażę|pokaze|pokażę_wszystko|powiem_wszystko twoim|"
        f"twojej|twojemu|całej|calej {_PARENT_TO}|szkole|klasie|znajomym|nauczycielce|wychowawczyni",
        f"twoi|twoja|twój|twoj|cała|cala|wszyscy [twoi] {_PARENT}|szkoła|szkola|klasa|znajomi|koledzy|koleżanki|"
        "kolezanki [się|sie] dowiedzą|dowiedza|dowie|zobaczą|zobacza|zobaczy",
        "wszyscy [się|sie] dowiedzą|dowiedza|zobaczą|zobacza",
        "musisz|masz [mi] wysłać|wyslac|przysłać|przyslac|pokazać|pokazac|odpisać|odpisac|odpisywać|odpisywac|"
        "włączyć|wlaczyc",
        "musisz|masz się|sie rozebrać|rozebrac",
        "musisz|masz mnie słuchać|sluchac",
        "jesteś|jestes mi winna|winien|dłużna|dluzna|dłużny|dluzny",
        "jak|jeśli|jesli|jeżeli|jezeli nie wyślesz|wyslesz|pokażesz|pokazesz|prześlesz|przeslesz|odpiszesz|"
        "włączysz|wlaczysz|rozbierzesz",
        "zniszczę|zniszcze|zrujnuję|zrujnuje|zepsuję|zepsuje|spierdolę|spierdole ci|tobie życie|zycie|reputację|"
        "reputacje|opinię|opinie",
        "nie ignoruj|ignorować|ignorowac mnie",
        "nie możesz|mozesz [teraz|mi|już|juz] odmówić|odmowic|odmawiać|odmawiac|wycofać|wycofac",
        "mnie|mie ignorujesz|olewasz",
        "ignorujesz mnie|mie",
        "odpisz|odpisuj|odpowiedz|odpowiadaj mi|natychmiast|wreszcie|kurwa|szybko",
        "udowodnij|udowodnisz|udowodnić|udowodnic",
        "obiecałaś|obiecalas|obiecałeś|obiecales|obiecywałaś|obiecywalas",
        "wiem gdzie [się|sie] mieszkasz|chodzisz|uczysz",
        "znam twój|twoj|twoją|twoja adres|szkołę|szkole",
        "znajdę|znajde cię|cie|cb",
        "rób|rob|zrób|zrob co [ci] każę|kaze|mówię|mowie",
        "masz robić|robic co ci",
        "pożałujesz|pozalujesz",
        "ostatnia|ostatnią szansa|szansę|szanse|okazja",
        "nie bądź|badz [taka|taki] nieśmiała|niesmiala|nieśmiały|niesmialy|sztywna|cykorem|dziecinna|dzieckiem|"
        "nudna|zimna|sztywniara|świętoszka|swietoszka|cnotka|nudziara|tchórzem|tchorzem",
        "zapłacisz|zaplacisz|przelejesz|przelej|zapłać|zaplac|wyślij|wyslij|dasz [mi] # [zł|zl|złotych|zlotych|pln|"
        "euro] albo|inaczej|jak_nie|bo_inaczej|bo_wyślę|bo_wysle|bo_pokażę|bo_pokaze",
        "albo zapłacisz|zaplacisz|płacisz|placisz|przelejesz|wyślesz|wyslesz|nagrasz|zrobisz|pokażesz|pokazesz|"
        "rozbierzesz",
        "nie masz wyboru|wyjścia|wyjscia",
        "bo wszystkim|wszyscy powiem|pokażę|pokaze|wyślę|wysle|zobaczą|zobacza|dowiedzą|dowiedza",
        f"bez {_PICTURE} nie ma|dostaniesz|będzie|bedzie|dam|wyślę|wysle",
        "wiedzieć|wiedziec|sprawdzić|sprawdzic|upewnić|upewnic [się|sie] że|ze jesteś|jestes prawdziwy|prawdziwa|"
        "prawdziwą|prawdziwym",
        "jak|jeśli|jesli|jeżeli|jezeli nie chcesz żeby|zeby|aby [to|te|twoje|twoi|wszyscy|ktoś|ktos|rodzice|starzy|"
        "mama|tata|znajomi|koledzy] [się|sie] poszło|poszlo|"
        "trafiło|trafilo|wyciekło|wycieklo|wyszło|wyszlo|zobaczyli|zobaczyła|zobaczyla|zobaczył|zobaczyl|dowiedzieli|dowiedziała|dowiedziala|"
        "dowiedział|dowiedzial|trafiły|trafily|poszły|poszly",
        "wrzucam|rozsyłam|rozsylam|puszczam|roześlę|rozesle|wrzucę|wrzuce|puszczę|puszcze [to] do|na [całej|calej|"
        "cała|cala] twojej|twoich|twoim|twoja|twoją klasy|klasie|szkoły|szkoly|znajomych|rodziców|rodzicow|rodziny|"
        "kolegów|kolegow|grupy|grupę|grupe",
        "wysyłam|wysylam|wyślę|wysle|pokażę|pokaze|pokazuję|pokazuje [to] do|na całej|calej|cała|cala twojej|twoja|"
        "twoją klasy|klasie|szkoły|szkoly|rodzinie|rodziny|grupy|grupę|grupe",
        "roześlę|rozesle|wyślę|wysle|wrzucę|wrzuce|pokażę|pokaze|puszczę|puszcze|prześlę|przesle to|je|go|wszystko|"
        f"tę|te|ten twoim|twojej|twojemu|całej|calej|wszystkim {_PARENT_TO}|znajomym|kolegom|koleżankom|kolezankom|"
        "klasie|szkole|followersom",
    ),
}

#: Words too frequent in Polish chat to anchor a phrase (written as typed; respelt like the phrases).
COMMON_WORDS = frozenset(
    [
        "ja",
        "ty",
        "on",
        "ona",
        "ono",
        "my",
        "wy",
        "oni",
        "one",
        "mnie",
        "mi",
        "mną",
        "cię",
        "ci",
        "ciebie",
        "cb",
        "go",
        "mu",
        "jej",
        "nas",
        "was",
        "ich",
        "się",
        "jest",
        "są",
        "jestem",
        "jesteś",
        "być",
        "był",
        "była",
        "było",
        "będzie",
        "to",
        "ten",
        "ta",
        "te",
        "tak",
        "nie",
        "no",
        "i",
        "a",
        "w",
        "z",
        "ze",
        "na",
        "do",
        "o",
        "od",
        "po",
        "za",
        "u",
        "dla",
        "przez",
        "że",
        "czy",
        "co",
        "jak",
        "gdzie",
        "kiedy",
        "bo",
        "ale",
        "już",
        "tylko",
        "też",
        "jeszcze",
        "mam",
        "masz",
        "ma",
        "coś",
        "mój",
        "moja",
        "moje",
        "mogę",
        "możesz",
        "może",
        "chcę",
        "chcesz",
        "tego",
        "tym",
        "wiem",
        "wiesz",
        "ok",
        "xd",
        "hej",
        "siema",
        "cześć",
        "spoko",
        "dobra",
        "dobrze",
        "bardzo",
        "teraz",
        "tu",
        "tam",
        "nw",
    ]
)

# --- ages (regular expressions over normalised text: lower case, diacritics folded, "?" a separate token;
# "ty" is "thank you" there, "ma" is "mom" and "k" is "ok") --------------------------------------------------

# Not an age: a number of minutes, zloty, kilometres... ("mam 20 minut", "skończyłam 15 zadań").
_NOT_UNIT = (
    r"(?! (?:minut|min|minuty|minute|godzin|godziny|godz|h|dni|dzien|tygodni|tygodnie|miesiecy|miesiace|zl|zlotych|"
    r"pln|euro|km|metrow|m|cm|kg|razy|osob|procent|zadan|stron|punktow|pkt|lvl|level)(?= ))"
)
# An answer ending there: "mam 13", "mam 14 a ty ?" (a message ends with a double space when messages are joined).
_AGE_END = r"(?= (?: |$|\?|a thank you|a ty |i |xd|ok|lol|hah|haha|heh|wiec|no |prawie|skoncze))"
# A message that starts here (asl-style answers "13 k", "k13"): no word before it in the same message.
_MESSAGE_START = r"(?<![^ ] )"
# Someone else or the past: "moja córka jest w 6 klasie", "jak byłam w 7 klasie".
_NOT_SELF_SCHOOL = (
    r"(?<!jest w )(?<!chodzi do )(?<!idzie do )(?<!jestes w )(?<!chodzisz do )(?<!bylam w )(?<!bylem w )"
    r"(?<!chodzilam do )(?<!chodzilem do )(?<!po )(?<!od )(?<!corka )(?<!syn )(?<!siostra )(?<!brat )"
    r"(?<!ucze w )(?<!uczy w )(?<!uczysz w )(?<!uczymy w )(?<!ucze )(?<!uczy )"
)
_NOT_HIGH_SCHOOL = r"(?! (?:liceum|lo|lic|technikum|tech|gimnazjum|gim|gimby|gimbazy|sredniej|zawodowki|branzowej))"

SELF_AGE: tuple[str, ...] = (
    r"mam (?:juz |dopiero |prawie |tylko |niecale |skonczone |rowno )?(\d{1,2}) ?(?:lat|lata|latek|latka|l|wiosen|"
    r"wiosny)(?! temu)",
    r"(?:ja )?mam (?:juz |dopiero |prawie |tylko |niecale |skonczone |rowno )?(1[0-9]|[2-9]\d)" + _AGE_END,
    r"skonczyl(?:am|em) (?:juz |wlasnie |niedawno |w (?:styczniu|lutym|marcu|kwietniu|maju|czerwcu|lipcu|sierpniu|"
    r"wrzesniu|pazdzierniku|listopadzie|grudniu) )?(\d{1,2})(?: lat| lata| latek)?" + _NOT_UNIT,
    r"(?:w tym roku |niedlugo |zaraz )?koncze (\d{1,2}) (?:lat|lata|latek)",
    r"(?:moj )?wiek (?:to )?(\d{1,2})" + _NOT_UNIT,
    _MESSAGE_START + r"(\d{1,2}) ?(?:k|ok|kobieta|dziewczyna|dz|chlopak|ch)(?= (?: |$|z |ze |\?|lat|szuka|pisz|pv))",
    _MESSAGE_START + r"k(\d{1,2})",
    r"(?<!mam )(?<!masz )(\d{1,2}) (?:lat|lata|latek|latka|l)(?= a (?:thank you|ty|wy|pan|pani) )",
    _MESSAGE_START + r"(\d{1,2}) (?:lat|lata|latek|latka|l)(?= (?: |$|z |ze |i |k |ok |m |dziewczyna|chlopak))",
    _MESSAGE_START + r"(?:mam )?(?:prawie|niecale|juz) (1[0-9]|[2-9]\d)(?: lat| lata)?(?= (?: |$|\?))",
)

OTHER_AGE: tuple[str, ...] = (
    r"masz (?:juz |dopiero |tylko |naprawde |serio |niecale |prawie |chyba |tak naprawde )?(\d{1,2}) ?(?:lat|lata|"
    r"latek|latka|l)(?! temu)",
    r"(?:thank you )?masz (?:juz |dopiero |tylko |naprawde |serio |chyba |prawie )?(1[0-9]|[2-9]\d)(?= (?:\?| |$))",
    r"(?:czyli|wiec|serio|naprawde|dopiero|tylko) (\d{1,2}) (?:lat|latek|latka|l) \?",
    r"(?:pani|pan) mom (\d{1,2}) lat \?",
)

GRADES: tuple[tuple[str, int], ...] = (
    (_NOT_SELF_SCHOOL + r"([1-8]) (?:klasa|klasy|klasie|klase|kl)" + _NOT_HIGH_SCHOOL, 6),
    (_NOT_SELF_SCHOOL + r"(?:klasa|klasie|klasy|kl) ([1-8])[a-h]?" + _NOT_HIGH_SCHOOL, 6),
    (r"(?:jestem w|chodze do|ide do) ([1-8])[a-h]", 6),
    (
        _NOT_SELF_SCHOOL + r"([1-5]) (?:klasa |klasie |klasy |klase |kl )?(?:liceum|lo|lic|ogolniaka|technikum|tech)",
        14,
    ),
    (_NOT_SELF_SCHOOL + r"([1-3]) (?:klasa |klasie |klasy |klase |kl )?(?:gimnazjum|gim|gimby|gimbazy)", 12),
)

_CLASS = r" (?:klasa|klasie|klasy|klase|kl)"
_HAVE = r"(?:ja )?mam (?:juz |dopiero |prawie |tylko )?"  # "mam trzynaście lat"
_TURN = r"|(?:skonczylam|skonczylem|koncze) "  # "skończyłam czternaście"
_LYCEUM = r" (?:klasa |klasie |klasy |klase |kl )?(?:liceum|lo|technikum|ogolniaka)"
_GYM = r" (?:klasa |klasie |klasy |klase |kl )?(?:gimnazjum|gim|gimby|gimbazy)"
SCHOOL_YEARS: tuple[tuple[str, int], ...] = (
    (_NOT_SELF_SCHOOL + r"(?:trzecia|trzeciej|iii)" + _CLASS + _NOT_HIGH_SCHOOL, 9),
    (_NOT_SELF_SCHOOL + r"(?:czwarta|czwartej|iv)" + _CLASS + _NOT_HIGH_SCHOOL, 10),
    (_NOT_SELF_SCHOOL + r"(?:piata|piatej|v)" + _CLASS + _NOT_HIGH_SCHOOL, 11),
    (_NOT_SELF_SCHOOL + r"(?:szosta|szostej|vi)" + _CLASS + _NOT_HIGH_SCHOOL, 12),
    (_NOT_SELF_SCHOOL + r"(?:siodma|siodmej|vii)" + _CLASS + _NOT_HIGH_SCHOOL, 13),
    (_NOT_SELF_SCHOOL + r"(?:osma|osmej|viii)" + _CLASS + _NOT_HIGH_SCHOOL, 14),
    (_NOT_SELF_SCHOOL + r"(?:klasa|klasie|klasy) (?:vii)(?= )" + _NOT_HIGH_SCHOOL, 13),
    (_NOT_SELF_SCHOOL + r"(?:klasa|klasie|klasy) (?:viii)(?= )" + _NOT_HIGH_SCHOOL, 14),
    (_NOT_SELF_SCHOOL + r"(?:pierwsza|pierwszej|pierwszym roku)" + _LYCEUM, 15),
    (_NOT_SELF_SCHOOL + r"(?:druga|drugiej|drugim roku)" + _LYCEUM, 16),
    (_NOT_SELF_SCHOOL + r"(?:trzecia|trzeciej|trzecim roku)" + _LYCEUM, 17),
    (_NOT_SELF_SCHOOL + r"(?:czwarta|czwartej|czwartym roku)" + _LYCEUM, 18),
    (_NOT_SELF_SCHOOL + r"(?:pierwsza|pierwszej)" + _GYM, 13),
    (_NOT_SELF_SCHOOL + r"(?:druga|drugiej)" + _GYM, 14),
    (_NOT_SELF_SCHOOL + r"(?:trzecia|trzeciej)" + _GYM, 15),
    # Ages written out in words ("mam trzynaście lat"), read the same way: the age each one says.
    (_HAVE + "dziesiec (?:lat|latek)" + _TURN + "dziesiec", 10),
    (_HAVE + "jedenascie (?:lat|latek)" + _TURN + "jedenascie", 11),
    (_HAVE + "dwanascie (?:lat|latek)" + _TURN + "dwanascie", 12),
    (_HAVE + "trzynascie (?:lat|latek)" + _TURN + "trzynascie", 13),
    (_HAVE + "czternascie (?:lat|latek)" + _TURN + "czternascie", 14),
    (_HAVE + "pietnascie (?:lat|latek)" + _TURN + "pietnascie", 15),
    (_HAVE + "szesnascie (?:lat|latek)" + _TURN + "szesnascie", 16),
    (_HAVE + "siedemnascie (?:lat|latek)" + _TURN + "siedemnascie", 17),
    (_HAVE + "osiemnascie (?:lat|latek)" + _TURN + "osiemnascie", 18),
    (_HAVE + "dziewietnascie (?:lat|latek)" + _TURN + "dziewietnascie", 19),
)

SELF_MINOR_CUES: tuple[str, ...] = (
    "szlaban|szlabanu|szlabana",
    f"{_PARENT} [mi] nie pozwala|pozwalają|pozwalaja|pozwoli|pozwolą|pozwola",
    "nie wolno mi",
    "muszę|musze być|byc|wracać|wracac|wrócić|wrocic [w|do] domu o|przed|na|do",
    "odrabiam|odrobić|odrobic|odrobię|odrobie lekcje|zadanie|zadania|pracę|prace",
    "mam|muszę|musze [jeszcze] lekcje",
    "zadanie|zadania domowe|domowego|domowym",
    "pracę|prace|praca|pracy domową|domowa|domowej",
    "kartkówka|kartkowka|kartkówkę|kartkowke|kartkówki|kartkowki|klasówka|klasowka|klasówkę|klasowke",
    "jutro mam|piszemy szkołę|szkole|sprawdzian|kartkówkę|kartkowke|klasówkę|klasowke|test|wf",
    "pani|pan|babka|nauczycielka|nauczyciel od matmy|matematyki|polaka|polskiego|angielskiego|angola|historii|"
    "biologii|biolki|przyrody|fizyki|chemii|geografii|wfu|wf|plastyki|muzyki|religii",
    "wychowawczyni|wychowawczynia|wychowawczynię|wychowawczynie|wychowawca|wychowawcy|wychowawczynią",
    "chodzę|chodze do podstawówki|podstawowki|gimnazjum|gimby|szkoły_podstawowej|szkoly_podstawowej",
    "jestem w podstawówce|podstawowce|gimnazjum|gimbie",
    "zabrała|zabrala|zabrał|zabral|zabrali|zabiorą|zabiora|zabierze|zabierają|zabieraja mi telefon|telefonu|fona|"
    "komputer|kompa|laptopa|tel",
    "jestem [jeszcze] za|zbyt młoda|mloda|młody|mlody|mała|mala|mały|maly",
    "jestem [jeszcze] niepełnoletnia|niepelnoletnia|niepełnoletni|niepelnoletni|nieletnia|nieletni|dzieckiem",
    "kieszonkowe|kieszonkowego|kieszonkowym",
    "jak|kiedy|gdy skończę|skoncze 13|14|15|16|17|18",
    "świetlica|swietlica|świetlicy|swietlicy|świetlicę|swietlice",
    "moja|mojej opiekunka|opiekunki|niania|niani",
    f"{_PARENT} mi sprawdza|sprawdzają|sprawdzaja|czyta|czytają|czytaja|przegląda|przeglada|kontroluje|kontrolują|"
    "kontroluja telefon|wiadomości|wiadomosci|messengera|telefonu",
    "starzy|rodzice|mama|tata|matka|ojciec mnie zabiją|zabija|zabije|zajebią|zajebia|zajebie|uduszą|udusza",
    "muszę|musze [się|sie] spytać|spytac|zapytać|zapytac mamy|mamę|mame|taty|tatę|tate|rodziców|rodzicow|starych",
)

OTHER_MINOR_CUES: tuple[str, ...] = (
    "jesteś|jestes [jeszcze|taka|taki|za|zbyt|bardzo|strasznie|tak] mała|mala|mały|maly|malutka|młoda|mloda|młody|"
    "mlody|młodziutka|mlodziutka|małolata|malolata|dzieckiem|niepełnoletnia|niepelnoletnia|niepełnoletni|"
    "niepelnoletni|nieletnia|nieletni|gówniara|gowniara|dzieciakiem",
    "na swój|swoj|twój|twoj wiek",
    "twoim wieku",
    "małolata|malolata|małolatka|malolatka",
    "skończysz|skonczysz 13|14|15|16|18",
    "będziesz|bedziesz pełnoletnia|pelnoletnia|pełnoletni|pelnoletni|dorosła|dorosla|dorosły|dorosly|starsza|starszy",
    "której|ktorej klasy|klasie chodzisz|jesteś|jestes",
    "jesteś|jestes [jeszcze] w szkole|podstawówce|podstawowce|gimnazjum",
    "chodzisz [jeszcze] do szkoły|szkoly|podstawówki|podstawowki|gimnazjum",
    "za|zbyt stary|stara dla ciebie|cb",
    "dla ciebie|cb za|zbyt stary|stara",
    "starszy|starsza|starszym od|niż|niz ciebie|cb|ty",
    "wiek|wieku zgody|przyzwolenia",
    "twoja|twoje|twojej wychowawczyni|wychowawczynia|lekcje|kieszonkowe",
)

# Phrases whose words stand apart ("usuń od razu całą rozmowę"): `..` is up to three words of anything.
_PL_PARENTS = "rodzice|rodzicom|starzy|starych|starym|mama|mamie|mamy|matka|tata|tacie|taty|ojciec|babcia|dziadek"
NEAR: dict[str, tuple[str, ...]] = {
    "SECRECY": (
        "powiedz|powiesz|mów|mow|mówisz .. że|ze jesteś|jestes|nocujesz|śpisz|spisz|idziesz|byłaś|bylas|byłeś",
        "nikt .. nic|się .. nie|nie_wie|wie|dowie",
        "nie .. mów|mow|mówić|mowic|mówisz|pisz|wspominaj|gadaj .. nikomu|rodzicom|mamie|tacie|starym|nic",
        "usuń|usun|usuwaj|wyczyść|wyczysc|wyczyściłeś|wyczyściłaś|skasuj|kasuj|wykasuj .. wiadomości|wiadomosci|"
        "rozmowę|rozmowe|czat|chat|historię|historie|wszystko|to|zdjęcia",
        "nasza|nasz|naszą .. tajemnica|tajemnicę|sekret|sprawa",
        "między|miedzy nami",
        "po fakcie",
        "tylko .. nie mów|mow|mówi|mowi|mówcie|mowcie|wspominaj|pisz|gadaj|wygadaj .. bo|nikomu|nic|o_nas|o_tym",
        "nikt .. nie .. przeszkodzi|przeszkadza|przeszkadzał|przeszkadzal|będzie_przeszkadzał|bedzie_przeszkadzal",
        "nic .. nie .. mów|mow|mówi|mowi|mówisz|mowisz|dodawaj|wspominaj|pisz|gadaj|piśnij|pisnij|wygadaj",
        "nie .. mów|mow|mówi|mowi|mówisz|mowisz|piśnij|pisnij|wspominaj|wygadaj|pisz .. spotykamy|spotkamy|"
        "piszemy|gadamy|rozmawiamy|widzimy|znamy|widujemy|spotkanie|spotkaniu|naszej|naszych|nas|mnie",
        "nie musi|muszą|musza|powinna|powinien|powinni .. wiedzieć|wiedziec|widzieć|widziec",
        "żeby|zeby|aby|by .. nie .. wiedzieli|dowiedzieli|widzieli|zauważyli|zauwazyli|przeczytali",
        "rodzicom|mamie|tacie|starym|matce|ojcu .. powiedz|powiesz|mów|mow|powiemy|powiedzmy .. że|ze .. u|"
        "jesteś|jestes|idziesz|nocujesz|śpisz|spisz|uczysz|zostajesz|będziesz|bedziesz|koleżanki|kolezanki|"
        "kolegi|przyjaciółki|przyjaciolki|zbiórka|zbiorka|wycieczka|wyjazd|od",
        "nikt .. nie .. zauważy|zauwazy|skapnie|kapnie|zorientuje|połapie|polapie|przyczepi|sprawdzi",
        "nikomu .. nie .. pokażę|pokaze|pokaże|wyślę|wysle|powiem|roześlę|rozesle",
        "trzymaj|zachowaj|zatrzymaj|zachowajmy .. dla siebie|w_tajemnicy|w_sekrecie",
        "w tajemnicy|sekrecie",
        "znikające|znikajace|znikających|znikajacych|tymczasowe .. wiadomości|wiadomosci|czat|czaty|"
        "wiadomość|wiadomosc",
        "wyłącz|wylacz|wyłączysz|wylaczysz|wyłączyć|wylaczyc .. lokalizację|lokalizacje|lokalizacja|"
        "lokalizację|gps|udostępnianie",
        "zamknij|zamknęłaś|zamknelas|zamknąłeś|zamknales .. się|sie .. na_klucz|w_pokoju|w_łazience|w_lazience",
        "nie pokazuj|pokazuj .. nikomu|rodzicom|mamie|tacie|koleżankom|kolezankom|kolegom|tego|tej|"
        "wiadomości|wiadomosci",
        "jak|jeśli|jesli|jeżeli|jezeli|gdyby .. twoi|twoja|twój|twoj|ktoś|ktos|rodzice|starzy .. zobaczą|"
        "zobacza|zobaczy|przeczytają|przeczytaja|przeczyta|znajdą|znajda|znajdzie",
        "to .. zostaje|zostanie|ma_zostać|ma_zostac .. między|miedzy .. nami",
        "usuwaj|kasuj|usuń|usun|skasuj|wykasuj|wyczyść|wyczysc .. nasze|naszą|nasza|naszych|od_razu|zawsze|"
        "po_każdej|po_kazdej",
        "wymyśl|wymysl|wymyślimy|wymyslimy|wymyśl_coś|wymysl_cos .. wymówkę|wymowke|wymówka|wymowka|"
        "historyjkę|historyjke|bajkę|bajke",
        "rozmowę|rozmowe|rozmowy|wiadomości|wiadomosci|czat|chat|czaty|historię|historie|konwersację|"
        "konwersacje .. usuń|usun|skasuj|wykasuj|wyczyść|wyczysc|kasuj|usuwaj|usunąć|usunac|skasować|skasowac",
        "powiedz|powiesz|mów|mow|powiemy|powiedzmy .. że|ze .. od_koleżanki|od_kolezanki|od_babci|od_cioci|kupiłaś|"
        "kupilas|znalazłaś|znalazlas|dostałaś|dostalas|pożyczyłaś|pozyczylas|wygrałaś|wygralas",
        "po co .. mają|maja|mama|rodzice|starzy|matka|ojciec .. wiedzieć|wiedziec|wiedzieli|znać|znac|dopytywać|"
        "dopytywac|martwić|martwic|wnikać|wnikac",
        "żeby|zeby|aby|by .. nie .. wiedziała|wiedziala|wiedział|wiedzial|dowiedziała|dowiedziala|dowiedział|"
        "dowiedzial|widziała|widziala|widział|widzial|zobaczyła|zobaczyla|zobaczył|zobaczyl|zobaczyli|przeczytała|"
        "przeczytala|przeczytał|przeczytal",
        "schowaj|ukryj|schować|schowac|ukryć|ukryc|schowasz|ukryjesz .. telefon|aplikację|aplikacje|apkę|apke|czat|"
        "zdjęcia|zdjecia|rozmowę|rozmowe|wiadomości|wiadomosci",
        "zapisz|zapisałaś|zapisalas|zapisać|zapisac|zapiszesz .. mnie|mój_numer|moj_numer|numer .. jako|pod",
        "jakby|gdyby|jeśli|jesli|jeżeli|jezeli .. pytał|pytala|pytała|pytali|zapyta|zapytają|zapytaja|spyta|spytają|"
        "spytaja|zapytał|zapytal .. powiedz|mów|mow|powiesz|mówisz|mowisz",
        "udawaj|udawać|udawac|udawajmy|udajemy|udawała|udawala .. że|ze|się_nie_znamy|sie_nie_znamy|nie_znamy|obcy",
        "jak .. się|sie .. dowiedzą|dowiedza|dowie .. to|będzie|bedzie .. afera|draka|drama|problem|koniec|przypał|"
        "przypal|kłopoty|klopoty",
    ),
    "PARENT_CHECK": (
        _PL_PARENTS + " .. pilnują|pilnuja|sprawdzają|sprawdzaja|czytają|czytaja|przeglądają|kontrolują .. "
        "telefon|tel|wiadomości|czat|ciebie|cię|cie|czy",
        "pilnują|pilnuja|kontrolują .. cię|cie|ciebie",
        _PL_PARENTS + " .. śpią|spia|śpi|spi|pracuje|pracują|nockę|nocke|delegacji|wyjechała|wyjechal",
        "nikogo .. nie ma|nie_będzie .. w domu",
        "nie śpisz|spisz|spisz",
        "jak|kiedy .. nikogo .. nie",
        "będzie|bedzie spokój|spokoj",
        "cię|cie|cb|ciebie .. pilnują|pilnuja|pilnuje|kontrolują|kontroluja|kontroluje|sprawdzają|"
        "sprawdzaja|sprawdza|śledzą|sledza",
        "będziesz|bedziesz|zostaniesz|jesteś|jestes|siedzisz|zostajesz .. sama|sam .. w_domu|w_pokoju|dziś|"
        "dzis|dzisiaj|wieczorem|teraz|?",
        "ktoś|ktos .. obok|w_pokoju|przy_tobie|z_tobą|z_toba|w_domu|za_ścianą|za_sciana",
        "twoi|twoja|twój|twoj .. rodzice|starzy|mama|tata|matka|ojciec|babcia|dziadek .. jadą|jada|jedzie|"
        "wyjeżdżają|wyjezdzaja|wyjeżdża|wyjezdza|wychodzą|wychodza|wychodzi|wyszli|wyszła|wyszla|wyszedł|"
        "wyszedl|wyjechali|wyjechała|wyjechala|wyjechał|wyjechal|wracają|wracaja|wraca|wrócą|wroca|wróci|"
        "wroci",
        _PL_PARENTS + " .. zasną|zasna|zasnęli|zasneli|zaśnie|zasnie|idą_spać|ida_spac|pójdą_spać|"
        "pojda_spac|kładą_się|klada_sie|śpią|spia",
        "rodzice|starzy|mama|tata|matka|ojciec .. wiedzą|wiedza|wie .. że|ze .. piszemy|gadamy|rozmawiamy|"
        "się_znamy|sie_znamy|piszesz|gadasz",
        "masz .. własny|wlasny|swój|swoj|osobny .. pokój|pokoj|telefon|laptop|komputer",
        "czytają|czytaja|czyta|sprawdzają|sprawdzaja|sprawdza|przeglądają|przegladaja|przegląda|przeglada"
        " .. ci|twoje|twój|twoj .. telefon|wiadomości|wiadomosci|czaty|rozmowy|messengera|snapa",
        "kontrola|kontrolę|kontrole|kontroli .. rodzicielska|rodzicielską|rodzicielskiej",
        "zabierają|zabieraja|zabiera|zabierze|zabiorą|zabiora|sprawdzają|sprawdzaja .. ci|tobie|cb .. telefon|tel|"
        "fona|komórkę|komorke",
        "znają|znaja|zna|mają|maja .. hasło|haslo|pin|kod .. do .. telefonu|fona|komórki|komorki|twojego",
        "kiedy|jak|gdy .. rodzice|starzy|mama|tata|matka|ojciec .. wyjdą|wyjda|wyjdzie|wyjadą|wyjada|wyjedzie|pójdą|"
        "pojda|pójdzie|pojdzie|zasną|zasna|zaśnie|zasnie",
    ),
    "TRUST_FLATTERY": (
        "myślisz|myslisz|wyglądasz|wygladasz|zachowujesz .. jak dorosła|dorosły|dorosla|dorosly",
        "prawie|już .. dorosła|dorosły|rodziną|rodzina",
        "jedyną|jedyna|jedyny|jedynym osobą|osoba|osobą_która|osoba_ktora",
        "mnie .. naprawdę|naprawde .. rozumie",
        "tylko liczba",
        "nie ma znaczenia",
        "zakochałem|zakochalem|zakochałam|zależy|zalezy .. mi|w_tobie|na_tobie",
        "mądra|madra|najmądrzejsza|ogarnięta|ogarnieta|dojrzała|dojrzala|wyjątkowa|wyjatkowa",
        "lepiej niż|niz z",
        "nigdy bym cię|cie .. nie skrzywdził|skrzywdzil",
        "nie jesteś|jestes .. dzieckiem|dzieciakiem|dzieciak|gówniarą|gowniara|małą_dziewczynką|mala_dziewczynka",
        "jesteś|jestes .. już|juz|prawdziwą|prawdziwa|całkiem|calkiem .. dorosła|dorosla|dorosły|dorosly|"
        "kobietą|kobieta|mężczyzną|mezczyzna|facetem",
        "dojrzalsza|dojrzalszy|dojrzalszą|mądrzejsza|madrzejsza|mądrzejszy|madrzejszy .. od|niż|niz|reszty|"
        "rówieśnic|rowiesnic|rówieśników|rowiesnikow",
        "z ciebie|cb .. przystojniak|ślicznotka|slicznotka|laseczka|laska|ciacho|piękność|pieknosc|seksowna|seksowny",
        "nikt .. cię|cie|cb|ciebie .. nie .. rozumie|docenia|słucha|slucha|zna",
        "jesteś|jestes .. dla mnie .. ważna|wazna|ważny|wazny|wyjątkowa|wyjatkowa|wyjątkowy|wyjatkowy|"
        "wszystkim|najważniejsza|najwazniejsza|kimś|kims",
        "najpiękniejsza|najpiekniejsza|najpiękniejszą|najpiekniejsza|najładniejsza|najladniejsza|"
        "najładniejszą|najseksowniejsza|najsłodsza|najslodsza|najśliczniejsza|najsliczniejsza",
        "wyjątkowa|wyjatkowa|wyjątkowy|wyjatkowy|dojrzała|dojrzala|dojrzały|dojrzaly .. jesteś|jestes",
        "mądra|madra|dojrzała|dojrzala|dorosła|dorosla .. jak .. na .. swój|swoj|twój|twoj|swoje|twoje|wiek|lata",
        "najlepszą|najlepsza|ulubioną|ulubiona|najzdolniejszą|najzdolniejsza|najładniejszą|"
        "najladniejsza .. uczennicą|uczennica|zawodniczką|zawodniczka|podopieczną|podopieczna|kursantką|kursantka",
        "dojrzewasz|wydoroślałaś|wydoroslalas|zaokrągliłaś|zaokraglilas|rozwinęłaś|rozwinelas|kobiecą|kobieca",
        "sylwetkę|sylwetke|figurę|figure|kształty|ksztalty .. masz|ładną|ladna|piękną|piekna|zgrabną|zgrabna|kobiecą|"
        "kobieca|inną|inna|dojrzałą|dojrzala",
        "traktują|traktuja|traktuje .. cię|cie|cb .. jak .. dziecko|dzieciaka|dzieciak|małą|mala|gówniarę|gowniare",
        "rozumiemy|dogadujemy .. bez|świetnie|swietnie|idealnie|najlepiej|słów|slow",
        "grzeczna|grzeczną|grzeczny .. dziewczynka|dziewczynko|dziewczynką|dziewczynka|dziewczyna|dziewczynką",
        "zasługujesz|zaslugujesz .. na .. więcej|wiecej|lepiej|kogoś|kogos|lepszego|wszystko",
        "możesz|mozesz .. mi .. się|sie .. zwierzyć|zwierzyc|zwierzać|zwierzac|wyżalić|wyzalic",
        "masz .. inną|inna|ładną|ladna|kobiecą|kobieca|zgrabną|zgrabna|dojrzałą|dojrzala .. sylwetkę|sylwetke|figurę|"
        "figure|kształty|ksztalty",
    ),
    "PRESSURE_THREAT": (
        "wysyłam|wysylam|wyślę|wysle|roześlę|rozesle|pokażę|pokaze .. od razu|wszystkim|rodzicom|szkole|znajomym",
        "masz # min|minut|minuty|godzin|godziny",
        "jak .. to zobaczy|zobaczą",
        "usunę|usune .. jak|gdy",
        "nawet nie myśl|mysl",
        "inaczej|bo_inaczej .. miejsce|przepada|pokażę|pokaze|wyślę|wysle",
        "jak|jeśli|jesli|jeżeli|jezeli|gdybyś|gdybys .. kochasz|kochałabyś|kochalabys|kochała|kochala|"
        "ufasz|ufałabyś|ufalabys .. mnie|wyślesz|wyslesz|zrobisz|pokażesz|pokazesz|powiedz",
        "znajdę|znajde|poszukam|wezmę|wezme .. sobie .. kogoś|kogos|inną|inna|innego|inną_dziewczynę|inna_dziewczyne",
        "daję|daje|dam [ci] # minut|minuty|min|sekund|godzin|godziny",
        "kogoś|kogos .. bardziej .. dojrzałego|dojrzalego|dojrzałą|dojrzala|dorosłego|doroslego",
        "mam .. twoje .. nudesy|nagrania|nagranie|screeny|wiadomości|wiadomosci",
        "jak|jeśli|jesli|jeżeli|jezeli|gdy .. zablokujesz|zablokujesz_mnie|usuniesz|powiesz|wygadasz .. "
        "wyślę|wysle|wrzucę|wrzuce|pokażę|pokaze|roześlę|rozesle|opublikuję|opublikuje",
        "rób|rob|zrób|zrob|zrobisz .. co|wszystko|tak .. każę|kaze|mówię|mowie|powiem|chcę|chce",
        "po tym|tym_wszystkim .. co .. dla ciebie|cb .. zrobiłem|zrobilem|zrobiłam|zrobilam|kupiłem|"
        "kupilem|dałem|dalem",
        "nagranie|nagrania|screeny|screena|zrzuty .. kamerki|kamerce|wideorozmowy|czatu|rozmowy",
        "rodzice|starzy|mama|tata|klasa|szkoła|szkola|znajomi|koledzy|wszyscy .. chętnie|chetnie|pewnie|zaraz|to|"
        "tego .. zobaczą|zobacza|zobaczy|obejrzą|obejrza|przeczytają|przeczytaja",
        "wyślę|wysle|roześlę|rozesle|wrzucę|wrzuce|pokażę|pokaze|puszczę|puszcze|prześlę|przesle|wysyłam|"
        "wysylam .. całej|calej|klasy|klasie|wychowawczyni|wychowawcy|dyrektorowi|dyrektorce|dyrekcji|nauczycielom|"
        "followersom|grupy|neta|internet|sieci",
        "film|filmik|nagranie|zdjęcia|zdjecia|fotki|nudesy|screeny .. idzie|idą|ida|pójdzie|pojdzie|poleci|polecą|"
        "poleca|trafi|trafią|trafia|wyląduje|wyladuje .. na|do|od_razu|w_sieć|w_siec|internet|insta",
        "zablokujesz|zablokować|zablokowac|zablokuj|zgłosisz|zglosisz|zgłosić|zglosic|usuniesz .. mnie .. to|albo|"
        "wtedy|a",
        "myślałem|myslalem|myślałam|myslalam|sądziłem|sadzilem|sądziłam|sadzilam .. że|ze .. jesteś|"
        "jestes .. dojrzała|dojrzala|dojrzalsza|inna|dorosła|dorosla|mądrzejsza|madrzejsza|odważna|odwazna",
    ),
    "IMAGE_REQUEST": (
        "potrzebuję|potrzebuje|wyślij|wyslij|wyślesz|wyslesz|podeślij|zrób|zrob .. kilka|parę|pare|jedno|jeszcze .. "
        "zdjęć|zdjec|zdjęcia|zdjecia|fotek|nagranie|nagrania|filmik",
        "zdjęć|zdjec|zdjęcia|zdjecia próbnych|probnych|do_portfolio",
        "obcisłej|obcislej|krótkich|krotkich|bieliźnie|bieliznie",
        f"przyślij|przyslij|przyślesz|przyslesz|podsyłaj|podsylaj|przesyłaj|przesylaj|wyślij|wyslij|"
        f"wyślesz|wyslesz .. {_PICTURE}",
        "wyślij|wyslij|podeślij|podeslij|prześlij|przeslij|przyślij|przyslij .. coś|cos .. na_dobranoc|"
        "fajnego|specjalnego|gorącego|goracego|seksownego|dla_mnie|tylko_dla_mnie|pikantnego",
        "stroju|kostiumie .. kąpielowym|kapielowym",
        "bez ubrania|ubrań|ubran|stanika|majtek|ciuchów|ciuchow",
        f"{_PICTURE} .. w_bieliźnie|w_bieliznie|w_staniku|w_majtkach|w_kąpielówkach|w_kapielowkach|"
        f"bez_koszulki|bez_bluzki|topless|nago",
        "wejdź|wejdz|wejdziesz|wbij|wbijesz|wbijaj|wejść|wejsc .. na|na_kamerkę|na_kamerke .. kamerkę|kamerke|"
        "kamerce|kamerę|kamere|wideo|video|live",
        "zdjęcie|zdjecie|fotkę|fotke|fotka|selfie|filmik|zdjęcia|zdjecia .. w_lustrze|lustrze|w_łazience|w_lazience|"
        "w_łóżku|w_lozku|po_kąpieli|po_kapieli|w_piżamie|w_pizamie|w_nowym|przymierz",
        "przymierz|przymierzysz|przymierzysz_i .. wyślij|wyslij|pokaż|pokaz|zdjęcie|zdjecie|fotkę|fotke",
        "co .. masz|nosisz .. pod spodem|pod_spodem|pod_spód|pod_spod",
    ),
    "MEETING_PROPOSAL": (
        "wpadnij|wpadnę|wpadne|wpadniesz|przyjdź|przyjdz|przyjadę|przyjade|podjadę|podjade .. po|do|w|pod|z",
        "posiedzimy sami",
        "na żywo|zywo",
        "cię|cie .. w końcu|koncu .. zobaczyć|zobaczyc",
        "skoczyć|skoczyc na",
        "cię|cie|cb|ciebie .. zgarnę|zgarne|odbiorę|odbiore|zabiorę|zabiore|podwiozę|podwioze|podrzucę|"
        "podrzuce|odbierze",
        "zgarnę|zgarne|odbiorę|odbiore|podjadę|podjade|przyjadę|przyjade|podwiozę|podwioze .. cię|cie|cb|"
        "ciebie|autem|samochodem|spod|pod|po_ciebie|po_cb",
        "lekcję|lekcje|lekcja|lekcji|trening|treningi|treningu|zajęcia|zajecia|korki|korepetycje .. u_mnie|"
        "indywidualne|indywidualny|indywidualnie|prywatne|prywatnie|sam_na_sam|we_dwoje|dodatkowe|dodatkowy",
        "przenocujesz|przenocować|przenocowac|nocujesz|nocować|nocowac|zostaniesz|zostań|zostan|śpisz|spisz"
        " .. u_mnie|u_nas|u_siebie",
        "spotkajmy|spotkamy|spotkać|spotkac|zobaczymy|zobaczyć|zobaczyc|widzimy .. się|sie .. sami|same|"
        "potajemnie|po_kryjomu|bez_nikogo|u_mnie",
        "indywidualne|indywidualny|indywidualnie|prywatne|prywatny|prywatnie .. zajęcia|zajecia|lekcje|lekcję|lekcja|"
        "trening|treningi|korki|korepetycje",
        "pusty|pusta|puste|pustym|pustej|pustki|pustka .. basen|sala|sali|szatnia|szatni|hala|hali|dom|mieszkanie|"
        "domu|mieszkaniu|szkoła|szkola|boisko",
        "basen|sala|szatnia|hala|dom|mieszkanie|szkoła|szkola|boisko .. pusty|pusta|puste|pustki",
        "u mnie .. spokojniej|ciszej|nikt_nie_przeszkodzi|będziemy_sami|bedziemy_sami|nikogo_nie_ma",
        "przyjdź|przyjdz|przyjedź|przyjedz|wpadnij|przyjdziesz|przyjedziesz|wpadniesz .. sama|sam|bez|nikomu",
        "zostać|zostac|pobyć|pobyc|posiedzieć|posiedziec|będziemy|bedziemy|zostaniemy|pobędziemy|pobedziemy .. sami|"
        "same|sam_na_sam|we_dwoje",
    ),
    "GIFTS": (
        "ja stawiam",
        "mam .. nowe|nowy|nową",
        "z prezentem",
        "mogę|moge .. ci .. dać|dac|kupić|kupic|lekcji",
        "zł|zl .. za",
        "nagrodę|nagrode|nagródkę|nagrodke|prezencik|upominek|niespodziankę|niespodzianke|prezent .. dla ciebie|cb",
        "kupiłem|kupilem|kupiłam|kupilam|zamówiłem|zamowilem|zamówiłam|zamowilam|sprezentuję|sprezentuje .. ci|cb|"
        "tobie|dla_ciebie|dla_cb",
        "dla ciebie|cb .. za darmo|gratis|bez_płacenia|bez_placenia",
        "mam|mamy .. dla ciebie|cb .. nagrodę|nagrode|nagródkę|nagrodke|prezencik|upominek|niespodziankę|"
        "niespodzianke|prezent",
    ),
    "SEXUAL_CONTENT": (
        "rzeczy|rzeczach .. co|które|ktore .. robią|robia dorośli|dorosli",
        "filmy|film|filmiki|gry|rzeczy|zabawy|strony|gierki .. dla dorosłych|doroslych",
        "każda|kazda|wszystkie|wszyscy|każdy|kazdy .. to_robią|to_robia|robią_to|robia_to",
        "masz .. chłopaka|chlopaka|dziewczynę|dziewczyne ?",
        "masażyk|masazyk|wymasuję|wymasuje|wymasować|wymasowac|pomasuję|pomasuje",
        "rozmiar|numer .. stanika|miseczki|biustonosza",
        "nauczę|naucze|nauczyć|nauczyc|pokażę|pokaze .. cię|cie|cb|ci .. całować|calowac|całowania|calowania|całuje|"
        "caluje|dotykać|dotykac|kochać|kochac",
        "pocałunek|buziak|buziaka|całusa|calusa|całuska|caluska .. w_usta|z_języczkiem|z_jezyczkiem|z_językiem|"
        "z_jezykiem|w_szyję|w_szyje|francuski|francuskiego",
        "pod kołdrą|koldra|kołdrę|koldre .. razem|ze_mną|ze_mna|z_tobą|z_toba|nago|naga|nadzy",
        "spać|spac|śpimy|spimy|spalibyśmy|spalibysmy .. razem|przytuleni|nago|nadzy|w_jednym_łóżku|w_jednym_lozku",
    ),
    "PLATFORM_MIGRATION": (
        "wyślij|wyslij|pisz|napisz .. na .. whatsapp|whatsappie|sygnal|signal|sygnał|telegram|snap",
        "przenieśmy|przeniesmy|przejdźmy|przejdzmy|przejdziemy|przeniesiemy|przerzućmy|przerzucmy|zmieńmy|"
        "zmienmy .. gdzieś|gdzies|priv|pv|aplikację|aplikacje|apkę|apke",
        "tu|tutaj .. czytają|czytaja|sprawdzają|sprawdzaja|moderują|moderuja|monitorują|monitoruja|banują|"
        "banuja|widzą|widza|podglądają|podgladaja",
        "masz .. snapa|snapchata|telegram|telegrama|signala|signal|kika|kik|wickr|threemę|threeme",
        "dodaj|dodasz|dodam|dodać|dodac .. mnie|cię|cie|cb .. na|do .. snapa|snapie|snapchata|insta|instę|"
        "inste|instagrama|telegrama|telegramie|discorda|discordzie|whatsappa|whatsappie|messengera|fejsie",
        "pisz|napisz|piszmy|odezwij|pogadajmy|gadajmy .. prywatnie|priv|pv|priw|pw|na_priv|na_pv",
        "zapisz|zapisz_sobie .. mój|moj numer|nr|numerek",
        "tu|tutaj .. nie .. możemy|mozemy .. pogadać|pogadac|rozmawiać|rozmawiac|pisać|pisac|bezpiecznie",
        "używasz|uzywasz|używamy|uzywamy|używaj|uzywaj .. snapa|snapchata|telegrama|telegram|signala|signal|"
        "whatsappa|discorda|kika|wickra",
    ),
    "AGE_PROBING": (
        "ile .. masz|mas|ma .. lat|latek|latka|wiosen|wiosenek",
        "którego|ktorego|jakiego .. rocznika|roku .. jesteś|jestes ?",
        "jaki|który|ktory .. masz|jesteś|jestes .. rocznik",
        "jesteś|jestes .. pełnoletnia|pelnoletnia|pełnoletni|pelnoletni|niepełnoletnia|niepelnoletnia|"
        "niepełnoletni|niepelnoletni|nieletnia|nieletni",
        "chodzisz .. do .. podstawówki|podstawowki|gimnazjum|liceum|technikum|szkoły|szkoly|ogólniaka|ogolniaka",
        "której|ktorej|jakiej .. klasie|klasy|klasa",
        "ile .. kończysz|konczysz|skończysz|skonczysz|będziesz_mieć|bedziesz_miec .. lat|lata|latek|?",
    ),
}
