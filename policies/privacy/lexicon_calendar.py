"""The religious calendar of the world's main faiths, for the religion cues (:mod:`.lexicon_religion`).

- :data:`FESTIVAL`: festivals, fasts and holy days that only their faithful keep, so that being off for one,
  or fasting during one, tells a faith ("off for Sukkot", "during Navratri", "home for Vaisakhi");
- :data:`HOLY_DAY`: holy days that are also public holidays where a rep works (Good Friday, Pentecost,
  All Saints' Day): "off for Ascension Day" is a day off like any other, so only keeping one tells a faith
  ("observes Good Friday", "fasts through Advent");
- :data:`RITE_THING`: what a festival is kept with ("eats in the sukkah", "the Passover seder", "suhoor"); a
  rakhi only as it is tied, since Rakhi is also a given name.

Festivals that are mostly cultural (Lunar New Year, Nowruz, Songkran, Christmas, Easter) are left out: a
plant shut for Lunar New Year or a Diwali bonus tells nothing about anyone's faith. Names keep their
capitals, which the everyday words they resemble ("lent", "holi") lack.
"""

from __future__ import annotations

_JEWISH = (
    r"Shabbat|Shabbos|Sabbath|Passover|Pesach|Yom Kippur|Rosh Hashan(?:ah|a)|Sukkot|Succot|Sukkos|Shemini Atzeret|"
    r"Simchat Torah|Hanukk?ah|Chanukk?ah|Tu B'?[Ss]hvat|Purim|Shavuot|Shavuos|Tisha B'?[Aa]v|Lag Ba?'?[Oo]mer|"
    r"Rosh Chodesh|Sigd|the High Holy Days|the High Holidays|the Days of Awe"
)
_MUSLIM = (
    r"Ramadan|Ramazan|Ramzan|Eid(?: al-\w+| ul-\w+| el-\w+)?|Bakri ?Eid|Bakrid|Hari Raya(?: \w+)?|Lebaran|"
    r"(?:Kurban|Şeker|Seker|Ramazan) Bayram[ıi]?|Iftar|iftar|Hajj|Umrah|Mawlid|Milad(?: un-| an-)Nabi|Ashura|"
    r"Muharram|Laylat al-Qadr|Lailat al-Qadr|Isra and Mi'?raj|Lailat al-Mi'?raj|Shab-e-Barat|Shab-e-Qadr|"
    r"Day of Arafah?|Arbaeen|Arba'een"
)
_HINDU = (
    r"Diwali|Deepavali|Navratri|Navaratri|Holi|Durga Puja|Dussehra|Dasara|Ganesh Chaturthi|Janmashtami|"
    r"Raksha Bandhan|Karva Chauth|Karwa Chauth|Maha ?Shivaratri|Shivratri|Ram Navami|Pongal|Makar Sankranti|Onam|"
    r"Chhath(?: Puja)?|Teej|Thaipusam|Ugadi|Gudi Padwa|Vishu|Dhanteras|Bhai Dooj|Govardhan Puja|Hanuman Jayanti|"
    r"Rath Yatra|Ekadashi|Guru Purnima|Vasant Panchami|Saraswati Puja|Lakshmi Puja|Kali Puja|Chaitra Navratri"
)
_SIKH = (
    r"Vaisakhi|Baisakhi|Gurpurab|Gurpurb|Guru Nanak Jayanti|Bandi Chhor Divas|Hola Mohalla|Guru Gobind Singh Jayanti"
)
_BUDDHIST_JAIN = (
    r"Vesak|Wesak|Buddha Purnima|Buddha Day|Bodhi Day|Losar|Magha Puja|Makha Bucha|Asalha Puja|Vassa|Kathina|"
    r"Obon|Ullambana|Uposatha|Poson|Paryushan|Paryushana|Das Lakshana|Mahavir Jayanti|Samvatsari"
)
_OTHER = (
    r"Khordad Sal|Pateti|Naw-?R[úu]z|Ridv[áa]n|Ayy[áa]m-i-H[áa]|Nineteen[- ]Day (?:Fast|Feast)|the Birth of the B[áa]b|"
    r"Samhain|Beltane|Imbolc|Ostara|Litha|Lughnasadh|Mabon|Grounation Day|Hatsum[ōo]de|Shichi-Go-San"
)
# Christian seasons of fasting and penance that no one keeps by accident ("gave up coffee for Lent")
_CHRISTIAN = (
    r"Lent|Great Lent|Ash Wednesday|Holy Week|Maundy Thursday|Holy Saturday|Pascha|Theophany|Timkat|Meskel|"
    r"Fasika|Genna|Ganna|the Nativity Fast|the Dormition Fast|the Daniel Fast"
)
FESTIVAL = (
    r"(?-i:"
    + "|".join((_JEWISH, _MUSLIM, _HINDU, _SIKH, _BUDDHIST_JAIN, _OTHER, _CHRISTIAN))
    + r"|(?:Bahá'í|Baha'i|Orthodox|Coptic|Ethiopian|Armenian|Jain|Jewish|Muslim|Islamic|Hindu|Sikh|Buddhist|"
    r"Zoroastrian|Parsi) (?:Fast|fast|holy days?|High Holy Days|holidays|New Year|festival|Christmas|Easter|Lent|"
    r"Sabbath))"
)
# the same names in any case, for chat that writes them in lower case ("she doesnt work on shavuot"): only
# after a verb that keeps the day, where the everyday words some resemble ("lent", "holi") do not stand
FESTIVAL_ANY_CASE = "(?:" + "|".join((_JEWISH, _MUSLIM, _HINDU, _SIKH, _BUDDHIST_JAIN, _OTHER, _CHRISTIAN)) + ")"
HOLY_DAY = (
    r"(?-i:Good Friday|Palm Sunday|Easter Sunday|Pentecost|Whitsun(?:day)?|Ascension Day|Epiphany|Candlemas|"
    r"All Saints'? Day|All Souls'? Day|Advent|Yule|Corpus Christi|the (?:Feast|Solemnity) of (?:the |St\.? )?"
    r"[A-Z]\w+(?: [A-Z]\w+)?)"
)
RITE_THING = (
    r"(?:sukk(?:ah|a|os)|lulav|etrog|(?:Passover |the |a |our |their |his |her )seder|suhoor|suhur|sehri|sahur|"
    r"(?:the |a |his |her |their )?(?:Hanukkah |Chanukah )?menorah|(?:ties|tied|tying) (?:a |the )?rakhi|"
    r"rakhi (?:thread|string)|(?:Eid|Diwali|Lakshmi|Durga|Chhath) "
    r"(?:prayers|puja|namaz)|(?:ash|ashes) on (?:his|her|my|their) forehead|palm cross(?:es)?|tashlich|kapparot|"
    r"(?:Navratri|Ramadan|Lenten|Ekadashi|Karva Chauth) fast)"
)
