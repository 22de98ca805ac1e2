import type { Source } from '@parley/core';

/**
 * Sources added to the chronology's S1–S71 for the observations and the events of June–October 2016
 * (S72 on). Each is a stored public page with its full address; where it is a mirror or a wire report
 * rather than the monitor's or the UN's own text, the title says so.
 */
export const SOURCES_2016: Readonly<Record<string, Source>> = {
  S72: {
    title: 'SOHR: About 4700 people killed in January, 2016',
    url: 'http://www.syriahr.com/en/?p=43826',
    date: '2016-02-01',
  },
  S73: {
    title: 'Guía ONGs: casi 4.700 sirios perdieron la vida en enero (SOHR; 4,633 in December 2015)',
    url: 'https://guiaongs.org/noticias/casi-4-700-sirios-perdieron-la-vida-en-enero',
    date: '2016-02-01',
  },
  S74: {
    title: 'Faro de Vigo: 55.000 muertos en 2015 (SOHR annual count)',
    url: 'http://www.farodevigo.es/mundo/2016/01/02/55000-muertos-mitad-civiles-guerra/1378989.html',
    date: '2016-01-02',
  },
  S75: {
    title:
      'EFE via Tres Líneas: pese al alto el fuego, más de 2.600 personas murieron en Siria durante marzo (SOHR)',
    url: 'https://www.treslineas.com.ar/pese-alto-fuego-2600-personas-murieron-siria-durante-marzo-n-1380172.html',
    date: '2016-04-01',
  },
  S76: {
    title: 'EFE via JNN: 2.658 muertos en Siria en marzo, mes en que estuvo vigente el alto el fuego (SOHR)',
    url: 'https://jnn-digital.blogspot.com/2016/04/2658-muertos-en-siria-en-marzo-mes-en.html',
    date: '2016-04-01',
  },
  S77: {
    title: 'Onda Cero: al menos 4.823 muertos por la violencia en junio en Siria (SOHR)',
    url: 'https://amp.ondacero.es/noticias/mundo/menos-4823-muertos-violencia-mes-junio-siria_201607015776656f4beb28a1dc335166.html',
    date: '2016-07-01',
  },
  S78: {
    title: 'Fuente Latina: cerca de 1.500 civiles murieron en julio en la guerra de Siria (SOHR: 4,794)',
    url: 'https://fuentelatina.org/cerca-1-500-civiles-murieron-julio-la-guerra-siria/',
    date: '2016-08-01',
  },
  S79: {
    title: 'RaiNews: a settembre 3.686 i morti in Siria; ad agosto 4.475 (SOHR)',
    url: 'https://www.rainews.it/dl/rainews/articoli/ContentItem-0f6650e7-4623-415d-89e0-f41969c2a788.html?refresh_ce',
    date: '2016-10-01',
  },
  S80: {
    title: 'SOHR: 1200 civilian casualties are among about 3700 killed in September 2016',
    url: 'https://www.syriahr.com/en/51676/',
    date: '2016-10-01',
  },
  S81: {
    title: 'Reporte Noreste (hoy.es): cuatro mil muertos en Siria en el mes de octubre (SOHR: 4,527)',
    url: 'https://reportenoreste.com/2016/11/01/cuatro-mil-muertos-en-siria-en-el-mes-de-octubre/?amp=1',
    date: '2016-11-01',
  },
  S82: {
    title: 'SNHR: Tod von 1.771 Personen im Oktober 2015',
    url: 'https://snhr.org/blog/2015/11/02/tod-von-1-771-personen-im-oktober-2015',
    date: '2015-11-02',
  },
  S83: {
    title: 'SNHR: 1.481 Tote im November 2015',
    url: 'https://snhr.org/blog/2015/12/02/19891',
    date: '2015-12-02',
  },
  S84: {
    title: 'SNHR: the killing of 872 civilians in May 2016',
    url: 'https://snhr.org/blog/2016/06/01/22387/',
    date: '2016-06-01',
  },
  S85: {
    title: 'SNHR: 1106 civilians killed in October 2016 (via World News Forum)',
    url: 'https://worldnewsforum.org/syrian-network-for-human-rights-10/',
    date: '2016-11-01',
  },
  S86: {
    title: 'VDC: October 2016 statistics (via Yalla Souriya)',
    url: 'https://yallasouriya.wordpress.com/2016/11/10/syria-october-statistics-via-vdc/',
    date: '2016-11-10',
  },
  S87: {
    title: "The New Arab: UN officially declares Syria's east Aleppo 'besieged'",
    url: 'https://newarab.com/news/un-officially-declares-syrias-east-aleppo-besieged',
    date: '2016-10-06',
  },
  S88: {
    title: "Arab News: UN declares east Aleppo 'besieged'",
    url: 'https://arabnews.com/node/994156/amp',
    date: '2016-10-05',
  },
  S89: {
    title:
      'Report of the Secretary-General on resolutions 2139, 2165, 2191 and 2258, data for August 2016 (RSS mirror)',
    url: 'https://updates41640.rssing.com/chan-47765638/article123.html',
    date: '2016-09-21',
  },
  S90: {
    title: 'SOHR: more than 610 casualties in Aleppo during the first month of battles at the outskirts',
    url: 'https://www.syriahr.com/en/50090/',
    date: '2016-08-31',
  },
  S91: {
    title: 'SOHR: about 9500 civilians killed and wounded during four months of bombardment of Aleppo',
    url: 'http://www.syriahr.com/en/?p=49721',
    date: '2016-08-22',
  },
  S92: {
    title: "Sout al-Omma: O'Brien's statement of 19 September 2016 on the convoy held at the border",
    url: 'https://www.masress.com/soutelomma/1362769',
    date: '2016-09-19',
  },
  S93: {
    title: "Stephen O'Brien's statement to the UN Security Council, 22 August 2016 (Safeguarding Health)",
    url: 'https://www.safeguardinghealth.org/stephen-obriens-statement-un-security-council',
    date: '2016-08-22',
  },
  S94: {
    title: 'SANA via Heart of Orient: aid delivered to Madaya, al-Zabadani, Kefraya and al-Foua (25 Sep)',
    url: 'http://heartoforient.blogspot.com/2016/09/aid-delivered-to-madaya-and-al-zabadani.html',
    date: '2016-09-25',
  },
  S95: {
    title: 'SOHR: about 70 trucks of aid to enter Madaya, Zabadani, al-Fu’ah and Kafriya simultaneously',
    url: 'http://www.syriahr.com/en/?p=51152',
    date: '2016-09-25',
  },
  S96: {
    title:
      "ABC News: US not seeking 'regime change' in Syria, John Kerry says after meeting with Russian President",
    url: 'https://abcnews.go.com/International/john-kerry-meets-russian-president-vladimir-putin-seek/story?id=35782171',
    date: '2015-12-15',
  },
  S97: {
    title: 'Jerusalem Post (Reuters): Germany says Syria cease-fire talks to take place this afternoon',
    url: 'https://www.jpost.com/breaking-news/germany-says-syria-cease-fire-talks-to-take-place-this-afternoon-445482',
    date: '2016-02-19',
  },
  S98: {
    title: 'VOA via GlobalSecurity: US, Russia launch cease-fire talks',
    url: 'https://www.globalsecurity.org/wmd/library/news/syria/2016/syria-160219-voa01.htm',
    date: '2016-02-19',
  },
  S99: {
    title: 'The Guardian: first aid convoy enters besieged Darayya since 2012',
    url: 'https://www.theguardian.com/world/2016/jun/01/syria-crisis-first-aid-convoy-enters-besieged-daraya-since-2012',
    date: '2016-06-01',
  },
  S100: {
    title:
      'VOA via GlobalSecurity: Syria cease-fire not dead yet, diplomats contend (Kirby readout of 20 Sep)',
    url: 'https://www.globalsecurity.org/wmd/library/news/syria/2016/syria-160920-voa01.htm',
    date: '2016-09-20',
  },
  S101: {
    title: "Al-Monitor: US, UN say Syria cease-fire 'not dead' after strike on aid convoy",
    url: 'https://www.al-monitor.com/originals/2016/09/syria-ceasefire-not-dead-strike-aid-convoy.html',
    date: '2016-09-20',
  },
  S102: {
    title:
      "AP via New Jersey Herald: UN aid reaches only 30 percent of Syrians in besieged areas (O'Brien, 30 Mar)",
    url: 'https://www.njherald.com/story/news/nation-world/2016/03/30/un-aid-reaches-only-30/2850310007/',
    date: '2016-03-30',
  },
  S103: {
    title: "Al Arabiya: aid to Syria's besieged boosted since ceasefire (10 of 18 areas)",
    url: 'https://english.alarabiya.net/News/middle-east/2016/03/30/Aid-to-Syria-s-besieged-boosted-since-ceasefire-',
    date: '2016-03-30',
  },
  S104: {
    title:
      'Reuters via Jerusalem Post: Syrian Observatory recorded no deaths in first 48 hours of Syria truce',
    url: 'https://www.jpost.com/breaking-news/syrian-observatory-recorded-no-deaths-in-first-48-hours-of-syria-truce-467731',
    date: '2016-09-14',
  },
  S105: {
    title:
      'Xinhua via China.org.cn: humanitarian actors plan to reach more Syrian besieged areas (Egeland, 2 Jun)',
    url: 'http://en.chinagate.cn/2016-06/03/content_38592129.htm',
    date: '2016-06-02',
  },
  S106: {
    title: "AFP via News24: population of hard-to-reach Syrians hits 5 million (O'Brien, 23 Jun)",
    url: 'https://www.news24.com/World/News/population-of-hard-to-reach-syrians-hits-5-million-20160623',
    date: '2016-06-23',
  },
  S107: {
    title: 'Xinhua via China.org.cn: over 1 mln Syrians receive aid so far this year (Egeland, 21 Jul)',
    url: 'http://en.chinagate.cn/2016-07/21/content_38932567.htm',
    date: '2016-07-21',
  },
  S108: {
    title: 'AP via Arkansas Online: U.S. suspends contacts with Russia on Syria',
    url: 'http://www.arkansasonline.com/news/2016/oct/03/us-suspends-contacts-russia-syria/',
    date: '2016-10-03',
  },
  S109: {
    title:
      'Xinhua via China.org.cn: OCHA, 13.5 mln people need protection in Syria (393,700 besieged, 4.5 m hard to reach)',
    url: 'http://en.chinagate.cn/2015-10/30/content_36939589.htm',
    date: '2015-10-30',
  },
  S110: {
    title: 'UN press release SC/12223: Security Council briefing on Syria, 27 January 2016',
    url: 'https://press.un.org/en/2016/sc12223.doc.htm',
    date: '2016-01-27',
  },
  S111: {
    title: 'Voice of America editorial: cessation of hostilities in Syria',
    url: 'https://editorials.voa.gov/amp/cessation-of-hostilities-in-syria/3208927.html',
    date: '2016-02-27',
  },
  S112: {
    title: 'Daily Sabah (Reuters): Geneva talks may not resume on Feb. 25, UN Syria envoy says',
    url: 'https://dailysabah.com/syrian-crisis/2016/02/19/geneva-talks-may-not-resume-on-feb-25-un-syria-envoy-says/amp',
    date: '2016-02-19',
  },
  S113: {
    title:
      'Ruptly via VBox7: new round of intra-Syria peace talks expected to start April 13th (de Mistura, 8 Apr)',
    url: 'https://www.vbox7.com/play:e24a928b78&pos=pool_48',
    date: '2016-04-08',
  },
  S114: {
    title: 'Al-Fagr via Masress: de Mistura, the next round of Geneva talks starts on 13 April',
    url: 'https://www.masress.com/elfagr/3093520',
    date: '2016-04-08',
  },
  S115: {
    title: "L'Osservatorio: convoglio bloccato, civili in attesa di aiuto (Darayya, 12 May)",
    url: 'https://www.losservatorio.org/it/civili-in-conflitto/rassegna-web/item/533-convoglio-bloccato-civili-in-attesa-di-aiuto',
    date: '2016-05-13',
  },
  S116: {
    title: 'WAM via Emirates News Releases: WFP food reaches families in the besieged town of Darayya',
    url: 'https://www.emiratesnewsreleases.com/wfp-food-reaches-families-in-the-besieged-town-of-darayya/',
    date: '2016-06-10',
  },
  S117: {
    title: 'TRT World: US and Russia closer to new Syria ceasefire after talks (Geneva, 26 Aug)',
    url: 'https://www.trtworld.com/mea/us-and-russia-closer-to-new-syria-ceasefire-after-talks-173422',
    date: '2016-08-26',
  },
  S118: {
    title: 'Business Recorder (Reuters): US and Russia fail to close deal on ending violence in Syria',
    url: 'https://brecorder.com/news/amp/4430835',
    date: '2016-08-28',
  },
  S119: {
    title: 'Haaretz: Assad approves U.S.-Russia plan to end Syrian war (SANA, 10 Sep)',
    url: 'https://www.haaretz.com/middle-east-news/assad-approves-u-s-russia-plan-to-end-syrian-war-1.5430760',
    date: '2016-09-10',
  },
  S120: {
    title:
      "9News (AFP): Syria government reportedly 'approves' US-Russia truce deal; the HNC awaits the text",
    url: 'https://www.9news.com.au/world/2016/09/11/04/09/syria-government-reportedly-approves-us-russia-truce-deal',
    date: '2016-09-10',
  },
  S121: {
    title:
      'UN press release SC/12545: Security Council fails to adopt two draft resolutions on Syria (7785th meeting)',
    url: 'https://press.un.org/en/2016/sc12545.doc.htm',
    date: '2016-10-08',
  },
  S122: {
    title: "RFE/RL: Russia vetoes France's draft UN resolution on Syria; Russian draft rejected",
    url: 'https://rferl.org/amp/russia-vetos-france-un-resolution-aleppo-syria/28040146.html',
    date: '2016-10-08',
  },
  S123: {
    title: 'Daily Sabah: no hope left for truce amid fiercest airstrikes yet on Aleppo',
    url: 'https://www.dailysabah.com/mideast/2016/09/24/no-hope-left-for-truce-amid-fiercest-airstrikes-yet-on-aleppo/amp',
    date: '2016-09-24',
  },
  S124: {
    title:
      'Spokesman-Review (Washington Post): Syrian and Russian airstrikes continue major offensive to take back Aleppo',
    url: 'https://spokesman.com/stories/2016/sep/24/syrian-and-russian-airstrikes-continue-major-offen',
    date: '2016-09-24',
  },
  S125: {
    title:
      'Reuters via Breitbart: Putin says Russians to start withdrawing from Syria, as peace talks resume ("the first of three rounds")',
    url: 'https://www.breitbart.com/middle-east/2016/03/14/putin-says-russians-to-start-withdrawing-from-syria-as-peace-talks-resume/',
    date: '2016-03-14',
  },
  S126: {
    title:
      'The Aleppo Project: timeline, May 2016 (the 48-hour truce of 5 May, renewed twice; fighting resumed 12 May)',
    url: 'http://www.thealeppoproject.com/may-2016/',
  },
  S127: {
    title: "Reuters: Kerry says U.S., Russia 'evaluating mutual ideas' to stop Syria civil war (23 Sep)",
    url: 'http://www.reuters.com/article/us-mideast-crisis-syria-kerry-idUSKCN11T273',
    date: '2016-09-23',
  },
  S128: {
    title: 'Gant News (CNN): Kerry demands immediate action from Russia and Syria on ceasefire',
    url: 'https://gantnews.com/2016/09/23/kerry-demands-immediate-action-from-russia-and-syria-on-ceasefire/amp',
    date: '2016-09-23',
  },
  S129: {
    title:
      'Sputnik: Lavrov, Kerry holding talks in New York (Lavrov: the Deir ez-Zor strike a flagrant violation)',
    url: 'https://sputniknews.com/politics/201609221045573000-lavrov-kerry-talk-syria/',
    date: '2016-09-21',
  },
  S130: {
    title: 'SOHR: the 5th day of the ceasefire agreement ends with human losses and violations',
    url: 'https://www.syriahr.com/en/50770/',
    date: '2016-09-17',
  },
  S131: {
    title:
      'Zawaya (Kuwait): SOHR counts 4,215 killed in Syria in October 2015 (960 civilians), in the fighting and the Russian air strikes',
    url: 'http://zawayakw.com/305.htm',
  },
  S132: {
    title: 'Arabi21: about 4,182 killed in Syria in November 2015 (SOHR; 1,053 civilians)',
    url: 'https://arabi21.co/story/876641/4000-%D9%82%D8%AA%D9%8A%D9%84-%D9%81%D9%8A-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D8%AE%D9%84%D8%A7%D9%84-%D8%B4%D9%87%D8%B1-%D8%AA%D8%B4%D8%B1%D9%8A%D9%86-%D8%A7%D9%84%D8%AB%D8%A7%D9%86%D9%8A',
    date: '2015-12-01',
  },
  S133: {
    title: 'Al Wasat (Reuters): de Mistura aims to start the next round of talks on 9 April (24 Mar)',
    url: 'http://alwasatnews.com/news/1094386.html',
    date: '2016-03-24',
  },
  S134: {
    title:
      'Reuters: U.N. envoy heads to Moscow; talks expected to resume on April 11, missing the "target date" of April 9',
    url: 'http://www.reuters.com/article/us-mideast-crisis-syria-un-idUSKCN0X216N',
    date: '2016-04-05',
  },
  S135: {
    title: 'UN Geneva: Statement of the International Syria Support Group, Vienna, 17 May 2016 (full text)',
    url: 'https://ungeneva.org/fr/news-media/press-release/2016/05/statement-international-syria-support-group',
    date: '2016-05-17',
  },
  S136: {
    title: 'Atlantic Council (SyriaSource): The latest from Vienna — the statement on civilian protection',
    url: 'https://www.atlanticcouncil.org/blogs/syriasource/the-latest-from-vienna/',
    date: '2016-05-18',
  },
  S137: {
    title: "UNOG: the Special Envoy's remarks after the ISSG meeting, New York, 22 September 2016",
    url: 'http://www.unog.ch/unog/website/news_media.nsf/(httpNewsByYear_en)/35D8B96DAD38C290C12580370035EA1F?OpenDocument&cntxt=6F5A6&cookielang=en',
    date: '2016-09-22',
  },
  S138: {
    title: "OCHA (ReliefWeb): O'Brien condemns the attack on the UN/SARC convoy at Urum al-Kubra",
    url: 'https://m.reliefweb.int/report/1700831',
    date: '2016-09-19',
  },
  S139: {
    title:
      'Voltaire Network: remarks of Lavrov and Kerry after their talks in Moscow, 15 Dec 2015 (transcript)',
    url: 'https://www.voltairenet.org/article189661.html',
    date: '2015-12-15',
  },
  S140: {
    title: 'Radio Utopie: Geneva Syria talks on 13 April (the round planned for 11 April slips again)',
    url: 'https://nachrichtenagentur.radio-utopie.de/newsagency/genfer-syrien-verhandlungen-am-13-april',
    date: '2016-04-08',
  },
  S141: {
    title:
      'TASS: the "silence regime" in force from 01:00 in Eastern Ghouta (24 hours) and northern Latakia (72 hours)',
    url: 'https://tass.com/world/873479',
    date: '2016-04-30',
  },
  S142: {
    title: 'Xinhua via China.org.cn: Syrian army announces "regime of silence" in certain hotspots (29 Apr)',
    url: 'http://en.chinagate.cn/2016-04/29/content_38354345.htm',
    date: '2016-04-29',
  },
  S143: {
    title:
      'PressTV (mirror): 135 killed in the truce areas; de Mistura said on 3 March the talks would likely resume on 9 March',
    url: 'https://599046384.r.worldcdn.net/Detail/2016/03/05/453957/Syria-truce-observatory-de-Mistura',
    date: '2016-03-05',
  },
  S144: {
    title:
      'ABC News (AFP): 135 killed in areas covered by the truce in the first week; talks officially set to begin on 10 March',
    url: 'https://www.abc.net.au/news/2016-03-06/135-killed-in-first-week-of-syria-truce-monitor-says/7224072',
    date: '2016-03-06',
  },
  S145: {
    title:
      "dpa via GN-Online: almost a million Syrians live in besieged areas (O'Brien to the Security Council, November 2016: 974,000)",
    url: 'http://gn-online.de/nachrichten/unfast-eine-million-syrer-leben-in-belagerten-gebieten-173852.html',
  },
  S146: {
    title:
      'Gulf Times (AFP): Syria ceasefire task force to meet in Geneva; the HNC says the government broke the cessation 15 times on the first day',
    url: 'https://www.gulf-times.com/story/481804/syria-ceasefire-task-force-to-meet-in-geneva/amp',
    date: '2016-02-29',
  },
};
