import { graphqlEnum } from '@debrief/api/core';
import { PeerFocus, PeerHalfRole, PeerLevel, PeerOfferStatus, PeerReportKind, PeerSessionStatus } from './peer.enums';

export const PeerFocusEnum = graphqlEnum(PeerFocus, 'PeerFocus', 'What a student practises with peers');
export const PeerLevelEnum = graphqlEnum(PeerLevel, 'PeerLevel', "A student's level; peers are matched at most one step apart");
export const PeerOfferStatusEnum = graphqlEnum(PeerOfferStatus, 'PeerOfferStatus');
export const PeerSessionStatusEnum = graphqlEnum(PeerSessionStatus, 'PeerSessionStatus');
export const PeerHalfRoleEnum = graphqlEnum(PeerHalfRole, 'PeerHalfRole', "The viewer's part in one half of a peer session");
export const PeerReportKindEnum = graphqlEnum(PeerReportKind, 'PeerReportKind');
