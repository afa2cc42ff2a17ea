import type { bookingMethods } from '../../../../shared/bookings/methods';
import type { HandlerTable } from '../../handlerTable';
import { book, cancelBookings, moveBookings } from './booking';
import { exportShortCredits } from './creditsExport';
import { importCredits } from './creditsImport';
import { eligibilityFor } from './eligibilityService';
import { exportBookingList, exportSignInSheet } from './exports';
import { listBookings, listCredits, makeupCandidates } from './lists';
import { planningClock, setPlanningDate } from './planningClock';
import { importResults } from './resultsImport';
import { calendar, setCapacity } from './sessions';
import { spreadBookings } from './spread';
import { copyPolicy, getPolicy, listYears, savePolicy, workingYear } from './years';

/** One service function per method of shared/bookings/methods.ts. */
export const bookingHandlers: HandlerTable<typeof bookingMethods> = {
  'years.list': (ctx) => listYears(ctx),
  'years.get': (ctx, args) => getPolicy(ctx, args.year),
  'years.save': (ctx, args) => savePolicy(ctx, args.policy),
  'years.copy': (ctx, args) => copyPolicy(ctx, args.from, args.to),
  'planning.get': (ctx) => planningClock(ctx),
  'planning.set': (ctx, args) => setPlanningDate(ctx, args.asOf),
  'bookings.calendar': (ctx, args) => calendar(ctx, args.year),
  'bookings.eligibility': (ctx, args) => eligibilityFor(ctx, args),
  'bookings.book': (ctx, args) => book(ctx, args.year, args.sessionAt, args.staffIds),
  'bookings.spread': (ctx, args) => spreadBookings(ctx, args),
  'bookings.cancel': (ctx, args) => cancelBookings(ctx, args.ids),
  'bookings.move': (ctx, args) => moveBookings(ctx, args.ids, args.sessionAt),
  'bookings.list': (ctx, args) => listBookings(ctx, args),
  'bookings.setCapacity': (ctx, args) => setCapacity(ctx, args.sessionAt, args.capacity, args.room),
  'bookings.makeupList': (ctx, args) => makeupCandidates(ctx, args.year, args.unitId),
  'bookings.exportSignInSheet': (ctx, args) => exportSignInSheet(ctx, args),
  'bookings.exportList': (ctx, args) => exportBookingList(ctx, args),
  'credits.list': (ctx, args) => listCredits(ctx, args),
  'credits.exportShort': (ctx, args) => exportShortCredits(ctx, args),
  'years.working': (ctx) => workingYear(ctx),
  'credits.preview': (ctx, args) => importCredits(ctx, { ...args, apply: false }),
  'credits.apply': (ctx, args) => importCredits(ctx, { ...args, apply: true }),
  'results.preview': (ctx, args) => importResults(ctx, { ...args, apply: false }),
  'results.apply': (ctx, args) => importResults(ctx, { ...args, apply: true }),
};
