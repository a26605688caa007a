import { Module } from '@nestjs/common';
import { CoachingModule } from '@debrief/api/coaching';
import { IdentityModule } from '@debrief/api/identity';
import { NotificationsModule } from '@debrief/api/notifications';
import { PeerMailer } from './mail/peer-mailer.service';
import { PeerMatchingService } from './offers/peer-matching.service';
import { PeerOffersResolver } from './offers/peer-offers.resolver';
import { PeerOffersService } from './offers/peer-offers.service';
import { PeerAccess } from './peer.access';
import { PeerProfilesResolver } from './profiles/peer-profiles.resolver';
import { PeerProfilesService } from './profiles/peer-profiles.service';
import { PeerStaffResolver } from './safety/peer-staff.resolver';
import { PeerStaffService } from './safety/peer-staff.service';
import { PeerSessionsResolver } from './sessions/peer-sessions.resolver';
import { PeerSessionsService } from './sessions/peer-sessions.service';

/** Peer practice: students matched with each other for reciprocal mock interviews (issue 13). */
@Module({
  imports: [IdentityModule, NotificationsModule, CoachingModule],
  providers: [
    PeerAccess,
    PeerMailer,
    PeerProfilesService,
    PeerProfilesResolver,
    PeerMatchingService,
    PeerOffersService,
    PeerOffersResolver,
    PeerSessionsService,
    PeerSessionsResolver,
    PeerStaffService,
    PeerStaffResolver,
  ],
})
export class PeerModule {}
