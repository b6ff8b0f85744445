/**
 * Polish. A business addresses customers as "Pan/Pani", which would force a guess at their gender,
 * so sentences that address the customer use gender-neutral impersonal forms ("należy…", "proszę
 * podać…", "można…"); buttons use the imperative, as Polish interfaces do. Counted nouns take the
 * one / few / many forms Intl.PluralRules('pl') picks (1 termin, 2 terminy, 5 terminów, 22 terminy).
 * Intl gives day names in the nominative, so they follow a colon rather than a case-governing
 * preposition ("do: wtorek…", not "do wtorek…"). Loaded on demand; `npm run i18n:check` keeps it
 * in step with English.
 */
import type { Messages } from '../en.js';
import { plurals } from '../plural.js';

const p = plurals('pl');

export const pl: Messages = {
  lang: 'pl',

  // States
  loading: 'Wczytywanie…',
  loadFailed: 'Nie udało się wczytać strony rezerwacji.',
  retry: 'Spróbuj ponownie',
  unpublished: (business) => `${business} nie przyjmuje obecnie rezerwacji online.`,
  unpublishedNoName: 'Ta firma nie przyjmuje obecnie rezerwacji online.',
  noAdapter: 'Ta strona rezerwacji nie ma backendu: należy ustawić atrybut config-src lub api albo właściwość adapter.',
  signInRequired:
    'Rezerwacji mogą tu dokonywać tylko osoby zalogowane w tej organizacji. Proszę zalogować się kontem służbowym, a następnie odświeżyć stronę.',
  notFoundService: 'Tej usługi nie można zarezerwować online.',

  // Header
  call: (phone) => `Zadzwoń pod numer ${phone}`,
  website: 'Strona internetowa',

  // Steps
  stepLabel: (n, total) => `Krok ${n} z ${total}`,
  back: 'Wstecz',
  change: 'Zmień',

  // Services
  chooseService: 'Wybór usługi',
  noServices: 'Obecnie nie ma usług, które można zarezerwować online.',
  minutes: (n) => {
    const h = Math.floor(n / 60);
    const m = n % 60;
    if (h && m) return `${h} godz. ${m} min`;
    if (h) return `${h} godz.`;
    return `${m} min`;
  },
  priceFrom: (amount) => `Od ${amount}`,
  pricePerHour: (amount) => `${amount} za godzinę`,
  priceFree: 'Bezpłatnie',
  priceVaries: 'Cena zmienna',
  priceCallUs: 'Cena do ustalenia telefonicznie',
  online: 'Spotkanie online',
  inPerson: 'Stacjonarnie',
  // "do" takes the genitive: do 1 osoby, do 2 osób, do 5 osób.
  classOf: (n) => `Zajęcia grupowe · do ${n} ${p(n, { one: 'osoby', other: 'osób' })}`,

  // Staff
  staffHeading: 'Wybór pracownika',
  anyone: 'Dowolna osoba',
  anyoneHint: 'Pierwszy wolny termin',

  // Calendar and times
  chooseTime: 'Wybór terminu',
  previousMonth: 'Poprzedni miesiąc',
  nextMonth: 'Następny miesiąc',
  today: 'Dzisiaj',
  noTimesOnDay: 'Brak wolnych terminów',
  dayHasTimes: (n) =>
    `${n} ${p(n, { one: 'wolny termin', few: 'wolne terminy', many: 'wolnych terminów', other: 'wolnego terminu' })}`,
  dayOutsideWindow: 'Rezerwacja jeszcze niemożliwa',
  dayPast: 'Dzień już minął',
  dayTooSoon: 'Za późno na rezerwację online',
  noTimesThisMonth: 'Brak wolnych terminów w tym miesiącu.',
  nextFreeDay: (day) => `Najbliższy wolny dzień: ${day}`,
  showDay: (day) => `Pokaż: ${day}`,
  noTimesAtAll:
    'W najbliższych tygodniach nie ma wolnych terminów. Prosimy o kontakt lub sprawdzenie ponownie później.',
  timesOn: (day) => `Wolne terminy: ${day}`,
  pickADay: 'Po wybraniu dnia pojawią się jego wolne terminy.',
  timesCount: (n, day) =>
    `${day}: ${n} ${p(n, { one: 'wolny termin', few: 'wolne terminy', many: 'wolnych terminów', other: 'wolnego terminu' })}`,
  slotName: (time, day, zone) => `${time}, ${day}, ${zone}`,
  seatsLeft: (n) =>
    `${p(n, { one: 'Zostało', few: 'Zostały', many: 'Zostało', other: 'Zostało' })} ${n} ${p(n, { one: 'miejsce', few: 'miejsca', many: 'miejsc', other: 'miejsca' })}`,
  morning: 'Rano',
  afternoon: 'Po południu',
  evening: 'Wieczorem',
  timeZone: 'Strefa czasowa',
  suggestedZones: 'Proponowane strefy czasowe',
  allZones: 'Wszystkie strefy czasowe',
  commonZones: 'Popularne strefy czasowe',
  showZones: 'Pokaż strefy czasowe',
  noZoneMatch: (query) =>
    `Żadna strefa czasowa nie pasuje do „${query}”. Wpisz miasto, strefę kraju lub przesunięcie, np. GMT+1.`,
  zoneResults: (n) =>
    `${n} ${p(n, { one: 'strefa czasowa', few: 'strefy czasowe', many: 'stref czasowych', other: 'strefy czasowej' })}`,
  // After a colon the zone's name stays in the nominative.
  timesShownIn: (name, offset) => `Godziny podano w strefie czasowej: ${name} (${offset}).`,
  useMyZone: 'Użyj mojej strefy czasowej',
  useBusinessZone: 'Użyj strefy czasowej firmy',
  fullyBooked: 'Brak miejsc',

  // Details
  yourDetails: 'Dane kontaktowe',
  summary: 'Podsumowanie wizyty',
  name: 'Imię i nazwisko',
  email: 'E-mail',
  phone: 'Telefon',
  notes: 'Dodatkowe informacje',
  optional: 'opcjonalnie',
  required: 'wymagane',
  smsOptIn: 'Chcę otrzymywać SMS-y dotyczące tej rezerwacji',
  consentHeading: 'Zgoda',
  privacyPolicy: 'Polityka prywatności',
  terms: 'Regulamin',
  consentDefault: 'Wyrażam zgodę na przechowywanie moich danych w celu obsługi tej rezerwacji.',
  book: 'Zarezerwuj',
  booking: 'Rezerwowanie…',
  errorsInForm: (n) =>
    `Przed rezerwacją należy poprawić ${n} ${p(n, { one: 'pole', few: 'pola', many: 'pól', other: 'pola' })}.`,
  nameRequired: 'Proszę podać imię i nazwisko.',
  emailRequired: 'Proszę podać adres e-mail: na niego zostanie wysłane potwierdzenie.',
  emailRequiredOnline: 'Proszę podać adres e-mail: na niego zostanie wysłany link do spotkania.',
  emailInvalid: 'Proszę podać adres e-mail w postaci nazwa@przyklad.pl.',
  contactRequired:
    'Proszę podać adres e-mail lub numer telefonu, abyśmy mogli skontaktować się w sprawie tej rezerwacji.',
  contactHint: 'Adres e-mail lub numer telefonu (albo oba), abyśmy mogli skontaktować się w sprawie tej rezerwacji.',
  phoneRequired: 'Proszę podać numer telefonu do powiadomień SMS.',
  phoneInvalid: 'Numer telefonu może zawierać tylko cyfry, spacje, +, - i nawiasy.',
  answerRequired: 'Proszę odpowiedzieć na to pytanie.',
  choiceRequired: 'Proszę wybrać jedną z opcji.',
  consentRequired: 'Przed rezerwacją należy zaznaczyć pole zgody.',
  tooLong: (max) => `Maksymalna liczba znaków: ${max}.`,
  fieldInvalid: 'Proszę sprawdzić to pole: serwis rezerwacji go nie przyjął.',
  slotTaken: 'Ten termin został właśnie zajęty. Poniżej terminy, które są nadal wolne.',
  slotTakenNearest: 'Ten termin został właśnie zajęty. Poniżej najbliższe wolne godziny tego dnia.',
  nearestTimes: 'Najbliższe wolne godziny',
  allTimesThatDay: 'Wszystkie wolne godziny tego dnia',
  policyViolation: 'Tego terminu nie można już zarezerwować. Proszę wybrać inny.',
  busy: 'Serwis rezerwacji jest obecnie przeciążony. Wpisane dane zostały zachowane – proszę spróbować ponownie.',
  network: 'Brak połączenia z serwisem rezerwacji. Proszę sprawdzić połączenie; wpisane dane zostały zachowane.',
  unknownError: 'Coś poszło nie tak. Wpisane dane zostały zachowane – proszę spróbować ponownie.',

  // Confirmation
  confirmedHeading: 'Rezerwacja potwierdzona',
  confirmedEmail: (email) => `Potwierdzenie zostanie wysłane na adres ${email}.`,
  what: 'Usługa',
  when: 'Termin',
  withWhom: 'Pracownik',
  withStaff: (names) => `Pracownik: ${names}`,
  where: 'Miejsce',
  businessTime: (time) => `${time} (czas lokalny firmy)`,
  joinMeeting: 'Dołącz do spotkania online',
  joinLinkLater: 'Link do spotkania znajdzie się w e-mailu z potwierdzeniem.',
  addToCalendar: 'Dodaj do kalendarza (.ics)',
  googleCalendar: 'Dodaj do Kalendarza Google',
  outlookCalendar: 'Dodaj do Outlook.com',
  microsoft365Calendar: 'Dodaj do Microsoft 365',
  manageLink: 'Zmień lub odwołaj rezerwację',
  manageHint: 'Warto zachować ten link: każdy, kto go ma, może zmienić lub odwołać rezerwację.',
  bookAnother: 'Zarezerwuj kolejną wizytę',

  // Manage
  manageHeading: 'Rezerwacja',
  manageMissing: 'Ten link jest niekompletny. Proszę ponownie otworzyć link z e-maila z potwierdzeniem.',
  manageNotFound: 'Nie znaleziono tej rezerwacji. Link może zawierać błąd albo rezerwacja została usunięta.',
  statusCancelled: 'Ta rezerwacja została odwołana.',
  reschedule: 'Zmień termin',
  rescheduleHeading: 'Wybór nowego terminu',
  confirmReschedule: (when) => `Przenieś na termin: ${when}`,
  rescheduledHeading: 'Termin rezerwacji został zmieniony',
  cancel: 'Odwołaj rezerwację',
  cancelHeading: 'Odwołać tę rezerwację?',
  cancelReason: 'Powód',
  confirmCancel: 'Tak, odwołaj',
  keepBooking: 'Zachowaj rezerwację',
  cancelledHeading: 'Rezerwacja została odwołana',
  changesUntil: (when) => `Rezerwację można zmienić lub odwołać do: ${when}.`,
  changesClosed: (when) => `Zmiany były możliwe do: ${when}.`,
  contactToChange: (business) => `Aby zmienić ją teraz, prosimy o kontakt: ${business}.`,
  notManageable: 'Tę rezerwację utworzyła firma. W sprawie zmian prosimy o bezpośredni kontakt z firmą.',
  tooLateToChange: 'Tej rezerwacji nie można już zmienić online.',
  newBooking: 'Nowa rezerwacja',
  // Wizyty cykliczne (issue 20)
  repeatToggle: 'Zarezerwuj jako cykl',
  repeatEvery: 'Powtarzanie',
  repeatWeekly: 'Co tydzień',
  repeatBiweekly: 'Co 2 tygodnie',
  repeatMonthly: 'Co miesiąc',
  repeatEnds: 'Koniec',
  repeatAfter: 'Po określonej liczbie wizyt',
  repeatCount: 'Liczba wizyt',
  repeatUntil: 'W określonym dniu',
  repeatUntilDate: 'Ostatnia data',
  repeatLimit: (n) => `Najwyżej ${n} razy, w okresie rezerwacji.`,
  repeatMonthEnd: 'W miesiącu bez tego dnia wizyta przypada na jego ostatni dzień.',
  checkDates: 'Sprawdź terminy',
  checkingDates: 'Sprawdzanie terminów…',
  seriesDatesHeading: 'Terminy',
  dateFree: 'Wolny',
  dateNotFree: 'Zajęty',
  dateTooFar: 'Zbyt odległy, by go zarezerwować',
  alternativesFor: (when) => `Zamiast ${when}`,
  skipDate: 'Pomiń ten termin',
  noAlternatives: 'Brak wolnego czasu w pobliżu: ten termin zostanie pominięty.',
  seriesSummary: (n, total) => `Zostanie zarezerwowanych ${n} z ${total} terminów.`,
  bookSeries: (n) => `Zarezerwuj ${n} ${p(n, { one: 'wizytę', few: 'wizyty', many: 'wizyt', other: 'wizyty' })}`,
  seriesRechecked: (when) =>
    `Termin ${when} został w międzyczasie zajęty. Terminy sprawdzono ponownie; nic nie zostało zarezerwowane.`,
  seriesNoneChosen: 'Wybierz co najmniej jeden termin.',
  seriesCheckFirst: 'Sprawdź terminy przed rezerwacją cyklu.',
  seriesPosition: (i, n) => `${i} z ${n} w cyklu`,
  seriesBooked: (n) => `Zarezerwowano ${n} ${p(n, { one: 'wizytę', few: 'wizyty', many: 'wizyt', other: 'wizyty' })}`,
  seriesAll: 'Wszystkie terminy cyklu',
  seriesOpen: 'Pokaż',
  seriesThis: 'Ta wizyta',
  seriesCancelledDate: 'Odwołana',
  cancelFollowing: 'Odwołaj tę i wszystkie następne',
  cancelFollowingHeading: (n) =>
    `Odwołać ${n} ${p(n, { one: 'wizytę', few: 'wizyty', many: 'wizyt', other: 'wizyty' })}?`,
  confirmCancelFollowing: 'Tak, odwołaj',
  cancelledFollowing: (n) => `Odwołano ${n} ${p(n, { one: 'wizytę', few: 'wizyty', many: 'wizyt', other: 'wizyty' })}.`,
  // Popup (<booking-button>)
  bookNow: 'Zarezerwuj',
  bookingDialogTitle: 'Umów wizytę',
  closeDialog: 'Zamknij',
  popupLoadFailed: 'Nie udało się otworzyć okna rezerwacji.',
  // Waitlists (issue 20).
  waitlistJoin: 'Zapisz się na listę oczekujących na ten dzień',
  waitlistHeading: 'Zapis na listę oczekujących',
  waitlistSubmit: 'Zapisz mnie na listę',
  waitlistSubmitting: 'Zapisywanie…',
  waitlistJoinedHeading: 'Jesteś na liście oczekujących',
  waitlistLinkHint:
    'Wysłaliśmy Ci e-mailem prywatny link. Dzięki niemu sprawdzisz swoje miejsce, opuścisz listę lub zajmiesz zaproponowane miejsce.',
  waitlistOpen: 'Sprawdź swoje miejsce',
  waitlistAlready: 'Jesteś już na tej liście oczekujących.',
  waitlistFreeNow: 'W tym dniu są teraz wolne terminy: wybierz jeden z nich.',
  waitlistEntryHeading: 'Twoje miejsce na liście oczekujących',
  waitlistWaitingFor: 'Oczekiwanie na',
  waitlistOfferedHeading: 'Zwolniło się dla Ciebie miejsce',
  waitlistClaim: 'Zajmij to miejsce',
  waitlistClaiming: 'Rezerwowanie…',
  waitlistClaimedText: 'Zająłeś/zajęłaś miejsce: jest zarezerwowane. Potwierdzenie jest w drodze.',
  waitlistLeftText: 'Opuściłeś/opuściłaś tę listę oczekujących.',
  waitlistLapsedText: 'Oferta wygasła, a miejsce przeszło do następnej osoby z listy.',
  waitlistPassedText: 'Termin, na który czekałeś/czekałaś, już minął.',
  waitlistLeave: 'Opuść listę oczekujących',
  waitlistLeaving: 'Opuszczanie…',
  waitlistTaken: 'Ktoś był szybszy: to miejsce zostało już zajęte.',
  waitlistNotFound: 'Ten link nie pasuje do żadnego zapisu na liście oczekujących.',
  waitlistIntro: (day: string) =>
    `W dniu ${day} nie ma wolnych terminów. Zostaw swoje dane: gdy zwolni się miejsce, pierwsza osoba z listy dostanie je e-mailem i będzie ono dla niej przez jakiś czas trzymane.`,
  waitlistPosition: (n: number) => `Jesteś numerem ${n} w kolejce.`,
  waitlistWaiting: (n: number, total: number) =>
    `Jesteś numerem ${n} z ${total} oczekujących. Napiszemy, gdy tylko zwolni się miejsce.`,
  waitlistOfferedText: (until: string) =>
    `Trzymamy je dla Ciebie do ${until}. Zajmij je, aby je zarezerwować; potem przejdzie do następnej osoby z listy.`,
  waitlistAnyTime: (day: string) => `Dowolna godzina, ${day}`,
};
