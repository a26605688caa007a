export * from './lib/outbox.page';
export * from './lib/calendar-feed.page';
