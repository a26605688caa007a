import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { AuthStore } from '../auth.store';
import { WhenPipe } from './when.pipe';
import { zoneFor } from './viewer-zone';

@Component({
  imports: [WhenPipe],
  template: `<p>{{ at | when: 'shortMoment' }}</p><p>{{ at | when: 'date' }}</p><p>{{ at | when: 'time' }}</p><p>{{ null | when }}</p>`,
})
class Host {
  at = '2026-11-24T20:00:00Z';
}

// Jest runs with TZ=UTC: every expectation below differs from what the machine's zone would show.
describe('WhenPipe and the viewer zone', () => {
  const user = signal<{ timeZone: string } | null>({ timeZone: 'Asia/Kolkata' });

  function render() {
    TestBed.configureTestingModule({ imports: [Host], providers: [{ provide: AuthStore, useValue: { user } }] });
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    return fixture;
  }

  it('formats in the profile zone, not the machine zone', () => {
    expect(new Date('2026-11-24T20:00:00Z').getHours()).toBe(20);
    const texts = [...(render().nativeElement as HTMLElement).querySelectorAll('p')].map((p) => p.textContent);
    expect(texts).toEqual(['Wed 25 Nov 2026, 01:30 (Asia/Kolkata)', 'Wednesday 25 November 2026', '01:30', '']);
  });

  it('follows a profile edit to another zone', () => {
    const fixture = render();
    user.set({ timeZone: 'America/New_York' });
    fixture.detectChanges();
    expect((fixture.nativeElement as HTMLElement).querySelector('p')?.textContent).toBe('Tue 24 Nov 2026, 15:00 (America/New_York)');
    user.set({ timeZone: 'Asia/Kolkata' });
  });

  it('falls back to the browser zone, then UTC, when the profile has none or an unknown one', () => {
    expect(zoneFor('America/New_York')).toBe('America/New_York');
    expect(zoneFor(undefined)).toBe('UTC');
    expect(zoneFor('Mars/Olympus')).toBe('UTC');
  });
});
