import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BookingEntity } from '../bookings/booking.entity';
import { BookingStatus } from '../scheduling.enums';
import { BlockedByNoShowsError, CapReachedError } from '../scheduling.errors';
import { BookingPolicyEntity } from './booking-policy.entity';

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
    const blocked = missed.length >= policy.noShowLimit;
    // The block lifts when the oldest of the most recent `limit` no-shows leaves the window.
    const pivot = missed[policy.noShowLimit - 1];
    return {
      count: missed.length,
      limit: policy.noShowLimit,
      windowDays: policy.noShowWindowDays,
      blockedUntil: blocked && pivot ? new Date(pivot.startsAt.getTime() + policy.noShowWindowDays * 86400_000) : null,
    };
  }

  /**
   * Everything the policy says about one more booking, with the policy read once: the no-show
   * block (skipped for staff booking on a student's behalf) and the caps on active future
   * bookings, overall and for the type. The caller holds the student's row lock.
   */
  async assertMayBook(
    manager: EntityManager,
    studentId: string,
    type: { id: string; maxActivePerStudent: number | null },
    options: { checkNoShows: boolean },
    now = new Date(),
  ): Promise<void> {
    const policy = await this.policy(manager);
    if (options.checkNoShows) {
      const s = await this.standing(manager, studentId, now, policy);
      if (s.blockedUntil) throw new BlockedByNoShowsError(s.count, s.windowDays, s.blockedUntil);
    }
    const rows = (await manager.query(
      `SELECT count(*)::int AS overall, count(*) FILTER (WHERE session_type_id = $3)::int AS of_type
         FROM bookings WHERE student_id = $1 AND status = 'BOOKED' AND starts_at > $2`,
      [studentId, now, type.id],
    )) as { overall: number; of_type: number }[];
    const { overall, of_type } = rows[0];
    if (overall >= policy.maxActiveBookings) throw new CapReachedError(policy.maxActiveBookings, 'overall');
    if (type.maxActivePerStudent !== null && of_type >= type.maxActivePerStudent) throw new CapReachedError(type.maxActivePerStudent, 'type');
  }
}
