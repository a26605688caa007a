import { Pipe, PipeTransform } from '@angular/core';
import { formatDate, formatMoment, formatShortDate, formatShortMoment, formatTime } from './zoned-time';
import { injectViewerZone } from './viewer-zone';

export type WhenStyle = 'date' | 'moment' | 'shortDate' | 'shortMoment' | 'time';

const FORMATS: Record<WhenStyle, (instant: string | Date, zone: string) => string> = {
  date: formatDate,
  moment: formatMoment,
  shortDate: formatShortDate,
  shortMoment: formatShortMoment,
  time: formatTime,
};

/**
 * An instant in the viewer's profile zone, in one of the portal's formats (zoned-time.ts):
 * `{{ message.createdAt | when: 'shortMoment' }}`. Used instead of Angular's DatePipe, which
 * formats in the machine's zone. Impure because the zone is a signal (a profile edit changes it);
 * the formatters are cached, so a render costs one format call per value.
 */
@Pipe({ name: 'when', pure: false })
export class WhenPipe implements PipeTransform {
  private readonly zone = injectViewerZone();

  transform(instant: string | Date | null | undefined, style: WhenStyle = 'moment'): string {
    if (instant == null || instant === '') return '';
    return FORMATS[style](instant, this.zone());
  }
}
