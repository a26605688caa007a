import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, RequirePermission } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';
import { PeerSessionModel } from '../sessions/peer-session.model';
import { OfferPeerWindowsInput, PeerOfferIdInput } from './peer-offer.input';
import { OpenPeerOfferModel, PeerOfferModel } from './peer-offer.model';
import { PeerOffersService } from './peer-offers.service';

@Resolver(() => PeerOfferModel)
export class PeerOffersResolver {
  constructor(private readonly offers: PeerOffersService) {}

  @Query(() => [PeerOfferModel], { description: "The viewer's offered windows still ahead" })
  @RequirePermission(Permission.PeerPractice)
  myPeerOffers(@CurrentUser() actor: AuthUser): Promise<PeerOfferModel[]> {
    return this.offers.mine(actor);
  }

  @Query(() => [OpenPeerOfferModel], { description: "Other students' waiting windows that fit the viewer" })
  @RequirePermission(Permission.PeerPractice)
  openPeerOffers(@CurrentUser() actor: AuthUser): Promise<OpenPeerOfferModel[]> {
    return this.offers.open(actor);
  }

  @Mutation(() => [PeerOfferModel], { description: 'Offers windows; each is matched at once when a fitting partner waits' })
  @RequirePermission(Permission.PeerPractice)
  offerPeerWindows(@CurrentUser() actor: AuthUser, @Args('input') input: OfferPeerWindowsInput): Promise<PeerOfferModel[]> {
    return this.offers.offer(actor, input);
  }

  @Mutation(() => PeerSessionModel, { description: 'Takes an open offer shown to the viewer' })
  @RequirePermission(Permission.PeerPractice)
  takePeerOffer(@CurrentUser() actor: AuthUser, @Args('input') input: PeerOfferIdInput): Promise<PeerSessionModel> {
    return this.offers.take(actor, input.offerId);
  }

  @Mutation(() => PeerOfferModel)
  @RequirePermission(Permission.PeerPractice)
  withdrawPeerOffer(@CurrentUser() actor: AuthUser, @Args('input') input: PeerOfferIdInput): Promise<PeerOfferModel> {
    return this.offers.withdraw(actor, input.offerId);
  }
}
