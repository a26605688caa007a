export * from './slot-types';
export { openIntervals } from './availability';
export { computeSlots, slotsForAnyCoach, whyNotOffered } from './slot-engine';
export { pickCoach, isoWeekContaining } from './coach-picker';
export { validateWeeklyRanges, validateOverrides } from './weekly-range-validator';
