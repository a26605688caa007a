import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, AuthUser, BadInputError, NotFoundError } from '@debrief/api/core';
import { UserDirectoryService } from '@debrief/api/identity';
import { SessionDirectoryService } from '@debrief/api/scheduling';
import { DateTime } from 'luxon';
import { DataSource, EntityManager, MoreThanOrEqual } from 'typeorm';
import { FacilitatorNotice, WorkshopNotice } from '../notify/workshop.template';
import { WorkshopNotifier } from '../notify/workshop-notifier';
import { lockWorkshop, promoteFromWaitlist } from '../registrations/seats';
import { customOccurrences, Occurrence, shiftLike, skipClosures, weeklyOccurrences } from '../series/recurrence';
import { WorkshopSeriesEntity } from '../series/workshop-series.entity';
import { RecurrenceKind, SeriesScope, WorkshopStatus } from '../workshops.enums';
import { CapacityBelowRegisteredError, WorkshopCancelledError } from '../workshops.errors';
import { WorkshopsAccess } from '../workshops.access';
import { WorkshopEntity } from './workshop.entity';
import { CancelWorkshopInput, CreateWorkshopSeriesInput, PublishWorkshopInput, UpdateWorkshopInput, WorkshopFieldsInput } from './workshop.inputs';

/** Fields whose change registrants must hear about (with an updated invite). */
const NOTICEABLE = ['title', 'location', 'startsAt', 'endsAt'] as const;

/**
 * Staff's side of workshops: create one or a series (skipping closures), edit one occurrence or
 * the rest of its series, publish, cancel. Capacity changes run under the workshop's row lock:
 * lowering below the seats taken is refused, raising it promotes from the waitlist at once.
 */
@Injectable()
export class WorkshopsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifier: WorkshopNotifier,
    private readonly people: UserDirectoryService,
    private readonly sessions: SessionDirectoryService,
    private readonly access: WorkshopsAccess,
  ) {}

  async create(actor: AuthUser, input: WorkshopFieldsInput): Promise<string> {
    return this.db.transaction(async (m) => {
      await this.assertFacilitators(m, input.facilitatorIds);
      const [w] = await this.insertOccurrences(m, actor, input, [{ start: input.startsAt, end: input.endsAt }], null);
      return w.id;
    });
  }

  async createSeries(actor: AuthUser, input: CreateWorkshopSeriesInput): Promise<{ seriesId: string; ids: string[]; skipped: Date[] }> {
    const first = { start: input.workshop.startsAt, end: input.workshop.endsAt };
    let planned: Occurrence[];
    if (input.recurrence === RecurrenceKind.Weekly) {
      if (!input.weeks) throw new BadInputError('weeks', 'weeks: say for how many weeks a weekly series runs (2 or more)');
      planned = weeklyOccurrences(first, input.weeks, this.zone);
    } else {
      if (!input.customStarts?.length) throw new BadInputError('customStarts', 'customStarts: give the other occurrences\u2019 starts');
      planned = customOccurrences(first, input.customStarts);
      if (planned.length < 2) throw new BadInputError('customStarts', 'customStarts: give at least one start other than the first');
    }
    return this.db.transaction(async (m) => {
      await this.assertFacilitators(m, input.workshop.facilitatorIds);
      const closures = await this.sessions.closures(m);
      const { kept, skipped } = skipClosures(planned, closures, this.zone);
      if (kept.length === 0) throw new BadInputError('workshop.startsAt', 'Every occurrence falls on a closure; choose other dates.');
      const series = await m.getRepository(WorkshopSeriesEntity).save(m.create(WorkshopSeriesEntity, { title: input.workshop.title, recurrence: input.recurrence }));
      const rows = await this.insertOccurrences(m, actor, input.workshop, kept, series.id);
      return { seriesId: series.id, ids: rows.map((r) => r.id), skipped: skipped.map((s) => s.start) };
    });
  }

  async update(actor: AuthUser, input: UpdateWorkshopInput): Promise<string[]> {
    const changes = definedOnly(input);
    if (changes.facilitatorIds) await this.assertFacilitators(this.db.manager, changes.facilitatorIds);
    return this.db.transaction(async (m) => {
      const targets = await this.lockScope(m, input.id, input.scope);
      const anchor = targets[0];
      const anchorBefore = { start: anchor.startsAt, end: anchor.endsAt };
      const anchorAfter = { start: changes.startsAt ?? anchor.startsAt, end: changes.endsAt ?? anchor.endsAt };
      for (const w of targets) {
        if (w.status === WorkshopStatus.Cancelled) {
          if (w === anchor) throw new WorkshopCancelledError();
          continue;
        }
        const before = { ...w };
        const times = w === anchor ? anchorAfter : changes.startsAt || changes.endsAt ? shiftLike({ start: w.startsAt, end: w.endsAt }, anchorBefore, anchorAfter, this.zone) : { start: w.startsAt, end: w.endsAt };
        const shift = times.start.getTime() - w.startsAt.getTime();
        Object.assign(w, pick(changes, ['title', 'description', 'topics', 'facilitatorIds', 'location', 'audienceClassYears', 'audienceMajors']));
        w.startsAt = times.start;
        w.endsAt = times.end;
        w.registrationOpensAt = w === anchor && changes.registrationOpensAt ? changes.registrationOpensAt : changes.registrationOpensAt ? new Date(changes.registrationOpensAt.getTime() + (w.startsAt.getTime() - anchorAfter.start.getTime())) : new Date(w.registrationOpensAt.getTime() + shift);
        w.registrationClosesAt = w === anchor && changes.registrationClosesAt ? changes.registrationClosesAt : changes.registrationClosesAt ? new Date(changes.registrationClosesAt.getTime() + (w.startsAt.getTime() - anchorAfter.start.getTime())) : new Date(w.registrationClosesAt.getTime() + shift);
        if (w.registrationClosesAt > w.endsAt) w.registrationClosesAt = w.startsAt;
        assertTimes(w, w === anchor ? '' : ` (occurrence of ${this.localDate(w.startsAt)})`);
        if (changes.capacity !== undefined) {
          if (changes.capacity < w.seatsTaken) throw new CapacityBelowRegisteredError(w.seatsTaken, targets.length > 1 ? this.localDate(w.startsAt) : undefined);
          w.capacity = changes.capacity;
        }
        const noticeable = NOTICEABLE.some((k) => String(before[k]) !== String(w[k]));
        if (noticeable) w.icalSequence += 1;
        await m.getRepository(WorkshopEntity).save(w);
        const promoted = await promoteFromWaitlist(m, w);
        await this.notifier.emit(m, { notice: WorkshopNotice.Promoted, workshopId: w.id, registrationIds: promoted });
        if (noticeable) await this.notifier.emit(m, { notice: WorkshopNotice.WorkshopChanged, workshopId: w.id, registrationIds: await this.activeIds(m, w.id, promoted) });
        await this.tellFacilitators(m, w.id, before.facilitatorIds, w.facilitatorIds, noticeable);
      }
      return targets.map((t) => t.id);
    });
  }

  async publish(actor: AuthUser, input: PublishWorkshopInput): Promise<string[]> {
    return this.db.transaction(async (m) => {
      const targets = await this.lockScope(m, input.id, input.scope);
      if (targets[0].status === WorkshopStatus.Cancelled) throw new WorkshopCancelledError();
      for (const w of targets) {
        if (w.status !== WorkshopStatus.Draft) continue;
        await m.getRepository(WorkshopEntity).update({ id: w.id }, { status: WorkshopStatus.Published });
        await this.notifier.emitToFacilitators(m, w.id, FacilitatorNotice.Assigned);
      }
      return targets.map((t) => t.id);
    });
  }

  /** Cancels one occurrence or the rest of a series; every registered and waitlisted student is told. */
  async cancel(actor: AuthUser, input: CancelWorkshopInput): Promise<string[]> {
    return this.db.transaction(async (m) => {
      const targets = await this.lockScope(m, input.id, input.scope);
      if (targets[0].status === WorkshopStatus.Cancelled) throw new WorkshopCancelledError();
      for (const w of targets) {
        if (w.status === WorkshopStatus.Cancelled) continue;
        await m.getRepository(WorkshopEntity).update({ id: w.id }, { status: WorkshopStatus.Cancelled, cancelReason: input.reason, icalSequence: w.icalSequence + 1 });
        await this.notifier.emit(m, { notice: WorkshopNotice.WorkshopCancelled, workshopId: w.id, registrationIds: await this.activeIds(m, w.id, []) });
        if (w.status !== WorkshopStatus.Draft) await this.notifier.emitToFacilitators(m, w.id, FacilitatorNotice.Cancelled);
      }
      return targets.map((t) => t.id);
    });
  }

  /** Facilitators added get an invite, those removed a cancellation, the others an update when the workshop visibly changed. */
  private async tellFacilitators(m: EntityManager, workshopId: string, before: string[], after: string[], changed: boolean): Promise<void> {
    const added = after.filter((id) => !before.includes(id));
    const removed = before.filter((id) => !after.includes(id));
    const kept = after.filter((id) => before.includes(id));
    if (added.length) await this.notifier.emitToFacilitators(m, workshopId, FacilitatorNotice.Assigned, added);
    if (removed.length) await this.notifier.emitToFacilitators(m, workshopId, FacilitatorNotice.Unassigned, removed);
    if (changed && kept.length) await this.notifier.emitToFacilitators(m, workshopId, FacilitatorNotice.Changed, kept);
  }

  private get zone(): string {
    return this.config.center.timeZone;
  }

  private localDate(d: Date): string {
    return DateTime.fromJSDate(d, { zone: this.zone }).toISODate() as string;
  }

  private async insertOccurrences(m: EntityManager, actor: AuthUser, input: WorkshopFieldsInput, occurrences: Occurrence[], seriesId: string | null): Promise<WorkshopEntity[]> {
    const now = Date.now();
    const first = occurrences[0];
    // Lead times of the first occurrence, repeated for each one.
    const opensLead = first.start.getTime() - (input.registrationOpensAt?.getTime() ?? now);
    const closesLead = first.start.getTime() - (input.registrationClosesAt?.getTime() ?? first.start.getTime());
    const rows: WorkshopEntity[] = [];
    for (const [i, o] of occurrences.entries()) {
      const w = m.create(WorkshopEntity, {
        seriesId,
        title: input.title,
        description: input.description ?? '',
        topics: input.topics ?? [],
        facilitatorIds: input.facilitatorIds ?? [],
        location: input.location,
        startsAt: o.start,
        endsAt: o.end,
        capacity: input.capacity,
        seatsTaken: 0,
        registrationOpensAt: i === 0 && input.registrationOpensAt ? input.registrationOpensAt : new Date(o.start.getTime() - opensLead),
        registrationClosesAt: new Date(o.start.getTime() - closesLead),
        audienceClassYears: input.audienceClassYears ?? [],
        audienceMajors: input.audienceMajors ?? [],
        status: input.publish ? WorkshopStatus.Published : WorkshopStatus.Draft,
        icalUid: randomUUID(),
        icalSequence: 0,
        createdById: actor.id,
      });
      assertTimes(w, i === 0 ? '' : ` (occurrence of ${this.localDate(o.start)})`);
      const saved = await m.getRepository(WorkshopEntity).save(w);
      await this.notifier.emitToFacilitators(m, saved.id, FacilitatorNotice.Assigned);
      rows.push(saved);
    }
    return rows;
  }

  /** The workshop, plus (for THIS_AND_FOLLOWING) its series' later occurrences, locked in start order. */
  private async lockScope(m: EntityManager, id: string, scope: SeriesScope): Promise<WorkshopEntity[]> {
    const w = await m.getRepository(WorkshopEntity).findOneBy({ id });
    if (!w) throw new NotFoundError('Workshop', id);
    if (scope === SeriesScope.ThisOccurrence || !w.seriesId) return [(await lockWorkshop(m, id)) as WorkshopEntity];
    const rows = await m.getRepository(WorkshopEntity).find({
      where: { seriesId: w.seriesId, startsAt: MoreThanOrEqual(w.startsAt) },
      order: { startsAt: 'ASC', id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    return [rows.find((r) => r.id === id) as WorkshopEntity, ...rows.filter((r) => r.id !== id)];
  }

  private async activeIds(m: EntityManager, workshopId: string, except: string[]): Promise<string[]> {
    const rows = (await m.query(`SELECT id FROM workshop_registrations WHERE workshop_id = $1 AND status IN ('REGISTERED', 'WAITLISTED')`, [workshopId])) as { id: string }[];
    return rows.map((r) => r.id).filter((id) => !except.includes(id));
  }

  private async assertFacilitators(m: EntityManager, ids: string[] | undefined): Promise<void> {
    if (!ids?.length) return;
    const users = await this.people.people(ids, m);
    const ok = new Set([...users.values()].filter((u) => this.access.canFacilitate(u)).map((u) => u.id));
    const bad = ids.filter((id) => !ok.has(id));
    if (bad.length) throw new BadInputError('facilitatorIds', 'facilitatorIds: each facilitator must be a coach or staff member', { unknown: bad });
  }
}

function assertTimes(w: Pick<WorkshopEntity, 'startsAt' | 'endsAt' | 'registrationOpensAt' | 'registrationClosesAt'>, where: string): void {
  if (w.endsAt <= w.startsAt) throw new BadInputError('endsAt', `endsAt: must be after the start${where}`);
  if (w.endsAt.getTime() - w.startsAt.getTime() > 12 * 3600_000) throw new BadInputError('endsAt', `endsAt: a workshop lasts at most 12 hours${where}`);
  if (w.registrationClosesAt > w.endsAt) throw new BadInputError('registrationClosesAt', `registrationClosesAt: must be before the workshop ends${where}`);
  if (w.registrationOpensAt >= w.registrationClosesAt) throw new BadInputError('registrationOpensAt', `registrationOpensAt: must be before registration closes${where}`);
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]])) as Partial<Pick<T, K>>;
}
