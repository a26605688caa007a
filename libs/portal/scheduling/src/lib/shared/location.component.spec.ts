import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { isHttpsLink, LocationComponent } from './location.component';

@Component({
  imports: [LocationComponent],
  template: `<p>At <db-location [location]="where()" prefix="Video call: " />.</p>`,
})
class HostComponent {
  readonly where = signal('Career center, room 204');
}

describe('LocationComponent', () => {
  it('shows a room as text and an https link as a link that says it opens a new tab', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.textContent).toBe('At Career center, room 204.');
    expect(el.querySelector('a')).toBeNull();

    fixture.componentInstance.where.set('https://meet.example.org/priya');
    await fixture.whenStable();
    const link = el.querySelector('a') as HTMLAnchorElement;
    expect(link.href).toBe('https://meet.example.org/priya');
    expect(link.rel).toBe('noopener noreferrer');
    expect(link.textContent).toBe('Video call: https://meet.example.org/priya (opens in a new tab)');
  });

  it('makes only https links clickable', () => {
    expect(['https://x.example/a', 'http://x.example/a', 'javascript:alert(1)', 'Room 2', ''].map(isHttpsLink)).toEqual([true, false, false, false, false]);
  });
});
