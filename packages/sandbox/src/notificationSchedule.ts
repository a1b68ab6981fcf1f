/**
 * Antom's documented redelivery schedule (spec section 7): the first delivery at once, then after 2 min, 10 min,
 * 10 min, 1 h, 2 h, 6 h and 15 h: eight deliveries within about 24 hours, until one is acknowledged.
 */
export const notificationScheduleMs: readonly number[] = [
  0,
  2 * 60_000,
  10 * 60_000,
  10 * 60_000,
  60 * 60_000,
  2 * 60 * 60_000,
  6 * 60 * 60_000,
  15 * 60 * 60_000,
];
