// Words and figures the plan generator (generate.mjs) builds a plan from: Swedish titles, needs,
// benefits and risks as a municipality's backlog has them, and the framework and parameters a
// new plan gets from the app's templates (src/core/templates.rs, src/core/params.rs).

export const ACTIONS = [
  'E-tjänst för', 'Digital ansökan om', 'Automatiserad handläggning av', 'Självservice för',
  'Digitalt stöd för', 'Gemensam plattform för', 'Mobil åtkomst till', 'Digital signering av',
  'Robotiserad hantering av', 'Bokningssystem för', 'Digitala möten inom', 'E-arkiv för',
  'Öppna data om', 'Chattfunktion för', 'Sensorer för', 'Digital kvittering av', 'Samordnad inloggning till',
  'Beslutsstöd för', 'Digital uppföljning av', 'Verksamhetssystem för', 'Digitala blanketter för',
  'Påminnelser via sms om', 'Kunskapsbank om', 'Digitalt ärendeflöde för', 'Fjärrtillsyn inom',
  'Dataanalys av', 'Utbildningsinsats om', 'Digital kallelse till', 'Statistikportal för',
];
export const OBJECTS = [
  'bygglov', 'färdtjänst', 'försörjningsstöd', 'skolskjuts', 'barnomsorgsplats', 'parkeringstillstånd',
  'hemtjänst', 'avfallshämtning', 'serveringstillstånd', 'livsmedelskontroll', 'bostadsanpassning',
  'föreningsbidrag', 'nämndhandlingar', 'fakturor', 'personalärenden', 'lokalbokning', 'synpunkter och klagomål',
  'tillsyn av enskilda avlopp', 'modersmålsundervisning', 'vuxenutbildning', 'anhörigstöd', 'trygghetslarm',
  'läkemedelshantering', 'schemaläggning', 'inköp och avtal', 'arkivering av allmänna handlingar',
  'kartor och geodata', 'vattenmätare', 'gatubelysning', 'felanmälan', 'bibliotekslån', 'kulturskolan',
  'elevhälsan', 'ekonomiskt bistånd', 'överförmyndarärenden', 'vigselbokning', 'energiuppföljning',
  'fordonsbokning', 'medborgardialog', 'krisberedskap',
];
export const UNITS = [
  'Socialförvaltningen', 'Barn- och utbildningsförvaltningen', 'Samhällsbyggnadsförvaltningen',
  'Kommunledningskontoret', 'Kultur- och fritidsförvaltningen', 'Vård- och omsorgsförvaltningen',
  'Tekniska förvaltningen', 'Miljö- och hälsoskyddskontoret', 'HR-avdelningen', 'Ekonomiavdelningen',
  'IT-enheten', 'Överförmyndarenheten',
];
export const FIRST = ['Anna', 'Erik', 'Maria', 'Johan', 'Karin', 'Lars', 'Sara', 'Mikael', 'Eva', 'Ahmed', 'Fatima', 'Nils', 'Ingrid', 'Oskar', 'Leila'];
export const LAST = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Hassan', 'Lindqvist', 'Berg'];
export const ROLES = ['verksamhetschef', 'enhetschef', 'förvaltningschef', 'avdelningschef', 'processledare'];
export const PROBLEMS = [
  'Ansökningar kommer in på papper och måste föras in för hand i verksamhetssystemet.',
  'Handläggarna lägger mycket tid på att svara på frågor om var ärendet befinner sig.',
  'Uppgifter registreras i flera system, vilket ger dubbelarbete och fel.',
  'Invånare kan bara kontakta verksamheten under kontorstid.',
  'Beslut skickas med post och det tar flera dagar innan de når mottagaren.',
  'Det saknas en samlad bild av ärendeflödet, så resurser fördelas efter magkänsla.',
  'Rutinen skiljer sig mellan enheterna och nya medarbetare lär sig långsamt.',
  'Underlag skickas som e-post med bilagor och personuppgifter sprids okontrollerat.',
  'Manuella kontroller tar tid och görs ibland inte alls när arbetsbelastningen är hög.',
  'Nuvarande system upphör att supporteras vid årsskiftet.',
];
export const SITUATIONS = [
  'I dag hanteras ärendena i ett äldre system med manuella steg.',
  'Ärendena handläggs i Excel och i pärmar på respektive enhet.',
  'Delar av flödet är digitalt men underskrifter görs på papper.',
  'Varje enhet har sin egen lösning och ingen har helhetsansvar.',
  'Verksamheten har provat en lösning i liten skala med gott resultat.',
];
export const EQUALITY = [
  'Kvinnor är överrepresenterade bland de sökande; tjänsten testas med båda grupperna.',
  'Äldre och personer med funktionsnedsättning ska kunna få stöd av kontaktcenter även i fortsättningen.',
  'Tjänsten ska uppfylla tillgänglighetskraven i lagen om tillgänglighet till digital offentlig service.',
  'Analys återstår; görs tillsammans med funktionsrättsrådet.',
];
export const PARTICIPATION = [
  'Användartester med invånare i två omgångar.',
  'Referensgrupp med medarbetare från tre enheter.',
  'Workshop med brukarorganisationer under förstudien.',
  'Enkät till berörda medarbetare.',
];
export const BENEFIT_CASH = ['Lägre portokostnader', 'Färre licenser', 'Minskade tryckkostnader', 'Lägre kostnad för inhyrd personal', 'Minskade resekostnader', 'Avvecklat äldre system'];
export const BENEFIT_TIME = ['Kortare handläggningstid', 'Färre samtal till kontaktcenter', 'Mindre manuell registrering', 'Snabbare planering', 'Färre kompletteringar', 'Mindre tid för kontroller'];
export const BENEFIT_QUAL = ['Snabbare besked till invånaren', 'Färre fel i beslut', 'Bättre tillgänglighet', 'Ökad rättssäkerhet', 'Bättre arbetsmiljö', 'Bättre underlag för beslut'];
export const TIME_USE = ['Mer tid för uppsökande arbete', 'Kortare väntetider', 'Mer tid för tillsyn', 'Fler hembesök', 'Mer tid för kvalitetsarbete'];
export const RISKS = [
  ['Låg användning bland invånarna', 'Marknadsföring och stöd via kontaktcenter'],
  ['Leverantören kan inte leverera i tid', 'Vite i avtalet och tidig acceptanstest'],
  ['Integrationen med verksamhetssystemet blir dyrare än beräknat', 'Förstudie av integrationen före beslut'],
  ['Medarbetarna saknar tid för utbildning', 'Utbildning i omgångar och superanvändare på varje enhet'],
  ['Personuppgifter hanteras felaktigt', 'Konsekvensbedömning enligt dataskyddsförordningen'],
  ['Nyttan uteblir om arbetssätten inte ändras', 'Nyttoägare följer upp varje år'],
];
export const FORUMS = ['Strategigruppen för digitalisering', 'Kommunledningsgruppen', 'Styrgruppen för e-tjänster'];
export const REASONS = [
  'Hög nytta i förhållande till kostnaden och tydlig koppling till målen.',
  'Ryms inte inom årets budget; tas upp igen vid nästa beredning.',
  'Nyttan är inte tillräckligt beskriven; komplettera kalkylen.',
  'Andra initiativ ger mer nytta för samma pengar.',
  'Lagkrav som måste uppfyllas under planperioden.',
];

export const STAGES = ['behov', 'analys', 'beslut', 'handlingsplan', 'uppfoljning', 'avslutad'];
export const STAGE_WEIGHTS = [0.25, 0.3, 0.15, 0.15, 0.1, 0.05];
export const TARGET_GROUPS = ['invanare', 'medarbetare', 'patienter', 'resenarer', 'foretag', 'andra_organisationer'];
/** Area ids of both national strategies (src/core/content/strategies.rs). */
export const AREAS = [
  'ds2017-kompetens', 'ds2017-trygghet', 'ds2017-innovation', 'ds2017-ledning', 'ds2017-infrastruktur',
  'ds2025-konnektivitet', 'ds2025-kompetens', 'ds2025-naringsliv', 'ds2025-forvaltning', 'ds2025-valfard',
];
const area = (id, name) => ({ id, name, description: '' });
/** Both national strategies and the suggested mapping, as a new plan gets them. */
export const STRATEGIES = [
  { id: 'ds2017', name: 'Digitaliseringsstrategin 2017', description: '', areas: [
    area('ds2017-kompetens', 'Digital kompetens'), area('ds2017-trygghet', 'Digital trygghet'),
    area('ds2017-innovation', 'Digital innovation'), area('ds2017-ledning', 'Digital ledning'),
    area('ds2017-infrastruktur', 'Digital infrastruktur'),
  ] },
  { id: 'ds2025', name: 'Digitaliseringsstrategin 2025–2030', description: '', areas: [
    area('ds2025-konnektivitet', 'Konnektivitet'), area('ds2025-kompetens', 'Digital kompetens'),
    area('ds2025-naringsliv', 'Digitalisering av näringslivet'),
    area('ds2025-forvaltning', 'Den offentliga förvaltningen'), area('ds2025-valfard', 'Välfärden'),
  ] },
];
export const AREA_MAPPING = [
  { from: 'ds2017-kompetens', to: ['ds2025-kompetens'] },
  { from: 'ds2017-innovation', to: ['ds2025-naringsliv'] },
  { from: 'ds2017-ledning', to: ['ds2025-forvaltning', 'ds2025-valfard'] },
  { from: 'ds2017-infrastruktur', to: ['ds2025-konnektivitet'] },
];
export const AGENDA = ['ekonomisk', 'social', 'ekologisk'];

/** The default criteria of src/core/templates.rs, with the same names, weights and rubrics. */
export const CRITERIA = [
  ['Angelägenhet', 25, 'Hur bråttom är det och hur stort är problemet i dag?', ['Kan vänta, litet problem', 'Bör göras inom några år', 'Tydligt behov inom planperioden', 'Stort behov, bör göras snart', 'Akut: lagkrav eller allvarlig brist']],
  ['Genomförbarhet', 20, 'Finns kompetens, teknik, resurser och mognad för att genomföra?', ['Mycket svårt, stora okända faktorer', 'Svårt, flera beroenden', 'Genomförbart med insats', 'Goda förutsättningar', 'Mycket goda förutsättningar, beprövad lösning']],
  ['Nytta', 25, 'Hur stor är den samlade nyttan (ekonomisk, frigjord tid, kvalitet)?', ['Liten nytta', 'Viss nytta för en mindre grupp', 'Tydlig nytta', 'Stor nytta för många', 'Mycket stor nytta, mätbar']],
  ['Kostnad', 15, 'Hur låg är kostnaden för att införa och förvalta? 5 = lägst kostnad.', ['Mycket hög kostnad', 'Hög kostnad', 'Måttlig kostnad', 'Låg kostnad', 'Mycket låg kostnad']],
  ['Strategisk koppling', 15, 'Hur väl bidrar initiativet till planens mål?', ['Ingen tydlig koppling', 'Svag koppling', 'Bidrar till ett mål', 'Bidrar tydligt till flera mål', 'Avgörande för målen']],
];
export const GOALS = [
  ['Digital kompetens', 'Alla i Sverige ska kunna och vilja ta del av digitaliseringen.'],
  ['Digital trygghet', 'Alla ska kunna ha tillit till att använda digitala tjänster.'],
  ['Digital innovation', 'Nya eller förbättrade varor och tjänster ska kunna utvecklas, spridas och användas.'],
  ['Digital ledning', 'Verksamheter ska styras och ledas så att digitaliseringens möjligheter tas tillvara.'],
  ['Digital infrastruktur', 'Infrastruktur som möjliggör digitalisering ska finnas i hela landet.'],
];

export const PARAMS = {
  monthly_salary: { value: 40000.0, source: 'Antagen medelmånadslön; ersätt med er egen lönestatistik', year: 2024 },
  uplift: { value: 1.54, source: 'Inera, nyttokalkyl: semesterersättning, arbetsgivaravgifter, försäkringar och löneskatt', year: 2024 },
  hours_per_month: { value: 142.0, source: 'Inera, nyttokalkyl: arbetstimmar per månad', year: 2024 },
  discount_rate_percent: { value: 3.0, source: 'Inera, nyttokalkyl (med hänvisning till TLV)', year: 2024 },
  horizon_years: { value: 5, source: 'Inera, nyttokalkyl: exemplen använder 5–6 år', year: 2024 },
  price_year: { value: 2024, source: 'Alla belopp i detta års priser', year: 2024 },
};
