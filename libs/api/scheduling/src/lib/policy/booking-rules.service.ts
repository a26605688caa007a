import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BookingEntity } from '../bookings/booking.entity';
import { BookingStatus } from '../scheduling.enums';
import { BlockedByNoShowsError, CapReachedError } from '../scheduling.errors';
import { BookingPolicyEntity } from './booking-policy.entity';
import type { StudentFacts } from '../calendar/calendar.loader';

export interface NoShowStanding {
  count: number;
  limit: number;
  windowDays: number;
  blockedUntil: Date | null;
}

/** The center's limits on a student's bookings, checked inside the booking transaction. */
@Injectable()
export class BookingRulesService {
  policy(manager: EntityManager): Promise<BookingPolicyEntity> {
    return manager.getRepository(BookingPolicyEntity).findOneByOrFail({ id: 1 });
  }

  /** Unexcused no-shows in the rolling window, and until when they block self-booking. */
  async standing(manager: EntityManager, studentId: string, now = new Date(), known?: BookingPolicyEntity): Promise<NoShowStanding> {
    const policy = known ?? (await this.policy(manager));
    const since = new Date(now.getTime() - policy.noShowWindowDays * 86400_000);
    const missed = await manager
      .getRepository(BookingEntity)
      .createQueryBuilder('b')
      .select('b.startsAt')
      .where('b.student_id = :studentId AND b.status = :noShow AND NOT b.no_show_excused AND b.starts_at > :since', {
        studentId,
        noShow: BookingStatus.NoShow,
        since,
      })
      .orderBy('b.starts_at', 'DESC')
      .getMany();
    return standingFrom(policy, missed.map((b) => b.startsAt));
  }

  /**
   * Everything the policy says about one more booking, from facts read in the booking
   * transaction after the student's row lock (CalendarLoader, `standingAt`): the no-show block
   * (skipped for staff booking on a student's behalf) and the caps on active future bookings,
   * overall and for the type.
   */
  assertMayBook(facts: StudentFacts, type: { maxActivePerStudent: number | null }, options: { checkNoShows: boolean }): void {
    const { policy } = facts;
    if (options.checkNoShows) {
      const s = standingFrom(policy, facts.missedStarts);
      if (s.blockedUntil) throw new BlockedByNoShowsError(s.count, s.windowDays, s.blockedUntil);
    }
    if (facts.activeOverall >= policy.maxActiveBookings) throw new CapReachedError(policy.maxActiveBookings, 'overall');
    if (type.maxActivePerStudent !== null && facts.activeOfType >= type.maxActivePerStudent) throw new CapReachedError(type.maxActivePerStudent, 'type');
  }
}

/** Unexcused no-shows in the window (newest first) → the count and until when they block self-booking. */
export function standingFrom(policy: Pick<BookingPolicyEntity, 'noShowLimit' | 'noShowWindowDays'>, missedNewestFirst: Date[]): NoShowStanding {
  const blocked = missedNewestFirst.length >= policy.noShowLimit;
  // The block lifts when the oldest of the most recent `limit` no-shows leaves the window.
  const pivot = missedNewestFirst[policy.noShowLimit - 1];
  return {
    count: missedNewestFirst.length,
    limit: policy.noShowLimit,
    windowDays: policy.noShowWindowDays,
    blockedUntil: blocked && pivot ? new Date(pivot.getTime() + policy.noShowWindowDays * 86400_000) : null,
  };
}
