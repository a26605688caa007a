import { ChangeDetectionStrategy, Component, computed, effect, inject, resource, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  BlockPeerDocument,
  CancelPeerSessionDocument,
  errorMessage,
  GraphqlClient,
  injectViewerZone,
  OfferPeerWindowsDocument,
  PeerFocus,
  PeerLevel,
  PeerPracticeOverviewDocument,
  PeerSessionDetailsFragment,
  ReportPeerNoShowDocument,
  SavePeerProfileDocument,
  SubmitPeerFeedbackDocument,
  TakePeerOfferDocument,
  WhenPipe,
  WithdrawPeerOfferDocument,
} from '@debrief/portal/core';
import { EmptyStateComponent, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { DateTime } from 'luxon';

const FOCUS_LABELS: Record<PeerFocus, string> = { CODING: 'Coding', SYSTEM_DESIGN: 'System design', BEHAVIORAL: 'Behavioral', PRODUCT: 'Product' };
const LEVEL_LABELS: Record<PeerLevel, string> = { INTERNSHIP: 'First internship', NEW_GRAD: 'New grad', EXPERIENCED: 'Experienced' };

/**
 * Peer practice for a student: the profile, offered windows (in the viewer's zone), other
 * students' open offers, and the sessions with the viewer's question, the question they are
 * asked (once their half starts) and the double-blind feedback.
 */
@Component({
  selector: 'db-peer-practice-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, EmptyStateComponent, PageHeaderComponent, PageStateComponent, WhenPipe],
  templateUrl: './peer-practice.page.html',
  styleUrl: './peer-practice.page.scss',
})
export class PeerPracticePage {
  private readonly api = inject(GraphqlClient);
  private readonly zone = injectViewerZone();

  protected readonly focuses = Object.keys(FOCUS_LABELS) as PeerFocus[];
  protected readonly levels = Object.keys(LEVEL_LABELS) as PeerLevel[];
  protected readonly focusLabel = (f: PeerFocus) => FOCUS_LABELS[f];
  protected readonly levelLabel = (l: PeerLevel) => LEVEL_LABELS[l];

  protected readonly overview = resource({ loader: () => this.api.query(PeerPracticeOverviewDocument, {}) });
  protected readonly error = computed(() => errorMessage(this.overview.error()));
  protected readonly profile = computed(() => (this.overview.hasValue() ? this.overview.value().myPeerProfile : null));
  protected readonly offers = computed(() => (this.overview.hasValue() ? this.overview.value().myPeerOffers.filter((o) => o.status === 'OPEN') : []));
  protected readonly open = computed(() => (this.overview.hasValue() ? this.overview.value().openPeerOffers : []));
  protected readonly sessions = computed(() => (this.overview.hasValue() ? this.overview.value().myPeerSessions : []));
  protected readonly blocked = computed(() => {
    const p = this.profile();
    if (!p) return null;
    if (!p.centerEnabled) return 'Peer practice is turned off for the center.';
    if (p.suspended) return `Career center staff suspended your peer practice${p.suspendedReason ? `: ${p.suspendedReason}` : '.'}`;
    if (p.pausedUntil) return `${p.pauseReason ?? 'Your peer practice is paused'} until ${DateTime.fromISO(p.pausedUntil, { zone: this.zone() }).toLocaleString(DateTime.DATETIME_MED)}.`;
    return null;
  });

  // Profile form
  protected readonly focus = signal<PeerFocus>('CODING');
  protected readonly level = signal<PeerLevel>('NEW_GRAD');
  protected readonly languages = signal('English');
  // Window form (in the viewer's zone)
  protected readonly day = signal('');
  protected readonly from = signal('18:00');
  protected readonly hours = signal(2);
  // Per-session forms
  protected readonly scores = signal<Partial<Record<string, Partial<Record<string, number>>>>>({});
  protected readonly helpfulness = signal<Partial<Record<string, number>>>({});
  protected readonly comments = signal<Partial<Record<string, string>>>({});
  protected readonly cancelReason = signal<Partial<Record<string, string>>>({});

  protected readonly status = signal('');
  protected readonly busy = signal(false);

  constructor() {
    effect(() => {
      const p = this.profile();
      if (p) {
        this.focus.set(p.focus);
        this.level.set(p.level);
        this.languages.set(p.languages.join(', '));
      }
    });
  }

  protected isOver(s: PeerSessionDetailsFragment): boolean {
    return new Date(s.endsAt).getTime() <= Date.now();
  }
  protected hasStarted(s: PeerSessionDetailsFragment): boolean {
    return new Date(s.startsAt).getTime() <= Date.now();
  }
  protected score(sessionId: string, key: string): number | null {
    return this.scores()[sessionId]?.[key] ?? null;
  }
  protected setScore(sessionId: string, key: string, value: number): void {
    this.scores.update((all) => ({ ...all, [sessionId]: { ...all[sessionId], [key]: value } }));
  }
  protected setHelpfulness(sessionId: string, value: number): void {
    this.helpfulness.update((all) => ({ ...all, [sessionId]: value }));
  }
  protected setComments(sessionId: string, value: string): void {
    this.comments.update((all) => ({ ...all, [sessionId]: value }));
  }
  protected setCancelReason(sessionId: string, value: string): void {
    this.cancelReason.update((all) => ({ ...all, [sessionId]: value }));
  }
  protected criterionLabel(s: PeerSessionDetailsFragment, key: string): string {
    return s.rubric.find((c) => c.key === key)?.label ?? key;
  }

  protected saveProfile(): Promise<void> {
    const languages = this.languages().split(',').map((l) => l.trim()).filter(Boolean);
    return this.run('Profile saved.', () => this.api.mutate(SavePeerProfileDocument, { input: { focus: this.focus(), level: this.level(), languages } }));
  }

  protected offerWindow(): Promise<void> {
    const start = DateTime.fromISO(`${this.day()}T${this.from()}`, { zone: this.zone() });
    if (!start.isValid) {
      this.status.set('Choose a day and a start time.');
      return Promise.resolve();
    }
    const end = start.plus({ hours: this.hours() });
    return this.run('', async () => {
      const [offer] = (await this.api.mutate(OfferPeerWindowsDocument, { input: { windows: [{ startsAt: start.toUTC().toISO(), endsAt: end.toUTC().toISO() }] } })).offerPeerWindows;
      this.status.set(offer.status === 'MATCHED' ? 'Matched! Your session is below.' : 'Window offered: you will be matched when a fitting partner offers a time.');
    });
  }

  protected take(offerId: string): Promise<void> {
    return this.run('Offer taken: your session is below.', () => this.api.mutate(TakePeerOfferDocument, { input: { offerId } }));
  }
  protected withdraw(offerId: string): Promise<void> {
    return this.run('Window withdrawn.', () => this.api.mutate(WithdrawPeerOfferDocument, { input: { offerId } }));
  }
  protected cancel(s: PeerSessionDetailsFragment): Promise<void> {
    const reason = (this.cancelReason()[s.id] ?? '').trim();
    if (!reason) {
      this.status.set('Tell your partner why you cancel.');
      return Promise.resolve();
    }
    return this.run('Session cancelled; your partner is told.', () => this.api.mutate(CancelPeerSessionDocument, { input: { sessionId: s.id, reason } }));
  }
  protected noShow(s: PeerSessionDetailsFragment): Promise<void> {
    return this.run('No-show reported.', () => this.api.mutate(ReportPeerNoShowDocument, { input: { sessionId: s.id } }));
  }
  protected block(s: PeerSessionDetailsFragment): Promise<void> {
    return this.run(`You will not be matched with ${s.partnerName} again.`, () => this.api.mutate(BlockPeerDocument, { input: { sessionId: s.id } }));
  }
  protected submitFeedback(s: PeerSessionDetailsFragment): Promise<void> {
    const given = this.scores()[s.id] ?? {};
    const helpfulness = this.helpfulness()[s.id];
    if (s.rubric.some((c) => !given[c.key]) || !helpfulness) {
      this.status.set('Score every criterion and rate how helpful your partner was.');
      return Promise.resolve();
    }
    return this.run('Feedback sent. You see your partner’s once they have sent theirs.', () =>
      this.api.mutate(SubmitPeerFeedbackDocument, {
        input: { sessionId: s.id, scores: s.rubric.map((c) => ({ criterion: c.key, score: given[c.key] ?? 0 })), helpfulness, comments: this.comments()[s.id] ?? '' },
      }),
    );
  }

  private async run(done: string, work: () => Promise<unknown>): Promise<void> {
    this.busy.set(true);
    this.status.set('');
    try {
      await work();
      if (done) this.status.set(done);
      this.overview.reload();
    } catch (error) {
      this.status.set(errorMessage(error) ?? 'Something went wrong.');
    } finally {
      this.busy.set(false);
    }
  }
}
