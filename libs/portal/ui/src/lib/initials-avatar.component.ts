import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** Dark backgrounds that all keep white initials above 4.5:1 contrast. */
const BACKGROUNDS = ['#1a5fb4', '#26734d', '#8f3f97', '#a51d2d', '#5c5470', '#9a4a00'];

/** A decorative circle with someone's initials; hidden from assistive tech because the name is shown next to it. */
@Component({
  selector: 'db-initials-avatar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    'aria-hidden': 'true',
    '[style.background-color]': 'background()',
    '[style.width.px]': 'size()',
    '[style.height.px]': 'size()',
    '[style.font-size.px]': 'size() * 0.4',
  },
  template: `{{ initials() }}`,
  styles: `
    :host {
      display: inline-flex;
      flex: none;
      align-items: center;
      justify-content: center;
      border-radius: 50%;
      color: #fff;
      font-weight: 600;
      user-select: none;
    }
  `,
})
export class InitialsAvatarComponent {
  readonly name = input.required<string>();
  readonly size = input(56);

  protected readonly initials = computed(() => initialsOf(this.name()));
  protected readonly background = computed(() => {
    const hash = [...this.name()].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) >>> 0, 7);
    return BACKGROUNDS[hash % BACKGROUNDS.length];
  });
}

/** "Ada Lovelace" → "AL", "Plato" → "P", "Mary Ann Smith" → "MS". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = words[0][0];
  const last = words.length > 1 ? words[words.length - 1][0] : '';
  return (first + last).toUpperCase();
}
