import { ChangeDetectionStrategy, Component, inject, input, resource } from '@angular/core';
import { GraphqlClient, SessionWorkDocument } from '@debrief/portal/core';

/**
 * The session's final code and shared notes from its practice room, beside the evaluation, for
 * its coach and its student (the room's own rule decides; nothing shows when there was no room).
 */
@Component({
  selector: 'db-session-work',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (work.value(); as w) {
      @if (w.code || w.notes) {
        <section class="work" aria-labelledby="work-heading">
          <h2 id="work-heading">From the practice room</h2>
          @if (w.code) {
            <h3>Final code</h3>
            <pre data-testid="final-code">{{ w.code }}</pre>
          }
          @if (w.notes) {
            <h3>Shared notes</h3>
            <pre data-testid="final-notes">{{ w.notes }}</pre>
          }
        </section>
      }
    }
  `,
  styles: `
    .work { margin: 16px 0; }
    h2 { font-size: 1.125rem; }
    h3 { font-size: 1rem; }
    pre { background: #f5f5f5; padding: 8px; overflow: auto; white-space: pre-wrap; max-height: 20rem; }
  `,
})
export class SessionWorkComponent {
  private readonly api = inject(GraphqlClient);
  readonly bookingId = input.required<string>();
  protected readonly work = resource({
    params: () => ({ sessionId: this.bookingId() }),
    // No room for this session, or not one's to see: the evaluation shows on its own.
    loader: async ({ params }) => (await this.api.query(SessionWorkDocument, params).catch(() => null))?.practiceRoom ?? null,
  });
}
