// The calendar module's public API: day numbers, plan dates, durations, holidays, working days.
export * from './day.js';
export * from './period.js';
export * from './duration.js';
export * from './holidays.js';
export * from './calendar.js';
export { INDEX_MAX, INDEX_MIN } from './workday-index.js';
export * from './estimate.js';
export { parseLenientDay } from './lenient-day.js';
