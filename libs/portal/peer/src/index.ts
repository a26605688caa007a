export * from './lib/peer.routes';
