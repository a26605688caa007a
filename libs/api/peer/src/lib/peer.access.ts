import { Injectable } from '@nestjs/common';
import { AccessColumns, AccessRule, AuthUser, canAccess, ForbiddenError, NotFoundError } from '@debrief/api/core';
import { hasPermission, Permission } from '@debrief/shared/domain';
import { PeerHalfRole } from './peer.enums';

/** What the session rule looks at. */
export interface PeerSessionParties {
  id: string;
  firstId: string;
  secondId: string;
}

export const PEER_SESSION_COLUMNS: AccessColumns<PeerSessionParties> = { firstId: 'first_id', secondId: 'second_id' };

/** Half 1: "first" interviews "second"; half 2: the other way round. */
export function roleIn(half: 1 | 2, session: PeerSessionParties, viewerId: string): PeerHalfRole {
  const interviewer = half === 1 ? session.firstId : session.secondId;
  return interviewer === viewerId ? PeerHalfRole.Interviewer : PeerHalfRole.Interviewee;
}

/**
 * Who may see and act on peer practice records, decided here and nowhere else. A peer session is
 * its two students' alone: staff manage peer practice (settings, reports, suspensions) but do not
 * read the sessions' questions or feedback, and nobody else learns who practised with whom.
 */
@Injectable()
export class PeerAccess {
  isStaff(actor: AuthUser): boolean {
    return hasPermission(actor.role, Permission.PeerManage);
  }

  /** The sessions an actor may see: those they are one of the two students of. */
  sessionRule(actor: AuthUser): AccessRule<PeerSessionParties> {
    return { anyOf: [{ field: 'firstId', eq: actor.id }, { field: 'secondId', eq: actor.id }] };
  }

  /** NOT_FOUND for no session, FORBIDDEN for anyone but its two students. */
  assertParty(actor: AuthUser, session: PeerSessionParties | null, id: string): asserts session is PeerSessionParties {
    if (!session) throw new NotFoundError('Peer session', id);
    if (!canAccess(this.sessionRule(actor), session)) throw new ForbiddenError('This peer session is not yours.');
  }

  partnerOf(session: PeerSessionParties, actorId: string): string {
    return session.firstId === actorId ? session.secondId : session.firstId;
  }
}
