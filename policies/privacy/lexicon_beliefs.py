"""Cues for beliefs and opinions: political opinion and religious or philosophical belief.

Business senses that must not match: "political minefield", "party-line vote", "religious about his
stand-up", "product evangelist", "praying the deal closes", "treats the report as gospel"."""

from __future__ import annotations

_PARTY = (
    r"(?-i:Labour|Conservatives?|Tory|Tories|Lib ?Dems?|Liberal Democrats?|Democratic Socialists(?: of America)?|"
    r"Democrats?|Democratic|Republicans?|DSA|GOP|PSOE|LDP|PVV|VVD|D66|FPÖ|ÖVP|SPÖ|Grünen?|BSW|LFI|PCF|M5S|Lega|"
    r"Morena|Vox|La France Insoumise|France Insoumise|Les R[ée]publicains|En Marche|Europe [ÉE]cologie|"
    r"Partido Popular|Ciudadanos|Sumar|Fratelli d'Italia|Forza Italia|Partito Democratico|CSU|Freie W[äa]hler|"
    r"Parti Socialiste|Parti Qu[ée]b[ée]cois|Liberals?|Dems|"
    r"Socialists?|Communists?|Greens?|SNP|UKIP|Reform UK|AfD|CDU|SPD|FDP|Libertarians?|Green Party|Sinn F[ée]in|"
    r"Fianna F[áa]il|Fine Gael|Plaid Cymru|Podemos|Syriza|Fidesz|Likud|BJP|ANC|PiS|Die Linke|NDP|"
    r"Bloc Qu[ée]b[ée]cois|Rassemblement National|National Front|Five Star|Tea Party|MAGA|[A-Z][a-z]+ Democrats|"
    r"[A-Z][a-z]+ Party)"
)
# the names people vote for or back ("voting Trump again", "a Corbyn supporter")
_POLITICIAN = (
    r"(?-i:Trump|Biden|Obama|Harris|Clinton|Sanders|Bernie|DeSantis|Haley|AOC|Corbyn|Starmer|Sunak|Farage|Boris|"
    r"Sturgeon|Salmond|Macron|Le Pen|M[ée]lenchon|Merz|Scholz|Meloni|Orb[áa]n|Wilders|Modi|Bolsonaro|Lula|Milei|"
    r"Trudeau|Poilievre|Erdo[gğ]an|Netanyahu|MAGA)"
)
# what a supporter wears or puts up ("in a Lula shirt", "a Trump flag on his truck")
_MERCH = r"(?:shirt|t-shirt|tee|jersey|hoodie|mug|pin|button|flag|banner|scarf|tattoo|bumper sticker)"
# a supporter named after a party or leader ("o cara é petista", "a Corbynite", "a diehard chavista")
_PARTISAN = (
    r"(?:petista|bolsonarista|lulista|chavista|madurista|peronista|kirchnerista|uribista|fujimorista|trumpista|"
    r"Trumpist|Corbynista|Corbynite|Blairite|Thatcherite|Reaganite|Gaullist|Peronist|Kemalist)"
    r"(?! (?:government|party|parties|regime|era|movement|policies|administration|candidate|state))"
)
# a cause named before its protests ("Free Tibet protests", "anti-war marches", "climate rallies")
_CAUSE = r"(?:(?-i:[A-Z])[\w'-]*|anti-[\w-]+|pro-[\w-]+|climate|peace|political|environmental|student|(?:\w+ )?rights)"
# issues people hold political opinions on ("the carbon tax", "immigration", "gun control")
_ISSUE = (
    r"(?:carbon tax(?:es)?|climate change|global warming|Brexit|immigration|immigrants|refugees|abortion|gun "
    r"control|gun rights|the Second Amendment|Obamacare|the wall|the government|the election|the elections|"
    r"the vote|vaccine mandates|the EU|socialism|communism|the left|the right|liberals|conservatives|the unions|"
    r"welfare|taxes|the (?:President|president|Prime Minister|prime minister|PM))"
)
_ELECTION = (
    r"(?:re-?election|election|electoral|mayoral|presidential|parliamentary|senate|congressional|council|"
    r"leadership|primary)"
)
_OFFICE = (
    r"(?-i:(?:Mayor|Senator|Governor|Councill?or|Congress(?:man|woman)|Assembly(?:man|woman|member)|MP|Rep\.|"
    r"candidate) [A-Z]\w+)"
)
# what a political candidate stands for ("candidate for Mayor", "for the Senate"); "a candidate for the
# Networks project" is a job's
_SEAT = (
    r"(?-i:Senate|Congress|Parliament|the House|Assembly|Governor|Mayor|President|Vice President|Prime Minister|"
    r"Chancellor|(?:City |Town |County |Parish )?Council|(?:[A-Z]\w+ ){1,3}(?:Council|Assembly|Senate|District|Ward|"
    r"seat)|"
    r"[A-Z]\w+'s \d+\w* (?:District|Ward)|office|mayor|governor|president|parliament|council)\b(?! (?:manager|"
    r"role|job|position|team|admin\w*|assistant|lease|move|space|roles))"
)
# party names are also product and country words: "the Green energy tariff", "the Democratic Republic of Congo"
_NOT_THE_PARTY = (
    r"(?! (?:line|range|edition|label|products?|tier|plan|energy|bonds?|initiative|team|version|republic|deals?|"
    r"accounts?|projects?|programm?e?s?|packages?|bundles?|options?))"
)
POLITICAL = (
    (
        r"\b(?:rally|rallies|hustings|march|protest|demonstration|fundraiser|convention|caucus)\b (?:\w+ ){0,2}"
        r"(?:for|against|of|supporting) (?:the )?(?:[A-Z]\w+ )?(?-i:[A-Z])\w* ?(?:candidate|party|campaign|Party|"
        r"movement)|\b(?:marched|marching) (?:with|in|at|for|against) (?:the |a )?(?:\w+'?s? )?(?:strike|protest|march|"
        r"movement|rally|demonstration)\b|\b(?:women's|climate|general) strike\b|"
        r"\b(?:at|to|joined|joining|attended|attending|going to|marched in|marching in|spoke at) "
        # "the protest filed by" is a legal one; "at the March meeting" a month
        r"(?:a|the|an) (?:[\w-]+ )?(?:political |climate |anti-\w+ |pro-\w+ |women's )?(?:rally|protest|"
        r"(?-i:march|March(?= (?:for|against|on)\b))|demonstration|hustings)\b(?! (?:filed|letter|period|"
        r"deadline))",
        "person",
    ),
    (
        _PARTY + r"(?: [Pp]arty)? (?:member|supporter|voter|activist|councill?or|candidate|donor|volunteer|"
        r"delegate|MP|politician)s?\b|\b(?:member|supporter|activist|donor|volunteer) (?:of|for) (?:the )?"
        + _PARTY
        + r"|\b(?:his|her|my|their|the|a) (?:local )?"
        + _PARTY
        + r" (?:association|club|branch|ward|meeting|"
        r"conference|fundraiser|caucus|primary)\b",
        "person",
    ),
    (
        r"\b(?:votes?|voted|voting|will vote|always votes?) (?:for )?(?:the )?" + _PARTY + r"|\bvoted (?-i:Leave|"
        r"Remain)\b|\b(?:is|was|'s|a|as a|an?) (?:[\w-]+ ){0,2}(?-i:Democrat|Republican|Tory|socialist|Socialist|"
        r"communist|Communist|Marxist|libertarian|Brexiteer|Remainer|anarchist|Trotskyist|Maoist|monarchist|fascist|"
        r"neo-Nazi)\b",
        "person",
    ),
    (
        r"\b(?:card-carrying|paid-up) (?:party )?member\b|\b(?:campaign(?:ing|ed|s)?|canvass(?:ing|ed|es)?|"
        r"leafleting|volunteer(?:ing|ed|s)?|stood|standing|running) (?:for|as) (?:the |an? )?"
        r"(?:[A-Z]\w+ |(?:(?-i:[A-Z])[\w'’-]* ){2,4})?"
        r"(?:candidate|party|Party|campaign|council|mayor|parliament|office|councill?or)\b|\b(?:campaign(?:ing|ed)|"
        r"canvass(?:ing|ed|es)?|leaflet(?:t?ing|ed)|door-knocking|volunteer(?:ing|ed|s)?|fundrais(?:ing|ed|es)) "
        r"for (?:the )?(?:local )?" + _PARTY + r"\b" + _NOT_THE_PARTY + r"|\b(?:council|mayoral|"
        r"parliamentary|congressional|senate|presidential) (?:candidate|campaign|run)\b|\b(?:councill?or|MP|mayor|"
        r"senator) for (?:the )?(?-i:[A-Z])\w+|\bcandidate for (?:the )?(?:" + _SEAT + r")",
        "person",
    ),
    (
        # one person's role in a cause ("one of the organisers of the climate campaign"); "the organisers
        # closed the road" is about a group
        r"\b(?:one of the (?:main |lead |key )?(?:organi[sz]ers|co-organi[sz]ers|leaders|founders)|(?:an?|the|lead|"
        r"chief|main) (?:organi[sz]er|co-organi[sz]er|leader|spokes(?:person|woman|man)|founder)|(?:is|as|'s) (?:an? )?"
        r"(?:member|activist|volunteer)) (?:of|for|in|with) (?:the |a |an |his |her |their |local )?(?:climate|"
        r"environmental|anti-(?:war|nuclear|racism|fracking|coal|abortion|immigration|Brexit|austerity)|pro-(?:life|choice|democracy|"
        r"Palestinian|Israel|EU)|political|independence|peace|animal[- ]rights|civil[- ]rights|abortion[- ]rights|"
        r"feminist) (?:campaign|movement|protest|march|rally|coalition|blockade)s?\b|\b(?:climate|environmental|"
        r"anti-war|peace|animal[- ]rights|civil[- ]rights|pro-democracy|anti-racism|anti-nuclear|abortion[- ]rights) "
        r"(?:activist|campaigner|protester|protestor)\b|\b(?:at|joined|joining|attended|attending|part of) (?:a|the) "
        r"(?:\w+ )?(?:blockade|sit-in|vigil|die-in) (?:against|for|over|outside|to protest)\b|"
        r"\b(?:his|her|my|their) (?:strong |very |far-)?(?:left-wing|right-wing|far-right|far-left|political) "
        r"(?:views|opinions|beliefs|leanings|affiliation|activism|sympathies)\b|\b(?:very|quite|pretty|staunchly|"
        r"openly) (?:left-wing|right-wing|far-right|far-left)\b|\b(?:left|right)-leaning\b|\bpolitical activist\b|"
        r"\b(?:is|as) a (?:local |town |city |county |parish )?councill?or\b|\b(?:pro-life|pro-choice|"
        r"anti-immigration)\b|\b(?:Extinction Rebellion|Black Lives Matter|Just Stop Oil|Occupy) (?:protest|march|"
        r"activist|member|supporter|rally|action)s?\b|\bvoted (?:yes|no|for|against) (?:\w+ ){0,3}(?:referendum|"
        r"independence)\b|\b" + _POLITICIAN + r" (?:supporter|fan|voter|rally|hat|yard sign|lawn sign|sticker|"
        r"badge)s?\b|\b" + _PARTISAN + r"s?\b",
        "person",
    ),
    (
        # protests named by their cause, without an article ("spends weekends at Free Tibet protests"); bare
        # "protests" are as often a legal filing's ("an answer to protests received in the docket")
        r"\b(?:(?:at|marche[sd] in|marching in|speaks at|spoke at) (?:" + _CAUSE + r" ){1,3}|(?:joins?|joined|joining|"
        r"attends?|attended|attending|goes to|go to|going to|went to) (?:" + _CAUSE + r" ){0,3})(?:protests|rallies|"
        r"marches|demonstrations|demos|vigils|sit-ins|blockades)\b",
        "person",
    ),
    (
        # a role in a party or at its conference ("Delegierter for the CDU", "treasurer of the local Greens")
        # (the roles written out, so that the cue prefilter requires "delegate for", not " for ")
        r"\b(?:delegate|Delegierter|Delegierte|Mitglied|candidate|councillor|councilor|organiser|organizer|official|"
        r"treasurer|chair|chairman|chairwoman|chairperson|secretary|spokesperson|spokesman|spokeswoman|"
        r"representative|agent|canvasser|campaigner|staffer|aide|poll watcher|poll observer|precinct captain|"
        r"campaign manager|intern|whip) (?:of|for|with|from) (?:the )?(?:local )?"
        + _PARTY
        + r"\b"
        + _NOT_THE_PARTY
        + r"|\b(?:at|to|attend(?:s|ing|ed)?|go(?:es|ing)? to|went to|speak(?:s|ing)? at|spoke at) (?:the |a |his |"
        r"her )?(?:\w+ )?(?:party (?:conference|congress|convention)|Parteitag|Landesparteitag|Bundesparteitag)\b",
        "person",
    ),
    (
        # work for an election ("handing out leaflets for Mayor Dwyer's re-election campaign", "out canvassing")
        r"\b(?:leaflets?|leaflet(?:t?ing)|flyers?|pamphlets?|canvass(?:ing|ed|es)?|door-knocking|phone-banking|"
        r"campaign(?:ing|ed)|volunteer(?:ing|ed|s)?|fundrais(?:ing|ed|es|er)|knocking on doors) (?:\w+ ){0,2}?"
        r"(?:for|on|with) (?:the |a |an |his |her )?(?:(?:(?-i:[A-Z])[\w'’.-]*|local) ){0,3}?"
        + _ELECTION
        + r" (?:campaign|bid|run|race|candidate)s?\b|\b(?:leaflets?|leaflet(?:t?ing)|flyers?|pamphlets?|"
        r"canvass(?:ing|ed)?|door-knocking|campaign(?:ing|ed)|volunteer(?:ing|ed|s)?) (?:\w+ ){0,2}?for "
        r"(?:the )?(?:local )?(?:" + _OFFICE + r"|" + _PARTY + _NOT_THE_PARTY + r")|\bout canvassing\b|"
        r"\bcanvassing (?:door[- ]to[- ]door|(?:most|every|some|on|at|in the) (?:\w+ )?(?:evenings?|weekends?|"
        r"nights?|Saturdays?|Sundays?|mornings?))\b",
        "person",
    ),
    (
        # a vote for a named politician, a candidate, or a side of a referendum; a campaign's sticker or badge
        r"\b(?:votes?|voted|voting|will vote|'d vote|would vote) (?:for )?(?:(?:(?-i:[A-Z][a-z]+) )?"
        + _POLITICIAN
        + r"\b|(?:the )?"
        r"(?-i:[A-Z])\w+ (?:candidate|ticket)\b)|\b(?:indyref|referendum|independence)\b[^.!?\n]{0,80}?\b(?:votes?|"
        r"voted|voting) (?:yes|no|leave|remain)\b|\b(?:votes?|voted|voting) (?:yes|no|leave|remain)\b[^.!?\n]{0,80}?"
        r"\b(?:indyref|referendum|independence)\b|\b(?:" + _PARTY + r"|" + _POLITICIAN + r"|(?-i:Yes|Leave|Remain|"
        r"Brexit|Vote [A-Z]\w+)|election|referendum|indyref) (?:stickers?|badges?|pins?|posters?|lawn signs?|"
        r"yard signs?|placards?|t-shirts?|hats?|caps?|rosettes?|" + _MERCH + r"s?)\b",
        "person",
    ),
    (
        # a candidacy named by its election ("stood in the municipal elections", "running for re-election"),
        # partisan roles at the polls, a vote promised to a platform ("he'll vote for whoever scraps it")
        r"\b(?:candidate|stood|stands|standing|ran|runs|running) (?:\w+ ){0,2}?(?:in|at) the (?:\w+ )?"
        r"(?:municipal|local|general|regional|council|state|federal|European|parliamentary|mayoral|legislative|"
        r"midterm|presidential|county|city|school board|provincial|cantonal) elections?\b|\b(?:stood|stands|"
        r"standing|ran|runs|running) for (?:re-?)?election\b(?! (?:to|as|on) (?:the |our |their |a )?(?:\w+ )?(?:board|"
        r"committee|chair|works council))|\bprecinct (?:captain|chair|committee(?:wo)?man)\b|"
        r"\bpoll watcher\b|\b(?:votes?|voted|voting|will vote|'ll vote|'d vote|would vote|never votes?|won't vote) "
        r"(?:for|against) (?:whoever|whichever|anyone|anybody|any (?:candidate|politician|party)|(?:the|a) "
        r"(?:candidate|party|politician|guy|one|side) (?:who|that))\b",
        "person",
    ),
    (
        # an opinion on a political issue, ranted or scorned ("ranting that the carbon tax is a scam")
        r"\b(?:rant(?:s|ed|ing)?|rail(?:s|ed|ing)|fum(?:es|ed|ing)|lectur(?:es|ed|ing)|went off|goes off|going off) "
        r"(?:\w+ ){0,2}?(?:about|against|on|that) (?:the |how |why )?(?:"
        + _ISSUE
        + r"|"
        + _PARTY
        + r"|"
        + _POLITICIAN
        + r")\b|\b(?:"
        + _ISSUE
        + r") (?:is|was|are|were) (?:all )?(?:a |an )?(?:total |complete )?(?:scam|hoax|"
        r"con|fraud|rigged|stolen|lie|sham|disgrace)\b",
        "person",
    ),
)

_FESTIVAL = (
    r"(?-i:Ramadan|Eid(?: al-\w+)?|Iftar|iftar|Shabbat|Sabbath|Passover|Yom Kippur|Rosh Hashanah|Sukkot|Hanukkah|"
    r"Chanukah|Diwali|Navratri|Holi|Vaisakhi|Lent|Ash Wednesday|Hajj|Umrah|Purim|Ganesh Chaturthi|Shavuot|"
    r"Simchat Torah|Tisha B'Av|Mawlid|Ashura|Muharram|Laylat al-Qadr|Janmashtami|Durga Puja|Karva Chauth|"
    r"Gurpurab|Guru Nanak Jayanti|Vesak|Wesak|Paryushan|Khordad Sal|Naw-?R[úu]z|Ridv[áa]n|Nineteen[- ]Day Fast|"
    r"(?:Bahá'í|Baha'i|Orthodox|Coptic|Jain|Jewish|Muslim|Islamic|Hindu|Sikh|Buddhist|Zoroastrian|Parsi) (?:Fast|"
    r"fast|holy days?|High Holy Days|holidays|New Year|festival|Christmas|Easter|Lent|Sabbath))"
)
# places of pilgrimage: "a pilgrimage to Lourdes" tells a faith, "their annual pilgrimage to Dreamforce" does not
_HOLY_PLACE = (
    r"(?:the )?(?-i:Mecca|Makkah|Medina|Madinah|Lourdes|F[áa]tima|Santiago|Compostela|Camino|Jerusalem|the Vatican|"
    r"Vatican|Rome|Varanasi|Benares|Amritsar|Golden Temple|Lumbini|Bodh ?Gaya|Karbala|Najaf|Mashhad|Knock|"
    r"Walsingham|Medjugorje|Cz[ęe]stochowa|Guadalupe|Tirupati|Sabarimala|Kedarnath|Badrinath|Vaishno Devi|"
    r"Haridwar|Rishikesh|Kailash|Mount Athos|Athos|Iona|Western Wall|Kotel|Bethlehem|Nazareth|Assisi|Holy Land|"
    r"Haifa|Shrine|shrine|Ajmer|Nankana Sahib|Kartarpur|Mount Kailash|Uman|Ise)"
)
_PILGRIMAGE = (
    r"(?-i:Hajj|Umrah|Kumbh Mela|Arba'?een|Char Dham Yatra|Amarnath Yatra|Shikoku pilgrimage|Camino(?: de Santiago)?)|"
    r"pilgrimage(?!s? to (?!" + _HOLY_PLACE + r"))"
)
_FAITH = (
    r"(?-i:Muslim|Catholic|Christian|Jewish|Jew|Hindu|Sikh|Buddhist|Mormon|Jehovah's Witness|Quaker|Evangelical|"
    r"Protestant|Orthodox|Baptist|Methodist|Anglican|Pagan|atheist|Atheist|agnostic|Agnostic|Jain|Bahá'í|Baha'i|"
    r"Alevi|Sunni|Shia|Shi'ite|Druze|Zoroastrian|Parsi|Rastafarian|Wiccan|Scientologist|Pentecostal|Lutheran|"
    r"Presbyterian|Amish|Mennonite|Adventist|Hare Krishna|Taoist|Shinto|LDS|Latter[- ][Dd]ay Saints?|"
    r"Seventh-day Adventist|Jehovah's Witnesses|Christian Scientist|Unitarian|Episcopalian|Calvinist|Anabaptist|"
    r"Hutterite|Moravian|Coptic|Maronite|Haredi|Hasid|Salafi|Ismaili|Ahmadi|Sufi|Vaishnav|Shaivite|Confucian|"
    r"Humanist|humanist|Satanist|Druid|Rastafari|freethinker)"
)
_BRANCH = (
    r"(?:evangelical |charismatic |fundamentalist |orthodox |catholic )?(?-i:(?:Sunni|Shia|Shi'a|Greek|Russian|"
    r"Roman|Coptic|Reform|Orthodox|Hasidic|Evangelical|Southern|Tibetan|Zen|Ismaili|Ahmadi|Sufi|Latter-day) )?"
)
_ISM = r"(?:Catholicism|Judaism|Islam|Buddhism|Hinduism|Sikhism|Christianity|Orthodoxy|Protestantism)"
_NOT_A_PERSON = (  # "a Catholic school", "a Muslim-majority country"
    r"(?!-)(?! (?:(?-i:[A-Z])|market|customers?|schools?|hospitals?|charit\w+|organi[sz]ations?|community centre|staff|"
    r"employees|workers|network|users|holidays?|festivals?|calendar|names?|values|ethos|traditions?|texts?|"
    r"scriptures?|music|art|churche?s|temples?|mosques?|synagogues?|cathedrals?|dioceses?|universit\w+|colleges?|"
    r"banks?|groups?|foundations?|trusts?|missions?|orders?|weddings?|ceremon\w+|food|cuisine|restaurants?|"
    r"publishers?|countr\w+|nations?|majority|minority|population|areas?|neighbou?rhoods?|communit\w+))"
)
# what a faith asks its people to wear or carry ("wears his kirpan", "her hijab")
_ARTICLE = (
    r"(?:hijab|headscarf|turban|dastar|patka|kirpan|kara|kippah|kippa|yarmulke|skullcap|taqiyah|niqab|burqa|"
    r"crucifix|rosary(?: beads)?|prayer beads|tallit|tallis|tzitzit|tefillin|tilak|sheitel|tichel)"
)
# a qualifier the lists do not know ("an amritdhari Sikh", "a Sephardic Jew"); not a joining word ("Karen's
# and Christian's offices")
_QUALIFIER = r"(?!(?:and|or|but|nor|the|of|to|in|on|at|for|with|from|by|as|not|than)\b)(?-i:[a-z][\w-]+)"
# the hours of prayer a person keeps ("only checks email after Vespers", "leaves for the evening minyan")
_PRAYER_HOUR = (
    r"(?:the )?(?:morning |evening |afternoon |daily |dawn )?(?:Vespers|Compline|Matins|Lauds|evensong|minyan|"
    r"Mincha|Maariv|Shacharit|Fajr|Maghrib|(?:Isha|Asr|Dhuhr|Zuhr|Fajr|Maghrib) (?:prayers?|namaz)|Jumm?ah|"
    r"Jumu'ah|tarawih|taraweeh|namaz|puja|pooja|aarti|satsang|kirtan|morning prayers|evening prayers|"
    r"confession|Sunday service|(?:Sunday|Friday|Sabbath) worship)"
)
# an office in a congregation ("an elder at his Pentecostal church", "the organist at St Mary's church")
_CONGREGATION_ROLE = (
    r"(?:elder|deacon|deaconess|churchwarden|warden|lay reader|lay preacher|lay minister|cantor|choirmaster|"
    r"choir (?:director|leader|member)|organist|verger|sexton|sacristan|altar server|usher|trustee|treasurer|"
    r"volunteer|youth leader|youth pastor|worship leader|Sunday school teacher|bell-?ringer|imam|rabbi|priest|"
    r"pastor|minister|vicar|granthi|sevadar|muezzin|gabbai)"
)
# who serves a faith, by title ("Rabbi Cohen", "Father Brennan") or order ("a Benedictine monk"); "Brother" and
# "Sister" are as often a fraternity's ("Brother Skilling is at it again") or a firm's ("Lehman Brother")
_CLERGY_TITLE = (
    r"(?-i:\b(?:Rabbi|Imam|Reverend|Rev\.|Pastor|Fr\.|Father|Swami|Lama|Sheikh|Shaykh|Mullah|"
    r"Monsignor|Abbot|Abbess|Friar|Bhikkhu|Ayatollah) (?!(?:Industries|International|Corp\w*|Act|Sledge|Christmas|"
    r"Time|Nature|Earth|Ship|Company|City|Printer\w*|Inc)\b)[A-Z][a-z]+)"
)
_ORDER = (
    r"(?-i:Benedictine|Franciscan|Jesuit|Carmelite|Cistercian|Trappist|Augustinian|Capuchin|Salesian|Poor Clare|"
    r"Ursuline|Dominican(?= (?:friar|nun|sister|brother|priest|monk)))"
)
_CLERIC = (
    r"(?:priest|pastor|imam|rabbi|vicar|deacon|nun|monk|friar|abbot|abbess|chaplain|cantor|granthi|lama|swami|"
    r"sadhu|mullah|muezzin|seminarian|lay preacher|minister of religion)"
)
RELIGION = (
    (
        r"\b(?:fasting|fasts|fast|observ(?:es|ing|ant)|celebrat(?:es|ing)|keeps|keeping|marks|marking|for|during|"
        r"over|off for|away for|out for|break(?:ing)? (?:the )?fast(?: for)?|prays? (?:during|for)) (?:the )?"
        r"(?:holy month of )?" + _FESTIVAL + r"\b",
        "people",
    ),
    (
        # a pilgrimage made ("performing Hajj", "back from Umrah", "went on the Kumbh Mela")
        r"\b(?:perform(?:s|ing|ed)?|doing|did|making|made|(?:going|gone|went|be|is|was|'s|'ll be) on|back from|"
        r"returning from|home from|off on|away on) (?:the |his |her |my |their |a )?(?:" + _PILGRIMAGE + r")\b",
        "people",
    ),
    (
        r"(?:\b(?:a|an|is|are|was|were|as a|as an|being|devout|practi[sc]ing|observant|lapsed|born-again|strict|"
        r"orthodox|converted to|convert to|raised|family is|family are)|'s|'re) (?:devout |practi[sc]ing |"
        r"observant |strict |committed |both |all )?(?:"
        + _QUALIFIER
        + r" )?"
        + _BRANCH
        + _FAITH
        + r"\b"
        + _NOT_A_PERSON,
        "person",
    ),
    (
        r"\b(?:goes|go|went|going) to (?:church|mosque|synagogue|temple|gurdwara|Mass|chapel|Friday prayers)\b|"
        # ("for mass adoption" is a market's: the rite keeps its capital)
        r"\b(?:at|from|after|before|to|for|during) (?:church|(?-i:Mass)|mosque|synagogue|gurdwara|shul|Friday prayers|"
        + _PRAYER_HOUR
        + r")\b|\b(?:his|her|my|their) (?:local |home |own |new |old |(?-i:[A-Z])[\w'-]+ )?(?:church|mosque|"
        r"synagogue|temple|gurdwara|parish|congregation|chapel|shul|mandir|kingdom hall|meeting house)\b(?!-)|"
        r"\bbible study\b|\b(?:church choir|Sunday[- ](?:service|school|mass)|mass on Sundays|Friday prayers)\b|"
        r"\b" + _CONGREGATION_ROLE + r" (?:at|of|in|for) (?:his|her|my|their|the|a|(?-i:St\.? [A-Z]\w+'?s?)) "
        r"(?:local )?(?:[\w'.-]+ ){0,3}?(?:church|mosque|synagogue|temple|gurdwara|parish|congregation|chapel|shul|"
        r"mandir|kirk|cathedral|kingdom hall|meeting house|abbey)\b(?!-)",
        "person",
    ),
    (
        r"\b(?:wears?|wearing|carr(?:y|ies|ying)) (?:a |an |his |her |their )?"
        + _ARTICLE
        + r"\b|\b(?:his|her|my) "
        + _ARTICLE
        + r"\b|"
        r"\b(?:eats|keeps|eat|keep|only) (?:strictly )?(?:halal|kosher)\b|\b(?:halal|kosher) (?:meals?|food|"
        r"menu|options?|catering|restaurant)\b|\bprayer (?:room|break|times|mat)\b|\b(?:to|will|must|needs to) "
        r"pray\b|\bprays? (?:five times|daily|at)\b",
        "people",
    ),
    (
        r"\b(?:his|her|my) (?:religious |christian |muslim |jewish )?(?:faith|religion|beliefs?\b(?! (?:that|is|"
        r"are|was|were|about|on)\b))\b(?! in)|"
        r"\b(?:religious|faith) (?:holiday|festival|observance|reasons|grounds|beliefs?)\b|\b(?:is|as) a (?:priest|"
        r"pastor|imam|rabbi|vicar|deacon|nun|monk|lay preacher)\b|\b(?:bar|bat) mitzvah\b|\bchristening\b|"
        r"\bdoesn'?t believe in god\b|\b(?:has|have|had|follows?|practi[sc]es?) no religion\b|\bno religion (?:of any "
        r"kind|at all|whatsoever)\b|\b(?:is|'s|am|'m|was|isn't|is not|wasn't|not) (?:at all |remotely |particularly |"
        r"very |deeply |quite |a bit )?(?:religious|a believer)\b(?! (?:about|when it comes|in|with|over))|"
        r"\bpilgrimage to "
        + _HOLY_PLACE
        + r"\b|\b(?:converted|converting|convert|conversion) to "
        + _ISM
        + r"|\b(?:practi[sc]es|follows|practi[sc]ing) "
        + _ISM,
        "person",
    ),
    (
        # religious orders ("a former Jesuit", "a Carmelite nun"); ordination
        r"\b(?:an?|is|was|'s|as an?|fellow) (?:former |devout |lay )?"
        + _ORDER
        + r"(?: (?:monk|nun|friar|brother|sister|priest|father|novice|oblate))?\b"
        + _NOT_A_PERSON
        + r"|\b(?:was|got|been|being|is|be) ordained\b",
        "person",
    ),
    (
        # someone said to be clergy: the cleric is the person ("Anselm, a Benedictine monk who runs the books")
        r"\b(?:(?:is|as|was|'s|became|becoming|ordained as|trained as) (?:an? |the )|, an? )(?:[\w-]+ ){0,2}?"
        + _CLERIC
        + r"s?\b",
        "self",
    ),
    (_CLERGY_TITLE, "self"),  # the title names its holder: "Rabbi Cohen will join"
    (
        # a faith's rites kept by a person: prayers said, mourning kept, sacraments taken
        r"\b(?:saying|says|said|say|recit(?:e|es|ed|ing)|pray(?:s|ed|ing)?) (?:the )?(?:Kaddish|rosary|novena|Shema|"
        r"namaz|Hail Marys?|Sukhmani Sahib|Japji Sahib|Gayatri Mantra|Hanuman Chalisa|Salat|salat)\b|\bKaddish\b|"
        r"\b(?:sit(?:s|ting)?|sat) shiva\b|\byahrzeit\b|\bminyan\b|\bdaven(?:s|ing|ed)?\b|\b(?:his|her|my|their|"
        r"(?:son|daughter|grandson|granddaughter|nephew|niece|baby|kid)'s) (?:first (?:holy )?communion|confirmation "
        r"(?:service|mass|class)|baptism|bris|brit milah|christening|naming ceremony|sacred thread ceremony|"
        r"upanayana|nikah|aqiqah|janazah|Amrit Sanchar)\b|\b(?:goes|go|went|going) to confession\b|\b(?:took|takes|"
        r"taking|take|receiv(?:e|es|ed|ing)) (?:holy )?communion\b|\b(?:got|was|been|being|be|getting) (?:re-?)?"
        r"bapti[sz]ed\b|\btith(?:es|ing|ed)\b|\btook Amrit\b|\b(?:did|does|doing|do|perform(?:s|ed|ing)?) "
        r"(?:the |a |his |her |their )?(?:puja|pooja|havan|aarti|shraddha|namaz|wudu|ablutions)\b",
        "people",
    ),
)
