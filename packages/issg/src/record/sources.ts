import type { Source } from '@parley/core';
import { SOURCES_2016 } from './sources-2016.js';

/**
 * The sources of issg-chronology.md by key (S1–S71), and those added for the observations and the
 * events of 2015–2016 (S72 on, `SOURCES_2016`), as `meta.source` objects. Every URL is an address with a
 * path (no bare domain): where the chronology abbreviated one or gave a bare domain, the stored page
 * was found and its address entered, preferring the primary text (the UN, the State Department, the
 * Kremlin, OCHA, the Special Envoy) and keeping mirrors and wire reports as second sources. A few of the
 * chronology's short addresses (`jpost.com/445994`, `trtworld.com/95225` and the like) are kept as given.
 */
export const SOURCES: Readonly<Record<string, Source>> = {
  S1: {
    title: 'Vienna peace talks for Syria (Wikipedia)',
    url: 'https://en.wikipedia.org/wiki/Vienna_peace_talks_for_Syria',
  },
  S2: {
    title: 'Final communiqué on Syria talks (USIP Iran Primer)',
    url: 'https://iranprimer.usip.org/blog/2015/oct/30/final-communique-syria-talks',
    date: '2015-10-30',
  },
  S3: {
    title: 'Joint statement on Syria talks',
    url: 'https://uskowioniran.com/2015/10/joint-statement-on-syria-talks.html',
    date: '2015-10-30',
  },
  S4: { title: 'DW on the Vienna talks', url: 'https://dw.com/en/a-18818137', date: '2015-10-30' },
  S5: {
    title: 'Statement of the 2nd Vienna conference (EA WorldView)',
    url: 'https://eaworldview.com/2015/11/syria-document-statement-of-the-2nd-vienna-conference/',
    date: '2015-11-14',
  },
  S6: {
    title: 'Sharecast on the Vienna meeting',
    url: 'https://sharecast.com/news/930567',
    date: '2015-11-14',
  },
  S7: {
    title: 'AP via The Epoch Times; Arabi21',
    url: 'https://arabi21.net/storyamp/873209',
    date: '2015-11-14',
  },
  S8: {
    title:
      'Final statement of the conference of Syrian revolution and opposition forces, Riyadh, 10 Dec 2015 (French Foreign Ministry)',
    url: 'https://www.diplomatie.gouv.fr/en/country-files/syria/news/article/final-statement-of-the-conference-of-syrian-revolution-and-opposition-forces',
    date: '2015-12-10',
  },
  S9: {
    title:
      'Hidayatullah: the Riyadh opposition conference closes; 32 members chosen for the negotiating body',
    url: 'https://hidayatullah.com/berita/internasional/2015/12/11/85159/muktamar-oposisi-riyadh-suriah-esok-demokrasi-tanpa-assad.html',
    date: '2015-12-11',
  },
  S10: {
    title: 'AP via Orange County Register: Kerry in Moscow, "not seeking so-called regime change"',
    url: 'https://www.ocregister.com/2015/12/15/kerry-focus-is-not-on-assad/',
    date: '2015-12-15',
  },
  S11: { title: 'Al Watan (Saudi Arabia)', url: 'https://alwatan.com.sa/article/283626', date: '2015-12-18' },
  S12: {
    title: 'US State Department: Kerry remarks, 18 Dec 2015',
    url: 'https://2009-2017.state.gov/secretary/remarks/2015/12/250805.htm',
    date: '2015-12-18',
  },
  S13: {
    title: 'UN press release SC/12171 (UNSCR 2254)',
    url: 'https://press.un.org/en/2015/sc12171.doc.htm',
    date: '2015-12-18',
  },
  S14: {
    title: 'SANA; Reuters on the Madaya and Foua/Kefraya convoys',
    url: 'https://in.reuters.com/article/idINL8N14Y43520160114',
    date: '2016-01-14',
  },
  S15: {
    title: 'Zee News: talks paused',
    url: 'https://zeenews.india.com/news/world/syria-peace-talks-suspended-until-february-25-says-un_1852099.html/amp',
    date: '2016-02-03',
  },
  S16: {
    title: 'Geneva peace talks on Syria (2016) (Wikipedia)',
    url: 'https://en.wikipedia.org/wiki/Geneva_peace_talks_on_Syria_(2016)',
  },
  S17: {
    title: 'Munich ISSG statement, full text (Reuters via Information Clearing House)',
    url: 'https://informationclearinghouse.info/article44190.htm',
    date: '2016-02-12',
  },
  S18: {
    title:
      'US State Department blog: ISSG agrees to ensuring humanitarian access, achieving cessation of hostilities',
    url: 'http://2007-2017-blogs.state.gov/stories/2016/02/11/international-syria-support-group-agrees-ensuring-humanitarian-access-achieving.html',
    date: '2016-02-11',
  },
  S19: {
    title: 'Al Jazeera via Syria Story; SANA on the 17 Feb convoys',
    url: 'https://sana.sy/en/?p=69727',
    date: '2016-02-18',
  },
  S20: {
    title: 'Ruthfully Yours: the 19 February deadline for a ceasefire in Syria has passed',
    url: 'http://ruthfullyyours.com/category/big-and-small-world-news/page/972',
    date: '2016-02-19',
  },
  S21: {
    title: 'Sputnik: US-Russia Syria ceasefire',
    url: 'https://sputniknews.com/middleeast/201602221035176230-us-russia-syria-ceasefire/',
    date: '2016-02-22',
  },
  S22: {
    title:
      "President of Russia: Vladimir Putin's address following adoption of a joint statement by Russia and the US on Syria",
    url: 'http://en.kremlin.ru/events/president/news/51376',
    date: '2016-02-22',
  },
  S23: {
    title: 'VICE; RFE/RL on truce acceptance',
    url: 'https://rferl.org/a/27568976.html',
    date: '2016-02-23',
  },
  S24: {
    title: 'Jerusalem Post; The Press Project on the Deir ez-Zor drop',
    url: 'https://jpost.com/445994',
    date: '2016-02-24',
  },
  S25: {
    title: 'UNSCR 2268 (Wikipedia; full text)',
    url: 'https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_2268',
    date: '2016-02-26',
  },
  S26: {
    title: 'RIA; AFP via Expatica, 27 Feb',
    url: 'https://www.expatica.com/ch/news/Syria-ceasefire-task-force-to-meet-Saturday-UN-envoy_600558.html',
    date: '2016-02-27',
  },
  S27: {
    title: 'USA Today, 14 Mar 2016',
    url: 'https://www.usatoday.com/story/news/world/2016/03/14/un-envoy-syria-peace-talks-moment-truth/81753484/',
    date: '2016-03-14',
  },
  S28: {
    title: 'China.org.cn; Foreign Policy on the commonalities paper',
    url: 'https://foreignpolicy.com/2016/03/24/',
    date: '2016-03-24',
  },
  S29: {
    title: 'Ahram Online; China.org.cn on the Deir ez-Zor drops',
    url: 'https://english.ahram.org.eg/199247',
    date: '2016-04-13',
  },
  S30: {
    title: 'Reuters via Townhall, 13 Apr',
    url: 'https://townhall.com/news/politics-elections/2016/04/13/un-begins-round-of-syria-peace-talks-in-geneva-n2148052',
    date: '2016-04-13',
  },
  S31: {
    title: 'Reuters: HNC postpones participation',
    url: 'https://reuters.com/article/idUSKCN0XF1WX',
    date: '2016-04-18',
  },
  S32: {
    title: 'Hürriyet Daily News on Aleppo',
    url: 'https://hurriyetdailynews.com/98959',
    date: '2016-05-02',
  },
  S33: {
    title: 'TASS; RFE/RL on the listing request',
    url: 'https://tass.com/politics/872592',
    date: '2016-05-10',
  },
  S34: {
    title: 'Office of the Special Envoy, media statement, 27 Apr 2016 (ReliefWeb)',
    url: 'https://m.reliefweb.int/report/1504171/syrian-arab-republic/media-statement-office-special-envoy-syria-27-april-2016-enar?lang=es',
    date: '2016-04-27',
  },
  S35: {
    title: 'Asharq al-Awsat; TRT World on al-Quds hospital',
    url: 'https://trtworld.com/95225',
    date: '2016-04-28',
  },
  S36: {
    title: 'US State Department statement, 4 May; Dawn',
    url: 'https://dawn.com/news/1257421',
    date: '2016-05-04',
  },
  S37: {
    title: 'US-Russia joint statement, letter dated 12 May 2016 (ReliefWeb)',
    url: 'https://reliefweb.int/report/syrian-arab-republic/letter-dated-12-may-2016-permanent-representatives-russian-federation',
    date: '2016-05-09',
  },
  S38: {
    title: 'US State Department: Kerry remarks, Vienna, 17 May 2016; ABC; BBC',
    url: 'https://2009-2017.state.gov/secretary/remarks/2016/05/257311.htm',
    date: '2016-05-17',
  },
  S39: {
    title: 'ISSG statement, 17 May 2016 (Voltaire Network; LaRouche PAC)',
    url: 'https://voltairenet.org/article191821.html',
    date: '2016-05-17',
  },
  S40: {
    title: 'UN: joint press conference, 17 May 2016',
    url: 'https://un.org/sg/offthecuff/index.asp?nid=4529',
    date: '2016-05-17',
  },
  S41: { title: 'UN in Australia: HTF briefing', url: 'https://un.org.au/2016/06/02/', date: '2016-06-02' },
  S42: {
    title:
      'KUNA via Mena Focus: Britain proposes air drops of humanitarian aid to besieged Syrian cities (1 Jun)',
    url: 'https://menafocus.qa/britain-proposes-air-drop-of-humanitarian-aid-to-besieged-syrian-cities-2/',
    date: '2016-06-01',
  },
  S43: {
    title: 'Sauress (SPA) on Castello Road',
    url: 'https://sauress.com/spa/1518988',
    date: '2016-07-07',
  },
  S44: {
    title: 'Reuters: Kerry in Moscow',
    url: 'https://uk.reuters.com/article/idUKL8N1A55CM',
    date: '2016-07-15',
  },
  S45: {
    title: 'New Lebanon on the 1 Aug target',
    url: 'https://newlebanon.info/276029',
    date: '2016-08-01',
  },
  S46: {
    title:
      'US Mission Geneva: U.S. and Russia announce plan for peace in Syria (transcript of the press availability of 9 Sep)',
    url: 'https://geneva.usmission.gov/2016/09/10/u-s-and-russia-announce-plan-for-peace-in-syria-transcript/',
    date: '2016-09-10',
  },
  S47: { title: 'SANA: regime of calm', url: 'https://sana.sy/en/?p=88010', date: '2016-09-12' },
  S48: {
    title: 'Deir ez-Zor airport airstrikes (Wikipedia)',
    url: 'https://en.m.wikipedia.org/wiki/Deir_ez-Zor_airport_airstrikes',
    date: '2016-09-17',
  },
  S49: {
    title: 'Reuters on the Urum al-Kubra convoy',
    url: 'https://reuters.com/article/idUSKCN11P1NA',
    date: '2016-09-20',
  },
  S50: {
    title:
      "Just Earth News: Ban sets up a Board of Inquiry into the attack on the UN/SARC convoy (the Secretary-General's spokesperson)",
    url: 'https://justearthnews.com/people-details/HC/2985/ban-to-set-up-probe-into-deadly-attack-on-un-syrian-arab-red-crescent-aid-convoy-in-western-aleppo.html',
    date: '2016-09-30',
  },
  S51: {
    title:
      'US State Department readout: meeting of the International Syria Support Group, 20 Sep 2016 (Imperial Valley News)',
    url: 'http://www.imperialvalleynews.com/index.php/news/world-news/10927-meeting-of-the-international-syria-support-group.html',
    date: '2016-09-20',
  },
  S52: {
    title:
      "IBTimes UK: UN envoy calls Syria ceasefire talks 'long, painful, disappointing' (the 23-member ISSG; the army's Aleppo offensive)",
    url: 'https://www.ibtimes.co.uk/un-envoy-calls-syria-ceasefire-talks-long-painful-disappointing-1582867',
    date: '2016-09-23',
  },
  S53: {
    title: 'The Daily Beast on the suspended channel',
    url: 'https://www.thedailybeast.com/us-suspends-syria-talks-with-russia',
    date: '2016-10-03',
  },
  S54: {
    title: 'Sputnik; Zaman al-Wasl; Reuters on Lausanne',
    url: 'https://en.zamanalwsl.net/news/article/19285',
    date: '2016-10-15',
  },
  S55: {
    title: 'Office of the Special Envoy: Ceasefire and Humanitarian Task Forces',
    url: 'https://specialenvoysyria.unmissions.org/ceasefire-task-force',
  },
  S56: {
    title: 'UN press release SC/12223: Security Council briefing on Syria, 27 January 2016',
    url: 'https://press.un.org/en/2016/sc12223.doc.htm',
    date: '2016-01-27',
  },
  S57: {
    title: 'AFP/SOHR via Israel Press, 29 Feb',
    url: 'http://www.israelpress.com/death-toll-plummets-in-syria-following-ceasefire/',
    date: '2016-02-29',
  },
  S58: {
    title:
      'TRT World: SOHR says 135 killed in Syria in the first week of the cessation deal (552 outside it)',
    url: 'http://www.trtworld.com/mea/sohr-says-135-killed-in-syria-first-week-of-cessation-deal-61482',
    date: '2016-03-05',
  },
  S59: {
    title: 'Al Wasat: deaths in truce areas',
    url: 'https://alwasatnews.com/news/1093453',
    date: '2016-03-21',
  },
  S60: {
    title: 'SNHR: civilian deaths in March 2016',
    url: 'https://snhr.org/blog/2016/04/01/19909/',
    date: '2016-04-01',
  },
  S61: {
    title:
      "IINA via Greenie Fresh: UN still has no aid access to 70% of besieged areas in Syria (O'Brien, 30 Mar)",
    url: 'https://greeniefresh.blogspot.com/2016/03/un-still-no-aid-access-to-70-of.html',
    date: '2016-03-31',
  },
  S62: { title: 'SOHR: April 2016 deaths', url: 'https://syriahr.com/en/46284/', date: '2016-05-01' },
  S63: {
    title: "Reuters: O'Brien on May access",
    url: 'https://uk.reuters.com/article/idUKL2N18O1NT',
    date: '2016-05-27',
  },
  S64: {
    url: 'https://reliefweb14428.rssing.com/chan-40632294/article3872.html',
    title: 'OCHA Syria Crisis Bi-Weekly Situation Report No. 07',
    date: '2016-06-20',
  },
  S65: {
    title: 'Deir ez-Zor 24: WFP high-altitude air drops over Deir ez-Zor continue (113 flights, 2,060 t)',
    url: 'https://en.deirezzor24.net/high-altitude-air-drops-of-world-food-program-wfp-aid-shipments-over-deir-ezzor-continue/',
  },
  S66: {
    title: 'SOHR via Page News, 14 Sep',
    url: 'https://pagenews.teliaco.gr/2016/09/14/kosmos/oyte-enas-nekros-sti-syria-to-proto-diimero-tis-ekexeirias/amp',
    date: '2016-09-14',
  },
  S67: { title: "Masress (al-Shaab): O'Brien on people besieged", url: 'https://masress.com/alshaab/345143' },
  S68: {
    title: 'The Guardian, 28 Mar 2016, on detainees',
    url: 'https://theguardian.com/world/2016/mar/28/',
    date: '2016-03-28',
  },
  S69: {
    title: 'IANS via Social News: powers agree to turn Syria truce into ceasefire',
    url: 'https://socialnews.xyz/2016/05/17/world-and-regional-powers-agree-to-turn-syria-truce-into-ceasefire',
    date: '2016-05-17',
  },
  S70: { title: 'List of UN Security Council resolutions', url: 'https://un-report.blogspot.com/2017/04' },
  S71: {
    title: 'UNSCR 2118 (Wikipedia)',
    url: 'https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_2118',
  },
  ...SOURCES_2016,
};

/**
 * `meta` for a step: the first source as `meta.source`, all of them as `meta.sources` when more than one,
 * the chronology's flag and an optional note where sources disagree.
 *
 * @example
 * ```ts
 * cite(['S38', 'S39'], 'verified'); // { source: {...S38}, sources: [S38, S39], flag: 'verified' }
 * ```
 */
export function cite(
  keys: readonly string[],
  flag: 'verified' | 'partial' | 'unverified',
  note?: string,
): { source: Source; sources?: Source[]; flag: string; note?: string; keys: string[] } {
  const list = keys.map((k) => {
    const src = SOURCES[k];
    if (!src) throw new Error(`cite: unknown source key ${k}`);
    return src;
  });
  return {
    source: list[0]!,
    ...(list.length > 1 ? { sources: list } : {}),
    flag,
    ...(note !== undefined ? { note } : {}),
    keys: [...keys],
  };
}
