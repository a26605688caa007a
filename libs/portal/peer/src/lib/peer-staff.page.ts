import { ChangeDetectionStrategy, Component, computed, effect, inject, resource, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { errorMessage, GraphqlClient, PeerStaffOverviewDocument, SetPeerSuspensionDocument, UpdatePeerSettingsDocument, WhenPipe } from '@debrief/portal/core';
import { EmptyStateComponent, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';

/** Staff: peer practice on/off, session length and the no-show rule, students' standing, reports, and the audit. */
@Component({
  selector: 'db-peer-staff-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, EmptyStateComponent, PageHeaderComponent, PageStateComponent, WhenPipe],
  template: `
    <db-page-header heading="Peer practice" description="Settings, reports from students about their partners, and suspensions. Every change is audited." />
    <p class="status" role="status" aria-live="polite">{{ status() }}</p>
    <db-page-state [loading]="overview.isLoading() && !overview.hasValue()" [error]="error()" loadingLabel="Loading peer practice…" (retry)="overview.reload()">
      @if (overview.hasValue()) {
        <section class="db-surface block" aria-labelledby="settings-heading">
          <h2 id="settings-heading">Settings</h2>
          <form class="row" (submit)="$event.preventDefault(); save()">
            <mat-checkbox name="enabled" [ngModel]="enabled()" (ngModelChange)="enabled.set($event)">Peer practice is on for the center</mat-checkbox>
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>Session length (minutes)</mat-label>
              <input matInput type="number" name="minutes" min="30" max="120" step="2" [ngModel]="minutes()" (ngModelChange)="minutes.set($event)" />
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>No-shows before a pause</mat-label>
              <input matInput type="number" name="limit" min="1" max="10" [ngModel]="limit()" (ngModelChange)="limit.set($event)" />
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>Counted over (days)</mat-label>
              <input matInput type="number" name="window" min="1" max="365" [ngModel]="windowDays()" (ngModelChange)="windowDays.set($event)" />
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>Pause (days)</mat-label>
              <input matInput type="number" name="pause" min="1" max="180" [ngModel]="pauseDays()" (ngModelChange)="pauseDays.set($event)" />
            </mat-form-field>
            <button mat-flat-button type="submit" [disabled]="busy()">Save settings</button>
          </form>
        </section>

        <section class="db-surface block" aria-labelledby="reports-heading">
          <h2 id="reports-heading">Reports</h2>
          @if (overview.value().peerReports.length === 0) {
            <db-empty-state heading="No reports" message="Students' reports about their peer partners appear here." />
          } @else {
            <ul class="list">
              @for (r of overview.value().peerReports; track r.id) {
                <li>
                  <strong>{{ r.kind === 'NO_SHOW' ? 'No-show' : 'Conduct' }}</strong>: {{ r.reporterName }} about {{ r.reportedName }}
                  (session {{ r.sessionStartsAt | when }}, {{ r.reportsAgainst }} report{{ r.reportsAgainst === 1 ? '' : 's' }} so far){{ r.reason ? ': ' + r.reason : '' }}
                </li>
              }
            </ul>
          }
        </section>

        <section class="db-surface block" aria-labelledby="students-heading">
          <h2 id="students-heading">Students</h2>
          @if (overview.value().peerStudents.length === 0) {
            <db-empty-state heading="No students yet" message="Students appear here once they join peer practice." />
          } @else {
            <ul class="list">
              @for (s of overview.value().peerStudents; track s.studentId) {
                <li>
                  {{ s.name }} · {{ s.sessions }} session{{ s.sessions === 1 ? '' : 's' }} · {{ s.reportsAgainst }} report{{ s.reportsAgainst === 1 ? '' : 's' }}
                  @if (s.pausedUntil) {
                    · paused until {{ s.pausedUntil | when }}
                  }
                  @if (s.suspended) {
                    · suspended{{ s.suspendedReason ? ' (' + s.suspendedReason + ')' : '' }}
                    <button mat-button type="button" (click)="suspend(s.studentId, false)" [disabled]="busy()">Lift suspension for {{ s.name }}</button>
                  } @else {
                    <button mat-button type="button" (click)="suspend(s.studentId, true)" [disabled]="busy()">Suspend {{ s.name }}</button>
                  }
                </li>
              }
            </ul>
          }
        </section>

        <section class="db-surface block" aria-labelledby="audit-heading">
          <h2 id="audit-heading">Audit</h2>
          <ul class="list">
            @for (a of overview.value().peerStaffActions; track a.id) {
              <li>{{ a.createdAt | when }}: {{ a.actorName }} — {{ a.action }}{{ a.studentName ? ' (' + a.studentName + ')' : '' }}</li>
            } @empty {
              <li>No staff actions yet.</li>
            }
          </ul>
        </section>
      }
    </db-page-state>
  `,
  styles: `
    .block { padding: 16px; margin-bottom: 16px; }
    .row { display: flex; flex-wrap: wrap; gap: 12px 16px; align-items: center; }
    .list { padding-left: 20px; }
    .list li { margin: 4px 0; }
    h2 { font: var(--mat-sys-title-large); margin: 0 0 8px; }
  `,
})
export class PeerStaffPage {
  private readonly api = inject(GraphqlClient);
  protected readonly overview = resource({ loader: () => this.api.query(PeerStaffOverviewDocument, {}) });
  protected readonly error = computed(() => errorMessage(this.overview.error()));
  protected readonly enabled = signal(true);
  protected readonly minutes = signal(60);
  protected readonly limit = signal(2);
  protected readonly windowDays = signal(60);
  protected readonly pauseDays = signal(14);
  protected readonly status = signal('');
  protected readonly busy = signal(false);

  constructor() {
    effect(() => {
      if (!this.overview.hasValue()) return;
      const s = this.overview.value().peerSettings;
      this.enabled.set(s.enabled);
      this.minutes.set(s.sessionMinutes);
      this.limit.set(s.noShowLimit);
      this.windowDays.set(s.noShowWindowDays);
      this.pauseDays.set(s.pauseDays);
    });
  }

  protected save(): Promise<void> {
    const input = { enabled: this.enabled(), sessionMinutes: Number(this.minutes()), noShowLimit: Number(this.limit()), noShowWindowDays: Number(this.windowDays()), pauseDays: Number(this.pauseDays()) };
    return this.run('Settings saved.', () => this.api.mutate(UpdatePeerSettingsDocument, { input }));
  }

  protected suspend(studentId: string, suspended: boolean): Promise<void> {
    return this.run(suspended ? 'Student suspended from peer practice.' : 'Suspension lifted.', () => this.api.mutate(SetPeerSuspensionDocument, { input: { studentId, suspended } }));
  }

  private async run(done: string, work: () => Promise<unknown>): Promise<void> {
    this.busy.set(true);
    this.status.set('');
    try {
      await work();
      this.status.set(done);
      this.overview.reload();
    } catch (error) {
      this.status.set(errorMessage(error) ?? 'Something went wrong.');
    } finally {
      this.busy.set(false);
    }
  }
}
