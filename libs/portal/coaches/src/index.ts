export * from './lib/coaches.routes';
export * from './lib/coach-profile-form.component';
