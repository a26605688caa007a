import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PageStateComponent } from './page-state.component';

@Component({
  imports: [PageStateComponent],
  template: `
    <db-page-state [loading]="loading()" [error]="error()" loadingLabel="Loading coaches…" (retry)="retries = retries + 1">
      <p class="content">Coaches</p>
    </db-page-state>
  `,
})
class HostComponent {
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  retries = 0;
}

describe('PageStateComponent', () => {
  async function render() {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    return { fixture, host: fixture.componentInstance, el: fixture.nativeElement as HTMLElement };
  }

  it('announces loading in a status region and hides the content', async () => {
    const { el } = await render();
    expect(el.querySelector('[role="status"]')?.textContent).toContain('Loading coaches…');
    expect(el.querySelector('.content')).toBeNull();
  });

  it('shows the content once loaded and empties the status region', async () => {
    const { fixture, host, el } = await render();
    host.loading.set(false);
    await fixture.whenStable();
    expect(el.querySelector('.content')?.textContent).toBe('Coaches');
    expect(el.querySelector('[role="status"]')?.textContent?.trim()).toBe('');
  });

  it('shows an alert with a retry button on error', async () => {
    const { fixture, host, el } = await render();
    host.loading.set(false);
    host.error.set('Something went wrong. Please try again.');
    await fixture.whenStable();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Something went wrong');
    expect(el.querySelector('.content')).toBeNull();
    (el.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    expect(host.retries).toBe(1);
  });
});
