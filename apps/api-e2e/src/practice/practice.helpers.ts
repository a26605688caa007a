/**
 * Building blocks for the practice room specs: sessions placed around "now" with SQL (the API only
 * books with notice), session cookies for WebSocket clients, and real Yjs clients
 * (@hocuspocus/provider over `ws`) that record every frame the server sends them.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { Role } from '@debrief/shared/domain';
import request from 'supertest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { Agent, createTestUser, SIGN_IN, TestApi } from '../support/api';
import { createSessionType, dataSource, SessionType } from '../scheduling/scheduling.helpers';

export const MINUTE = 60_000;

export const ROOM_FIELDS = /* GraphQL */ `
  sessionId role isOpen opensAt closesAt serverNow startsAt endsAt language recordingUrl code notes
  live { websocketPath readOnly documents { code notes signal coachNotes } }
  clock { phase phaseStartedAt phaseEndsAt plan { phase minutes } }
  questions { id text topic company askedAt }
`;
export const ROOM = `query($id: ID!) { practiceRoom(sessionId: $id) { ${ROOM_FIELDS} } }`;
export const ADVANCE = `mutation($input: AdvancePracticeClockInput!) { advancePracticeClock(input: $input) { ${ROOM_FIELDS} } }`;
export const ASK = `mutation($input: AskPracticeQuestionInput!) { askPracticeQuestion(input: $input) { ${ROOM_FIELDS} } }`;
export const RECORDING = `mutation($input: SetPracticeRecordingInput!) { setPracticeRecording(input: $input) { ${ROOM_FIELDS} } }`;
export const LANGUAGE = `mutation($input: SetPracticeLanguageInput!) { setPracticeLanguage(input: $input) { ${ROOM_FIELDS} } }`;

export interface RoomPerson {
  id: string;
  email: string;
  password: string;
  agent: Agent;
  cookie: string;
}

/** Signs in over plain HTTP and returns the Cookie header value a WebSocket client sends. */
export async function sessionCookie(api: TestApi, email: string, password: string): Promise<string> {
  const res = await request(api.server).post('/graphql').set('Accept', 'application/json').send({ query: SIGN_IN, variables: { input: { email, password } } });
  const set = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const cookie = set.map((c) => c.split(';')[0]).find((c) => c.startsWith('debrief_session='));
  if (!cookie) throw new Error(`no session cookie for ${email}: ${JSON.stringify(res.body)}`);
  return cookie;
}

export async function roomPerson(api: TestApi, admin: Agent, role: Role, label: string): Promise<RoomPerson> {
  const user = await createTestUser(api, admin, { role, label });
  return { ...user, agent: await api.signInAs(user.email, user.password), cookie: await sessionCookie(api, user.email, user.password) };
}

export interface RoomWorld {
  coach: RoomPerson;
  student: RoomPerson;
  otherCoach: RoomPerson;
  otherStudent: RoomPerson;
  type: SessionType;
}

export async function createRoomWorld(api: TestApi, admin: Agent, staff: Agent, label: string): Promise<RoomWorld> {
  return {
    coach: await roomPerson(api, admin, Role.Coach, `${label}-coach`),
    student: await roomPerson(api, admin, Role.Student, `${label}-student`),
    otherCoach: await roomPerson(api, admin, Role.Coach, `${label}-coach2`),
    otherStudent: await roomPerson(api, admin, Role.Student, `${label}-student2`),
    type: await createSessionType(api, staff, { category: 'CODING', durationMinutes: 60, interviewMinutes: 40 }),
  };
}

/**
 * A booked session starting `startsInMs` from now (negative: already started), `minutes` long.
 * Earlier test sessions of the same people that would overlap it are cancelled first (the
 * database's no-overlap rules hold).
 */
export async function sessionAt(api: TestApi, w: Pick<RoomWorld, 'coach' | 'student' | 'type'>, startsInMs: number, minutes = 60, status = 'BOOKED'): Promise<string> {
  const start = new Date(Date.now() + startsInMs);
  const end = new Date(start.getTime() + minutes * MINUTE);
  const id = randomUUID();
  await dataSource(api).query(
    `UPDATE bookings SET status = 'CANCELLED' WHERE status <> 'CANCELLED' AND (coach_id = $1 OR student_id = $2) AND tstzrange(blocked_from, blocked_to) && tstzrange($3::timestamptz, $4::timestamptz) AND assignment = 'practice-test'`,
    [w.coach.id, w.student.id, start.toISOString(), end.toISOString()],
  );
  await dataSource(api).query(
    `INSERT INTO bookings (id, session_type_id, coach_id, student_id, starts_at, ends_at, blocked_from, blocked_to, status, assignment, location, ical_uid)
     VALUES ($1, $2, $3, $4, $5, $6, $5, $6, $7, 'practice-test', '', $8)`,
    [id, w.type.id, w.coach.id, w.student.id, start.toISOString(), end.toISOString(), status, randomUUID()],
  );
  return id;
}

export function wsBase(api: TestApi): string {
  return `ws://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
}

export interface PadClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  text: Y.Text;
  /** Every binary frame the server sent this client's socket, as text (for leak checks). */
  frames: Buffer[];
  denied: string[];
  synced: Promise<void>;
  destroy(): void;
}

/** A Yjs client of one room document, over a real WebSocket carrying the person's cookie. */
export function openPad(base: string, sessionId: string, cookie: string | null, documentName: string, doc = new Y.Doc()): PadClient {
  const frames: Buffer[] = [];
  const denied: string[] = [];
  class CookieSocket extends WebSocket {
    constructor(url: string) {
      super(url, { headers: cookie ? { cookie } : {} });
      this.on('message', (data: Buffer) => frames.push(Buffer.from(data)));
    }
  }
  let onSynced!: () => void;
  let timer: NodeJS.Timeout | undefined;
  const synced = new Promise<void>((resolve, reject) => {
    onSynced = () => {
      clearTimeout(timer);
      resolve();
    };
    timer = setTimeout(() => reject(new Error(`${documentName} did not sync within 15 s`)), 15_000);
  });
  synced.catch(() => undefined);
  const provider = new HocuspocusProvider({
    url: `${base}/practice/ws/${sessionId}`,
    name: documentName,
    document: doc,
    WebSocketPolyfill: CookieSocket,
    onSynced: () => onSynced(),
    onAuthenticationFailed: ({ reason }) => denied.push(reason),
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  return {
    doc,
    provider,
    text: doc.getText('content'),
    frames,
    denied,
    synced,
    destroy: () => {
      clearTimeout(timer);
      provider.destroy();
      provider.configuration.websocketProvider.destroy();
    },
  };
}

/** The HTTP status the server answers a WebSocket upgrade with (101 when it accepts). */
export function upgradeStatus(base: string, sessionId: string, cookie: string | null, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${base}/practice/ws/${sessionId}`, { headers: { ...(cookie ? { cookie } : {}), ...headers } });
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('open', () => {
      resolve(101);
      ws.close();
    });
    ws.on('error', (e) => (/Unexpected server response/.test(String(e)) ? undefined : reject(e)));
  });
}

export async function waitFor(what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
