import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';

/** Colours for remote cursors (AA contrast on white for the name labels). */
const COLORS = ['#1565c0', '#6a1b9a', '#2e7d32', '#ad1457', '#4e342e', '#00695c'];

export interface RoomDoc {
  doc: Y.Doc;
  text: Y.Text;
  provider: HocuspocusProvider;
}

/**
 * One WebSocket to the room (the session cookie goes with it; same origin) carrying each of the
 * room's Yjs documents. Every document binds its Y.Text "content".
 */
export class RoomConnection {
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly docs: RoomDoc[] = [];

  constructor(
    websocketPath: string,
    private readonly me: { id: string; name: string },
  ) {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    this.socket = new HocuspocusProviderWebsocket({ url: `${scheme}://${location.host}${websocketPath}` });
  }

  open(name: string): RoomDoc {
    const doc = new Y.Doc();
    const provider = new HocuspocusProvider({ websocketProvider: this.socket, name, document: doc });
    provider.attach();
    const color = COLORS[[...this.me.id].reduce((a, c) => a + c.charCodeAt(0), 0) % COLORS.length];
    provider.awareness?.setLocalStateField('user', { name: this.me.name, color, colorLight: `${color}33` });
    const entry = { doc, text: doc.getText('content'), provider };
    this.docs.push(entry);
    return entry;
  }

  destroy(): void {
    for (const d of this.docs) d.provider.destroy();
    this.socket.destroy();
  }
}
