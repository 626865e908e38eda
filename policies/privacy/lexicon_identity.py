"""Cues for who a person is: racial or ethnic origin and sexual orientation (GDPR Art. 9).

Business senses that must not match: "Black Friday", "white-label", "the Asian market", "our Mexican-American
customers", "400 Gay Street", "the vendor's partner Maria"."""

from __future__ import annotations

from policies.privacy.lexicon_religion import _FAITH
from policies.privacy.names import FEMALE, MALE

_PEOPLES = (
    r"Kurdish|Kurd|Roma|Romani|Romanichal|Sinti|Yenish|Gypsy|Traveller|Sami|Sámi|Uyghur|Tamil|Berber|Amazigh|"
    r"Kabyle|Tuareg|Māori|Maori|Aboriginal|Indigenous|First Nations|Inuit|Inuk|Native American|African[- ]American|"
    r"Afro-[A-Z]\w+|Black|Hispanic|Latino|Latina|Latinx|Chicano|Chicana|Asian|East Asian|South Asian|British Asian|"
    r"Desi|mixed[- ]race|Mixed[- ]race|biracial|Caucasian|Arab|Pashtun|Hazara|Yoruba|Igbo|Zulu|Hmong|Han Chinese|"
    r"Rohingya|Tatar|Chechen|Circassian|Sindhi|Punjabi|Gujarati|Bengali|Somali|Eritrean|Palestinian|Armenian|"
    r"Tibetan|Kashmiri|Baloch|Assyrian|Yazidi|Bedouin|Dalit|Brahmin|Native Hawaiian|Pacific Islander|Samoan|Tongan|"
    r"Alaska Native|Torres Strait Islander|M[ée]tis|Cherokee|Navajo|Lakota|Sioux|Ojibwe|Cree|Mohawk|Apache|Hopi|"
    r"Quechua|Aymara|Mapuche|Mayan|Zapotec|Garifuna|Ainu|Hakka|Hausa|Fulani|Akan|Ashanti|Kikuyu|Maasai|Xhosa|"
    r"Amhara|Oromo|Tigrayan|Sherpa|Basque|Sorbian|Ndebele|Tswana|Sotho|"
    # the minority peoples of the Black Sea, the Balkans, the Caucasus and the Volga ("is Pontic Greek")
    r"Pontic Greek|Pontian|Pontic|Aromanian|Rusyn|Lemko|Hutsul|Gagauz|Ossetian|Ingush|Kalmyk|Bashkir|Chuvash|"
    r"Udmurt|Karelian|Pomak|Arvanite|Karaim|Kumyk|Lezgin|Kabardian|Adyghe|Abkhaz|"
    # Indigenous peoples of the Arctic, the Americas, Asia and Oceania by their own names ("is Yup'ik")
    r"Yup['’]ik|Yupik|Cup['’]ik|I[ñn]upiat|I[ñn]upiaq|Aleut|Unangan|Athaba[sk]can|Tlingit|Haida|Tsimshian|"
    r"Gwich['’]in|Anishinaabe|Mi['’]kmaq|Mi['’]kmaw|Haudenosaunee|Blackfoot|Blackfeet|Cheyenne|Comanche|Choctaw|"
    r"Chickasaw|Seminole|Muscogee|Lumbee|Ho-Chunk|Menominee|Potawatomi|Shoshone|Arapaho|Paiute|Tohono O['’]odham|"
    r"Zuni|Din[ée]|Ojibwa|Chippewa|Kiowa|Yakama|Salish|Innu|Inuvialuit|Wayuu|Guaran[íi]|Mixtec|Nahua|"
    r"K['’]iche['’]?|Kaqchikel|Miskito|Ember[áa]|Kichwa|Ash[áa]ninka|Yanomami|Kayap[óo]|Adivasi|Santhal|Khasi|"
    # the hill peoples of north-east India and the Borneo and Mindanao peoples ("is Mizo, from Aizawl")
    r"Mizo|Kuki|Meitei|Lepcha|Tharu|Kadazan|Tausug|Maranao|Ifugao|Bajau|"
    r"Igorot|Dayak|Orang Asli|Khoisan|Himba|Batwa|Noongar|Nyungar|Yol[ŋn]g?u|Wiradjuri|Koori|Murri|Kanak|Chamorro|"
    # the same peoples' own spellings ("CHamoru", "Kanaka Maoli") and more of the Pacific and the Americas (each
    # with an ASCII run of three letters or more, which the cue prefilter can require: "Taino", not "Taíno")
    r"CHamoru|Chamoru|Kanaka Maoli|Kānaka Maoli|Refaluwasch|Chuukese|Pohnpeian|Kosraean|Yapese|Palauan|"
    r"Marshallese|I-Kiribati|Tuvaluan|Niuean|Rapa Nui|Taino|Lenape|Wampanoag|Narragansett|Pequot|Tongva|"
    r"Ohlone|Miwok|Yurok|Karuk|Nez Perce|Osage|Pawnee|Assiniboine|Nakota|Sto:lo|Nuu-chah-nulth|"
    r"Kwakwaka['’]wakw|Nenets|Evenki|Buryat|"
    # the nations of Aboriginal Australia by their own names ("a Yorta Yorta man", "is Gunditjmara"), and peoples
    # of the Americas named by a history rather than a state ("is Cajun", "a Quilombola family")
    r"Yorta Yorta|Wurundjeri|Gunditjmara|Kaurna|Arrernte|Pitjantjatjara|Warlpiri|Gamilaraay|Kamilaroi|Bundjalung|"
    r"Dharug|Darug|Gadigal|Larrakia|Palawa|Nunga|Anangu|Yuin|Dja Dja Wurrung|Taungurung|Wadawurrung|Wathaurong|"
    r"Bunurong|Barkindji|Ngunnawal|Gumbaynggirr|Ngarrindjeri|Yawuru|Tiwi|Meriam|Martu|Adnyamathanha|Narungga|"
    r"Wiradjuri|Eora|Cajun|Acadian|Gullah|Geechee|Quilombola"
)
_ETHNIC = r"(?-i:" + _PEOPLES + r")s?"
# peoples in Spanish, French, Italian, Portuguese, German and Dutch forms, which English names miss
_PEOPLE_ABROAD = (
    r"(?:gitan[oae]s?|cigan[oa]s?|zingar[oaie]|tsiganes?|manouches?|romaní|romanís|romnj?i|sint[oi]|sintiza|"
    r"kurd[oa]s?|kurdes?|kurdin|bereber(?:es)?|berb[èe]res?|amazighs?|kabyles?|cabil(?:es)?|ind[íi]genas?|"
    r"autochtones?|mapuches?|quechuas?|aymaras?|afrodescendientes?|afro-?(?:americano|americana|brasileir[oa]|"
    r"latin[oa]|descendente|colombian[oa]|ecuatorian[oa]|peruan[oa]|venezolan[oa]|cuban[oa]|caribeñ[oa]|"
    r"mexican[oa]|panameñ[oa]|dominican[oa]|uruguay[oa]|hondureñ[oa]|costarricense|puertorriqueñ[oa])s?|magrebí|maghrébine?s?|wolofs?|peuls?|tamoul(?:e|s)?|tamil(?:e|es)?|rohingyas?|"
    # the indigenous peoples as those languages write them, lower case ("il est kanak", "es aborigen")
    r"kanak(?:e|s|es)?|am[ée]rindien(?:ne)?s?|amer[íi]ndi[oa]s?|aborig[èe]nes?|abor[íi]gen(?:es)?|aborigeni|"
    r"touaregs?|tuaregs?|inuits?|inuk|maori(?:e|s|es)?|maor[íi]es|"
    # Italian and German "rom" in lower case only: "ein ROM" is a chip
    r"(?-i:rom))"
)
# the same without "Sámi", whose only ASCII run ("mi") is too short for the cue prefilter to require: a cue
# that may open with "a " needs every people's name to hold one, or it runs on every text
_ETHNIC_ASCII = r"(?-i:" + _PEOPLES.replace("Sámi|", "") + r")s?"
# "ancestry" as a product's ("one of those ancestry DNA sites")
_NOT_A_SERVICE = r"(?! (?:DNA|sites?|websites?|tests?|kits?|services?|compan(?:y|ies)|apps?|databases?|platforms?))"
# after "his family is", a people's name is one in any case and any of the usual languages ("his family es
# mapuche"); "travellers" there is more likely a hobby
_FAMILY_IS = (
    r"\b(?:his|her|my|[A-Z][a-z]+'s) (?:family|parents|grandparents|mother|father|mum|dad|ancestors) (?:is|are|was|"
    r"were|es|son|era|eran|est|sont|ist|sind|é|são|è|sono|zijn|er|är) (?:originally |all |both |mostly |partly )?"
)
# "Meagan's parents are Sally & David": a family named by its given names, not its people
_NOT_GIVEN_NAMES = (
    r"(?!(?-i:"
    + "|".join(sorted(sorted(MALE | FEMALE), key=len, reverse=True))
    + r")\b|(?-i:[A-Z][a-z]+) & (?-i:[A-Z]))"
)
# a firm or place whose name opens with a people's word ("CounterParty is Black Hills Trucking, Inc"), unless
# the next word names a nationality or a faith ("is Black British", "is Punjabi Sikh")
_NOT_A_PROPER_NAME = (
    r"(?! (?!(?-i:American|British|Canadian|Caribbean|African|Australian|European|Brazilian|Cuban|Dominican|"
    r"Latino|Latina|Hispanic|Muslim|Jewish|Christian|Sikh|Hindu|Catholic|Buddhist|Jain|Parsi|Orthodox|Protestant|"
    r"Nation|Nations|Tribe|Band|Pueblo|Creek)\b)(?-i:[A-Z][a-z]+))"
)
# where a family came from, and the country it lives in: together an identity ("British Pakistani",
# "Korean-American"), not a market ("the Turkish-German border", "our Indian American customers")
_ORIGIN = (
    r"(?-i:Pakistani|Indian|Bangladeshi|Sri Lankan|Chinese|Vietnamese|Korean|Japanese|Filipino|Filipina|Nigerian|"
    r"Ghanaian|Somali|Jamaican|Caribbean|Trinidadian|Barbadian|Haitian|Mexican|Cuban|Puerto Rican|Dominican|"
    r"Colombian|Salvadoran|Guatemalan|Turkish|Kurdish|Iranian|Persian|Iraqi|Syrian|Lebanese|Palestinian|Egyptian|"
    r"Moroccan|Algerian|Tunisian|Ethiopian|Eritrean|Kenyan|Ugandan|Congolese|Cameroonian|Senegalese|Afghan|Nepali|"
    r"Punjabi|Gujarati|Tamil|Arab|African|Asian|Latino|Latina|Hispanic|Polish|Italian|Irish|Greek|Portuguese|"
    r"Ukrainian|Russian|Armenian|Cape Verdean|Angolan|Surinamese|Indonesian|Moluccan|Thai|Hmong|Taiwanese)"
)
_HOST = (
    r"(?-i:British|English|Scottish|Welsh|Irish|American|Canadian|Australian|German|French|Dutch|Belgian|Swedish|"
    r"Norwegian|Danish|Italian|Spanish|Kiwi|New Zealand)"
)
_DIASPORA = (
    r"(?:" + _HOST + r"[- ]" + _ORIGIN + r"|" + _ORIGIN + r"[- ](?-i:American|Canadian|Australian|British|Brit|"
    r"German|French|Dutch))"
)
_NOT_A_MARKET = (
    r"(?![\w-])(?! (?:(?-i:[A-Z][a-z])|border|trade|relations|market|markets|customers?|clients?|accounts?|company|"
    r"companies|firms?|business(?:es)?|banks?|brands?|products?|start-?ups?|partnership|joint venture|deal|"
    r"subsidiary|war|treaty|cuisine|food|restaurants?|team|office|division|branch|operations|investors?|exporters?|importers?|suppliers?|distributors?|chamber|"
    r"community (?:groups?|organi[sz]ations?|centres?|centers?)|media|press|film|music|segment|audience|owned|run|"
    r"founded|based|led))"
)
# a minority of one by colour ("one of two brown kids in his class", "the only Black woman on the board")
_COLOUR = r"(?:brown|black|white|non-white|mixed-race|Asian)"
_ONES = (
    r"(?:kids?|children|girls?|boys?|students?|pupils?|person|people|woman|women|man|men|guy|guys|faces?|"
    r"employees?|engineers?|families|family|members?|candidates?|directors?|founders?|hires?|teenagers?)"
)
ETHNICITY = (
    (
        r"\b(?:is|was|'s|am|'m|an?|as an?|being|growing up|grew up|raised|proud|proudly|fellow|identifies as|born) "
        r"(?:(?:a|an|proud|proudly|(?:first|second|third)-generation) )?[\"'“‘]?"
        + _DIASPORA
        + _NOT_A_MARKET
        # one person so described ("this American Chinese girl"); "Korean-American founders" are a group
        + r"|\b"
        + _DIASPORA
        + r" (?:[\w-]+ )?(?:kid|child|girl|boy|student|person|woman|man|guy|lady|bloke|colleague|"
        r"engineer|founder|manager|director|teenager|family)\b"
        r"|\b(?:the only|one of(?: the)?(?: (?:only|few|"
        r"two|three|four|a handful of|a couple of|very few)){0,2}|as an?|being an?|grew up an?|growing up an?) "
        + _COLOUR
        + r" (?:"
        + _ONES
        # or the people by a nationality in the plural ("one of only two Black Brazilians on the board")
        + r"|(?-i:[A-Z][a-z]+(?:ians|ans|ers|ons|ese|is)))\b",
        "person",
    ),
    (
        _FAMILY_IS
        + _NOT_GIVEN_NAMES
        + r"(?:(?!(?:\w+ )?"
        + _FAITH
        + r")(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+))?\b|(?:"
        + _PEOPLES.replace("Traveller|", "")
        + r")s?\b)",
        "person",
    ),
    (
        r"\b(?:is|are|was|were|'s|'re|am|being|as an?|an?|the only|fellow|proud|identifies as|family (?:is|are|"
        r"was|were)|parents (?:are|were)|one of the (?:few|only|first|handful of)) (?:(?:a|an|proudly|both|"
        r"originally|half|from a|a quarter|quarter|an eighth|part|partly|mostly|full-blooded) )?"
        # a people's own subdivision before its name ("is Oglala Lakota", "is Ngāti Porou Māori")
        r"(?:(?-i:[A-Z][\w'’-]+) ){0,2}"
        + _ETHNIC_ASCII
        + r"\b(?! (?:Friday|market|markets|region|business|customers?|accounts?|offices?|team|expansion|"
        r"rollout|distributors?|box|list|swan|food|cuisine|cooking|restaurants?|seasoning|spices?|menu|chicken|"
        r"fries|shrimp|dishes))" + _NOT_A_PROPER_NAME,
        "person",
    ),
    (r"\b(?:is|are|was|were|'s|'re|am|being|an?|proud|proudly|half|fellow) (?-i:Sámi)\b", "person"),
    (
        # a people named in the languages a rep meets ("que es gitano", "il est kabyle", "sie ist Sintiza"),
        # after a copula or an origin; lower case is the rule in those languages
        r"\b(?:es|era|son|eran|soy|somos|est|était|sont|suis|ist|war|sind|bin|é|è|era|sono|erano|is|zijn|"
        r"(?:de|d')\s?(?:origen|origine|ascendencia|etnia|origem)|(?:di|de) (?:origine|etnia)|"
        # born into the people ("é de família cigana", "d'une famille kabyle", "di famiglia sinti")
        r"(?:de|da|di|d['’]) ?(?:uma |una |une )?(?:fam[íi]lia|famille|famiglia)|"
        r"(?:un|una|une|ein|eine|uno|um|uma)) (?:(?:un|una|une|ein|eine|uno) )?" + _PEOPLE_ABROAD + r"\b",
        "person",
    ),
    (
        _ETHNIC + r" (?:woman|man|person|people|heritage|background|family|ancestry|descent|roots|community|"
        r"colleague|director|manager|founder|minority)\b",
        "person",
    ),
    (
        # an origin named with the word that makes it one, whatever the people ("ethnically Kazakh", "racially
        # Black", "Uzbek by ethnicity", "is ethnic Chinese", "Hoa - ethnic Chinese"); "ethnically diverse" names no
        # people, "ethnically Russian areas" and "ethnic Chinese-owned shops" a place's or a firm's
        r"(?:\b(?:is|was|'s|’s|am|'m|are|'re|were|an?|as an?)|[-–—,(]) ethnic (?-i:[A-Z][\w'’]+)\b(?![-’']| (?:areas?|"
        r"regions?|neighbou?rhoods?|districts?|towns?|enclaves?|communit(?:y|ies)|populations?|markets?|businesses|"
        r"firms?|suppliers?|restaurants?|food|cuisine|media|press|diaspora|minorit(?:y|ies)|majority|groups?))|"
        r"\b(?:ethnically|racially)(?: (?:half|part|partly|mostly|fully|mixed))?[- ](?-i:[A-Z][\w'’-]+)\b(?! (?:areas?|"
        r"regions?|neighbou?rhoods?|districts?|towns?|villages?|enclaves?|parts|territor(?:y|ies)|provinces?|"
        r"communit(?:y|ies)|populations?|states?))|\b(?:is|was|'s|’s|am|'m|are|'re|were) (?:\w+ )?(?-i:[A-Z][a-z]+) "
        r"by (?:ethnicity|heritage|descent|ancestry|blood|origin)\b",
        "person",
    ),
    (
        r"\b(?:of|with) (?:\w+ )?(?:[A-Z]\w+ )?(?:descent|heritage|ancestry|ethnic origin|ethnic background|"
        r"ethnicity|extraction|parentage)\b" + _NOT_A_SERVICE + r"|"
        r"(?-i:\b[A-Z][a-z]+) (?:immigrants?|refugees?|migrants?)\b|\b(?:immigrant|refugee|migrant) (?:family|"
        r"parents|background|roots)\b|\b(?:came|fled|arrived) (?:\w+ ){0,5}as (?:a )?"
        r"(?:child |young |teenage |political |war )?refugees?\b|"  # "came to the UK as a child refugee"
        r"\b(?:ancestry|DNA)\b.{0,60}\b(?:\d+ ?%|a quarter|a third|half|an eighth|mostly|partly) "
        # archaic humans are no one's ethnic origin ("2% Neanderthal")
        r"(?!(?-i:Neanderthal|Denisovan|Cro-Magnon|Homo)\b)(?-i:[A-Z][a-z]+)|"
        r"\b(?:his|her|my) caste\b|\bcaste (?:discrimination|background)\b|\b(?:his|her|my|their) (?:ethnicity|"
        r"ethnic (?:background|origin|group)|race|racial background|heritage|ancestry)\b(?! (?:kit|test|DNA|results?|"
        r"site|app|account|subscription))|\b(?:person|woman|man) of "
        r"colou?r\b|\bethnic minority\b",
        "person",
    ),
    (
        # a family that lived through a people's persecution ("his grandparents survived the Armenian genocide")
        r"\b(?:survived|survivors? of|fled|escaped|lived through|died in|killed in|perished in|murdered in|lost "
        r"(?:\w+ ){1,3}in|descendants? of (?:survivors of )?|remembers?|commemorat(?:es?|ing)) (?:the )?(?-i:(?!Great )"
        r"[A-Z][a-z]+) (?:genocide|massacres?|deportations?|pogroms?|expulsions?|ethnic cleansing)\b|"
        r"\b(?:Holocaust|Shoah|Nakba|Porajmos) survivors?\b|\b(?:survived|lived through|fled|escaped) the "
        r"(?-i:Holocaust|Shoah|Nakba|Porajmos)\b",
        "person",
    ),
)

# "Gay" mid-sentence or before a capital is a name ("400 Gay Street", "Randy Gay's desk", "talked to Gay")
_NOT_A_PROPER_NOUN = r"(?!(?-i:Gay|Queer)(?:'s\b| [A-Z]))(?!(?<=\w )(?-i:Gay|Queer)\b)"
# the people one comes out to, named with up to three words before them ("the whole Isdom project team", "her
# old uni friends"); an outing they hold is not them ("came out to the team drinks", "to the family barbecue")
_GROUP_HEARD = (
    r"(?:(?!(?:with|for|and|to|at|in|on|of|from|by|after|before)\b)[\w'’-]+ ){0,3}?(?:team|family|colleagues|"
    r"parents|mum|mom|dad|mother|father|folks|friends|boss|manager|siblings|brothers?|sisters?|grandparents|kids|"
    r"children|coworkers|co-workers|workmates|teammates)\b(?!['’])(?! (?:drinks|dinner|lunch|breakfast|offsite|"
    r"off-site|social|party|event|meeting|meet-?up|retreat|day|night|bbq|barbecue|game|match|site|office|bar|pub|"
    r"picnic|outing|trip|wedding|reunion|gathering|do)\b)"
)
_OWNER = (
    r"(?-i:\b(?P<owner>[A-Z][a-z]+|(?!(?:she|that|what|who|there|here|one|everyone|someone)')[a-z]{3,})'s|"
    r"\b(?P<pronoun>[Hh]is|[Hh]er|[Hh]e's|[Ss]he's)|\b(?P<mine>[Mm]y))"
)
ORIENTATION = (
    (
        # the owner may be written in lower case in chat ("marco's boyfriend"): then only a known given name
        # tells its gender (:func:`same_sex_couple`); the partner may be named after "is" ("Her partner is Ana");
        # "my" is the writer's, whose gender the speaker or signature may tell (:mod:`.speaker`)
        _OWNER
        + r" (?:new |late |ex-|ex |former |long-term |longtime |current |then |future |soon-to-be |secret |live-in |"
        r"beloved )?(?P<rel>"
        r"husband|boyfriend|fianc[ée]e?|hubby|wife|girlfriend|missus|fella|feller|partner|spouse)\b"
        # how long they have been together may come before the name ("his partner of six years, Daniel")
        r"(?: of (?:\w+ ){1,2}?(?:years?|months?|decades?))?(?:,? (?:(?:is|was) "
        r"(?:called |named )?)?(?-i:(?P<other>[A-Z][a-z]+))\b(?! (?:from|at|of|in|on|with)\b))?",
        "couple",
    ),
    (_OWNER + r" (?P<rel>bf|gf)\b", "couple"),  # chat's short forms ("his bf Rui"), a cue of their own
    (
        _NOT_A_PROPER_NOUN
        + r"\b(?:gay|lesbian|bisexual|homosexual|heterosexual|pansexual|asexual|demisexual|gr[ae]ysexual|aromantic|"
        r"sapphic|queer|"
        # the same words in the languages a rep's notes mix in ("contou-me que é bissexual", "è omosessuale")
        r"bissexual|homossexual|l[ée]sbica|lesbiana|lesbienne|bisexuel(?:le)?|homosexuel(?:le)?|omosessuale|"
        r"bisessuale|bisexuell|homosexuell|schwul|lesbisch)\b(?! (?:bars? |clubs? )?(?:market|marketing|customers?|"
        r"segment))|"
        # the short forms, said of someone ("he's bi", "Gert is pan"); not "bi-weekly" or "pan-European"
        r"(?:\b(?:he|she|I|they)(?:'s|’s|'m|’m|'re|’re)|\b(?:is|am|are|was|were|being|been|identif(?:y|ies|ied) as|"
        r"c(?:a|o)me out as|coming out as)) (?:openly )?"
        r"(?-i:bi|pan|bi-curious)\b(?![-/'’])|\bsame-sex (?:partner|spouse|marriage|wedding|couple)\b|"
        r"\b(?:came|coming|come|comes) out (?:as|to (?:his|her|their|the|my|our) " + _GROUP_HEARD + r")|"
        # not out to the people around them ("isn't out to the wider team", "not out at work yet")
        r"\b(?:isn't|is not|not|isnt) (?:yet |fully )?out (?:at work|to (?:anyone|everyone|(?:the|his|her|their|my) "
        r"(?:[\w-]+ ){0,2}?(?:team|family|colleagues|parents|office|company|folks|friends|boss|manager)))\b|"
        r"\b(?:transgender|trans (?:woman|man)|non-binary)\b|"
        # a network or group is an organisation: a person's part in it is theirs ("co-chairs the LGBTQ+ staff
        # network"), the network acting on its own ("Sonron's LGBTQ+ staff network wants ...") is nobody's
        r"\bLGBT\w*\+? (?:community|colleagues?)\b|\b(?:in|joined|joins|joining|members? of|chairs?|chaired|"
        r"co-chairs?|co-chaired|chair of|co-chair of|runs|ran|running|leads?|led|leading|lead of|head of|founded|"
        r"founder of|set up|started|active in|part of|involved (?:in|with)|organi[sz]es|volunteers? (?:for|with|in)|"
        r"rep for|sits on) (?:the |our |their |his |her |its |a |an )?(?:(?-i:[A-Z])[\w'’-]*(?:'s|’s) )?LGBT\w*\+? "
        r"(?:(?:staff|employee|workplace|colleague) )?(?:network|group|(?-i:ERG)|resource group)\b|"
        r"\b(?:met|meets|meeting|dating|"
        # the dating apps made for gay and bi men ("matched with their new AE on Grindr", "his Scruff profile")
        r"dates?|hook(?:ed|ing)? up|profile|matched|chatting|talking) (?:[\w'’-]+ ){0,5}?(?:on|via|through) "
        r"(?-i:Grindr|Scruff|PlanetRomeo|Jack'd)\b|\b(?:his|her|my|(?-i:[A-Z][a-z]+)'s) (?-i:Grindr|Scruff|"
        r"PlanetRomeo|Jack'd) (?:profile|account|date|match|bio)\b",
        "person",
    ),
    (
        # a partner in the languages a rep meets ("Javier vino con su novio, Andrés", "ihre Frau"); whose partner
        # is the possessive's gender where it has one (German, Dutch), else the last person named before
        r"\b(?P<poss>su|sa|son|seu|sua|suo|zijn|haar|sein|seine|seinem|seinen|seiner|(?-i:ihr|ihre|ihrem|ihren|"
        r"ihrer)) (?:nuevo |nueva |novo |nova |nouveau |nouvelle |neuer |neue |ex-?|ex )?(?P<rel>novio|novia|"
        r"esposo|esposa|marido|mujer|copain|copine|mari|femme|compagnon|compagne|namorado|namorada|fidanzato|"
        r"fidanzata|ragazzo|ragazza|marito|moglie|Ehemann|Ehefrau|Mann|Frau|Lebensgef[äa]hrte[rn]?|"
        r"Lebensgef[äa]hrtin|echtgenoot|echtgenote|vrouw|man)\b(?:,? (?-i:(?P<other>[A-Z][a-z]+)))?",
        "couple",
    ),
    (
        # a date with someone of the dater's own gender ("first date with a guy he met on Hinge"); the
        # dater is the pronoun that follows, else the last person named before (:func:`same_sex_couple`)
        # (not "agree a date with the guy from legal", not "went out with a guy from IT for lunch")
        r"\b(?:(?:first|second|third|blind|hot|romantic|dinner) dates? with|(?:on|going on|went on) a (?:\w+ )?date "
        r"with|dating) (?:a|an|this|some|another|the) (?:[\w-]+ )?(?P<rel>guy|man|bloke|dude|boy|"
        r"woman|girl|lady|gal)\b(?: (?:(?:that|who|whom) )?(?P<dater>he|she)\b)?",
        "couple",
    ),
)
