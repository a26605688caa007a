import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** Where a session happens: a video link opens in a new tab, anything else is plain text. */
@Component({
  selector: 'db-location',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // One line: no whitespace around the text where it sits inside a sentence.
  template: `@if (link(); as href) {<a [href]="href" target="_blank" rel="noopener noreferrer">{{ label() }}<span class="cdk-visually-hidden"> (opens in a new tab)</span></a>} @else {{{ label() }}}`,
  styles: `
    a {
      overflow-wrap: anywhere;
    }
  `,
})
export class LocationComponent {
  readonly location = input.required<string>();
  /** Text before a link, e.g. "Video call: ". */
  readonly prefix = input('');

  protected readonly link = computed(() => (isHttpsLink(this.location()) ? this.location() : null));
  protected readonly label = computed(() => `${this.link() ? this.prefix() : ''}${this.location()}`);
}

/** Only https links become links (the API accepts no other scheme for meeting links). */
export function isHttpsLink(value: string | null | undefined): value is string {
  if (!value) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}
