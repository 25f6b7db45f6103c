import type { Catalogue } from './catalogue.js';

// --help of validate, status, remind, init and schema (SPEC section 11). Examples are commands
// (the same in every language) with a note in the user's language.
export const helpCommandsMessages = {
  'help.arg.paths': {
    nb: 'avtalemapper eller arbeidsområder; uten: avtalen eller arbeidsområdet du står i',
    nn: 'avtalemapper eller arbeidsområde; utan: avtalen eller arbeidsområdet du står i',
    en: 'agreement folders or workspaces; none: the agreement or workspace you are in',
  },
  'help.option.as-of': {
    nb: 'per denne datoen (DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD); standard: i dag i Europe/Oslo',
    nn: 'per denne datoen (DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD); standard: i dag i Europe/Oslo',
    en: 'as of this date (DD.MM.YYYY or YYYY-MM-DD); default: today in Europe/Oslo',
  },
  'help.option.format': { nb: 'formatet på utskriften', nn: 'formatet på utskrifta', en: 'output format' },
  'help.validate.description': {
    nb: 'sjekk avtalemapper mot skjemaene og reglene i avtalen',
    nn: 'sjekk avtalemapper mot skjemaa og reglane i avtalen',
    en: 'check agreement folders against their schemas and the rules of the agreement',
  },
  'help.validate.strict': {
    nb: 'regn advarsler som feil',
    nn: 'rekn åtvaringar som feil',
    en: 'treat warnings as errors',
  },
  'help.validate.paths': {
    nb: 'avtalemapper, arbeidsområder eller filer i en avtale; uten: avtalen eller arbeidsområdet du står i',
    nn: 'avtalemapper, arbeidsområde eller filer i ein avtale; utan: avtalen eller arbeidsområdet du står i',
    en: 'agreement folders, workspaces or files of an agreement; none: the agreement or workspace you are in',
  },
  'help.validate.no-warnings': {
    nb: 'ikke vis advarsler (avslutningskoden følger feilene)',
    nn: 'ikkje vis åtvaringar (avslutningskoden følgjer feila)',
    en: 'do not show warnings (the exit code follows the errors)',
  },
  'help.validate.example.file': {
    nb: 'bare funn i denne filen (som pre-commit)',
    nn: 'berre funn i denne fila (som pre-commit)',
    en: 'only findings in this file (as pre-commit)',
  },
  'help.validate.example.gitlab': {
    nb: 'kodekvalitetsrapport for GitLab',
    nn: 'kodekvalitetsrapport for GitLab',
    en: 'Code Quality report for GitLab',
  },
  'help.validate.example.sarif': {
    nb: 'SARIF 2.1.0 for kodeskanning',
    nn: 'SARIF 2.1.0 for kodeskanning',
    en: 'SARIF 2.1.0 for code scanning',
  },
  'help.validate.example.github': {
    nb: 'merknader i GitHub Actions',
    nn: 'merknader i GitHub Actions',
    en: 'annotations in GitHub Actions',
  },
  'help.validate.example.strict': {
    nb: 'advarsler gir også avslutningskode 1; maskinlesbart',
    nn: 'åtvaringar gir òg avslutningskode 1; maskinlesbart',
    en: 'warnings fail too; machine-readable',
  },
  'help.validate.exit-codes': {
    nb: '0 ingen feil, 1 feil (eller advarsler med --strict), 2 feil bruk eller ingen avtale funnet. Alvorlighetsgraden per regel kan settes i samarbeid.yaml (docs/config.md).',
    nn: '0 ingen feil, 1 feil (eller åtvaringar med --strict), 2 feil bruk eller inga avtale funnen. Alvorsgraden per regel kan setjast i samarbeid.yaml (docs/config.md).',
    en: '0 no errors, 1 errors (or warnings with --strict), 2 usage error or no agreement found. The severity of each rule can be set in samarbeid.yaml (docs/config.md).',
  },
  'help.status.description': {
    nb: 'vis hva som snart forfaller, har forfalt og er planlagt',
    nn: 'vis kva som snart forfell, har forfalle og er planlagt',
    en: 'show what is due, overdue and planned',
  },
  'help.status.fail-on': {
    nb: 'avslutt med kode 1 når en forpliktelse har nådd denne tilstanden eller er verre',
    nn: 'avslutt med kode 1 når ei plikt har nådd denne tilstanden eller er verre',
    en: 'exit 1 when any obligation is at or beyond this state',
  },
  'help.status.all': {
    nb: 'vis også forpliktelser som er oppfylt («text», «markdown» og «html»)',
    nn: 'vis òg plikter som er oppfylte («text», «markdown» og «html»)',
    en: 'also list obligations that are done (text, markdown and html)',
  },
  'help.option.delimiter': {
    nb: 'skilletegn mellom feltene i --format csv: «;» (standard, som i norsk Excel), «,» eller «tab»',
    nn: 'skiljeteikn mellom felta i --format csv: «;» (standard, som i norsk Excel), «,» eller «tab»',
    en: 'field separator of --format csv: ";" (default, as in Norwegian Excel), "," or "tab"',
  },
  'help.status.example.fail-on': {
    nb: 'for cron og CI: kode 1 når noe har forfalt',
    nn: 'for cron og CI: kode 1 når noko har forfalle',
    en: 'for cron and CI: exit 1 when anything is overdue',
  },
  'help.status.exit-codes': {
    nb: '0 alt i orden, 1 --fail-on slo til eller en avtale har feil, 2 feil bruk eller ingen avtale funnet.',
    nn: '0 alt i orden, 1 --fail-on slo til eller ein avtale har feil, 2 feil bruk eller ingen avtale funnen.',
    en: '0 success, 1 --fail-on met or an agreement has errors, 2 usage error or no agreement found.',
  },
  'help.diff.description': {
    nb: 'hva en endring betyr for avtalen, mellom to versjoner i git: møter, vedtak, oppfølgingspunkter, planer, personer, forpliktelser og funn, som tekst, Markdown eller JSON',
    nn: 'kva ei endring tyder for avtalen, mellom to versjonar i git: møte, vedtak, oppfølgingspunkt, planar, personar, plikter og funn, som tekst, Markdown eller JSON',
    en: 'what a change means for the agreement, between two git revisions: meetings, decisions, actions, plans, people, obligations and findings, as text, Markdown or JSON',
  },
  'help.diff.arguments': {
    nb: 'BASE og HEAD (standard: der grenen gikk ut fra hovedgrenen, og arbeidskopien), så mapper; en sti som finnes, er en mappe, alt etter «--» likeså',
    nn: 'BASE og HEAD (standard: der greina gjekk ut frå hovudgreina, og arbeidskopien), så mapper; ein sti som finst, er ei mappe, alt etter «--» likeins',
    en: 'BASE and HEAD (default: the merge base with the default branch, and the working tree), then paths; an existing path is a path, as is everything after --',
  },
  'help.diff.example.default': {
    nb: 'grenen din mot hovedgrenen, med det som ikke er lagret i git ennå',
    nn: 'greina di mot hovudgreina, med det som ikkje er lagra i git enno',
    en: 'your branch against the default branch, with what is not committed yet',
  },
  'help.diff.example.markdown': {
    nb: 'for en kommentar på en endringsforespørsel',
    nn: 'for ein kommentar på ein endringsførespurnad',
    en: 'for a pull-request comment',
  },
  'help.diff.example.dash': {
    nb: 'siste innsjekking; «--» skiller versjoner fra mapper',
    nn: 'siste innsjekkinga; «--» skil versjonar frå mapper',
    en: 'the last commit; -- separates revisions from paths',
  },
  'help.diff.exit-codes': {
    nb: '0 sammenlignet (også når noe er endret), 2 feil bruk, ikke et git-depot eller en versjon som mangler i klonen.',
    nn: '0 samanlikna (også når noko er endra), 2 feil bruk, ikkje eit git-depot eller ein versjon som manglar i klonen.',
    en: '0 compared (also when something changed), 2 usage error, not a git repository or a revision missing from the clone.',
  },
  'help.calendar.description': {
    nb: 'årsplanen: møter (holdt, planlagt, avlyst og foreslått), frister og innkallingsdager, som tekst, Markdown, JSON, kalenderfeed (ICS) eller årshjul (SVG)',
    nn: 'årsplanen: møte (halde, planlagt, avlyst og føreslått), fristar og innkallingsdagar, som tekst, Markdown, JSON, kalenderfeed (ICS) eller årshjul (SVG)',
    en: 'the year plan: meetings (held, planned, cancelled and proposed), deadlines and notice days, as text, Markdown, JSON, a calendar feed (ICS) or a wheel of the year (SVG)',
  },
  'help.calendar.year': {
    nb: 'året som vises (standard: året for --as-of, ellers i år)',
    nn: 'året som vert vist (standard: året for --as-of, elles i år)',
    en: 'the year to show (default: the year of --as-of, else this year)',
  },
  'help.calendar.from': {
    nb: 'første dag i perioden (sammen med --to, i stedet for --year)',
    nn: 'første dag i perioden (saman med --to, i staden for --year)',
    en: 'first day of the period (with --to, instead of --year)',
  },
  'help.calendar.to': {
    nb: 'siste dag i perioden (sammen med --from)',
    nn: 'siste dag i perioden (saman med --from)',
    en: 'last day of the period (with --from)',
  },
  'help.calendar.format': {
    nb: 'utdataformat (standard: text; med --out alle formatene)',
    nn: 'utdataformat (standard: text; med --out alle formata)',
    en: 'output format (default: text; with --out every format)',
  },
  'help.calendar.out': {
    nb: 'skriv én fil per avtale og format (<id>.txt, .md, .json, .ics og .svg) i denne mappen',
    nn: 'skriv éi fil per avtale og format (<id>.txt, .md, .json, .ics og .svg) i denne mappa',
    en: 'write one file per agreement and format (<id>.txt, .md, .json, .ics and .svg) into this folder',
  },
  'help.calendar.body': {
    nb: 'bare møtene til dette organet eller denne arbeidsgruppen (id)',
    nn: 'berre møta til dette organet eller denne arbeidsgruppa (id)',
    en: 'only the meetings of this body or working group (id)',
  },
  'help.calendar.party': {
    nb: 'bare det denne parten har vertskap for eller ansvar for (id)',
    nn: 'berre det denne parten har vertskap for eller ansvar for (id)',
    en: 'only what this party hosts or is responsible for (id)',
  },
  'help.calendar.explain': {
    nb: 'vis hvilke dager som ble hoppet over, og hvorfor',
    nn: 'vis kva dagar som vart hoppa over, og kvifor',
    en: 'show which days were skipped, and why',
  },
  'help.calendar.example.ics': {
    nb: 'en kalenderfeed å abonnere på i Outlook',
    nn: 'ein kalenderfeed å abonnere på i Outlook',
    en: 'a calendar feed to subscribe to in Outlook',
  },
  'help.calendar.example.svg': {
    nb: 'årshjulet, én fil per avtale',
    nn: 'årshjulet, éi fil per avtale',
    en: 'the wheel of the year, one file per agreement',
  },
  'help.remind.description': {
    nb: 'påminnelser om det som har forfalt eller snart forfaller, og om planlagte møter, med forslag til møtedato og agenda',
    nn: 'påminningar om det som har forfalle eller snart forfell, og om planlagde møte, med framlegg til møtedato og agenda',
    en: 'reminders for what is overdue or due soon, and for planned meetings, with suggested dates and draft agendas',
  },
  'help.remind.within': {
    nb: 'hvor mange dager fram i tid (standard: remindDaysBefore i avtalen, ellers 30)',
    nn: 'kor mange dagar fram i tid (standard: remindDaysBefore i avtalen, elles 30)',
    en: "the window in days (default: the agreement's remindDaysBefore, else 30)",
  },
  'help.remind.out': {
    nb: 'skriv én fil per avtale (<id>.txt, .md, .html, .csv, .ics eller .json) i stedet for å skrive ut',
    nn: 'skriv éi fil per avtale (<id>.txt, .md, .html, .csv, .ics eller .json) i staden for å skrive ut',
    en: 'write one file per agreement (<id>.txt, .md, .html, .csv, .ics or .json) instead of printing',
  },
  'help.remind.example.markdown': {
    nb: 'lim inn i e-post eller Teams',
    nn: 'lim inn i e-post eller Teams',
    en: 'paste into e-mail or Teams',
  },
  'help.remind.example.ics': {
    nb: 'én .ics-fil per avtale for Outlook',
    nn: 'éi .ics-fil per avtale for Outlook',
    en: 'one .ics per agreement for Outlook',
  },
  'help.init.description': {
    nb: 'lag en ny avtalemappe (overskriver aldri noe)',
    nn: 'lag ei ny avtalemappe (skriv aldri over noko)',
    en: 'start a new agreement folder (never overwrites anything)',
  },
  'help.init.dir': { nb: 'den nye avtalemappen', nn: 'den nye avtalemappa', en: 'the new agreement folder' },
  'help.init.id': {
    nb: 'id-en til avtalen (standard: navnet på mappen)',
    nn: 'id-en til avtalen (standard: namnet på mappa)',
    en: 'agreement id (default: the folder name)',
  },
  'help.init.title': {
    nb: 'tittelen på avtalen',
    nn: 'tittelen på avtalen',
    en: 'the title of the agreement',
  },
  'help.init.party': {
    nb: 'en part; oppgi to eller flere',
    nn: 'ein part; oppgi to eller fleire',
    en: 'a party; give two or more',
  },
  'help.init.side': {
    nb: 'en side og partene på den (som kommunane=bergen,askoy); to sider gir en avtale der vertskap og leder går på omgang mellom sidene',
    nn: 'ei side og partane på ho (som kommunane=bergen,askoy); to sider gir ein avtale der vertskap og leiar går på omgang mellom sidene',
    en: 'a side and its parties (like kommunane=bergen,askoy); two sides make an agreement whose host and leader rotate between the sides',
  },
  'help.init.contact-role': {
    nb: 'rollen til kontaktpersonen for en part, som buskerud-fk="Seksjonsleder for Opplæring og samhandling" (pkt. 8)',
    nn: 'rolla til kontaktpersonen for ein part, som buskerud-fk="Seksjonsleder for Opplæring og samhandling" (pkt. 8)',
    en: 'the role of a party\'s contact person, like buskerud-fk="Seksjonsleder for Opplæring og samhandling" (clause 8)',
  },
  'help.init.secretariat-role': {
    nb: 'rollen til partens medlem av sekretariatet, som nav-vest-viken="Rådgiver, samfunnsenheten"',
    nn: 'rolla til medlemmen frå parten i sekretariatet, som nav-vest-viken="Rådgiver, samfunnsenheten"',
    en: 'the role of a party\'s member of the secretariat, like nav-vest-viken="Rådgiver, samfunnsenheten"',
  },
  'help.init.member': {
    nb: 'en person på et nivå: nivå:part=rolle, som «top:buskerud-fk=Fylkeskommunedirektør» eller «committee:nav-vest-viken=Controller»; nivåene er «top», «middle» og «committee»',
    nn: 'ein person på eit nivå: nivå:part=rolle, som «top:buskerud-fk=Fylkeskommunedirektør» eller «committee:nav-vest-viken=Controller»; nivåa er «top», «middle» og «committee»',
    en: 'a person of a level: level:party=role, like top:buskerud-fk=Fylkeskommunedirektør or committee:nav-vest-viken=Controller; the levels are top, middle and committee',
  },
  'help.init.meets': {
    nb: 'hvor ofte et nivå møtes: nivå=intervall, som «middle=quarterly» eller «committee=as-needed» (standard: «top=yearly», «middle=tertial», «committee=as-needed»)',
    nn: 'kor ofte eit nivå møtest: nivå=intervall, som «middle=quarterly» eller «committee=as-needed» (standard: «top=yearly», «middle=tertial», «committee=as-needed»)',
    en: 'how often a level meets: level=cadence, like middle=quarterly or committee=as-needed (default: top=yearly, middle=tertial, committee=as-needed)',
  },
  'help.init.language': {
    nb: 'språket i avtalen og i kommentarene i filene (standard: --lang, ellers nb)',
    nn: 'språket i avtalen og i kommentarane i filene (standard: --lang, elles nb)',
    en: 'language of the agreement and of the comments in its files (default: --lang, else nb)',
  },
  'help.init.tracked-from': {
    nb: 'dagen avtalen føres i samarbeid fra; det som lå før, blir aldri meldt som ikke oppfylt (standard: i dag)',
    nn: 'dagen avtalen vert ført i samarbeid frå; det som låg før, vert aldri meldt som ikkje oppfylt (standard: i dag)',
    en: 'the day the agreement is kept in samarbeid from; nothing before it is reported as missed (default: today)',
  },
  'help.init.from': {
    nb: 'gyldig fra (standard: i dag)',
    nn: 'gyldig frå (standard: i dag)',
    en: 'valid from (default: today)',
  },
  'help.init.example': {
    nb: 'kopier eksempelavtalen fra Buskerud i stedet',
    nn: 'kopier eksempelavtalen frå Buskerud i staden',
    en: 'copy the Buskerud example agreement instead',
  },
  'help.init.example.example': {
    nb: 'prøv med eksempelavtalen',
    nn: 'prøv med eksempelavtalen',
    en: 'try it with the example agreement',
  },
  'help.schema.description': {
    nb: 'skriv ut eller lagre JSON-skjemaene for datafilene, for hjelp i redigeringsprogrammet',
    nn: 'skriv ut eller lagre JSON-skjemaa for datafilene, for hjelp i redigeringsprogrammet',
    en: 'print or write the JSON Schemas of the data files, for editor completion',
  },
  'help.schema.out': {
    nb: 'skriv én <kind>.schema.json per filtype i denne mappen',
    nn: 'skriv éi <kind>.schema.json per filtype i denne mappa',
    en: 'write one <kind>.schema.json per file kind into this folder',
  },
  'help.schema.write': {
    nb: 'legg skjemaene i .samarbeid/schemas i mappen (eller i mappen --out gir), og la skjemalinjen i hver avtalefil under mappen peke dit (standard: mappen du står i)',
    nn: 'legg skjemaa i .samarbeid/schemas i mappa (eller i mappa --out gir), og la skjemalinja i kvar avtalefil under mappa peike dit (standard: mappa du står i)',
    en: 'put the schemas into .samarbeid/schemas in the folder (or into the folder --out names), and point the schema line of every agreement file below the folder at them (default: the current folder)',
  },
  'help.schema.write.example': {
    nb: 'hjelp i redigeringsprogrammet for alle avtalene her',
    nn: 'hjelp i redigeringsprogrammet for alle avtalane her',
    en: 'editor help for every agreement here',
  },
  'help.schema.dry-run': {
    nb: 'vis endringene av skjemalinjene som en diff uten å skrive noe',
    nn: 'vis endringane av skjemalinjene som ein diff utan å skrive noko',
    en: 'show the changes to the schema lines as a diff without writing anything',
  },
  'help.schema.then': {
    nb: 'Med --write begynner hver datafil med en linje som',
    nn: 'Med --write byrjar kvar datafil med ei linje som',
    en: 'With --write every data file starts with a line such as',
  },
} as const satisfies Catalogue;
