/** Building blocks for the peer practice specs: students with profiles, windows, and the SQL the API cannot do (moving time). */
import { Role } from '@debrief/shared/domain';
import { Agent, createTestUser, expectNoErrors, TestApi } from '../support/api';
import { dataSource } from '../scheduling/scheduling.helpers';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export const SESSION_FIELDS = /* GraphQL */ `
  id focus status startsAt endsAt partnerName
  halves { number role startsAt endsAt }
  myQuestion { text guide fromBank }
  questionForMe
  rubric { key label descriptors }
  feedback { partnerSubmitted given { scores { criterion score } comments helpfulness peer } received { scores { criterion score } comments helpfulness peer } }
  cancelReason cancelledByMe noShowReported
`;
export const SAVE_PROFILE = `mutation($input: SavePeerProfileInput!) { savePeerProfile(input: $input) { focus level languages targetCompanies suspended pausedUntil pauseReason centerEnabled sessionMinutes } }`;
export const MY_PROFILE = `{ myPeerProfile { focus level languages suspended suspendedReason pausedUntil pauseReason centerEnabled sessionMinutes } }`;
export const OFFER = `mutation($input: OfferPeerWindowsInput!) { offerPeerWindows(input: $input) { id status startsAt endsAt session { ${SESSION_FIELDS} } } }`;
export const MY_OFFERS = `{ myPeerOffers { id status startsAt endsAt session { id } } }`;
export const OPEN_OFFERS = `{ openPeerOffers { id focus level startsAt endsAt sharedLanguages } }`;
export const TAKE = `mutation($input: PeerOfferIdInput!) { takePeerOffer(input: $input) { ${SESSION_FIELDS} } }`;
export const WITHDRAW = `mutation($input: PeerOfferIdInput!) { withdrawPeerOffer(input: $input) { id status } }`;
export const SESSION = `query($id: ID!) { peerSession(id: $id) { ${SESSION_FIELDS} } }`;
export const MY_SESSIONS = `{ myPeerSessions { id status startsAt } }`;
export const CANCEL = `mutation($input: CancelPeerSessionInput!) { cancelPeerSession(input: $input) { ${SESSION_FIELDS} } }`;
export const FEEDBACK = `mutation($input: SubmitPeerFeedbackInput!) { submitPeerFeedback(input: $input) { ${SESSION_FIELDS} } }`;
export const NO_SHOW = `mutation($input: PeerSessionIdInput!) { reportPeerNoShow(input: $input) { id noShowReported } }`;
export const BLOCK = `mutation($input: PeerSessionIdInput!) { blockPeer(input: $input) { id } }`;
export const REPORT = `mutation($input: ReportPeerInput!) { reportPeer(input: $input) { id } }`;
export const SETTINGS = `{ peerSettings { enabled sessionMinutes noShowLimit noShowWindowDays pauseDays } }`;
export const UPDATE_SETTINGS = `mutation($input: UpdatePeerSettingsInput!) { updatePeerSettings(input: $input) { enabled sessionMinutes noShowLimit noShowWindowDays pauseDays } }`;
export const SUSPEND = `mutation($input: SetPeerSuspensionInput!) { setPeerSuspension(input: $input) { studentId name suspended suspendedReason } }`;
export const REPORTS = `{ peerReports { id kind reason reporterName reportedName reportsAgainst } }`;
export const ACTIONS = `{ peerStaffActions { action actorName studentName detail } }`;

export interface Peer {
  id: string;
  email: string;
  agent: Agent;
}

export async function peer(api: TestApi, admin: Agent, label: string, profile: { focus?: string; level?: string; languages?: string[] } = {}): Promise<Peer> {
  const user = await createTestUser(api, admin, { role: Role.Student, label });
  const agent = await api.signInAs(user.email, user.password);
  expectNoErrors(
    await api.gql(agent, SAVE_PROFILE, {
      input: { focus: profile.focus ?? 'CODING', level: profile.level ?? 'NEW_GRAD', languages: profile.languages ?? ['English'] },
    }),
  );
  return { id: user.id, email: user.email, agent };
}

let slot = 0;
/**
 * A fresh hour-aligned instant in the next 13 days that no other test of the run uses: specs
 * share one database, so each test's windows stay apart from every other test's.
 */
export function freshStart(): Date {
  const base = new Date(Date.now() + 2 * HOUR);
  base.setUTCMinutes(0, 0, 0);
  slot += 5;
  return new Date(base.getTime() + slot * HOUR);
}

export const win = (start: Date, minutes: number) => ({ startsAt: start.toISOString(), endsAt: new Date(start.getTime() + minutes * MINUTE).toISOString() });

/** Moves a session so it starts `msFromNow` from now (the API only books ahead). */
export async function moveSession(api: TestApi, id: string, msFromNow: number, minutes = 60): Promise<void> {
  const start = new Date(Date.now() + msFromNow);
  await dataSource(api).query(`UPDATE peer_sessions SET starts_at = $2, ends_at = $3 WHERE id = $1`, [id, start, new Date(start.getTime() + minutes * MINUTE)]);
}

/** Every offer still waiting is withdrawn, so the next test starts from an empty pool. */
export async function clearOpenOffers(api: TestApi): Promise<void> {
  await dataSource(api).query(`UPDATE peer_offers SET status = 'WITHDRAWN' WHERE status = 'OPEN'`);
}
