import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The center's booking policy: a single row (id = 1), edited by staff. */
@Entity('booking_policy')
@Check('booking_policy_single_row', `"id" = 1`)
@Check('booking_policy_values', `"max_active_bookings" >= 1 AND "no_show_limit" >= 1 AND "no_show_window_days" >= 1`)
export class BookingPolicyEntity {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id!: number;

  /** Active future bookings one student may hold across all session types. */
  @Column({ name: 'max_active_bookings', type: 'int', default: 3 })
  maxActiveBookings!: number;

  /** This many unexcused no-shows within the window block self-booking. */
  @Column({ name: 'no_show_limit', type: 'int', default: 3 })
  noShowLimit!: number;

  @Column({ name: 'no_show_window_days', type: 'int', default: 120 })
  noShowWindowDays!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
