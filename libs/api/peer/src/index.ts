export * from './lib/peer.module';
export * from './lib/peer.enums';
