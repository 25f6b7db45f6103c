import ICAL from 'ical.js';

// An ICS file's events as the tests read them back (ical.js): what a calendar shows of each.
export function icsEvents(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      sequence: Number(v.getFirstPropertyValue('sequence')),
      status: v.getFirstPropertyValue('status')?.toString() ?? null,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      zone: v.getFirstProperty('dtstart')?.getParameter('tzid') ?? null,
      utc: event.startDate.isDate ? null : event.startDate.toJSDate().toISOString(),
      location: v.getFirstPropertyValue('location')?.toString() ?? null,
      url: v.getFirstPropertyValue('url')?.toString() ?? null,
      alarm: v.getFirstSubcomponent('valarm') !== null,
    };
  });
}
