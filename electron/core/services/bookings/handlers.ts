import type { bookingMethods } from '../../../../shared/methods/bookings';
import type { HandlerTable } from '../../handlerTable';

/** One service function per method of shared/methods/bookings.ts. */
export const bookingHandlers: HandlerTable<typeof bookingMethods> = {};
