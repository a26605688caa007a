export * from './lib/empty-state.component';
export * from './lib/focus-first-invalid';
export * from './lib/initials-avatar.component';
export * from './lib/page-header.component';
export * from './lib/page-state.component';
