import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { Database } from '@hocuspocus/extension-database';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { Extension, Hocuspocus, onAuthenticatePayload } from '@hocuspocus/server';
import { APP_CONFIG, AppConfig, Authenticator, AuthUser, DomainError } from '@debrief/api/core';
import { SessionDirectoryService } from '@debrief/api/scheduling';
import cookieParser from 'cookie-parser';
import type { Request } from 'express';
import IORedis from 'ioredis';
import { WebSocket, WebSocketServer } from 'ws';
import { PracticeAccess, RoomEntry } from '../practice.access';
import { PracticePad } from '../practice.enums';
import { PracticeDocumentStore } from './practice-document.store';

/** The path the portal's provider connects to: /practice/ws/<session id>. */
export const PRACTICE_WS_PATH = '/practice/ws/';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface RoomContext {
  user: AuthUser;
  entry: RoomEntry;
}

/**
 * The practice rooms' WebSocket: Hocuspocus on the API's own HTTP server (the upgrade event on
 * /practice/ws/<session>). The upgrade is refused with a plain HTTP status unless the session
 * cookie names a user whom practice.access lets into that open room; each document in the socket
 * is checked again by the same rule (the coach's private notes open to the coach alone).
 * Documents are kept in PostgreSQL; with REDIS_URL the processes share their updates via Redis.
 */
@Injectable()
export class PracticeCollabServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger('PracticeRoom');
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 2 * 1024 * 1024 });
  readonly hocuspocus: Hocuspocus;
  private closeTimers = new Set<NodeJS.Timeout>();
  private readonly storing = new Set<Promise<void>>();
  private detach?: () => void;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
    private readonly authenticator: Authenticator,
    private readonly sessions: SessionDirectoryService,
    private readonly access: PracticeAccess,
    private readonly store: PracticeDocumentStore,
  ) {
    const extensions: Extension[] = [
      new Database({
        fetch: ({ documentName }) => this.store.fetch(documentName),
        store: ({ documentName, state }) => this.storeDocument(documentName, state),
      }),
    ];
    if (config.redis.url) {
      const url = config.redis.url;
      extensions.push(new RedisExtension({ createClient: () => new IORedis(url, { maxRetriesPerRequest: null }), prefix: `${config.redis.prefix}:practice` }));
    }
    this.hocuspocus = new Hocuspocus({
      name: 'practice',
      quiet: true,
      debounce: 200,
      maxDebounce: 1000,
      extensions,
      onAuthenticate: (data) => this.authorizeDocument(data),
    });
  }

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter.getHttpServer() as import('node:http').Server;
    const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      const path = (request.url ?? '').split('?')[0];
      if (!path.startsWith(PRACTICE_WS_PATH)) return;
      this.upgrade(request, socket, head, path.slice(PRACTICE_WS_PATH.length)).catch((error: unknown) => {
        this.log.error(`practice upgrade failed: ${(error as Error)?.message ?? error}`);
        refuse(socket, 500);
      });
    };
    server.on('upgrade', onUpgrade);
    this.detach = () => server.off('upgrade', onUpgrade);
  }

  /** Stores every document with pending edits, then closes the sockets (clients reconnect elsewhere). */
  async beforeApplicationShutdown(): Promise<void> {
    this.detach?.();
    for (const t of this.closeTimers) clearTimeout(t);
    const pending = [...this.hocuspocus.documents.keys()].map((name) => `onStoreDocument-${name}`).filter((id) => this.hocuspocus.debouncer.isDebounced(id));
    await Promise.allSettled(pending.map((id) => this.hocuspocus.debouncer.executeNow(id)));
    const unloaded = new Promise<void>((resolve) => {
      if (this.hocuspocus.getDocumentsCount() === 0) return resolve();
      this.hocuspocus.configuration.extensions.push({ afterUnloadDocument: async () => (this.hocuspocus.getDocumentsCount() === 0 ? resolve() : undefined) });
      setTimeout(resolve, 10_000).unref();
    });
    this.hocuspocus.closeConnections();
    for (const ws of this.wss.clients) ws.terminate();
    await unloaded;
    // The last stores (documents unloading as their sockets close) finish before the pool closes.
    await Promise.allSettled([...this.storing]);
    await this.hocuspocus.hooks('onDestroy', { instance: this.hocuspocus });
    this.wss.close();
  }

  /**
   * Keeps a document's state. A failed store (the database away for a moment) is logged, not
   * thrown: the state stays in memory and the next store, which merges the whole state, keeps it.
   */
  private async storeDocument(documentName: string, state: Uint8Array): Promise<void> {
    const doc = this.access.parseDocumentName(documentName);
    if (!doc || doc.pad === PracticePad.Signal) return;
    const work = this.store.store(doc.sessionId, documentName, state).catch((error: unknown) => {
      this.log.error(`storing ${documentName} failed: ${(error as Error)?.message ?? error}`);
    });
    this.storing.add(work);
    try {
      await work;
    } finally {
      this.storing.delete(work);
    }
  }

  /** Writes to the server-only signal document: everyone in the room reloads its state. */
  async signal(sessionId: string, what: string): Promise<void> {
    const connection = await this.hocuspocus.openDirectConnection(this.access.documentName(sessionId, PracticePad.Signal), {});
    try {
      await connection.transact((doc) => doc.getMap('room').set(what, Date.now()));
    } finally {
      await connection.disconnect();
    }
  }

  private async upgrade(request: IncomingMessage, socket: Duplex, head: Buffer, sessionId: string): Promise<void> {
    if (!UUID.test(sessionId)) return refuse(socket, 404);
    if (!sameOrigin(request)) return refuse(socket, 403);
    const user = await this.authenticator.authenticate(await withCookies(request));
    if (!user) return refuse(socket, 401);
    let entry: RoomEntry;
    try {
      entry = this.access.enter(user, await this.sessions.facts(sessionId), sessionId);
      this.access.assertOpen(entry, new Date());
    } catch (error) {
      if (error instanceof DomainError) return refuse(socket, error.code === 'NOT_FOUND' ? 404 : 403);
      throw error;
    }
    this.wss.handleUpgrade(request, socket, head, (ws) => {
      this.closeAt(ws, entry.closesAt);
      const context: RoomContext = { user, entry };
      this.hocuspocus.handleConnection(ws, request, context);
    });
  }

  /** Every document of the socket is in the socket's room, and the rule allows that pad. */
  private async authorizeDocument({ documentName, context, connectionConfig }: onAuthenticatePayload): Promise<void> {
    const { entry } = context as RoomContext;
    const doc = this.access.parseDocumentName(documentName);
    if (!entry || !doc || doc.sessionId !== entry.sessionId) throw new Error('permission-denied');
    this.access.assertOpen(entry, new Date());
    connectionConfig.readOnly = this.access.padAccess(entry, doc.pad).readOnly;
  }

  /** The room closes on time: its sockets are closed when the window ends. */
  private closeAt(ws: WebSocket, closesAt: Date): void {
    const timer = setTimeout(() => {
      this.closeTimers.delete(timer);
      ws.close(4403, 'room-closed');
    }, Math.max(0, closesAt.getTime() - Date.now()));
    this.closeTimers.add(timer);
    ws.once('close', () => {
      clearTimeout(timer);
      this.closeTimers.delete(timer);
    });
  }
}

/** The same cookie parsing as every HTTP request (the app's cookie-parser), on the upgrade request. */
const parseCookies = cookieParser();
function withCookies(request: IncomingMessage): Promise<Request> {
  return new Promise((resolve, reject) =>
    parseCookies(request as Request, {} as never, (error?: unknown) => (error ? reject(error) : resolve(request as Request))),
  );
}

function refuse(socket: Duplex, status: 401 | 403 | 404 | 500): void {
  const text = { 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error' }[status];
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** A browser always sends Origin on a WebSocket: one from another site is refused (no cross-site hijacking). */
function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
