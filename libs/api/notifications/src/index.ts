export * from './lib/notifications.module';
export * from './lib/outbox/outbox-status';
export * from './lib/outbox/outbox-message.entity';
export * from './lib/outbox/outbox.service';
export * from './lib/outbox/outbox.resolver';
export * from './lib/templates/rendered-email';
export * from './lib/templates/invitation.template';
export * from './lib/templates/html';
